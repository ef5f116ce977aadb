// Password and host name rules of a purchase, as i18n message keys (the wizard shows them next to the field; the
// server action checks them again with the same functions).
import type { MessageKey } from "@/lib/i18n/translate";

export type Platform = "LINUX" | "WINDOWS";

/** seed 38213–38221: the special characters LoginSettings.Password accepts. */
export const PASSWORD_SPECIALS = "()`~!@#$%^&*-+=|{}[]:;',.?/";

/**
 * seed 38213–38221: Linux 8–30 characters with at least two of [a-z], [A-Z], [0-9] and the specials; Windows 12–30
 * with at least three.
 */
export function passwordProblem(password: string, platform: Platform): MessageKey | null {
  const windows = platform === "WINDOWS";
  const [min, max] = windows ? [12, 30] : [8, 30];
  if (password.length < min || password.length > max) return windows ? "purchase.error.passwordLengthWindows" : "purchase.error.passwordLengthLinux";
  if ([...password].some((c) => !/[a-zA-Z0-9]/.test(c) && !PASSWORD_SPECIALS.includes(c))) return "purchase.error.passwordChars";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(password)).length + ([...password].some((c) => PASSWORD_SPECIALS.includes(c)) ? 1 : 0);
  if (classes < (windows ? 3 : 2)) return windows ? "purchase.error.passwordClassesWindows" : "purchase.error.passwordClassesLinux";
  return null;
}

/**
 * seed 8803–8813: "." and "-" may not start or end a HostName nor follow each other; Windows 2–15 characters of
 * letters, digits and "-", not all digits; others 2–60 characters, dot-separated segments of letters, digits and "-".
 */
export function hostNameProblem(hostName: string, platform: Platform): MessageKey | null {
  const windows = platform === "WINDOWS";
  const [min, max] = windows ? [2, 15] : [2, 60];
  if (hostName.length < min || hostName.length > max) return windows ? "purchase.error.hostNameLengthWindows" : "purchase.error.hostNameLengthLinux";
  if (/^[.-]|[.-]$/.test(hostName) || /[.-]{2}/.test(hostName)) return "purchase.error.hostNameEdges";
  if (windows) {
    if (!/^[A-Za-z0-9-]+$/.test(hostName)) return "purchase.error.hostNameCharsWindows";
    if (/^[0-9]+$/.test(hostName)) return "purchase.error.hostNameDigits";
    return null;
  }
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(hostName) ? null : "purchase.error.hostNameCharsLinux";
}
