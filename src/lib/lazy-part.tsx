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

/**
 * Keeps a part's failure inside the part: the rest of the page stays. A part
 * whose code could not be downloaded tries again by itself when the browser
 * comes back online.
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
    if (waiting) window.addEventListener("online", this.retry);
    else window.removeEventListener("online", this.retry);
  }

  override componentWillUnmount(): void {
    window.removeEventListener("online", this.retry);
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

/**
 * A component whose code is kept out of the first load (`load` imports it):
 * `fallback` while the code downloads, `unavailable` in its place when it
 * cannot be downloaded or drawn, never taking the rest of the page with it.
 * The route starts the download earlier by calling the same `load`.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  { fallback, unavailable }: { fallback: ReactNode; unavailable: Unavailable },
): ComponentType<Props> {
  // React.lazy keeps a failed download's error for good: a retry needs a new one.
  const arriving = () =>
    lazy(() =>
      load().then(
        (Part) => ({ default: Part }),
        (error: unknown) => {
          throw new CodeUnavailableError(error);
        },
      ),
    );
  let Arriving = arriving();
  const onRetry = () => {
    Arriving = arriving();
  };
  function LazyPart(props: Props) {
    return (
      <PartBoundary unavailable={unavailable} onRetry={onRetry}>
        {() => (
          <Suspense fallback={fallback}>
            <Arriving {...props} />
          </Suspense>
        )}
      </PartBoundary>
    );
  }
  return LazyPart;
}
