import { describe, expect, it } from "vitest";
import { BindKeyPairInput, CreateKeyPairInput, ImportKeyPairInput, ModifyKeyPairInput } from "./schemas";

const where = { accountId: "acc-1", region: "ap-guangzhou" };
const issues = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);

describe("key pair schemas", () => {
  it("KeyName: letters, digits, underscores, at most 25 (seed 28800)", () => {
    expect(CreateKeyPairInput.safeParse({ ...where, KeyName: "ops_key_1" }).success).toBe(true);
    expect(issues(CreateKeyPairInput.safeParse({ ...where, KeyName: "ops-key" }))).toEqual(["KeyName:keyPairs.validation.nameChars"]);
    expect(issues(CreateKeyPairInput.safeParse({ ...where, KeyName: "k".repeat(26) }))).toEqual(["KeyName:keyPairs.validation.nameLength"]);
    expect(issues(CreateKeyPairInput.safeParse({ ...where, KeyName: " " }))).toEqual(["KeyName:validation.required"]);
  });

  it("ImportKeyPair: the public key is checked as an OpenSSH RSA key", () => {
    expect(issues(ImportKeyPairInput.safeParse({ ...where, KeyName: "k", PublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK" }))).toEqual(["PublicKey:keyPairs.publicKey.notRsa"]);
  });

  it("Modify needs a name or a description (seed 29660)", () => {
    expect(issues(ModifyKeyPairInput.safeParse({ ...where, KeyId: "skey-abcdefgh" }))).toEqual(["form:validation.nothingToChange"]);
    expect(ModifyKeyPairInput.safeParse({ ...where, KeyId: "skey-abcdefgh", Description: "" }).success).toBe(true);
  });

  it("Bind: well-formed ids, at most 100 instances, no duplicates", () => {
    const ok = { ...where, mode: "associate", KeyIds: ["skey-abcdefgh"], InstanceIds: ["ins-abcdefgh"] };
    expect(BindKeyPairInput.parse(ok).ForceStop).toBe(false);
    expect(issues(BindKeyPairInput.safeParse({ ...ok, InstanceIds: ["ins-abcdefgh", "ins-abcdefgh"] }))).toEqual(["InstanceIds:resources.validation.duplicate"]);
    expect(issues(BindKeyPairInput.safeParse({ ...ok, InstanceIds: [] }))).toEqual(["InstanceIds:resources.validation.noneSelected"]);
    expect(issues(BindKeyPairInput.safeParse({ ...ok, KeyIds: ["key-1"] }))).toEqual(["KeyIds.0:resources.validation.id"]);
  });
});
