import { fleetText } from "./fleet-text";

describe("the line of VMs the bulk actions skip", () => {
  it("joins the actions that skip the same VMs", () => {
    expect(
      fleetText.skipLine([
        { verbs: ["Start"], vms: ["web-1 (#1)"] },
        { verbs: ["Shut down", "Reboot", "Reset"], vms: ["db-3 (#3)", "db-4 (#4)"] },
      ]),
    ).toBe(
      "Start skips web-1 (#1); Shut down, Reboot and Reset skip db-3 (#3) and db-4 (#4): their state does not allow it.",
    );
  });

  it("names three VMs at most and counts the rest, which the confirmation lists", () => {
    const vms = Array.from({ length: 20 }, (_, i) => `vm-${String(i + 1)}`);
    expect(fleetText.skipLine([{ verbs: ["Start"], vms }])).toBe(
      "Start skips vm-1, vm-2, vm-3 and 17 more: their state does not allow it.",
    );
  });
});
