import { instanceKeys } from "@/lib/instances/query-keys";
import type { PriceInquiry } from "./schemas";

// Query keys of the operation dialogs' reads. They live under instanceKeys.all(account), so the invalidation
// every operation does afterwards also drops prices, limits and timers that the change made stale.
export const instanceOperationKeys = {
  all: (accountId: string) => [...instanceKeys.all(accountId), "operations"] as const,
  price: (accountId: string, region: string, inquiry: PriceInquiry) => [...instanceOperationKeys.all(accountId), "price", region, inquiry] as const,
  limits: (accountId: string, region: string, operation: string, ids: readonly string[]) =>
    [...instanceOperationKeys.all(accountId), "limits", region, operation, [...ids].sort()] as const,
  modification: (accountId: string, region: string, instanceId: string) => [...instanceOperationKeys.all(accountId), "modification", region, instanceId] as const,
  disks: (accountId: string, region: string, instanceId: string) => [...instanceOperationKeys.all(accountId), "disks", region, instanceId] as const,
  timers: (accountId: string, region: string, ids: readonly string[]) => [...instanceOperationKeys.all(accountId), "timers", region, [...ids].sort()] as const,
  options: (accountId: string, region: string, kind: OptionKind) => [...instanceOperationKeys.all(accountId), "options", region, kind] as const,
};

/** Pickers the dialogs fill from the API. */
export type OptionKind = "images" | "keyPairs" | "placementGroups";
export const OPTION_KINDS: readonly OptionKind[] = ["images", "keyPairs", "placementGroups"];

/** One choice in a picker: the id, a name, and a short hint (OS, type, key count…). */
export interface OptionItem {
  id: string;
  name: string;
  hint?: string;
}

/** One type DescribeInstancesModification offers, with what it has. */
export interface TypeChoice {
  InstanceType: string;
  InstanceFamily: string;
  CPU: number;
  Memory: number;
  /** SELL or UNAVAILABLE (seed 17097 Filters status). */
  Status: string;
  Message?: string;
}

/** An instance's disks for the resize and disk-type dialogs (the list rows carry no DiskId). */
export interface InstanceDisks {
  SystemDisk: { DiskId?: string; DiskType?: string; DiskSize: number };
  DataDisks: Array<{ DiskId?: string; DiskType?: string; DiskSize: number; DeleteWithInstance?: boolean }>;
}

export interface TimerView {
  ActionTimerId: string;
  InstanceId: string;
  TimerAction: string;
  ActionTime: string;
  Status: string;
}
