// Validation of what a caller may set on an instance's guest OS: passwords, host names, user data, names.
// Shared by ResetInstance, ResetInstancesPassword, EnterRescueMode and ModifyInstancesAttribute. Each check
// throws the ApiError the calling action documents.
import { ApiError } from "../../protocol/errors";

export type Platform = "LINUX" | "WINDOWS";

/** Which password table applies: LoginSettings (seed 38213, also EnterRescueMode 17387) or ResetInstancesPassword (seed 15406). */
export type PasswordPolicy = "login-settings" | "reset-password";

// seed 38213 / 17387: LoginSettings specials; seed 15406 adds _ < > for ResetInstancesPassword.
const LOGIN_SPECIALS = "()`~!@#$%^&*-+=|{}[]:;',.?/";
const RESET_SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";

interface PasswordCheck {
  policy: PasswordPolicy;
  platform: Platform;
  /** ResetInstancesPassword, Windows: the password may not contain the user name (seed 15406). */
  userName?: string;
}

/** The reason a password breaks the action's complexity rule, or null when it is acceptable. */
export function passwordProblem(password: string, { policy, platform, userName }: PasswordCheck): string | null {
  const windows = platform === "WINDOWS";
  // seed 38213 / 15406: Linux 8–30 characters, Windows 12–30.
  const [min, max] = windows ? [12, 30] : [8, 30];
  if (password.length < min || password.length > max) return `the password must be ${min} to ${max} characters long`;
  const specials = policy === "reset-password" ? RESET_SPECIALS : LOGIN_SPECIALS;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(password)).length + ([...password].some((c) => specials.includes(c)) ? 1 : 0);
  if ([...password].some((c) => !/[a-zA-Z0-9]/.test(c) && !specials.includes(c))) return "the password contains a character that is not allowed";
  // seed 15406: at least three kinds for ResetInstancesPassword; seed 38213: two on Linux, three on Windows.
  const needed = policy === "reset-password" || windows ? 3 : 2;
  if (classes < needed) return `the password must contain at least ${needed} of: lower case, upper case, digits, special characters`;
  // seed 15406: "不能以“/”开头", and on Windows "不包括用户名".
  if (policy === "reset-password" && password.startsWith("/")) return "the password may not start with /";
  if (policy === "reset-password" && windows && userName && password.toLowerCase().includes(userName.toLowerCase())) {
    return "the password may not contain the user name";
  }
  return null;
}

export function assertPassword(password: string, check: PasswordCheck): void {
  const problem = passwordProblem(password, check);
  if (problem) {
    throw new ApiError("InvalidParameterValue.InvalidPassword", { en: `Invalid password: ${problem}.`, zh: `密码不符合复杂度要求：${problem}。` });
  }
}

/**
 * seed 21009 / 15707: "." and "-" may not start or end a HostName nor follow each other; Windows: 2–15
 * characters of letters, digits and "-", not all digits; others: 2–60 characters, dot-separated segments of
 * letters, digits and "-".
 */
export function hostNameProblem(hostName: string, platform: Platform): string | null {
  const [min, max] = platform === "WINDOWS" ? [2, 15] : [2, 60];
  if (hostName.length < min || hostName.length > max) return `must be ${min} to ${max} characters long`;
  if (/^[.-]|[.-]$/.test(hostName)) return "may not start or end with . or -";
  if (/[.-]{2}/.test(hostName)) return "may not contain consecutive . or -";
  if (platform === "WINDOWS") {
    if (!/^[A-Za-z0-9-]+$/.test(hostName)) return "may only contain letters, digits and - on Windows";
    if (/^[0-9]+$/.test(hostName)) return "may not be all digits on Windows";
    return null;
  }
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(hostName) ? null : "may only contain letters, digits, - and .";
}

export function assertHostName(hostName: string, platform: Platform): void {
  const problem = hostNameProblem(hostName, platform);
  if (problem) {
    throw new ApiError("InvalidParameterValue.IllegalHostName", { en: `Invalid HostName "${hostName}": it ${problem}.`, zh: `HostName 参数值不合法：${problem}。` });
  }
}

/** seed 21047 / 15685: base64, at most 16 KB. Unpadded base64 is accepted (the seed's own example "TXlVc2VyRGF0YQo"). */
export const MAX_USER_DATA_BYTES = 16 * 1024;

export function assertUserData(userData: string): void {
  const wellFormed = userData === "" || (/^[A-Za-z0-9+/]+={0,2}$/.test(userData) && userData.length % 4 !== 1);
  if (!wellFormed || userData.length > MAX_USER_DATA_BYTES) {
    throw new ApiError("InvalidParameterValue.InvalidUserDataFormat", {
      en: wellFormed ? `UserData exceeds ${MAX_USER_DATA_BYTES} bytes.` : "UserData must be base64 encoded.",
      zh: wellFormed ? `UserData 不能超过 16KB。` : "UserData 需要以 base64 方式编码。",
    });
  }
}

/** seed 15680: "不得超过60个字符" (InvalidInstanceName.TooLong, seed 15892). */
export const MAX_INSTANCE_NAME = 60;

export function assertInstanceName(name: string): void {
  if ([...name].length > MAX_INSTANCE_NAME) {
    throw new ApiError("InvalidInstanceName.TooLong", { en: `InstanceName must be at most ${MAX_INSTANCE_NAME} characters.` });
  }
  if (name.trim() === "") throw new ApiError("InvalidParameterValue", { en: "InstanceName may not be empty.", zh: "实例名称不能为空。" });
}

/** A random password meeting every policy (seed 20996: 默认情况下会随机生成密码). */
export function randomPassword(random: () => number = Math.random): string {
  const pools = ["abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "!@#%^*-+="];
  const pick = (pool: string) => pool[Math.floor(random() * pool.length)];
  const chars = [...pools.map(pick), ...Array.from({ length: 12 }, (_, i) => pick(pools[i % 3]))];
  return chars.join("");
}
