// Our client against the embedded emulator over real loopback HTTP: the wire protocol end to end
// (TC3 signing, envelope, error mapping). The emulator has its own contract tests through the official SDK,
// so a bug shared by our signer and its verifier cannot hide.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator } from "@/server/emulator/server";
import { CvmClient } from "./client";
import { CloudApiError } from "./errors";

let emulator: { url: string; port: number; close: () => Promise<void> | void };
const clients: CvmClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await emulator?.close();
});

function client(secretKey = DEMO_SECRET_KEY): CvmClient {
  const c = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey, timeoutMs: 10_000 });
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
});
