import type { CreateKeyPairRequest, CreateKeyPairResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { createKeyPair } from "../state/keypairs/create";
import { defineAction } from "./types";

/**
 * CreateKeyPair (seed 28768–29002): a new OpenSSH RSA key pair (seed 28772). The answer carries the private key
 * (PKCS#1 PEM), which the emulator does not keep (seed 28780: "腾讯云不会保存用户的私钥").
 */
export default defineAction<CreateKeyPairRequest, CreateKeyPairResponse>(async (params, ctx) => ({
  KeyPair: await createKeyPair(ctx, params),
}));
