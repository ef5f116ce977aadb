import type { ActionError } from "@/lib/action-result";
import { ApiRouteError } from "@/lib/queries/fetch-json";
import type { Translate } from "@/lib/i18n/translate";

/** A failed GET route as the user should see it: the route's `{ code, message, requestId }`, else a generic one. */
export function queryError(error: unknown, t: Translate): ActionError {
  return error instanceof ApiRouteError ? error.error : { code: "InternalError", message: t("error.generic") };
}
