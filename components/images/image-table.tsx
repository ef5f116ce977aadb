"use client";

import { Fragment, useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { refusalOf, type ImageOperation } from "@/lib/images/rules";
import type { ImageTab, ImageView } from "@/lib/images/types";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
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
  const cols = 7 + (selectable ? 1 : 0) + (canOperate ? 1 : 0);
  return (
    <Table data-testid="image-table">
      <THead>
        <tr>
          {selectable && (
            <Th className="w-8">
              <input type="checkbox" aria-label={t("images.selectAll")} checked={allOn} onChange={(e) => onToggleAll(ids, e.target.checked)} data-testid="image-select-all" />
            </Th>
          )}
          <Th>{t("images.col.name")}</Th>
          <Th>{t("images.col.state")}</Th>
          <Th>{t("images.col.os")}</Th>
          <Th className="text-right">{t("images.col.size")}</Th>
          <Th>{t("images.col.family")}</Th>
          <Th>{tab === "public" ? t("images.col.source") : tab === "shared" ? t("images.col.owner") : t("images.col.source")}</Th>
          <Th>{t("images.col.created")}</Th>
          {canOperate && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {images.map((image) => {
          const expanded = open === image.ImageId;
          const launchBlocked = reason("launch", image);
          return (
            <Fragment key={image.ImageId}>
              <Tr data-testid="image-row" data-id={image.ImageId} data-name={image.ImageName} data-state={image.ImageState} className={cn(selected.has(image.ImageId) && "bg-accent-soft/40")}>
                {selectable && (
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={t("images.select", { id: image.ImageId })}
                      checked={selected.has(image.ImageId)}
                      onChange={() => onToggle(image.ImageId)}
                      data-testid="image-select"
                    />
                  </Td>
                )}
                <Td className="max-w-72">
                  <button
                    type="button"
                    onClick={() => setOpen(expanded ? null : image.ImageId)}
                    aria-expanded={expanded}
                    className="group flex max-w-full items-start gap-1.5 text-left"
                    data-testid="image-expand"
                  >
                    <svg aria-hidden viewBox="0 0 16 16" className={cn("mt-1 size-3 shrink-0 text-muted transition-transform", expanded && "rotate-90")} fill="none" stroke="currentColor" strokeWidth="1.8">
                      <path d="M6 4l4 4-4 4" />
                    </svg>
                    <span className="min-w-0">
                      <span className="block truncate font-medium group-hover:text-accent">{image.ImageName || image.ImageId}</span>
                      <span className="block font-mono text-[11px] text-muted">{image.ImageId}</span>
                    </span>
                  </button>
                </Td>
                <Td>
                  <ImageStateBadge state={image.ImageState} syncPercent={image.SyncPercent} deprecated={image.ImageDeprecated} />
                </Td>
                <Td className="max-w-56" title={image.OsName}>
                  <span className="block truncate">{image.OsName}</span>
                  <span className="block text-[11px] text-muted">
                    {image.Platform} · {image.Architecture}
                  </span>
                </Td>
                <Td className="text-right tabular-nums whitespace-nowrap">{image.ImageSize} GiB</Td>
                <Td className="max-w-40 truncate font-mono text-xs">{image.ImageFamily || <span className="text-muted">—</span>}</Td>
                <Td className="whitespace-nowrap text-muted">{tab === "shared" ? image.ImageCreator : t(`images.source.${sourceKey(image.ImageSource)}`)}</Td>
                <Td className="whitespace-nowrap text-muted tabular-nums" title={formatDateTime(image.CreatedTime)}>
                  {image.CreatedTime.slice(0, 10)}
                </Td>
                {canOperate && (
                  <Td className="text-right whitespace-nowrap">
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
                  </Td>
                )}
              </Tr>
              {expanded && (
                <tr className="bg-subtle/40">
                  <td colSpan={cols}>
                    <ImageDetail image={image} accountId={accountId} region={region} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}

