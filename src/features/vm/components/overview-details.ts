// The overview's facts, sizes and support actions, in a chunk of their own:
// the state badge paints without their code, which downloads beside the
// state request (see preloadOverviewDetails).
export { ResourceSummary } from "./resource-summary";
export { VmFacts } from "./vm-facts";
export { VmActions } from "./vm-actions";
