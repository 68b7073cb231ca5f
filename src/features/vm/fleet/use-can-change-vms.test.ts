import { canChangeVms } from "./use-can-change-vms";

const CONFIGURED = "openid profile email vms:read vms:write";

describe("whether the reader may change VMs", () => {
  it("follows the write scope the provider granted", () => {
    expect(canChangeVms("openid vms:read vms:write", CONFIGURED)).toBe(true);
    expect(canChangeVms("openid vms:read", CONFIGURED)).toBe(false);
  });

  it("lets the API decide when the provider did not say what it granted", () => {
    expect(canChangeVms(undefined, CONFIGURED)).toBe(true);
  });

  it("lets the API decide when no configured scope names writing", () => {
    expect(canChangeVms("openid compute", "openid compute")).toBe(true);
  });
});
