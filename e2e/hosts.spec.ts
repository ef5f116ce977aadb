// Dedicated hosts end to end against the emulator: allocate a CDH host through the dialog (renewal setting chosen),
// watch it be delivered, launch an instance on it and see its capacity bars move, renew it with the price shown first;
// then a CHC server's networks configured while its state's denied actions are explained.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const REGION = "ap-guangzhou";
const ZONE = "ap-guangzhou-3";
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({ credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }, region: REGION, profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } } });

let hostId = "";
let previousSpeed: unknown;

async function setSpeed(request: APIRequestContext, speed: unknown) {
  expect((await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed })).ok()).toBe(true);
}

const hostRow = (page: Page) => page.locator(`[data-testid="host-row"][data-id="${hostId}"]`);

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  // AllocateHosts ≈ 3 s and CHC network changes ≈ 1.5 s: fast, but each transition is visible.
  await setSpeed(request, { mode: "realistic", factor: 0.05 });
});

test.afterAll(async ({ request }) => {
  if (previousSpeed) await setSpeed(request, previousSpeed);
});

test("allocate a CDH host with its renewal setting and watch it be delivered (PENDING → RUNNING) live", async ({ page }) => {
  test.setTimeout(60_000);
  const before = new Set(((await sdk().DescribeHosts({ Limit: 100 })).HostSet ?? []).map((h) => h.HostId));
  await page.goto("/hosts");
  await page.getByTestId("hosts-allocate").click();
  const dialog = page.getByTestId("host-allocate-dialog");
  await dialog.getByTestId("host-allocate-zone").selectOption(ZONE);
  await dialog.getByTestId("host-allocate-type").fill("HS1");
  await dialog.getByTestId("host-allocate-period").selectOption("3");
  await dialog.getByLabel("Notify before expiry, renew manually").check();
  const price = dialog.getByTestId("host-allocate-price");
  // No host of this type runs in the zone yet: there is nothing to price against, and the dialog says so.
  if (await dialog.getByTestId("host-allocate-ack").isVisible()) await dialog.getByTestId("host-allocate-ack").check();
  else await expect(price.getByTestId("host-allocate-amount")).toBeVisible();
  await dialog.getByTestId("host-allocate-submit").click();
  await expect(dialog).toBeHidden();

  const created = ((await sdk().DescribeHosts({ Limit: 100 })).HostSet ?? []).filter((h) => !before.has(h.HostId));
  expect(created).toHaveLength(1);
  hostId = created[0].HostId!;
  expect(created[0]).toMatchObject({ RenewFlag: "NOTIFY_AND_MANUAL_RENEW", HostType: "HS1" });
  // Delivered on the emulator clock (≈ 3 s): first PENDING, then RUNNING, on the same page.
  await expect(hostRow(page)).toHaveAttribute("data-state", "PENDING");
  await expect(hostRow(page)).toHaveAttribute("data-state", "RUNNING", { timeout: 30_000 });
  await expect(hostRow(page).getByTestId("host-renew-flag")).toHaveAttribute("data-flag", "NOTIFY_AND_MANUAL_RENEW");
  await expect(hostRow(page).getByTestId("host-launch")).toHaveAttribute("href", new RegExp(`charge=CDHPAID.*host=${hostId}|host=${hostId}.*charge=CDHPAID`));
});

test("launch an instance on the host and see its CPU and memory bars move", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/hosts");
  const cpu = hostRow(page).getByTestId("host-capacity-cpu");
  const memory = hostRow(page).getByTestId("host-capacity-memory");
  await expect(cpu).toHaveAttribute("data-used", "0");
  await sdk().RunInstances({ InstanceChargeType: "CDHPAID", Placement: { Zone: ZONE, HostIds: [hostId] }, ImageId: "img-pmqg1cw7", InstanceType: "S5.LARGE8", InstanceName: "on-cdh-e2e" });
  await page.getByTestId("hosts-refresh").click();
  await expect(cpu).toHaveAttribute("data-used", "4");
  await expect(memory).toHaveAttribute("data-used", "8");
  await expect(hostRow(page).getByTestId("host-instance-count")).toHaveText("1");
  await hostRow(page).getByTestId("host-expand").click();
  await expect(page.getByTestId("host-detail").getByTestId("host-instance")).toContainText("on-cdh-e2e");

  // "Launch on host" opens the purchase wizard billed CDHPAID with this host chosen.
  await hostRow(page).getByTestId("host-launch").click();
  await expect(page).toHaveURL(/\/instances\/new\?/);
  await expect(page.getByTestId("purchase-host")).toHaveValue(hostId);
});

test("renew the host: the price is shown first, then the expiry moves", async ({ page }) => {
  await page.goto("/hosts");
  const expiry = await hostRow(page).getByTestId("host-expiry").innerText();
  await hostRow(page).getByTestId("host-row-actions").click();
  await hostRow(page).getByTestId("host-row-actions-menu").getByTestId("menu-item-renew").click();
  const dialog = page.getByTestId("host-renew-dialog");
  await dialog.getByTestId("host-renew-period").selectOption("12");
  await expect(dialog.getByTestId("host-renew-amount")).toContainText(/\d/);
  await dialog.getByTestId("host-renew-submit").click();
  await expect(dialog).toBeHidden();
  await expect(hostRow(page).getByTestId("host-expiry")).not.toHaveText(expiry);
});

test("CHC: denied actions are explained; configure a new server's networks and watch its state move on", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/hosts?tab=chc");
  const fresh = page.locator('[data-testid="chc-row"][data-state="INIT"]').filter({ has: page.locator('[data-testid="chc-bmc"][data-configured="false"]') }).first();
  await expect(fresh).toBeVisible();
  const id = (await fresh.getAttribute("data-id"))!;
  const row = page.locator(`[data-testid="chc-row"][data-id="${id}"]`);
  await row.getByTestId("chc-row-actions").click();
  const menu = row.getByTestId("chc-row-actions-menu");
  await expect(menu.getByTestId("menu-item-removeAssist")).toHaveAttribute("aria-disabled", "true");
  await expect(menu.getByTestId("menu-item-removeAssist")).toContainText("Not allowed while the server is Imported");
  await menu.getByTestId("menu-item-configureAssist").click();
  const dialog = page.getByTestId("chc-network-dialog");
  // Prefilled from a configured neighbour in the same zone.
  await expect(dialog.locator("#chc-bmc-subnet")).toHaveValue(/^subnet-/);
  await dialog.getByTestId("chc-with-deploy").check();
  await dialog.getByTestId("chc-network-submit").click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveAttribute("data-state", /OPERATING|READY|PREPARED/);
  await expect(row).toHaveAttribute("data-state", "PREPARED", { timeout: 30_000 });
  await expect(row.getByTestId("chc-bmc")).toHaveAttribute("data-configured", "true");
  await expect(row.getByTestId("chc-deploy")).toHaveAttribute("data-configured", "true");
});
