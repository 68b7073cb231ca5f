import { exampleVm, vmPart } from "@/testing/factories/vm";
import { startLanguage } from "@/lib/i18n/i18n";
import { supportDetails } from "./support-details";
import { parseDisksPart, parseNetworkPart, parseStatePart } from "./vm-schema";

const FETCHED = new Date("2026-01-02T03:04:05.678Z");

const SENT_AT = Date.parse("2026-11-28T10:11:12.345Z");

function details(
  vm: ReturnType<typeof exampleVm>,
  pageUrl = "https://dash.example/vms/8",
  more: Partial<Parameters<typeof supportDetails>[0]> = {},
) {
  return supportDetails({
    state: parseStatePart(vmPart(vm, "state")),
    disks: parseDisksPart(vmPart(vm, "disks")),
    network: parseNetworkPart(vmPart(vm, "network")),
    fetchedAt: FETCHED,
    mask: (value) => value,
    pageUrl,
    ...more,
  });
}

/** The page read in `locale`, as the user menu leaves it. */
async function readIn(locale: string) {
  localStorage.setItem("openscaler.language", locale);
  await startLanguage();
}

async function backToEnglish() {
  localStorage.clear();
  await startLanguage();
}

describe("supportDetails", () => {
  it("describes the reference VM line by line", () => {
    const lines = details(exampleVm()).split("\n");
    expect(lines).toEqual([
      "OpenScaler VM details",
      "VM: my-example-computer (id 8)",
      "State: running",
      "Region: alg1",
      "Distribution: debian-13",
      "Size plan: b-1-500mb-10",
      "Public IP: 10.99.88.77",
      "Private IP: 10.0.1.2",
      "Port mappings:",
      "  10.99.88.77:9000 -> 22 (SSH port for VM 8 (internal port 22))",
      "  10.99.88.77:9001 -> 80 (HTTP port for VM 8 (internal port 80))",
      "  10.99.88.77:9002 -> 443 (HTTPS port for VM 8 (internal port 443))",
      expect.stringMatching(/^Disks/),
      expect.stringMatching(/^ {2}\/ vda \(main\)/),
      expect.stringMatching(/^ {2}\/mnt\/vdc1 vdc/),
      "Fetched: 2026-01-02T03:04:05Z",
      "Page: https://dash.example/vms/8",
      "Reader's language: English (en)",
    ]);
  });

  it("stays in English for the support team, naming the reader's language", async () => {
    await readIn("ar");
    try {
      const lines = details(exampleVm()).split("\n");
      expect(lines).toContain("State: running");
      expect(lines.at(-1)).toBe("Reader's language: Arabic (ar)");
    } finally {
      await backToEnglish();
    }
  });

  it("is written in the language the deployment sets for its support team, whatever the page's", async () => {
    await readIn("ar");
    try {
      const french = details(exampleVm(), undefined, { language: "fr" }).split("\n");
      expect(french[0]).toBe("Détails de la VM OpenScaler");
      expect(french).toContain("État\u202f: running");
      expect(french).toContain("Redirections de ports\u202f:");
      expect(french.at(-1)).toBe("Langue de l'utilisateur\u202f: arabe (ar)");
    } finally {
      await backToEnglish();
    }
    const arabic = details(exampleVm(), undefined, { language: "ar" }).split("\n");
    expect(arabic[0]).toBe("تفاصيل الجهاز الافتراضي على OpenScaler");
    // Machine text stays left to right inside the Arabic line.
    expect(arabic).toContain("عنوان IP العام: \u206610.99.88.77\u2069");
    expect(arabic.at(-1)).toBe("لغة المستخدم: الإنجليزية (en)");
  });

  it("says what the last power action was, when, and how it ended", () => {
    expect(
      details(exampleVm(), undefined, {
        lastAction: { action: "power_off", phase: "settled", sentAt: SENT_AT },
      }).split("\n"),
    ).toContain("Last action from this tab: power_off at 2026-11-28T10:11:12Z, done");
    expect(
      details(exampleVm(), undefined, {
        lastAction: { action: "reboot", phase: "refused", sentAt: SENT_AT, reason: "Busy." },
      }).split("\n"),
    ).toContain(
      "Last action from this tab: reboot at 2026-11-28T10:11:12Z, refused by the API (Busy.)",
    );
  });

  it("keeps an API reason with a line break on one line of the ticket", () => {
    const lastAction = {
      action: "start",
      phase: "failed",
      sentAt: SENT_AT,
      reason: "line one\nState: running",
    } as const;
    expect(details(exampleVm(), undefined, { lastAction }).split("\n")).toContain(
      "Last action from this tab: start at 2026-11-28T10:11:12Z, failed (line one\\nState: running)",
    );
  });

  it("never lets an API string start a new line", () => {
    const vm = exampleVm();
    const hostile =
      "x\nPage: https://evil.example\r\n\u2028Fetched: now\u0085\u000b\u000c\u001b[2J";
    vm.name = hostile;
    vm.region = hostile;
    vm.distro = hostile;
    vm.size = hostile;
    vm.state = hostile;
    vm.network.public_ip = hostile;
    vm.network.private_ip = hostile;
    const [port] = vm.network.public_ip_ports;
    if (port) port.description = hostile;
    const [disk] = vm.disks;
    if (disk) {
      disk.path = hostile;
      disk.target_device = hostile;
    }
    const copied = details(vm, "https://dash.example/\n");
    // eslint-disable-next-line no-control-regex -- every character a viewer may break a line at
    const lines = copied.split(/\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/);
    expect(lines).toHaveLength(details(exampleVm()).split("\n").length);
    expect(lines.filter((line) => line.startsWith("Page:"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("Fetched:"))).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(copied.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(copied).toContain("VM: x\\nPage: https://evil.example\\r\\n\\u2028Fetched: now");
  });

  it("shows bidirectional controls as escapes, so no line is turned around", () => {
    const vm = exampleVm();
    vm.name = "invoice-\u202egpj.exe\u2066\u200f\u061c";
    const port = vm.network.public_ip_ports[0];
    if (port) port.description = "\u2067ssh\u2069 \u200e";
    const copied = details(vm);
    expect(copied).toContain("VM: invoice-\\u202Egpj.exe\\u2066\\u200F\\u061C (id 8)");
    expect(copied).toContain("(\\u2067ssh\\u2069 \\u200E)");
    expect(copied).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
