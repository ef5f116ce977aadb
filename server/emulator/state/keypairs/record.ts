// A key pair as stored (structure KeyPair, seed 37878–37933). The private key is never stored: CreateKeyPair
// returns it once (seed 28780: "腾讯云不会保存用户的私钥").
import type { KeyPair } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { Tag } from "../instances/tags";

/** The store kind (one document per KeyId, per account and region); RunInstances / ResetInstance read it through launch.ts. */
export const KEY_PAIR_KIND = "key-pair";

/**
 * Key pairs per account and region. Not in the seed (InvalidKeyPair.LimitExceeded, seed 28983, names no number);
 * the console's figure.
 */
export const MAX_KEY_PAIRS = 500;
/** seed 29051 / 29299 / 29513: "每次请求批量密钥对的上限为100". */
export const MAX_KEY_IDS_PER_REQUEST = 100;

export interface KeyPairRecord {
  KeyId: string;
  KeyName: string;
  ProjectId: number;
  Description: string;
  /** As created or imported: "ssh-rsa AAAA… comment". */
  PublicKey: string;
  CreatedTime: string;
  Tags: Tag[];
  internal: {
    createdAtMs: number;
    /** "ssh-rsa AAAA…" without the comment: two imports of one key are duplicates (InvalidPublicKey.Duplicate). */
    keyBody: string;
  };
}

/** What DescribeKeyPairs / CreateKeyPair return for a record (the private key only from CreateKeyPair). */
export function toKeyPair(rec: Readonly<KeyPairRecord>, associatedInstanceIds: string[], privateKey?: string): KeyPair {
  return {
    KeyId: rec.KeyId,
    KeyName: rec.KeyName,
    ProjectId: rec.ProjectId,
    Description: rec.Description,
    PublicKey: rec.PublicKey,
    ...(privateKey !== undefined ? { PrivateKey: privateKey } : {}),
    AssociatedInstanceIds: associatedInstanceIds,
    CreatedTime: rec.CreatedTime,
    Tags: rec.Tags.map((t) => ({ ...t })),
  };
}
