"use client";

import Link from "next/link";
import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { daysUntil, expiringWithin, HORIZONS, renewalCalendar } from "@/lib/overview/calendar";
import type { ExpiringItem } from "@/lib/overview/types";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { instanceHref } from "@/components/resources/id-cell";

const hrefOf = (i: ExpiringItem) => (i.kind === "instance" ? instanceHref(i.id, i.Region) : `/hosts?region=${encodeURIComponent(i.Region)}`);

/**
 * Prepaid instances and CDH hosts that expire soon: a 30-day strip (one cell per UTC day, darker = more) and the list,
 * for 7 or 30 days. Expired-but-held ones count as due today. `now` is the server's time of the data.
 */
export function RenewalCalendar({ items, now }: { items: ExpiringItem[]; now: number }) {
  const t = useT();
  const [horizon, setHorizon] = useState<(typeof HORIZONS)[number]>(7);
  const [day, setDay] = useState<string | null>(null);
  const days = renewalCalendar(items, now, 30);
  const inHorizon = expiringWithin(items, horizon, now);
  const shown = day ? (days.find((d) => d.date === day)?.items ?? []) : inHorizon;
  return (
    <Card data-testid="renewal-calendar">
      <CardHeader
        title={t("overview.renewals.title")}
        description={t("overview.renewals.summary", { week: expiringWithin(items, 7, now).length, month: expiringWithin(items, 30, now).length })}
        actions={
          <div className="flex rounded-md border border-line-strong text-xs" role="group">
            {HORIZONS.map((h) => (
              <button
                key={h}
                type="button"
                aria-pressed={horizon === h && !day}
                onClick={() => (setHorizon(h), setDay(null))}
                className={cn("px-2 py-1 whitespace-nowrap", horizon === h && !day ? "bg-accent-soft font-medium text-accent" : "text-muted hover:text-fg")}
                data-testid={`renewals-${h}`}
              >
                {t("overview.renewals.days", { days: h })}
              </button>
            ))}
          </div>
        }
      />
      <div className="grid grid-cols-10 gap-1 px-4 pt-3" aria-label={t("overview.renewals.title")}>
        {days.map((d, i) => {
          const n = d.items.length;
          return (
            <button
              key={d.date}
              type="button"
              title={`${d.date}: ${n}`}
              aria-pressed={day === d.date}
              onClick={() => setDay(day === d.date ? null : d.date)}
              data-testid="renewal-day"
              data-date={d.date}
              data-count={n}
              className={cn(
                "flex h-8 flex-col items-center justify-center rounded text-[10px] leading-none tabular-nums ring-inset",
                n === 0 ? "bg-subtle text-muted" : n < 3 ? "bg-amber-200 text-amber-900 dark:bg-amber-500/30 dark:text-amber-100" : "bg-red-300 text-red-950 dark:bg-red-500/40 dark:text-red-50",
                i < horizon && "ring-1 ring-accent/40",
                day === d.date && "ring-2 ring-accent",
              )}
            >
              <span className="opacity-70">{d.date.slice(8)}</span>
              {n > 0 && <span className="font-semibold">{n}</span>}
            </button>
          );
        })}
      </div>
      {shown.length === 0 ? (
        <p className="px-4 py-4 text-[13px] text-muted" data-testid="renewals-none">
          {day ? t("overview.renewals.noneDay", { date: day }) : t("overview.renewals.none", { days: horizon })}
        </p>
      ) : (
        <ul className="max-h-72 divide-y divide-line overflow-y-auto px-4 py-1 text-[13px]" data-testid="renewals-list">
          {shown.map((i) => {
            const left = daysUntil(i.ExpiredTime, now);
            return (
              // The name gets the row's width; when and how it renews go under it (side by side, the name was cut
              // to a few letters in the narrower column at 1280 px).
              <li key={`${i.kind}-${i.id}`} className="flex items-start gap-2 py-1.5" data-testid="renewal-item" data-kind={i.kind} data-id={i.id}>
                <Badge tone={i.kind === "host" ? "accent" : "neutral"} className="mt-px">
                  {t(i.kind === "host" ? "overview.renewals.host" : "overview.renewals.instance")}
                </Badge>
                <div className="min-w-0 flex-1">
                  <div className="flex items-baseline gap-2">
                    <Link href={hrefOf(i)} className="min-w-0 truncate hover:text-accent">
                      <span className="font-medium">{i.name || i.id}</span> <span className="font-mono text-xs text-muted">{i.id}</span>
                    </Link>
                    <span className={cn("ml-auto shrink-0 text-xs font-medium", left < 0 ? "text-red-700 dark:text-red-300" : left < 7 ? "text-amber-700 dark:text-amber-300" : "")}>
                      {left < 0 ? t("overview.renewals.expired") : t("overview.renewals.inDays", { days: left })}
                    </span>
                  </div>
                  <div className="text-xs text-muted">
                    {formatDateTime(i.ExpiredTime)} · {i.RenewFlag === "NOTIFY_AND_AUTO_RENEW" ? t("overview.renewals.auto") : t("overview.renewals.manual")}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
