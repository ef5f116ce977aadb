import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";
import { loginErrorKey } from "./login-error";

describe("formatDateTime", () => {
  it("prints UTC with the zone spelled out, the same everywhere", () => {
    expect(formatDateTime("2025-11-28T01:40:59.999+08:00")).toBe("2025-11-27 17:40 UTC");
  });
  it("prints nothing for missing or invalid input", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("yesterday")).toBe("");
  });
});

describe("loginErrorKey", () => {
  it("maps next-auth codes to messages without revealing which part was wrong", () => {
    expect(loginErrorKey("CredentialsSignin")).toBe("login.error.invalid");
    expect(loginErrorKey("TooManyAttempts")).toBe("login.error.throttled");
    expect(loginErrorKey("Configuration")).toBe("login.error.generic");
    expect(loginErrorKey("SessionRequired")).toBeNull();
    expect(loginErrorKey(undefined)).toBeNull();
  });
});
