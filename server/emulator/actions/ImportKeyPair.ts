import type { ImportKeyPairRequest, ImportKeyPairResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { importKeyPair } from "../state/keypairs/create";
import { defineAction } from "./types";

/**
 * ImportKeyPair (seed 29846–30061): stores an OpenSSH RSA public key (seed 29894) under a new KeyId; it is not
 * bound to any instance (seed 29852). A malformed key → InvalidPublicKey.Malformed, one already imported →
 * InvalidPublicKey.Duplicate.
 */
export default defineAction<ImportKeyPairRequest, ImportKeyPairResponse>((params, ctx) => ({ KeyId: importKeyPair(ctx, params) }));
