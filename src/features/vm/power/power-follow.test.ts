import { exampleVm, vmPart } from "@/testing/factories/vm";
import { supportDetails } from "../api/support-details";
import { parseStatePart } from "../api/vm-schema";
import { lastActionLine, transitionOf } from "./power-follow";

const SENT_AT = Date.parse("2026-11-28T10:11:12.345Z");

describe("the last power action in the support text", () => {
  it("says what was sent, when, and how it ended", () => {
    expect(lastActionLine({ action: "power_off", phase: "settled", sentAt: SENT_AT })).toBe(
      "Last action from this tab: power_off at 2026-11-28T10:11:12Z, done",
    );
    expect(
      lastActionLine({ action: "reboot", phase: "refused", sentAt: SENT_AT, reason: "Busy." }),
    ).toBe("Last action from this tab: reboot at 2026-11-28T10:11:12Z, refused by the API (Busy.)");
    expect(lastActionLine(undefined)).toBeUndefined();
  });

  it("keeps an API reason with a line break on one line of the ticket", () => {
    const lastAction = lastActionLine({
      action: "start",
      phase: "failed",
      sentAt: SENT_AT,
      reason: "line one\nState: running",
    });
    const details = supportDetails({
      state: parseStatePart(vmPart(exampleVm(), "state")),
      disks: undefined,
      network: undefined,
      fetchedAt: new Date(SENT_AT),
      mask: (value) => value,
      pageUrl: "https://dash.example/vms/8",
      lastAction,
    });
    expect(details.split("\n")).toContain(
      "Last action from this tab: start at 2026-11-28T10:11:12Z, failed (line one\\nState: running)",
    );
  });
});

describe("the badge during an action", () => {
  it("shows the transition once the API accepted, and a shutdown from the moment it is sent", () => {
    expect(transitionOf({ action: "start", phase: "sending", sentAt: 0 })).toBeUndefined();
    expect(transitionOf({ action: "start", phase: "following", sentAt: 0 })).toBe("Starting…");
    expect(transitionOf({ action: "shutdown", phase: "sending", sentAt: 0 })).toBe(
      "Shutting down…",
    );
    expect(transitionOf({ action: "reboot", phase: "settled", sentAt: 0 })).toBeUndefined();
  });
});
