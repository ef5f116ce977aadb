import { purchaseHref } from "@/lib/purchase/prefill";

/** "Launch on this host": the purchase wizard on the host's zone, billed CDHPAID, placed on this host (seed 9030 HostIds). */
export function launchOnHostHref(region: string, host: { HostId: string; Zone: string }): string {
  return purchaseHref({ region, zone: host.Zone, charge: "CDHPAID", host: host.HostId });
}
