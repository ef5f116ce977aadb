// Validate-then-buy against the embedded emulator over real HTTP, with the wizard's ClientToken (issue 6): a
// RunInstances whose answer is dropped after it committed (the emulator's dropResponseAfterCommit fault), then
// retried under the same submission, creates the instances exactly once. The instances are counted through the
// official SDK, not our own client.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/postgres";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator, type RunningEmulator } from "@/server/emulator/server";
import { sdkClient } from "@/server/emulator/testing";
import { CvmClient } from "@/server/cvm/client";
import { defaultConfig, type PurchaseConfig } from "@/lib/purchase/config";
import { getIntent } from "./intents";
import { submitPurchase } from "./submit";

let emulator: RunningEmulator;
let t: TestDatabase;
let client: CvmClient;

const config = (patch: Partial<PurchaseConfig> = {}): PurchaseConfig => ({
  ...defaultConfig("ap-guangzhou"),
  zone: "ap-guangzhou-3",
  instanceType: "S5.MEDIUM4",
  imageId: "img-eb30mz89",
  password: "Passw0rd!23",
  instanceName: "web-{R:1}",
  count: 3,
  ...patch,
});

const admin = (path: string, body?: unknown) =>
  fetch(`${emulator.url}/_emulator/${path}`, {
    method: body === undefined ? "DELETE" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).then((r) => {
    expect(r.ok).toBe(true);
  });

/** Every instance named web-* in the zone, as the official SDK sees them. */
async function webInstances(): Promise<string[]> {
  const res = await sdkClient(emulator.url).DescribeInstances({ Filters: [{ Name: "instance-name", Values: ["web-"] }], Limit: 100 });
  return (res.InstanceSet ?? []).map((i) => i.InstanceId!).sort();
}

const submit = (intentId: string, c = config()) => submitPurchase({ db: t.db, client, language: "en-US" }, { intentId, userId: "u1", accountId: "acc-1", config: c });

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  t = await openTestDatabase("sqlite");
  // Quick retries: the client's own retries of a dropped answer are part of what is tested.
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000, retry: { baseDelayMs: 20, maxDelayMs: 50 } });
});
afterAll(async () => {
  client?.close();
  await t?.close();
  await emulator?.close();
});
beforeEach(async () => {
  await admin("reset", {});
  await t.db.deleteFrom("purchase_intents").execute();
});

describe("submitPurchase: DryRun, then RunInstances with the submission's stored ClientToken", () => {
  it("buys once and records the instance ids on the intent", async () => {
    const out = await submit("00000000-0000-4000-8000-000000000001");
    expect(out.instanceIds).toHaveLength(3);
    expect(out.replayed).toBe(false);
    expect(await webInstances()).toEqual([...out.instanceIds].sort());
    expect(await getIntent(t.db, out.intentId)).toMatchObject({ status: "succeeded", instanceIds: out.instanceIds, attempts: 1 });
  });

  it("ClientToken retried after a drop-after-commit fault creates the instances exactly once", async () => {
    const intentId = "00000000-0000-4000-8000-000000000002";
    await admin("faults", { action: "RunInstances", kind: "dropResponseAfterCommit" });
    // Every attempt (the client's own retries included) commits or replays, then loses its answer.
    const lost = await submit(intentId).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: "ClientNetworkError" });
    const intent = await getIntent(t.db, intentId);
    expect(intent).toMatchObject({ status: "unknown", errorCode: "ClientNetworkError" });
    const created = await webInstances();
    expect(created).toHaveLength(3); // bought by the first attempt, and only by it

    await admin("faults"); // the network is back
    const retried = await submit(intentId);
    expect([...retried.instanceIds].sort()).toEqual(created);
    expect(await webInstances()).toEqual(created);
    expect(await getIntent(t.db, intentId)).toMatchObject({ status: "succeeded", clientToken: intent!.clientToken, attempts: 2 });
  });

  it("the retry skips the DryRun: the committed instances' own quota use cannot refuse it", async () => {
    const intentId = "00000000-0000-4000-8000-000000000003";
    // Spot quota is counted in vCPUs: 12 × 16 = 192 fits 199+, and a second DryRun of the same 192 would not.
    const spot = config({ chargeType: "SPOTPAID", instanceType: "S5.4XLARGE32", count: 12 });
    const quota = await sdkClient(emulator.url).DescribeAccountQuota({ Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] });
    const remaining = quota.AccountQuotaOverview?.AccountQuota?.SpotPaidQuotaSet?.[0]?.RemainingQuota ?? 0;
    expect(remaining).toBeGreaterThanOrEqual(192);
    expect(remaining).toBeLessThan(384);
    await admin("faults", { action: "RunInstances", kind: "dropResponseAfterCommit" });
    await expect(submit(intentId, spot)).rejects.toMatchObject({ code: "ClientNetworkError" });
    await admin("faults");
    const retried = await submit(intentId, spot);
    expect(retried.instanceIds).toHaveLength(12);
  });

  it("submitting a succeeded submission again sends nothing and answers its instances", async () => {
    const intentId = "00000000-0000-4000-8000-000000000004";
    const first = await submit(intentId);
    const again = await submit(intentId);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await webInstances()).toHaveLength(3);
  });

  it("a submission retried with a changed configuration is refused before anything is sent", async () => {
    const intentId = "00000000-0000-4000-8000-000000000005";
    await admin("faults", { action: "RunInstances", kind: "dropResponseAfterCommit" });
    await expect(submit(intentId)).rejects.toMatchObject({ code: "ClientNetworkError" });
    await admin("faults");
    await expect(submit(intentId, config({ count: 4 }))).rejects.toMatchObject({ fieldErrors: { form: "purchase.error.intentChanged" } });
    expect(await webInstances()).toHaveLength(3);
  });

  it("a DryRun that fails (quota exceeded) buys nothing", async () => {
    const err = await submit("00000000-0000-4000-8000-000000000006", config({ chargeType: "SPOTPAID", instanceType: "S5.4XLARGE32", count: 100 })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "LimitExceeded.SpotQuota" });
    expect(await webInstances()).toEqual([]);
  });
});
