// The purchase wizard end to end (issue 6): a live price that follows the configuration, Buy disabled over the
// quota, 3 instances named web-{R:1} bought and watched to RUNNING, and a purchase whose answer is lost (the
// emulator's dropResponseAfterCommit fault) retried with the same ClientToken without buying twice.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
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

const price = (page: Page) => page.getByTestId("purchase-price");
const total = (page: Page) => page.getByTestId("purchase-price-total");

/** The price of the configuration on screen, once it has been answered. */
async function settledTotal(page: Page): Promise<string> {
  await expect(price(page)).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  return (await total(page).textContent())!;
}

/** After a change: the old amount is never shown next to it, and a new one comes. */
async function expectNewTotal(page: Page, before: string): Promise<string> {
  await expect(total(page)).not.toHaveText(before);
  const after = await settledTotal(page);
  expect(after).not.toBe(before);
  return after;
}

async function openWizard(page: Page): Promise<void> {
  await page.goto(`/instances/new?region=${REGION}`);
  await expect(page.getByRole("heading", { name: "Buy instances" })).toBeVisible();
  await settledTotal(page);
}

async function fillLogin(page: Page, name: string): Promise<void> {
  await page.getByTestId("purchase-step-4").click();
  await page.getByTestId("purchase-password").fill("Passw0rd!23");
  await page.getByTestId("purchase-password-confirm").fill("Passw0rd!23");
  await page.getByTestId("purchase-name").fill(name);
}

async function withSpeed(request: APIRequestContext, speed: object, run: () => Promise<void>): Promise<void> {
  const previous = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed });
  try {
    await run();
  } finally {
    await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previous });
  }
}

test("the price follows the configuration: type, data disk and prepaid period each change it", async ({ page }) => {
  await openWizard(page);
  let shown = await settledTotal(page);
  await expect(page.getByTestId("price-line-instance")).toBeVisible();

  // Another instance type: a bigger one in stock.
  await page.getByTestId("purchase-step-2").click();
  await page.getByTestId("type-filter-cpu").selectOption("8");
  await page.locator('[data-testid="type-row"][data-status="SELL"]').first().click();
  shown = await expectNewTotal(page, shown);

  // A data disk: priced as its own line.
  await page.getByTestId("purchase-step-3").click();
  await page.getByTestId("data-disk-add").click();
  shown = await expectNewTotal(page, shown);
  await expect(page.getByTestId("price-line-disks")).toBeVisible();
  await page.getByTestId("data-disk-size-0").fill("500");
  shown = await expectNewTotal(page, shown);

  // Monthly subscription, then a longer period: a one-off total for the period.
  await page.getByTestId("purchase-step-1").click();
  await page.getByTestId("purchase-charge-PREPAID").check({ force: true });
  shown = await expectNewTotal(page, shown);
  await expect(page.getByTestId("purchase-price")).toContainText("for 1 mo");
  await page.getByTestId("purchase-period").selectOption("12");
  await expectNewTotal(page, shown);
  await expect(page.getByTestId("purchase-price")).toContainText("for 12 mo");

  // Back to a configuration priced before: answered from the cache at once, no recalculation.
  await page.getByTestId("purchase-period").selectOption("1");
  await expect(price(page)).toHaveAttribute("data-state", "ready");
});

test("a purchase over the zone's quota cannot be bought, and says why", async ({ page }) => {
  await openWizard(page);
  await page.getByTestId("purchase-charge-SPOTPAID").check({ force: true });
  await page.getByTestId("purchase-step-2").click();
  await page.getByTestId("type-filter-cpu").selectOption("16");
  await page.locator('[data-testid="type-row"][data-status="SELL"]').first().click();
  await page.getByTestId("purchase-step-1").click();
  await page.getByTestId("purchase-count").fill("100");
  await fillLogin(page, "spot-{R:1}");

  // Spot quota is counted in vCPUs: 100 × 16 is more than any zone has.
  await expect(page.getByTestId("purchase-quota")).toHaveAttribute("data-exceeds", "true");
  await expect(page.getByTestId("purchase-quota-text")).toContainText("1600");
  await expect(page.getByTestId("purchase-buy")).toBeDisabled();
  await expect(page.locator('[data-testid="purchase-blocked"] [data-reason="quota"]')).toContainText("Exceeds the quota");

  // Within the quota again: Buy is enabled (nothing is bought here).
  await page.getByTestId("purchase-step-1").click();
  await page.getByTestId("purchase-count").fill("2");
  await expect(page.getByTestId("purchase-quota")).toHaveAttribute("data-exceeds", "false");
  await expect(page.getByTestId("purchase-buy")).toBeEnabled({ timeout: 20_000 });
});

test("buy 3 instances named web-{R:1} and watch them reach RUNNING", async ({ page, request }) => {
  test.setTimeout(90_000);
  await withSpeed(request, { mode: "describes", describes: 2 }, async () => {
    await openWizard(page);
    await page.getByTestId("purchase-count").fill("3");
    await fillLogin(page, "web-{R:1}");
    await expect(page.getByTestId("purchase-name-preview")).toContainText("web-1, web-2, web-3");
    await expect(page.getByTestId("purchase-buy")).toHaveText("Buy 3 instance(s)");
    await expect(page.getByTestId("purchase-buy")).toBeEnabled({ timeout: 20_000 });
    await page.getByTestId("purchase-buy").click();

    const rows = page.getByTestId("purchase-result-row");
    await expect(rows).toHaveCount(3, { timeout: 30_000 });
    await expect(rows.nth(0)).toContainText("web-1");
    await expect(rows.nth(2)).toContainText("web-3");
    for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toHaveAttribute("data-state", "RUNNING", { timeout: 60_000 });
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));

    // The cloud has exactly these, named from the pattern.
    const res = await sdk().DescribeInstances({ InstanceIds: ids });
    expect((res.InstanceSet ?? []).map((i) => i.InstanceName).sort()).toEqual(["web-1", "web-2", "web-3"]);

    // And the instance list shows them.
    await page.getByTestId("purchase-result-list").click();
    for (const id of ids) await expect(page.locator(`[data-testid="instance-row"][data-id="${id}"]`)).toBeVisible({ timeout: 20_000 });
  });
});

test("a purchase whose answer was lost is retried with the same ClientToken and buys once", async ({ page, request }) => {
  test.setTimeout(90_000);
  const name = `tok${Date.now().toString(36)}-{R:1}`;
  const prefix = name.replace("{R:1}", "");
  const bought = async () => {
    const res = await sdk().DescribeInstances({ Filters: [{ Name: "instance-name", Values: [prefix] }], Limit: 100 });
    return (res.InstanceSet ?? []).map((i) => i.InstanceId!).sort();
  };
  await withSpeed(request, { mode: "instant" }, async () => {
    await openWizard(page);
    await page.getByTestId("purchase-count").fill("2");
    await fillLogin(page, name);
    await expect(page.getByTestId("purchase-buy")).toBeEnabled({ timeout: 20_000 });

    await request.post(`${emulatorUrl()}/_emulator/faults`, { data: { action: "RunInstances", kind: "dropResponseAfterCommit" } });
    try {
      await page.getByTestId("purchase-buy").click();
      await expect(page.getByTestId("purchase-uncertain")).toBeVisible({ timeout: 30_000 });
    } finally {
      await request.delete(`${emulatorUrl()}/_emulator/faults?action=RunInstances`);
    }
    const created = await bought();
    expect(created).toHaveLength(2); // committed by the first attempt, answer lost

    await expect(page.getByTestId("purchase-buy")).toContainText("Try again");
    await page.getByTestId("purchase-buy").click();
    const rows = page.getByTestId("purchase-result-row");
    await expect(rows).toHaveCount(2, { timeout: 30_000 });
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!))).sort()).toEqual(created);
    expect(await bought()).toEqual(created);
  });
});

test("the equivalent API request can be copied, without the password", async ({ page }) => {
  await openWizard(page);
  await fillLogin(page, "api-{R:1}");
  await page.getByTestId("purchase-open-api").click();
  const text = page.getByTestId("purchase-api-text");
  await expect(text).toContainText('"InstanceName": "api-{R:1}"');
  await expect(text).toContainText("<your-password>");
  await expect(text).not.toContainText("Passw0rd!23");
  await page.getByTestId("purchase-api-format-tccli").check({ force: true });
  await expect(text).toContainText("tccli cvm RunInstances --region ap-guangzhou");
});

test("buy same configuration: the wizard starts from an instance", async ({ page }) => {
  const res = await sdk().DescribeInstances({ Filters: [{ Name: "instance-state", Values: ["RUNNING"] }], Limit: 1 });
  const instance = res.InstanceSet![0]!;
  await page.goto(`/instances/new?region=${REGION}&from=${instance.InstanceId}`);
  await expect(page.getByTestId("purchase-origin")).toContainText(instance.InstanceId!);
  await page.getByTestId("purchase-step-2").click();
  await expect(page.locator('[data-testid="type-row"][aria-selected="true"]')).toHaveAttribute("data-type", instance.InstanceType!);
});
