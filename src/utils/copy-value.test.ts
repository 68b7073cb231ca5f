import fc from "fast-check";
import { clipboardText, hostPort, parsesAs, sshCommand, type CopyKind } from "./copy-value";

const HOSTILE = "1.2.3.4\ncurl x|sh\n";
// eslint-disable-next-line no-control-regex -- any character a terminal or viewer breaks a line at
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;

describe("parsesAs", () => {
  it.each<[CopyKind, string]>([
    ["ip", "10.99.88.77"],
    ["ip", "2001:db8::1"],
    ["ip", "::ffff:192.0.2.1"],
    ["host-port", "10.99.88.77:9001"],
    ["host-port", "[2001:db8::1]:9001"],
    ["host-port", "vm-8.example.com:22"],
    ["id", "8"],
    ["id", "lab-07.eu"],
    ["ssh-command", "ssh -p 9000 root@10.99.88.77"],
    ["ssh-command", "ssh -p 22 debian@2001:db8::1"],
    ["link", "https://dash.example/vms/8#network"],
    ["link", "http://localhost:5173/vms/8"],
  ])("a %s: %j", (kind, value) => {
    expect(parsesAs(value, kind)).toBe(true);
    expect(clipboardText(value, kind)).toBe(value);
  });

  it.each<[CopyKind, string]>([
    ["ip", HOSTILE],
    ["ip", "1.2.3.4 "],
    ["ip", "vm-8.example.com"],
    ["ip", "1.2.3.4; curl x|sh"],
    ["ip", "•••"],
    ["host-port", "2001:db8::1:9001"],
    ["host-port", "1.2.3.4:0"],
    ["host-port", "1.2.3.4:65536"],
    ["host-port", "1.2.3.4:09"],
    ["host-port", `${HOSTILE}:9000`],
    ["host-port", "[1.2.3.4]:22"],
    ["id", ".."],
    ["id", "8/../9"],
    ["id", "8\n"],
    ["ssh-command", "ssh -p 9000 root@1.2.3.4\ncurl x|sh"],
    ["ssh-command", "ssh -p 9000 root@1.2.3.4;id"],
    ["ssh-command", "ssh -p 9000 -oProxyCommand=sh root@1.2.3.4"],
    ["ssh-command", "ssh -p 0 root@1.2.3.4"],
    ["link", "javascript:alert(1)"],
    ["link", "https://dash.example/\ncurl"],
    ["lines", "a\nb"],
    ["text", "anything"],
  ])("not a %s: %j", (kind, value) => {
    expect(parsesAs(value, kind)).toBe(false);
  });
});

describe("clipboardText", () => {
  it("copies an IP holding a newline and a command as one visible line", () => {
    expect(clipboardText(HOSTILE, "ip")).toBe("1.2.3.4\\ncurl x|sh\\n");
    expect(clipboardText(`${HOSTILE}:9000`, "host-port")).toBe("1.2.3.4\\ncurl x|sh\\n:9000");
  });

  it("keeps the mask and plain text as they are", () => {
    expect(clipboardText("•••", "ip")).toBe("•••");
    expect(clipboardText("•••:9000", "host-port")).toBe("•••:9000");
    expect(clipboardText("c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51", "text")).toBe(
      "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51",
    );
  });

  it("keeps the lines of a multi-line text and makes each of them one line", () => {
    expect(clipboardText("VM: x\nPublic IP: a\rb\u2028c", "lines")).toBe(
      "VM: x\nPublic IP: a\\rb\\u2028c",
    );
  });

  it("never puts a line break on the clipboard for a one-value kind", () => {
    const kinds: CopyKind[] = ["ip", "host-port", "id", "ssh-command", "link", "text"];
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom(...kinds), (value, kind) => {
        expect(clipboardText(value, kind)).not.toMatch(LINE_BREAK);
      }),
    );
  });
});

describe("sshCommand", () => {
  it("builds the command from plain parts only", () => {
    expect(sshCommand("10.99.88.77", 9000, "root")).toBe("ssh -p 9000 root@10.99.88.77");
    expect(sshCommand(HOSTILE, 9000, "root")).toBeNull();
    expect(sshCommand("10.99.88.77", 9000, "root;id")).toBeNull();
    expect(sshCommand("10.99.88.77", 70000, "root")).toBeNull();
  });
});

describe("hostPort", () => {
  it("brackets an IPv6 literal only", () => {
    expect(hostPort("2001:db8::1", 9001)).toBe("[2001:db8::1]:9001");
    expect(hostPort("10.99.88.77", 9001)).toBe("10.99.88.77:9001");
    expect(hostPort("•••", 9001)).toBe("•••:9001");
  });
});
