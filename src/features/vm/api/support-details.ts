import { formatBytesIEC } from "@/utils/format-bytes";
import { diskUsage } from "@/utils/disk-usage";
import type { VmDisksPart, VmNetworkPart, VmStatePart } from "./vm-schema";
import { text } from "@/lib/text";
import { oneLine } from "@/utils/one-line";
import { activeLocale, uiLocale } from "@/lib/i18n/i18n";
import type { Language } from "@/lib/i18n/language";
import type { PowerProgress } from "../power/power-progress";
import { supportText, type SupportText } from "./support-text";

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
  /** The last power action this tab sent. */
  lastAction?: PowerProgress | undefined;
  /** The language the support team reads (the VITE_SUPPORT_LANGUAGE setting). */
  language?: Language;
}

const dash = (value: string | undefined) =>
  value === undefined ? text.notAvailable : oneLine(value);

/** The page's language, named in the support text's: "Arabic (ar)". */
function readerLanguage(supportLanguage: Language): string {
  const language = uiLocale();
  const name =
    new Intl.DisplayNames([supportLanguage], { type: "language" }).of(language) ?? language;
  return `${name} (${activeLocale()})`;
}

/** The last action: what, when (UTC) and how it ended. */
function lastActionLine(words: SupportText["support"], progress: PowerProgress): string {
  const at = new Date(progress.sentAt).toISOString().replace(/\.\d{3}Z$/, "Z");
  const reason = progress.reason ? ` (${oneLine(progress.reason)})` : "";
  return words.lastAction(progress.action, at, `${words.outcome[progress.phase]}${reason}`);
}

/**
 * Plain text a customer can paste into a support ticket: what the VM is and
 * how it looks right now. It never contains a token, the account's user id or
 * email, or anything read from storage: only what the API said about the VM.
 * It is in the language the support team reads (English unless the
 * deployment says otherwise) whatever the page's, so every support agent can
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
  language = "en",
}: SupportDetailsInput): string {
  const words = supportText(language);
  const lines: string[] = [words.heading(text.product)];
  const basics = state?.basics.ok ? state.basics.value : undefined;
  lines.push(words.vm(dash(basics?.name), dash(basics?.id)));
  lines.push(words.state(state?.state.ok ? oneLine(state.state.value) : words.unknown));
  lines.push(words.region(dash(basics?.region)));
  lines.push(words.distribution(dash(basics?.distro)));
  lines.push(words.size(dash(basics?.size)));

  const net = network?.network.ok ? network.network.value : undefined;
  lines.push(net?.publicIp ? words.publicIp(oneLine(mask(net.publicIp))) : words.noPublicIp);
  lines.push(words.privateIp(net?.privateIp ? oneLine(mask(net.privateIp)) : text.notAvailable));
  if (net && net.ports.length > 0) {
    lines.push(words.portsHeading);
    for (const port of net.ports) {
      const address = `${net.publicIp ? oneLine(mask(net.publicIp)) : text.notAvailable}:${String(port.publicPort)}`;
      lines.push(
        `  ${address} -> ${String(port.internalPort)}${port.description ? ` (${oneLine(port.description)})` : ""}`,
      );
    }
  } else {
    lines.push(net ? words.portsNone : words.portsNotLoaded);
  }

  const diskList = disks?.disks.ok ? disks.disks.value : undefined;
  if (diskList && diskList.length > 0) {
    lines.push(words.disksHeading);
    for (const disk of diskList) {
      const usage = diskUsage(disk.capacityBytes, disk.allocationBytes, language);
      const name = `${dash(disk.path)} ${oneLine(disk.targetDevice ?? "")}`.trim();
      const size = `${formatBytesIEC(disk.allocationBytes, language)} / ${usage.percent === null ? words.capacityUnknown : formatBytesIEC(disk.capacityBytes, language)}`;
      lines.push(
        `  ${name}${disk.isMain ? words.main : ""}: ${size}${usage.label ? ` (${usage.label})` : ""}`,
      );
    }
  } else {
    lines.push(diskList ? words.disksNone : words.disksNotLoaded);
  }
  if (lastAction) lines.push(lastActionLine(words, lastAction));
  lines.push(words.fetched(fetchedAt.toISOString().replace(/\.\d{3}Z$/, "Z")));
  lines.push(words.page(oneLine(pageUrl)));
  lines.push(words.readerLanguage(readerLanguage(language)));
  return lines.join("\n");
}
