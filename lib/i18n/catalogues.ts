import { en, type MessageKey, type Messages } from "./messages/en";
import { zhCN } from "./messages/zh-cn";
import type { Locale } from "./config";

// Both catalogues: for the server (getI18n) and tests. Client code receives one through I18nProvider.
const CATALOGUES: Record<Locale, Messages> = { "en-US": en, "zh-CN": zhCN };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(en, value);
}
