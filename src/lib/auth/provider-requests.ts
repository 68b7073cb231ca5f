// oidc-client-ts 3.5 gives each request to the provider its own time limit
// but takes no AbortSignal, so a renewal could not end its token request
// when the renewal's own limit passed: the request went on after the
// renewal had given up and let the next one start (two spends of one
// rotating refresh token). Here the client's request senders also follow the
// signal of the renewal under way. They are the library's internals (not its
// public API): `renewal.test.ts` › "aborts a page refresh that hangs…" fails
// if an upgrade moves them.

import { ErrorTimeout, type UserManager } from "oidc-client-ts";

type Send = (
  input: string,
  init?: RequestInit & { timeoutInSeconds?: number },
) => Promise<Response>;

interface Sender {
  fetchWithTimeout: Send;
}

interface Internals {
  _client?: { _tokenClient?: { _jsonService?: Sender } };
  metadataService?: { _jsonService?: Sender };
}

/** The signal of the renewal under way, if any (renewals never overlap: renewal.ts). */
let current: AbortSignal | undefined;

const send: Send = async (input, { timeoutInSeconds, ...init } = {}) => {
  // The library's own limit, kept as it keeps it (a timer and a controller).
  const limit = new AbortController();
  const timer = timeoutInSeconds
    ? setTimeout(() => {
        limit.abort();
      }, timeoutInSeconds * 1000)
    : undefined;
  const signal = current ? AbortSignal.any([current, limit.signal]) : limit.signal;
  try {
    return await fetch(input, { ...init, signal });
  } catch (error) {
    // Reported as the library reports its own limit, so callers classify one way.
    if (error instanceof DOMException && /^(Abort|Timeout)Error$/.test(error.name)) {
      throw new ErrorTimeout("Network timed out");
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

/** Makes the token and discovery requests of `manager` follow the renewal's signal too. */
export function followSignals(manager: UserManager): void {
  const internals = manager as unknown as Internals;
  for (const sender of [
    internals._client?._tokenClient?._jsonService,
    internals.metadataService?._jsonService,
  ]) {
    if (sender) sender.fetchWithTimeout = send;
  }
}

/** Runs `task`, whose provider requests end when `signal` aborts. */
export async function endedBy<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
  signal.throwIfAborted();
  current = signal;
  try {
    return await task();
  } finally {
    current = undefined;
  }
}
