import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { errorResponse } from "./error-response";

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("answers auth failures with their own status and code", async () => {
    const res = errorResponse(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
    expect(errorResponse(new AuthError(403, "FORBIDDEN", "no")).status).toBe(403);
  });

  it("answers a Tencent error with 502 and its code and RequestId", async () => {
    const res = errorResponse(new CloudApiError({ code: "RequestLimitExceeded", message: "Slow down", requestId: "rid-9" }));
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { code: "RequestLimitExceeded", message: "Slow down", requestId: "rid-9" } });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers our own bugs with 500 and no internal detail", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = errorResponse(new TypeError("cannot read 'ZoneSet' of undefined"));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe("InternalError");
    expect(JSON.stringify(body)).not.toContain("ZoneSet");
  });
});
