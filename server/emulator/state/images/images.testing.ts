// Helpers for the image contract tests: the instance lifecycle harness (official SDK, faked clock) plus a client for
// the peer account and shortcuts to a RUNNING instance and a NORMAL custom image.
import type { ImportImageRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT } from "../../accounts";
import { sdkClient, type CvmClient } from "../../testing";
import { launchOne, SETTLE_MS, startHarness, type LifecycleHarness } from "../instances/lifecycle.testing";
import type { SpeedSetting } from "../instances/durations";
import { IMAGE_DURATIONS_MS } from "./timing";

export interface ImageHarness extends LifecycleHarness {
  /** The second demo account, in ap-guangzhou. */
  peer: CvmClient;
  /** A client of the demo account in another region. */
  in(region: string, account?: "demo" | "peer"): CvmClient;
}

export async function startImageHarness(speed: SpeedSetting = { mode: "realistic" }, dbPath?: string): Promise<ImageHarness> {
  const h = await startHarness(speed, dbPath);
  const inRegion = (region: string, account: "demo" | "peer" = "demo") =>
    sdkClient(h.emu.url, { region, account: account === "demo" ? DEMO_ACCOUNT : DEMO_PEER_ACCOUNT });
  return Object.assign(h, { peer: inRegion("ap-guangzhou", "peer"), in: inRegion });
}

/** Long enough for any image work in realistic mode. */
export const IMAGE_SETTLE_MS = Math.max(...Object.values(IMAGE_DURATIONS_MS)) + 1_000;

/** A RUNNING instance of the demo account (launched, then settled). */
export async function runningInstance(h: ImageHarness, extra: Parameters<typeof launchOne>[1] = {}): Promise<string> {
  const id = await launchOne(h, extra);
  h.elapse(SETTLE_MS);
  return id;
}

/** A valid ImportImage request (the seed's example 1, seed 27292–27314), with a name of the caller's choice. */
export function importRequest(name: string, extra: Partial<ImportImageRequest> = {}): ImportImageRequest {
  return {
    ImageUrl: "http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk",
    ImageDescription: "sampleimage",
    ImageName: name,
    Architecture: "x86_64",
    OsType: "CentOS",
    OsVersion: "6",
    ...extra,
  };
}

/** A NORMAL custom image of the demo account, by ImportImage then the clock (each call in its own rate-limit second). */
export async function normalImage(h: ImageHarness, name: string, extra: Partial<ImportImageRequest> = {}, client: CvmClient = h.client): Promise<string> {
  h.elapse(1_000);
  const { ImageId } = await client.ImportImage(importRequest(name, extra));
  h.elapse(IMAGE_SETTLE_MS);
  return ImageId!;
}

export async function imageOf(client: CvmClient, id: string) {
  return (await client.DescribeImages({ ImageIds: [id] })).ImageSet![0];
}
