import type { NextRequest } from "next/server";
import { listHosts } from "@/server/queries/hosts";
import { scopedRead } from "./_lib/read";

export const dynamic = "force-dynamic";

/** The region's CDH hosts with their capacity and the instances on them (DescribeHosts). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, ({ accountId, region }) => listHosts(accountId, region));
}
