"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { Icon } from "@/components/ui/icons";

export function SignOutButton() {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // Loaded on click: next-auth's client (~7 kB gzip) would otherwise be in every page's first load.
        const { signOut } = await import("next-auth/react");
        void signOut({ callbackUrl: "/login" });
      }}
      title={t("header.signOut")}
      aria-label={t("header.signOut")}
      data-testid="sign-out"
      className="flex size-8 items-center justify-center rounded-md text-muted hover:bg-subtle hover:text-fg disabled:opacity-60"
    >
      <Icon name="sign-out" />
    </button>
  );
}
