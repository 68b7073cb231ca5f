import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from "react";

/** What privacy mode shows instead of a hidden value. */
export const MASK = "•••";

// Remembered per device: a preference, not a secret, so localStorage is right.
const STORAGE_KEY = "openscaler.privacy-mode";
const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false; // storage refused (private browsing): off, and that is fine
  }
}

function store(on: boolean) {
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, "on");
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered, but still applied for this page.
  }
  current = on;
  listeners.forEach((listener) => {
    listener();
  });
}

let current = typeof window === "undefined" ? false : readStored();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of this device switched it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) {
      current = event.newValue === "on";
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

interface PrivacyMode {
  on: boolean;
  setOn: (on: boolean) => void;
  /** The value, or the mask while privacy mode is on. */
  mask: (value: string) => string;
}

const PrivacyContext = createContext<PrivacyMode | null>(null);

export function PrivacyModeProvider({ children }: { children: ReactNode }) {
  const on = useSyncExternalStore(subscribe, () => current);
  const setOn = useCallback((next: boolean) => {
    store(next);
  }, []);
  const mask = useCallback((value: string) => (on ? MASK : value), [on]);
  const value = useMemo(() => ({ on, setOn, mask }), [on, setOn, mask]);
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

/** Privacy mode for screenshots and screen sharing: hides addresses and ids. */
export function usePrivacyMode(): PrivacyMode {
  const mode = useContext(PrivacyContext);
  // Outside the provider (component tests), nothing is masked.
  return mode ?? { on: false, setOn: () => undefined, mask: (value) => value };
}
