import { getErrorCode } from "../catalog/error-codes";

export type Language = "zh-CN" | "en-US";

/** Specific wording for one occurrence of an error; the catalogue text is the fallback. */
export interface ErrorDetail {
  en?: string;
  zh?: string;
}

/**
 * An error the API returns to the caller. Only codes of the seed's error catalogue are allowed
 * (seed 39506–40505); constructing one with any other code is a bug and throws a plain Error, which the
 * dispatcher turns into InternalError.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly detail: ErrorDetail = {},
  ) {
    super(detail.en ?? code);
    if (!getErrorCode(code)) throw new Error(`ApiError: "${code}" is not in the seed's error catalogue`);
    this.name = "ApiError";
  }

  /** The Message for the caller's language (X-TC-Language; seed 4518: zh-CN or en-US). */
  messageFor(language: Language | undefined): string {
    const entry = getErrorCode(this.code)!;
    if (language === "zh-CN") return this.detail.zh ?? entry.zh;
    return this.detail.en ?? entry.en ?? this.detail.zh ?? entry.zh;
  }
}

// Helpers for the errors the protocol layer raises everywhere, so their wording stays in one place.

export const missingParameter = (name: string) =>
  new ApiError("MissingParameter", {
    en: `The request is missing a required parameter \`${name}\`.`,
    zh: `缺少必选参数 \`${name}\`。`,
  });

export const unknownParameter = (name: string) =>
  new ApiError("UnknownParameter", {
    en: `The parameter \`${name}\` is not recognized.`,
    zh: `未知参数 \`${name}\`。`,
  });

export const invalidParameterValue = (name: string, why: string) =>
  new ApiError("InvalidParameterValue", {
    en: `Invalid value for parameter \`${name}\`: ${why}.`,
    zh: `参数 \`${name}\` 取值错误：${why}。`,
  });

export const invalidParameter = (why: string) => new ApiError("InvalidParameter", { en: why });

export const signatureFailure = (why?: string) =>
  new ApiError("AuthFailure.SignatureFailure", why ? { en: `The provided credentials could not be validated: ${why}.` } : {});
