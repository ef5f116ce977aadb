"use client";

import { useT } from "@/lib/i18n/provider";
import { bindSecurityGroup } from "@/server/actions/instances/bind-security-group";
import { BindSecurityGroupInput } from "@/lib/instances/operations/schemas";
import type { OperationTarget } from "@/lib/instances/operations/types";
import { TextField } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { define, type FormProps } from "../definition";
import { BindModeField, Note } from "./controls";

type BindValues = { mode: "associate" | "disassociate"; SecurityGroupId: string };

/** The groups the selected instances hold, most common first, with how many of them hold each. */
export function heldGroups(targets: readonly OperationTarget[]): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const target of targets) for (const id of target.SecurityGroupIds ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function BindSecurityGroupForm({ values, set, ctx }: FormProps<BindValues>) {
  const t = useT();
  const held = heldGroups(ctx.targets);
  return (
    <div className="flex flex-col gap-3">
      <BindModeField
        name="op-sg-mode"
        value={values.mode}
        onChange={(mode) => set({ mode })}
        hints={{ associate: t("ops.sgBind.associateHint"), disassociate: t("ops.sgBind.disassociateHint") }}
      />
      <TextField
        id="op-sg-id"
        data-testid="op-sg-id"
        label={t("ops.f.securityGroupId")}
        value={values.SecurityGroupId}
        onChange={(e) => set({ SecurityGroupId: e.target.value.trim() })}
        error={ctx.errors.SecurityGroupId}
        placeholder="sg-xxxxxxxx"
        autoComplete="off"
        className="w-56 font-mono"
      />
      {held.length > 0 && (
        <div className="text-xs">
          <p className="mb-1 text-muted">{t("ops.sgBind.held", { count: ctx.targets.length })}</p>
          <div className="flex flex-wrap gap-1" data-testid="op-sg-held">
            {held.map((g) => (
              <button
                key={g.id}
                type="button"
                onClick={() => set({ SecurityGroupId: g.id })}
                className={cn(
                  "rounded border px-1.5 py-0.5 font-mono tabular-nums hover:border-accent hover:text-accent",
                  values.SecurityGroupId === g.id ? "border-accent text-accent" : "border-line-strong text-muted",
                )}
              >
                {g.id} <span className="font-sans">×{g.count}</span>
              </button>
            ))}
          </div>
        </div>
      )}
      <Note>{t("ops.sgBind.note")}</Note>
    </div>
  );
}

export const securityGroupBindDefinitions = [
  define<BindValues>({
    kind: "securityGroupBind",
    initial: () => ({ mode: "associate", SecurityGroupId: "" }),
    Form: BindSecurityGroupForm,
    eligibility: (v) => ({ securityGroup: /^sg-[a-z0-9]{8}$/.test(v.SecurityGroupId) ? { id: v.SecurityGroupId, mode: v.mode } : undefined }),
    input: (v, ids) => ({ InstanceIds: ids, mode: v.mode, SecurityGroupId: v.SecurityGroupId }),
    schema: BindSecurityGroupInput,
    action: bindSecurityGroup,
  }),
];
