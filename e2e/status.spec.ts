// Live status end to end: an instance stopped behind the console's back (the official SDK straight at the
// emulator) turns STOPPING and then STOPPED on an open page, without a reload, through GET /api/status (SSE).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const REGION = "ap-guangzhou";
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

/**
 * "describes:2" mode: a transition lands only after two DescribeInstances/Status calls have seen it, so STOPPING
 * is guaranteed to be observable by the poller whenever its next poll comes (a slow poll: up to 30 s).
 */
async function withDescribesSpeed(request: APIRequestContext, run: () => Promise<void>): Promise<void> {
  const previous = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: { mode: "describes", describes: 2 } });
  try {
    await run();
  } finally {
    await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previous });
  }
}

async function runningInstance(): Promise<string> {
  const res = await sdk().DescribeInstances({ Filters: [{ Name: "instance-state", Values: ["RUNNING"] }], Limit: 100 });
  const ids = (res.InstanceSet ?? []).filter((i) => i.LatestOperationState !== "OPERATING").map((i) => i.InstanceId!);
  expect(ids.length, "the demo fleet has running instances in ap-guangzhou").toBeGreaterThan(0);
  return ids[ids.length - 1]!;
}

test("the status stream reports an instance stopped elsewhere as STOPPING, then STOPPED", async ({ page, request }) => {
  test.setTimeout(90_000);
  await withDescribesSpeed(request, async () => {
    const id = await runningInstance();
    await page.goto("/");
    await page.evaluate(
      ({ id, region }) => {
        const w = window as unknown as { seen: string[]; health: string[] };
        w.seen = [];
        w.health = [];
        const source = new EventSource(`/api/status?region=${region}&ids=${id}`);
        source.onmessage = (m) => {
          const ev = JSON.parse(m.data);
          w.health.push(ev.health.state);
          const s = ev.statuses[id];
          if (s && w.seen.at(-1) !== s.InstanceState) w.seen.push(s.InstanceState);
        };
      },
      { id, region: REGION },
    );
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(["RUNNING"]);
    await sdk().StopInstances({ InstanceIds: [id] });
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen), { timeout: 60_000 }).toEqual(["RUNNING", "STOPPING", "STOPPED"]);
    expect(await page.evaluate(() => (window as unknown as { health: string[] }).health)).not.toContain("degraded");
    await sdk().StartInstances({ InstanceIds: [id] });
  });
});

test("an instance row turns STOPPING then STOPPED live; an open menu stays open and the page is not reloaded", async ({ page, request }) => {
  test.setTimeout(90_000);
  await withDescribesSpeed(request, async () => {
    await page.goto("/instances");
    const stateOf = (id: string) => page.locator(`[data-testid="instance-row"][data-id="${id}"] [data-testid="instance-state-cell"]`);
    await expect(page.getByTestId("status-indicator")).toHaveAttribute("data-state", "live", { timeout: 20_000 });
    const firstRunning = page.locator('[data-testid="instance-row"]:has([data-testid="instance-state-cell"][data-state="RUNNING"])').first();
    const id = (await firstRunning.getAttribute("data-id"))!;
    expect(id).toMatch(/^ins-/);

    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByTestId("column-chooser").click();
    await expect(page.getByTestId("column-chooser-panel")).toBeVisible();

    await sdk().StopInstances({ InstanceIds: [id] });
    await expect(stateOf(id)).toHaveAttribute("data-state", "STOPPING", { timeout: 60_000 });
    await expect(stateOf(id)).toHaveAttribute("data-state", "STOPPED", { timeout: 20_000 });

    await expect(page.getByTestId("column-chooser-panel")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect(page.getByTestId("status-freshness").first()).toHaveText(/as of \d+ s ago/);
    // Every row says how fresh it is, under its state.
    await expect(stateOf(id)).toHaveText(/^Stopped\s+as of \d+ s ago$/);
    await sdk().StartInstances({ InstanceIds: [id] });
  });
});
