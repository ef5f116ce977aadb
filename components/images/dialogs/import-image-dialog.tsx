"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useImportImageMutation, useImportOsQuery } from "@/lib/queries/images";
import { BOOT_MODES, IMPORT_ARCHITECTURES, ImportImageInput, LICENSE_TYPES } from "@/lib/images/schemas";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ActionErrorNote } from "../action-error";
import { fieldError, actionError } from "@/lib/action-result";
import { useZodErrors } from "./use-zod-errors";

type Arch = (typeof IMPORT_ARCHITECTURES)[number];

/**
 * ImportImage (seed 27118–27419): a disk file in COS (RAW, VHD, QCOW2, VMDK) becomes a custom image. The systems and
 * versions offered are DescribeImportImageOs' (seed 25544), listed in full below the form.
 */
export function ImportImageDialog({ accountId, region, onClose, onImported }: { accountId: string; region: string; onClose: () => void; onImported: (imageId: string) => void }) {
  const t = useT();
  const os = useImportOsQuery(accountId, region, true);
  const [osType, setOsType] = useState("");
  const [osVersion, setOsVersion] = useState("");
  const [arch, setArch] = useState<Arch>("x86_64");
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [family, setFamily] = useState("");
  const [bootMode, setBootMode] = useState<(typeof BOOT_MODES)[number]>("Legacy BIOS");
  const [license, setLicense] = useState<(typeof LICENSE_TYPES)[number]>("TencentCloud");
  const [force, setForce] = useState(false);
  const run = useImportImageMutation(accountId);
  const entry = os.data?.Versions.find((v) => v.OsName === osType);
  const input = {
    accountId,
    region,
    OsType: osType,
    OsVersion: osVersion,
    Architecture: arch,
    ImageUrl: url,
    ImageName: name,
    ...(description ? { ImageDescription: description } : {}),
    ...(family ? { ImageFamily: family } : {}),
    BootMode: bootMode,
    LicenseType: license,
    Force: force,
  };
  const { errors, check } = useZodErrors(ImportImageInput, input);
  const error = actionError(run.data);
  const chooseOs = (value: string) => {
    setOsType(value);
    const v = os.data?.Versions.find((x) => x.OsName === value);
    setOsVersion(v?.OsVersions.at(-1) ?? "");
    if (v && !v.Architecture.includes(arch)) setArch((v.Architecture[0] as Arch) ?? "x86_64");
  };
  const submit = async () => {
    if (!check()) return;
    const res = await run.mutateAsync(input);
    if (res.ok) onImported(res.imageId);
  };
  const group = (label: string, names: string[]) => (
    <optgroup label={label}>
      {names.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </optgroup>
  );
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("images.import.title")}
      description={t("images.import.description")}
      closeLabel={t("common.close")}
      testId="image-import-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} disabled={run.isPending} data-testid="image-import-submit">
            {run.isPending ? t("images.import.importing") : t("images.import.submit")}
          </Button>
        </>
      }
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-3">
          <TextField id="image-import-url" label={t("images.import.url")} value={url} onChange={(e) => setUrl(e.target.value.trim())} error={errors.ImageUrl ?? fieldError(error, "ImageUrl")} hint={t("images.import.urlHint")} placeholder="https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/disk.qcow2" />
          <Field id="image-import-os" label={t("images.import.os")} error={errors.OsType}>
            <Select id="image-import-os" value={osType} onChange={(e) => chooseOs(e.target.value)} data-testid="image-import-os">
              <option value="">{os.isLoading ? t("common.loading") : t("images.import.chooseOs")}</option>
              {os.data && group("Linux", os.data.Linux)}
              {os.data && group("Windows", os.data.Windows)}
            </Select>
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="image-import-version" label={t("images.import.version")} error={errors.OsVersion}>
              <Select id="image-import-version" value={osVersion} onChange={(e) => setOsVersion(e.target.value)} data-testid="image-import-version">
                <option value="">—</option>
                {(entry?.OsVersions ?? []).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="image-import-arch" label={t("images.import.arch")}>
              <Select id="image-import-arch" value={arch} onChange={(e) => setArch(e.target.value as Arch)} data-testid="image-import-arch">
                {IMPORT_ARCHITECTURES.map((a) => (
                  <option key={a} value={a} disabled={!!entry && !entry.Architecture.includes(a)}>
                    {a}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <TextField id="image-import-name" label={t("images.field.name")} value={name} onChange={(e) => setName(e.target.value)} error={errors.ImageName ?? fieldError(error, "ImageName")} hint={t("images.field.nameHint")} />
          <TextField id="image-import-description" label={t("images.field.description")} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.ImageDescription} />
          <TextField id="image-import-family" label={t("images.field.family")} value={family} onChange={(e) => setFamily(e.target.value.trim())} error={errors.ImageFamily} hint={t("images.field.familyHint")} />
          <div className="grid grid-cols-2 gap-3">
            <Field id="image-import-boot" label={t("images.import.bootMode")}>
              <Select id="image-import-boot" value={bootMode} onChange={(e) => setBootMode(e.target.value as typeof bootMode)}>
                {BOOT_MODES.map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="image-import-license" label={t("images.import.license")}>
              <Select id="image-import-license" value={license} onChange={(e) => setLicense(e.target.value as typeof license)}>
                {LICENSE_TYPES.map((l) => (
                  <option key={l} value={l}>
                    {t(`images.license.${l}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <label className="flex items-start gap-2 text-[13px]">
            <input type="checkbox" className="mt-0.5" checked={force} onChange={(e) => setForce(e.target.checked)} />
            <span>
              {t("images.import.force")}
              <span className="block text-xs text-muted">{t("images.import.forceHint")}</span>
            </span>
          </label>
          <ActionErrorNote error={error} />
        </div>
        <div>
          <p className="mb-1 text-[13px] font-medium">{t("images.import.supported")}</p>
          <div className="max-h-[28rem] overflow-y-auto rounded-md border border-line" data-testid="image-import-os-list">
            <table className="w-full text-left text-xs">
              <thead className="sticky top-0 bg-subtle text-muted">
                <tr>
                  <th className="px-2 py-1 font-medium">{t("images.import.os")}</th>
                  <th className="px-2 py-1 font-medium">{t("images.import.versions")}</th>
                  <th className="px-2 py-1 font-medium">{t("images.import.arch")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {(os.data?.Versions ?? []).map((v) => (
                  <tr key={v.OsName} className={v.OsName === osType ? "bg-accent-soft/50" : undefined}>
                    <td className="px-2 py-1">{v.OsName}</td>
                    <td className="px-2 py-1 tabular-nums">{v.OsVersions.join(", ")}</td>
                    <td className="px-2 py-1 text-muted">{v.Architecture.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {os.isError && <p className="px-2 py-1 text-xs text-red-600">{t("images.import.osFailed")}</p>}
          </div>
        </div>
      </div>
    </Dialog>
  );
}
