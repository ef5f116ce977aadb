import type { NextRequest } from "next/server";
import { describeImportOs } from "@/server/queries/images";
import { scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The operating systems ImportImage accepts (DescribeImportImageOs). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, ({ accountId, region, language }) => describeImportOs(accountId, region, language));
}
