import type { ActionError } from "@/lib/action-result";
import type { InstanceRow, InstanceView } from "./instance-view";
import type { Scope } from "./list-params";

/** One region of an All regions listing: its count, or why it could not be listed. */
export type RegionOutcome = { Region: string; RegionName: string; TotalCount: number | null; error?: ActionError };

/** One page of the instance list, from GET /api/instances and the server page alike. */
export type InstanceList = {
  scope: Scope;
  TotalCount: number;
  InstanceSet: InstanceRow[];
  /** Row offset of this page in the whole list. */
  offset: number;
  /** All regions mode: every region asked, in table order, with its count or its error. */
  regions?: RegionOutcome[];
  /** When the cloud answered (ISO). */
  asOf: string;
};

/** An entry of the console's own operation history for one instance (from the audit log). */
export type InstanceHistoryEntry = {
  id: string;
  at: string;
  userEmail: string | null;
  action: string;
  result: string;
  errorCode: string | null;
  requestId: string | null;
};

export type InstanceDetail = { Instance: InstanceView; history: InstanceHistoryEntry[]; asOf: string };

/** Well-formed instance id (seed 10925: ins-xxxxxxxx, lower-case letters and digits). */
export const INSTANCE_ID = /^ins-[a-z0-9]{8}$/;
