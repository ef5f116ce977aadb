// The key pair actions and reads against the embedded emulator over real loopback HTTP: the private key is handed
// back once and recorded nowhere, imports are checked before the cloud is asked, binding follows the instance-state
// rules, and a bound key cannot be deleted. A viewer is refused before anything reaches the cloud.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator } from "@/server/emulator/server";
import { CvmClient } from "@/server/cvm/client";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ client: null as unknown, role: "operator", recordAudit: vi.fn(async (entry: unknown) => void entry), calls: [] as string[] }));
vi.mock("@/server/auth/session", () => ({
  requireRole: async (min: string) => {
    if (m.role === "viewer" && min !== "viewer") throw new AuthError(403, "FORBIDDEN", "forbidden");
    return { id: "op-1", email: "op@x", name: "Op", role: m.role };
  },
}));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { createKeyPair } = await import("./create");
const { importKeyPair } = await import("./import");
const { modifyKeyPair } = await import("./modify");
const { deleteKeyPairs } = await import("./delete");
const { bindKeyPair } = await import("./bind");
const { listKeyPairs, listBindableInstances } = await import("@/server/queries/key-pairs");

const REGION = "ap-guangzhou";
const where = { accountId: "acc-1", region: REGION };
const read = { ...where, language: "en-US" as const };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;
let stopped = "";
let running = "";

async function waitFor(id: string, state: string) {
  for (let i = 0; i < 50; i++) {
    const res = await client.call("DescribeInstances", { InstanceIds: [id] }, { region: REGION });
    const inst = res.InstanceSet?.[0];
    if (inst?.InstanceState === state && inst.LatestOperationState !== "OPERATING") return inst;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${id} never reached ${state}`);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  // Count what reaches the cloud, to prove refusals happen before it.
  m.client = new Proxy(client, {
    get: (target, prop) => (prop === "call" ? (action: string, ...rest: unknown[]) => (m.calls.push(action), (target.call as (...a: unknown[]) => unknown)(action, ...rest)) : Reflect.get(target, prop)),
  });
  await fetch(`${emulator.url}/_emulator/speed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "instant" }) });
  const run = await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceCount: 2, InstanceName: "kp-test" }, { region: REGION });
  [stopped, running] = run.InstanceIdSet!;
  await waitFor(stopped, "RUNNING");
  await client.call("StopInstances", { InstanceIds: [stopped] }, { region: REGION });
  await waitFor(stopped, "STOPPED");
  await waitFor(running, "RUNNING");
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
});

beforeEach(() => {
  m.role = "operator";
  m.calls.length = 0;
  m.recordAudit.mockClear();
});

describe("key pairs ↔ emulator", () => {
  it("create: the private key comes back once as PEM and is in no audit row; DescribeKeyPairs never returns it", async () => {
    const res = await createKeyPair({ ...where, KeyName: "ops_e2e_1" });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(res.keyId).toMatch(/^skey-[a-z0-9]{8}$/);
    const audited = JSON.stringify(m.recordAudit.mock.calls);
    expect(audited).toContain("keyPair.create");
    expect(audited).not.toContain("PRIVATE KEY");
    expect(audited).not.toContain(res.privateKey.split("\n")[1]);
    const list = await listKeyPairs(read);
    const row = list.KeyPairSet.find((k) => k.KeyId === res.keyId)!;
    expect(row).toMatchObject({ KeyName: "ops_e2e_1", AssociatedInstanceIds: [] });
    expect(JSON.stringify(list)).not.toContain("PRIVATE KEY");
  });

  it("create with a taken name → InvalidKeyPairName.Duplicate with its RequestId", async () => {
    const res = await createKeyPair({ ...where, KeyName: "ops_e2e_1" });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatchObject({ code: "InvalidKeyPairName.Duplicate", requestId: expect.any(String) });
  });

  it("import: a malformed key is a field error and never reaches the cloud; a real one is imported", async () => {
    const bad = await importKeyPair({ ...where, KeyName: "imported", PublicKey: "ssh-rsa not-a-key" });
    expect(!bad.ok && bad.error).toMatchObject({ code: "ValidationError", fieldErrors: { PublicKey: en["keyPairs.publicKey.base64"] } });
    expect(m.calls).toEqual([]);
    const created = await client.call("CreateKeyPair", { KeyName: "donor", ProjectId: 0 }, { region: REGION });
    const publicKey = created.KeyPair!.PublicKey!;
    await client.call("DeleteKeyPairs", { KeyIds: [created.KeyPair!.KeyId!] }, { region: REGION });
    const ok = await importKeyPair({ ...where, KeyName: "imported", PublicKey: publicKey });
    expect(ok).toMatchObject({ ok: true, keyId: expect.stringMatching(/^skey-/) });
  });

  it("bind to a STOPPED Linux instance; a RUNNING one needs ForceStop (the cloud refuses otherwise)", async () => {
    const key = (await listKeyPairs(read)).KeyPairSet.find((k) => k.KeyName === "ops_e2e_1")!;
    expect(await bindKeyPair({ ...where, mode: "associate", KeyIds: [key.KeyId], InstanceIds: [stopped] })).toMatchObject({ ok: true });
    const refused = await bindKeyPair({ ...where, mode: "associate", KeyIds: [key.KeyId], InstanceIds: [running] });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toMatch(/InvalidInstanceState|UnsupportedOperation/);
    await waitFor(stopped, "STOPPED");
    const bound = await listBindableInstances(read, { ids: [stopped] });
    expect(bound.InstanceSet[0]).toMatchObject({ InstanceId: stopped, KeyIds: [key.KeyId] });
    expect((await listKeyPairs(read)).KeyPairSet.find((k) => k.KeyId === key.KeyId)!.AssociatedInstanceIds).toEqual([stopped]);
  });

  it("delete: refused while bound (InvalidParameterValue.KeyPairNotSupported); allowed after unbinding", async () => {
    const key = (await listKeyPairs(read)).KeyPairSet.find((k) => k.KeyName === "ops_e2e_1")!;
    const refused = await deleteKeyPairs({ ...where, KeyIds: [key.KeyId] });
    expect(!refused.ok && refused.error.code).toBe("InvalidParameterValue.KeyPairNotSupported");
    expect(await bindKeyPair({ ...where, mode: "disassociate", KeyIds: [key.KeyId], InstanceIds: [stopped] })).toMatchObject({ ok: true });
    await waitFor(stopped, "STOPPED");
    expect(await modifyKeyPair({ ...where, KeyId: key.KeyId, Description: "retired" })).toMatchObject({ ok: true });
    expect(await deleteKeyPairs({ ...where, KeyIds: [key.KeyId] })).toMatchObject({ ok: true });
    expect((await listKeyPairs(read)).KeyPairSet.some((k) => k.KeyId === key.KeyId)).toBe(false);
  });

  it("a viewer is refused by every write before anything reaches the cloud", async () => {
    m.role = "viewer";
    const results = await Promise.all([
      createKeyPair({ ...where, KeyName: "nope" }),
      deleteKeyPairs({ ...where, KeyIds: ["skey-aaaaaaaa"] }),
      bindKeyPair({ ...where, mode: "associate", KeyIds: ["skey-aaaaaaaa"], InstanceIds: [stopped] }),
    ]);
    for (const r of results) expect(!r.ok && r.error.code).toBe("FORBIDDEN");
    expect(m.calls).toEqual([]);
  });
});
