// Management-terminal (VNC) addresses (DescribeInstanceVncUrl, seed 11743–11963). The address carries a
// one-time ticket valid for 15 seconds (seed 11743: "有效期为 15 秒 … 一旦被访问，将自动失效"), and the
// value is URL-encoded, as in the seed's example "wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3D…".
// Tickets are stored so that a VNC endpoint can redeem them once (`redeemVncTicket`).
import { randomBytes } from "node:crypto";
import type { InstanceCtx } from "../instances/repo";

export const VNC_TICKET_KIND = "vnc-ticket";
export const VNC_TICKET_TTL_MS = 15_000;

interface VncTicket {
  ticket: string;
  instanceId: string;
  expiresAtMs: number;
}

/** The VNC gateway per region: bjvnc.qcloud.com is the seed's (Beijing); others follow the same pattern. */
const GATEWAYS: Record<string, string> = {
  "ap-beijing": "bjvnc",
  "ap-guangzhou": "gzvnc",
  "ap-shanghai": "shvnc",
  "ap-chengdu": "cdvnc",
  "ap-nanjing": "njvnc",
  "ap-hongkong": "hkvnc",
  "ap-singapore": "sgvnc",
};

export function vncHost(region: string): string {
  return `${GATEWAYS[region] ?? `${region.replace(/^[a-z]+-/, "").replace(/-/g, "")}vnc`}.qcloud.com`;
}

/** Issues a ticket and returns the URL-encoded wss address (InstanceVncUrl). */
export function issueVncUrl(ctx: InstanceCtx, instanceId: string): string {
  const ticket = randomBytes(72).toString("base64");
  ctx.store.put<VncTicket>(ctx.scope, VNC_TICKET_KIND, ticket, { ticket, instanceId, expiresAtMs: ctx.clock.now() + VNC_TICKET_TTL_MS });
  return encodeURIComponent(`wss://${vncHost(ctx.scope.region)}:26789/vnc?s=${ticket}`);
}

/** Uses a ticket: the instance it opens, or undefined when unknown, expired or already used. */
export function redeemVncTicket(ctx: InstanceCtx, ticket: string): string | undefined {
  const t = ctx.store.get<VncTicket>(ctx.scope, VNC_TICKET_KIND, ticket);
  if (!t) return undefined;
  ctx.store.delete(ctx.scope, VNC_TICKET_KIND, ticket);
  return t.expiresAtMs >= ctx.clock.now() ? t.instanceId : undefined;
}

/** Drops expired tickets so the store does not grow with every call. */
export function pruneVncTickets(ctx: InstanceCtx): void {
  const now = ctx.clock.now();
  const expired = ctx.store.peekAll<VncTicket>(ctx.scope, VNC_TICKET_KIND).filter((t) => t.expiresAtMs < now);
  for (const t of expired) ctx.store.delete(ctx.scope, VNC_TICKET_KIND, t.ticket);
}
