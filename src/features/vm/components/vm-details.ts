// The VM page's sections below the overview, in one chunk of their own: the
// state badge does not wait for their code, and the route loader starts
// downloading it in parallel with the state request (see preloadVmDetails).
export { DisksSection } from "./disks-section";
export { NetworkSection } from "./network-section";
export { PricingSection } from "./pricing-section";
