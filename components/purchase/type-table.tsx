"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { formatCny } from "@/lib/purchase/price";
import type { TypeOffer } from "@/lib/purchase/types";
import { acceleratorLabel, type PurchaseCatalog } from "@/lib/purchase/catalog";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Check } from "./controls";

type SortKey = "type" | "cpu" | "memory" | "price";

const STOCK_TONE: Record<string, BadgeTone> = { EnoughStock: "success", NormalStock: "success", UnderStock: "warning", WithoutStock: "danger" };

/** The per-instance price the catalogue lists: hourly (pay-as-you-go, spot) or one month (prepaid). */
export function offerPrice(o: TypeOffer, prepaid: boolean): { amount: number; original: number } {
  return prepaid ? { amount: o.MonthPriceDiscount, original: o.MonthPrice } : { amount: o.UnitPriceDiscount, original: o.UnitPrice };
}

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * Instance types of the zone and charge type (DescribeZoneInstanceConfigInfos): filter by family, vCPU, memory and
 * GPU; sold-out types stay listed, disabled, with the reason.
 */
export function TypeTable({
  offers,
  value,
  onChange,
  prepaid,
  language,
  loading,
  catalog,
}: {
  offers: TypeOffer[];
  value: string;
  onChange: (o: TypeOffer) => void;
  prepaid: boolean;
  language: string;
  loading: boolean;
  /** Family names and accelerator facts of the region (optional: ids and the offer's own fields otherwise). */
  catalog?: PurchaseCatalog;
}) {
  const t = useT();
  const [family, setFamily] = useState("");
  const [cpu, setCpu] = useState("");
  const [memory, setMemory] = useState("");
  const [gpuOnly, setGpuOnly] = useState(false);
  const [hideSoldOut, setHideSoldOut] = useState(false);
  const [text, setText] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "cpu", dir: 1 });

  // The chosen type (a default, a prefill or a link) is shown, not left below the fold of the list.
  const scroller = useRef<HTMLDivElement>(null);
  const hasRows = offers.length > 0;
  useEffect(() => {
    const box = scroller.current;
    const row = box?.querySelector<HTMLElement>('tr[aria-selected="true"]');
    if (box && row) box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 3);
  }, [hasRows]);

  const families = useMemo(() => {
    const m = new Map<string, string>();
    for (const o of offers) if (!m.has(o.InstanceFamily)) m.set(o.InstanceFamily, catalog?.families[o.InstanceFamily] || o.TypeName || o.InstanceFamily);
    return [...m].sort((a, b) => a[0].localeCompare(b[0], "en", { numeric: true }));
  }, [offers, catalog]);
  const cpus = useMemo(() => uniqueSorted(offers.map((o) => o.Cpu)), [offers]);
  const memories = useMemo(() => uniqueSorted(offers.map((o) => o.Memory)), [offers]);

  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    const shown = offers.filter(
      (o) =>
        (!family || o.InstanceFamily === family) &&
        (!cpu || o.Cpu === Number(cpu)) &&
        (!memory || o.Memory === Number(memory)) &&
        (!gpuOnly || o.Gpu > 0 || o.GpuCount > 0) &&
        (!hideSoldOut || o.Status === "SELL" || o.InstanceType === value) &&
        (!q || `${o.InstanceType} ${o.TypeName} ${o.CpuType}`.toLowerCase().includes(q)),
    );
    const by: Record<SortKey, (a: TypeOffer, b: TypeOffer) => number> = {
      type: (a, b) => a.InstanceType.localeCompare(b.InstanceType, "en", { numeric: true }),
      cpu: (a, b) => a.Cpu - b.Cpu || a.Memory - b.Memory || offerPrice(a, prepaid).amount - offerPrice(b, prepaid).amount,
      memory: (a, b) => a.Memory - b.Memory || a.Cpu - b.Cpu,
      price: (a, b) => offerPrice(a, prepaid).amount - offerPrice(b, prepaid).amount,
    };
    return shown.sort((a, b) => by[sort.key](a, b) * sort.dir);
  }, [offers, family, cpu, memory, gpuOnly, hideSoldOut, text, sort, prepaid, value]);

  const header = (key: SortKey, label: string, className?: string) => (
    <th className={cn("h-8 border-b border-line px-2 font-medium whitespace-nowrap", className)} aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}>
      <button type="button" className="hover:text-fg" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}>
        {label}
        {sort.key === key && <span aria-hidden>{sort.dir === 1 ? " ↑" : " ↓"}</span>}
      </button>
    </th>
  );

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Select aria-label={t("purchase.filter.family")} data-testid="type-filter-family" value={family} onChange={(e) => setFamily(e.target.value)} size="sm" wrapperClassName="w-48">
          <option value="">{t("purchase.filter.allFamilies")}</option>
          {families.map(([f, name]) => (
            <option key={f} value={f}>
              {f} · {name}
            </option>
          ))}
        </Select>
        <Select aria-label={t("purchase.filter.cpu")} data-testid="type-filter-cpu" value={cpu} onChange={(e) => setCpu(e.target.value)} size="sm" wrapperClassName="w-32">
          <option value="">{t("purchase.filter.anyCpu")}</option>
          {cpus.map((c) => (
            <option key={c} value={c}>
              {t("purchase.cores", { n: c })}
            </option>
          ))}
        </Select>
        <Select aria-label={t("purchase.filter.memory")} data-testid="type-filter-memory" value={memory} onChange={(e) => setMemory(e.target.value)} size="sm" wrapperClassName="w-32">
          <option value="">{t("purchase.filter.anyMemory")}</option>
          {memories.map((m) => (
            <option key={m} value={m}>
              {m} GB
            </option>
          ))}
        </Select>
        <Input aria-label={t("purchase.filter.search")} placeholder={t("purchase.filter.search")} value={text} onChange={(e) => setText(e.target.value)} className="h-7 max-w-44 text-[13px]" />
        <Check id="type-filter-gpu" label={t("purchase.filter.gpu")} checked={gpuOnly} onChange={setGpuOnly} />
        <Check id="type-filter-sold-out" label={t("purchase.filter.hideSoldOut")} checked={hideSoldOut} onChange={setHideSoldOut} />
        <span className="ml-auto text-xs text-muted">{t("purchase.typesShown", { shown: rows.length, total: offers.length })}</span>
      </div>
      <div ref={scroller} className="max-h-[22rem] overflow-auto rounded-md border border-line">
        <table className="w-full border-collapse text-left text-[13px]" data-testid="type-table">
          <thead className="sticky top-0 z-10 bg-subtle text-xs text-muted">
            <tr>
              <th className="h-8 w-8 border-b border-line px-2" aria-label={t("purchase.select")} />
              {header("type", t("purchase.col.type"))}
              <th className="h-8 border-b border-line px-2 font-medium">{t("purchase.col.family")}</th>
              {header("cpu", t("purchase.col.cpu"), "text-right")}
              {header("memory", t("purchase.col.memory"), "text-right")}
              <th className="h-8 border-b border-line px-2 text-right font-medium">{t("purchase.col.accelerator")}</th>
              <th className="h-8 border-b border-line px-2 font-medium">{t("purchase.col.processor")}</th>
              {header("price", prepaid ? t("purchase.col.priceMonth") : t("purchase.col.priceHour"), "text-right")}
              <th className="h-8 border-b border-line px-2 font-medium">{t("purchase.col.stock")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((o) => {
              const soldOut = o.Status !== "SELL";
              const selected = o.InstanceType === value;
              const price = offerPrice(o, prepaid);
              return (
                <tr
                  key={o.InstanceType}
                  data-testid="type-row"
                  data-type={o.InstanceType}
                  data-status={o.Status}
                  aria-disabled={soldOut || undefined}
                  aria-selected={selected}
                  onClick={() => !soldOut && onChange(o)}
                  className={cn(soldOut ? "cursor-not-allowed text-muted" : "cursor-pointer hover:bg-subtle/60", selected && "bg-accent-soft hover:bg-accent-soft")}
                >
                  <td className="h-8 px-2">
                    <input
                      type="radio"
                      name="purchase-type"
                      aria-label={o.InstanceType}
                      checked={selected}
                      disabled={soldOut}
                      onChange={() => onChange(o)}
                      className="accent-[var(--color-accent)]"
                    />
                  </td>
                  <td className="px-2 font-mono text-xs whitespace-nowrap">{o.InstanceType}</td>
                  <td className="max-w-32 truncate px-2" title={catalog?.families[o.InstanceFamily] || o.TypeName}>
                    {catalog?.families[o.InstanceFamily] || o.TypeName || o.InstanceFamily}
                  </td>
                  <td className="px-2 text-right tabular-nums">{o.Cpu}</td>
                  <td className="px-2 text-right tabular-nums">{o.Memory}</td>
                  <td className="px-2 text-right whitespace-nowrap tabular-nums" data-testid="type-accelerator">
                    {acceleratorLabel(catalog?.accelerators[o.InstanceType], o.GpuCount || o.Gpu) || "–"}
                  </td>
                  <td
                    className="max-w-44 truncate px-2 text-xs text-muted"
                    title={`${o.CpuType} ${o.Frequency} · ${o.InstanceBandwidth} Gbps · ${t("purchase.ppsTitle", { n: o.InstancePps })}`}
                  >
                    {o.CpuType}
                  </td>
                  <td className="px-2 text-right whitespace-nowrap tabular-nums">
                    {formatCny(price.amount, language)}
                    {price.original > price.amount && <span className="ml-1 text-xs text-muted line-through">{formatCny(price.original, language)}</span>}
                  </td>
                  <td className="px-2 whitespace-nowrap">
                    <Badge tone={STOCK_TONE[o.StatusCategory] ?? (soldOut ? "danger" : "neutral")} title={o.SoldOutReason || undefined} data-testid="type-stock">
                      {soldOut ? t("purchase.stock.soldOut") : t(o.StatusCategory === "UnderStock" ? "purchase.stock.low" : "purchase.stock.ok")}
                    </Badge>
                    {soldOut && o.SoldOutReason && <span className="ml-1.5 font-mono text-[11px] text-muted">{o.SoldOutReason}</span>}
                  </td>
                </tr>
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-[13px] text-muted">
                  {loading ? t("common.loading") : offers.length ? t("purchase.noTypeMatch") : t("purchase.noTypes")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
