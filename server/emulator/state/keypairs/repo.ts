// Key pairs in the store (kind "key-pair", one document per KeyId under the caller's account + region), and which
// instances use each one (LoginSettings.KeyIds, seed 37070), so a key's AssociatedInstanceIds (seed 37919) always
// agree with the instances.
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import { scanInstances, type InstanceCtx } from "../instances/repo";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { KEY_PAIR_KIND, type KeyPairRecord } from "./record";

export type KeyPairCtx = InstanceCtx & { action: string };

export function listKeyPairs(ctx: InstanceCtx): KeyPairRecord[] {
  return ctx.store.list<KeyPairRecord>(ctx.scope, KEY_PAIR_KIND);
}

export function loadKeyPair(ctx: InstanceCtx, keyId: string): KeyPairRecord | undefined {
  return ctx.store.get<KeyPairRecord>(ctx.scope, KEY_PAIR_KIND, keyId);
}

export function saveKeyPair(ctx: InstanceCtx, rec: KeyPairRecord): void {
  ctx.store.put(ctx.scope, KEY_PAIR_KIND, rec.KeyId, rec);
}

export function deleteKeyPair(ctx: InstanceCtx, keyId: string): boolean {
  return ctx.store.delete(ctx.scope, KEY_PAIR_KIND, keyId);
}

/** InvalidKeyPairId.Malformed (seed 9551: skey- + 8 of [a-z0-9]) for any id that is not well formed. */
export function assertKeyIdsWellFormed(action: string, ids: readonly string[]): void {
  const bad = ids.find((id) => !isWellFormedId("skey", id));
  if (bad !== undefined) {
    throw new ApiError(firstDocumented(action, ["InvalidKeyPairId.Malformed"]), {
      en: `The key pair ID \`${bad}\` is malformed; expected skey-xxxxxxxx.`,
      zh: `密钥对ID \`${bad}\` 格式错误，应形如 skey-xxxxxxxx。`,
    });
  }
}

/**
 * The key pairs `ids` names, in order: malformed → InvalidKeyPairId.Malformed; unknown → the first "not found" code
 * the action documents (InvalidKeyPairId.NotFound; RunInstances / ResetInstance: InvalidParameterValue.KeyPairNotFound).
 */
export function requireKeyPairs(ctx: KeyPairCtx, ids: readonly string[]): KeyPairRecord[] {
  assertKeyIdsWellFormed(ctx.action, ids);
  return ids.map((id) => {
    const rec = loadKeyPair(ctx, id);
    if (!rec) {
      const code = firstDocumented(ctx.action, ["InvalidKeyPairId.NotFound", "InvalidParameterValue.KeyPairNotFound", "ResourceNotFound.KeyPairNotFound"]);
      throw new ApiError(code, { en: `The key pair \`${id}\` does not exist.`, zh: `密钥对 \`${id}\` 不存在。` });
    }
    return rec;
  });
}

/**
 * KeyId → the instances bound to it, in creation order. `includePending` also counts keys an operation in flight
 * is about to bind (an AssociateInstancesKeyPairs not yet landed), so such a key cannot be deleted meanwhile.
 */
export function keyUsage(ctx: InstanceCtx, includePending = false): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  const add = (keyId: string, instanceId: string) => {
    const list = usage.get(keyId) ?? [];
    if (!list.includes(instanceId)) usage.set(keyId, [...list, instanceId]);
  };
  for (const rec of scanInstances(ctx)) {
    for (const k of rec.LoginSettings?.KeyIds ?? []) add(k, rec.InstanceId);
    if (includePending) for (const k of rec.internal.pending?.patch?.LoginSettings?.KeyIds ?? []) add(k, rec.InstanceId);
  }
  return usage;
}
