import { z } from "zod";
import { resourceId, where } from "@/lib/resources/schema-parts";
import { parseBeijingTime } from "./beijing-time";
import { REPAIR_PRODUCTS } from "./codes";

/**
 * RepairTaskControl (seed 34621–34905): Operate is always AuthorizeRepair (seed 34680); OrderAuthTime reserves a
 * time instead of now; LossyLocal allows a lossy local-disk migration where the task offers it (seed 34691).
 */
export const AuthorizeRepairInput = z.object({
  ...where,
  Product: z.enum(REPAIR_PRODUCTS),
  TaskId: resourceId("rep"),
  /** seed 34668: only tasks of the listed instances; the page sends the task's own instance. */
  InstanceId: z.string().trim().regex(/^(ins|host|cpm)-[a-z0-9]{8}$/, { error: "resources.validation.id" }),
  OrderAuthTime: z
    .string()
    .refine((t) => parseBeijingTime(t) !== null, { error: "maintenance.validation.time" })
    .optional(),
  LossyLocal: z.boolean().default(false),
});
export type AuthorizeRepairInput = z.input<typeof AuthorizeRepairInput>;

/** The list's filters, as the URL carries them. */
export interface TaskFilters {
  status: number[];
  types: number[];
  product: string;
  /** An instance id or a name (Alias). */
  q: string;
  /** How many days back CreateTime may lie (the API's default is today only, seed 34320). */
  days: number;
}

export const TASK_WINDOWS = [1, 7, 30, 90] as const;
