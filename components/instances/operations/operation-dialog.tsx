"use client";

import { useT } from "@/lib/i18n/provider";
import { closeOperation, useOperationsStore } from "@/lib/instances/operations/operations-store";
import { Dialog } from "@/components/ui/dialog";
import { OperationForm } from "./operation-form";
import { RunProgress } from "./run-progress";

/** The one operation dialog: the form until confirmed, then the run's progress. */
export function OperationDialog() {
  const t = useT();
  const dialog = useOperationsStore((s) => s.dialog);
  const run = useOperationsStore((s) => (s.dialog?.runId ? s.runs.find((r) => r.id === s.dialog!.runId) : undefined));
  const kind = dialog?.kind;
  const count = run ? run.items.length : (dialog?.targets.length ?? 0);
  const single = !run && dialog?.targets.length === 1 ? dialog.targets[0] : undefined;
  const regions = new Set(run ? run.items.map((i) => i.Region) : (dialog?.targets ?? []).map((i) => i.Region || dialog!.region));
  return (
    <Dialog
      open={dialog !== null}
      onClose={closeOperation}
      size="lg"
      testId="op-dialog"
      closeLabel={t("common.close")}
      title={kind ? <span data-kind={kind}>{t(`ops.title.${kind}`)}</span> : ""}
      description={
        dialog
          ? single
            ? `${single.InstanceName ? `${single.InstanceName} · ` : ""}${single.InstanceId} · ${single.Region || dialog.region}`
            : regions.size > 1
              ? t("ops.dialog.selectedRegions", { count, regions: regions.size })
              : t("ops.dialog.selected", { count, region: [...regions][0] ?? dialog.region })
          : undefined
      }
      bare
    >
      {dialog && (run ? <RunProgress run={run} onClose={closeOperation} /> : <OperationForm key={dialog.key} dialog={dialog} onCancel={closeOperation} />)}
    </Dialog>
  );
}
