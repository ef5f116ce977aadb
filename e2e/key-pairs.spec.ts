// Key pairs end to end (issue 7): create one and download its private key (offered once, gone from the page after),
// bind it to a stopped Linux instance and see the binding, find delete refused while it is bound, and import a
// public key with a malformed one explained first. Instances are created for this spec through the official SDK.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });
test.describe.configure({ mode: "serial" });

const REGION = "ap-guangzhou";
const STAMP = Date.now().toString(36);
const KEY_NAME = `e2e_${STAMP}`;
const INSTANCE_NAME = `kp-e2e-${STAMP}`;
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

let instanceId = "";
let keyId = "";

async function settledState(id: string): Promise<string> {
  const i = (await sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet?.[0];
  return i?.LatestOperationState === "OPERATING" ? "BUSY" : (i?.InstanceState ?? "GONE");
}

const row = (page: Page, name: string) => page.locator(`[data-testid="key-pair-row"][data-name="${name}"]`);

test.beforeAll(async ({ request }) => {
  const previous = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  await request.post(`${emulatorUrl()}/_emulator/speed`, { data: { mode: "instant" } });
  try {
    const res = await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceName: INSTANCE_NAME });
    instanceId = res.InstanceIdSet![0];
    await expect.poll(() => settledState(instanceId), { timeout: 20_000 }).toBe("RUNNING");
    await sdk().StopInstances({ InstanceIds: [instanceId] });
    await expect.poll(() => settledState(instanceId), { timeout: 20_000 }).toBe("STOPPED");
  } finally {
    await request.post(`${emulatorUrl()}/_emulator/speed`, { data: previous });
  }
});

test("create a key pair and download its private key, once", async ({ page }) => {
  await page.goto("/key-pairs");
  await page.getByTestId("key-pair-create").click();
  await page.getByTestId("key-pair-name").fill("bad-name!");
  await page.getByTestId("key-pair-create-submit").click();
  await expect(page.getByTestId("key-pair-name-error")).toContainText("letters, digits and underscores");

  await page.getByTestId("key-pair-name").fill(KEY_NAME);
  await page.getByTestId("key-pair-create-submit").click();
  const created = page.getByTestId("key-pair-created");
  await expect(created).toBeVisible();
  keyId = (await created.getAttribute("data-key-id"))!;
  expect(keyId).toMatch(/^skey-[a-z0-9]{8}$/);

  // Closing before downloading asks once more.
  await page.getByTestId("key-pair-created-close").click();
  await expect(page.getByTestId("create-key-pair-dialog")).toContainText("You have not downloaded the private key");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("key-pair-download").click()]);
  expect(download.suggestedFilename()).toBe(`${KEY_NAME}.pem`);
  const pem = readFileSync((await download.path())!, "utf8");
  expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----\n?$/);
  await expect(page.getByTestId("key-pair-downloaded")).toBeVisible();
  await page.getByTestId("key-pair-created-close").click();
  await expect(page.getByTestId("create-key-pair-dialog")).toBeHidden();

  // The key is in the list; the private key is nowhere in the page any more, and a reload cannot bring it back.
  await expect(row(page, KEY_NAME)).toBeVisible();
  const body = pem.split("\n")[1];
  expect(await page.content()).not.toContain(body);
  await page.reload();
  await expect(row(page, KEY_NAME)).toBeVisible();
  expect(await page.content()).not.toContain("PRIVATE KEY");
});

test("bind it to a stopped instance; running ones need 'shut down first', Windows ones are explained", async ({ page }) => {
  await page.goto("/key-pairs");
  await row(page, KEY_NAME).getByTestId("key-pair-bind").click();
  const dialog = page.getByTestId("bind-key-pair-dialog");
  await page.getByTestId("key-pair-bind-search").fill(INSTANCE_NAME);
  const target = dialog.locator(`[data-testid="bind-instance-row"][data-id="${instanceId}"]`);
  await expect(target).toHaveAttribute("data-eligible", "true");
  await target.getByRole("checkbox").check();
  await page.getByTestId("key-pair-bind-submit").click();
  await expect(page.getByTestId("key-pair-bind-started")).toBeVisible();
  await page.getByTestId("key-pair-bind-done").click();

  // The list follows the change: the instance appears under the key pair.
  await expect(row(page, KEY_NAME).getByTestId("key-pair-instances")).toHaveAttribute("data-count", "1", { timeout: 20_000 });
  await expect(row(page, KEY_NAME).getByTestId("key-pair-instances")).toContainText(instanceId);
  const inst = (await sdk().DescribeInstances({ InstanceIds: [instanceId] })).InstanceSet![0];
  expect(inst.LoginSettings?.KeyIds).toContain(keyId);

  // Binding again: that instance is no longer offered, and says why.
  await row(page, KEY_NAME).getByTestId("key-pair-bind").click();
  await page.getByTestId("key-pair-bind-search").fill(INSTANCE_NAME);
  await expect(dialog.locator(`[data-testid="bind-instance-row"][data-id="${instanceId}"]`)).toHaveAttribute("data-eligible", "false");
  await expect(dialog.locator(`[data-testid="bind-instance-row"][data-id="${instanceId}"] [data-testid="bind-instance-note"]`)).toHaveText("Already bound");
  await page.keyboard.press("Escape");
});

test("delete is refused while the key is bound, and says which instances hold it", async ({ page }) => {
  await page.goto("/key-pairs");
  await row(page, KEY_NAME).getByTestId("key-pair-delete").click();
  await expect(page.getByTestId("key-pair-delete-blocked")).toContainText("bound to 1 instance");
  await expect(page.getByTestId("key-pair-delete-blocked")).toContainText(instanceId);
  await expect(page.getByTestId("delete-key-pair-dialog-confirm")).toBeDisabled();
});

test("import: a malformed public key is explained before anything is sent; a real one is imported", async ({ page }) => {
  const donor = (await sdk().CreateKeyPair({ KeyName: `donor_${STAMP}`, ProjectId: 0 })).KeyPair!;
  await sdk().DeleteKeyPairs({ KeyIds: [donor.KeyId!] });
  await page.goto("/key-pairs");
  await page.getByTestId("key-pair-import").click();
  await page.getByTestId("key-pair-import-name").fill(`imported_${STAMP}`);
  await page.getByTestId("key-pair-public-key").fill("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host");
  await expect(page.getByTestId("import-public-key-error")).toContainText("Only ssh-rsa keys");
  await expect(page.getByTestId("key-pair-import-submit")).toBeDisabled();
  await page.getByTestId("key-pair-public-key").fill(donor.PublicKey!);
  await expect(page.getByTestId("import-key-pair-dialog")).toContainText("Valid RSA key, 2048 bits");
  await page.getByTestId("key-pair-import-submit").click();
  await expect(page.getByTestId("import-key-pair-dialog")).toBeHidden();
  await expect(row(page, `imported_${STAMP}`)).toBeVisible();
});

test("the list sorts by name: ascending, descending, then back to the API's order", async ({ page }) => {
  await page.goto("/key-pairs");
  await expect(row(page, `imported_${STAMP}`)).toBeVisible();
  const names = () => page.getByTestId("key-pair-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-name") ?? ""));
  const header = page.getByRole("columnheader", { name: "Name", exact: true });
  const natural = new Intl.Collator("en-US", { numeric: true, sensitivity: "base" }).compare;
  const original = await names();
  expect(new Set(original.map((n) => n.toLowerCase())).size).toBeGreaterThanOrEqual(2);

  await page.getByTestId("key-pairs-table-sort-name").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const asc = await names();
  expect(asc).toEqual([...original].sort(natural));

  await page.getByTestId("key-pairs-table-sort-name").press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const desc = await names();
  expect(desc).toEqual([...original].sort((a, b) => natural(b, a)));
  expect(desc).not.toEqual(asc);

  await page.getByTestId("key-pairs-table-sort-name").click();
  await expect(header).not.toHaveAttribute("aria-sort");
  expect(await names()).toEqual(original);
});
