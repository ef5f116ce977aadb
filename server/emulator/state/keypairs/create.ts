// CreateKeyPair (seed 28768–29002) and ImportKeyPair (seed 29846–30061): the checks they share (name, project,
// tags, quota) and the new record. A name is checked free again right before the write, after the key is made.
import type { KeyPair } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { newUniqueId } from "../ids";
import { isoSeconds } from "../instances/time";
import { assertTag, MAX_TAGS_PER_RESOURCE, type Tag, type TagSpecInput } from "../instances/tags";
import { withDocumentedCodes } from "../pricing-inputs/documented-codes";
import { assertKeyName, assertNameFree } from "./names";
import { generateOpenSshRsaKeyPair, parseOpenSshPublicKey } from "./openssh";
import { KEY_PAIR_KIND, MAX_KEY_PAIRS, toKeyPair, type KeyPairRecord } from "./record";
import { listKeyPairs, saveKeyPair, type KeyPairCtx } from "./repo";

export interface NewKeyPairInput {
  KeyName: string;
  ProjectId: number;
  TagSpecification?: TagSpecInput[];
}

/** seed 28818: tags bound with the key pair (ResourceType "keypair", seed 28825). */
export function keyPairTagsOf(action: string, specs: readonly TagSpecInput[] | undefined): Tag[] {
  return withDocumentedCodes(action, () => {
    let tags: Tag[] = [];
    for (const spec of specs ?? []) {
      if (spec.ResourceType !== "keypair") {
        throw new ApiError("InvalidParameterValue", { en: `TagSpecification.ResourceType must be "keypair", got "${spec.ResourceType ?? ""}".` });
      }
      const seen = new Set<string>();
      const list = (spec.Tags ?? []).map(({ Key = "", Value = "" }) => {
        assertTag(Key, Value);
        if (seen.has(Key)) throw new ApiError("InvalidParameterValue", { en: `The tag key \`${Key}\` is given twice.`, zh: `标签键 \`${Key}\` 重复。` });
        seen.add(Key);
        return { Key, Value };
      });
      // LimitExceeded.TagResourceQuota (seed 28997): at most 50 tags per resource.
      if (list.length > MAX_TAGS_PER_RESOURCE) {
        throw new ApiError("LimitExceeded.TagResourceQuota", { en: `At most ${MAX_TAGS_PER_RESOURCE} tags can be bound to a key pair.` });
      }
      tags = [...tags, ...list];
    }
    return tags;
  });
}

/** Name, project, tags and quota: everything checked before a key is made or imported. */
function checkNew(ctx: KeyPairCtx, p: NewKeyPairInput): Tag[] {
  assertKeyName(ctx.action, p.KeyName);
  // seed 28806: "ProjectId为0表示默认项目"; the emulator knows no other projects below 0.
  if (p.ProjectId < 0) throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${p.ProjectId} does not exist.`, zh: `项目 ${p.ProjectId} 不存在。` });
  const tags = keyPairTagsOf(ctx.action, p.TagSpecification);
  const existing = listKeyPairs(ctx);
  assertNameFree(existing, p.KeyName);
  if (existing.length >= MAX_KEY_PAIRS) {
    throw new ApiError("InvalidKeyPair.LimitExceeded", { en: `At most ${MAX_KEY_PAIRS} key pairs per region.`, zh: `每个地域最多${MAX_KEY_PAIRS}个密钥对。` });
  }
  return tags;
}

function store(ctx: KeyPairCtx, p: NewKeyPairInput, keyId: string, publicKey: string, keyBody: string, tags: Tag[]): KeyPairRecord {
  const now = ctx.clock.now();
  const rec: KeyPairRecord = {
    KeyId: keyId,
    KeyName: p.KeyName,
    ProjectId: p.ProjectId,
    Description: "",
    PublicKey: publicKey,
    CreatedTime: isoSeconds(now),
    Tags: tags,
    internal: { createdAtMs: now, keyBody },
  };
  return ctx.store.transaction(() => {
    checkNew(ctx, p); // again: another call may have taken the name while the key was being generated
    saveKeyPair(ctx, rec);
    return rec;
  });
}

const newKeyId = (ctx: KeyPairCtx) => newUniqueId("skey", (id) => ctx.store.has(ctx.scope, KEY_PAIR_KIND, id));

/** A new RSA pair; the private key is in the answer only (seed 28780). The public key's comment is the KeyId. */
export async function createKeyPair(ctx: KeyPairCtx, p: NewKeyPairInput): Promise<KeyPair> {
  const tags = checkNew(ctx, p);
  const keyId = newKeyId(ctx);
  const pair = await generateOpenSshRsaKeyPair(keyId);
  const rec = store(ctx, p, keyId, pair.publicKey, pair.publicKey.split(" ").slice(0, 2).join(" "), tags);
  return toKeyPair(rec, [], pair.privateKey);
}

/** An existing public key: OpenSSH RSA (seed 29894), not already imported in the region (InvalidPublicKey.Duplicate). */
export function importKeyPair(ctx: KeyPairCtx, p: NewKeyPairInput & { PublicKey: string }): string {
  const tags = checkNew(ctx, p);
  const parsed = parseOpenSshPublicKey(p.PublicKey);
  if (typeof parsed === "string") {
    throw new ApiError("InvalidPublicKey.Malformed", { en: `The public key is not an OpenSSH RSA public key: ${parsed}.`, zh: `公钥格式错误，不符合OpenSSH RSA格式要求：${parsed}。` });
  }
  if (listKeyPairs(ctx).some((k) => k.internal.keyBody === parsed.body)) {
    throw new ApiError("InvalidPublicKey.Duplicate", { en: "This public key has already been imported.", zh: "指定公钥已经存在。" });
  }
  const publicKey = parsed.comment ? `${parsed.body} ${parsed.comment}` : parsed.body;
  return store(ctx, p, newKeyId(ctx), publicKey, parsed.body, tags).KeyId;
}
