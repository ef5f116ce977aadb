import { describe, expect, it } from "vitest";

// Like the actions (server/actions/action-error.ts): the first problem per field is the one shown.
function firstIssuePerField(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}
import { CreateUserInput, ResetPasswordInput, UpdateUserInput } from "./users";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  firstIssuePerField(result.error?.issues ?? []);

describe("CreateUserInput", () => {
  const valid = { email: "  Ops@Example.COM ", name: " Ops ", password: "correct horse battery", role: "operator" };

  it("normalises email (trimmed, lower-case) and name", () => {
    expect(CreateUserInput.parse(valid)).toEqual({ email: "ops@example.com", name: "Ops", password: "correct horse battery", role: "operator" });
  });

  it("reports each bad field with an i18n key", () => {
    const result = CreateUserInput.safeParse({ email: "nope", name: "  ", password: "short", role: "root" });
    expect(issuesOf(result)).toEqual({
      email: "validation.email",
      name: "validation.required",
      password: "validation.passwordTooShort",
      role: "validation.role",
    });
  });
});

describe("UpdateUserInput", () => {
  it("accepts a single change", () => {
    expect(UpdateUserInput.parse({ id: "u1", disabled: true })).toEqual({ id: "u1", disabled: true });
  });
  it("refuses an update that changes nothing", () => {
    expect(issuesOf(UpdateUserInput.safeParse({ id: "u1" }))).toEqual({ "": "validation.nothingToChange" });
  });
});

describe("ResetPasswordInput", () => {
  it("needs an id and a long enough password", () => {
    expect(issuesOf(ResetPasswordInput.safeParse({ id: "", password: "x" }))).toEqual({
      id: "validation.required",
      password: "validation.passwordTooShort",
    });
  });
});
