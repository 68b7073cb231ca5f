// How far this tab's last power action for a VM has got, read from TanStack
// Query: the mutation that sent it (its key names the VM and the action) and
// the follow query, which reads the state after the API accepted it. Nothing
// here keeps a copy of either. The badge (which shows the transition), the
// support text and the controls read it; it holds no component, so the badge
// in the first load needs none of the controls' code.

import {
  queryOptions,
  skipToken,
  useMutationState,
  useQuery,
  type Mutation,
  type QueryClient,
} from "@tanstack/react-query";
import {
  POWER_ACTIONS,
  settle,
  type PowerAction,
  type Settling,
} from "@/lib/vm-state/power-actions";
import { vmQueries } from "../api/vm-queries";
import { powerStatusWords } from "./power-status-words";

/** How often the state is read while an accepted action is followed. */
export const FOLLOW_POLL_MS = 1_500;

export const powerKeys = {
  /** Every power action sent for the VM: the prefix the readers filter on. */
  all: (vmId: string) => [...vmQueries.detail(vmId), "power"] as const,
  action: (vmId: string, action: PowerAction) => [...powerKeys.all(vmId), action] as const,
  follows: (vmId: string) => [...vmQueries.detail(vmId), "power-follow"] as const,
};

/** The API accepted the action, or answered nothing that rules it out (a 408, say). */
export interface Accepted {
  acceptedAt: number;
  /** The API answered 408 (or 500 to a shutdown), or did not answer in time. */
  unconfirmed: boolean;
}

/** An action that did not go through, with the reason to show. */
export class PowerRefusal extends Error {
  constructor(
    readonly kind: "forbidden" | "refused" | "failed",
    /** The API's own reason, or what went wrong, as text. */
    readonly reason: string | undefined,
  ) {
    super(reason ?? kind);
    this.name = "PowerRefusal";
  }
}

export type FollowPhase = "sending" | "following" | "settled" | "not-yet" | "refused" | "failed";

export interface PowerProgress {
  action: PowerAction;
  phase: FollowPhase;
  /** When the confirmation was clicked (ms since epoch). */
  sentAt: number;
  acceptedAt?: number;
  settledAt?: number;
  unconfirmed?: boolean;
  reason?: string;
  /** The API refused this sign-in any change to the VM (403). */
  forbidden?: boolean;
}

/** One power action as the mutation cache has it. */
interface Sent {
  action: PowerAction;
  sentAt: number;
  status: "idle" | "pending" | "success" | "error";
  accepted: Accepted | undefined;
  refusal: PowerRefusal | undefined;
}

const isPowerAction = (value: unknown): value is PowerAction =>
  (POWER_ACTIONS as readonly unknown[]).includes(value);

function isAccepted(value: unknown): value is Accepted {
  return typeof value === "object" && value !== null && "acceptedAt" in value;
}

function sentOf(mutation: Mutation): Sent | undefined {
  const action = mutation.options.mutationKey?.at(-1);
  if (!isPowerAction(action)) return undefined;
  const { data, error, status, submittedAt } = mutation.state;
  return {
    action,
    sentAt: submittedAt,
    status,
    accepted: isAccepted(data) ? data : undefined,
    refusal: error instanceof PowerRefusal ? error : undefined,
  };
}

/** The action clicked last (a later one in the cache wins a tie). */
function latest(sent: readonly (Sent | undefined)[]): Sent | undefined {
  let last: Sent | undefined;
  for (const one of sent) if (one && (!last || one.sentAt >= last.sentAt)) last = one;
  return last;
}

/**
 * Reads the state after an accepted action until it has settled, and says
 * how far it got (the rules are in src/lib/vm-state). Every read also
 * refreshes the state everywhere on the page. Only the controls poll it; the
 * badge and the support text read what it found.
 */
function followQuery(
  vmId: string,
  action: PowerAction | undefined,
  accepted: Accepted | undefined,
  { polls }: { polls: boolean },
) {
  const acceptedAt = accepted?.acceptedAt;
  return queryOptions({
    queryKey: [...powerKeys.follows(vmId), action ?? "none", acceptedAt ?? 0] as const,
    queryFn:
      action === undefined || acceptedAt === undefined
        ? skipToken
        : async ({ client, queryKey }): Promise<Settling> => {
            const answer = await client
              .query({ ...vmQueries.state(vmId), staleTime: 0 })
              .catch(() => undefined);
            const previous = client.getQueryData<Settling>(queryKey);
            const next = settle(action, previous, {
              state: answer?.state.ok ? answer.state.value : undefined,
              acceptedAt,
              now: Date.now(),
            });
            if (next.phase === "settled" && previous?.phase !== "settled") {
              // What an action changes beyond the state shows on the next read.
              void client.invalidateQueries({ queryKey: vmQueries.disks(vmId).queryKey });
              void client.invalidateQueries({ queryKey: vmQueries.network(vmId).queryKey });
            }
            return next;
          },
    // What it found stays until the reader dismisses it; each read is the retry.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchInterval: (query) =>
      polls && query.state.data?.phase !== "settled" && query.state.data?.phase !== "not-yet"
        ? FOLLOW_POLL_MS
        : false,
    // A reader waiting for a notification has hidden the tab.
    refetchIntervalInBackground: true,
  });
}

/** Where the last action stands: a pure reading of its mutation and its follow. */
function progressOf(
  sent: Sent | undefined,
  settling: Settling | undefined,
): PowerProgress | undefined {
  if (!sent || sent.status === "idle") return undefined;
  const { action, sentAt } = sent;
  if (sent.status === "pending") return { action, phase: "sending", sentAt };
  if (sent.status === "error") {
    const refusal = sent.refusal ?? new PowerRefusal("failed", undefined);
    return {
      action,
      phase: refusal.kind === "failed" ? "failed" : "refused",
      sentAt,
      ...(refusal.reason === undefined ? {} : { reason: refusal.reason }),
      forbidden: refusal.kind === "forbidden",
    };
  }
  return {
    action,
    phase: settling?.phase ?? "following",
    sentAt,
    ...(sent.accepted
      ? { acceptedAt: sent.accepted.acceptedAt, unconfirmed: sent.accepted.unconfirmed }
      : {}),
    ...(settling?.settledAt === undefined ? {} : { settledAt: settling.settledAt }),
  };
}

/**
 * The last power action this tab sent for the VM and how far it got.
 * `follows`: this reader keeps reading the state until the action settles
 * (the controls do; one reader per page polls).
 */
export function usePowerProgress(
  vmId: string,
  { follows = false }: { follows?: boolean } = {},
): PowerProgress | undefined {
  const sent = latest(
    useMutationState({ filters: { mutationKey: powerKeys.all(vmId) }, select: sentOf }),
  );
  const accepted = sent?.status === "success" ? sent.accepted : undefined;
  const follow = useQuery(followQuery(vmId, sent?.action, accepted, { polls: follows }));
  // While a sent action waits for its answer (a shutdown's waits for the VM
  // to stop), the state is read as often as once it is accepted.
  useQuery({
    ...vmQueries.stateInPage(vmId),
    refetchInterval: follows && sent?.status === "pending" ? FOLLOW_POLL_MS : false,
    refetchIntervalInBackground: true,
  });
  return progressOf(sent, follow.data);
}

/** The same, read once (for the support text, when it is copied). */
export function readPowerProgress(
  queryClient: QueryClient,
  vmId: string,
): PowerProgress | undefined {
  const sent = latest(
    queryClient
      .getMutationCache()
      .findAll({ mutationKey: powerKeys.all(vmId) })
      .map(sentOf),
  );
  const accepted = sent?.status === "success" ? sent.accepted : undefined;
  const { queryKey } = followQuery(vmId, sent?.action, accepted, { polls: false });
  return progressOf(sent, queryClient.getQueryData(queryKey));
}

/** Dismissed: the page forgets the VM's ended actions, as if none had been sent. */
export function forgetPowerActions(queryClient: QueryClient, vmId: string): void {
  const cache = queryClient.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: powerKeys.all(vmId) })) {
    if (mutation.state.status !== "pending") cache.remove(mutation);
  }
  queryClient.removeQueries({ queryKey: powerKeys.follows(vmId) });
}

/** Still under way: the request is in flight, or the VM has not got there yet. */
export function isUnderWay(progress: PowerProgress | undefined): boolean {
  return progress?.phase === "sending" || progress?.phase === "following";
}

/**
 * What the badge says while an action is under way: from the API's
 * acceptance, and for a shutdown (whose answer waits for the VM to stop)
 * from the moment it is sent.
 */
export function transitionOf(progress: PowerProgress | undefined): string | undefined {
  if (!progress) return undefined;
  const shown =
    progress.phase === "following" ||
    (progress.phase === "sending" && progress.action === "shutdown");
  return shown ? powerStatusWords.transition[progress.action] : undefined;
}
