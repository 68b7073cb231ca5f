import { formatBytesIEC } from "@/utils/format-bytes";
import { diskUsage } from "@/utils/disk-usage";
import type { VmDisksPart, VmNetworkPart, VmStatePart } from "./vm-schema";
import { text } from "@/lib/text";
import { oneLine } from "@/utils/one-line";
import { activeLocale, uiLocale } from "@/lib/i18n/i18n";

interface SupportDetailsInput {
  state: VmStatePart | undefined;
  disks: VmDisksPart | undefined;
  network: VmNetworkPart | undefined;
  /** When the oldest of the shown parts was fetched. */
  fetchedAt: Date;
  /** Privacy mode's mask, so copied text matches what is on screen. */
  mask: (value: string) => string;
  /** Link to this page. */
  pageUrl: string;
  /** The last power action this tab sent, in one line. */
  lastAction?: string;
}

const dash = (value: string | undefined) =>
  value === undefined ? text.notAvailable : oneLine(value);

/** The page's language, named in English: "Arabic (ar)". */
function readerLanguage(): string {
  const language = uiLocale();
  const name = new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
  return activeLocale() === language ? `${name} (${language})` : `${name} (${activeLocale()})`;
}

/**
 * Plain text a customer can paste into a support ticket: what the VM is and
 * how it looks right now. It never contains a token, the account's user id or
 * email, or anything read from storage: only what the API said about the VM.
 * It is in English whatever the page's language, so every support agent can
 * read every ticket; its last line names the reader's language.
 */
export function supportDetails({
  state,
  disks,
  network,
  fetchedAt,
  mask,
  pageUrl,
  lastAction,
}: SupportDetailsInput): string {
  const lines: string[] = ["OpenScaler VM details"];
  const basics = state?.basics.ok ? state.basics.value : undefined;
  lines.push(`VM: ${dash(basics?.name)} (id ${dash(basics?.id)})`);
  lines.push(`State: ${state?.state.ok ? oneLine(state.state.value) : "unknown"}`);
  lines.push(`Region: ${dash(basics?.region)}`);
  lines.push(`Distribution: ${dash(basics?.distro)}`);
  lines.push(`Size plan: ${dash(basics?.size)}`);

  const net = network?.network.ok ? network.network.value : undefined;
  lines.push(`Public IP: ${net?.publicIp ? oneLine(mask(net.publicIp)) : "none"}`);
  lines.push(`Private IP: ${net?.privateIp ? oneLine(mask(net.privateIp)) : text.notAvailable}`);
  if (net && net.ports.length > 0) {
    lines.push("Port mappings:");
    for (const port of net.ports) {
      const address = `${net.publicIp ? oneLine(mask(net.publicIp)) : text.notAvailable}:${String(port.publicPort)}`;
      lines.push(
        `  ${address} -> ${String(port.internalPort)}${port.description ? ` (${oneLine(port.description)})` : ""}`,
      );
    }
  } else {
    lines.push(`Port mappings: ${net ? "none" : "not loaded"}`);
  }

  const diskList = disks?.disks.ok ? disks.disks.value : undefined;
  if (diskList && diskList.length > 0) {
    lines.push("Disks (allocated on the host / capacity):");
    for (const disk of diskList) {
      const usage = diskUsage(disk.capacityBytes, disk.allocationBytes, "en");
      const name = `${dash(disk.path)} ${oneLine(disk.targetDevice ?? "")}`.trim();
      const size = `${formatBytesIEC(disk.allocationBytes, "en")} / ${usage.percent === null ? "capacity unknown" : formatBytesIEC(disk.capacityBytes, "en")}`;
      lines.push(
        `  ${name}${disk.isMain ? " (main)" : ""}: ${size}${usage.label ? ` (${usage.label})` : ""}`,
      );
    }
  } else {
    lines.push(`Disks: ${diskList ? "none" : "not loaded"}`);
  }
  if (lastAction) lines.push(oneLine(lastAction));
  lines.push(`Fetched: ${fetchedAt.toISOString().replace(/\.\d{3}Z$/, "Z")}`);
  lines.push(`Page: ${oneLine(pageUrl)}`);
  lines.push(`Reader's language: ${readerLanguage()}`);
  return lines.join("\n");
}
