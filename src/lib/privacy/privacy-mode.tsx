import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
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

interface PrivacyMask {
  /** Whether values are masked right now (follows the switch within a few frames). */
  masking: boolean;
  /** The value, or the mask while privacy mode is on. */
  mask: (value: string) => string;
}

const PrivacyContext = createContext<PrivacyMask | null>(null);

/** The switch itself: reads and sets the device's preference directly. */
export function usePrivacySwitch(): { on: boolean; setOn: (on: boolean) => void } {
  const on = useSyncExternalStore(subscribe, () => current);
  return { on, setOn: store };
}

export function PrivacyModeProvider({ children }: { children: ReactNode }) {
  const { on } = usePrivacySwitch();
  // The switch answers at once; the page's many masked values follow in the
  // next, interruptible render (a few frames), so a press stays under 100 ms
  // even with thousands of port mappings on a slow phone. Only that render
  // touches the values: this context changes when the masking does.
  const masking = useDeferredValue(on);
  const mask = useCallback((value: string) => (masking ? MASK : value), [masking]);
  const value = useMemo(() => ({ masking, mask }), [masking, mask]);
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

/** Privacy mode for screenshots and screen sharing: hides addresses and ids. */
export function usePrivacyMode(): PrivacyMask {
  // Outside the provider (component tests), nothing is masked.
  return useContext(PrivacyContext) ?? { masking: false, mask: (value) => value };
}
