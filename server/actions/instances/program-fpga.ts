"use server";

import { requireRole } from "@/server/auth/session";
import { ProgramFpgaImageInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/**
 * ProgramFpgaImage (seed 18748–18921): programs an FPGA image from COS onto the FPGA cards of one running FPGA
 * instance — the cards named by DBDFs, or all of them. The instance stays RUNNING; LatestOperation tracks it.
 */
export async function programFpgaImage(input: ProgramFpgaImageInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ProgramFpgaImageInput, input);
    const DBDFs = p.DBDFs?.length ? p.DBDFs : undefined;
    const detail = { FPGAUrl: p.FPGAUrl, ...(DBDFs ? { DBDFs } : {}) };
    const res = await writeForInstances(actor, p, { audit: "instance.programFpga", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call("ProgramFpgaImage", { InstanceId: p.InstanceId, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
