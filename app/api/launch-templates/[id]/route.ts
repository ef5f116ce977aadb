import type { NextRequest } from "next/server";
import { describeLaunchTemplate } from "@/server/queries/launch-templates";
import { BadRequest, scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** One launch template and its versions, newest first (passwords removed). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return scopedRead(request, (where) => {
    if (!/^lt-[a-z0-9]{8}$/.test(id)) throw new BadRequest();
    return describeLaunchTemplate(where, id);
  });
}
