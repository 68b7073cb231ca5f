export const paths = {
  home: { path: "/", href: () => "/" },
  vm: { path: "/vms/:vmId", href: (vmId: string) => `/vms/${encodeURIComponent(vmId)}` },
  authCallback: { path: "/auth/callback", href: () => "/auth/callback" },
  signedOut: { path: "/signed-out", href: () => "/signed-out" },
} as const;
