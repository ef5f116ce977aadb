"use client";

import { useMemo } from "react";
import { useFleetInstanceStatus, type StatusView } from "@/lib/status/use-instance-status";
import type { InstanceRow } from "@/lib/instances/instance-view";

/** The rows' ids by the region they were listed from (All regions mode mixes regions). */
export function idsByRegion(rows: readonly Pick<InstanceRow, "InstanceId" | "Region">[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const r of rows) (map[r.Region] ??= []).push(r.InstanceId);
  return map;
}

/**
 * Live status for the rows on screen over ONE stream whatever the number of regions they come from: browsers
 * allow 6 connections per host, and a stream per region would use them up in All regions mode.
 */
export function useFleetStatus(accountId: string, rows: readonly InstanceRow[]): StatusView {
  const byRegion = useMemo(() => idsByRegion(rows), [rows]);
  return useFleetInstanceStatus(accountId, byRegion);
}
