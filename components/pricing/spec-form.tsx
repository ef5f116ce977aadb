"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { NET_BILLING, PRICING_DISK_TYPES, isValidSpec, type PricingScope, type PricingSpec } from "@/lib/pricing/spec";
import type { PricingShape } from "@/lib/pricing/types";
import { Select } from "@/components/ui/select";
import { Input } from "@/components/ui/input";

type Props = {
  spec: PricingSpec;
  shapes: readonly PricingShape[];
  regionName: string;
  onChange: (spec: PricingSpec) => void;
};

const uniq = <T,>(xs: T[]) => [...new Set(xs)].sort((a, b) => Number(a) - Number(b));

/**
 * The spec picker: scope, GPU → vCPU → memory (each list offers only what the region sells with the choices to its
 * left, so a spec never matches nothing), disks and bandwidth. Lists apply at once; numbers when they are valid.
 */
export function SpecForm({ spec, shapes, regionName, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<PricingSpec>) => onChange({ ...spec, ...patch });

  const gpuOptions = uniq(shapes.map((s) => s.GpuCount));
  const byGpu = shapes.filter((s) => spec.gpu === "any" || s.GpuCount === spec.gpu);
  const cpus = uniq(byGpu.map((s) => s.Cpu));
  const memories = uniq(byGpu.filter((s) => s.Cpu === spec.cpu).map((s) => s.Memory));
  // Keep the spec's own values listed even when this region lacks them (a shared link from another region).
  const cpuList = cpus.includes(spec.cpu) ? cpus : uniq([...cpus, spec.cpu]);
  const memList = memories.includes(spec.memory) ? memories : uniq([...memories, spec.memory]);

  /** A new GPU or CPU choice keeps the rest valid: the closest shape that exists. */
  const pickGpu = (value: string) => {
    const gpu = value === "any" ? "any" : Number(value);
    const fits = shapes.filter((s) => gpu === "any" || s.GpuCount === gpu);
    const same = fits.find((s) => s.Cpu === spec.cpu && s.Memory === spec.memory);
    const first = same ?? fits[0];
    set({ gpu, ...(first ? { cpu: first.Cpu, memory: first.Memory } : {}) });
  };
  const pickCpu = (cpu: number) => {
    const mems = uniq(byGpu.filter((s) => s.Cpu === cpu).map((s) => s.Memory));
    const memory = mems.includes(spec.memory) ? spec.memory : (mems.find((m) => m >= cpu * 2) ?? mems[0] ?? spec.memory);
    set({ cpu, memory });
  };

  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-3 px-4 py-3" data-testid="pricing-spec">
      <Group label={t("pricing.spec.scope")}>
        <ScopeToggle scope={spec.scope} regionName={regionName} onChange={(scope) => set({ scope })} />
      </Group>
      <Group label={t("pricing.spec.gpu")} htmlFor="pricing-gpu">
        <Select id="pricing-gpu" data-testid="pricing-gpu" wrapperClassName="w-24" value={String(spec.gpu)} onChange={(e) => pickGpu(e.target.value)}>
          <option value="any">{t("pricing.gpu.any")}</option>
          {gpuOptions.map((g) => (
            <option key={g} value={String(g)}>
              {g === 0 ? t("pricing.gpu.none") : t("pricing.gpu.count", { n: g })}
            </option>
          ))}
        </Select>
      </Group>
      <Group label={t("pricing.spec.cpu")} htmlFor="pricing-cpu">
        <Select id="pricing-cpu" data-testid="pricing-cpu" wrapperClassName="w-24" value={String(spec.cpu)} onChange={(e) => pickCpu(Number(e.target.value))}>
          {cpuList.map((c) => (
            <option key={c} value={String(c)}>
              {t("pricing.spec.cpuOption", { n: c })}
            </option>
          ))}
        </Select>
      </Group>
      <Group label={t("pricing.spec.memory")} htmlFor="pricing-memory">
        <Select id="pricing-memory" data-testid="pricing-memory" wrapperClassName="w-24" value={String(spec.memory)} onChange={(e) => set({ memory: Number(e.target.value) })}>
          {memList.map((m) => (
            <option key={m} value={String(m)}>
              {t("pricing.spec.memoryOption", { n: m })}
            </option>
          ))}
        </Select>
      </Group>
      <Group label={t("pricing.spec.sysDisk")} htmlFor="pricing-sys-disk">
        <div className="flex gap-1">
          <DiskSelect id="pricing-sys-disk" value={spec.sysDisk} onChange={(sysDisk) => set({ sysDisk })} />
          <NumberBox id="pricing-sys-size" value={spec.sysSize} unit="GB" valid={(sysSize) => isValidSpec({ ...spec, sysSize })} onCommit={(sysSize) => set({ sysSize })} />
        </div>
      </Group>
      <Group label={t("pricing.spec.dataDisk")} htmlFor="pricing-data-disk">
        <div className="flex gap-1">
          <DiskSelect id="pricing-data-disk" value={spec.dataDisk} onChange={(dataDisk) => set({ dataDisk, ...(isValidSpec({ ...spec, dataDisk }) ? {} : { dataSize: 0 }) })} />
          <NumberBox
            id="pricing-data-size"
            value={spec.dataSize}
            unit="GB"
            placeholder={t("pricing.spec.dataNone")}
            invalidHint={t("pricing.error.dataSize")}
            valid={(dataSize) => isValidSpec({ ...spec, dataSize })}
            onCommit={(dataSize) => set({ dataSize })}
          />
        </div>
      </Group>
      <Group label={t("pricing.spec.bandwidth")} htmlFor="pricing-bw">
        <div className="flex gap-1">
          <NumberBox id="pricing-bw" value={spec.bw} unit="Mbps" valid={(bw) => isValidSpec({ ...spec, bw })} onCommit={(bw) => set({ bw })} />
          <Select aria-label={t("pricing.spec.netBilling")} data-testid="pricing-net" wrapperClassName="w-36" value={spec.net} onChange={(e) => set({ net: e.target.value as PricingSpec["net"] })}>
            {NET_BILLING.map((b) => (
              <option key={b} value={b}>
                {t(`pricing.net.${b}`)}
              </option>
            ))}
          </Select>
        </div>
      </Group>
    </div>
  );
}

function Group({ label, htmlFor, children }: { label: string; htmlFor?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

function DiskSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const t = useT();
  return (
    <Select id={id} data-testid={id} wrapperClassName="w-44" value={value} onChange={(e) => onChange(e.target.value)}>
      {PRICING_DISK_TYPES.map((d) => (
        <option key={d} value={d}>
          {t(`pricing.disk.${d as (typeof PRICING_DISK_TYPES)[number]}`)}
        </option>
      ))}
    </Select>
  );
}

/** A number that applies 500 ms after typing stops, and only when valid (else it turns red and waits). */
function NumberBox({
  id,
  value,
  unit,
  placeholder,
  invalidHint,
  valid,
  onCommit,
}: {
  id: string;
  value: number;
  unit: string;
  placeholder?: string;
  invalidHint?: string;
  valid: (n: number) => boolean;
  onCommit: (n: number) => void;
}) {
  const [text, setText] = useState(value === 0 && placeholder ? "" : String(value));
  const parsed = text.trim() === "" ? 0 : Number(text);
  const ok = Number.isInteger(parsed) && valid(parsed);
  // The page re-renders with every batch of prices; the pending commit must not restart with each of them.
  const commit = useEffectEvent((n: number) => onCommit(n));
  useEffect(() => {
    if (!ok || parsed === value) return;
    const timer = setTimeout(() => commit(parsed), 500);
    return () => clearTimeout(timer);
  }, [ok, parsed, value]);
  return (
    <div className="relative w-[5.5rem]">
      <Input
        id={id}
        data-testid={id}
        inputMode="numeric"
        value={text}
        placeholder={placeholder}
        aria-invalid={!ok || undefined}
        title={!ok ? invalidHint : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && ok && onCommit(parsed)}
        className={cn("pr-10 tabular-nums")}
      />
      <span className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 text-xs text-muted">{unit}</span>
    </div>
  );
}

function ScopeToggle({ scope, regionName, onChange }: { scope: PricingScope; regionName: string; onChange: (s: PricingScope) => void }) {
  const t = useT();
  const options: Array<{ value: PricingScope; label: string }> = [
    { value: "zones", label: t("pricing.scope.zones", { region: regionName }) },
    { value: "regions", label: t("pricing.scope.regions") },
  ];
  return (
    <div role="radiogroup" aria-label={t("pricing.spec.scope")} className="inline-flex h-8 shrink-0 rounded-md border border-line-strong p-0.5 text-[13px]">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={scope === o.value}
          data-testid={`pricing-scope-${o.value}`}
          onClick={() => onChange(o.value)}
          className={cn("max-w-64 truncate rounded px-2.5 font-medium text-muted hover:text-fg", scope === o.value && "bg-accent-soft text-accent hover:text-accent")}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
