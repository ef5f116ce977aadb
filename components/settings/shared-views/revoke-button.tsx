"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import { revokeSharedView } from "@/server/actions/shared-views/revoke";
import { Button } from "@/components/ui/button";

/** Two steps (Revoke → Revoke link) so a stray click does not cut off someone's dashboard. */
export function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const revoke = useActionMutation(revokeSharedView);
  const error = revoke.data && !revoke.data.ok ? revoke.data.error : null;
  if (!confirming) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label={t("sharedViews.revokeNamed", { name })} data-testid="shared-view-revoke">
        {t("sharedViews.revoke")}
      </Button>
    );
  }
  return (
    <span className="inline-flex items-center gap-1">
      {error && (
        <span role="alert" className="max-w-48 truncate text-xs text-red-700 dark:text-red-300" title={error.message}>
          {error.message}
        </span>
      )}
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        {t("common.cancel")}
      </Button>
      <Button size="sm" variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ id })} data-testid="shared-view-revoke-confirm">
        {t("sharedViews.revokeConfirm")}
      </Button>
    </span>
  );
}
