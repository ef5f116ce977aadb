"use client";

import { useLocale, useT } from "@/lib/i18n/provider";
import { fieldError, type ActionError } from "@/lib/action-result";
import { useZonesQuery } from "@/lib/queries/regions";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export interface TemplateFormValue {
  Zone: string;
  ImageId: string;
  InstanceType: string;
  InstanceName: string;
  LaunchTemplateVersionDescription: string;
}

/**
 * The fields a template version sets from this page: where (zone), what (image, type) and the instance name, plus
 * the version's description. For a new version, an empty field keeps the base version's value (seed 32645).
 */
export function TemplateFields({ accountId, region, value, onChange, error, inheritHint }: { accountId: string; region: string; value: TemplateFormValue; onChange: (v: TemplateFormValue) => void; error: ActionError | null; inheritHint?: Partial<TemplateFormValue> }) {
  const t = useT();
  const locale = useLocale();
  const zones = useZonesQuery(accountId, region, locale);
  const set = (k: keyof TemplateFormValue) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  const inherit = (k: keyof TemplateFormValue) => (inheritHint?.[k] ? t("launchTemplates.field.inherit", { value: inheritHint[k]! }) : undefined);
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        <Field id="lt-zone" label={t("resources.col.zone")} error={fieldError(error, "Zone")}>
          <Select id="lt-zone" value={value.Zone} onChange={set("Zone")} data-testid="launch-template-zone">
            {(zones.data ?? [])
              .filter((z) => z.ZoneState === "AVAILABLE" || z.Zone === value.Zone)
              .map((z) => (
                <option key={z.Zone} value={z.Zone}>
                  {z.ZoneName} ({z.Zone})
                </option>
              ))}
          </Select>
        </Field>
        <TextField id="lt-type" label={t("launchTemplates.field.instanceType")} placeholder="S5.MEDIUM4" value={value.InstanceType} onChange={set("InstanceType")} error={fieldError(error, "InstanceType")} hint={inherit("InstanceType")} data-testid="launch-template-type" />
      </div>
      <TextField id="lt-image" label={t("launchTemplates.field.image")} placeholder="img-xxxxxxxx" value={value.ImageId} onChange={set("ImageId")} error={fieldError(error, "ImageId")} hint={inherit("ImageId") ?? t("launchTemplates.field.imageHint")} data-testid="launch-template-image" />
      <TextField id="lt-instance-name" label={t("launchTemplates.field.instanceName")} value={value.InstanceName} onChange={set("InstanceName")} error={fieldError(error, "InstanceName")} hint={inherit("InstanceName")} />
      <TextField
        id="lt-description"
        label={t("launchTemplates.field.versionDescription")}
        value={value.LaunchTemplateVersionDescription}
        onChange={set("LaunchTemplateVersionDescription")}
        error={fieldError(error, "LaunchTemplateVersionDescription")}
        hint={t("launchTemplates.field.versionDescriptionHint")}
        data-testid="launch-template-description"
      />
    </div>
  );
}
