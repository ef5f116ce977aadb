"use client";

import { useT } from "@/lib/i18n/provider";
import { programFpgaImage } from "@/server/actions/instances/program-fpga";
import { ProgramFpgaImageInput } from "@/lib/instances/operations/schemas";
import { TextField } from "@/components/ui/field";
import { define, type FormProps } from "../definition";
import { IdListField } from "./pickers";
import { Note } from "./controls";

type FpgaValues = { FPGAUrl: string; DBDFs: string[] };

function ProgramFpgaForm({ values, set, ctx }: FormProps<FpgaValues>) {
  const t = useT();
  const type = ctx.targets[0]?.InstanceType;
  return (
    <div className="flex flex-col gap-3">
      <TextField
        id="op-fpga-url"
        data-testid="op-fpga-url"
        label={t("ops.f.fpgaUrl")}
        value={values.FPGAUrl}
        onChange={(e) => set({ FPGAUrl: e.target.value.trim() })}
        error={ctx.errors.FPGAUrl}
        hint={t("ops.fpga.urlHint")}
        placeholder="fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin"
        autoComplete="off"
        className="font-mono"
      />
      <IdListField
        id="op-fpga-dbdfs"
        label={t("ops.f.dbdfs")}
        value={values.DBDFs}
        onChange={(DBDFs) => set({ DBDFs })}
        error={ctx.errors.DBDFs ?? Object.entries(ctx.errors).find(([k]) => k.startsWith("DBDFs."))?.[1]}
        hint={t("ops.fpga.dbdfsHint", { type: type ?? "" })}
        placeholder="0000:00:08.0, 0000:00:09.0"
      />
      <Note tone="warning">{t("ops.fpga.note")}</Note>
    </div>
  );
}

export const fpgaDefinitions = [
  define<FpgaValues>({
    kind: "programFpga",
    initial: () => ({ FPGAUrl: "", DBDFs: [] }),
    Form: ProgramFpgaForm,
    input: (v, ids) => ({ InstanceId: ids[0], FPGAUrl: v.FPGAUrl, ...(v.DBDFs.length ? { DBDFs: v.DBDFs } : {}) }),
    schema: ProgramFpgaImageInput,
    action: programFpgaImage,
  }),
];
