"use client";

import { useT, useLocale } from "@/lib/i18n/provider";
import { PAGE_SIZES, type PageSize } from "@/lib/instances/list-params";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Props = { offset: number; shown: number; total: number; page: number; size: PageSize; onPage: (page: number) => void; onSize: (size: PageSize) => void; sortNote?: string };

/** "1–50 of 10,000", page size, first/previous/next/last. The API pages by offset, so any page is one call. */
export function Pagination({ offset, shown, total, page, size, onPage, onSize, sortNote }: Props) {
  const t = useT();
  const locale = useLocale();
  const n = (v: number) => v.toLocaleString(locale);
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line px-3 py-2 text-xs text-muted" data-testid="pagination">
      <span data-testid="page-range" className="tabular-nums">
        {total === 0 ? t("instances.page.none") : t("instances.page.range", { from: n(shown ? offset + 1 : offset), to: n(offset + shown), total: n(total) })}
      </span>
      {sortNote && <span className="text-amber-700 dark:text-amber-300">{sortNote}</span>}
      <div className="ml-auto flex items-center gap-2">
        <label className="flex items-center gap-1.5">
          {t("instances.page.size")}
          <Select size="sm" value={size} onChange={(e) => onSize(Number(e.target.value) as PageSize)} data-testid="page-size" wrapperClassName="w-20">
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </label>
        <span className="tabular-nums">{t("instances.page.of", { page: n(page), pages: n(pages) })}</span>
        <Button size="sm" variant="secondary" disabled={page <= 1} onClick={() => onPage(1)} aria-label={t("instances.page.first")}>
          «
        </Button>
        <Button size="sm" variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="page-prev">
          {t("instances.page.prev")}
        </Button>
        <Button size="sm" variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="page-next">
          {t("instances.page.next")}
        </Button>
        <Button size="sm" variant="secondary" disabled={page >= pages} onClick={() => onPage(pages)} aria-label={t("instances.page.last")}>
          »
        </Button>
      </div>
    </div>
  );
}
