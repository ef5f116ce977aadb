"use client";

import { useFleetInstanceStatus, type LiveStatus } from "@/lib/status/use-instance-status";

/**
 * Live statuses of instances spread over regions, over ONE status stream (browsers allow 6 connections per
 * host; the shared server pollers do the upstream calls).
 */
export function useLiveStatuses(accountId: string, byRegion: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, LiveStatus> {
  return useFleetInstanceStatus(accountId, byRegion).byId;
}

/** Groups instance ids by their region (the page's region when a target has none). */
export function groupByRegion(items: ReadonlyArray<{ InstanceId: string; Region?: string }>, fallback: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of items) (out[i.Region || fallback] ??= []).push(i.InstanceId);
  return out;
}
