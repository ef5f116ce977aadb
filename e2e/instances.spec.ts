// The instance list, detail page and CSV export end to end, against instances this spec creates (tagged with a
// run id, so the demo fleet and other specs' instances never change the expected rows).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { parseCsv } from "../lib/instances/csv";
import { ADMIN, ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const RUN = `r${Date.now().toString(36)}`;
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = (region: string) =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });
const tags = (pairs: Record<string, string>) => [{ ResourceType: "instance", Tags: Object.entries(pairs).map(([Key, Value]) => ({ Key, Value })) }];

const created: Record<string, string[]> = { "ap-guangzhou": [], "ap-shanghai": [] };
let previousSpeed: unknown;
let stoppedWeb = "";

async function launch(region: string, zone: string, name: string, tier: string, count: number): Promise<string[]> {
  const res = await sdk(region).RunInstances({
    Placement: { Zone: zone },
    ImageId: "img-pmqg1cw7",
    InstanceCount: count,
    InstanceName: name,
    TagSpecification: tags({ run: RUN, tier }),
  });
  created[region].push(...res.InstanceIdSet!);
  return res.InstanceIdSet!;
}

test.beforeAll(async ({ request }) => {
  // Transitions land at once, so states are known when the page loads; restored afterwards for other specs.
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: { mode: "instant" } });
  const web = await launch("ap-guangzhou", "ap-guangzhou-3", `${RUN}-web-`, "web", 2);
  await launch("ap-guangzhou", "ap-guangzhou-4", `${RUN}-db`, "db", 1);
  await launch("ap-shanghai", "ap-shanghai-2", `${RUN}-sh-`, "web", 2);
  stoppedWeb = web[1];
  await sdk("ap-guangzhou").StopInstances({ InstanceIds: [stoppedWeb] });
});

test.afterAll(async ({ request }) => {
  for (const [region, ids] of Object.entries(created)) if (ids.length) await sdk(region).TerminateInstances({ InstanceIds: ids }).catch(() => undefined);
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previousSpeed });
});

const rows = (page: Page) => page.getByTestId("instance-row");
async function search(page: Page, text: string) {
  await page.getByTestId("instance-search").fill(text);
  await page.getByTestId("instance-search").press("Enter");
}

test("filter by tag and state: the search lives in the URL, chips explain it, and the back button restores it", async ({ page }) => {
  await page.goto("/instances");
  await search(page, `tag:run=${RUN} tag:tier=web state:running`);
  await expect(page).toHaveURL(/[?&]q=tag%3Arun%3D/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByTestId("instance-state-cell")).toHaveAttribute("data-state", "RUNNING");
  await expect(page.getByTestId("search-chip")).toHaveText([`Tag run: ${RUN}×`, "Tag tier: web×", "State: Running×"]);

  await search(page, `tag:run=${RUN} state:stopped`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-id", stoppedWeb);

  // Removing a chip widens the search: every instance of this run in the region, whatever its state.
  await page.getByRole("button", { name: "Remove state:stopped" }).click();
  await expect(rows(page)).toHaveCount(3);

  await page.goBack();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("instance-search")).toHaveValue(`tag:run=${RUN} state:stopped`);

  // The URL alone reproduces the view (shareable).
  await page.goto(`/instances?q=${encodeURIComponent(`tag:run=${RUN} tag:tier=db`)}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByTestId("instance-link")).toHaveText(`${RUN}-db`);
  await expect(page.getByTestId("search-chip")).toHaveText([`Tag run: ${RUN}×`, "Tag tier: db×"]);
});

test("a search with a mistake says what is wrong and asks nothing of the cloud", async ({ page }) => {
  await page.goto("/instances");
  let listCalls = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/instances?")) listCalls++;
  });
  await search(page, "stat:running");
  await expect(page.getByTestId("search-errors")).toContainText("Did you mean “state”?");
  expect(page.url()).not.toContain("stat%3A");
  expect(listCalls).toBe(0);

  // A hand-edited link with a mistake: the server's reading of it is on the page at once, and still nothing is asked.
  await page.goto(`/instances?q=${encodeURIComponent("state:runing")}`);
  await expect(page.getByTestId("search-errors")).toContainText("runing");
  await expect(page.getByTestId("instance-row")).toHaveCount(0);
  expect(listCalls).toBe(0);
});

test("CSV export: every matching instance, the chosen columns, downloaded and parsed", async ({ page }) => {
  await page.goto("/instances");
  // Show the Tags column: chosen per user, so it is still there after a reload, and it goes into the file.
  await page.getByTestId("column-chooser").click();
  const tagsColumn = page.getByTestId("column-tags");
  if (!(await tagsColumn.isChecked())) {
    // The server action (a POST to the page) must have answered before the reload.
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/instances")), tagsColumn.check()]);
  }
  await expect(page.getByTestId("instance-table").locator("th", { hasText: "Tags" })).toBeVisible();
  await page.reload();
  await page.getByTestId("column-chooser").click();
  await expect(page.getByTestId("column-tags")).toBeChecked();
  await page.keyboard.press("Escape");

  await search(page, `tag:run=${RUN}`);
  await page.getByTestId("scope-all").click();
  await expect(rows(page)).toHaveCount(5);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^instances-all-regions-\d{8}-\d{4}\.csv$/);
  await expect(page.getByTestId("export-done")).toContainText("5");

  const table = parseCsv(readFileSync((await download.path())!, "utf8"));
  const [header, ...body] = table;
  expect(header).toEqual(expect.arrayContaining(["Instance ID", "Name", "State", "Zone", "Region", "Tags"]));
  expect(body).toHaveLength(5);
  const col = (name: string) => header.indexOf(name);
  const all = [...created["ap-guangzhou"], ...created["ap-shanghai"]];
  expect(body.map((r) => r[col("Instance ID")]).sort()).toEqual([...all].sort());
  expect(body.every((r) => r[col("Tags")].includes(`run=${RUN}`))).toBe(true);
  expect(body.filter((r) => r[col("Region")] === "ap-shanghai")).toHaveLength(2);
  expect(body.find((r) => r[col("Instance ID")] === stoppedWeb)![col("State")]).toBe("STOPPED");
});

test("All regions mode: one table over every region, with per-region counts and links that keep the region", async ({ page }) => {
  await page.goto(`/instances?q=${encodeURIComponent(`tag:run=${RUN}`)}`);
  await expect(rows(page)).toHaveCount(3); // this region only (ap-guangzhou)
  await page.getByTestId("scope-all").click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('[data-testid="region-count"][data-region="ap-guangzhou"]')).toContainText("3");
  await expect(page.locator('[data-testid="region-count"][data-region="ap-shanghai"]')).toContainText("2");
  await expect(page.getByTestId("region-error")).toHaveCount(0);

  const shanghai = rows(page).filter({ hasText: `${RUN}-sh-1` });
  await shanghai.getByTestId("instance-link").click();
  await expect(page).toHaveURL(/\/instances\/ins-[a-z0-9]{8}\?region=ap-shanghai/);
  await expect(page.getByTestId("instance-title")).toContainText(`${RUN}-sh-1`);
  await expect(page.getByTestId("detail-tags")).toContainText(`run=${RUN}`);
  await expect(page.getByTestId("instance-state")).toHaveAttribute("data-state", "RUNNING");
  await expect(page.getByTestId("detail-history")).toBeVisible();
});

test("the detail page shows what this console did: an operation lands in its history with its result", async ({ page }) => {
  const id = created["ap-guangzhou"][0];
  await page.goto(`/instances/${id}?region=ap-guangzhou`);
  await expect(page.getByTestId("instance-state")).toHaveAttribute("data-state", "RUNNING");
  await expect(page.getByTestId("history-row")).toHaveCount(0);
  await page.getByTestId("instance-row-actions").click();
  await page.getByTestId("op-item-reboot").click();
  const ack = page.getByTestId("op-ack");
  if (await ack.isVisible()) await ack.check();
  await page.getByTestId("op-confirm").click();
  const row = page.locator('[data-testid="history-row"][data-action="instance.reboot"]');
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row).toContainText(ADMIN.email);
  await expect(row).toContainText("OK");
});

test("an instance that is not in the region gets a designed not-found page with a way to search everywhere", async ({ page }) => {
  const id = created["ap-shanghai"][0];
  await page.goto(`/instances/${id}?region=ap-guangzhou`);
  await expect(page.getByTestId("instance-not-found")).toContainText(id);
  await page.getByTestId("search-all-regions").click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-id", id);
});

test("a viewer sees the same list read-only: no checkboxes, no row actions, no VNC", async ({ browser }) => {
  const viewer = { email: `viewer-inst-${RUN}@e2e.test`, password: "viewer-password-123" };
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto("/settings/users");
  await admin.getByTestId("users-create").click();
  await admin.getByTestId("user-email").fill(viewer.email);
  await admin.getByTestId("user-name").fill("Instance Viewer");
  await admin.getByTestId("user-password").fill(viewer.password);
  await admin.getByTestId("user-role").selectOption("viewer");
  await admin.getByTestId("user-create-submit").click();
  await expect(admin.locator(`[data-testid="user-row"][data-email="${viewer.email}"]`)).toBeVisible();
  await admin.close();

  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/instances?q=${encodeURIComponent(`tag:run=${RUN}`)}`);
  await expect(rows(page)).toHaveCount(3);
  await rows(page).first().hover();
  await expect(page.getByTestId("row-select")).toHaveCount(0);
  await expect(page.getByTestId("select-page")).toHaveCount(0);
  await expect(page.getByTestId("instance-row-actions")).toHaveCount(0);
  await rows(page).first().getByTestId("instance-link").click();
  await expect(page.getByTestId("detail-configuration")).toBeVisible();
  await expect(page.getByTestId("vnc-open")).toHaveCount(0);
  await expect(page.getByTestId("instance-row-actions")).toHaveCount(0);
  // The VNC route refuses a viewer even when asked directly.
  const res = await page.request.get(`/api/instances/${created["ap-guangzhou"][0]}/vnc?region=ap-guangzhou`);
  expect(res.status()).toBe(403);
  await page.close();
});
