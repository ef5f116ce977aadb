import "server-only";

// The Images routes read through the console's one read frame (viewer role, ?region=, current account, one error shape).
export { BadRequest, scopedRead, type ReadScope } from "../../_lib/scoped-read";

export const IMAGE_ID = /^img-[a-z0-9]{8}$/;
