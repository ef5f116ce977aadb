import "server-only";

// The purchase routes read through the console's one read frame (viewer role, ?region=, current account, one error shape).
export { BadRequest, scopedRead as purchaseRead } from "../../_lib/scoped-read";

export const ZONE_RE = /^[a-z]{2,}(-[a-z0-9]+){2,4}$/;
