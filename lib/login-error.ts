import type { MessageKey } from "./i18n/translate";

/**
 * next-auth's error codes (from signIn() or the `?error=` it puts on the login page) as messages.
 * "CredentialsSignin" covers unknown email, wrong password and disabled accounts alike, on purpose;
 * "TooManyAttempts" is thrown by server/auth/authorize.ts. Session-ending codes need no message.
 */
export function loginErrorKey(code: string | null | undefined): MessageKey | null {
  if (!code || code === "SessionRequired") return null;
  if (code === "CredentialsSignin") return "login.error.invalid";
  if (code === "TooManyAttempts") return "login.error.throttled";
  return "login.error.generic";
}
