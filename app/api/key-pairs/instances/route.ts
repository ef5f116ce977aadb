import type { NextRequest } from "next/server";
import { listBindableInstances } from "@/server/queries/key-pairs";
import { BadRequest, scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

const ID = /^ins-[a-z0-9]{8}$/;

/** Instances for the bind/unbind dialogs: `?ids=ins-a,ins-b` (≤ 100) or `?q=` (an id or part of a name). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where, params) => {
    const ids = (params.get("ids") ?? "").split(",").filter(Boolean);
    const q = params.get("q") ?? "";
    if (ids.length > 100 || ids.some((id) => !ID.test(id)) || q.length > 60) throw new BadRequest();
    return listBindableInstances(where, { ids, q });
  });
}
