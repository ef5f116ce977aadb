import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudApiError } from "@/server/cvm/errors";
import { GENERIC_MESSAGE, redact, toUserError } from "./to-user-error";

afterEach(() => vi.restoreAllMocks());

describe("toUserError", () => {
  it("passes a Tencent error's code, message and RequestId through, without logging", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const err = new CloudApiError({
      code: "AuthFailure.SignatureFailure",
      message: "The provided credentials could not be validated.",
      requestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
      action: "DescribeRegions",
    });
    expect(toUserError(err)).toEqual({
      code: "AuthFailure.SignatureFailure",
      message: "The provided credentials could not be validated.",
      requestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
    });
    expect(log).not.toHaveBeenCalled();
  });

  it("omits requestId for client-side failures that never reached the API", () => {
    const result = toUserError(new CloudApiError({ code: "ClientTimeout", message: "No response within 10 ms." }));
    expect(result).toEqual({ code: "ClientTimeout", message: "No response within 10 ms." });
    expect("requestId" in result).toBe(false);
  });

  it("turns an unexpected Error into InternalError with a generic message and exactly one log line", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = toUserError(new TypeError("Cannot read properties of undefined (reading 'InstanceSet')"));
    expect(result).toEqual({ code: "InternalError", message: GENERIC_MESSAGE });
    expect(result.message).not.toContain("InstanceSet");
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toContain("Cannot read properties of undefined");
  });

  it("handles thrown non-Errors (strings, objects, undefined)", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const thrown of ["boom", { secretKey: "x" }, undefined]) {
      expect(toUserError(thrown)).toEqual({ code: "InternalError", message: GENERIC_MESSAGE });
    }
    expect(log).toHaveBeenCalledTimes(3);
    // An object's properties are never dumped into the log.
    expect(String(log.mock.calls[1][0])).not.toContain("secretKey");
  });

  it("never logs a secret that an unexpected error quotes", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    const secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    toUserError(new Error(`request failed: {"secretKey":"${secretKey}","secretId":"${secretId}"}`));
    const line = String(log.mock.calls[0][0]);
    expect(line).not.toContain(secretKey);
    expect(line).not.toContain(secretId);
    expect(line).toContain("[redacted]");
  });
});

describe("redact", () => {
  it("masks signatures and Authorization values but keeps ordinary text", () => {
    const text = "Authorization: TC3-HMAC-SHA256 Signature=10b1a37a7301a02c password=hunter2 region ap-guangzhou";
    const out = redact(text);
    expect(out).not.toContain("10b1a37a7301a02c");
    expect(out).not.toContain("hunter2");
    expect(out).toContain("region ap-guangzhou");
  });
});
