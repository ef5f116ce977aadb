import { describe, expect, it } from "vitest";
import { actionError, type ActionError } from "./action-result";

describe("actionError", () => {
  const refusal: ActionError = { code: "InvalidParameterValue", message: "bad name", requestId: "req-1" };

  it("no result yet (not run, or pending) → null", () => {
    expect(actionError(undefined)).toBeNull();
  });

  it("ok → null", () => {
    expect(actionError({ ok: true })).toBeNull();
  });

  it("refused → the action's own error, unchanged", () => {
    expect(actionError({ ok: false, error: refusal })).toBe(refusal);
  });
});
