import { Component, lazy, Suspense, type ComponentType, type ReactNode } from "react";

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
  /** The part; called again on a retry, which may draw another component. */
  children: () => ReactNode;
}

/** Told whenever a part's code arrives: another part that failed to download may now find it. */
const arrivals = new EventTarget();

/**
 * Keeps a part's failure inside the part: the rest of the page stays. A part
 * whose code could not be downloaded tries again by itself when the browser
 * comes back online, or when another part's code arrives (often the same file).
 */
class PartBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidMount(): void {
    this.waitForCode();
  }

  override componentDidUpdate(): void {
    this.waitForCode();
  }

  private waitForCode() {
    const waiting = this.state.failed && this.state.error instanceof CodeUnavailableError;
    if (waiting) {
      window.addEventListener("online", this.retry);
      arrivals.addEventListener("arrived", this.retry);
    } else this.stopWaiting();
  }

  override componentWillUnmount(): void {
    this.stopWaiting();
  }

  private stopWaiting() {
    window.removeEventListener("online", this.retry);
    arrivals.removeEventListener("arrived", this.retry);
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    return this.state.failed
      ? this.props.unavailable(this.state.error, this.retry)
      : this.props.children();
  }
}

/** A component whose code is kept out of the first load; `preload()` starts its download. */
export type LazyPart<Props> = ComponentType<Props> & { preload: () => Promise<void> };

/**
 * A component whose code is kept out of the first load (`load` imports it):
 * `fallback` while the code downloads, `unavailable` in its place when it
 * cannot be downloaded or drawn, never taking the rest of the page with it.
 * The route calls `preload()` beside its API request. Once the code is here
 * the part is drawn at once: React.lazy alone suspends on its first render
 * even when the code has long arrived, and the page would show the
 * fallback, a different shape, for a frame and then grow.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  { fallback, unavailable }: { fallback: ReactNode; unavailable: Unavailable },
): LazyPart<Props> {
  let loaded: ComponentType<Props> | undefined;
  const loadOnce = () =>
    load().then(
      (Part) => {
        if (loaded === undefined) arrivals.dispatchEvent(new Event("arrived"));
        loaded = Part;
        return Part;
      },
      (error: unknown) => {
        throw new CodeUnavailableError(error);
      },
    );
  // React.lazy keeps a failed download's error for good: a retry needs a new one.
  const arriving = () => lazy(() => loadOnce().then((Part) => ({ default: Part })));
  let Arriving = arriving();
  const onRetry = () => {
    if (loaded === undefined) Arriving = arriving();
  };
  function Part(props: Props) {
    return (
      <PartBoundary unavailable={unavailable} onRetry={onRetry}>
        {() => {
          const Drawn = loaded ?? Arriving;
          return (
            <Suspense fallback={fallback}>
              <Drawn {...props} />
            </Suspense>
          );
        }}
      </PartBoundary>
    );
  }
  return Object.assign(Part, {
    preload: () =>
      loadOnce().then(
        () => undefined,
        () => undefined,
      ),
  });
}
