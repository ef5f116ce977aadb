import { describe, expect, it } from "vitest";
import { hostNameProblem, passwordProblem } from "./login-rules";

describe("LoginSettings.Password rules (seed 38213–38221)", () => {
  it("Linux: 8–30 characters of at least two kinds", () => {
    expect(passwordProblem("abcdefg1", "LINUX")).toBeNull();
    expect(passwordProblem("abc1", "LINUX")).toBe("purchase.error.passwordLengthLinux");
    expect(passwordProblem("abcdefgh", "LINUX")).toBe("purchase.error.passwordClassesLinux");
    expect(passwordProblem("a".repeat(31), "LINUX")).toBe("purchase.error.passwordLengthLinux");
  });

  it("Windows: 12–30 characters of at least three kinds", () => {
    expect(passwordProblem("Abcdefgh1234", "WINDOWS")).toBeNull();
    expect(passwordProblem("abcdefgh1234", "WINDOWS")).toBe("purchase.error.passwordClassesWindows");
    expect(passwordProblem("Abcdefg123", "WINDOWS")).toBe("purchase.error.passwordLengthWindows");
  });

  it("only the listed special characters are accepted (the seed's example 123456@ABC passes)", () => {
    expect(passwordProblem("123456@ABC", "LINUX")).toBeNull();
    expect(passwordProblem("abcdefg1_", "LINUX")).toBe("purchase.error.passwordChars");
    expect(passwordProblem("abcdefg1 ", "LINUX")).toBe("purchase.error.passwordChars");
  });
});

describe("HostName rules (seed 8803–8813)", () => {
  it("Linux: 2–60 characters, dot-separated segments of letters, digits and -", () => {
    expect(hostNameProblem("web-1.prod", "LINUX")).toBeNull();
    expect(hostNameProblem("w", "LINUX")).toBe("purchase.error.hostNameLengthLinux");
    expect(hostNameProblem("web_1", "LINUX")).toBe("purchase.error.hostNameCharsLinux");
  });

  it(". and - may not start or end the name nor follow each other", () => {
    expect(hostNameProblem("-web", "LINUX")).toBe("purchase.error.hostNameEdges");
    expect(hostNameProblem("web.", "LINUX")).toBe("purchase.error.hostNameEdges");
    expect(hostNameProblem("web.-1", "LINUX")).toBe("purchase.error.hostNameEdges");
  });

  it("Windows: 2–15 characters of letters, digits and -, not all digits, no dots", () => {
    expect(hostNameProblem("WEB-01", "WINDOWS")).toBeNull();
    expect(hostNameProblem("web.prod", "WINDOWS")).toBe("purchase.error.hostNameCharsWindows");
    expect(hostNameProblem("12345", "WINDOWS")).toBe("purchase.error.hostNameDigits");
    expect(hostNameProblem("a-very-long-host-name", "WINDOWS")).toBe("purchase.error.hostNameLengthWindows");
  });
});
