"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useSourceInstancesQuery } from "@/lib/queries/images";
import type { SourceInstance } from "@/lib/images/types";
import type { MessageKey } from "@/lib/i18n/translate";
import { cn } from "@/lib/cn";
import { Input } from "@/components/ui/input";

const INSTANCE_STATES = ["PENDING", "LAUNCH_FAILED", "RUNNING", "STOPPED", "STARTING", "STOPPING", "REBOOTING", "SHUTDOWN", "TERMINATING"];

/**
 * Instances of the region to act on, searched by id or name: each row says why it cannot be chosen (`reasonOf`), so
 * the operator sees the state rule instead of an API refusal. `multiple` turns the radios into checkboxes.
 */
export function InstancePicker({
  accountId,
  region,
  initialQuery = "",
  multiple = false,
  chosen,
  onChoose,
  reasonOf,
}: {
  accountId: string;
  region: string;
  initialQuery?: string;
  multiple?: boolean;
  chosen: readonly string[];
  onChoose: (ids: string[], instances: SourceInstance[]) => void;
  reasonOf: (i: SourceInstance) => string | null;
}) {
  const t = useT();
  const [text, setText] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const list = useSourceInstancesQuery(accountId, region, query, true);
  const rows = list.data ?? [];
  const stateLabel = (s: string) => (INSTANCE_STATES.includes(s) ? t(`instances.state.${s}` as MessageKey) : s);
  const toggle = (i: SourceInstance) => {
    const ids = multiple ? (chosen.includes(i.InstanceId) ? chosen.filter((x) => x !== i.InstanceId) : [...chosen, i.InstanceId]) : [i.InstanceId];
    onChoose(ids, rows.filter((r) => ids.includes(r.InstanceId)));
  };
  return (
    <div className="space-y-1.5">
      <Input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("images.picker.search")}
        aria-label={t("images.picker.search")}
        className="h-7 text-[13px]"
        data-testid="instance-picker-search"
      />
      <div className="max-h-56 overflow-y-auto rounded-md border border-line" data-testid="instance-picker">
        {list.isLoading && <p className="px-3 py-2 text-xs text-muted">{t("common.loading")}</p>}
        {list.isError && <p className="px-3 py-2 text-xs text-red-600 dark:text-red-400">{t("images.picker.failed")}</p>}
        {list.data && rows.length === 0 && <p className="px-3 py-2 text-xs text-muted">{t("images.picker.none")}</p>}
        {rows.map((i) => {
          const reason = reasonOf(i);
          const on = chosen.includes(i.InstanceId);
          return (
            <label
              key={i.InstanceId}
              className={cn("flex items-center gap-2 border-b border-line px-3 py-1.5 text-[13px] last:border-0", reason ? "cursor-not-allowed text-muted" : "cursor-pointer hover:bg-subtle", on && "bg-accent-soft/50")}
              data-testid="instance-picker-row"
              data-id={i.InstanceId}
              data-eligible={reason ? "false" : "true"}
              title={reason ?? undefined}
            >
              <input type={multiple ? "checkbox" : "radio"} name="instance-picker" disabled={!!reason} checked={on} onChange={() => toggle(i)} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{i.InstanceName || i.InstanceId}</span>
                <span className="block truncate text-[11px] text-muted">
                  <span className="font-mono">{i.InstanceId}</span> · {i.OsName}
                </span>
                {reason && <span className="block text-[11px] text-amber-700 dark:text-amber-300" data-testid="instance-picker-reason">{reason}</span>}
              </span>
              <span className="shrink-0 text-xs">{i.busy ? t("images.picker.busy") : stateLabel(i.InstanceState)}</span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
