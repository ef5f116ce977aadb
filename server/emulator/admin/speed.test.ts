import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../server";
import { sdkClient } from "../testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu.close());

const call = async (method: string, body?: unknown) => {
  const res = await fetch(`${emu.url}/_emulator/speed`, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
};

describe("/_emulator/speed", () => {
  it("GET: realistic by default", async () => {
    expect(await call("GET")).toEqual({ status: 200, json: { mode: "realistic" } });
  });

  it("POST {mode: instant}: a new instance is RUNNING by the next describe; POST /_emulator/reset restores realistic", async () => {
    expect((await call("POST", { mode: "instant" })).json).toEqual({ mode: "instant" });
    const client = sdkClient(emu.url);
    const [id] = (await client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" })).InstanceIdSet!;
    expect((await client.DescribeInstancesStatus({ InstanceIds: [id] })).InstanceStatusSet![0].InstanceState).toBe("RUNNING");
    await fetch(`${emu.url}/_emulator/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await call("GET")).json).toEqual({ mode: "realistic" });
  });

  it("POST: the string form works and a bad setting → 400", async () => {
    expect((await call("POST", "describes:3")).json).toEqual({ mode: "describes", describes: 3 });
    expect((await call("POST", { mode: "warp" })).status).toBe(400);
  });
});
