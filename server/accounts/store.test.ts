import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { getCloudAccountCredentials } from "./credentials";
import {
  createCloudAccount,
  deleteCloudAccount,
  listCloudAccounts,
  NotFoundError,
  setDefaultCloudAccount,
  updateCloudAccount,
  ValidationError,
} from "./store";

const ENV_KEYS = ["DATA_DIR", "CONSOLE_ENCRYPTION_KEY", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_REGION", "TENCENTCLOUD_ENDPOINT"];
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-accounts-"));
});
beforeEach(() => {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.DATA_DIR = dir; // master.key lands here
});
afterAll(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const SECRET_ID = "AKIDabcdefghijklmnopqrstuvwxyz0123456789";
const SECRET_KEY = "sk-0123456789abcdefghijklmnopqrstu";
const prod = { name: "Production", secretId: SECRET_ID, secretKey: SECRET_KEY, defaultRegion: "ap-shanghai" };

function setEnvAccount() {
  process.env.TENCENTCLOUD_SECRET_ID = "AKIDenvenvenvenvenvenvENV1";
  process.env.TENCENTCLOUD_SECRET_KEY = "env-secret-key-value";
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe.each(TEST_ENGINES)("cloud accounts on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await t.db.deleteFrom("cloud_accounts").execute();
  });

  it("creates an account: masked id, default endpoint, first one default, key sealed at rest", async () => {
    const view = await createCloudAccount(prod, t.db);
    expect(view).toEqual({
      id: expect.any(String),
      name: "Production",
      endpoint: "https://cvm.tencentcloudapi.com",
      secretIdMasked: "AKID****6789",
      defaultRegion: "ap-shanghai",
      isDefault: true,
      source: "db",
      isSimulation: false,
    });
    expect(JSON.stringify(await listCloudAccounts(t.db))).not.toContain(SECRET_KEY);
    const row = await t.db.selectFrom("cloud_accounts").selectAll().executeTakeFirstOrThrow();
    expect(row.secret_key_enc).toMatch(/^v1:/);
    expect(row.secret_key_enc).not.toContain(SECRET_KEY);
    expect(await getCloudAccountCredentials(undefined, t.db)).toEqual({
      id: view.id,
      name: "Production",
      endpoint: "https://cvm.tencentcloudapi.com",
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      defaultRegion: "ap-shanghai",
      isSimulation: false,
    });
  });

  it("flags a loopback emulator endpoint as simulation and allows http only there", async () => {
    const sim = await createCloudAccount({ ...prod, name: "Emulator", endpoint: "http://127.0.0.1:9123/" }, t.db);
    expect(sim).toMatchObject({ endpoint: "http://127.0.0.1:9123", isSimulation: true });
    expect(await fieldErrorsOf(createCloudAccount({ ...prod, name: "Plain", endpoint: "http://example.com" }, t.db))).toEqual({
      endpoint: expect.stringMatching(/https/),
    });
  });

  it("validates every field with its own message and rejects a duplicate name", async () => {
    const errors = await fieldErrorsOf(createCloudAccount({ name: "", endpoint: "not a url", secretId: "", secretKey: "", defaultRegion: "Guangzhou!" }, t.db));
    expect(Object.keys(errors).sort()).toEqual(["defaultRegion", "endpoint", "name", "secretId", "secretKey"]);
    await createCloudAccount(prod, t.db);
    expect(await fieldErrorsOf(createCloudAccount(prod, t.db))).toEqual({ name: expect.stringMatching(/already exists/) });
  });

  it("updates fields, keeping the old key when none is given", async () => {
    const view = await createCloudAccount(prod, t.db);
    const updated = await updateCloudAccount(view.id, { name: "Prod", defaultRegion: "ap-guangzhou", secretKey: "" }, t.db);
    expect(updated).toMatchObject({ name: "Prod", defaultRegion: "ap-guangzhou", secretIdMasked: "AKID****6789" });
    expect((await getCloudAccountCredentials(view.id, t.db)).secretKey).toBe(SECRET_KEY);

    expect(await fieldErrorsOf(updateCloudAccount(view.id, { secretId: "AKIDnewnewnewnewnew1234" }, t.db))).toEqual({
      secretKey: expect.any(String),
    });
    await updateCloudAccount(view.id, { secretId: "AKIDnewnewnewnewnew1234", secretKey: "new-key-value" }, t.db);
    expect(await getCloudAccountCredentials(view.id, t.db)).toMatchObject({ secretId: "AKIDnewnewnewnewnew1234", secretKey: "new-key-value" });
    await expect(updateCloudAccount("nope", { name: "x" }, t.db)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moves the default, and hands it on when the default is deleted", async () => {
    const a = await createCloudAccount({ ...prod, name: "A" }, t.db);
    const b = await createCloudAccount({ ...prod, name: "B", secretKey: "key-of-b" }, t.db);
    expect(b.isDefault).toBe(false);
    await setDefaultCloudAccount(b.id, t.db);
    expect((await listCloudAccounts(t.db)).map((x) => [x.name, x.isDefault])).toEqual([["A", false], ["B", true]]);
    expect((await getCloudAccountCredentials(undefined, t.db)).secretKey).toBe("key-of-b");
    await deleteCloudAccount(b.id, t.db);
    expect((await listCloudAccounts(t.db)).map((x) => [x.id, x.isDefault])).toEqual([[a.id, true]]);
    await expect(deleteCloudAccount(b.id, t.db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setDefaultCloudAccount("missing", t.db)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the env account read-only and never stores it", async () => {
    setEnvAccount();
    process.env.TENCENTCLOUD_ENDPOINT = "http://127.0.0.1:9000";
    const [env] = await listCloudAccounts(t.db);
    expect(env).toEqual({
      id: "env",
      name: expect.any(String),
      endpoint: "http://127.0.0.1:9000",
      secretIdMasked: "AKID****ENV1",
      defaultRegion: "ap-guangzhou",
      isDefault: true,
      source: "env",
      isSimulation: true,
    });
    expect(await t.db.selectFrom("cloud_accounts").selectAll().execute()).toEqual([]);
    await expect(updateCloudAccount("env", { name: "x" }, t.db)).rejects.toBeInstanceOf(ValidationError);
    await expect(deleteCloudAccount("env", t.db)).rejects.toBeInstanceOf(ValidationError);
    expect(await getCloudAccountCredentials(undefined, t.db)).toMatchObject({ id: "env", secretKey: "env-secret-key-value" });

    // With an env account, a new stored account does not silently take over as default...
    const stored = await createCloudAccount(prod, t.db);
    expect(stored.isDefault).toBe(false);
    expect((await getCloudAccountCredentials(undefined, t.db)).id).toBe("env");
    // ...until chosen; choosing "env" again clears the stored default.
    await setDefaultCloudAccount(stored.id, t.db);
    expect((await getCloudAccountCredentials(undefined, t.db)).id).toBe(stored.id);
    expect((await listCloudAccounts(t.db))[0].isDefault).toBe(false);
    await setDefaultCloudAccount("env", t.db);
    expect((await getCloudAccountCredentials(undefined, t.db)).id).toBe("env");
    expect((await getCloudAccountCredentials("env", t.db)).secretId).toBe("AKIDenvenvenvenvenvenvENV1");
  });

  it("explains a missing account without leaking secrets", async () => {
    await expect(getCloudAccountCredentials(undefined, t.db)).rejects.toThrow(/No cloud account configured/);
    await expect(getCloudAccountCredentials("does-not-exist", t.db)).rejects.toThrow(/"does-not-exist" not found/);
    await expect(getCloudAccountCredentials("env", t.db)).rejects.toBeInstanceOf(NotFoundError);
  });
});
