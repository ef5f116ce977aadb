"use client";

import { useT } from "@/lib/i18n/provider";
import { useRegionsQuery, useZonesQuery } from "@/lib/queries/regions";
import { CHARGE_TYPES, MAX_COUNT, MIN_COUNT, PREPAID_PERIODS, type ChargeType } from "@/lib/purchase/constants";
import { formatCny } from "@/lib/purchase/price";
import { usePurchaseOptions } from "@/lib/purchase/queries";
import type { TypeOffer } from "@/lib/purchase/types";
import { Select } from "@/components/ui/select";
import { Input } from "@/components/ui/input";
import { Check, NumberInput, Row, Section, Segmented, type StepProps } from "./controls";

/** What changing the region resets: everything that belongs to one region. */
export const REGION_SCOPED = { zone: "", instanceType: "", imageId: "", hostId: "", placementGroupId: "", keyIds: [], securityGroupIds: [], vpcId: "", subnetId: "" };

export function periodLabel(t: ReturnType<typeof useT>, months: number): string {
  return months % 12 === 0 ? t("purchase.period.years", { n: months / 12 }) : t("purchase.period.months", { n: months });
}

/** Step 1: where (region, zone), how it is paid (charge type, period, auto-renew, spot bid, CDH host) and how many. */
export function StepLocation({ accountId, language, config, set, err, offer }: StepProps & { offer?: TypeOffer }) {
  const t = useT();
  const regions = useRegionsQuery(accountId, language);
  const zones = useZonesQuery(accountId, config.region, language);
  const hosts = usePurchaseOptions(accountId, config.region, "hosts", config.chargeType === "CDHPAID");
  const zoneHosts = (hosts.data?.items ?? []).filter((h) => !h.zone || h.zone === config.zone);
  const regionOptions = regions.data?.length ? regions.data : [{ Region: config.region, RegionName: config.region, RegionState: "AVAILABLE" }];

  return (
    <>
      <Section title={t("purchase.section.location")} hint={t("purchase.section.locationHint")}>
        <Row label={t("header.region")} htmlFor="purchase-region">
          <Select
            id="purchase-region"
            data-testid="purchase-region"
            value={config.region}
            onChange={(e) => set({ region: e.target.value, ...REGION_SCOPED })}
            wrapperClassName="w-96 max-w-full"
          >
            {regionOptions.map((r) => (
              <option key={r.Region} value={r.Region} disabled={r.RegionState !== "AVAILABLE"}>
                {r.RegionName === r.Region ? r.Region : `${r.RegionName} · ${r.Region}`}
              </option>
            ))}
          </Select>
        </Row>
        <Row label={t("purchase.zone")} error={err("zone")}>
          {zones.isPending ? (
            <p className="pt-1.5 text-xs text-muted">{t("common.loading")}</p>
          ) : (
            <Segmented
              name="purchase-zone"
              label={t("purchase.zone")}
              value={config.zone}
              onChange={(zone) => set({ zone, hostId: "" })}
              options={(zones.data ?? []).map((z) => ({
                value: z.Zone,
                label: z.ZoneName || z.Zone,
                title: z.ZoneState === "AVAILABLE" ? z.Zone : `${z.Zone} · ${t("purchase.zoneSoldOut")}`,
                disabled: z.ZoneState !== "AVAILABLE",
              }))}
            />
          )}
        </Row>
      </Section>

      <Section title={t("purchase.section.billing")} hint={t("purchase.section.billingHint")}>
        <Row label={t("purchase.chargeType")}>
          <Segmented<ChargeType>
            name="purchase-charge"
            label={t("purchase.chargeType")}
            value={config.chargeType}
            onChange={(chargeType) => set({ chargeType })}
            options={CHARGE_TYPES.map((c) => ({ value: c, label: t(`purchase.charge.${c}`), hint: t(`purchase.chargeHint.${c}`) }))}
          />
          <p className="mt-1 text-xs text-muted">{t(`purchase.chargeHint.${config.chargeType}`)}</p>
        </Row>
        {config.chargeType === "PREPAID" && (
          <>
            <Row label={t("purchase.period")} htmlFor="purchase-period" error={err("period")}>
              <Select id="purchase-period" data-testid="purchase-period" value={String(config.period)} onChange={(e) => set({ period: Number(e.target.value) })} wrapperClassName="w-40">
                {PREPAID_PERIODS.map((m) => (
                  <option key={m} value={m}>
                    {periodLabel(t, m)}
                  </option>
                ))}
              </Select>
            </Row>
            <Row label={t("purchase.renew")}>
              <Check
                id="purchase-auto-renew"
                label={t("purchase.autoRenew")}
                hint={t("purchase.autoRenewHint")}
                checked={config.renewFlag === "NOTIFY_AND_AUTO_RENEW"}
                onChange={(on) => set({ renewFlag: on ? "NOTIFY_AND_AUTO_RENEW" : "NOTIFY_AND_MANUAL_RENEW" })}
              />
            </Row>
          </>
        )}
        {config.chargeType === "SPOTPAID" && (
          <Row
            label={t("purchase.spotMaxPrice")}
            htmlFor="purchase-spot-price"
            error={err("spotMaxPrice")}
            hint={
              offer
                ? t("purchase.spotCurrent", { price: formatCny(offer.UnitPriceDiscount, language), type: offer.InstanceType })
                : t("purchase.spotMaxPriceHint")
            }
          >
            <Input
              id="purchase-spot-price"
              data-testid="purchase-spot-price"
              inputMode="decimal"
              placeholder={t("purchase.spotMarket")}
              value={config.spotMaxPrice}
              onChange={(e) => set({ spotMaxPrice: e.target.value.trim() })}
              className="max-w-40"
            />
          </Row>
        )}
        {config.chargeType === "CDHPAID" && (
          <Row label={t("purchase.host")} htmlFor="purchase-host" error={err("hostId")} hint={hosts.data?.unavailable ? t("purchase.listUnavailable") : t("purchase.hostHint")}>
            {zoneHosts.length > 0 ? (
              <Select id="purchase-host" data-testid="purchase-host" value={config.hostId} onChange={(e) => set({ hostId: e.target.value })} wrapperClassName="w-96 max-w-full">
                <option value="">{t("purchase.hostChoose")}</option>
                {zoneHosts.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name} · {h.id} {h.hint ? `· ${h.hint}` : ""}
                  </option>
                ))}
              </Select>
            ) : (
              <Input id="purchase-host" data-testid="purchase-host" placeholder="host-xxxxxxxx" value={config.hostId} onChange={(e) => set({ hostId: e.target.value.trim() })} className="max-w-56" />
            )}
          </Row>
        )}
        <Row label={t("purchase.count")} htmlFor="purchase-count" error={err("count")} hint={t("purchase.countHint", { max: MAX_COUNT })}>
          <NumberInput id="purchase-count" value={config.count} min={MIN_COUNT} max={MAX_COUNT} onChange={(count) => set({ count })} invalid={!!err("count")} />
        </Row>
      </Section>
    </>
  );
}
