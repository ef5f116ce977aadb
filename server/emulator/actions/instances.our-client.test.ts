// The instance lifecycle through the console's own client (server/cvm) over real loopback HTTP, so a bug shared by
// the SDK and the emulator's verifier cannot hide: launch with a ClientToken, describe with filters, stop and
// start through transitional states, price inquiries, and documented refusals as CloudApiError.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CvmClient } from "@/server/cvm/client";
import { CloudApiError } from "@/server/cvm/errors";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { setSpeed } from "../state/instances/durations";

let emu: RunningEmulator;
let client: CvmClient;
const region = "ap-guangzhou";
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  // Settle after two describes: transitions are observable without sleeping.
  setSpeed(emu.runtime.store, { mode: "describes", describes: 2 });
  client = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
});
afterAll(async () => {
  client.close();
  await emu.close();
});

const base = { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4" };
const stateOf = async (id: string) => (await client.call("DescribeInstances", { InstanceIds: [id] }, { region })).InstanceSet![0].InstanceState;
async function settle(id: string, target: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    const s = (await stateOf(id))!;
    seen.push(s);
    if (s === target) return seen;
  }
  throw new Error(`${id} never reached ${target}: ${seen.join(" → ")}`);
}

describe("Instances through our client", () => {
  it("RunInstances with a ClientToken: a retry returns the same ids and creates nothing more", async () => {
    const ClientToken = randomUUID();
    const first = await client.call("RunInstances", { ...base, InstanceCount: 2, InstanceName: "ours-{R:1}", ClientToken }, { region });
    const again = await client.call("RunInstances", { ...base, InstanceCount: 2, InstanceName: "ours-{R:1}", ClientToken }, { region });
    expect(again.InstanceIdSet).toEqual(first.InstanceIdSet);
    const named = await client.call("DescribeInstances", { Filters: [{ Name: "instance-name", Values: ["ours-"] }] }, { region });
    expect(named.TotalCount).toBe(2);
    expect(named.InstanceSet!.map((i) => i.InstanceName).sort()).toEqual(["ours-1", "ours-2"]);
  });

  it("Stop then Start pass through STOPPING and STARTING; a second Stop of a STOPPED instance is refused", async () => {
    const [id] = (await client.call("RunInstances", base, { region })).InstanceIdSet!;
    expect((await settle(id, "RUNNING"))[0]).toBe("PENDING");
    await client.call("StopInstances", { InstanceIds: [id] }, { region });
    expect(await settle(id, "STOPPED")).toContain("STOPPING");
    const err = await client.call("StopInstances", { InstanceIds: [id] }, { region }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudApiError);
    expect((err as CloudApiError).code).toBe("UnsupportedOperation.InstanceStateStopped");
    await client.call("StartInstances", { InstanceIds: [id] }, { region });
    expect(await settle(id, "RUNNING")).toContain("STARTING");
  });

  it("InquiryPriceRunInstances: prepaid for 12 months costs less per month than for 1", async () => {
    const quote = async (Period: number) =>
      (await client.call("InquiryPriceRunInstances", { ...base, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period } }, { region })).Price!
        .InstancePrice!;
    const [one, twelve] = [await quote(1), await quote(12)];
    expect(twelve.DiscountPrice! / 12).toBeLessThan(one.DiscountPrice!);
  });

  it("DescribeInstancesStatus with a malformed id → InvalidInstanceId.Malformed", async () => {
    const err = await client.call("DescribeInstancesStatus", { InstanceIds: ["not-an-id"] }, { region }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "InvalidInstanceId.Malformed", action: "DescribeInstancesStatus" });
  });
});
