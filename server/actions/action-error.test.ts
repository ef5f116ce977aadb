import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { NotFoundError, ValidationError } from "@/server/db/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { zhCN } from "@/lib/i18n/messages/zh-cn";
import { en } from "@/lib/i18n/messages/en";
import { cloudErrorOf, InputError, parseInput, toActionError } from "./action-error";

const t = createTranslator(en);

afterEach(() => vi.restoreAllMocks());

describe("toActionError", () => {
  it("turns schema problems into translated field errors, first problem per field", () => {
    const schema = z.object({ email: z.email({ error: "validation.email" }), name: z.string().min(1, { error: "validation.required" }) });
    let thrown: unknown;
    try {
      parseInput(schema, { email: "x", name: "" });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(toActionError(thrown, createTranslator(zhCN))).toEqual({
      code: "ValidationError",
      message: zhCN["validation.fixFields"],
      fieldErrors: { email: zhCN["validation.email"], name: zhCN["validation.required"] },
    });
  });

  it("passes a store's field errors through (translating any that are message keys)", () => {
    const err = new ValidationError({ email: "A user with this email already exists", role: "validation.role" });
    expect(toActionError(err, t).fieldErrors).toEqual({ email: "A user with this email already exists", role: en["validation.role"] });
  });

  it("keeps a Tencent error's code, message and RequestId", () => {
    const err = new CloudApiError({ code: "AuthFailure.SecretIdNotFound", message: "The SecretId is not found", requestId: "req-1" });
    expect(toActionError(err, t)).toEqual({ code: "AuthFailure.SecretIdNotFound", message: "The SecretId is not found", requestId: "req-1" });
  });

  it("maps auth failures to their code with a translated message", () => {
    expect(toActionError(new AuthError(403, "FORBIDDEN", "needs admin"), t)).toEqual({ code: "FORBIDDEN", message: en["error.forbidden"] });
    expect(toActionError(new AuthError(401, "UNAUTHENTICATED", "x"), t).message).toBe(en["error.unauthenticated"]);
  });

  it("maps a missing record to ResourceNotFound", () => {
    expect(toActionError(new NotFoundError("user u1 not found"), t)).toEqual({ code: "ResourceNotFound", message: en["error.notFound"] });
  });

  it("hides an unexpected error's text behind a generic, translated message", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = toActionError(new Error("SQLITE_BUSY: database is locked at /data/console.db"), createTranslator(zhCN));
    expect(result).toEqual({ code: "InternalError", message: zhCN["error.generic"] });
  });
});

describe("cloudErrorOf", () => {
  it("recognises a CloudApiError built by another copy of the class (next dev bundles)", () => {
    class OtherCopy extends Error {
      name = "CloudApiError";
      constructor(readonly code: string, message: string, readonly requestId?: string) {
        super(message);
      }
    }
    const err = new OtherCopy("AuthFailure.SecretIdNotFound", "not found", "rid-1");
    expect(cloudErrorOf(err)).toEqual({ code: "AuthFailure.SecretIdNotFound", message: "not found", requestId: "rid-1" });
    expect(toActionError(err, t)).toEqual({ code: "AuthFailure.SecretIdNotFound", message: "not found", requestId: "rid-1" });
  });

  it("does not mistake other errors for cloud errors", () => {
    expect(cloudErrorOf(new Error("x"))).toBeNull();
    expect(cloudErrorOf({ name: "CloudApiError", code: "X", message: "plain object" })).toBeNull();
  });
});
