"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { imageParamsSearch } from "@/lib/images/filters";
import { IMAGE_TABS, type ImageTab } from "@/lib/images/types";
import { cn } from "@/lib/cn";

/** Custom, public, shared with me, marketplace: links (bookmarkable; the server renders the chosen tab). */
export function ImageTabs({ tab, counts }: { tab: ImageTab; counts: Partial<Record<ImageTab, number>> }) {
  const t = useT();
  return (
    <nav aria-label={t("images.tabs")} className="flex gap-1 border-b border-line">
      {IMAGE_TABS.map((id) => {
        const active = id === tab;
        return (
          <Link
            key={id}
            href={`/images${imageParamsSearch({ tab: id })}`}
            aria-current={active ? "page" : undefined}
            data-testid={`images-tab-${id}`}
            className={cn(
              "-mb-px flex items-center gap-1.5 border-b-2 px-3 py-2 text-[13px] font-medium transition-colors",
              active ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg",
            )}
          >
            {t(`images.tab.${id}`)}
            {counts[id] !== undefined && <span className="rounded-full bg-subtle px-1.5 text-[11px] text-muted tabular-nums">{counts[id]}</span>}
          </Link>
        );
      })}
    </nav>
  );
}
