import { useCallback, useMemo, useState } from "react";
import { useMediaQuery } from "@/lib/use-media-query";
import { vmDetailsText } from "./vm-details-text";
import { MASK, usePrivacyMode } from "@/lib/privacy/privacy-mode";
import { CopyButton } from "@/components/ui/copy-button";
import type { VmPortMapping } from "../api/vm-schema";
import { ShowMore } from "@/components/ui/show-more";
import { urlHost } from "@/utils/host-address";
import { hostPort, sshCommand, validPort } from "@/utils/copy-value";
import { CopyableValue } from "./copyable-value";
import { ClosePortDialog } from "../ports/close-port-dialog";
import { portWords } from "../ports/port-words";
import { text } from "@/lib/text";

/**
 * Port mappings shown at first and added per press; the rest are one press
 * away. 25 cards are about four phone screens, and keep the frame that
 * shows the answer short (docs/performance.md, decision 10).
 */
const PORTS_STEP = 25;

interface PortMappingTableProps {
  publicIp: string | undefined;
  ports: readonly VmPortMapping[];
  sshUser: string;
  /** With a VM id, each mapping gets a close control. */
  vmId?: string;
}

/**
 * A link for a web port, only for an address that is plainly an IP literal or
 * a host name (see `parseHostAddress`) and makes exactly that http(s) URL.
 */
export function webLink(publicIp: string, publicPort: number, internalPort: number): string | null {
  const scheme = internalPort === 443 ? "https" : internalPort === 80 ? "http" : null;
  if (!scheme || !validPort(publicPort)) return null;
  const host = urlHost(publicIp);
  if (!host) return null;
  try {
    const url = new URL(`${scheme}://${host}:${String(publicPort)}/`);
    const defaultPort = scheme === "https" ? 443 : 80;
    const samePort =
      url.port === String(publicPort) || (url.port === "" && publicPort === defaultPort);
    // Only a link to exactly the address shown: nothing in the "IP" may turn
    // into a path, a fragment, credentials or another host.
    const sameHost = url.hostname.toLowerCase() === host.toLowerCase();
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    if (url.protocol !== `${scheme}:` || !samePort || !sameHost || !bare) return null;
    return url.href;
  } catch {
    return null;
  }
}

function Hint({
  publicIp,
  mapping,
  sshUser,
}: {
  publicIp: string;
  mapping: VmPortMapping;
  sshUser: string;
}) {
  const { masking: privacy } = usePrivacyMode();
  if (mapping.internalPort === 22) {
    const built = sshCommand(publicIp, mapping.publicPort, sshUser);
    if (!built)
      return <span className="text-slate-500 dark:text-slate-400">{text.notAvailable}</span>;
    const command = privacy ? MASK : built;
    return (
      <span className="inline-flex max-w-full flex-wrap items-center gap-x-1">
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all dark:bg-slate-800">
          {command}
        </code>
        <CopyButton value={command} kind="ssh-command" label={vmDetailsText.network.sshCommand} />
      </span>
    );
  }
  const href = webLink(publicIp, mapping.publicPort, mapping.internalPort);
  const service = mapping.internalPort === 443 ? "HTTPS" : "HTTP";
  if (!href) return <span className="text-slate-500 dark:text-slate-400">{text.notAvailable}</span>;
  if (privacy) {
    // The link would carry the address: name the service only.
    return <span>{vmDetailsText.network.addressHidden(service)}</span>;
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex min-h-11 items-center font-medium text-sky-700 underline underline-offset-4 dark:text-sky-300"
    >
      {vmDetailsText.network.open(service)}
      <span className="sr-only">{vmDetailsText.network.opensInNewTab(href)}</span>
    </a>
  );
}

function MappingAddress({ publicIp, publicPort }: { publicIp: string; publicPort: number }) {
  const { mask } = usePrivacyMode();
  return (
    <CopyableValue
      value={hostPort(mask(publicIp), publicPort)}
      kind="host-port"
      label={vmDetailsText.network.addressOfPort(String(publicPort))}
    />
  );
}

/** A plain button per row: the one dialog belongs to the table. */
function CloseButton({
  mapping,
  onClose,
  className = "",
}: {
  mapping: VmPortMapping;
  onClose: (mapping: VmPortMapping) => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      aria-label={portWords.closeLabel(mapping.publicPort, mapping.internalPort)}
      onClick={() => {
        onClose(mapping);
      }}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg border border-red-300 px-3 text-sm font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-200 dark:hover:bg-red-950/40 print:hidden ${className}`}
    >
      {portWords.close}
    </button>
  );
}

/**
 * Public ip:port → internal port, as a table on wide screens and a list on
 * phones; with a VM id, each mapping can be closed (one dialog for all rows).
 */
export function PortMappingTable({ publicIp, ports, sshUser, vmId }: PortMappingTableProps) {
  const [closing, setClosing] = useState<VmPortMapping | null>(null);
  const [closed, setClosed] = useState<VmPortMapping | null>(null);
  const { mask } = usePrivacyMode();
  const onClose = useCallback((mapping: VmPortMapping) => {
    setClosed(null);
    setClosing(mapping);
  }, []);
  return (
    <>
      <MappingRows
        publicIp={publicIp}
        ports={ports}
        sshUser={sshUser}
        onClose={vmId === undefined ? undefined : onClose}
      />
      {vmId !== undefined && publicIp ? (
        <div role="status" aria-live="polite" className="mt-3 text-sm empty:hidden print:hidden">
          {closed
            ? portWords.closed(
                `${mask(publicIp)}:${String(closed.publicPort)}`,
                closed.internalPort,
              )
            : null}
        </div>
      ) : null}
      {vmId !== undefined && publicIp && closing ? (
        <ClosePortDialog
          vmId={vmId}
          publicIp={publicIp}
          mapping={closing}
          onClosed={(mapping) => {
            setClosing(null);
            setClosed(mapping);
          }}
          onDismiss={() => {
            setClosing(null);
          }}
        />
      ) : null}
    </>
  );
}

function MappingRows({
  publicIp,
  ports,
  sshUser,
  onClose,
}: Omit<PortMappingTableProps, "vmId"> & {
  onClose: ((mapping: VmPortMapping) => void) | undefined;
}) {
  // Only the layout that is shown is built: thousands of mappings stay cheap.
  // Print always gets the table.
  const wide = useMediaQuery("(min-width: 640px), print");
  const { mask } = usePrivacyMode();
  // Opening or closing the dialog re-renders the table's owner, never the rows.
  return useMemo(() => {
    if (!publicIp) {
      return (
        <p className="text-slate-700 dark:text-slate-300">{vmDetailsText.network.noPublicIp}</p>
      );
    }
    if (ports.length === 0) {
      return <p className="text-slate-700 dark:text-slate-300">{vmDetailsText.network.noPorts}</p>;
    }
    return (
      <ShowMore items={ports} step={PORTS_STEP} noun={vmDetailsText.network.portsNoun}>
        {(visible) => (
          <>
            {wide === false ? null : (
              <table className="hidden w-full text-start text-sm sm:table print:table">
                <caption className="sr-only">
                  {vmDetailsText.network.caption(mask(publicIp))}
                </caption>
                <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                  <tr>
                    {vmDetailsText.network.columnNames.map((column) => (
                      <th key={column} scope="col" className="py-2 pe-4 font-medium last:pe-0">
                        {column}
                      </th>
                    ))}
                    {onClose ? (
                      <th scope="col" className="py-2 font-medium print:hidden">
                        <span className="sr-only">{portWords.closeColumn}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {visible.map((mapping, index) => (
                    <tr key={`${String(mapping.publicPort)}-${String(index)}`}>
                      <td className="py-2 pe-4 whitespace-nowrap">
                        <MappingAddress publicIp={publicIp} publicPort={mapping.publicPort} />
                      </td>
                      <td className="py-2 pe-4 font-mono">{mapping.internalPort}</td>
                      <td className="py-2 pe-4 break-words [overflow-wrap:anywhere]">
                        {mapping.description ? <bdi>{mapping.description}</bdi> : text.notAvailable}
                      </td>
                      <td className="py-2">
                        <Hint publicIp={publicIp} mapping={mapping} sshUser={sshUser} />
                      </td>
                      {onClose ? (
                        <td className="py-2 ps-2 text-end print:hidden">
                          <CloseButton mapping={mapping} onClose={onClose} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {wide === true ? null : (
              <ul
                className="space-y-3 sm:hidden print:hidden"
                aria-label={vmDetailsText.network.listLabel(mask(publicIp))}
              >
                {visible.map((mapping, index) => (
                  <li
                    key={`${String(mapping.publicPort)}-${String(index)}`}
                    className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
                  >
                    <p className="flex flex-wrap items-center gap-x-2 font-mono text-sm">
                      <MappingAddress publicIp={publicIp} publicPort={mapping.publicPort} />
                      <span>
                        <span aria-hidden="true">→ </span>
                        <span className="sr-only">{vmDetailsText.network.toInternalPort}</span>
                        {mapping.internalPort}
                      </span>
                    </p>
                    {mapping.description ? (
                      <p
                        dir="auto"
                        className="mt-1 text-sm break-words text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300"
                      >
                        {mapping.description}
                      </p>
                    ) : null}
                    <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
                      <Hint publicIp={publicIp} mapping={mapping} sshUser={sshUser} />
                      {onClose ? (
                        <CloseButton mapping={mapping} onClose={onClose} className="ms-auto" />
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ShowMore>
    );
  }, [publicIp, ports, sshUser, onClose, wide, mask]);
}
