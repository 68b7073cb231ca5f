import { Fragment, useSyncExternalStore, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { PrivacyModeProvider } from "@/lib/privacy/privacy-mode";
import { activeLocale, onLocaleChange } from "@/lib/i18n/i18n";

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // Texts are read in the active language when drawn: a new language draws
  // the page again, keeping its data (the queries' cache is above).
  const locale = useSyncExternalStore(onLocaleChange, activeLocale);
  return (
    <QueryClientProvider client={queryClient}>
      <PrivacyModeProvider>
        <Fragment key={locale}>{children}</Fragment>
      </PrivacyModeProvider>
    </QueryClientProvider>
  );
}
