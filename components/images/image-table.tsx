"use client";

import { useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { refusalOf, type ImageOperation } from "@/lib/images/rules";
import type { ImageTab, ImageView } from "@/lib/images/types";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { RowExpander } from "@/components/ui/row-expander";
import { ImageDetail, sourceKey } from "./image-detail";
import { ImageStateBadge } from "./image-state";
import { RowMenu } from "./row-menu";

/** The row menu's operations per tab (a public image can only be launched; a shared one launched or copied). */
const MENU: Record<Exclude<ImageTab, "marketplace">, Array<Exclude<ImageOperation, "launch">>> = {
  private: ["edit", "share", "sync", "export", "delete"],
  shared: ["sync"],
  public: [],
};

export interface ImageTableProps {
  images: ImageView[];
  tab: Exclude<ImageTab, "marketplace">;
  accountId: string;
  region: string;
  canOperate: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
  onAction: (op: ImageOperation, image: ImageView) => void;
  launchHref: (image: ImageView) => string;
}

/** Dense image list: 32 px rows, a row expands to its snapshots, tags and shares; every unavailable action says why. */
export function ImageTable({ images, tab, accountId, region, canOperate, selected, onToggle, onToggleAll, onAction, launchHref }: ImageTableProps) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const selectable = canOperate && tab === "private";
  const ids = images.map((i) => i.ImageId);
  const allOn = ids.length > 0 && ids.every((id) => selected.has(id));
  const reason = (op: ImageOperation, image: ImageView) => {
    const r = refusalOf(op, image);
    return r ? t(`images.reason.${r}`) : null;
  };
  const source = (image: ImageView) => (tab === "shared" ? image.ImageCreator : t(`images.source.${sourceKey(image.ImageSource)}`));
  return (
    <DataTable
      testId="image-table"
      dense
      rows={images}
      rowKey={(image) => image.ImageId}
      rowProps={(image) => ({
        "data-testid": "image-row",
        "data-id": image.ImageId,
        "data-name": image.ImageName,
        "data-state": image.ImageState,
        className: cn(selected.has(image.ImageId) && "bg-accent-soft/40"),
      })}
      columns={[
        selectable && {
          id: "select",
          width: "w-8",
          header: <input type="checkbox" aria-label={t("images.selectAll")} checked={allOn} onChange={(e) => onToggleAll(ids, e.target.checked)} data-testid="image-select-all" />,
          cell: (image) => (
            <input type="checkbox" aria-label={t("images.select", { id: image.ImageId })} checked={selected.has(image.ImageId)} onChange={() => onToggle(image.ImageId)} data-testid="image-select" />
          ),
        },
        {
          id: "name",
          header: t("images.col.name"),
          className: "max-w-60",
          sortValue: (image) => image.ImageName || image.ImageId,
          cell: (image) => (
            <RowExpander expanded={open === image.ImageId} onToggle={() => setOpen(open === image.ImageId ? null : image.ImageId)} name={image.ImageName || image.ImageId} id={image.ImageId} testId="image-expand" />
          ),
        },
        {
          id: "state",
          header: t("images.col.state"),
          sortValue: (image) => image.ImageState,
          cell: (image) => <ImageStateBadge state={image.ImageState} syncPercent={image.SyncPercent} deprecated={image.ImageDeprecated} />,
        },
        {
          id: "os",
          header: t("images.col.os"),
          className: "max-w-48",
          cellProps: (image) => ({ title: image.OsName }),
          sortValue: (image) => image.OsName,
          cell: (image) => (
            <>
              <span className="block truncate">{image.OsName}</span>
              <span className="block text-[11px] text-muted">
                {image.Platform} · {image.Architecture}
              </span>
            </>
          ),
        },
        { id: "size", header: t("images.col.size"), align: "right", className: "tabular-nums whitespace-nowrap", sortValue: (image) => image.ImageSize, cell: (image) => `${image.ImageSize} GiB` },
        { id: "family", header: t("images.col.family"), className: "max-w-32 truncate font-mono text-xs", cellProps: (image) => ({ title: image.ImageFamily }), sortValue: (image) => image.ImageFamily, cell: (image) => image.ImageFamily },
        { id: "source", header: tab === "shared" ? t("images.col.owner") : t("images.col.source"), className: "text-muted", sortValue: source, cell: source },
        {
          id: "created",
          header: t("images.col.created"),
          className: "whitespace-nowrap text-muted tabular-nums",
          cellProps: (image) => ({ title: formatDateTime(image.CreatedTime) }),
          sortValue: (image) => image.CreatedTime,
          cell: (image) => image.CreatedTime.slice(0, 10),
        },
      ]}
      actions={
        canOperate
          ? (image) => {
              const launchBlocked = reason("launch", image);
              return (
                <span className="inline-flex items-center gap-1">
                  {launchBlocked ? (
                    <span className={buttonClass("ghost", "sm", "cursor-not-allowed opacity-50")} title={launchBlocked} aria-disabled data-testid="image-launch-disabled">
                      {t("images.launch")}
                    </span>
                  ) : (
                    <Link href={launchHref(image)} className={buttonClass("ghost", "sm", "text-accent")} data-testid="image-launch">
                      {t("images.launch")}
                    </Link>
                  )}
                  {MENU[tab].length > 0 && (
                    <RowMenu
                      testId="image-row-actions"
                      label={t("images.rowActions", { id: image.ImageId })}
                      items={MENU[tab].map((op) => ({ id: op, label: t(`images.op.${op}`), disabledReason: reason(op, image), danger: op === "delete" }))}
                      onSelect={(op) => onAction(op as ImageOperation, image)}
                    />
                  )}
                </span>
              );
            }
          : undefined
      }
      detail={(image) => open === image.ImageId && <ImageDetail image={image} accountId={accountId} region={region} />}
    />
  );
}
