// Placement groups, launch templates, HPC clusters and maintenance tasks end to end (issue 7), and a viewer who sees
// every one of these pages (and quotas, key pairs, the overview) without a single control that changes anything.
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const REGION = "ap-guangzhou";
const STAMP = Date.now().toString(36);
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });
const byName = (page: Page, testId: string, name: string) => page.locator(`[data-testid="${testId}"][data-name="${name}"]`);
let previousSpeed: unknown;

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: { mode: "instant" } });
});

test.afterAll(async ({ request }) => {
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previousSpeed });
});

async function settledState(id: string): Promise<string> {
  const i = (await sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet?.[0];
  return i?.LatestOperationState === "OPERATING" ? "BUSY" : (i?.InstanceState ?? "GONE");
}

test("placement groups: create, rename, a non-empty group cannot be deleted, an empty one can", async ({ page }) => {
  const name = `pg-${STAMP}`;
  await page.goto("/placement-groups");
  await expect(page.getByTestId("placement-group-quota")).toBeVisible();
  await page.getByTestId("placement-group-create").click();
  await page.getByTestId("placement-group-name").fill(name);
  await page.getByTestId("placement-group-type").selectOption("RACK");
  await expect(page.getByTestId("create-placement-group-dialog")).toContainText("different rack");
  await page.getByTestId("placement-group-create-submit").click();
  const row = byName(page, "placement-group-row", name);
  await expect(row).toContainText("Racks");
  const id = (await row.getAttribute("data-id"))!;

  await row.getByTestId("placement-group-rename").click();
  await page.getByTestId("placement-group-rename-name").fill(`${name}-b`);
  await page.getByTestId("placement-group-rename-submit").click();
  await expect(byName(page, "placement-group-row", `${name}-b`)).toBeVisible();

  const inst = (await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", DisasterRecoverGroupIds: [id] })).InstanceIdSet![0];
  await page.reload();
  await byName(page, "placement-group-row", `${name}-b`).getByTestId("placement-group-delete").click();
  await expect(page.getByTestId("placement-group-delete-blocked")).toContainText(inst);
  await expect(page.getByTestId("delete-placement-group-dialog-confirm")).toBeDisabled();
  await page.keyboard.press("Escape");

  await expect.poll(() => settledState(inst), { timeout: 20_000 }).toBe("RUNNING");
  await sdk().TerminateInstances({ InstanceIds: [inst] });
  await expect.poll(async () => (await sdk().DescribeDisasterRecoverGroups({ DisasterRecoverGroupIds: [id] })).DisasterRecoverGroupSet![0].CurrentNum, { timeout: 60_000 }).toBe(0);
  await page.reload();
  await byName(page, "placement-group-row", `${name}-b`).getByTestId("placement-group-delete").click();
  await page.getByTestId("delete-placement-group-dialog-confirm").click();
  await expect(byName(page, "placement-group-row", `${name}-b`)).toHaveCount(0);
});

test("launch templates: create, a new version, make it default, compare versions, launch from a version", async ({ page }) => {
  const name = `lt-${STAMP}`;
  await page.goto("/launch-templates");
  await page.getByTestId("launch-template-create").click();
  await page.getByTestId("launch-template-name").fill(name);
  await page.getByTestId("launch-template-image").fill("img-pmqg1cw7");
  await page.getByTestId("launch-template-type").fill("S5.MEDIUM4");
  await page.getByTestId("launch-template-create-submit").click();
  await expect(page).toHaveURL(/\/launch-templates\/lt-[a-z0-9]{8}$/);
  const id = page.url().split("/").pop()!;
  await expect(page.getByTestId("version-row")).toHaveCount(1);

  await page.locator('[data-testid="version-row"][data-version="1"]').getByTestId("version-new").click();
  await page.getByTestId("launch-template-type").fill("S5.LARGE8");
  await page.getByTestId("launch-template-description").fill("bigger instances");
  await page.getByTestId("create-version-submit").click();
  const v2 = page.locator('[data-testid="version-row"][data-version="2"]');
  await expect(v2).toContainText("S5.LARGE8");
  await expect(v2).toContainText("img-pmqg1cw7"); // kept from version 1

  await v2.getByTestId("version-set-default").click();
  await expect(v2.getByTestId("version-default")).toBeVisible();
  await expect(page.locator('[data-testid="version-row"][data-version="1"]').getByTestId("version-default")).toHaveCount(0);

  // The diff shows the type change and nothing that stayed the same.
  const diff = page.getByTestId("version-diff");
  await expect(diff.locator('[data-testid="diff-row"][data-path="InstanceType"]')).toHaveAttribute("data-kind", "changed");
  await expect(diff.locator('[data-testid="diff-row"][data-path="ImageId"]')).toHaveCount(0);
  await page.getByTestId("diff-changed-only").uncheck();
  await expect(diff.locator('[data-testid="diff-row"][data-path="ImageId"]')).toHaveAttribute("data-kind", "same");

  // Launch from version 1 opens the purchase wizard on that template and version.
  const launch = page.locator('[data-testid="version-row"][data-version="1"]').getByTestId("version-launch");
  await expect(launch).toHaveAttribute("href", `/instances/new?region=${REGION}&template=${id}&version=1`);
  await launch.click();
  await expect(page).toHaveURL(new RegExp(`/instances/new\\?region=${REGION}&template=${id}&version=1`));
  await expect(page.getByTestId("purchase-origin")).toContainText(id);
  // Version 1's type, not the default version's.
  await expect(page.getByTestId("purchase-summary")).toContainText("S5.MEDIUM4");

  // The default version cannot be deleted; version 1 can.
  await page.goto(`/launch-templates/${id}`);
  await expect(page.locator('[data-testid="version-row"][data-version="2"]').getByTestId("version-delete")).toHaveCount(0);
  await page.locator('[data-testid="version-row"][data-version="1"]').getByTestId("version-delete").click();
  await page.getByTestId("delete-version-dialog-confirm").click();
  await expect(page.getByTestId("version-row")).toHaveCount(1);
  await page.getByTestId("template-delete").click();
  await page.getByTestId("delete-launch-template-dialog-confirm").click();
  await expect(page).toHaveURL(/\/launch-templates$/);
  await expect(byName(page, "launch-template-row", name)).toHaveCount(0);
});

test("HPC clusters: create, edit the remark, delete", async ({ page }) => {
  const name = `hpc-${STAMP}`;
  await page.goto("/hpc-clusters");
  await page.getByTestId("hpc-cluster-create").click();
  await page.getByTestId("hpc-cluster-name").fill(name);
  await page.getByTestId("hpc-cluster-submit").click();
  const row = byName(page, "hpc-cluster-row", name);
  await expect(row).toBeVisible();
  await row.getByTestId("hpc-cluster-edit").click();
  await page.getByTestId("hpc-cluster-remark").fill("training runs");
  await page.getByTestId("hpc-cluster-submit").click();
  await expect(row).toContainText("training runs");
  await row.getByTestId("hpc-cluster-delete").click();
  await page.getByTestId("delete-hpc-cluster-dialog-confirm").click();
  await expect(row).toHaveCount(0);
});

test("maintenance: waiting tasks are listed; authorising one moves it on; filters live in the URL", async ({ page }) => {
  await page.goto("/maintenance");
  const waiting = page.locator('[data-testid="maintenance-row"][data-status="1"]');
  await expect(waiting.first()).toBeVisible();
  const before = await waiting.count();
  const taskId = (await waiting.first().getAttribute("data-id"))!;
  await waiting.first().getByTestId("maintenance-authorize").click();
  await page.getByTestId("authorize-later").check();
  await expect(page.getByTestId("authorize-task-dialog")).toContainText("Beijing time");
  await page.getByTestId("authorize-now").check();
  await page.getByTestId("authorize-task-submit").click();
  await expect(page.getByTestId("authorize-task-dialog")).toBeHidden();
  await expect(waiting).toHaveCount(before - 1);

  // Processing and ended tasks are one click away, and the view is bookmarkable.
  await page.getByTestId("maintenance-status-2").click();
  await page.getByTestId("maintenance-status-3").click();
  await expect(page).toHaveURL(/status=1%2C2%2C3%2C4/);
  await expect(page.locator(`[data-testid="maintenance-row"][data-id="${taskId}"]`)).toHaveAttribute("data-status", /^[23]$/);
  await page.reload();
  await expect(page.getByTestId("maintenance-status-3")).toHaveAttribute("aria-pressed", "true");
});

test("a viewer sees every resource page read-only", async ({ browser }) => {
  const viewerUser = { email: `viewer-res-${STAMP}@e2e.test`, password: "viewer-password-123" };
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto("/settings/users");
  await admin.getByTestId("users-create").click();
  await admin.getByTestId("user-email").fill(viewerUser.email);
  await admin.getByTestId("user-name").fill("Resource Viewer");
  await admin.getByTestId("user-password").fill(viewerUser.password);
  await admin.getByTestId("user-role").selectOption("viewer");
  await admin.getByTestId("user-create-submit").click();
  await expect(admin.locator(`[data-testid="user-row"][data-email="${viewerUser.email}"]`)).toBeVisible();
  await admin.close();
  // Something to look at on each page.
  await sdk().CreateKeyPair({ KeyName: `viewer_${STAMP}`, ProjectId: 0 });
  await sdk().CreateDisasterRecoverGroup({ Name: `viewer-${STAMP}`, Type: "HOST" });
  await sdk().CreateHpcCluster({ Zone: "ap-guangzhou-3", Name: `viewer-${STAMP}` });
  const lt = await sdk().CreateLaunchTemplate({ LaunchTemplateName: `viewer-${STAMP}`, Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });

  const viewer = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(viewer, viewerUser.email, viewerUser.password);
  const pages: Array<[string, string]> = [
    ["/key-pairs", "key-pair-row"],
    ["/placement-groups", "placement-group-row"],
    ["/hpc-clusters", "hpc-cluster-row"],
    ["/launch-templates", "launch-template-row"],
    [`/launch-templates/${lt.LaunchTemplateId}`, "version-row"],
    ["/maintenance", "maintenance-row"],
    ["/quotas", "quota-zone-row"],
    ["/", "overview-region-row"],
  ];
  for (const [path, rowId] of pages) {
    await viewer.goto(path);
    await expect(viewer.getByTestId(rowId).first(), path).toBeVisible({ timeout: 20_000 });
    // No create, edit, bind, delete, authorise or launch control anywhere on the page.
    const writes = viewer.locator(
      [
        "key-pair-create", "key-pair-import", "key-pair-bind", "key-pair-edit", "key-pair-delete",
        "placement-group-create", "placement-group-rename", "placement-group-delete",
        "hpc-cluster-create", "hpc-cluster-edit", "hpc-cluster-delete",
        "launch-template-create", "launch-template-delete", "launch-template-launch",
        "version-new", "version-set-default", "version-delete", "version-launch", "template-delete", "template-launch-default",
        "maintenance-authorize",
      ].map((id) => `[data-testid="${id}"]`).join(","),
    );
    await expect(writes, path).toHaveCount(0);
  }
  await viewer.close();
});
