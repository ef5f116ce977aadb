import { describe, expect, it } from "vitest";
import { hostNameProblem, passwordProblem, randomPassword } from "./login-rules";

describe("passwordProblem", () => {
  const ok = (password: string, policy: "login-settings" | "reset-password", platform: "LINUX" | "WINDOWS", userName?: string) =>
    passwordProblem(password, { policy, platform, userName }) === null;

  it("LoginSettings (seed 38213): Linux 8–30 characters of two kinds; Windows 12–30 of three", () => {
    expect(ok("hello123456789", "login-settings", "LINUX")).toBe(true); // the EnterRescueMode example
    expect(ok("hello12", "login-settings", "LINUX")).toBe(false);
    expect(ok("abcdefghij", "login-settings", "LINUX")).toBe(false);
    expect(ok("a".repeat(29) + "1", "login-settings", "LINUX")).toBe(true);
    expect(ok("a".repeat(30) + "1", "login-settings", "LINUX")).toBe(false);
    expect(ok("hello123456789", "login-settings", "WINDOWS")).toBe(false);
    expect(ok("Qcloud@TestApi123++", "login-settings", "WINDOWS")).toBe(true);
    // "_" and "<" are not in the LoginSettings special set.
    expect(ok("hello_world1", "login-settings", "LINUX")).toBe(false);
  });

  it("ResetInstancesPassword (seed 15406): three kinds, no leading /, Windows without the user name", () => {
    expect(ok("abc123ABC!@#", "reset-password", "LINUX")).toBe(true); // the seed's example
    expect(ok("abc123abc!@#", "reset-password", "LINUX")).toBe(true);
    expect(ok("abcdefgh12", "reset-password", "LINUX")).toBe(false);
    expect(ok("/abc123ABC", "reset-password", "LINUX")).toBe(false);
    expect(ok("abc_123<ABC>", "reset-password", "LINUX")).toBe(true);
    expect(ok("Administrator1!", "reset-password", "WINDOWS", "Administrator")).toBe(false);
    expect(ok("Str0ng!Passw0rd", "reset-password", "WINDOWS", "Administrator")).toBe(true);
    expect(ok("abc123ABC 中文", "reset-password", "LINUX")).toBe(false);
  });

  it("randomPassword: meets every policy", () => {
    for (let i = 0; i < 50; i++) {
      const p = randomPassword();
      expect(ok(p, "reset-password", "WINDOWS", "Administrator") && ok(p, "login-settings", "WINDOWS")).toBe(true);
    }
  });
});

describe("hostNameProblem (seed 21009)", () => {
  it("Linux: 2–60 characters, dot-separated segments, no leading/trailing or doubled . and -", () => {
    for (const good of ["myHost", "web-01.prod.example", "a1"]) expect(hostNameProblem(good, "LINUX"), good).toBeNull();
    for (const bad of ["a", "x".repeat(61), "-web", "web.", "web..prod", "web.-prod", "web_01", "web 01"]) expect(hostNameProblem(bad, "LINUX"), bad).not.toBeNull();
  });

  it("Windows: 2–15 letters, digits and -, no dots, not all digits", () => {
    for (const good of ["WIN-SERVER-01", "ab"]) expect(hostNameProblem(good, "WINDOWS"), good).toBeNull();
    for (const bad of ["web.01", "1234567", "x".repeat(16), "win--01"]) expect(hostNameProblem(bad, "WINDOWS"), bad).not.toBeNull();
  });
});
