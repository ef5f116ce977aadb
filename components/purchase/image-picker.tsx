"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { IMAGE_SOURCES, type ImageSource } from "@/lib/purchase/constants";
import { platformOfImage } from "@/lib/purchase/defaults";
import { usePurchaseImages } from "@/lib/purchase/queries";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Row, Segmented, type StepProps } from "./controls";

/**
 * The image (DescribeImages, only those the chosen type can boot): public, custom or shared, filtered by OS and
 * architecture; a marketplace image (no list API in CVM) or a list the backend cannot serve takes a typed id.
 */
export function ImagePicker({ accountId, config, set, err }: StepProps) {
  const t = useT();
  const images = usePurchaseImages(accountId, config.region, config.imageSource, config.instanceType);
  const [os, setOs] = useState("");
  const [arch, setArch] = useState("");
  const [text, setText] = useState("");
  const list = useMemo(() => images.data?.ImageSet ?? [], [images.data]);
  const platforms = useMemo(() => [...new Set(list.map((i) => i.Platform).filter(Boolean))].sort(), [list]);
  const arches = useMemo(() => [...new Set(list.map((i) => i.Architecture).filter(Boolean))].sort(), [list]);
  const q = text.trim().toLowerCase();
  const rows = list.filter(
    (i) => (!os || i.Platform === os) && (!arch || i.Architecture === arch) && (!q || `${i.ImageName} ${i.OsName} ${i.ImageId}`.toLowerCase().includes(q)),
  );
  const typed = config.imageSource === "MARKET" || !!images.data?.unavailable;
  const selectedListed = list.some((i) => i.ImageId === config.imageId);

  return (
    <>
      <Row label={t("purchase.imageSource")}>
        <Segmented<ImageSource>
          name="purchase-image-source"
          label={t("purchase.imageSource")}
          value={config.imageSource}
          onChange={(imageSource) => set({ imageSource, imageId: "" })}
          options={IMAGE_SOURCES.map((s) => ({ value: s, label: t(`purchase.imageSource.${s}`) }))}
        />
      </Row>
      <Row label={t("purchase.image")} htmlFor="purchase-image-id" error={err("imageId")}>
        {typed ? (
          <div className="flex flex-col gap-2">
            <p className="text-xs text-muted">
              {config.imageSource === "MARKET" ? t("purchase.marketHint") : t("purchase.listUnavailable")}
              {images.data?.unavailable && <span className="ml-1 font-mono">({images.data.unavailable.code})</span>}
            </p>
            <div className="flex items-center gap-2">
              <Input
                id="purchase-image-id"
                data-testid="purchase-image-id"
                placeholder="img-xxxxxxxx"
                value={config.imageId}
                onChange={(e) => set({ imageId: e.target.value.trim() })}
                className="max-w-48 font-mono"
              />
              <Segmented<"LINUX" | "WINDOWS">
                name="purchase-platform"
                label={t("purchase.platform")}
                value={config.platform}
                onChange={(platform) => set({ platform })}
                options={[
                  { value: "LINUX", label: "Linux" },
                  { value: "WINDOWS", label: "Windows" },
                ]}
              />
            </div>
          </div>
        ) : (
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <Select aria-label={t("purchase.filter.os")} value={os} onChange={(e) => setOs(e.target.value)} size="sm" wrapperClassName="w-40">
                <option value="">{t("purchase.filter.anyOs")}</option>
                {platforms.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </Select>
              <Select aria-label={t("purchase.filter.arch")} value={arch} onChange={(e) => setArch(e.target.value)} size="sm" wrapperClassName="w-32">
                <option value="">{t("purchase.filter.anyArch")}</option>
                {arches.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </Select>
              <Input aria-label={t("purchase.filter.search")} placeholder={t("purchase.filter.search")} value={text} onChange={(e) => setText(e.target.value)} className="h-7 max-w-44 text-[13px]" />
              {config.imageId && !selectedListed && !images.isPending && (
                <Badge tone="warning" data-testid="image-not-listed">
                  {t("purchase.imageNotListed", { id: config.imageId })}
                </Badge>
              )}
            </div>
            <div className="max-h-60 overflow-auto rounded-md border border-line">
              <table className="w-full text-left text-[13px]" data-testid="image-table">
                <tbody className="divide-y divide-line">
                  {rows.map((i) => {
                    const selected = i.ImageId === config.imageId;
                    return (
                      <tr
                        key={i.ImageId}
                        data-testid="image-row"
                        data-id={i.ImageId}
                        onClick={() => set({ imageId: i.ImageId, platform: platformOfImage(i) })}
                        className={cn("cursor-pointer hover:bg-subtle/60", selected && "bg-accent-soft hover:bg-accent-soft")}
                      >
                        <td className="h-8 w-8 px-2">
                          <input
                            type="radio"
                            name="purchase-image"
                            aria-label={i.ImageName}
                            checked={selected}
                            onChange={() => set({ imageId: i.ImageId, platform: platformOfImage(i) })}
                            className="accent-[var(--color-accent)]"
                          />
                        </td>
                        <td className="px-2">{i.OsName || i.ImageName}</td>
                        <td className="px-2 text-xs text-muted">{i.Platform}</td>
                        <td className="px-2 text-xs text-muted">{i.Architecture}</td>
                        <td className="px-2 text-right text-xs whitespace-nowrap text-muted tabular-nums">{i.ImageSize} GB</td>
                        <td className="px-2 font-mono text-xs whitespace-nowrap text-muted">{i.ImageId}</td>
                      </tr>
                    );
                  })}
                  {rows.length === 0 && (
                    <tr>
                      <td className="px-3 py-5 text-center text-muted">
                        {images.isPending ? t("common.loading") : images.error ? t("purchase.imagesFailed") : t("purchase.noImages")}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Row>
    </>
  );
}
