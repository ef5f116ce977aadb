// Team-shared read-only views: an operator shares a search as a link; someone without a sign-in opens it and sees
// exactly those instances and columns, nothing to click; revoking the link stops it at once.
import { expect, test } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const RUN = `sv${Date.now().toString(36)}`;
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });
let ids: string[] = [];

test.beforeAll(async () => {
  const res = await sdk().RunInstances({
    Placement: { Zone: "ap-guangzhou-3" },
    ImageId: "img-pmqg1cw7",
    InstanceCount: 2,
    InstanceName: `${RUN}-`,
    TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "run", Value: RUN }] }],
  });
  ids = res.InstanceIdSet!;
});

test.afterAll(async () => {
  if (ids.length) await sdk().TerminateInstances({ InstanceIds: ids }).catch(() => undefined);
});

test("share a search as a read-only link, open it signed out, then revoke it", async ({ page, browser }) => {
  await page.goto(`/instances?q=${encodeURIComponent(`tag:run=${RUN}`)}`);
  await expect(page.getByTestId("instance-row")).toHaveCount(2);
  await page.getByTestId("instances-share").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-name").fill(`Run ${RUN}`);
  await dialog.getByTestId("share-days").selectOption("1");
  await dialog.getByTestId("share-create").click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByTestId("share-done").click();

  // Someone with the link and no session.
  const visitor = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await visitor.goto(url);
  await expect(visitor.getByTestId("shared-title")).toHaveText(`Run ${RUN}`);
  await expect(visitor.getByTestId("simulation-badge")).toBeVisible();
  await expect(visitor.getByTestId("view-scope-term")).toHaveText([`Tag run: ${RUN}`]);
  await expect(visitor.getByTestId("shared-row")).toHaveCount(2);
  expect((await visitor.getByTestId("shared-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")))).sort()).toEqual([...ids].sort());
  // Read-only: no links into the console, no controls, no session.
  await expect(visitor.getByTestId("shared-table").locator("a, button, input")).toHaveCount(0);
  await expect(visitor.getByTestId("user-menu")).toHaveCount(0);
  expect(await visitor.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
  // The console itself still wants a sign-in.
  await visitor.goto("/instances");
  await expect(visitor).toHaveURL(/\/login/);
  // A guessed or altered token opens nothing.
  await visitor.goto(url.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  await expect(visitor.getByTestId("shared-not-found")).toBeVisible();

  // The console lists the link with its visit, and revoking it stops it at once.
  await page.goto("/settings/shared-views");
  const row = page.locator(`[data-testid="shared-view-row"][data-name="Run ${RUN}"]`);
  await expect(row).toHaveAttribute("data-status", "active");
  await expect(row.getByTestId("shared-view-visits")).toHaveText("1");
  await row.getByTestId("shared-view-revoke").click();
  await row.getByTestId("shared-view-revoke-confirm").click();
  await expect(row).toHaveAttribute("data-status", "revoked");
  await visitor.goto(url);
  await expect(visitor.getByTestId("shared-not-found")).toBeVisible();
  await expect(visitor.getByTestId("shared-row")).toHaveCount(0);
  await visitor.close();
});

test("viewers cannot share: no button, no settings tab, and the settings page refuses them (the action itself is unit-tested)", async ({ browser }) => {
  const viewer = { email: `viewer-${RUN}@e2e.test`, password: "viewer-password-123" };
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto("/settings/users");
  await admin.getByTestId("users-create").click();
  await admin.getByTestId("user-email").fill(viewer.email);
  await admin.getByTestId("user-name").fill("Share Viewer");
  await admin.getByTestId("user-password").fill(viewer.password);
  await admin.getByTestId("user-role").selectOption("viewer");
  await admin.getByTestId("user-create-submit").click();
  await expect(admin.locator(`[data-testid="user-row"][data-email="${viewer.email}"]`)).toBeVisible();
  await admin.close();

  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(page, viewer.email, viewer.password);
  await page.goto("/instances");
  await expect(page.getByTestId("instance-row").first()).toBeVisible();
  await expect(page.getByTestId("instances-share")).toHaveCount(0);
  await page.goto("/settings/preferences");
  await expect(page.getByTestId("settings-tab-shared-views")).toHaveCount(0);
  await page.goto("/settings/shared-views");
  await expect(page.getByTestId("operators-only")).toBeVisible();
  await page.close();
});
