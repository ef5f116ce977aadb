import { createPrivateKey } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../server";
import { fillKeyPairQuota, SEED_PUBLIC_KEY } from "../state/keypairs/keypairs.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

// Key pairs without instances: CreateKeyPair, ImportKeyPair, DescribeKeyPairs, ModifyKeyPairAttribute, DeleteKeyPairs.
// Each test works in its own region of one emulator (key pairs are per account and region), so none sees another's.

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu.close());

const REGIONS = ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-nanjing", "ap-hongkong", "ap-singapore", "ap-tokyo", "ap-seoul", "ap-bangkok", "na-siliconvalley", "eu-frankfurt"];
let next = 0;
/** A client for a region no other test of this file uses. */
function freshClient(): { client: CvmClient; region: string } {
  const region = REGIONS[next++];
  if (!region) throw new Error("out of regions");
  return { client: sdkClient(emu.url, { region }), region };
}

describe("CreateKeyPair", () => {
  it("CreateKeyPair: the seed's example makes an OpenSSH RSA pair; the private key is answered once and never described", async () => {
    const { client, region } = freshClient();
    const { KeyPair } = await client.CreateKeyPair({ ProjectId: 0, KeyName: "Tencent" });
    expect(KeyPair).toMatchObject({ KeyName: "Tencent", ProjectId: 0, Description: "", AssociatedInstanceIds: [], Tags: [] });
    expect(KeyPair!.KeyId).toMatch(/^skey-[a-z0-9]{8}$/);
    expect(KeyPair!.PublicKey).toMatch(new RegExp(`^ssh-rsa AAAAB3NzaC1yc2E[A-Za-z0-9+/]+=* ${KeyPair!.KeyId}$`));
    expect(KeyPair!.PrivateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(createPrivateKey(KeyPair!.PrivateKey!).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(KeyPair!.CreatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const { KeyPairSet } = await client.DescribeKeyPairs({ KeyIds: [KeyPair!.KeyId!] });
    const described = { ...KeyPair };
    delete described.PrivateKey;
    expect(KeyPairSet).toEqual([described]);
    const stored = emu.runtime.store.list({ account: "100000000001", region }, "key-pair");
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain("PRIVATE KEY");
  });

  it("CreateKeyPair: a taken name → InvalidKeyPairName.Duplicate; empty / illegal / 26-character names → their documented codes", async () => {
    const { client } = freshClient();
    await client.CreateKeyPair({ ProjectId: 0, KeyName: "ops_key" });
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "ops_key" }))).toBe("InvalidKeyPairName.Duplicate");
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "" }))).toBe("InvalidKeyPairNameEmpty");
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "ops-key" }))).toBe("InvalidKeyPairNameIncludeIllegalChar");
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "k".repeat(26) }))).toBe("InvalidKeyPairNameTooLong");
    await client.CreateKeyPair({ ProjectId: 0, KeyName: "k".repeat(25) });
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: -1, KeyName: "neg" }))).toBe("InvalidProjectId.NotFound");
  });

  it("CreateKeyPair: TagSpecification binds tags (ResourceType keypair); a reserved key → FailedOperation.TagKeyReserved; 51 tags → LimitExceeded.TagResourceQuota", async () => {
    const { client } = freshClient();
    const { KeyPair } = await client.CreateKeyPair({ ProjectId: 0, KeyName: "tagged", TagSpecification: [{ ResourceType: "keypair", Tags: [{ Key: "myTag", Value: "cloud" }] }] });
    expect(KeyPair!.Tags).toEqual([{ Key: "myTag", Value: "cloud" }]);
    const tag = (Key: string) => ({ Key, Value: "v" });
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "r", TagSpecification: [{ ResourceType: "keypair", Tags: [tag("qcloud:x")] }] }))).toBe("FailedOperation.TagKeyReserved");
    const many = Array.from({ length: 51 }, (_, i) => tag(`k${i}`));
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "m", TagSpecification: [{ ResourceType: "keypair", Tags: many }] }))).toBe("LimitExceeded.TagResourceQuota");
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "i", TagSpecification: [{ ResourceType: "instance", Tags: [tag("a")] }] }))).toBe("InvalidParameterValue");
  });

  it("CreateKeyPair / ImportKeyPair: at the region's 500 key pairs → InvalidKeyPair.LimitExceeded", async () => {
    const { client, region } = freshClient();
    fillKeyPairQuota({ store: emu.runtime.store, clock: emu.runtime.clock, scope: { account: "100000000001", region } });
    expect(await errorCodeOf(client.CreateKeyPair({ ProjectId: 0, KeyName: "one_more" }))).toBe("InvalidKeyPair.LimitExceeded");
    expect(await errorCodeOf(client.ImportKeyPair({ ProjectId: 0, KeyName: "one_more", PublicKey: SEED_PUBLIC_KEY }))).toBe("InvalidKeyPair.LimitExceeded");
    expect((await client.DescribeKeyPairs({ Limit: 1 })).TotalCount).toBe(500);
  });
});

describe("ImportKeyPair", () => {
  it("ImportKeyPair: a real OpenSSH RSA public key is stored as given; the same key again → InvalidPublicKey.Duplicate", async () => {
    const { client } = freshClient();
    const { KeyId } = await client.ImportKeyPair({ ProjectId: 0, KeyName: "operation_key", PublicKey: SEED_PUBLIC_KEY });
    expect(KeyId).toMatch(/^skey-[a-z0-9]{8}$/);
    const { KeyPairSet } = await client.DescribeKeyPairs({ KeyIds: [KeyId!] });
    expect(KeyPairSet![0]).toMatchObject({ KeyId, KeyName: "operation_key", PublicKey: SEED_PUBLIC_KEY, AssociatedInstanceIds: [] });
    const otherComment = SEED_PUBLIC_KEY.replace("skey_112168", "someone@laptop");
    expect(await errorCodeOf(client.ImportKeyPair({ ProjectId: 0, KeyName: "again", PublicKey: otherComment }))).toBe("InvalidPublicKey.Duplicate");
    expect(await errorCodeOf(client.ImportKeyPair({ ProjectId: 0, KeyName: "operation_key", PublicKey: SEED_PUBLIC_KEY }))).toBe("InvalidKeyPairName.Duplicate");
  });

  it("ImportKeyPair: the seed's placeholder key (seed 29958), a truncated key or an ed25519 key → InvalidPublicKey.Malformed", async () => {
    const { client } = freshClient();
    for (const PublicKey of ["ssh-rsa XXXXXXXXXXXX== skey_45071", SEED_PUBLIC_KEY.slice(0, 100), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl", "hello"]) {
      expect(await errorCodeOf(client.ImportKeyPair({ ProjectId: 0, KeyName: "operation_key", PublicKey })), PublicKey).toBe("InvalidPublicKey.Malformed");
    }
    expect(await errorCodeOf(client.ImportKeyPair({ ProjectId: 0, KeyName: "bad name", PublicKey: SEED_PUBLIC_KEY }))).toBe("InvalidKeyPairNameIncludeIllegalChar");
    expect((await client.DescribeKeyPairs({})).TotalCount).toBe(0);
  });
});

describe("DescribeKeyPairs", () => {
  it("DescribeKeyPairs: the seed's example (key-name Tencent, Offset 0, Limit 20) finds the one key named so", async () => {
    const { client } = freshClient();
    await client.ImportKeyPair({ ProjectId: 0, KeyName: "Tencent", PublicKey: SEED_PUBLIC_KEY });
    await client.CreateKeyPair({ ProjectId: 0, KeyName: "other" });
    const res = await client.DescribeKeyPairs({ Filters: [{ Name: "key-name", Values: ["Tencent"] }], Offset: 0, Limit: 20 });
    expect(res.TotalCount).toBe(1);
    expect(res.KeyPairSet![0]).toMatchObject({ KeyName: "Tencent", ProjectId: 0, Description: "", PublicKey: SEED_PUBLIC_KEY, AssociatedInstanceIds: [], Tags: [] });
    expect(res.KeyPairSet![0]).not.toHaveProperty("PrivateKey");
  });

  it("DescribeKeyPairs: project-id and tag filters, paging newest first", async () => {
    const { client } = freshClient();
    const tags = (v: string) => [{ ResourceType: "keypair", Tags: [{ Key: "env", Value: v }] }];
    const a = (await client.CreateKeyPair({ ProjectId: 0, KeyName: "a", TagSpecification: tags("prod") })).KeyPair!.KeyId;
    const b = (await client.CreateKeyPair({ ProjectId: 1002, KeyName: "b", TagSpecification: tags("dev") })).KeyPair!.KeyId;
    const c = (await client.CreateKeyPair({ ProjectId: 1002, KeyName: "c" })).KeyPair!.KeyId;
    const ids = async (req: object) => (await client.DescribeKeyPairs(req)).KeyPairSet!.map((k) => k.KeyId);
    expect(await ids({})).toEqual([c, b, a]);
    expect(await ids({ Filters: [{ Name: "project-id", Values: ["1002"] }] })).toEqual([c, b]);
    expect(await ids({ Filters: [{ Name: "tag-key", Values: ["env"] }] })).toEqual([b, a]);
    expect(await ids({ Filters: [{ Name: "tag-value", Values: ["dev"] }] })).toEqual([b]);
    expect(await ids({ Filters: [{ Name: "tag:env", Values: ["prod", "dev"] }, { Name: "project-id", Values: ["0"] }] })).toEqual([a]);
    const page = await client.DescribeKeyPairs({ Offset: 1, Limit: 1 });
    expect(page.TotalCount).toBe(3);
    expect(page.KeyPairSet!.map((k) => k.KeyId)).toEqual([b]);
    expect(await ids({ KeyIds: [a, "skey-00000000"] })).toEqual([a]);
  });

  it("DescribeKeyPairs: KeyIds with Filters → InvalidParameter; bad KeyId → InvalidKeyPairId.Malformed; Limit / Offset / filters out of range → their codes", async () => {
    const { client } = freshClient();
    const code = (req: object) => errorCodeOf(client.DescribeKeyPairs(req));
    expect(await code({ KeyIds: ["skey-11112222"], Filters: [{ Name: "key-name", Values: ["x"] }] })).toBe("InvalidParameter");
    expect(await code({ KeyIds: ["skey-1122"] })).toBe("InvalidKeyPairId.Malformed");
    expect(await code({ Limit: 101 })).toBe("InvalidParameterValueLimit");
    expect(await code({ Offset: -1 })).toBe("InvalidParameterValueOffset");
    expect(await code({ Filters: [{ Name: "key-id", Values: ["x"] }] })).toBe("InvalidFilter");
    expect(await code({ Filters: [{ Name: "key-name", Values: ["1", "2", "3", "4", "5", "6"] }] })).toBe("InvalidFilterValue.LimitExceeded");
    expect(await code({ Filters: Array.from({ length: 11 }, () => ({ Name: "key-name", Values: ["x"] })) })).toBe("InvalidParameterValue.LimitExceeded");
    expect(await code({ KeyIds: Array.from({ length: 101 }, (_, i) => `skey-${String(i).padStart(8, "0")}`) })).toBe("InvalidKeyPair.LimitExceeded");
  });
});

describe("ModifyKeyPairAttribute / DeleteKeyPairs", () => {
  it("ModifyKeyPairAttribute: the seed's two examples rename a key and change its description", async () => {
    const { client } = freshClient();
    const { KeyId } = (await client.CreateKeyPair({ ProjectId: 0, KeyName: "old_name" })).KeyPair!;
    await client.ModifyKeyPairAttribute({ KeyId: KeyId!, KeyName: "Tencent" });
    await client.ModifyKeyPairAttribute({ KeyId: KeyId!, Description: "Tencent" });
    expect((await client.DescribeKeyPairs({ KeyIds: [KeyId!] })).KeyPairSet![0]).toMatchObject({ KeyName: "Tencent", Description: "Tencent" });
    await client.ModifyKeyPairAttribute({ KeyId: KeyId!, KeyName: "Tencent" }); // its own name is not a duplicate
  });

  it("ModifyKeyPairAttribute: nothing to change → MissingParameter; taken name → InvalidKeyPairName.Duplicate; bad name / 61-character description → InvalidParameterValue; unknown → InvalidKeyPairId.NotFound", async () => {
    const { client } = freshClient();
    const a = (await client.CreateKeyPair({ ProjectId: 0, KeyName: "a" })).KeyPair!.KeyId!;
    await client.CreateKeyPair({ ProjectId: 0, KeyName: "b" });
    const code = (req: object) => errorCodeOf(client.ModifyKeyPairAttribute({ KeyId: a, ...req }));
    expect(await code({})).toBe("MissingParameter");
    expect(await code({ KeyName: "b" })).toBe("InvalidKeyPairName.Duplicate");
    expect(await code({ KeyName: "b-2" })).toBe("InvalidParameterValue");
    expect(await code({ Description: "d".repeat(61) })).toBe("InvalidParameterValue");
    await client.ModifyKeyPairAttribute({ KeyId: a, Description: "描".repeat(60) });
    expect(await errorCodeOf(client.ModifyKeyPairAttribute({ KeyId: "skey-zzzzzzzz", KeyName: "x" }))).toBe("InvalidKeyPairId.NotFound");
    expect(await errorCodeOf(client.ModifyKeyPairAttribute({ KeyId: "skey-1122", KeyName: "x" }))).toBe("InvalidKeyPairId.Malformed");
  });

  it("DeleteKeyPairs: the seed's example deletes the key; an unknown id → InvalidKeyPairId.NotFound and nothing of the batch is deleted", async () => {
    const { client } = freshClient();
    const a = (await client.CreateKeyPair({ ProjectId: 0, KeyName: "a" })).KeyPair!.KeyId!;
    const b = (await client.CreateKeyPair({ ProjectId: 0, KeyName: "b" })).KeyPair!.KeyId!;
    expect(await errorCodeOf(client.DeleteKeyPairs({ KeyIds: [a, "skey-mv9yzyjj"] }))).toBe("InvalidKeyPairId.NotFound");
    expect(await errorCodeOf(client.DeleteKeyPairs({ KeyIds: ["skey-1122"] }))).toBe("InvalidKeyPairId.Malformed");
    expect((await client.DescribeKeyPairs({})).TotalCount).toBe(2);
    await client.DeleteKeyPairs({ KeyIds: [a] });
    expect((await client.DescribeKeyPairs({})).KeyPairSet!.map((k) => k.KeyId)).toEqual([b]);
    expect(await errorCodeOf(client.DeleteKeyPairs({ KeyIds: [a] }))).toBe("InvalidKeyPairId.NotFound");
    const many = Array.from({ length: 101 }, (_, i) => `skey-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(client.DeleteKeyPairs({ KeyIds: many }))).toBe("InvalidKeyPair.LimitExceeded");
  });
});

it("Key pairs persist: an emulator restarted on the same database still describes them (without the private key)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "emu-keys-"));
  try {
    const dbPath = join(dir, "emulator.db");
    const first = await startEmulator({ port: 0, dbPath });
    const { KeyPair } = await sdkClient(first.url).CreateKeyPair({ ProjectId: 0, KeyName: "durable" });
    await first.close();
    const second = await startEmulator({ port: 0, dbPath });
    try {
      const { KeyPairSet } = await sdkClient(second.url).DescribeKeyPairs({ KeyIds: [KeyPair!.KeyId!] });
      expect(KeyPairSet).toEqual([{ KeyId: KeyPair!.KeyId, KeyName: "durable", ProjectId: 0, Description: "", PublicKey: KeyPair!.PublicKey, AssociatedInstanceIds: [], CreatedTime: KeyPair!.CreatedTime, Tags: [] }]);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
