// Batch and row operations end to end: select several instances, stop them with one left out and explained,
// watch them pass STOPPING → STOPPED live without a reload, start them again, terminate with the refund shown
// first, and a viewer who sees no mutating control. Instances are created for this spec through the official SDK.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const REGION = "ap-guangzhou";
const NAME = `ops-e2e-${Date.now().toString(36)}`;
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

let postpaid: string[] = [];
let prepaid = "";
let previousSpeed: unknown;

async function statesOf(ids: string[]): Promise<string[]> {
  const res = await sdk().DescribeInstances({ InstanceIds: ids });
  return ids.map((id) => res.InstanceSet?.find((i) => i.InstanceId === id)?.InstanceState ?? "GONE");
}

async function launch(count: number, extra: object): Promise<string[]> {
  const res = await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceName: NAME, InstanceCount: count, ...extra });
  return res.InstanceIdSet!;
}

async function setSpeed(request: APIRequestContext, speed: unknown) {
  expect((await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed })).ok()).toBe(true);
}

/** The rows of this spec's instances, found through the list's own search. */
async function openList(page: Page) {
  await page.goto(`/instances?q=${encodeURIComponent(`name:${NAME}`)}`);
  await expect(page.getByTestId("instance-row")).toHaveCount(5, { timeout: 20_000 });
  // Hydrated and streaming: clicks now reach React, and rows update live.
  await expect(page.getByTestId("status-indicator")).toHaveAttribute("data-state", "live", { timeout: 20_000 });
}

const row = (page: Page, id: string) => page.locator(`[data-testid="instance-row"][data-id="${id}"]`);

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  // Real time, but short: STOPPING lasts 4 s, long enough for the status poller (nudged by the action) to report it.
  await setSpeed(request, { mode: "realistic", overridesMs: { RunInstances: 2_000, StopInstances: 4_000, StartInstances: 3_000, TerminateInstances: 2_000 } });
  postpaid = await launch(4, { InstanceChargeType: "POSTPAID_BY_HOUR" });
  [prepaid] = await launch(1, { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } });
  const all = [...postpaid, prepaid];
  await expect.poll(() => statesOf(all), { timeout: 30_000 }).toEqual(all.map(() => "RUNNING"));
  // The one that will be left out of the stop: already stopped.
  await sdk().StopInstances({ InstanceIds: [postpaid[3]] });
  await expect.poll(async () => (await statesOf([postpaid[3]]))[0], { timeout: 30_000 }).toBe("STOPPED");
});

test.afterAll(async ({ request }) => {
  if (previousSpeed) await setSpeed(request, previousSpeed);
});

test("stop several with one ineligible explained, watch STOPPING → STOPPED live, then start them again", async ({ page }) => {
  test.setTimeout(120_000);
  await openList(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  for (const id of postpaid) await row(page, id).getByTestId("row-select").check();
  await expect(page.getByTestId("batch-op-stop")).toContainText("3");

  await page.getByTestId("batch-op-stop").click();
  const dialog = page.getByTestId("op-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-testid="op-target"][data-eligible="true"]')).toHaveCount(3);
  const leftOut = dialog.locator('[data-testid="op-target"][data-eligible="false"]');
  await expect(leftOut).toHaveCount(1);
  await expect(leftOut).toHaveAttribute("data-instance-id", postpaid[3]);
  await expect(leftOut.getByTestId("op-reason")).toHaveAttribute("data-reason", "state");
  await expect(leftOut.getByTestId("op-reason")).toContainText(/stopped/i);

  await page.getByTestId("op-stop-type-SOFT_FIRST").click();
  // Every state each progress row shows, in order, as the DOM changes (no polling gaps).
  await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    const record = () => {
      for (const el of document.querySelectorAll('[data-testid="op-progress-row"] [data-testid="op-live-state"]')) {
        const id = el.closest("[data-instance-id]")?.getAttribute("data-instance-id") ?? "";
        const state = el.getAttribute("data-state") ?? "";
        const list = (seen[id] ??= []);
        if (state && list.at(-1) !== state) list.push(state);
      }
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
  });
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toBeVisible();
  const progressRow = (id: string) => page.locator(`[data-testid="op-progress-row"][data-instance-id="${id}"]`);
  // Each instance of the call carries its RequestId; the left-out one is listed as skipped with its reason.
  await expect(progressRow(postpaid[3])).toHaveAttribute("data-step", "skipped");
  for (const id of postpaid.slice(0, 3)) {
    await expect(progressRow(id).getByTestId("op-live-state")).toHaveAttribute("data-state", "STOPPED", { timeout: 30_000 });
    const seen = await page.evaluate((id) => (window as unknown as { seen: Record<string, string[]> }).seen[id], id);
    expect(seen.slice(-2), `states shown for ${id}: ${seen.join(" → ")}`).toEqual(["STOPPING", "STOPPED"]);
    await expect(progressRow(id)).toHaveAttribute("data-step", "done");
    await expect(row(page, id).getByTestId("instance-state-cell")).toHaveAttribute("data-state", "STOPPED");
  }
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true");
  await expect(page.getByTestId("op-summary")).toContainText("3");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7); // never reloaded
  await page.getByTestId("op-close").click();

  // All four are stopped now: all four start.
  await page.getByTestId("batch-op-start").click();
  await expect(page.getByTestId("op-dialog").locator('[data-testid="op-target"][data-eligible="true"]')).toHaveCount(4);
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 60_000 });
  await expect(page.locator('[data-testid="op-progress-row"][data-step="done"]')).toHaveCount(4);
  expect(await statesOf(postpaid)).toEqual(["RUNNING", "RUNNING", "RUNNING", "RUNNING"]);
});

test("terminate shows the refund first, splits charge types into separate calls, and the instances go", async ({ page }) => {
  test.setTimeout(120_000);
  await openList(page);
  const targets = [postpaid[0], prepaid];
  for (const id of targets) await row(page, id).getByTestId("row-select").check();
  await page.getByTestId("batch-op-terminate").click();
  const dialog = page.getByTestId("op-dialog");
  // The refund of the prepaid one (InquiryPriceTerminateInstances) is shown before anything can run.
  await expect(dialog.getByTestId("op-price-amount")).toContainText(/\d/, { timeout: 15_000 });
  await expect(dialog.getByTestId("op-price-amount")).not.toHaveText(/^\D*0\.00$/);
  await expect(page.getByTestId("op-confirm")).toBeDisabled();
  await page.getByTestId("op-ack").check();
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 60_000 });
  // Pay-as-you-go: released. Prepaid: to the recycle bin (SHUTDOWN), seed 19139.
  await expect.poll(() => statesOf(targets), { timeout: 30_000 }).toEqual(["GONE", "SHUTDOWN"]);
  const requestIds = await page.locator('[data-testid="op-progress-row"]').allInnerTexts();
  expect(new Set(requestIds.map((text) => /RequestId (\S+)/.exec(text)?.[1])).size).toBe(2); // two calls
});

test("a viewer sees the instances but no mutating control", async ({ page, browser }) => {
  const viewer = { email: `ops-viewer-${Date.now()}@e2e.test`, password: "viewer-password-123" };
  await page.goto("/settings/users");
  await page.getByTestId("users-create").click();
  await page.getByTestId("user-email").fill(viewer.email);
  await page.getByTestId("user-name").fill("Ops Viewer");
  await page.getByTestId("user-password").fill(viewer.password);
  await page.getByTestId("user-role").selectOption("viewer");
  await page.getByTestId("user-create-submit").click();
  await expect(page.locator(`[data-testid="user-row"][data-email="${viewer.email}"]`)).toBeVisible();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const v = await context.newPage();
  await signIn(v, viewer.email, viewer.password);
  await v.goto(`/instances?q=${encodeURIComponent(`name:${NAME}`)}`);
  await expect(v.getByTestId("instance-row").first()).toBeVisible({ timeout: 20_000 });
  await v.getByTestId("instance-row").first().hover();
  await expect(v.getByTestId("row-select")).toHaveCount(0);
  await expect(v.getByTestId("instance-row-actions")).toHaveCount(0);
  await expect(v.getByTestId("instance-batch-bar")).toHaveCount(0);
  await v.goto(`/instances/${postpaid[1]}`);
  await expect(v.getByTestId("instance-id")).toHaveText(postpaid[1]);
  await expect(v.getByTestId("instance-row-actions")).toHaveCount(0);
  await context.close();
});
