import { z } from "zod";
import { CHARGE_TYPES, INTERNET_CHARGE_TYPES, MAX_COUNT, MAX_DATA_DISKS, RENEW_FLAGS } from "./constants";
import type { RunInstancesParams } from "./request";

// The InquiryPriceRunInstances request GET /api/purchase/price accepts (the `q` parameter): exactly the fields
// toInquiryRequest builds, nothing else, so the route never forwards arbitrary parameters to the cloud.

const short = z.string().min(1).max(64);

export const InquiryRequestSchema = z
  .object({
    InstanceChargeType: z.enum(CHARGE_TYPES),
    InstanceChargePrepaid: z.object({ Period: z.number().int().min(1).max(60), RenewFlag: z.enum(RENEW_FLAGS) }).strict().optional(),
    Placement: z
      .object({ Zone: short, ProjectId: z.number().int().min(0).optional(), HostIds: z.array(short).max(1).optional() })
      .strict(),
    InstanceType: short,
    ImageId: short,
    SystemDisk: z.object({ DiskType: short.optional(), DiskSize: z.number().int().min(1).max(65536) }).strict(),
    DataDisks: z
      .array(z.object({ DiskType: short, DiskSize: z.number().int().min(1).max(65536), DeleteWithInstance: z.boolean() }).strict())
      .max(MAX_DATA_DISKS + 1)
      .optional(),
    InternetAccessible: z
      .object({ InternetChargeType: z.enum(INTERNET_CHARGE_TYPES), InternetMaxBandwidthOut: z.number().int().min(0).max(10000), PublicIpAssigned: z.boolean().optional() })
      .strict(),
    InstanceCount: z.number().int().min(1).max(MAX_COUNT),
    InstanceMarketOptions: z
      .object({ MarketType: z.literal("spot"), SpotOptions: z.object({ MaxPrice: z.string().min(1).max(16), SpotInstanceType: z.literal("one-time") }).strict() })
      .strict()
      .optional(),
  })
  .strict();

export function parseInquiryRequest(text: string | null): RunInstancesParams | null {
  if (!text || text.length > 8_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = InquiryRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
