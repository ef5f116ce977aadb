// Images end to end against the emulator: make an image from a stopped instance and watch it become NORMAL without a
// reload, share it with the second demo account, copy it to a second region with per-region progress, see a
// documented refusal explained, and a viewer who sees the page read-only.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_PEER_ACCOUNT, DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE, signIn } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const REGION = "ap-guangzhou";
const RUN = Date.now().toString(36);
const INSTANCE = `img-src-${RUN}`;
const IMAGE = `golden-${RUN}`;
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = (account = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY }) =>
  new cvm.v20170312.Client({ credential: account, region: REGION, profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } } });

let instanceId = "";
let imageId = "";
let previousSpeed: unknown;

async function setSpeed(request: APIRequestContext, speed: unknown) {
  expect((await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed })).ok()).toBe(true);
}

async function stateOf(id: string) {
  return (await sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet?.[0]?.InstanceState;
}

const imageRow = (page: Page) => page.locator(`[data-testid="image-row"][data-name="${IMAGE}"]`);

async function openMenuItem(page: Page, item: string) {
  const row = imageRow(page);
  await row.getByTestId("image-row-actions").click();
  await row.getByTestId("image-row-actions-menu").getByTestId(`menu-item-${item}`).click();
}

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  // Fast, but slow enough to watch: CreateImage ≈ 8 s and SyncImages ≈ 10 s at this factor.
  await setSpeed(request, { mode: "realistic", factor: 0.05, overridesMs: { CreateImage: 160_000, SyncImages: 200_000 } });
  const run = await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceName: INSTANCE });
  instanceId = run.InstanceIdSet![0];
  await expect.poll(() => stateOf(instanceId), { timeout: 30_000 }).toBe("RUNNING");
  await sdk().StopInstances({ InstanceIds: [instanceId] });
  await expect.poll(() => stateOf(instanceId), { timeout: 30_000 }).toBe("STOPPED");
});

test.afterAll(async ({ request }) => {
  if (previousSpeed) await setSpeed(request, previousSpeed);
});

test("create an image from a stopped instance and watch it go CREATING → NORMAL without a reload", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/images");
  await expect(page.getByTestId("image-quota")).toBeVisible();
  const quotaBefore = Number(await page.getByTestId("image-quota").getAttribute("data-used"));
  await page.getByTestId("images-create").click();
  const dialog = page.getByTestId("image-create-dialog");
  await dialog.getByTestId("instance-picker-search").fill(INSTANCE);
  const source = dialog.locator(`[data-testid="instance-picker-row"][data-id="${instanceId}"]`);
  await expect(source).toHaveAttribute("data-eligible", "true");
  await source.click();
  await dialog.locator("#image-create-name").fill(IMAGE);
  await dialog.locator("#image-create-family").fill(`fam-${RUN}`);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await dialog.getByTestId("image-create-submit").click();
  await expect(dialog).toBeHidden();

  const row = imageRow(page);
  await expect(row).toHaveAttribute("data-state", "CREATING", { timeout: 10_000 });
  await expect(row.getByTestId("image-state")).toHaveAttribute("data-state", "CREATING");
  await expect(row).toHaveAttribute("data-state", "NORMAL", { timeout: 40_000 });
  imageId = (await row.getAttribute("data-id"))!;
  // Live: the same page, never reloaded.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect.poll(async () => Number(await page.getByTestId("image-quota").getAttribute("data-used"))).toBe(quotaBefore + 1);

  // The family filter resolves to it (DescribeImageFromFamily), and "launch" opens the wizard with the image.
  await page.getByTestId("images-filter-family").selectOption(`fam-${RUN}`);
  await expect(page.getByTestId("image-family-image")).toContainText(imageId);
  await expect(row.getByTestId("image-launch")).toHaveAttribute("href", new RegExp(`/instances/new\\?.*image=${imageId}`));
});

test("share it with the second demo account, who then sees it as a shared image", async ({ page }) => {
  await page.goto("/images");
  await openMenuItem(page, "share");
  const dialog = page.getByTestId("image-share-dialog");
  await expect(dialog.getByTestId("image-share-none")).toBeVisible();
  await dialog.getByTestId("image-share-accounts").fill(DEMO_PEER_ACCOUNT.ownerUin);
  await dialog.getByTestId("image-share-submit").click();
  await expect(dialog.locator(`[data-testid="image-share-row"][data-account="${DEMO_PEER_ACCOUNT.ownerUin}"]`)).toBeVisible();
  const peer = await sdk({ secretId: DEMO_PEER_ACCOUNT.secretId, secretKey: DEMO_PEER_ACCOUNT.secretKey }).DescribeImages({ Filters: [{ Name: "image-type", Values: ["SHARED_IMAGE"] }] });
  expect(peer.ImageSet?.map((i) => i.ImageId)).toContain(imageId);
  await dialog.getByRole("button", { name: "Close" }).click();

  // Deleting a shared image is refused; the dialog's check says why before anything is confirmed.
  await openMenuItem(page, "delete");
  const del = page.getByTestId("image-delete-dialog");
  await expect(del.getByTestId("action-error")).toHaveAttribute("data-error-code", "InvalidImageId.InShared");
  await expect(del.getByTestId("action-error-explain")).toContainText("stop sharing it first");
  await expect(del.getByTestId("image-delete-submit")).toBeDisabled();
});

test("copy it to a second region and follow that region's progress to done", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/images");
  await openMenuItem(page, "sync");
  const dialog = page.getByTestId("image-sync-dialog");
  await dialog.locator('[data-testid="image-sync-region"][data-region="ap-shanghai"] input').check();
  await dialog.getByTestId("image-sync-submit").click();
  await expect(dialog).toBeHidden();
  const copy = page.locator('[data-testid="image-sync-job"]').filter({ hasText: imageId }).locator('[data-testid="image-sync-copy"][data-region="ap-shanghai"]');
  await expect(copy).toHaveAttribute("data-phase", "syncing", { timeout: 10_000 });
  await expect(copy).toHaveAttribute("data-phase", "done", { timeout: 60_000 });
  const copyId = (await copy.getAttribute("data-image"))!;
  const there = await new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: "ap-shanghai",
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  }).DescribeImages({ ImageIds: [copyId] });
  expect(there.ImageSet?.[0]).toMatchObject({ ImageName: IMAGE, ImageState: "NORMAL" });
});

test("a viewer sees images and hosts read-only: no create, import, selection or row actions", async ({ page, browser }) => {
  const viewer = { email: `images-viewer-${RUN}@e2e.test`, password: "viewer-password-123" };
  await page.goto("/settings/users");
  await page.getByTestId("users-create").click();
  await page.getByTestId("user-email").fill(viewer.email);
  await page.getByTestId("user-name").fill("Images Viewer");
  await page.getByTestId("user-password").fill(viewer.password);
  await page.getByTestId("user-role").selectOption("viewer");
  await page.getByTestId("user-create-submit").click();
  await expect(page.locator(`[data-testid="user-row"][data-email="${viewer.email}"]`)).toBeVisible();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const v = await context.newPage();
  await signIn(v, viewer.email, viewer.password);
  await v.goto("/images");
  await expect(imageRow(v)).toBeVisible();
  await expect(v.getByTestId("images-create")).toHaveCount(0);
  await expect(v.getByTestId("images-import")).toHaveCount(0);
  await expect(v.getByTestId("images-convert")).toHaveCount(0);
  await expect(v.getByTestId("image-select")).toHaveCount(0);
  await expect(v.getByTestId("image-row-actions")).toHaveCount(0);
  await imageRow(v).getByTestId("image-expand").click();
  await expect(v.getByTestId("image-detail")).toBeVisible();
  await v.goto("/hosts");
  await expect(v.getByTestId("hosts-allocate")).toHaveCount(0);
  await expect(v.getByTestId("host-row-actions")).toHaveCount(0);
  await v.goto("/hosts?tab=chc");
  await expect(v.getByTestId("chc-row").first()).toBeVisible();
  await expect(v.getByTestId("chc-row-actions")).toHaveCount(0);
  await context.close();
});
