import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { getIntent, markFailed, markSending, markSucceeded, openIntent } from "./intents";

const input = { id: "11111111-1111-4111-8111-111111111111", userId: "u1", accountId: "acc", region: "ap-guangzhou", fingerprint: "f1", instanceCount: 3 };

describe.each(TEST_ENGINES)("purchase intents on %s (migration 0003)", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("purchase_intents").execute();
  });

  it("stores a fresh ClientToken before anything is sent, and returns the same one for every retry", async () => {
    const first = await openIntent(t.db, input);
    expect(first).toMatchObject({ status: "created", attempts: 0, instanceIds: null });
    expect(first.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    const again = await openIntent(t.db, input);
    expect(again.clientToken).toBe(first.clientToken);
    expect(await t.db.selectFrom("purchase_intents").selectAll().execute()).toHaveLength(1);
  });

  it("two submissions get two different tokens", async () => {
    const a = await openIntent(t.db, input);
    const b = await openIntent(t.db, { ...input, id: "22222222-2222-4222-8222-222222222222" });
    expect(a.clientToken).not.toBe(b.clientToken);
  });

  it("refuses a retry by another user or with another request under the same submission", async () => {
    await openIntent(t.db, input);
    await expect(openIntent(t.db, { ...input, fingerprint: "f2" })).rejects.toMatchObject({ fieldErrors: { form: "purchase.error.intentChanged" } });
    await expect(openIntent(t.db, { ...input, userId: "u2" })).rejects.toMatchObject({ fieldErrors: { form: "purchase.error.intentChanged" } });
  });

  it("records attempts and the outcome: sending → unknown → sending → succeeded", async () => {
    await openIntent(t.db, input);
    await markSending(t.db, input.id);
    await markFailed(t.db, input.id, { status: "unknown", errorCode: "ClientNetworkError" });
    expect(await getIntent(t.db, input.id)).toMatchObject({ status: "unknown", attempts: 1, errorCode: "ClientNetworkError" });
    await markSending(t.db, input.id);
    await markSucceeded(t.db, input.id, ["ins-aaaaaaaa", "ins-bbbbbbbb"], "req-1");
    expect(await getIntent(t.db, input.id)).toMatchObject({ status: "succeeded", attempts: 2, errorCode: null, instanceIds: ["ins-aaaaaaaa", "ins-bbbbbbbb"], requestId: "req-1" });
  });
});
