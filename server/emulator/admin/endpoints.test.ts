import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { errorCodeOf, sdkClient } from "../testing";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${emulator.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("/_emulator/*", () => {
  it("GET /_emulator/health answers ok with the API version", async () => {
    const res = await admin("GET", "/_emulator/health");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, version: "2017-03-12", actions: expect.arrayContaining(["DescribeZones"]) });
  });

  it("POST /_emulator/clock {advanceSeconds: 301} makes SDK calls expire; {set} brings time back", async () => {
    expect((await admin("POST", "/_emulator/clock", { advanceSeconds: 301 })).status).toBe(200);
    expect(await errorCodeOf(sdkClient(emulator.url).DescribeZones())).toBe("AuthFailure.SignatureExpire");
    const back = await admin("POST", "/_emulator/clock", { set: new Date().toISOString() });
    expect(Math.abs((back.json.offsetMs as number) ?? 1e9)).toBeLessThan(2000);
    expect((await sdkClient(emulator.url).DescribeZones()).TotalCount).toBeGreaterThan(0);
    expect((await admin("POST", "/_emulator/clock", { advanceSeconds: "x" })).status).toBe(400);
  });

  it("POST /_emulator/faults stores a rule the dispatcher applies; DELETE clears it; bad rules → 400", async () => {
    const set = await admin("POST", "/_emulator/faults", { action: "DescribeRegions", errorCode: "ServiceUnavailable", probability: 1 });
    expect(set.status).toBe(200);
    expect(await errorCodeOf(sdkClient(emulator.url).DescribeRegions())).toBe("ServiceUnavailable");
    expect((await admin("DELETE", "/_emulator/faults")).json).toEqual({ rules: [] });
    expect((await sdkClient(emulator.url).DescribeRegions()).TotalCount).toBeGreaterThan(0);
    expect((await admin("POST", "/_emulator/faults", { action: "DescribeRegions", errorCode: "Made.Up.Code" })).status).toBe(400);
    expect((await admin("POST", "/_emulator/faults", { action: "NoSuchAction", errorCode: "InternalError" })).status).toBe(400);
    expect((await admin("POST", "/_emulator/faults", { action: "DescribeRegions", errorCode: "InternalError", probability: 2 })).status).toBe(400);
  });

  it("POST /_emulator/reset wipes all state, or one account's", async () => {
    const store = emulator.runtime.store;
    const mine = { account: DEMO_ACCOUNT.ownerUin, region: "ap-guangzhou" };
    const peer = { account: DEMO_PEER_ACCOUNT.ownerUin, region: "ap-guangzhou" };
    store.put(mine, "instances", "ins-aaaaaaaa", {});
    store.put(peer, "instances", "ins-bbbbbbbb", {});
    expect((await admin("POST", "/_emulator/reset", { account: DEMO_ACCOUNT.secretId })).json).toMatchObject({ reset: DEMO_ACCOUNT.ownerUin });
    expect(store.list(mine, "instances")).toEqual([]);
    expect(store.list(peer, "instances")).toHaveLength(1);
    emulator.runtime.clock.advance(86_400_000);
    expect((await admin("POST", "/_emulator/reset", {})).status).toBe(200);
    expect(store.list(peer, "instances")).toEqual([]);
    expect(Math.abs(emulator.runtime.clock.offsetMs())).toBeLessThan(1000);
    expect((await admin("POST", "/_emulator/reset", { account: "nobody" })).status).toBe(400);
  });

  it("POST /_emulator/seed validates account, region and counts", async () => {
    expect((await admin("POST", "/_emulator/seed", { region: "ap-guangzhou", instances: 0 })).json).toMatchObject({ ok: true, seeded: { instances: 0 } });
    expect((await admin("POST", "/_emulator/seed", { region: "ap-mars" })).status).toBe(400);
    expect((await admin("POST", "/_emulator/seed", { account: "nobody" })).status).toBe(400);
    expect((await admin("POST", "/_emulator/seed", { instances: -1 })).status).toBe(400);
    expect((await admin("POST", "/_emulator/seed", { spaceships: 3 })).status).toBe(400);
  });

  it("a POST that is not JSON → 403; an unknown endpoint → 404", async () => {
    const res = await fetch(`${emulator.url}/_emulator/reset`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" });
    expect(res.status).toBe(403);
    expect((await admin("GET", "/_emulator/nothing")).status).toBe(404);
  });

  it("a request whose Host is not loopback (DNS rebinding) → 403", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${emulator.url}/_emulator/health`, { headers: { Host: "attacker.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
