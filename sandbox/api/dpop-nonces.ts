// Opt-in DPoP nonces at the API (RFC 9449 §9): in nonce mode a proof must
// carry the nonce the API handed out last, or the request is answered 401
// `WWW-Authenticate: DPoP error="use_dpop_nonce"` with the nonce in
// `DPoP-Nonce`. Every answer to a key in nonce mode carries the current
// nonce too (§8.2). The nonce changes every `rotateSeconds`; an old one is
// refused from then on, so each rotation costs a client one challenge.
//
// Nonce mode is per key (the proof's RFC 7638 thumbprint, the token's
// `cnf.jkt`), so one test's browser can require nonces while the others run
// beside it, or for every key with SANDBOX_DPOP_NONCE_SECONDS. Counters per
// key say what a client did: how many nonces it was given, challenges, the
// retries that answered them, and its refresh-token grants at the provider.

import { randomBytes } from "node:crypto";

export interface NonceCounters {
  /** Nonces this key has been handed (the first one and one per rotation seen). */
  nonces: number;
  /** `use_dpop_nonce` answers sent. */
  challenges: number;
  /** Requests that came back with the nonce of the challenge to the same method and URL. */
  retries: number;
  /** Challenges not (yet) answered by such a retry. */
  unanswered: number;
  /** Refresh-token grants at the provider for tokens bound to this key. */
  refreshes: number;
}

interface KeyState {
  rotateSeconds: number;
  nonce: string;
  issuedAt: number;
  counters: Omit<NonceCounters, "unanswered">;
  /** "<method> <url> <nonce>" → how many challenges gave that nonce to that request, not yet retried. */
  pending: Map<string, number>;
}

export type NonceCheck = { ok: true; nonce?: string } | { ok: false; nonce: string };

export const MAX_ROTATE_SECONDS = 3600;

export class DpopNonces {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    /** Nonce mode for every key, rotating this often; null: only keys asked for. */
    private readonly everyKeySeconds: number | null = null,
    private readonly now: () => number = () => Date.now() / 1000,
  ) {}

  /** Turns nonce mode on for one key (a fresh nonce, counters from zero), or off with null. */
  require(jkt: string, rotateSeconds: number | null): void {
    if (rotateSeconds === null) this.keys.delete(jkt);
    else this.keys.set(jkt, this.fresh(rotateSeconds));
  }

  /**
   * Checks a proof's nonce for a request by `jkt`: accepted (with the nonce
   * to hand out, in nonce mode), or the nonce to challenge with.
   */
  check(jkt: string, nonce: unknown, htm: string, htu: string): NonceCheck {
    const state = this.stateOf(jkt);
    if (!state) return { ok: true };
    if (this.now() - state.issuedAt >= state.rotateSeconds) {
      state.nonce = newNonce();
      state.issuedAt = this.now();
      state.counters.nonces += 1;
    }
    const request = `${htm} ${htu} ${state.nonce}`;
    const waiting = state.pending.get(request) ?? 0;
    if (nonce !== state.nonce) {
      state.counters.challenges += 1;
      state.pending.set(request, waiting + 1);
      return { ok: false, nonce: state.nonce };
    }
    if (waiting > 0) {
      state.counters.retries += 1;
      if (waiting > 1) state.pending.set(request, waiting - 1);
      else state.pending.delete(request);
    }
    return { ok: true, nonce: state.nonce };
  }

  /** The provider granted new tokens bound to `jkt` for a refresh token. */
  noteRefresh(jkt: string): void {
    const state = this.stateOf(jkt);
    if (state) state.counters.refreshes += 1;
  }

  /** What the key in nonce mode saw, or undefined when it is not in nonce mode. */
  counters(jkt: string): NonceCounters | undefined {
    const state = this.stateOf(jkt);
    const unanswered = [...(state?.pending.values() ?? [])].reduce((sum, n) => sum + n, 0);
    return state && { ...state.counters, unanswered };
  }

  private stateOf(jkt: string): KeyState | undefined {
    let state = this.keys.get(jkt);
    if (!state && this.everyKeySeconds !== null) {
      state = this.fresh(this.everyKeySeconds);
      this.keys.set(jkt, state);
    }
    return state;
  }

  private fresh(rotateSeconds: number): KeyState {
    return {
      rotateSeconds,
      nonce: newNonce(),
      issuedAt: this.now(),
      counters: { nonces: 1, challenges: 0, retries: 0, refreshes: 0 },
      pending: new Map(),
    };
  }
}

function newNonce(): string {
  return randomBytes(16).toString("base64url");
}
