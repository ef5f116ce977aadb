import { z } from "zod";
import { idList, resourceId, text, where } from "@/lib/resources/schema-parts";

// HPC cluster writes (CreateHpcCluster seed 34906, ModifyHpcClusterAttribute 35595, DeleteHpcClusters 35123).

/** seed 35309 / 35623: Name 1–60 characters. */
const Name = text(1, 60);
/** seed 35628: Remark 1–256 characters; an empty box sends none. */
const Remark = z.string().trim().max(256, { error: "validation.tooLong" });
/** seed 34931: STANDARD (default), CDC, CHC. */
export const HPC_CLUSTER_TYPES = ["STANDARD", "CDC", "CHC"] as const;
const ZONE = /^[a-z]{2,}(-[a-z0-9]+){2,4}$/;

export const CreateHpcClusterInput = z.object({
  ...where,
  Zone: z.string().regex(ZONE, { error: "validation.required" }),
  Name,
  Remark,
  HpcClusterType: z.enum(HPC_CLUSTER_TYPES).default("STANDARD"),
});
export const ModifyHpcClusterInput = z.object({ ...where, HpcClusterId: resourceId("hpc"), Name, Remark });
export const DeleteHpcClustersInput = z.object({ ...where, HpcClusterIds: idList("hpc", 100) });

export type CreateHpcClusterInput = z.input<typeof CreateHpcClusterInput>;
export type ModifyHpcClusterInput = z.input<typeof ModifyHpcClusterInput>;
export type DeleteHpcClustersInput = z.input<typeof DeleteHpcClustersInput>;
