"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { I18nProvider } from "@/lib/i18n/provider";
import { ApiRouteError } from "@/lib/queries/fetch-json";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/translate";
import type { Theme } from "@/lib/theme";
import { ThemeProvider } from "@/components/shell/theme-provider";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server components hydrate fresh data; don't refetch it on mount. Our GET routes already retried
      // what was worth retrying (server/cvm/client.ts), so only a failed connection to them is retried here.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (count, err) => count < 1 && !(err instanceof ApiRouteError) },
    },
  });
}

export function Providers({ locale, messages, theme, children }: { locale: Locale; messages: Messages; theme: Theme; children: ReactNode }) {
  // One client per browser tab; useState keeps it across re-renders.
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale} messages={messages}>
        <ThemeProvider initialTheme={theme}>{children}</ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
