import type { Translate } from "@/lib/i18n/translate";
import { cn } from "@/lib/cn";
import { detailPairs, type DetailPair } from "./detail-pairs";

function Value({ pair, t }: { pair: DetailPair; t: Translate }) {
  if (pair.kind === "redacted") return <span className="rounded bg-subtle px-1 text-muted italic">{t("audit.detail.redacted")}</span>;
  return <span className={cn("break-all", pair.kind === "empty" && "text-muted")}>{pair.value}</span>;
}

/**
 * An entry's detail: one line of "key: value" pairs that opens (a native <details>, no JS) into the full list.
 * The line is what an admin scans down the column; the list is for reading one entry.
 */
export function AuditDetail({ detail, t }: { detail: Record<string, unknown> | null; t: Translate }) {
  if (!detail) return null;
  const { pairs, more } = detailPairs(detail);
  if (pairs.length === 0) return null;
  return (
    <details className="group min-w-64" data-testid="audit-detail">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 16 16" className="size-3 shrink-0 text-muted transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M6 4l4 4-4 4" />
        </svg>
        <span className="truncate font-mono text-[11px] text-muted group-open:hidden">
          {pairs.map((p) => `${p.key}: ${p.kind === "redacted" ? t("audit.detail.redacted") : p.value}`).join(" · ")}
        </span>
        <span className="hidden text-[11px] text-muted group-open:inline">{pairs.length + more === 1 ? t("audit.detail.field") : t("audit.detail.fields", { count: pairs.length + more })}</span>
      </summary>
      <dl className="mt-1 grid max-w-2xl grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-3 gap-y-0.5 rounded-md border border-line bg-subtle/50 px-2 py-1.5 font-mono text-[11px]">
        {pairs.map((p, i) => (
          <div key={i} className="contents" data-testid="audit-detail-pair" data-key={p.key}>
            <dt className="text-muted">{p.key}</dt>
            <dd>
              <Value pair={p} t={t} />
            </dd>
          </div>
        ))}
        {more > 0 && <dd className="col-span-2 text-muted">+{more}</dd>}
      </dl>
    </details>
  );
}
