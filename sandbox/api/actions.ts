// POST /v1/vms/{vm_id}/actions {"type": …}: the power actions of
// docs/api/act-and-watch.md ("Power actions"), carried out
// by the state machine in power.ts.

import { isPowerAction, POWER_ACTIONS } from "./power.ts";
import {
  INVALID_VM_ID_MESSAGE,
  invalidJson,
  isObject,
  methodNotAllowed,
  noContent,
  readJsonBody,
  type ApiApp,
  type RouteKit,
} from "./route-kit.ts";
import { isValidVmId, type VmRepository } from "./vms.ts";

/** The fault part that power actions answer to. */
const ACTIONS_PART: ReadonlySet<string> = new Set(["actions"]);
const ALLOWED_LIST = POWER_ACTIONS.join(", ");

export function registerActionRoutes(app: ApiApp, repository: VmRepository, kit: RouteKit): void {
  app.post("/v1/vms/:vmId/actions", (c) => {
    const vmId = c.req.param("vmId");
    return kit.guarded(c, { kind: "vm", vmId, parts: ACTIONS_PART }, async (subject) => {
      if (!isValidVmId(vmId)) return kit.errorJson(400, "invalid_vm_id", INVALID_VM_ID_MESSAGE);
      const body = await readJsonBody(c);
      if (!body.ok) return invalidJson(kit, '{"type": "<action>"}');
      const type = isObject(body.value) ? body.value.type : undefined;
      if (!isPowerAction(type)) {
        let message: string;
        if (!isObject(body.value)) {
          message = `The body must be a JSON object such as {"type": "start"}; type is one of ${ALLOWED_LIST}.`;
        } else if (type === undefined) {
          message = `The body needs a type: one of ${ALLOWED_LIST}.`;
        } else {
          message = `Unknown action type ${JSON.stringify(type)}. Use one of ${ALLOWED_LIST}.`;
        }
        return kit.errorJson(422, "invalid_action", message, {
          field: "type",
          allowed: POWER_ACTIONS,
        });
      }

      const vm = repository.get(vmId);
      if (vm?.user_id !== subject) return kit.notFound(c);
      const outcome = await repository.power.act(vmId, type);
      switch (outcome.kind) {
        case "done":
          return noContent();
        case "not_found":
          return kit.notFound(c);
        case "refused":
          return kit.errorJson(409, "action_not_allowed", outcome.message, {
            action: type,
            state: outcome.state,
            allowed: outcome.allowed,
          });
        case "timeout": {
          const seconds = outcome.timeoutMs / 1000;
          return kit.errorJson(
            408,
            "shutdown_timeout",
            `The VM has not stopped within ${String(seconds)} s. It may still be shutting down: read its state to see what happened.`,
            { action: type, state: outcome.state, timeout_seconds: seconds },
          );
        }
      }
    });
  });
  app.all("/v1/vms/:vmId/actions", methodNotAllowed(kit, ["POST"]));
}
