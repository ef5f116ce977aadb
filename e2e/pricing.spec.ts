// The pricing page end to end (issue 6): the matrix streams in with exact prices, every column sorts, the cheapest
// cell of each charge mode is marked, and buying it opens the purchase wizard on exactly that zone, type and billing.
// A small spec (1 vCPU / 1 GB: three types) keeps the fan-out to a few seconds at the documented 10 inquiries/s.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./fixtures";

test.use({ storageState: ADMIN_STATE });

const SMALL = "/pricing?cpu=1&memory=1";

/** Waits until every selling cell has its exact price (or error) and the stream has ended. */
async function openMatrix(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("pricing-progress")).toHaveAttribute("data-ended", "true", { timeout: 25_000 });
  await expect(page.getByTestId("pricing-row").first()).toBeVisible();
}

/** The amounts a column shows, top to bottom (null where the row has no price in that mode). */
function column(page: Page, mode: string): Promise<Array<number | null>> {
  return page.getByTestId("pricing-row").evaluateAll(
    (rows, m) =>
      rows.map((row) => {
        const amount = row.querySelector(`[data-testid="price-cell"][data-mode="${m}"] [data-testid="price-amount"]`);
        return amount ? Number((amount.textContent ?? "").replace(/[^\d.]/g, "")) : null;
      }),
    mode,
  );
}

const money = (text: string | null) => Number((text ?? "").replace(/[^\d.]/g, ""));

function expectSorted(values: Array<number | null>, dir: "asc" | "desc"): void {
  const priced = values.filter((v): v is number => v !== null);
  expect(priced.length).toBeGreaterThan(1);
  // Rows without a price in this mode come last, in both directions.
  expect(values.slice(0, priced.length)).toEqual(priced);
  expect(priced).toEqual([...priced].sort((a, b) => (dir === "asc" ? a - b : b - a)));
}

test("the pricing matrix sorts by any charge mode in both directions, and by instance type", async ({ page }) => {
  await openMatrix(page, SMALL);
  // Every selling cell was priced exactly: no catalogue estimate is left on screen.
  await expect(page.locator('[data-testid="price-cell"][data-state="estimate"]')).toHaveCount(0);
  expectSorted(await column(page, "hourly"), "asc"); // the default order

  await page.getByTestId("pricing-sort-month12").click();
  await expect(page.getByRole("columnheader", { name: /1 year/ })).toHaveAttribute("aria-sort", "ascending");
  expectSorted(await column(page, "month12"), "asc");

  await page.getByTestId("pricing-sort-month12").click();
  await expect(page.getByRole("columnheader", { name: /1 year/ })).toHaveAttribute("aria-sort", "descending");
  expectSorted(await column(page, "month12"), "desc");

  await page.getByTestId("pricing-sort-spot").click();
  expectSorted(await column(page, "spot"), "asc");

  await page.getByTestId("pricing-sort-type").click();
  const types = await page.getByTestId("pricing-row-type").allTextContents();
  expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
});

test("the cheapest prepaid-1-year cell is marked and opens the wizard prefilled with exactly that configuration and price", async ({ page }) => {
  await openMatrix(page, `${SMALL}&dataSize=100&bw=5`);
  const cheapest = page.locator('[data-testid="price-cell"][data-mode="month12"][data-cheapest="true"]').first();
  await expect(cheapest).toBeVisible();
  // It really is the lowest figure of its column.
  const amounts = (await column(page, "month12")).filter((v): v is number => v !== null);
  const own = money(await cheapest.getByTestId("price-amount").textContent());
  expect(own).toBe(Math.min(...amounts));
  // Its second line is the up-front total for the year.
  const total = money((await cheapest.textContent())?.match(/([\d,.]+) for 12 mo/)?.[1] ?? null);
  expect(total).toBeGreaterThan(own * 11);
  // The summary card above the matrix names the same answer.
  const [region, zone, type] = (await cheapest.getAttribute("data-cell"))!.split("|");
  await expect(page.getByTestId("pricing-cheapest-month12")).toContainText(type);

  await cheapest.click();
  await expect(page).toHaveURL(/\/instances\/new\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    region,
    zone,
    type,
    charge: "PREPAID",
    period: "12",
    source: "PUBLIC_IMAGE",
    dataDiskSize: "100",
    bandwidth: "5",
    internetChargeType: "BANDWIDTH_PREPAID",
  });
  expect(url.searchParams.get("image")).toMatch(/^img-[a-z0-9]{8}$/);

  // The wizard starts on exactly that cell: zone, billing and term, type, disks and bandwidth...
  await expect(page.getByTestId(`purchase-zone-${zone}`)).toBeChecked();
  await expect(page.getByTestId("purchase-charge-PREPAID")).toBeChecked();
  await expect(page.getByTestId("purchase-period")).toHaveValue("12");
  await page.getByTestId("purchase-next").click();
  await expect(page.locator(`[data-testid="type-row"][data-type="${type}"]`)).toHaveAttribute("aria-selected", "true");
  await page.getByTestId("purchase-next").click();
  await expect(page.getByTestId("purchase-system-disk-type")).toHaveValue("CLOUD_PREMIUM");
  await expect(page.getByTestId("purchase-system-disk-size")).toHaveValue("50");
  await expect(page.getByTestId("data-disk-size-0")).toHaveValue("100");
  await expect(page.getByTestId("purchase-internet-charge")).toHaveValue("BANDWIDTH_PREPAID");
  await expect(page.getByTestId("purchase-bandwidth")).toHaveValue("5");
  // ...and quotes the very total the matrix showed for it (both from InquiryPriceRunInstances).
  await expect(page.getByTestId("purchase-price")).toHaveAttribute("data-state", "ready");
  expect(money(await page.getByTestId("purchase-price-total").textContent())).toBe(total);
});

test("all regions: one row per type and region, each region's catalogue counted, the spec kept in the URL", async ({ page }) => {
  await openMatrix(page, SMALL);
  await page.getByTestId("pricing-scope-regions").click();
  await expect(page).toHaveURL(/scope=regions/);
  await expect(page.getByTestId("pricing-progress")).toHaveAttribute("data-ended", "true", { timeout: 25_000 });
  await expect(page.getByTestId("pricing-progress-regions")).toHaveText(/: (\d+) of \1 /); // "Catalogues: 18 of 18 regions"
  const rowIds = await page.getByTestId("pricing-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row") ?? ""));
  const regions = new Set(rowIds.map((id) => id.split("|")[0]));
  expect(regions.size).toBeGreaterThan(3);
  expect(rowIds.every((id) => id.split("|")[1] === "*")).toBe(true);
  await expect(page.getByTestId("pricing-chart")).toBeVisible();

  // Reloading keeps the spec: the URL is the page's state.
  await page.reload();
  await expect(page.getByTestId("pricing-scope-regions")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("pricing-cpu")).toHaveValue("1");
});
