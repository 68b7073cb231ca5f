import { setupI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { formatCompiled } from "./compiled-message";

// English is filled in without Lingui's runtime; it must read exactly as Lingui would.
describe("English messages filled in without Lingui's runtime", () => {
  const messages = {
    plain: "Loading…",
    argument: "Couldn't show {subject}",
    plural:
      "{count, plural, =0 {No steps} one {# step had} other {# steps had}} no figure, of {total}",
    select: "{kind, select, disk {A disk} other {Something}} changed",
    number: "{n, number} requests",
  };
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [id, compileMessage(message)]),
  );
  const lingui = setupI18n({ locale: "en", messages: { en: compiled } });

  it.each([
    ["plain", {}],
    ["argument", { subject: "the disks" }],
    ["plural", { count: 0, total: "5" }],
    ["plural", { count: 1, total: "5" }],
    ["plural", { count: 1200, total: "5" }],
    ["select", { kind: "disk" }],
    ["select", { kind: "port" }],
    ["number", { n: 12345 }],
  ] as const)("%s with %o", (id, values) => {
    expect(formatCompiled(compiled[id] ?? [], values, "en")).toBe(lingui._(id, values));
  });

  it("reads a message without arguments kept as its text", () => {
    expect(formatCompiled("Loading…", {}, "en")).toBe("Loading…");
  });
});
