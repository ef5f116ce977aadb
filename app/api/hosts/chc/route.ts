import type { NextRequest } from "next/server";
import { listChcHosts } from "@/server/queries/hosts";
import { scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The region's CHC servers with the actions their state denies (DescribeChcHosts + DescribeChcDeniedActions). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, ({ accountId, region }) => listChcHosts(accountId, region));
}
