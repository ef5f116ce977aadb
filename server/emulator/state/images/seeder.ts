// POST /_emulator/seed {images: n, region?, seed?}: believable NORMAL custom images in one region of an account, as
// CreateImage would have left them (golden images per app and OS, a family, tags), up to the region's image quota.
import { publicImages } from "../../catalog/compute/images";
import { registerFleetSeeder, type SeedRequest } from "../../admin/seed";
import type { EmulatorRuntime } from "../../runtime";
import { isoSeconds } from "../instances/time";
import { buildImage, newImageId, takeSnapshot } from "./build";
import { IMAGE_KIND } from "./record";
import { saveImage, type ImageCtx } from "./repo";
import { imageQuota } from "./rules";

const APPS = ["web", "api", "batch", "cache", "gateway", "ml"];

/** A small deterministic generator (same seed → same images). */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 0x1_0000_0000;
  };
}

export function seedImages(rt: EmulatorRuntime, request: SeedRequest, count: number): number {
  const ctx: ImageCtx = { store: rt.store, clock: rt.clock, scope: { account: request.account.ownerUin, region: request.region } };
  const room = Math.max(0, imageQuota() - rt.store.peekAll(ctx.scope, IMAGE_KIND).length);
  const n = Math.min(count, room);
  const rand = generator(request.seed ?? 1);
  const bases = publicImages().filter((i) => i.Platform !== "Windows" || rand() < 0.5);
  const now = rt.clock.now();
  // Oldest first, so the store's order (DescribeImages lists newest first) matches CreatedTime.
  const times = Array.from({ length: n }, () => now - Math.floor(rand() * 180 * 24) * 3_600_000).sort((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    const base = bases[Math.floor(rand() * bases.length)];
    const app = APPS[Math.floor(rand() * APPS.length)];
    const os = { osName: base.OsName, platform: base.Platform, architecture: base.Architecture };
    const id = newImageId(ctx);
    const snapshots = [takeSnapshot(ctx, id, "SYSTEM_DISK", base.ImageSize < 50 ? 50 : base.ImageSize, os)];
    const rec = buildImage(ctx, id, {
      name: `${app}-golden-${base.Platform.toLowerCase().replace(/\s+/g, "")}-${i + 1}`,
      description: `${app} golden image on ${base.OsName}`,
      os,
      size: base.ImageSize < 50 ? 50 : base.ImageSize,
      source: "CREATE_IMAGE",
      licenseType: "TencentCloud",
      family: rand() < 0.6 ? `${app}-golden` : "",
      tags: [{ Key: "app", Value: app }, { Key: "env", Value: rand() < 0.7 ? "prod" : "staging" }],
      snapshots,
      pending: { operation: "CreateImage", to: "NORMAL", startedAt: now, at: now },
    });
    const created = times[i];
    rec.ImageState = "NORMAL";
    rec.CreatedTime = isoSeconds(created);
    rec.internal.createdAtMs = created;
    delete rec.internal.pending;
    saveImage(ctx, rec);
  }
  return n;
}

registerFleetSeeder("images", seedImages);
