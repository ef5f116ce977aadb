"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { useImageSharesQuery } from "@/lib/queries/images";
import type { ImageView } from "@/lib/images/types";

function Field({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] text-muted">{label}</dt>
      <dd className="truncate text-[13px]" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** Everything else DescribeImages says about an image, shown under its row; own images also list who they are shared with. */
export function ImageDetail({ image, accountId, region }: { image: ImageView; accountId: string; region: string }) {
  const t = useT();
  const own = image.ImageType === "PRIVATE_IMAGE";
  const shares = useImageSharesQuery(accountId, region, image.ImageId, own && image.ImageState === "NORMAL");
  const dash = <span className="text-muted">—</span>;
  return (
    <div className="grid gap-x-6 gap-y-2 px-3 py-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="image-detail">
      <dl className="contents">
        <Field label={t("images.col.description")}>{image.ImageDescription || dash}</Field>
        <Field label={t("images.col.source")}>{image.ImageSource ? t(`images.source.${sourceKey(image.ImageSource)}`) : dash}</Field>
        <Field label={t("images.col.creator")}>{image.ImageCreator || dash}</Field>
        <Field label={t("images.col.license")}>{image.LicenseType || dash}</Field>
        <Field label={t("images.col.cloudInit")}>{image.IsSupportCloudinit ? t("images.yes") : t("images.no")}</Field>
        <Field label={t("images.col.created")}>{formatDateTime(image.CreatedTime) || dash}</Field>
        <Field label={t("images.col.family")}>{image.ImageFamily || dash}</Field>
        {own && (
          <Field label={t("images.col.sharedWith")} testId="image-shared-with">
            {shares.data ? (shares.data.length ? shares.data.map((s) => s.AccountId).join(", ") : t("images.notShared")) : shares.isError ? dash : image.ImageState === "NORMAL" ? t("common.loading") : dash}
          </Field>
        )}
      </dl>
      <div className="sm:col-span-2 lg:col-span-4">
        <p className="text-[11px] text-muted">{t("images.col.snapshots")}</p>
        {image.SnapshotSet.length === 0 ? (
          <p className="text-[13px] text-muted">{t("images.noSnapshots")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-4 gap-y-0.5 text-[13px]">
            {image.SnapshotSet.map((s) => (
              <li key={s.SnapshotId} className="font-mono text-xs">
                {s.SnapshotId} <span className="text-muted">· {s.DiskUsage === "SYSTEM_DISK" ? t("images.disk.system") : t("images.disk.data")} · {s.DiskSize} GiB</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {image.Tags.length > 0 && (
        <div className="sm:col-span-2 lg:col-span-4">
          <p className="text-[11px] text-muted">{t("images.col.tags")}</p>
          <p className="flex flex-wrap gap-1">
            {image.Tags.map((tag) => (
              <span key={tag.Key} className="rounded bg-subtle px-1.5 py-px font-mono text-[11px]">
                {tag.Key}={tag.Value}
              </span>
            ))}
          </p>
        </div>
      )}
    </div>
  );
}

export function sourceKey(source: string): "OFFICIAL" | "CREATE_IMAGE" | "EXTERNAL_IMPORT" | "other" {
  return source === "OFFICIAL" || source === "CREATE_IMAGE" || source === "EXTERNAL_IMPORT" ? source : "other";
}
