import { FOLLOW_LIMIT_MS } from "@/lib/vm-state/power-actions";
import { follow, runBulk, tally, type BulkOutcome, type SendResult } from "./bulk-runner";

/** A sender whose answers the test releases one by one. */
function controlledSender() {
  const sent: string[] = [];
  const pending = new Map<string, (result: SendResult) => void>();
  let inFlight = 0;
  let most = 0;
  const send = (vmId: string) =>
    new Promise<SendResult>((resolve) => {
      sent.push(vmId);
      inFlight++;
      most = Math.max(most, inFlight);
      pending.set(vmId, (result) => {
        inFlight--;
        pending.delete(vmId);
        resolve(result);
      });
    });
  return { send, sent, pending, most: () => most };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const accepted: SendResult = { kind: "accepted", acceptedAt: 1000, unconfirmed: false };

describe("the bulk runner", () => {
  it("sends one request per VM, at most four at once, whatever the list repeats", async () => {
    const ids = ["1", "2", "3", "4", "5", "6", "7", "2", "1"];
    const sender = controlledSender();
    const outcomes = new Map<string, BulkOutcome>();
    const done = runBulk(ids, sender.send, (id, outcome) => outcomes.set(id, outcome));
    await flush();
    expect(sender.sent).toEqual(["1", "2", "3", "4"]);
    expect(outcomes.get("5")).toEqual({ kind: "waiting" });
    while (sender.pending.size > 0) {
      for (const release of [...sender.pending.values()]) release(accepted);
      await flush();
    }
    await done;
    expect(sender.sent.sort()).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(sender.most()).toBe(4);
    expect([...outcomes.values()].every((o) => o.kind === "following")).toBe(true);
  });

  it("reports every kind of answer in its own way", async () => {
    const answers: Record<string, SendResult> = {
      ok: accepted,
      slow: { kind: "accepted", acceptedAt: 1000, unconfirmed: true },
      refused: { kind: "refused", reason: "The VM is already running." },
      forbidden: { kind: "forbidden", reason: undefined },
      failed: { kind: "failed", reason: "The API answered 503." },
    };
    const outcomes = new Map<string, BulkOutcome>();
    await runBulk(
      [...Object.keys(answers), "throws"],
      (id) => {
        const answer = answers[id];
        return answer ? Promise.resolve(answer) : Promise.reject(new Error("Network down"));
      },
      (id, outcome) => outcomes.set(id, outcome),
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      ok: { kind: "following", acceptedAt: 1000, unconfirmed: false, settling: undefined },
      slow: { kind: "following", acceptedAt: 1000, unconfirmed: true, settling: undefined },
      refused: { kind: "refused", reason: "The VM is already running." },
      forbidden: { kind: "forbidden", reason: undefined },
      failed: { kind: "failed", reason: "The API answered 503." },
      throws: { kind: "failed", reason: "Network down" },
    });
  });

  it("follows an accepted shutdown to Stopped, or says it has not got there in time", () => {
    const sent: BulkOutcome = {
      kind: "following",
      acceptedAt: 1000,
      unconfirmed: true,
      settling: undefined,
    };
    const down = follow("shutdown", sent, "shutdown", 2000);
    expect(down.kind).toBe("following");
    expect(follow("shutdown", down, "shutoff", 4000)).toEqual({
      kind: "settled",
      unconfirmed: true,
      state: "shutoff",
    });
    expect(follow("shutdown", down, "shutdown", 1000 + FOLLOW_LIMIT_MS + 1)).toMatchObject({
      kind: "not-yet",
      state: "shutdown",
    });
    const refused: BulkOutcome = { kind: "refused", reason: "no" };
    expect(follow("shutdown", refused, "shutoff", 5000)).toBe(refused);
  });

  it("counts the outcomes for the summary", () => {
    expect(
      tally([
        { kind: "settled", unconfirmed: false, state: "shutoff" },
        { kind: "settled", unconfirmed: true, state: "shutoff" },
        { kind: "sending" },
        { kind: "refused", reason: undefined },
        { kind: "not-yet", unconfirmed: false, state: "running" },
      ]),
    ).toEqual({ done: 2, underWay: 1, notDone: 2 });
  });
});
