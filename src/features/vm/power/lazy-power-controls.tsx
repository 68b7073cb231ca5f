import { lazy, Suspense, type ComponentProps } from "react";

/** Starts downloading the controls' code; the route loader calls it beside the state request. */
export const preloadPowerControls = () => import("./power-controls");

const Controls = lazy(() => preloadPowerControls().then((m) => ({ default: m.PowerControls })));

/** The power controls, kept out of the first load; their height is held while they arrive. */
export function LazyPowerControls(props: ComponentProps<typeof Controls>) {
  return (
    <Suspense fallback={<div className="min-h-11 print:hidden" />}>
      <Controls {...props} />
    </Suspense>
  );
}
