import "server-only";
import type { Kysely, Selectable } from "kysely";
import { getDb } from "@/server/db/connection";
import { NotFoundError } from "@/server/db/errors";
import type { Database, SharedViewsTable } from "@/server/db/schema";
import { newId, toIso } from "@/server/db/values";
import { normaliseColumns } from "@/lib/instances/columns";
import { sharedViewStatus, type SharedViewSummary } from "@/lib/shared-views/schema";
import { hashShareToken, newShareToken } from "./token";

// Shared views (migration 0004): created with a fresh token that is returned once, found by the token's hash,
// revoked by id. Expiry is checked on every lookup; nothing is deleted, so the list keeps the history.

type Db = Kysely<Database>;
const DAY_MS = 86_400_000;
/** Views are counted at most once a minute per view: a wall display refreshing every 30 s is not a write each time. */
const VIEW_NOTE_INTERVAL_MS = 60_000;

export type NewSharedView = {
  name: string;
  accountId: string;
  region: string;
  scope: "region" | "all";
  q: string;
  columns: string[];
  days: number;
  createdBy: string;
};

function toSummary(row: Selectable<SharedViewsTable> & { email?: string | null }, now: number): SharedViewSummary {
  const summary = {
    id: row.id,
    name: row.name,
    accountId: row.account_id,
    region: row.region,
    scope: row.scope === "all" ? ("all" as const) : ("region" as const),
    q: row.q,
    columns: normaliseColumns(safeJsonArray(row.columns)),
    createdBy: row.created_by,
    createdByEmail: row.email ?? null,
    createdAt: toIso(row.created_at)!,
    expiresAt: toIso(row.expires_at)!,
    revokedAt: toIso(row.revoked_at),
    lastViewedAt: toIso(row.last_viewed_at),
    viewCount: Number(row.view_count),
  };
  return { ...summary, status: sharedViewStatus(summary, now) };
}

function safeJsonArray(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Stores a new view and returns it with its token: the only time the token exists outside the browser. */
export async function createSharedView(input: NewSharedView, db?: Db, now = Date.now()): Promise<{ view: SharedViewSummary; token: string }> {
  const token = newShareToken();
  const row: Selectable<SharedViewsTable> = {
    id: newId(),
    token_hash: hashShareToken(token)!,
    name: input.name,
    account_id: input.accountId,
    region: input.region,
    scope: input.scope,
    q: input.q,
    columns: JSON.stringify(normaliseColumns(input.columns)),
    created_by: input.createdBy,
    created_at: now,
    expires_at: now + input.days * DAY_MS,
    revoked_at: null,
    revoked_by: null,
    last_viewed_at: null,
    view_count: 0,
  };
  await (db ?? (await getDb())).insertInto("shared_views").values(row).execute();
  return { view: toSummary(row, now), token };
}

/** Every view, newest first, with its creator's email (null when that user is gone). */
export async function listSharedViews(db?: Db, now = Date.now()): Promise<SharedViewSummary[]> {
  const rows = await (db ?? (await getDb()))
    .selectFrom("shared_views")
    .leftJoin("users", "users.id", "shared_views.created_by")
    .selectAll("shared_views")
    .select("users.email as email")
    .orderBy("shared_views.created_at", "desc")
    .execute();
  return rows.map((r) => toSummary(r, now));
}

export async function getSharedView(id: string, db?: Db, now = Date.now()): Promise<SharedViewSummary | null> {
  const row = await (db ?? (await getDb())).selectFrom("shared_views").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSummary(row, now) : null;
}

/**
 * The view a link opens, or null when the token is malformed, unknown, revoked or expired (one answer for all
 * four, so a link says nothing about why it does not work to someone who should not have it).
 */
export async function findActiveSharedView(token: string, db?: Db, now = Date.now()): Promise<SharedViewSummary | null> {
  const hash = hashShareToken(token);
  if (!hash) return null;
  const row = await (db ?? (await getDb())).selectFrom("shared_views").selectAll().where("token_hash", "=", hash).executeTakeFirst();
  if (!row) return null;
  const view = toSummary(row, now);
  return view.status === "active" ? view : null;
}

/** Counts a visit (at most once a minute per view). */
export async function noteSharedViewVisit(id: string, db?: Db, now = Date.now()): Promise<void> {
  const d = db ?? (await getDb());
  await d
    .updateTable("shared_views")
    .set((eb) => ({ last_viewed_at: now, view_count: eb("view_count", "+", 1) }))
    .where("id", "=", id)
    .where((eb) => eb.or([eb("last_viewed_at", "is", null), eb("last_viewed_at", "<=", now - VIEW_NOTE_INTERVAL_MS)]))
    .execute();
}

/** Revokes at once; revoking twice keeps the first revocation. */
export async function revokeSharedView(id: string, by: string, db?: Db, now = Date.now()): Promise<SharedViewSummary> {
  const d = db ?? (await getDb());
  await d.updateTable("shared_views").set({ revoked_at: now, revoked_by: by }).where("id", "=", id).where("revoked_at", "is", null).execute();
  const view = await getSharedView(id, d, now);
  if (!view) throw new NotFoundError(`No shared view ${id}`);
  return view;
}

