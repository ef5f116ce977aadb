import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./config";
import { messagesFor } from "./catalogues";
import { createTranslator, type Messages, type Translate } from "./translate";

/** The request's locale and translator; memoised per request so layouts and pages agree. */
export const getI18n = cache(async (): Promise<{ locale: Locale; t: Translate; messages: Messages }> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  const messages = messagesFor(locale);
  return { locale, t: createTranslator(messages), messages };
});
