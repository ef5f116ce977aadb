"use client";

import { useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { useImageLookupQuery } from "@/lib/queries/images";
import { purchaseHref } from "@/lib/purchase/prefill";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { ImageStateBadge } from "./image-state";

/**
 * Marketplace images have no list in the CVM API (DescribeImages' image-type knows only public, custom and shared,
 * seed 24936–24940): they are found on Tencent Cloud Marketplace and launched by id. This tab says so, looks an id up
 * (DescribeImages by ImageIds) and hands it to the purchase wizard.
 */
export function MarketplacePanel({ accountId, region, canLaunch }: { accountId: string; region: string; canLaunch: boolean }) {
  const t = useT();
  const [text, setText] = useState("");
  const id = text.trim();
  const wellFormed = /^img-[a-z0-9]{8}$/.test(id);
  const lookup = useImageLookupQuery(accountId, region, id);
  return (
    <Card data-testid="images-marketplace">
      <CardHeader title={t("images.market.title")} description={t("images.market.description")} />
      <CardBody className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <div className="w-56">
            <Input value={text} onChange={(e) => setText(e.target.value)} placeholder="img-xxxxxxxx" aria-label={t("images.market.id")} className="font-mono" data-testid="images-market-id" />
          </div>
          {canLaunch && (
            <Link
              href={purchaseHref({ region, image: wellFormed ? id : undefined, source: "MARKET" })}
              className={buttonClass("primary", "md", !wellFormed ? "pointer-events-none opacity-50" : "")}
              aria-disabled={!wellFormed}
              data-testid="images-market-launch"
            >
              {t("images.launch")}
            </Link>
          )}
        </div>
        {text && !wellFormed && <p className="text-xs text-red-600 dark:text-red-400">{t("images.validation.imageId")}</p>}
        {wellFormed && lookup.isLoading && <p className="text-xs text-muted">{t("common.loading")}</p>}
        {wellFormed && lookup.data === null && <p className="text-xs text-muted" data-testid="images-market-unknown">{t("images.market.notListed")}</p>}
        {lookup.data && (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-line px-3 py-2 text-[13px]" data-testid="images-market-found">
            <span className="font-medium">{lookup.data.ImageName}</span>
            <span className="text-muted">{lookup.data.OsName}</span>
            <ImageStateBadge state={lookup.data.ImageState} syncPercent={lookup.data.SyncPercent} deprecated={lookup.data.ImageDeprecated} />
          </div>
        )}
        <ul className="list-disc space-y-0.5 pl-5 text-xs text-muted">
          <li>{t("images.market.note1")}</li>
          <li>{t("images.market.note2")}</li>
        </ul>
      </CardBody>
    </Card>
  );
}
