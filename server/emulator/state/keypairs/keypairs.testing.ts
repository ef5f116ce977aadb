// Helpers for the key-pair contract tests.
import type { InstanceCtx } from "../instances/repo";
import { isoSeconds } from "../instances/time";
import { MAX_KEY_PAIRS, type KeyPairRecord } from "./record";
import { saveKeyPair } from "./repo";

/** The public key of the seed's DescribeKeyPairs / CreateKeyPair examples (seed 28658–28660): a real 1024-bit RSA key. */
export const SEED_PUBLIC_KEY =
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDP0Yw2T4itUKOJQIK69c1Asy1UO88cxEbujR5Jbr0e/Ey1v4ZKAUzDnsBnFlf4hKPA1YvMB8RBYj4GcLtM7PrKnBNNram8rgl73X/klOO8oqKv+J/XUA7KHH1Y6wcn1RTRTMdDHbGhW1q/UpfeylNTbf+wEIWhEfaL5FKQm4hqCw== skey_112168";

/** Fills the scope up to the key-pair quota behind the API (generating 500 RSA keys would take a while). */
export function fillKeyPairQuota(ctx: InstanceCtx): void {
  ctx.store.transaction(() => {
    for (let i = 0; i < MAX_KEY_PAIRS; i++) {
      const KeyId = `skey-q${String(i).padStart(7, "0")}`;
      const rec: KeyPairRecord = {
        KeyId,
        KeyName: `filler_${i}`,
        ProjectId: 0,
        Description: "",
        PublicKey: `ssh-rsa AAAA${i} ${KeyId}`,
        CreatedTime: isoSeconds(ctx.clock.now()),
        Tags: [],
        internal: { createdAtMs: ctx.clock.now(), keyBody: `ssh-rsa AAAA${i}` },
      };
      saveKeyPair(ctx, rec);
    }
  });
}
