import { describe, expect, it } from "vitest";
import { addJob, copyProgress, JOB_TTL_MS, MAX_JOBS, parseJobs, pruneJobs, removeJob, type SyncJob } from "./sync-jobs";

const job = (startedAt: number): SyncJob => ({ sourceId: "img-abcdefgh", sourceName: "golden", fromRegion: "ap-guangzhou", startedAt, copies: [{ Region: "ap-shanghai", ImageId: "img-11111111" }] });

describe("image copies in flight (localStorage)", () => {
  it("newest first, at most MAX_JOBS, dismissed by start time, forgotten after the TTL", () => {
    let jobs: SyncJob[] = [];
    for (let i = 0; i < MAX_JOBS + 2; i++) jobs = addJob(jobs, job(i));
    expect(jobs).toHaveLength(MAX_JOBS);
    expect(jobs[0].startedAt).toBe(MAX_JOBS + 1);
    expect(removeJob(jobs, MAX_JOBS + 1)[0].startedAt).toBe(MAX_JOBS);
    expect(pruneJobs([job(0), job(JOB_TTL_MS)], JOB_TTL_MS + 1)).toEqual([job(JOB_TTL_MS)]);
  });

  it("reads back what it wrote, and drops anything malformed instead of trusting it", () => {
    expect(parseJobs(JSON.stringify([job(1)]))).toEqual([job(1)]);
    expect(parseJobs("not json")).toEqual([]);
    expect(parseJobs(JSON.stringify({ a: 1 }))).toEqual([]);
    expect(parseJobs(JSON.stringify([{ ...job(1), copies: [{ Region: "x", ImageId: "<script>" }] }]))).toEqual([]);
    expect(parseJobs(null)).toEqual([]);
  });

  it("a copy's progress: SyncPercent while SYNCING, 100 once NORMAL, failed or gone otherwise", () => {
    const base = { Region: "ap-shanghai", ImageId: "img-11111111" };
    expect(copyProgress({ ...base, ImageState: "SYNCING", SyncPercent: 42 })).toEqual({ phase: "syncing", percent: 42 });
    expect(copyProgress({ ...base, ImageState: "NORMAL", SyncPercent: null })).toEqual({ phase: "done", percent: 100 });
    expect(copyProgress({ ...base, ImageState: "CREATEFAILED", SyncPercent: null }).phase).toBe("failed");
    expect(copyProgress({ ...base, ImageState: "GONE", SyncPercent: null }).phase).toBe("gone");
    expect(copyProgress(undefined).phase).toBe("unknown");
  });
});
