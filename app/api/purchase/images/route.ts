import type { NextRequest } from "next/server";
import { describePurchaseImages } from "@/server/queries/purchase";
import { IMAGE_SOURCES, type ImageSource } from "@/lib/purchase/constants";
import { BadRequest, purchaseRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** Images of one kind that the instance type can boot: `?source=PUBLIC_IMAGE|PRIVATE_IMAGE|SHARED_IMAGE&instanceType=`. */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, async (where, params) => {
    const source = params.get("source") ?? "";
    const instanceType = params.get("instanceType") ?? "";
    if (!(IMAGE_SOURCES as readonly string[]).includes(source) || !/^[A-Za-z0-9_.]{0,40}$/.test(instanceType)) throw new BadRequest();
    return describePurchaseImages(where, source as ImageSource, instanceType);
  });
}
