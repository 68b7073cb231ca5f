import { http, HttpResponse } from "msw";
import { ApiError } from "@/lib/api-client";
import { server } from "@/testing/mocks/server";
import { getVmState } from "./get-vm";
import { checkVmId, InvalidVmIdError, vmPath } from "./vm-id";

describe("checkVmId", () => {
  it.each(["8", "vm-8", "a.b", "..8", "8.", "~x_y"])("accepts %j", (id) => {
    expect(checkVmId(id)).toEqual({ ok: true, vmId: id });
  });

  it.each([
    [".", "A VM id cannot be made of dots only."],
    ["..", "A VM id cannot be made of dots only."],
    ["...", "A VM id cannot be made of dots only."],
    [" .. ", "A VM id cannot be made of dots only."],
    ["", "Enter a VM id, for example 8."],
    ["../8", "A VM id uses only letters, digits and . _ ~ - (no spaces or slashes)."],
    ["%2e%2e", "A VM id uses only letters, digits and . _ ~ - (no spaces or slashes)."],
    ["a".repeat(65), "A VM id is at most 64 characters long."],
  ])("refuses %j", (id, problem) => {
    expect(checkVmId(id)).toEqual({ ok: false, problem });
  });
});

describe("vmPath", () => {
  it("builds the VM's path", () => {
    expect(vmPath("8")).toBe("/v1/vms/8");
  });

  it.each([".", "..", " 8", "8/..", "8?x=1", "8#x", ""])("refuses %j", (id) => {
    expect(() => vmPath(id)).toThrow(InvalidVmIdError);
  });
});

describe("a dot-segment VM id", () => {
  it.each([".", ".."])("%j is refused as not found before any request", async (id) => {
    const seen: string[] = [];
    server.events.on("request:start", ({ request }) => {
      seen.push(request.url);
    });
    server.use(http.get("*", () => HttpResponse.json({})));
    const error: unknown = await getVmState(id, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "not-found" });
    expect(seen).toEqual([]);
    server.events.removeAllListeners();
  });
});
