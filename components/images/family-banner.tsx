"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { useImageFamilyQuery } from "@/lib/queries/images";

/**
 * With a family chosen: the image that family resolves to now (DescribeImageFromFamily, seed 28055 — the newest
 * NORMAL, non-deprecated one), i.e. what a launch by family would use.
 */
export function FamilyBanner({ accountId, region, family, launchHref }: { accountId: string; region: string; family: string; launchHref: ((imageId: string) => string) | null }) {
  const t = useT();
  const q = useImageFamilyQuery(accountId, region, family);
  if (!family) return null;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-line bg-subtle/60 px-3 py-2 text-[13px]" data-testid="image-family-banner">
      <span className="text-muted">{t("images.family.resolves", { family })}</span>
      {q.isLoading && <span className="text-muted">{t("common.loading")}</span>}
      {q.data === null && <span data-testid="image-family-none">{t("images.family.none")}</span>}
      {q.data && (
        <>
          <span className="font-medium" data-testid="image-family-image">
            {q.data.ImageName} <span className="font-mono text-xs text-muted">{q.data.ImageId}</span>
          </span>
          {launchHref && (
            <Link href={launchHref(q.data.ImageId)} className="text-accent hover:underline">
              {t("images.launch")}
            </Link>
          )}
        </>
      )}
      {q.isError && <span className="text-red-600 dark:text-red-400">{t("images.family.failed")}</span>}
    </div>
  );
}
