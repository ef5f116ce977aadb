import { z } from "zod";
import { idList, resourceId, text, where } from "@/lib/resources/schema-parts";

// Placement group (分散置放群组) writes: shared by the dialogs and the server actions.

/** seed 24356: HOST 物理机, SW 交换机, RACK 机架. */
export const PLACEMENT_TYPES = ["HOST", "SW", "RACK"] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** seed 24350: "长度1-60个字符，支持中、英文". */
const Name = text(1, 60);

export const CreatePlacementGroupInput = z.object({
  ...where,
  Name,
  Type: z.enum(PLACEMENT_TYPES),
  /** seed 24370: 1–10, default 1. */
  Affinity: z.number().int().min(1, { error: "placementGroups.validation.affinity" }).max(10, { error: "placementGroups.validation.affinity" }).default(1),
  /** One per opened dialog: a retried create does not make a second group (seed 24362). */
  ClientToken: z.uuid(),
});
export const ModifyPlacementGroupInput = z.object({ ...where, DisasterRecoverGroupId: resourceId("ps"), Name });
/** seed 24736: at most 10 groups per request. */
export const DeletePlacementGroupsInput = z.object({ ...where, DisasterRecoverGroupIds: idList("ps", 10) });

export type CreatePlacementGroupInput = z.input<typeof CreatePlacementGroupInput>;
export type ModifyPlacementGroupInput = z.input<typeof ModifyPlacementGroupInput>;
export type DeletePlacementGroupsInput = z.input<typeof DeletePlacementGroupsInput>;
