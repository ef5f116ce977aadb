// Test support only (never imported by runtime code): error expectations for the catalogue and pricing actions.
import { expect } from "vitest";
import { errorCodeOf } from "../../testing";
import { isDocumented } from "./documented-codes";

/** Asserts that `call` (an SDK call of `action`) fails with `code`, and that the code is documented for it. */
export async function expectError(action: string, call: Promise<unknown>, code: string): Promise<void> {
  expect(isDocumented(action, code), `${code} is not documented for ${action}`).toBe(true);
  expect(await errorCodeOf(call)).toBe(code);
}
