import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeCallbackPath("/instances?state=RUNNING")).toBe("/instances?state=RUNNING");
    expect(safeCallbackPath(["/settings/users", "/x"])).toBe("/settings/users");
  });

  it("reduces an absolute URL on our own host to its path (next-auth sends full URLs)", () => {
    expect(safeCallbackPath("http://localhost:3000/images?a=1", "localhost:3000")).toBe("/images?a=1");
  });

  it("refuses other hosts, protocol-relative and backslash tricks", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/\t/evil.example", "instances"]) {
      expect(safeCallbackPath(bad, "localhost:3000"), bad).toBe("/");
    }
    expect(safeCallbackPath("http://localhost:3000.evil.example/", "localhost:3000")).toBe("/");
  });

  it("never sends you back to the login page or an API route", () => {
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
