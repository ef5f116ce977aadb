import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

test("the shell shows navigation, the signed-in admin and the simulation badge", async ({ page }) => {
  await page.goto("/");
  for (const key of ["instances", "images", "hosts", "quotas", "pricing", "key-pairs", "placement-groups", "launch-templates", "settings"]) {
    await expect(page.getByTestId(`nav-${key}`)).toBeVisible();
  }
  await expect(page.getByTestId("user-menu")).toContainText(ADMIN.email);
  await expect(page.getByTestId("user-menu")).toContainText(/admin/i);
  await expect(page.getByTestId("simulation-badge")).toBeVisible();
});

test("switching region lists that region's zones from DescribeZones", async ({ page }) => {
  await page.goto("/");
  const switcher = page.getByTestId("region-switcher");
  // The options come from DescribeRegions: the seed's region table has far more than a handful.
  expect(await switcher.locator("option").count()).toBeGreaterThan(10);
  await switcher.selectOption("ap-shanghai");
  await expect(page.getByTestId("zone-list")).toContainText("ap-shanghai-2");
  await expect(page.getByTestId("zone-list")).not.toContainText("ap-guangzhou-");
  await page.reload();
  await expect(switcher).toHaveValue("ap-shanghai");
  await expect(page.getByTestId("zones-table")).toContainText("ap-shanghai-2");
});

test("the console speaks Chinese and goes dark on request", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("locale-toggle").click();
  await expect(page.getByTestId("nav-instances")).toContainText("实例");
  await page.getByTestId("locale-toggle").click();
  await expect(page.getByTestId("nav-instances")).toContainText("Instances");
  const before = await page.locator("html").getAttribute("class");
  await page.getByTestId("theme-toggle").click();
  await expect.poll(async () => page.locator("html").getAttribute("class")).not.toBe(before);
});
