import type { Translate } from "@/lib/i18n/translate";
import { parseSearch } from "@/lib/instances/search-syntax";
import { termLabel } from "@/components/instances/search-text";

/** What a shared view lists, in words: where (a region or every region) and the search, one chip per term. */
export function ViewScope({ t, scope, regionName, q }: { t: Translate; scope: "region" | "all"; regionName: string; q: string }) {
  const terms = q ? parseSearch(q).terms : [];
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5" data-testid="view-scope">
      <span className="rounded-full border border-line px-2 py-px text-xs">{scope === "all" ? t("sharedViews.scope.all") : regionName}</span>
      {terms.map((term, i) => (
        <span key={`${term.raw}-${i}`} data-testid="view-scope-term" className="rounded-full border border-accent/30 bg-accent-soft px-2 py-px text-xs text-accent">
          {termLabel(t, term)}
        </span>
      ))}
      {terms.length === 0 && <span className="text-xs text-muted">{t("sharedViews.scope.everything")}</span>}
    </span>
  );
}
