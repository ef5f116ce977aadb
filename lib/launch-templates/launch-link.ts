/**
 * The purchase wizard started from one version of a launch template. The wizard reads `template` (lib/purchase/
 * prefill.ts, readPurchaseLink) and `version`; region rides along so a link opened later still buys where the
 * template lives.
 */
export function launchFromVersionHref(region: string, templateId: string, version: number): string {
  const search = new URLSearchParams({ region, template: templateId, version: String(version) });
  return `/instances/new?${search.toString()}`;
}
