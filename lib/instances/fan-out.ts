// All regions mode: one table over every region's DescribeInstances. Regions are laid end to end in a fixed
// order (the DescribeRegions order), so global row N is a stable place: page P is a slice of that concatenation,
// which touches one region, or a few at the boundaries. Pure, so the paging arithmetic is tested alone.

/** DescribeInstances returns at most 100 rows per call (seed 10111). */
export const DESCRIBE_LIMIT = 100;

export type RegionSlice = { region: string; offset: number; limit: number };

/** Which rows of which regions make up rows [offset, offset + limit) of the concatenated fleet. */
export function planSlices(totals: ReadonlyArray<{ region: string; total: number }>, offset: number, limit: number): RegionSlice[] {
  const slices: RegionSlice[] = [];
  let start = 0;
  let want = limit;
  let from = offset;
  for (const { region, total } of totals) {
    const end = start + total;
    if (want > 0 && from < end && total > 0) {
      const local = Math.max(0, from - start);
      const take = Math.min(total - local, want);
      slices.push({ region, offset: local, limit: take });
      want -= take;
      from += take;
    }
    start = end;
  }
  return slices;
}

/** Runs `fn` over `items` with at most `concurrency` in flight; results keep the input order. */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
  return results;
}

/** The region a zone id belongs to: ap-guangzhou-3 → ap-guangzhou. */
export function regionOfZone(zone: string): string {
  return zone.replace(/-\d+$/, "");
}
