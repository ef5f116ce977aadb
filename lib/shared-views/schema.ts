import { z } from "zod";
import { COLUMN_IDS, normaliseColumns, type ColumnId } from "@/lib/instances/columns";
import { MAX_QUERY_LENGTH, type PageSize, type Scope } from "@/lib/instances/list-params";

// Team-shared read-only views of the instance list: what the share dialog sends, and what the console lists back.

/** How long a link works. There is no "forever": a forgotten link should stop working on its own. */
export const SHARED_VIEW_DAYS = [1, 7, 30, 90] as const;
export type SharedViewDays = (typeof SHARED_VIEW_DAYS)[number];
export const DEFAULT_SHARED_VIEW_DAYS: SharedViewDays = 7;

/** Rows per page of a shared view: the API's maximum page (DescribeInstances Limit ≤ 100, seed 10126). */
export const SHARED_VIEW_PAGE_SIZE: PageSize = 100;

export const CreateSharedViewInput = z.object({
  name: z.string().trim().min(1, { error: "validation.required" }).max(80, { error: "validation.tooLong" }),
  scope: z.enum(["region", "all"]),
  q: z.string().trim().max(MAX_QUERY_LENGTH, { error: "validation.tooLong" }),
  columns: z.array(z.enum(COLUMN_IDS)).min(1).max(COLUMN_IDS.length).transform((ids) => normaliseColumns(ids)),
  days: z.union(SHARED_VIEW_DAYS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<7>, z.ZodLiteral<30>, z.ZodLiteral<90>], {
    error: "validation.required",
  }),
});
export type CreateSharedViewInput = z.input<typeof CreateSharedViewInput>;

export const RevokeSharedViewInput = z.object({ id: z.string().trim().min(1).max(100) });
export type RevokeSharedViewInput = z.input<typeof RevokeSharedViewInput>;

export type SharedViewStatus = "active" | "expired" | "revoked";

/** A shared view as the console lists it (never its token: only the creator saw that, once). */
export type SharedViewSummary = {
  id: string;
  name: string;
  accountId: string;
  region: string;
  scope: Scope;
  q: string;
  columns: ColumnId[];
  createdBy: string;
  createdByEmail: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastViewedAt: string | null;
  viewCount: number;
  status: SharedViewStatus;
};

export function sharedViewStatus(v: { expiresAt: string; revokedAt: string | null }, now: number): SharedViewStatus {
  if (v.revokedAt) return "revoked";
  return Date.parse(v.expiresAt) <= now ? "expired" : "active";
}
