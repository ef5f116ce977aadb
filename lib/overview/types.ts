import type { ActionError } from "@/lib/action-result";
import type { QuotaHotSpot } from "@/lib/quotas/types";

// What the overview dashboard shows (GET /api/overview): the whole account across every available region.

export type OverviewPart = "instances" | "hosts" | "quotas" | "images";

export interface RegionSummary {
  Region: string;
  RegionName: string;
  /** Every instance of the region, and by InstanceState; null when the instances could not be read. */
  total: number | null;
  byState: Record<string, number>;
  /** The parts of this region that failed, with what the cloud said. */
  errors: Array<{ part: OverviewPart; error: ActionError }>;
}

/** A prepaid instance or CDH host that expires within the calendar's horizon (or has expired, still held). */
export interface ExpiringItem {
  kind: "instance" | "host";
  id: string;
  name: string;
  Region: string;
  Zone: string;
  ExpiredTime: string;
  RenewFlag: string;
  State: string;
}

export interface BusyImage {
  Region: string;
  ImageId: string;
  ImageName: string;
  ImageState: string;
  SyncPercent: number | null;
}

export interface LatestOperation {
  id: string;
  at: string;
  userEmail: string | null;
  action: string;
  target: string | null;
  region: string | null;
  result: string;
  errorCode: string | null;
}

export interface OverviewData {
  asOf: string;
  regions: RegionSummary[];
  expiring: ExpiringItem[];
  hotSpots: QuotaHotSpot[];
  busyImages: BusyImage[];
  operations: LatestOperation[];
}
