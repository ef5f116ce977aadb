"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { diffTemplateData, type DiffKind } from "@/lib/launch-templates/diff";
import type { LaunchTemplateVersionRow } from "@/lib/launch-templates/types";
import { cn } from "@/lib/cn";
import { Card, CardHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

const ROW_TONE: Record<DiffKind, string> = {
  same: "",
  changed: "bg-amber-50/70 dark:bg-amber-400/5",
  added: "bg-emerald-50/70 dark:bg-emerald-500/5",
  removed: "bg-red-50/70 dark:bg-red-500/5",
};

/** Two versions side by side, field by field; by default only the fields that differ. */
export function VersionDiff({ versions, initial }: { versions: LaunchTemplateVersionRow[]; initial: [number, number] }) {
  const t = useT();
  const [a, setA] = useState(initial[0]);
  const [b, setB] = useState(initial[1]);
  const [changedOnly, setChangedOnly] = useState(true);
  const va = versions.find((v) => v.LaunchTemplateVersion === a);
  const vb = versions.find((v) => v.LaunchTemplateVersion === b);
  const rows = useMemo(() => diffTemplateData(va?.LaunchTemplateVersionData, vb?.LaunchTemplateVersionData, changedOnly), [va, vb, changedOnly]);
  const picker = (value: number, set: (n: number) => void, testId: string) => (
    <Select size="sm" wrapperClassName="w-36" value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId} aria-label={testId}>
      {versions.map((v) => (
        <option key={v.LaunchTemplateVersion} value={v.LaunchTemplateVersion}>
          v{v.LaunchTemplateVersion}
          {v.IsDefaultVersion ? ` · ${t("launchTemplates.default")}` : ""}
        </option>
      ))}
    </Select>
  );
  return (
    <Card data-testid="version-diff">
      <CardHeader
        title={t("launchTemplates.diff.title")}
        description={t("launchTemplates.diff.summary", { count: rows.filter((r) => r.kind !== "same").length })}
        actions={
          <>
            {picker(a, setA, "diff-a")}
            <span className="text-xs text-muted">↔</span>
            {picker(b, setB, "diff-b")}
            <label className="ml-2 flex items-center gap-1.5 text-xs">
              <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} data-testid="diff-changed-only" />
              {t("launchTemplates.diff.changedOnly")}
            </label>
          </>
        }
      />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-[13px] text-muted" data-testid="diff-identical">
          {t("launchTemplates.diff.identical")}
        </p>
      ) : (
        <Table>
          <THead>
            <tr>
              <Th className="w-1/4">{t("launchTemplates.diff.field")}</Th>
              <Th>v{a}</Th>
              <Th>v{b}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={r.path} className={ROW_TONE[r.kind]} data-testid="diff-row" data-path={r.path} data-kind={r.kind}>
                <Td className="font-mono text-xs">{r.path}</Td>
                <Td className={cn("font-mono text-xs break-all", r.kind === "removed" || r.kind === "changed" ? "text-red-700 dark:text-red-300" : "")}>{r.a ?? "—"}</Td>
                <Td className={cn("font-mono text-xs break-all", r.kind === "added" || r.kind === "changed" ? "text-emerald-700 dark:text-emerald-300" : "")}>{r.b ?? "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
