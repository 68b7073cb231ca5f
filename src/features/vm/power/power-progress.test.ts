import { exampleVm, vmPart } from "@/testing/factories/vm";
import { http, HttpResponse } from "msw";
import { MutationObserver, type QueryClient } from "@tanstack/react-query";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { createTestQueryClient } from "@/testing/test-utils";
import type { PowerAction } from "@/lib/vm-state/power-actions";
import { powerActionMutation } from "./power-mutations";
import { forgetPowerActions, powerKeys, readPowerProgress, transitionOf } from "./power-progress";

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

describe("the last action, as the mutation cache has it", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  function answerActions(status: number, body?: Record<string, unknown>) {
    server.use(
      http.post(`${API}/v1/vms/:vmId/actions`, () =>
        body ? HttpResponse.json(body, { status }) : new HttpResponse(null, { status }),
      ),
    );
  }

  async function send(queryClient: QueryClient, vmId: string, action: PowerAction) {
    await new MutationObserver(queryClient, powerActionMutation(vmId, action))
      .mutate()
      .catch(() => undefined);
  }

  it("is kept under a key per VM and action, and read for the support text", async () => {
    answerActions(204);
    const queryClient = createTestQueryClient();
    await send(queryClient, "8", "reboot");
    expect(
      queryClient.getMutationCache().findAll({ mutationKey: powerKeys.action("8", "reboot") }),
    ).toHaveLength(1);
    expect(readPowerProgress(queryClient, "8")).toMatchObject({
      action: "reboot",
      phase: "following",
      unconfirmed: false,
    });
    expect(readPowerProgress(queryClient, "9")).toBeUndefined();
  });

  it("reads the latest of several actions, and forgets them when dismissed", async () => {
    answerActions(409, { error: "action_not_allowed", message: "Busy." });
    const queryClient = createTestQueryClient();
    await send(queryClient, "8", "start");
    answerActions(403, { error: "insufficient_scope", message: "Needs vms:write." });
    await send(queryClient, "8", "reboot");
    expect(readPowerProgress(queryClient, "8")).toMatchObject({
      action: "reboot",
      phase: "refused",
      reason: "Needs vms:write.",
      forbidden: true,
    });
    forgetPowerActions(queryClient, "8");
    expect(readPowerProgress(queryClient, "8")).toBeUndefined();
  });

  it("follows a refused shutdown whose reason is the shutdown itself, under way", async () => {
    answerActions(409, { error: "action_not_allowed", message: "Already shutting down." });
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () =>
        HttpResponse.json(vmPart({ ...exampleVm(), state: "shutdown" }, "state")),
      ),
    );
    const queryClient = createTestQueryClient();
    await send(queryClient, "8", "shutdown");
    expect(readPowerProgress(queryClient, "8")).toMatchObject({
      phase: "following",
      unconfirmed: true,
    });
  });
});
