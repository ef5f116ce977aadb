import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PEER_ACCOUNT } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { createManualClock } from "../state/clock";
import { errorCodeOf, sdkClient } from "../testing";

type Envelope = { Response: { Error?: { Code: string; Message: string }; RequestId: string } };

// A clock that stands still, so a burst is within one second however slow the machine is.
const clock = createManualClock(Date.now());
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock });
});
afterAll(() => emulator.close());
beforeEach(() => {
  clock.set(Date.now());
  emulator.runtime.limiter.reset();
  emulator.runtime.faults.clear();
});

describe("routing", () => {
  it("an action not in the seed → InvalidAction", async () => {
    const client = sdkClient(emulator.url);
    expect(await errorCodeOf(client.request("NoSuchAction", {}))).toBe("InvalidAction");
  });

  it("an API version other than 2017-03-12 → NoSuchVersion", async () => {
    const client = sdkClient(emulator.url);
    (client as unknown as { apiVersion: string }).apiVersion = "2020-01-01";
    expect(await errorCodeOf(client.DescribeZones())).toBe("NoSuchVersion");
  });

  it("a path other than / → the error envelope (InvalidAction) with HTTP 200, not a 404 page", async () => {
    const res = await fetch(`${emulator.url}/v2/index.php`, { method: "POST", body: "{}" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Envelope;
    expect(body.Response.Error?.Code).toBe("InvalidAction");
    expect(body.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a method other than GET/POST → UnsupportedProtocol envelope", async () => {
    const res = await fetch(`${emulator.url}/`, { method: "PUT", body: "{}" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Envelope).Response.Error?.Code).toBe("UnsupportedProtocol");
  });

  it("a GET query over 32 KB → RequestSizeLimitExceeded (seed 4444)", async () => {
    const res = await fetch(`${emulator.url}/?Action=DescribeZones&Pad=${"x".repeat(33 * 1024)}`);
    expect(((await res.json()) as Envelope).Response.Error?.Code).toBe("RequestSizeLimitExceeded");
  });
});

describe("params against the seed tables", () => {
  it("StartInstances: no InstanceIds → MissingParameter", async () => {
    const code = await errorCodeOf(sdkClient(emulator.url).request("StartInstances", {}));
    expect(code).toBe("MissingParameter");
  });

  it("DescribeZones: a param its table does not list → UnknownParameter", async () => {
    expect(await errorCodeOf(sdkClient(emulator.url).request("DescribeZones", { Foo: 1 }))).toBe("UnknownParameter");
  });

  it("DescribeInstances: a member the Filter structure lacks → UnknownParameter naming the path", async () => {
    const call = sdkClient(emulator.url).request("DescribeInstances", { Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"], Extra: 1 }] });
    await expect(call).rejects.toMatchObject({ code: "UnknownParameter", message: expect.stringContaining("Filters.0.Extra") });
  });

  it("DescribeInstances: a Filter without its required Name → MissingParameter", async () => {
    const call = sdkClient(emulator.url).request("DescribeInstances", { Filters: [{ Values: ["x"] }] });
    expect(await errorCodeOf(call)).toBe("MissingParameter");
  });

  it("DescribeInstances: wrong JSON types (Limit \"five\", InstanceIds not an array) → InvalidParameterValue", async () => {
    const client = sdkClient(emulator.url);
    expect(await errorCodeOf(client.request("DescribeInstances", { Limit: "five" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.request("DescribeInstances", { InstanceIds: "ins-12345678" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(client.request("DescribeInstances", { InstanceIds: [1] }))).toBe("InvalidParameterValue");
  });

  it("errors come in the caller's language: zh-CN gets Chinese, default English", async () => {
    const zh = sdkClient(emulator.url, { language: "zh-CN" }).request("NoSuchAction", {});
    await expect(zh).rejects.toMatchObject({ code: "InvalidAction", message: expect.stringMatching(/接口/) });
    const en = sdkClient(emulator.url).request("NoSuchAction", {});
    await expect(en).rejects.toMatchObject({ code: "InvalidAction", message: expect.stringMatching(/does not exist/) });
  });
});

describe("rate limits", () => {
  it("DescribeZones: the 21st call within one second → RequestLimitExceeded (limit 20/s, seed overview)", async () => {
    const client = sdkClient(emulator.url);
    for (let i = 0; i < 20; i++) await client.DescribeZones();
    expect(await errorCodeOf(client.DescribeZones())).toBe("RequestLimitExceeded");
    // Another region, another SecretId: separate windows.
    expect((await sdkClient(emulator.url, { region: "ap-shanghai" }).DescribeZones()).TotalCount).toBeGreaterThan(0);
    expect((await sdkClient(emulator.url, { account: DEMO_PEER_ACCOUNT }).DescribeZones()).TotalCount).toBeGreaterThan(0);
    // The window slides with the injected clock.
    clock.advance(1001);
    expect((await client.DescribeZones()).TotalCount).toBeGreaterThan(0);
  });

  it("a burst of concurrent calls gets exactly the limit through", async () => {
    const client = sdkClient(emulator.url, { region: "ap-beijing" });
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => client.DescribeRegions()));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("RequestLimitExceeded");
  });
});

describe("faults and internal errors", () => {
  it("a fault rule with probability 1 returns its error code for that action only", async () => {
    emulator.runtime.faults.set({ action: "DescribeZones", errorCode: "ResourceUnavailable", probability: 1, latencyMs: 0 });
    expect(await errorCodeOf(sdkClient(emulator.url).DescribeZones())).toBe("ResourceUnavailable");
    expect((await sdkClient(emulator.url).DescribeRegions()).TotalCount).toBeGreaterThan(0);
  });

  it("a fault rule's latency delays the answer", async () => {
    emulator.runtime.faults.set({ action: "DescribeRegions", probability: 1, latencyMs: 300 });
    const started = Date.now();
    await sdkClient(emulator.url).DescribeRegions();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("anything thrown inside → InternalError envelope, and the server keeps serving", async () => {
    const limiter = emulator.runtime.limiter;
    const original = limiter.tryAcquire;
    limiter.tryAcquire = () => {
      throw new Error("boom");
    };
    try {
      expect(await errorCodeOf(sdkClient(emulator.url).DescribeZones())).toBe("InternalError");
    } finally {
      limiter.tryAcquire = original;
    }
    expect((await sdkClient(emulator.url).DescribeZones()).TotalCount).toBeGreaterThan(0);
  });
});
