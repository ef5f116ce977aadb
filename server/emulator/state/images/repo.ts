// The image repository: private images of an account in a region (kind "image"), with their scheduled state
// changes landed lazily on read (as instances do), and the images other accounts share with the caller.
import { findPublicImage, type Image } from "../../catalog/compute/images";
import type { Clock } from "../clock";
import type { Scope, Store } from "../store";
import { assertImageIdForm, imageNotFound, type CodeCtx } from "./codes";
import { IMAGE_KIND, type ImageRecord } from "./record";

/** What the image state needs: an ActionContext satisfies it. */
export interface ImageCtx extends CodeCtx {
  store: Store;
  clock: Clock;
  scope: Scope;
  requestId?: string;
}

function due(rec: Readonly<ImageRecord>, now: number): boolean {
  const p = rec.internal.pending;
  return p !== undefined && now >= p.at && (p.describesLeft ?? 0) <= 0;
}

/** Lands a due state change (and persists it) in the image's own scope. */
function advance(store: Store, scope: Scope, live: Readonly<ImageRecord>, now: number): Readonly<ImageRecord> {
  if (!due(live, now)) return live;
  const rec = structuredClone(live) as ImageRecord;
  rec.ImageState = rec.internal.pending!.to;
  if (rec.internal.syncedFrom) rec.SyncPercent = 100;
  delete rec.internal.pending;
  store.put(scope, IMAGE_KIND, rec.ImageId, rec);
  return rec;
}

/** The caller's private images (live, read-only), oldest first, after landing what is due. */
export function scanImages(ctx: ImageCtx, scope: Scope = ctx.scope): readonly Readonly<ImageRecord>[] {
  const now = ctx.clock.now();
  const all = ctx.store.peekAll<ImageRecord>(scope, IMAGE_KIND);
  if (!all.some((r) => due(r, now))) return all;
  return ctx.store.transaction(() => all.map((r) => advance(ctx.store, scope, r, now)));
}

/** One private image of the scope, as a copy the caller may change and save. */
export function loadImage(ctx: ImageCtx, id: string, scope: Scope = ctx.scope): ImageRecord | undefined {
  const live = ctx.store.get<ImageRecord>(scope, IMAGE_KIND, id);
  return live && (structuredClone(advance(ctx.store, scope, live, ctx.clock.now())) as ImageRecord);
}

export function saveImage(ctx: ImageCtx, rec: ImageRecord, scope: Scope = ctx.scope): void {
  ctx.store.put(scope, IMAGE_KIND, rec.ImageId, rec);
}

export function deleteImage(ctx: ImageCtx, id: string): boolean {
  return ctx.store.delete(ctx.scope, IMAGE_KIND, id);
}

/** A private image of another account shared with the caller, and where it lives. */
export interface SharedImage {
  owner: Scope;
  rec: Readonly<ImageRecord>;
}

/**
 * The images other accounts share with the caller in the caller's region (seed 26136: sharing only reaches the
 * same region of the other account).
 */
export function sharedWithMe(ctx: ImageCtx): SharedImage[] {
  const me = ctx.scope.account;
  const out: SharedImage[] = [];
  for (const owner of ctx.store.scopesWith(IMAGE_KIND)) {
    if (owner.account === me || owner.region !== ctx.scope.region) continue;
    for (const rec of scanImages(ctx, owner)) if (rec.internal.sharedWith.some((s) => s.AccountId === me)) out.push({ owner, rec });
  }
  return out;
}

/** What an image id names for the caller. */
export type ResolvedImage =
  | { kind: "public"; image: Image }
  | { kind: "private"; rec: ImageRecord }
  | { kind: "shared"; rec: ImageRecord; owner: Scope };

/** Resolves an id the caller may see (public, own, shared with it); undefined when none. Checks the id's form first. */
export function findImage(ctx: ImageCtx, id: string): ResolvedImage | undefined {
  assertImageIdForm(ctx, id);
  const pub = findPublicImage(id);
  if (pub) return { kind: "public", image: pub };
  const own = loadImage(ctx, id);
  if (own) return { kind: "private", rec: own };
  const shared = sharedWithMe(ctx).find((s) => s.rec.ImageId === id);
  return shared && { kind: "shared", rec: structuredClone(shared.rec) as ImageRecord, owner: shared.owner };
}

/** Like findImage, but an unknown id is InvalidImageId.NotFound (or the action's nearest documented code). */
export function requireImage(ctx: ImageCtx, id: string): ResolvedImage {
  const found = findImage(ctx, id);
  if (!found) throw imageNotFound(ctx, id);
  return found;
}

/** The caller's private images (copies) named by ids, in order: malformed or unknown ids are refused. */
export function requireOwnImages(ctx: ImageCtx, ids: readonly string[]): ImageRecord[] {
  for (const id of ids) assertImageIdForm(ctx, id);
  return ids.map((id) => {
    const rec = loadImage(ctx, id);
    if (!rec) throw imageNotFound(ctx, id);
    return rec;
  });
}
