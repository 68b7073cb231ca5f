import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import { RouterProvider } from "react-router";
import { requireSession } from "@/lib/auth/route-guard";
import { createTestQueryClient } from "@/testing/test-utils";
import { exampleVm } from "@/testing/factories/vm";
import { server } from "@/testing/mocks/server";
import { statsHandlers } from "@/testing/mocks/stats-handlers";
import { signInForTest } from "@/testing/session";
import { AppProvider } from "./provider";
import { createAppRouter } from "./router";

// The guard itself (stored session, sign-in redirect) has its own tests; here
// it is replaced so each case can decide whether the reader is signed in.
vi.mock(import("@/lib/auth/route-guard"), async (original) => ({
  ...(await original()),
  requireSession: vi.fn(),
}));

const guard = vi.mocked(requireSession);

function openPage(path: string) {
  window.history.replaceState(null, "", path);
  const queryClient = createTestQueryClient();
  const apiRequests: string[] = [];
  server.events.on("request:start", ({ request }) => apiRequests.push(request.url));
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={createAppRouter(queryClient)} />
    </AppProvider>,
  );
  return { apiRequests };
}

afterEach(() => {
  server.events.removeAllListeners();
  guard.mockReset();
});

describe("signed-in routes", () => {
  it("send no API request while the session is being checked (signed out: sign-in is under way)", async () => {
    guard.mockReturnValue(new Promise<void>(() => undefined));
    const { apiRequests } = openPage("/vms/8");
    expect(await screen.findByRole("status")).toHaveTextContent("Loading…");
    // Give any loader that would run beside the guard time to send its request.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(apiRequests).toEqual([]);
    expect(guard).toHaveBeenCalledTimes(1);
  });

  it("check the session once per visit to a VM page, then show it", async () => {
    await signInForTest();
    guard.mockResolvedValue(undefined);
    const { apiRequests } = openPage("/vms/8");
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: new RegExp(exampleVm().name) },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(guard).toHaveBeenCalledTimes(1);
    expect(apiRequests.some((url) => url.includes("/v1/vms/8?only=state"))).toBe(true);
  });

  it("ask for the disks and network as the state answers, once each", async () => {
    await signInForTest();
    guard.mockResolvedValue(undefined);
    server.use(...statsHandlers);
    const { apiRequests } = openPage("/vms/8");
    for (const name of ["Disks", "Network"]) {
      await waitFor(
        () => {
          expect(screen.getByRole("region", { name })).toHaveAttribute("aria-busy", "false");
        },
        { timeout: 5000 },
      );
    }
    const asked = (part: string) =>
      apiRequests.filter((url) => url.endsWith(`/v1/vms/8?only=${part}`));
    expect(asked("state")).toHaveLength(1);
    expect(asked("disks")).toHaveLength(1);
    expect(asked("network")).toHaveLength(1);
    expect(apiRequests.findIndex((url) => url.endsWith("only=state"))).toBe(0);
  }, 15_000);

  it("ask nothing more of a VM whose state is not found", async () => {
    await signInForTest();
    guard.mockResolvedValue(undefined);
    const { apiRequests } = openPage("/vms/404");
    expect(
      await screen.findByRole("heading", { name: "VM not found" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(apiRequests.some((url) => url.includes("/v1/vms/404?only=state"))).toBe(true);
    expect(apiRequests.filter((url) => /only=(disks|network)/.test(url))).toEqual([]);
  });

  it("guard a page that has no loader of its own", async () => {
    guard.mockReturnValue(new Promise<void>(() => undefined));
    openPage("/no/such/page");
    expect(await screen.findByRole("status")).toHaveTextContent("Loading…");
    expect(screen.queryByRole("heading", { name: "There is no page here" })).toBeNull();
    expect(guard).toHaveBeenCalledTimes(1);
  });
});
