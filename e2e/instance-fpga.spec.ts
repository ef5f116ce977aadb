// Programming an FPGA image (ProgramFpgaImage) end to end: offered on FPGA instances only (disabled with why on a
// stopped one), the dialog's own checks before anything is sent, a card the instance does not have refused by the
// API with its code and RequestId, and a programming that runs while the instance keeps RUNNING, recorded as the
// instance's latest operation (official SDK and detail page) and in its history. Instances come from the official SDK.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const REGION = "ap-guangzhou";
const NAME = `fpga-e2e-${Date.now().toString(36)}`;
// seed 18779's example object; FX4.8XLARGE128 has two cards, 0000:00:08.0 and 0000:00:09.0.
const FPGA_URL = "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin";
const emulatorUrl = () => `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`;
const sdk = () =>
  new cvm.v20170312.Client({
    credential: { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY },
    region: REGION,
    profile: { httpProfile: { endpoint: new URL(emulatorUrl()).host, protocol: "http://" } },
  });

let fpga = "";
let stoppedFpga = "";
let plain = "";
let previousSpeed: unknown;

async function setSpeed(request: APIRequestContext, speed: unknown) {
  expect((await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed })).ok()).toBe(true);
}

async function launch(InstanceType: string): Promise<string> {
  const res = await sdk().RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType, InstanceChargeType: "POSTPAID_BY_HOUR", InstanceName: NAME });
  return res.InstanceIdSet![0];
}

async function describe(id: string) {
  return (await sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet![0];
}

const row = (page: Page, id: string) => page.locator(`[data-testid="instance-row"][data-id="${id}"]`);
const progressRow = (page: Page) => page.getByTestId("op-progress-row");

/** The row menu of one instance in the list (shown on the row under the pointer). */
async function openRowMenu(page: Page, id: string) {
  await row(page, id).hover();
  await row(page, id).getByTestId("instance-row-actions").click();
  const menu = page.getByTestId("instance-row-actions-menu");
  await expect(menu).toBeVisible();
  return menu;
}

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  // Real time, but short: programming stays OPERATING for 4 s, long enough for the poller to report it.
  await setSpeed(request, { mode: "realistic", overridesMs: { RunInstances: 2_000, StopInstances: 2_000, ProgramFpgaImage: 4_000 } });
  [fpga, stoppedFpga, plain] = await Promise.all([launch("FX4.8XLARGE128"), launch("FX4.4XLARGE64"), launch("S5.MEDIUM4")]);
  await expect.poll(async () => Promise.all([fpga, stoppedFpga, plain].map(async (id) => (await describe(id)).InstanceState)), { timeout: 30_000 }).toEqual(["RUNNING", "RUNNING", "RUNNING"]);
  await sdk().StopInstances({ InstanceIds: [stoppedFpga] });
  await expect.poll(async () => (await describe(stoppedFpga)).InstanceState, { timeout: 30_000 }).toBe("STOPPED");
});

test.afterAll(async ({ request }) => {
  if (previousSpeed) await setSpeed(request, previousSpeed);
});

test("offered on FPGA instances only; a stopped one shows it disabled with why", async ({ page }) => {
  await page.goto(`/instances?q=${encodeURIComponent(`name:${NAME}`)}`);
  await expect(page.getByTestId("instance-row")).toHaveCount(3, { timeout: 20_000 });
  await expect(page.getByTestId("status-indicator")).toHaveAttribute("data-state", "live", { timeout: 20_000 });

  let menu = await openRowMenu(page, plain);
  await expect(menu.getByTestId("op-item-reboot")).toBeVisible(); // the menu is there, without the FPGA entry
  await expect(menu.getByTestId("op-item-programFpga")).toHaveCount(0);
  // Closed with Esc (focus goes back to that row's button): the next row under the pointer still gets its menu.
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();

  menu = await openRowMenu(page, stoppedFpga);
  await expect(menu.getByTestId("op-item-programFpga")).toHaveAttribute("aria-disabled", "true");
  await expect(menu.getByTestId("op-item-programFpga")).toHaveAttribute("title", /stopped/i);
  await page.keyboard.press("Escape");

  menu = await openRowMenu(page, fpga);
  await expect(menu.getByTestId("op-item-programFpga")).not.toHaveAttribute("aria-disabled", "true");
  await menu.getByTestId("op-item-programFpga").click();
  const dialog = page.getByTestId("op-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-testid="op-target"][data-eligible="true"]')).toHaveAttribute("data-instance-id", fpga);
  // The hint names this instance's type (how many cards "empty" means).
  await expect(dialog).toContainText("FX4.8XLARGE128");
  // Not programmable in the batch bar: one instance per call.
  await dialog.getByRole("button", { name: /cancel/i }).click();
  await row(page, fpga).getByTestId("row-select").check();
  await page.getByTestId("batch-more").click();
  await expect(page.getByTestId("batch-more-menu").getByTestId("op-item-programFpga")).toHaveCount(0);
});

test("program from the detail page: checked before sending, a card it lacks refused with the code, then programmed while it keeps running", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/instances/${fpga}?region=${REGION}`);
  await expect(page.getByTestId("instance-id")).toHaveText(fpga);
  const openDialog = async () => {
    await page.getByTestId("instance-row-actions").click();
    await page.getByTestId("instance-row-actions-menu").getByTestId("op-item-programFpga").click();
    await expect(page.getByTestId("op-dialog")).toBeVisible();
  };
  await openDialog();

  // The dialog's own checks (the server action's schema): nothing is sent.
  await page.getByTestId("op-fpga-url").fill("ftp://example.com/image.xclbin");
  await page.getByTestId("op-fpga-dbdfs").fill("08.0");
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-fpga-url-error")).toBeVisible();
  await expect(page.getByTestId("op-fpga-dbdfs-error")).toBeVisible();
  await expect(page.getByTestId("op-progress")).toHaveCount(0);

  // Well-formed, but FX4.8XLARGE128 has no third card: the API refuses the call.
  await page.getByTestId("op-fpga-url").fill(FPGA_URL);
  await page.getByTestId("op-fpga-dbdfs").fill("0000:00:0a.0");
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 15_000 });
  await expect(progressRow(page)).toHaveAttribute("data-step", "failed");
  await expect(progressRow(page).getByTestId("op-result-error")).toHaveAttribute("data-code", "InvalidParameterValue");
  await expect(progressRow(page).getByTestId("op-result-error")).toContainText("0000:00:09.0"); // names the cards it has
  expect((await describe(fpga)).LatestOperation).toBe("RunInstances");
  await page.getByTestId("op-close").click();

  await openDialog();
  await page.getByTestId("op-fpga-url").fill(`https://${FPGA_URL}`);
  await page.getByTestId("op-fpga-dbdfs").fill("0000:00:08.0, 0000:00:09.0");
  await page.getByTestId("op-confirm").click();
  // Working while the programming runs (LatestOperationState OPERATING), done once it succeeds.
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "false");
  await expect.poll(async () => (await describe(fpga)).LatestOperationState).toBe("OPERATING");
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
  await expect(progressRow(page)).toHaveAttribute("data-step", "done");
  await expect(progressRow(page).getByTestId("op-live-state")).toHaveAttribute("data-state", "RUNNING");
  const requestId = /RequestId (\S+)/.exec(await progressRow(page).innerText())?.[1] ?? "";
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(await describe(fpga)).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "ProgramFpgaImage", LatestOperationState: "SUCCESS", LatestOperationRequestId: requestId });
  await page.getByTestId("op-close").click();

  const latest = page.getByTestId("detail-latest-operation");
  await expect(latest).toContainText("ProgramFpgaImage");
  await expect(latest).toContainText("SUCCESS");
  await expect(latest).toContainText(requestId);
  // The console's own record: the refused call and the programming, each with its RequestId.
  const history = page.locator('[data-testid="history-row"][data-action="instance.programFpga"]');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText(requestId);
  await expect(history.nth(1)).toContainText("InvalidParameterValue");
});
