"use client";

import { useT } from "@/lib/i18n/provider";
import { hasRole } from "@/lib/roles";
import { checkEligibility, isFpgaType } from "@/lib/instances/operations/eligibility";
import { OPERATIONS } from "@/lib/instances/operations/kinds";
import { openOperation } from "@/lib/instances/operations/operations-store";
import type { OperationTarget } from "@/lib/instances/operations/types";
import { buttonClass } from "@/components/ui/button";
import { reasonText } from "./eligibility-list";
import { OperationMenu } from "./operation-menu";
import { HOST_PRIORITY, useOperationsHost } from "./operations-host";
import { useOperationsScope, type OperationsScope } from "./operations-context";

/**
 * The operations menu of one instance (list row or detail page). Viewers get nothing: no mutating control is
 * rendered for them (and every action refuses them on the server anyway). Account, region and role come from the
 * props or from <InstanceOperationsProvider>.
 */
export function InstanceRowActions({ instance, label, ...scopeProps }: { instance: OperationTarget; label?: string } & Partial<OperationsScope>) {
  const t = useT();
  const scope = useOperationsScope(scopeProps);
  const canOperate = !!scope && hasRole(scope.role, "operator");
  const host = useOperationsHost(HOST_PRIORITY.rowActions, canOperate);
  if (!scope || !canOperate) return null;
  const { accountId, region } = scope;
  // FPGA programming is offered on FPGA instances only, not as a disabled entry on every other row.
  const fpga = !instance.InstanceType || isFpgaType(instance.InstanceType);
  const entries = Object.values(OPERATIONS).filter((op) => op.kind !== "programFpga" || fpga).map((op) => {
    // Options that make an instance eligible (ForceStop…) are chosen in the dialog: only state/billing rules here.
    const result = checkEligibility(op.kind, instance, { forceStop: true, resizeOnline: true });
    return { kind: op.kind, group: op.group, danger: op.danger, disabledReason: result.eligible ? undefined : reasonText(t, result.reason) };
  });
  return (
    <>
      <OperationMenu
        testId="instance-row-actions"
        triggerLabel={t("ops.rowActions", { id: instance.InstanceId })}
        triggerClassName={buttonClass("ghost", label ? "sm" : "icon")}
        trigger={
          label ?? (
            <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="currentColor">
              <circle cx="3.5" cy="8" r="1.3" />
              <circle cx="8" cy="8" r="1.3" />
              <circle cx="12.5" cy="8" r="1.3" />
            </svg>
          )
        }
        entries={entries}
        onSelect={(kind) => openOperation({ kind, accountId, region: instance.Region || region, targets: [instance] })}
      />
      {host}
    </>
  );
}
