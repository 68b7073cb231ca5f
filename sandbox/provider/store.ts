// Storage for the provider's sessions, grants, codes and tokens: an in-memory
// map that is also written to a JSON file in the git-ignored state folder, so a
// restarted sandbox still knows the signed-in browser sessions and refresh
// tokens. Without a file (tests) it is memory only.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds, or null for no expiry. */
  expiresAt: number | null;
}

interface StoreFile {
  version: 1;
  entries: [string, Entry][];
}

const GRANTABLE = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
]);

const clone = <T>(value: T): T => structuredClone(value);

export class ProviderStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sessionUids = new Map<string, string>();
  private readonly userCodes = new Map<string, string>();
  private readonly grants = new Map<string, Set<string>>();
  private writeTimer: NodeJS.Timeout | undefined;

  constructor(private readonly file: string | null) {
    if (file) this.load(file);
  }

  adapter = (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      upsert: (id, payload, expiresIn) => {
        this.remove(key(id));
        const expiresAt = typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : null;
        this.put(key(id), { payload: clone(payload), expiresAt });
        this.changed();
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(this.get(key(id))),
      findByUid: (uid) => {
        const id = this.sessionUids.get(uid);
        return Promise.resolve(id === undefined ? undefined : this.get(key(id)));
      },
      findByUserCode: (userCode) => {
        const id = this.userCodes.get(userCode);
        return Promise.resolve(id === undefined ? undefined : this.get(key(id)));
      },
      consume: (id) => {
        const entry = this.entries.get(key(id));
        if (entry) {
          entry.payload.consumed = Math.floor(Date.now() / 1000);
          this.changed();
        }
        return Promise.resolve();
      },
      destroy: (id) => {
        this.remove(key(id));
        this.changed();
        return Promise.resolve();
      },
      revokeByGrantId: (grantId) => {
        for (const member of this.grants.get(grantId) ?? []) this.remove(member);
        this.grants.delete(grantId);
        this.changed();
        return Promise.resolve();
      },
    };
  };

  /** Writes pending changes now (called when the sandbox stops). */
  flush(): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    if (!this.file) return;
    const now = Date.now();
    const live = [...this.entries].filter(([, e]) => e.expiresAt === null || e.expiresAt > now);
    const data: StoreFile = { version: 1, entries: live };
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(data), { mode: 0o600 });
    renameSync(temporary, this.file);
  }

  private get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.remove(key);
      return undefined;
    }
    return clone(entry.payload);
  }

  private put(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    const separator = key.indexOf(":");
    const model = key.slice(0, separator);
    const id = key.slice(separator + 1);
    const { payload } = entry;
    if (model === "Session" && payload.uid) this.sessionUids.set(payload.uid, id);
    if (payload.userCode) this.userCodes.set(payload.userCode, id);
    if (GRANTABLE.has(model) && payload.grantId) {
      const members = this.grants.get(payload.grantId) ?? new Set<string>();
      members.add(key);
      this.grants.set(payload.grantId, members);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const id = key.slice(key.indexOf(":") + 1);
    const { payload } = entry;
    if (payload.uid && this.sessionUids.get(payload.uid) === id) {
      this.sessionUids.delete(payload.uid);
    }
    if (payload.userCode && this.userCodes.get(payload.userCode) === id) {
      this.userCodes.delete(payload.userCode);
    }
    if (payload.grantId) this.grants.get(payload.grantId)?.delete(key);
  }

  private changed(): void {
    if (!this.file || this.writeTimer) return;
    this.writeTimer = setTimeout(() => {
      try {
        this.flush();
      } catch (error) {
        console.warn("[sandbox] Could not save the provider's sessions:", error);
      }
    }, 100);
    this.writeTimer.unref();
  }

  private load(file: string): void {
    let data: Partial<Record<keyof StoreFile, unknown>>;
    try {
      data = JSON.parse(readFileSync(file, "utf8")) as typeof data;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        console.warn(`[sandbox] Ignoring unreadable ${file}; starting without sessions.`);
      }
      return;
    }
    if (data.version !== 1 || !Array.isArray(data.entries)) return;
    const now = Date.now();
    for (const [key, entry] of data.entries as StoreFile["entries"]) {
      if (entry.expiresAt === null || entry.expiresAt > now) this.put(key, entry);
    }
  }
}
