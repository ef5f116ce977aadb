"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useRegionsQuery } from "@/lib/queries/regions";
import { useSyncImageMutation } from "@/lib/queries/images";
import type { Locale } from "@/lib/i18n/config";
import type { ImageView } from "@/lib/images/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { ActionErrorNote } from "../action-error";
import { actionError } from "@/lib/action-result";

/**
 * SyncImages (seed 26353–26706): a custom image to other regions (never its own, seed 26407); an image shared with
 * us only into this region, as our own custom copy (seed 26363). One call, one copy per chosen region.
 */
export function SyncImageDialog({ accountId, region, language, image, onClose, onStarted }: {
  accountId: string;
  region: string;
  language: Locale;
  image: ImageView;
  onClose: () => void;
  onStarted: (copies: Array<{ Region: string; ImageId: string }>) => void;
}) {
  const t = useT();
  const shared = image.ImageType === "SHARED_IMAGE";
  const regions = useRegionsQuery(accountId, language);
  const [chosen, setChosen] = useState<string[]>(shared ? [region] : []);
  const [name, setName] = useState("");
  const sync = useSyncImageMutation(accountId);
  const options = (regions.data ?? []).filter((r) => (shared ? r.Region === region : r.Region !== region));
  const error = actionError(sync.data);
  const submit = async () => {
    const res = await sync.mutateAsync({ accountId, region, ImageId: image.ImageId, DestinationRegions: chosen, ...(name.trim() ? { ImageName: name.trim() } : {}) });
    if (res.ok) onStarted(res.copies.length ? res.copies : []);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("images.sync.title", { id: image.ImageId })}
      description={shared ? t("images.sync.sharedDescription") : t("images.sync.description")}
      closeLabel={t("common.close")}
      testId="image-sync-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} disabled={chosen.length === 0 || sync.isPending} data-testid="image-sync-submit">
            {sync.isPending ? t("images.sync.starting") : t("images.sync.submit", { count: chosen.length })}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        <fieldset>
          <legend className="mb-1 text-[13px] font-medium">{t("images.sync.regions")}</legend>
          {regions.isLoading && <p className="text-xs text-muted">{t("common.loading")}</p>}
          <div className="grid max-h-64 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto">
            {options.map((r) => {
              const unavailable = r.RegionState !== "AVAILABLE";
              return (
                <label key={r.Region} className="flex items-center gap-2 text-[13px]" data-testid="image-sync-region" data-region={r.Region}>
                  <input
                    type="checkbox"
                    disabled={unavailable || shared}
                    checked={chosen.includes(r.Region)}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, r.Region] : chosen.filter((x) => x !== r.Region))}
                  />
                  <span className="truncate">{r.RegionName}</span>
                  <span className="font-mono text-[11px] text-muted">{r.Region}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <TextField id="image-sync-name" label={t("images.sync.name")} value={name} onChange={(e) => setName(e.target.value)} placeholder={image.ImageName} hint={t("images.sync.nameHint")} />
        <p className="text-xs text-muted">{t("images.sync.quotaNote")}</p>
        <ActionErrorNote error={error} />
      </div>
    </Dialog>
  );
}
