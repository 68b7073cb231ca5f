import { Suspense, useDeferredValue, type ComponentProps } from "react";
import { partProblem } from "@/components/errors/part-problem";
import { codeChunk } from "@/lib/code-chunk";
import { vmText } from "../vm-text";

const controls = codeChunk(() => import("./power-controls"));

/** Starts downloading the controls' code; the route loader calls it beside the state request. */
export const preloadPowerControls = controls.preload;

const Controls = controls.part((m) => m.PowerControls, partProblem(vmText.powerSubject));

/** The power controls, kept out of the first load; their height is held while they arrive. */
export function LazyPowerControls(props: ComponentProps<typeof Controls>) {
  // Drawn just after the state badge above them, in a deferred render: the
  // badge paints without waiting for the controls.
  const drawn = useDeferredValue(true, false);
  const held = <div className="min-h-11 print:hidden" />;
  return <Suspense fallback={held}>{drawn ? <Controls {...props} /> : held}</Suspense>;
}
