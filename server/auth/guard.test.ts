import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/roles";
import { AuthError, authErrorResponse } from "./errors";
import { assertRole } from "./guard";

const user = (role: Role) => ({ id: "u1", email: "u@example.com", name: "U", role });

describe("assertRole", () => {
  it("401 when nobody is signed in", () => {
    expect(() => assertRole(null, "viewer")).toThrow(expect.objectContaining({ status: 401, code: "UNAUTHENTICATED" }));
  });

  // Every (actual, required) pair: allowed exactly when actual is at least as strong.
  it.each(ROLES.flatMap((actual) => ROLES.map((min) => [actual, min] as const)))("%s needing %s", (actual, min) => {
    const allowed = ROLES.indexOf(actual) >= ROLES.indexOf(min);
    if (allowed) expect(assertRole(user(actual), min)).toEqual(user(actual));
    else expect(() => assertRole(user(actual), min)).toThrow(expect.objectContaining({ status: 403, code: "FORBIDDEN" }));
  });
});

describe("authErrorResponse", () => {
  it("answers with the status and a JSON error body", async () => {
    const response = authErrorResponse(new AuthError(403, "FORBIDDEN", "nope"));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "nope" } });
  });
});
