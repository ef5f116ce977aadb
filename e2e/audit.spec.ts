// Settings → Audit log end to end: an operation done through the console is found by filtering on its target and
// user (filters in the URL: shareable, back button), bad filter input gets a field message instead of an error page,
// the CSV export downloads and parses, and a non-admin gets neither the page nor the file. The instance is created
// for this spec through the official SDK, so nothing else in the log targets it.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { parseCsv } from "../lib/instances/csv";
import { ADMIN, ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const RUN = `audit${Date.now().toString(36)}`;
const REGION = "ap-guangzhou";
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

let instanceId = "";
let previousSpeed: unknown;

test.beforeAll(async ({ request, browser }) => {
  test.setTimeout(60_000);
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: { mode: "instant" } });
  const res = await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceCount: 1, InstanceName: `${RUN}-web` });
  instanceId = res.InstanceIdSet![0];
  // The one audit entry every test looks for: made through the console, by the admin.
  const page = await browser.newPage({ storageState: ADMIN_STATE });
  await renameInConsole(page, `${RUN}-renamed`);
  await page.close();
});

test.afterAll(async ({ request }) => {
  if (instanceId) await sdk().TerminateInstances({ InstanceIds: [instanceId] }).catch(() => undefined);
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previousSpeed });
});

const rows = (page: Page) => page.getByTestId("audit-row");

/** Renames the instance through the console (the detail page's operations menu) and waits for its history row. */
async function renameInConsole(page: Page, name: string) {
  await page.goto(`/instances/${instanceId}?region=${REGION}`);
  await expect(page.getByTestId("instance-state")).toHaveAttribute("data-state", "RUNNING");
  await page.getByTestId("instance-row-actions").click();
  await page.getByTestId("op-item-rename").click();
  await page.getByTestId("op-instance-name").fill(name);
  await page.getByTestId("op-confirm").click();
  await expect(page.locator('[data-testid="history-row"][data-action="instance.rename"]')).toHaveCount(1, { timeout: 20_000 });
}

test("a rename done in the console is found by its target and user; the filters live in the URL", async ({ page, browser }) => {
  await page.goto("/settings/audit");
  await page.getByTestId("audit-filter-target").fill(instanceId);
  await page.getByTestId("audit-filter-target").press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]target=${instanceId}`));
  await expect(rows(page)).toHaveCount(1);
  await page.getByTestId("audit-filter-user").selectOption({ label: ADMIN.email });
  await expect(page).toHaveURL(/[?&]user=[0-9a-f-]{36}/);
  await expect(page).toHaveURL(new RegExp(`[?&]target=${instanceId}`)); // the other filter is kept
  const row = rows(page).first();
  await expect(rows(page)).toHaveCount(1);
  await expect(row).toHaveAttribute("data-action", "instance.rename");
  await expect(row).toHaveAttribute("data-user", ADMIN.email);
  await expect(row).toContainText("OK");

  // The detail reads as keys and values.
  await row.getByTestId("audit-detail").locator("summary").click();
  await expect(row.locator('[data-testid="audit-detail-pair"][data-key="InstanceName"]')).toContainText(`${RUN}-renamed`);
  await expect(row.locator('[data-testid="audit-detail-pair"][data-key="region"]')).toContainText(REGION);

  // Narrowing to failures finds nothing; the back button restores both the list and the form.
  await page.getByTestId("audit-filter-result").selectOption("error");
  await expect(page).toHaveURL(/[?&]result=error/);
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  await page.goBack();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("audit-filter-result")).toHaveValue("");
  await expect(page.getByTestId("audit-filter-target")).toHaveValue(instanceId);

  // A time range in UTC days: the entry's own day includes it, the day before does not.
  const day = (await rows(page).first().locator("td").first().innerText()).slice(0, 10); // "2024-06-01 08:30 UTC"
  const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/settings/audit?target=${instanceId}&from=${day}&to=${day}`);
  await expect(rows(page)).toHaveCount(1);
  await page.goto(`/settings/audit?target=${instanceId}&to=${dayBefore}`);
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  await page.goto(`/settings/audit?target=${instanceId}&from=${dayBefore}`);
  await expect(rows(page)).toHaveCount(1);

  // Shareable: the URL alone reproduces the view for another admin session, and the action select names the group.
  const shared = `/settings/audit?target=${instanceId}&action=instance.*`;
  const other = await browser.newPage({ storageState: ADMIN_STATE });
  await other.goto(shared);
  await expect(rows(other)).toHaveCount(1);
  await expect(other.getByTestId("audit-filter-action")).toHaveValue("instance.*");
  await expect(other.getByTestId("audit-filter-action").locator('optgroup[label="instance.*"] option[value="instance.rename"]')).toHaveCount(1);
  await other.close();
});

test("filter input the page cannot use is explained next to its field, never an error page", async ({ page }) => {
  const res = await page.goto(`/settings/audit?target=${instanceId}&from=2024-13-45&result=maybe`);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("audit-filter-from-error")).toContainText("2024-13-45");
  await expect(page.getByTestId("audit-filter-result-error")).toContainText("maybe");
  await expect(page.getByTestId("audit-filter-result")).toHaveValue(""); // fell back to any result
  await expect(rows(page)).toHaveCount(1); // the target filter still applies
  // The export link carries only the filters in effect.
  await expect(page.getByTestId("audit-export")).toHaveAttribute("href", `/api/audit/export?target=${instanceId}`);
});

test("CSV export: the filtered log downloads and parses, with the page's columns", async ({ page }) => {
  await page.goto(`/settings/audit?target=${instanceId}`);
  await expect(rows(page)).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{8}-\d{4}\.csv$/);
  const [header, ...body] = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(header).toEqual(["Time", "User", "Action", "Target", "Result", "Detail"]);
  expect(body).toHaveLength(1);
  const [time, user, action, target, result, detail] = body[0];
  expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect([user, action, target, result]).toEqual([ADMIN.email, "instance.rename", instanceId, "ok"]);
  expect(JSON.parse(detail)).toMatchObject({ InstanceName: `${RUN}-renamed`, region: REGION });
});

test("a non-admin gets the admins-only panel, and the CSV route answers 403", async ({ browser }) => {
  const operator = { email: `operator-${RUN}@e2e.test`, password: "operator-password-123" };
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto("/settings/users");
  await admin.getByTestId("users-create").click();
  await admin.getByTestId("user-email").fill(operator.email);
  await admin.getByTestId("user-name").fill("Audit Operator");
  await admin.getByTestId("user-password").fill(operator.password);
  await admin.getByTestId("user-role").selectOption("operator");
  await admin.getByTestId("user-create-submit").click();
  await expect(admin.locator(`[data-testid="user-row"][data-email="${operator.email}"]`)).toBeVisible();
  await admin.close();

  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(page, operator.email, operator.password);
  await page.goto(`/settings/audit?target=${instanceId}`);
  await expect(page.getByTestId("admin-only")).toBeVisible();
  await expect(page.getByTestId("audit-filters")).toHaveCount(0);
  await expect(rows(page)).toHaveCount(0);
  const res = await page.request.get(`/api/audit/export?target=${instanceId}`);
  expect(res.status()).toBe(403);
  expect(await res.text()).not.toContain(instanceId);
  await page.close();
});
