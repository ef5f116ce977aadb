"use client";

import { useRef, useState } from "react";
import { useT, useLocale } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

type State = { phase: "idle" } | { phase: "running"; rows: number } | { phase: "done"; rows: number } | { phase: "failed"; rows: number; error?: ActionError };

/**
 * Downloads the current list as CSV (every page, the chosen columns) from the streaming export route, counting
 * rows as they arrive against the list's total; cancellable. The file is saved once complete, never half.
 */
export function ExportButton({ url, total }: { url: string; total: number }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<State>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);
  const n = (v: number) => v.toLocaleString(locale);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "running", rows: 0 });
    try {
      const { downloadCsv } = await import("@/lib/instances/download-csv"); // on click: not in the first load
      const result = await downloadCsv(url, controller.signal, (rows) => setState({ phase: "running", rows }));
      setState(result.ok ? { phase: "done", rows: result.rows } : { phase: "failed", rows: result.rows, error: result.error });
    } catch {
      setState(controller.signal.aborted ? { phase: "idle" } : { phase: "failed", rows: 0 });
    } finally {
      abort.current = null;
    }
  };

  return (
    <div className="flex items-center gap-2">
      {state.phase === "running" ? (
        <>
          <div className="flex w-44 flex-col gap-0.5" data-testid="export-progress" role="status" aria-live="polite">
            <span className="text-xs tabular-nums text-muted">{t("instances.export.progress", { rows: n(state.rows), total: n(total) })}</span>
            <span className="h-1 overflow-hidden rounded bg-subtle">
              <span className="block h-full bg-accent transition-[width]" style={{ width: `${total ? Math.min(100, (state.rows / total) * 100) : 0}%` }} />
            </span>
          </div>
          <Button size="md" variant="ghost" onClick={() => abort.current?.abort()} data-testid="export-cancel">
            {t("common.cancel")}
          </Button>
        </>
      ) : (
        <>
          {state.phase === "done" && (
            <span className="text-xs text-muted" data-testid="export-done" role="status">
              {t("instances.export.done", { rows: n(state.rows) })}
            </span>
          )}
          {state.phase === "failed" && (
            <span className="max-w-72 truncate text-xs text-red-700 dark:text-red-300" role="alert" data-testid="export-failed" title={state.error?.message}>
              {state.error ? `${state.error.code}: ${state.error.message}` : t("instances.export.interrupted", { rows: n(state.rows) })}
            </span>
          )}
          <Button variant="secondary" onClick={run} disabled={total === 0} data-testid="export-csv">
            {t("instances.export.button")}
          </Button>
        </>
      )}
    </div>
  );
}
