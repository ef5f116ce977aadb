import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { getI18n } from "@/lib/i18n/server";
import { parseTheme, serverThemeClass, SYSTEM_THEME_SCRIPT, THEME_COOKIE } from "@/lib/theme";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, messages }, cookieStore] = await Promise.all([getI18n(), cookies()]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    // The server knows "light" and "dark" from the cookie; only "system" needs the pre-paint script,
    // and that script is why React must accept a differing class on <html>.
    <html lang={locale} className={serverThemeClass(theme) || undefined} data-theme={theme} suppressHydrationWarning>
      <head>{theme === "system" && <script dangerouslySetInnerHTML={{ __html: SYSTEM_THEME_SCRIPT }} />}</head>
      <body className="min-h-screen">
        <Providers locale={locale} messages={messages} theme={theme}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
