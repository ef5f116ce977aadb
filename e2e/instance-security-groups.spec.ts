// Binding and unbinding one security group (AssociateSecurityGroups / DisassociateSecurityGroups) end to end: the
// dialog from the batch bar, who is left out and why (already bound, five groups, not bound, the last one), the
// result per instance (one RequestId per call, Tencent's code on every instance of a refused call), and the groups
// the instances hold afterwards, through the official SDK and on the detail page. Instances are created per test
// through the official SDK.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { cvm } from "tencentcloud-sdk-nodejs-cvm";
import { DEMO_ACCOUNT, DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../server/emulator/accounts";
import { securityGroupsOf } from "../server/emulator/state/security-groups/catalog";
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
// The region's groups as the emulator gives every account (VPC owns them; CVM cannot list them): default first.
const [DEFAULT, WEB, SSH, RDP, INTRANET, OPEN_ALL] = securityGroupsOf({ account: DEMO_ACCOUNT.ownerUin, region: REGION }).map((g) => g.SecurityGroupId);

let previousSpeed: unknown;

async function setSpeed(request: APIRequestContext, speed: unknown) {
  expect((await request.post(`${emulatorUrl()}/_emulator/speed`, { data: speed })).ok()).toBe(true);
}

async function launch(name: string, count: number, SecurityGroupIds?: string[]): Promise<string[]> {
  const res = await sdk().RunInstances({
    Placement: { Zone: "ap-guangzhou-3" },
    ImageId: "img-pmqg1cw7",
    InstanceType: "S5.MEDIUM4",
    InstanceChargeType: "POSTPAID_BY_HOUR",
    InstanceName: name,
    InstanceCount: count,
    ...(SecurityGroupIds ? { SecurityGroupIds } : {}),
  });
  return res.InstanceIdSet!;
}

async function describe(ids: string[]) {
  const res = await sdk().DescribeInstances({ InstanceIds: ids });
  return ids.map((id) => res.InstanceSet!.find((i) => i.InstanceId === id)!);
}
const groupsOf = async (ids: string[]) => (await describe(ids)).map((i) => i.SecurityGroupIds);

async function waitRunning(ids: string[]) {
  await expect.poll(async () => (await describe(ids)).map((i) => `${i.InstanceState}/${i.LatestOperationState}`), { timeout: 30_000 }).toEqual(ids.map(() => "RUNNING/SUCCESS"));
}

const row = (page: Page, id: string) => page.locator(`[data-testid="instance-row"][data-id="${id}"]`);
const target = (page: Page, id: string) => page.getByTestId("op-dialog").locator(`[data-testid="op-target"][data-instance-id="${id}"]`);
const progressRow = (page: Page, id: string) => page.locator(`[data-testid="op-progress-row"][data-instance-id="${id}"]`);

/** The list filtered to one test's instances, all selected, with the bind/unbind dialog open. */
async function openBindDialog(page: Page, name: string, ids: string[]) {
  await page.goto(`/instances?q=${encodeURIComponent(`name:${name}`)}`);
  await expect(page.getByTestId("instance-row")).toHaveCount(ids.length, { timeout: 20_000 });
  await expect(page.getByTestId("status-indicator")).toHaveAttribute("data-state", "live", { timeout: 20_000 });
  for (const id of ids) await row(page, id).getByTestId("row-select").check();
  await page.getByTestId("batch-more").click();
  await page.getByTestId("batch-more-menu").getByTestId("op-item-securityGroupBind").click();
  await expect(page.getByTestId("op-dialog")).toBeVisible();
}

async function expectReason(page: Page, id: string, code: string) {
  await expect(target(page, id)).toHaveAttribute("data-eligible", "false");
  await expect(target(page, id).getByTestId("op-reason")).toHaveAttribute("data-reason", code);
}

/** The RequestId a progress row shows. */
async function requestIdOf(page: Page, id: string): Promise<string> {
  const text = await progressRow(page, id).innerText();
  return /RequestId (\S+)/.exec(text)?.[1] ?? "";
}

test.beforeAll(async ({ request }) => {
  previousSpeed = await (await request.get(`${emulatorUrl()}/_emulator/speed`)).json();
  // Real time, but short: the group change stays OPERATING for 3 s, long enough for the poller to report it.
  await setSpeed(request, { mode: "realistic", overridesMs: { RunInstances: 2_000, AssociateSecurityGroups: 3_000, DisassociateSecurityGroups: 3_000 } });
});

test.afterAll(async ({ request }) => {
  if (previousSpeed) await setSpeed(request, previousSpeed);
});

test("bind: the group goes last on those that can take it; already bound and five-group instances are left out with why; the detail page shows it", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `sg-bind-${Date.now().toString(36)}`;
  const plain = await launch(name, 2); // the default group only
  const [bound] = await launch(name, 1, [DEFAULT, WEB]);
  const [full] = await launch(name, 1, [DEFAULT, SSH, RDP, INTRANET, OPEN_ALL]);
  const all = [...plain, bound, full];
  await waitRunning(all);

  await openBindDialog(page, name, all);
  // No group named: the dialog says so and sends nothing.
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-sg-id-error")).toBeVisible();
  await expect(page.getByTestId("op-progress")).toHaveCount(0);
  // The groups the selection holds, with how many hold each; a click fills the field.
  const held = page.getByTestId("op-sg-held");
  await expect(held.getByRole("button", { name: DEFAULT })).toContainText("×4");
  await held.getByRole("button", { name: WEB }).click();
  await expect(page.getByTestId("op-sg-id")).toHaveValue(WEB);

  for (const id of plain) await expect(target(page, id)).toHaveAttribute("data-eligible", "true");
  await expectReason(page, bound, "sgBound");
  await expectReason(page, full, "sgLimit");
  await expect(target(page, full).getByTestId("op-reason")).toContainText("5");
  await expect(page.getByTestId("op-confirm")).toContainText("2");

  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
  for (const id of [bound, full]) await expect(progressRow(page, id)).toHaveAttribute("data-step", "skipped");
  for (const id of plain) await expect(progressRow(page, id)).toHaveAttribute("data-step", "done");
  // One call for both: one RequestId.
  const requestId = await requestIdOf(page, plain[0]);
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(await requestIdOf(page, plain[1])).toBe(requestId);
  await expect(page.getByTestId("op-summary")).toContainText("2");

  // Bound after the groups they had (seed 30140: lowest priority); the left-out ones are untouched.
  expect(await groupsOf(all)).toEqual([[DEFAULT, WEB], [DEFAULT, WEB], [DEFAULT, WEB], [DEFAULT, SSH, RDP, INTRANET, OPEN_ALL]]);
  const [first] = await describe([plain[0]]);
  expect(first).toMatchObject({ LatestOperation: "AssociateSecurityGroups", LatestOperationState: "SUCCESS", LatestOperationRequestId: requestId });

  await page.goto(`/instances/${plain[0]}?region=${REGION}`);
  await expect(page.getByTestId("detail-security-groups")).toHaveText(`${DEFAULT}${WEB}`);
  await expect(page.getByTestId("detail-latest-operation")).toContainText("AssociateSecurityGroups");
  await expect(page.getByTestId("detail-latest-operation")).toContainText(requestId);
  await expect(page.locator('[data-testid="history-row"][data-action="instance.securityGroup.associate"]')).toContainText(requestId);
});

test("unbind settles (Disassociate…) and a refused bind shows Tencent's code on every instance of the call", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `sg-unbind-${Date.now().toString(36)}`;
  const two = await launch(name, 2, [DEFAULT, WEB]);
  const [single] = await launch(name, 1); // the default group only
  const all = [...two, single];
  await waitRunning(all);

  // A well-formed id the region does not have: the API refuses the whole call, and each instance says so.
  await openBindDialog(page, name, all);
  await page.getByTestId("op-sg-id").fill("sg-zzzzzzzz");
  await expect(page.getByTestId("op-confirm")).toContainText("3");
  await page.getByTestId("op-confirm").click();
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
  const failedId = await requestIdOf(page, single);
  expect(failedId).toMatch(/^[0-9a-f-]{36}$/);
  for (const id of all) {
    await expect(progressRow(page, id)).toHaveAttribute("data-step", "failed");
    await expect(progressRow(page, id).getByTestId("op-result-error")).toHaveAttribute("data-code", "InvalidSecurityGroupId.NotFound");
    expect(await requestIdOf(page, id)).toBe(failedId);
  }
  expect(await groupsOf(all)).toEqual([[DEFAULT, WEB], [DEFAULT, WEB], [DEFAULT]]);
  await page.getByTestId("op-close").click();

  // Unbind WEB: the instance that does not hold it is left out.
  await page.getByTestId("batch-more").click();
  await page.getByTestId("batch-more-menu").getByTestId("op-item-securityGroupBind").click();
  await page.getByTestId("op-sg-mode-disassociate").click();
  await page.getByTestId("op-sg-id").fill(WEB);
  for (const id of two) await expect(target(page, id)).toHaveAttribute("data-eligible", "true");
  await expectReason(page, single, "sgNotBound");
  // The default group is the only one `single` has: it keeps it.
  await page.getByTestId("op-sg-id").fill(DEFAULT);
  await expectReason(page, single, "sgLast");
  await page.getByTestId("op-sg-id").fill(WEB);

  await page.getByTestId("op-confirm").click();
  // Until the unbind lands (LatestOperation DisassociateSecurityGroups → SUCCESS), the run is working; then done.
  await expect(page.getByTestId("op-progress")).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
  for (const id of two) await expect(progressRow(page, id)).toHaveAttribute("data-step", "done");
  await expect(progressRow(page, single)).toHaveAttribute("data-step", "skipped");
  const requestId = await requestIdOf(page, two[0]);
  expect(await groupsOf(all)).toEqual([[DEFAULT], [DEFAULT], [DEFAULT]]);
  const [first] = await describe([two[0]]);
  expect(first).toMatchObject({ LatestOperation: "DisassociateSecurityGroups", LatestOperationState: "SUCCESS", LatestOperationRequestId: requestId });

  await page.goto(`/instances/${two[0]}?region=${REGION}`);
  await expect(page.getByTestId("detail-security-groups")).toHaveText(DEFAULT);
  await expect(page.locator('[data-testid="history-row"][data-action="instance.securityGroup.disassociate"]')).toContainText(requestId);
  await expect(page.locator('[data-testid="history-row"][data-action="instance.securityGroup.associate"]')).toContainText("InvalidSecurityGroupId.NotFound");
});
