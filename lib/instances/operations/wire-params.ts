import type { z } from "zod";
import type { ModifyInstancesChargeTypeInput, ResizeInstanceDisksInput } from "./schemas";

// Wire parameters shared by a write and its price inquiry, so the price shown is the price of what runs.

type ResizeParsed = Pick<z.output<typeof ResizeInstanceDisksInput>, "InstanceId" | "SystemDiskSize" | "DataDisk" | "ForceStop" | "ResizeOnline">;

/** ResizeInstanceDisks / InquiryPriceResizeInstanceDisks: the system disk or one data disk (seed 15163). */
export function resizeDisksParams(p: ResizeParsed) {
  return {
    InstanceId: p.InstanceId,
    ...(p.SystemDiskSize !== undefined ? { SystemDisk: { DiskSize: p.SystemDiskSize } } : {}),
    ...(p.DataDisk ? { DataDisks: [{ DiskId: p.DataDisk.DiskId, DiskSize: p.DataDisk.DiskSize }] } : {}),
    ForceStop: p.ForceStop,
    ResizeOnline: p.ResizeOnline,
  };
}

type ChargeParsed = Pick<z.output<typeof ModifyInstancesChargeTypeInput>, "InstanceIds" | "InstanceChargeType" | "Period" | "RenewFlag">;

/** ModifyInstancesChargeType / InquiryPriceModifyInstancesChargeType: the prepaid term only when going PREPAID. */
export function chargeTypeParams(p: ChargeParsed) {
  return {
    InstanceIds: p.InstanceIds,
    InstanceChargeType: p.InstanceChargeType,
    ...(p.InstanceChargeType === "PREPAID" && p.Period !== undefined
      ? { InstanceChargePrepaid: { Period: p.Period, ...(p.RenewFlag ? { RenewFlag: p.RenewFlag } : {}) } }
      : {}),
  };
}
