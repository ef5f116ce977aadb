"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useImageSharesQuery, useShareImageMutation } from "@/lib/queries/images";
import { formatDateTime } from "@/lib/format";
import { ACCOUNT_ID, parseAccountIds } from "@/lib/images/rules";
import type { ImageView } from "@/lib/images/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldA11y } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { ActionErrorNote } from "../action-error";
import { actionError } from "@/lib/action-result";

/**
 * ModifyImageSharePermission / DescribeImageSharePermission (seed 26124–26352, 25364–25543): who the image is shared
 * with, share with more main-account ids, cancel a share. Receivers use it in this region only (seed 26136).
 */
export function ShareImageDialog({ accountId, region, image, onClose }: { accountId: string; region: string; image: ImageView; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState("");
  const shares = useImageSharesQuery(accountId, region, image.ImageId, true);
  const share = useShareImageMutation(accountId);
  const ids = parseAccountIds(text);
  const bad = ids.filter((id) => !ACCOUNT_ID.test(id));
  const result = share.data;
  const error = actionError(result);
  const run = (Permission: "SHARE" | "CANCEL", AccountIds: string[]) =>
    share.mutateAsync({ accountId, region, ImageId: image.ImageId, AccountIds, Permission }).then((res) => {
      if (res.ok && Permission === "SHARE") setText("");
    });
  return (
    <Dialog open onClose={onClose} title={t("images.share.title", { id: image.ImageId })} description={t("images.share.description")} closeLabel={t("common.close")} testId="image-share-dialog">
      <div className="space-y-4">
        <div>
          <p className="mb-1 text-[13px] font-medium">{t("images.share.current")}</p>
          {shares.isLoading && <p className="text-xs text-muted">{t("common.loading")}</p>}
          {shares.data?.length === 0 && <p className="text-xs text-muted" data-testid="image-share-none">{t("images.notShared")}</p>}
          {shares.data && shares.data.length > 0 && (
            <ul className="divide-y divide-line rounded-md border border-line">
              {shares.data.map((s) => (
                <li key={s.AccountId} className="flex items-center justify-between gap-2 px-3 py-1.5 text-[13px]" data-testid="image-share-row" data-account={s.AccountId}>
                  <span>
                    <span className="font-mono">{s.AccountId}</span>
                    <span className="ml-2 text-xs text-muted">{t("images.share.since", { time: formatDateTime(s.CreatedTime) })}</span>
                  </span>
                  <Button size="sm" variant="ghost" onClick={() => run("CANCEL", [s.AccountId])} disabled={share.isPending} data-testid="image-share-cancel">
                    {t("images.share.cancel")}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Field id="image-share-accounts" label={t("images.share.add")} hint={t("images.share.addHint")} error={bad.length ? t("images.share.badIds", { ids: bad.join(", ") }) : undefined}>
          <textarea
            {...fieldA11y("image-share-accounts", bad.length ? "x" : undefined, true)}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="100000000002"
            className={cn(controlClass, "h-auto py-1.5 font-mono")}
            data-testid="image-share-accounts"
          />
        </Field>
        <div className="flex justify-end">
          <Button variant="primary" onClick={() => run("SHARE", ids)} disabled={ids.length === 0 || bad.length > 0 || share.isPending} data-testid="image-share-submit">
            {share.isPending ? t("images.share.sharing") : t("images.share.submit", { count: ids.length })}
          </Button>
        </div>
        <ActionErrorNote error={error} />
        {result?.ok && <p className="text-xs text-emerald-700 dark:text-emerald-300" data-testid="image-share-done">{t("images.share.done")}</p>}
      </div>
    </Dialog>
  );
}
