import { Suspense, type ComponentProps } from "react";
import { codeChunk } from "@/lib/code-chunk";

const controls = codeChunk(() => import("./power-controls"));

/** Starts downloading the controls' code; the route loader calls it beside the state request. */
export const preloadPowerControls = controls.preload;

const Controls = controls.part((m) => m.PowerControls);

/** The power controls, kept out of the first load; their height is held while they arrive. */
export function LazyPowerControls(props: ComponentProps<typeof Controls>) {
  return (
    <Suspense fallback={<div className="min-h-11 print:hidden" />}>
      <Controls {...props} />
    </Suspense>
  );
}
