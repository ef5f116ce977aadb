import "server-only";

// The Hosts routes read exactly as the Images routes do (viewer role, ?region=, current account, one error shape).
export { BadRequest, scopedRead, type ReadScope } from "../../images/_lib/read";

export const HOST_ID = /^host-[a-z0-9]{8}$/;
export const CHC_ID = /^chc-[a-z0-9]{8}$/;
