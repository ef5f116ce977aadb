import type { SyncCopyStatus } from "./types";

// The image copies this browser started (SyncImages answers where each copy is, seed 26439): kept per account in
// localStorage so the progress panel survives a reload, and forgotten a while after they finish. The API has no
// "copies of image X" query, so this is the only place that knows which copy belongs to which source.

export interface SyncJob {
  /** Source image and where it was copied from. */
  sourceId: string;
  sourceName: string;
  fromRegion: string;
  startedAt: number;
  copies: Array<{ Region: string; ImageId: string }>;
}

/** A job is kept this long after it started (copies take minutes; realistic emulator: 3 minutes). */
export const JOB_TTL_MS = 6 * 3_600_000;
export const MAX_JOBS = 10;

export const storageKey = (accountId: string) => `cvm-console.imageSyncs.${accountId}`;

export function addJob(jobs: readonly SyncJob[], job: SyncJob): SyncJob[] {
  return [job, ...jobs].slice(0, MAX_JOBS);
}

export function pruneJobs(jobs: readonly SyncJob[], now: number): SyncJob[] {
  return jobs.filter((j) => now - j.startedAt < JOB_TTL_MS);
}

export function removeJob(jobs: readonly SyncJob[], startedAt: number): SyncJob[] {
  return jobs.filter((j) => j.startedAt !== startedAt);
}

const ID = /^img-[a-z0-9]{8}$/;
const REGION = /^[a-z]{2,}(?:-[a-z0-9]+){1,3}$/;

/** Whatever localStorage holds, read defensively: anything malformed is dropped, never trusted. */
export function parseJobs(text: string | null): SyncJob[] {
  if (!text) return [];
  try {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) return [];
    return data.filter(
      (j): j is SyncJob =>
        !!j &&
        typeof j === "object" &&
        ID.test((j as SyncJob).sourceId) &&
        typeof (j as SyncJob).sourceName === "string" &&
        REGION.test((j as SyncJob).fromRegion) &&
        Number.isFinite((j as SyncJob).startedAt) &&
        Array.isArray((j as SyncJob).copies) &&
        (j as SyncJob).copies.every((c) => c && REGION.test(c.Region) && ID.test(c.ImageId)),
    );
  } catch {
    return [];
  }
}

export type CopyPhase = "syncing" | "done" | "failed" | "gone" | "unknown";

/** One copy's progress as the panel draws it. */
export function copyProgress(status: SyncCopyStatus | undefined): { phase: CopyPhase; percent: number } {
  if (!status) return { phase: "unknown", percent: 0 };
  if (status.ImageState === "NORMAL") return { phase: "done", percent: 100 };
  if (status.ImageState === "GONE") return { phase: "gone", percent: 0 };
  if (status.ImageState === "CREATEFAILED" || status.ImageState === "IMPORTFAILED") return { phase: "failed", percent: 0 };
  return { phase: "syncing", percent: status.SyncPercent ?? 0 };
}
