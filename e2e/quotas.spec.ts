// Quotas end to end (issue 7): the region's quotas per zone and charge type as bars with totals, a purchase made in
// the console's wizard moving them, and a warning once a quota is over 80 % (placement groups filled for it).
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const REGION = "ap-guangzhou";
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

const used = async (page: Page, testId: string) => Number(await page.getByTestId(testId).first().getAttribute("data-used"));

test("quotas per zone and charge type, with the region's totals, and a purchase in the wizard moves them", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/quotas");
  await expect(page.getByTestId("quota-summary")).toBeVisible();
  const zones = page.getByTestId("quota-zone-row");
  expect(await zones.count()).toBeGreaterThan(1);
  for (const kind of ["postPaid", "prePaid", "spot"]) await expect(zones.first().getByTestId(`quota-${kind}`)).toHaveAttribute("data-total", /\d+/);
  // The total row is the sum of the zones.
  const perZone = await page.locator('[data-testid="quota-zone-row"] [data-testid="quota-postPaid"]').evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute("data-used")), 0));
  const before = await used(page, "quota-total-postPaid");
  expect(before).toBe(perZone);

  // Buy 2 pay-as-you-go instances through the console.
  await page.goto(`/instances/new?region=${REGION}`);
  await expect(page.getByTestId("purchase-price")).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  await page.getByTestId("purchase-count").fill("2");
  await page.getByTestId("purchase-step-4").click();
  await page.getByTestId("purchase-password").fill("Passw0rd!23");
  await page.getByTestId("purchase-password-confirm").fill("Passw0rd!23");
  await page.getByTestId("purchase-name").fill(`quota-e2e-{R:1}`);
  await expect(page.getByTestId("purchase-buy")).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId("purchase-buy").click();
  await expect(page.getByTestId("purchase-result-row")).toHaveCount(2, { timeout: 30_000 });

  await page.goto("/quotas");
  await expect.poll(() => used(page, "quota-total-postPaid"), { timeout: 15_000 }).toBe(before + 2);
  await expect(page.locator('[data-testid="quota-tile-postPaid"] [data-level]')).toHaveAttribute("data-used", String(before + 2));
});

test("a quota over 80 % is flagged on the page and on the overview", async ({ page }) => {
  const existing = await sdk().DescribeDisasterRecoverGroupQuota();
  const toCreate = Math.max(0, Math.floor(existing.GroupQuota! * 0.8) + 1 - existing.CurrentNum!);
  const ids: string[] = [];
  try {
    for (let i = 0; i < toCreate; i++) ids.push((await sdk().CreateDisasterRecoverGroup({ Name: `quota-e2e-${i}`, Type: "RACK" })).DisasterRecoverGroupId!);
    await page.goto("/quotas");
    await expect(page.getByTestId("quota-warning")).toBeVisible();
    await expect(page.locator('[data-testid="quota-warning"] [data-testid="quota-hot-spot"]').filter({ hasText: "Placement groups" })).toHaveAttribute("data-level", /hot|full/);
    await expect(page.locator('[data-testid="quota-tile-placement"] [data-level]')).toHaveAttribute("data-level", /hot|full/);

    await page.goto("/");
    await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/overview") && r.url().includes("fresh=1") && r.ok()),
      page.getByTestId("overview-refresh").click(),
    ]);
    await expect(page.locator('[data-testid="overview-hot-spots"] [data-testid="quota-hot-spot"]').filter({ hasText: REGION })).not.toHaveCount(0);
  } finally {
    if (ids.length) await sdk().DeleteDisasterRecoverGroups({ DisasterRecoverGroupIds: ids.slice(0, 10) });
  }
});
