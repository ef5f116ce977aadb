// The overview dashboard end to end (issue 7): every region's instances by state, the renewal calendar for 7/30 days,
// the console's latest operations, and a region part that fails shown with its error while the rest still fills in.
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });
const num = (v: string | null) => Number(v ?? "NaN");

/** Refresh past the server's 30-second cache and wait until the new figures are on screen. */
async function refreshDashboard(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/overview") && r.url().includes("fresh=1") && r.ok()),
    page.getByTestId("overview-refresh").click(),
  ]);
  await expect(page.getByTestId("overview-dashboard")).toHaveAttribute("aria-busy", "false");
}

test("instances by state and region across every region, with the zones panel kept", async ({ page }) => {
  await page.goto("/");
  await refreshDashboard(page);
  const rows = page.getByTestId("overview-region-row");
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  const totals = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-total") || 0)));
  // The demo fleet spreads over four regions.
  expect(totals.filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
  const sum = totals.reduce((a, b) => a + b, 0);
  expect(num(await page.getByTestId("kpi-total").getAttribute("data-value"))).toBe(sum);
  const running = num(await page.getByTestId("kpi-running").getAttribute("data-value"));
  expect(running).toBeGreaterThan(0);
  expect(running).toBeLessThanOrEqual(sum);
  await expect(page.getByTestId("kpi-stopped")).toHaveAttribute("href", "/instances?scope=all&q=state%3Astopped");
  await expect(page.getByTestId("zones-table")).toBeVisible();
});

test("the renewal calendar lists what expires within 7 and 30 days, and a day narrows it", async ({ page }) => {
  // A one-month prepaid instance is due within 30 days whatever the demo fleet holds.
  await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 }, InstanceName: "renew-e2e" });
  await page.goto("/");
  await refreshDashboard(page);
  const calendar = page.getByTestId("renewal-calendar");
  await expect(calendar.getByTestId("renewal-day")).toHaveCount(30);
  const week = num(await page.getByTestId("kpi-expiring7").getAttribute("data-value"));
  const month = num(await page.getByTestId("kpi-expiring30").getAttribute("data-value"));
  expect(month).toBeGreaterThanOrEqual(Math.max(1, week));
  await expect(calendar.getByTestId("renewal-item")).toHaveCount(week);
  await calendar.getByTestId("renewals-30").click();
  await expect(calendar.getByTestId("renewal-item")).toHaveCount(month);
  await expect(calendar.getByTestId("renewal-item").filter({ hasText: "renew-e2e" })).toHaveCount(1);

  const busyDay = calendar.locator('[data-testid="renewal-day"]:not([data-count="0"])').first();
  const count = num(await busyDay.getAttribute("data-count"));
  await busyDay.click();
  await expect(calendar.getByTestId("renewal-item")).toHaveCount(count);
});

test("latest operations show what was just done through the console", async ({ page }) => {
  const name = `ov-e2e-${Date.now().toString(36)}`;
  await page.goto("/hpc-clusters");
  await page.getByTestId("hpc-cluster-create").click();
  await page.getByTestId("hpc-cluster-name").fill(name);
  await page.getByTestId("hpc-cluster-submit").click();
  await expect(page.locator(`[data-testid="hpc-cluster-row"][data-name="${name}"]`)).toBeVisible();
  const id = await page.locator(`[data-testid="hpc-cluster-row"][data-name="${name}"]`).getAttribute("data-id");

  await page.goto("/");
  await refreshDashboard(page);
  await expect(page.getByTestId("overview-operation").first()).toContainText("hpcCluster.create");
  await expect(page.getByTestId("overview-operation").first()).toContainText(name);
  await sdk().DeleteHpcClusters({ HpcClusterIds: [id!] });
});

test("a region part that fails is shown with its error code; the rest of the dashboard still fills in", async ({ page, request }) => {
  await request.post(`${emulatorUrl()}/_emulator/faults`, { data: { action: "DescribeHosts", errorCode: "UnauthorizedOperation", probability: 1 } });
  try {
    await page.goto("/");
    await refreshDashboard(page);
    await expect(page.getByTestId("overview-partial")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("overview-region-error").first()).toContainText("UnauthorizedOperation");
    expect(num(await page.getByTestId("kpi-total").getAttribute("data-value"))).toBeGreaterThan(0);
  } finally {
    await request.delete(`${emulatorUrl()}/_emulator/faults?action=DescribeHosts`);
  }
});
