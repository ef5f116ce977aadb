import type { HostResourceView } from "./types";

// A host's capacity as the bars show it: how much of each resource its instances hold (HostResource: Total and
// Available, seed 36606–36668). Disk is local disk only; a host without local disk (DiskTotal 0) has no disk bar.

export type Tone = "ok" | "warn" | "full";

export interface Usage {
  used: number;
  total: number;
  /** 0–100, rounded down so a nearly full host does not read 100 %. */
  percent: number;
  tone: Tone;
}

/** ≥ 75 % used is worth a look before placing more; ≥ 90 % leaves room for little. */
export const WARN_AT = 75;
export const FULL_AT = 90;

export function usageOf(total: number, available: number): Usage | null {
  if (!(total > 0)) return null;
  const used = Math.min(total, Math.max(0, total - available));
  const percent = Math.floor((used / total) * 100);
  return { used, total, percent, tone: percent >= FULL_AT ? "full" : percent >= WARN_AT ? "warn" : "ok" };
}

export function hostUsage(r: HostResourceView): { cpu: Usage | null; memory: Usage | null; disk: Usage | null } {
  return { cpu: usageOf(r.CpuTotal, r.CpuAvailable), memory: usageOf(r.MemTotal, r.MemAvailable), disk: usageOf(r.DiskTotal, r.DiskAvailable) };
}

/** Whether an instance of `cpu` vCPUs and `memory` GiB still fits on the host. */
export function fits(r: HostResourceView, cpu: number, memory: number): boolean {
  return r.CpuAvailable >= cpu && r.MemAvailable >= memory;
}
