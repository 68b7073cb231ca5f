import type { ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { PrivacyModeProvider } from "@/lib/privacy/privacy-mode";

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <PrivacyModeProvider>{children}</PrivacyModeProvider>
    </QueryClientProvider>
  );
}
