// AssociateInstancesKeyPairs (seed 29003–29250) and DisassociateInstancesKeyPairs (seed 29251–29484): Linux
// instances only (seed 29009), STOPPED unless ForceStop (seed 29011–29013), at most 100 instances and 100 keys
// (seed 29041, 29051, 29299). The whole batch is checked before any instance changes.
import { ApiError } from "../../protocol/errors";
import type { ActionContext } from "../../actions/types";
import { platformOf } from "../changes/operations";
import type { InstanceRecord } from "../instances/record";
import { assertNotStopCharging, assertReady, beginAccessChange, forceStopStates } from "../network/instance-ops";
import { MAX_KEY_IDS_PER_REQUEST } from "./record";
import { requireKeyPairs } from "./repo";

export interface KeyBindingRequest {
  KeyIds: string[];
  ForceStop?: boolean;
}

function checkBatch(ctx: ActionContext, recs: readonly InstanceRecord[], p: KeyBindingRequest): string[] {
  const keyIds = [...new Set(p.KeyIds)];
  if (keyIds.length === 0) throw new ApiError("MissingParameter", { en: "KeyIds must name at least one key pair." });
  if (keyIds.length > MAX_KEY_IDS_PER_REQUEST) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_KEY_IDS_PER_REQUEST} KeyIds per request; got ${keyIds.length}.` });
  }
  requireKeyPairs(ctx, keyIds);
  for (const rec of recs) {
    // seed 29009 / 29257: "仅支持对 Linux 操作系统实例".
    if (platformOf(rec) === "WINDOWS") {
      throw new ApiError("UnsupportedOperation.InstanceOsWindows", {
        en: `The instance \`${rec.InstanceId}\` runs ${rec.OsName}; key pairs work with Linux instances only.`,
        zh: `实例 \`${rec.InstanceId}\` 的操作系统为 ${rec.OsName}，密钥仅支持 Linux 实例。`,
      });
    }
    assertReady(ctx, rec, forceStopStates(p.ForceStop ?? false));
    assertNotStopCharging(ctx, rec);
  }
  return keyIds;
}

const asKeyIds = (ids: string[]) => ({ KeyIds: ids.length ? ids : (null as unknown as string[]) });

/**
 * Binds the keys: they replace what the instance had (seed 29017: "如果实例原来绑定过密钥，那么原来的密钥将失效"); the
 * password stays set but unused while keys are bound (seed 29019, 29263).
 */
export function associateKeyPairs(ctx: ActionContext, recs: InstanceRecord[], p: KeyBindingRequest): void {
  const keyIds = checkBatch(ctx, recs, p);
  ctx.store.transaction(() => {
    for (const rec of recs) beginAccessChange(ctx, rec, { stopFirst: true, patch: { LoginSettings: asKeyIds(keyIds) } });
  });
}

/** Unbinds the keys (those an instance does not hold are ignored); with none left LoginSettings.KeyIds is null. */
export function disassociateKeyPairs(ctx: ActionContext, recs: InstanceRecord[], p: KeyBindingRequest): void {
  const keyIds = new Set(checkBatch(ctx, recs, p));
  ctx.store.transaction(() => {
    for (const rec of recs) {
      const left = (rec.LoginSettings?.KeyIds ?? []).filter((k) => !keyIds.has(k));
      beginAccessChange(ctx, rec, { stopFirst: true, patch: { LoginSettings: asKeyIds(left) } });
    }
  });
}
