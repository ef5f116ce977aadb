"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import {
  CLOUD_DISK_TYPES,
  INTERNET_CHARGE_TYPES,
  MAX_BANDWIDTH,
  MAX_DATA_DISKS,
  dataDiskRule,
  type InternetChargeType,
} from "@/lib/purchase/constants";
import { systemDiskRule } from "@/lib/purchase/config";
import type { TypeOffer } from "@/lib/purchase/types";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Check, NumberInput, Row, Section, type StepProps } from "./controls";

/** Splits "sg-1, sg-2 sg-3" into ids; the typed text stays as typed (see IdListInput). */
export const splitIds = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** A free-text list of ids: kept as typed, parsed on every change. Remount (key) to reset it from outside. */
export function IdListInput({ id, initial, placeholder, onChange }: { id: string; initial: string[]; placeholder: string; onChange: (ids: string[]) => void }) {
  const [text, setText] = useState(initial.join(", "));
  return (
    <Input
      id={id}
      data-testid={id}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(splitIds(e.target.value));
      }}
      className="w-full max-w-md font-mono text-[13px]"
    />
  );
}

/** Step 3: system and data disks (types and sizes the zone allows, seed limits), VPC, public IP and bandwidth, security groups. */
export function StepStorageNetwork({
  config,
  set,
  err,
  offer,
  internetChargeTypes,
}: StepProps & { offer?: TypeOffer; internetChargeTypes?: ReadonlyArray<{ type: string; description: string }> }) {
  const t = useT();
  // The modes the region offers (DescribeInternetChargeTypeConfigs); all four while unknown. The current choice
  // always stays listed so a prefill is never silently changed.
  const offered = internetChargeTypes?.length ? INTERNET_CHARGE_TYPES.filter((c) => c === config.internetChargeType || internetChargeTypes.some((o) => o.type === c)) : INTERNET_CHARGE_TYPES;
  const chargeDescription = internetChargeTypes?.find((o) => o.type === config.internetChargeType)?.description;
  const local = [...new Set((offer?.LocalDiskTypeList ?? []).map((d) => d.Type))].filter((d) => d === "LOCAL_BASIC" || d === "LOCAL_SSD");
  const diskTypes = [...CLOUD_DISK_TYPES, ...local];
  const sysRule = systemDiskRule(config.systemDisk.type);
  const setDisk = (i: number, patch: Partial<(typeof config.dataDisks)[number]>) =>
    set({ dataDisks: config.dataDisks.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const maxBandwidth = MAX_BANDWIDTH[config.internetChargeType];

  return (
    <>
      <Section title={t("purchase.section.storage")} hint={t("purchase.section.storageHint")}>
        <Row label={t("purchase.systemDisk")} htmlFor="purchase-system-disk-size" error={err("systemDisk.size") ?? err("systemDisk.type")} hint={t("purchase.sizeRule", { min: sysRule.min, max: sysRule.max, step: sysRule.step })}>
          <div className="flex flex-wrap items-center gap-2">
            <Select
              aria-label={t("purchase.diskType")}
              data-testid="purchase-system-disk-type"
              value={config.systemDisk.type}
              onChange={(e) => set({ systemDisk: { ...config.systemDisk, type: e.target.value } })}
              wrapperClassName="w-52"
            >
              <option value="">{t("purchase.disk.default")}</option>
              {diskTypes.map((d) => (
                <option key={d} value={d}>
                  {t(`purchase.disk.${d}`)}
                </option>
              ))}
            </Select>
            <NumberInput
              id="purchase-system-disk-size"
              value={config.systemDisk.size}
              min={sysRule.min}
              max={sysRule.max}
              onChange={(size) => set({ systemDisk: { ...config.systemDisk, size } })}
              invalid={!!err("systemDisk.size")}
            />
            <span className="text-[13px] text-muted">GB</span>
          </div>
        </Row>
        <Row label={t("purchase.dataDisks")} error={err("dataDisks")}>
          <div className="flex flex-col gap-1.5" data-testid="purchase-data-disks">
            {config.dataDisks.map((d, i) => {
              const rule = dataDiskRule(d.type);
              const error = err(`dataDisks.${i}.size`) ?? err(`dataDisks.${i}.type`);
              return (
                <div key={i} data-testid="data-disk" className="flex flex-wrap items-center gap-2">
                  <Select aria-label={t("purchase.diskType")} data-testid={`data-disk-type-${i}`} value={d.type} onChange={(e) => setDisk(i, { type: e.target.value })} wrapperClassName="w-52">
                    {diskTypes.map((x) => (
                      <option key={x} value={x}>
                        {t(`purchase.disk.${x}`)}
                      </option>
                    ))}
                  </Select>
                  <NumberInput
                    id={`data-disk-size-${i}`}
                    aria-label={t("purchase.diskSize")}
                    value={d.size}
                    min={rule.min}
                    max={rule.max}
                    step={rule.step}
                    onChange={(size) => setDisk(i, { size })}
                    invalid={!!error}
                  />
                  <span className="text-[13px] text-muted">GB</span>
                  <Check id={`data-disk-delete-${i}`} label={t("purchase.deleteWithInstance")} checked={d.deleteWithInstance} onChange={(v) => setDisk(i, { deleteWithInstance: v })} />
                  <Button size="sm" variant="ghost" onClick={() => set({ dataDisks: config.dataDisks.filter((_, j) => j !== i) })} data-testid={`data-disk-remove-${i}`}>
                    {t("purchase.remove")}
                  </Button>
                  <span className="w-full text-xs text-muted">
                    {error ?? t("purchase.sizeRule", { min: rule.min, max: rule.max, step: rule.step })}
                  </span>
                </div>
              );
            })}
            <div>
              <Button
                size="sm"
                onClick={() => set({ dataDisks: [...config.dataDisks, { type: "CLOUD_PREMIUM", size: 100, deleteWithInstance: true }] })}
                disabled={config.dataDisks.length >= MAX_DATA_DISKS}
                data-testid="data-disk-add"
              >
                {t("purchase.addDataDisk")}
              </Button>
              <span className="ml-2 text-xs text-muted">{t("purchase.dataDiskCount", { n: config.dataDisks.length, max: MAX_DATA_DISKS })}</span>
            </div>
          </div>
        </Row>
      </Section>

      <Section title={t("purchase.section.network")} hint={t("purchase.section.networkHint")}>
        <Row label={t("purchase.vpc")} error={err("vpcId") ?? err("subnetId")}>
          <Check
            id="purchase-default-vpc"
            label={t("purchase.defaultVpc")}
            checked={config.vpcId === "" && config.subnetId === ""}
            onChange={(on) => set(on ? { vpcId: "", subnetId: "" } : { vpcId: "vpc-", subnetId: "subnet-" })}
          />
          {!(config.vpcId === "" && config.subnetId === "") && (
            <div className="mt-2 flex flex-wrap gap-2">
              <Input aria-label="VpcId" data-testid="purchase-vpc-id" placeholder="vpc-xxxxxxxx" value={config.vpcId} onChange={(e) => set({ vpcId: e.target.value.trim() })} className="max-w-44 font-mono" />
              <Input aria-label="SubnetId" data-testid="purchase-subnet-id" placeholder="subnet-xxxxxxxx" value={config.subnetId} onChange={(e) => set({ subnetId: e.target.value.trim() })} className="max-w-48 font-mono" />
            </div>
          )}
        </Row>
        <Row label={t("purchase.bandwidthCharge")} htmlFor="purchase-internet-charge" error={err("internetChargeType")} hint={chargeDescription}>
          <Select
            id="purchase-internet-charge"
            data-testid="purchase-internet-charge"
            value={config.internetChargeType}
            onChange={(e) => set({ internetChargeType: e.target.value as InternetChargeType })}
            wrapperClassName="w-72 max-w-full"
          >
            {offered.map((c) => (
              <option key={c} value={c} disabled={c === "BANDWIDTH_PREPAID" && config.chargeType !== "PREPAID"}>
                {t(`purchase.internet.${c}`)}
              </option>
            ))}
          </Select>
        </Row>
        <Row label={t("purchase.bandwidth")} htmlFor="purchase-bandwidth" error={err("bandwidth")} hint={t("purchase.bandwidthHint", { max: maxBandwidth })}>
          <div className="flex flex-wrap items-center gap-3">
            <input
              type="range"
              aria-label={t("purchase.bandwidth")}
              min={0}
              max={maxBandwidth}
              value={Number.isFinite(config.bandwidth) ? config.bandwidth : 0}
              onChange={(e) => set({ bandwidth: Number(e.target.value) })}
              className="w-48 accent-[var(--color-accent)]"
            />
            <NumberInput id="purchase-bandwidth" value={config.bandwidth} min={0} max={maxBandwidth} onChange={(bandwidth) => set({ bandwidth })} invalid={!!err("bandwidth")} />
            <span className="text-[13px] text-muted">Mbps</span>
            <Check id="purchase-public-ip" label={t("purchase.publicIp")} checked={config.publicIp && config.bandwidth > 0} disabled={!(config.bandwidth > 0)} onChange={(publicIp) => set({ publicIp })} />
          </div>
        </Row>
        <Row
          label={t("purchase.securityGroups")}
          htmlFor="purchase-security-groups"
          error={firstIndexed(err, "securityGroupIds", config.securityGroupIds.length)}
          hint={t("purchase.securityGroupsHint")}
        >
          <IdListInput key={config.region} id="purchase-security-groups" initial={config.securityGroupIds} placeholder="sg-xxxxxxxx, sg-yyyyyyyy" onChange={(securityGroupIds) => set({ securityGroupIds })} />
        </Row>
      </Section>
    </>
  );
}

/** The first problem of a list field's items (`field.0`, `field.1`, …), or of the list itself. */
export function firstIndexed(err: (path: string) => string | undefined, field: string, length: number): string | undefined {
  for (let i = 0; i < length; i++) {
    const e = err(`${field}.${i}`);
    if (e) return e;
  }
  return err(field);
}
