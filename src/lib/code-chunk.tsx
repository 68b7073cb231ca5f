import { Component, lazy, type ComponentType, type ReactNode } from "react";

/**
 * A part's code could not be downloaded: the connection dropped, or the
 * dashboard was updated and the old file is gone. The cause is kept for
 * the console.
 */
export class CodeUnavailableError extends Error {
  constructor(cause: unknown) {
    super("This part of the dashboard could not be downloaded.", { cause });
    this.name = "CodeUnavailableError";
  }
}

/** What a part shows instead when it cannot be drawn; `retry` draws it again. */
export type Unavailable = (error: unknown, retry: () => void) => ReactNode;

interface BoundaryProps {
  unavailable: Unavailable;
  /** Called before the part is drawn again. */
  onRetry: () => void;
  /** Calls `retry` when the part's code may now arrive; returns how to stop. */
  whenAvailable: (retry: () => void) => () => void;
  children: ReactNode;
}

/**
 * Keeps a part's failure inside the part: the rest of the page stays. A part
 * whose code could not be downloaded tries again by itself when the browser
 * comes back online, or when another part brought the same code.
 */
class PartBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };
  private stopWaiting: (() => void) | undefined;

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidMount(): void {
    this.waitForCode();
  }

  override componentDidUpdate(): void {
    this.waitForCode();
  }

  // Also called while a Suspense boundary above hides the part, which mounts
  // it again when shown.
  override componentWillUnmount(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  private waitForCode() {
    const waiting = this.state.failed && this.state.error instanceof CodeUnavailableError;
    if (waiting && !this.stopWaiting) {
      this.stopWaiting = this.props.whenAvailable(this.retry);
    } else if (!waiting && this.stopWaiting) {
      this.stopWaiting();
      this.stopWaiting = undefined;
    }
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    return this.state.failed
      ? this.props.unavailable(this.state.error, this.retry)
      : this.props.children;
  }
}

/**
 * Code kept out of the first load. `preload()` starts its download (a route
 * loader calls it beside its API request); `part(pick, unavailable)` is a
 * component from it that draws at once when the code is already here, and
 * suspends until it arrives otherwise. React.lazy alone suspends on its first
 * render even when the code has long arrived, so the page would flash its
 * Suspense fallback (a different shape) for a frame and then grow. A part
 * that cannot be drawn (its code did not arrive, or it failed) shows
 * `unavailable` in its place, never taking the page down with it.
 */
export function codeChunk<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  const arrivals = new Set<() => void>();

  const preload = (): Promise<Module> => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        for (const arrived of arrivals) arrived();
        return module;
      },
      (error: unknown) => {
        // Not kept: the next render, retry or visit asks again.
        loading = undefined;
        throw new CodeUnavailableError(error);
      },
    );
    return loading;
  };

  const whenAvailable = (retry: () => void) => {
    // Brought by another part while this one was hidden.
    if (loaded !== undefined) {
      retry();
      return () => undefined;
    }
    arrivals.add(retry);
    window.addEventListener("online", retry);
    return () => {
      arrivals.delete(retry);
      window.removeEventListener("online", retry);
    };
  };

  function part<Props extends object>(
    pick: (module: Module) => ComponentType<Props>,
    unavailable: Unavailable,
  ): ComponentType<Props> {
    // React.lazy keeps a failed download's error for good; a retry needs a new one.
    const arriving = () => lazy(() => preload().then((module) => ({ default: pick(module) })));
    let Arriving = arriving();
    const onRetry = () => {
      if (loaded === undefined) Arriving = arriving();
    };
    function Drawn(props: Props) {
      const Ready = loaded === undefined ? Arriving : pick(loaded);
      return <Ready {...props} />;
    }
    function Part(props: Props) {
      return (
        <PartBoundary unavailable={unavailable} onRetry={onRetry} whenAvailable={whenAvailable}>
          <Drawn {...props} />
        </PartBoundary>
      );
    }
    return Part;
  }

  return { preload, part };
}
