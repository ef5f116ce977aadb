// Thrown by requireRole(); route handlers answer with authErrorResponse(), server actions map it to a result.

export type AuthErrorCode = "UNAUTHENTICATED" | "FORBIDDEN";

export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}

/** `{ error: { code, message } }` with status 401 or 403. */
export function authErrorResponse(error: AuthError): Response {
  return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
}
