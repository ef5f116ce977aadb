"use server";

import { requireRole } from "@/server/auth/session";
import { ResetInstanceInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ResetInstance (seed 20930): reinstall the OS from the current or another image, with a new login. */
export async function reinstallInstance(input: ResetInstanceInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ResetInstanceInput, input);
    const LoginSettings = p.KeepImageLogin
      ? { KeepImageLogin: "TRUE" }
      : p.KeyIds?.length
        ? { KeyIds: p.KeyIds }
        : p.Password
          ? { Password: p.Password }
          : undefined;
    const detail = { ImageId: p.ImageId ?? null, login: p.KeepImageLogin ? "image" : p.KeyIds?.length ? "keys" : p.Password ? "password" : "unchanged" };
    const res = await writeForInstances(actor, p, { audit: "instance.reinstall", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call(
        "ResetInstance",
        {
          InstanceId: p.InstanceId,
          ...(p.ImageId ? { ImageId: p.ImageId } : {}),
          ...(LoginSettings ? { LoginSettings } : {}),
          ...(p.HostName ? { HostName: p.HostName } : {}),
        },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
