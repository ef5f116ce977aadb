// Names of the console's preference cookies. None holds a secret; the server validates every value it reads.
export const REGION_COOKIE = "cvm-region";
export const ACCOUNT_COOKIE = "cvm-account";
export { LOCALE_COOKIE } from "./i18n/config";
export { THEME_COOKIE } from "./theme";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Client-side write: the next server render reads it (the UI calls router.refresh() afterwards). */
export function setPreferenceCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}
