/** libvirt writes "shut off"; APIs write "shutoff", "SHUTOFF" or "shut_off". */
export function normaliseVmState(state: string): string {
  return state.toLowerCase().replace(/[\s_-]+/g, "");
}
