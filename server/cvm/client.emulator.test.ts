// Our client against the embedded emulator over real loopback HTTP: the wire protocol end to end
// (TC3 signing, envelope, error mapping). The emulator has its own contract tests through the official SDK,
// so a bug shared by our signer and its verifier cannot hide.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { createClock } from "@/server/emulator/state/clock";
import { startEmulator } from "@/server/emulator/server";
import { CvmClient } from "./client";
import { CloudApiError } from "./errors";

let emulator: { url: string; port: number; close: () => Promise<void> | void };
const clock = createClock();
const clients: CvmClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await emulator?.close();
});

function client(secretKey = DEMO_SECRET_KEY, secretId = DEMO_SECRET_ID): CvmClient {
  // One attempt: these tests read the emulator's first answer, not the client's retries.
  const c = new CvmClient({ endpoint: emulator.url, secretId, secretKey, timeoutMs: 10_000, retry: { maxAttempts: 1 } });
  clients.push(c);
  return c;
}

describe("CvmClient ↔ emulator", () => {
  it("listens on loopback only", () => {
    expect(new URL(emulator.url).hostname).toBe("127.0.0.1");
  });

  it("DescribeRegions succeeds and lists ap-guangzhou with a RequestId", async () => {
    const res = await client().call("DescribeRegions", {});
    expect(res.RequestId).toMatch(/\S/);
    expect(res.TotalCount).toBe(res.RegionSet?.length);
    expect(res.RegionSet?.map((r) => r.Region)).toContain("ap-guangzhou");
  });

  it("DescribeZones succeeds for a region and every zone belongs to it", async () => {
    const res = await client().call("DescribeZones", {}, { region: "ap-guangzhou" });
    expect(res.RequestId).toMatch(/\S/);
    expect(res.ZoneSet?.length).toBeGreaterThan(0);
    for (const zone of res.ZoneSet ?? []) expect(zone.Zone).toMatch(/^ap-guangzhou-\d+$/);
  });

  it("consecutive calls on one client each get their own RequestId", async () => {
    const c = client();
    const [a, b] = [await c.call("DescribeRegions", {}), await c.call("DescribeRegions", {})];
    expect(a.RequestId).not.toBe(b.RequestId);
  });

  it("a wrong secret key → CloudApiError AuthFailure.SignatureFailure with a RequestId", async () => {
    const err = await client("not-the-demo-key").call("DescribeRegions", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({ code: "AuthFailure.SignatureFailure", action: "DescribeRegions" });
    expect((err as CloudApiError).requestId).toMatch(/\S/);
    expect((err as CloudApiError).message).not.toContain("not-the-demo-key");
  });

  it("a timestamp 301 s away from the emulator's clock → AuthFailure.SignatureExpire", async () => {
    clock.advance(301_000);
    try {
      await expect(client().call("DescribeRegions", {})).rejects.toMatchObject({ code: "AuthFailure.SignatureExpire" });
    } finally {
      clock.advance(-301_000);
    }
    await expect(client().call("DescribeRegions", {})).resolves.toMatchObject({ TotalCount: expect.any(Number) });
  });

  it("an unknown SecretId → AuthFailure.SecretIdNotFound", async () => {
    const stranger = client(DEMO_SECRET_KEY, "AKIDnobodyHasThisKey000000000000000");
    await expect(stranger.call("DescribeRegions", {})).rejects.toMatchObject({ code: "AuthFailure.SecretIdNotFound" });
  });

  it("an unknown action → InvalidAction", async () => {
    await expect(client().call("NoSuchAction" as never, {} as never)).rejects.toMatchObject({ code: "InvalidAction" });
  });

  it("DescribeZones without a Region → MissingParameter; an undocumented param → UnknownParameter", async () => {
    await expect(client().call("DescribeZones", {})).rejects.toMatchObject({ code: "MissingParameter" });
    await expect(client().call("DescribeRegions", { Foo: 1 } as never)).rejects.toMatchObject({ code: "UnknownParameter" });
  });

  it("two clients sharing one key burst past DescribeZones' 20/s → RequestLimitExceeded from the emulator", async () => {
    // Each client paces itself to the documented 20/s; two replicas with one key together exceed it, and the
    // emulator's per-(action, region, SecretId) limit must say so.
    const [a, b] = [client(), client()];
    const calls = Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).call("DescribeZones", {}, { region: "ap-shanghai" }));
    const results = await Promise.allSettled(calls);
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as CloudApiError).code : "ok"));
    expect(codes).toContain("RequestLimitExceeded");
    expect(codes.filter((c) => c === "ok").length).toBeGreaterThanOrEqual(20);
  });
});
