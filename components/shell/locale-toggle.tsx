"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import { LOCALE_COOKIE, setPreferenceCookie } from "@/lib/cookies";
import { Icon } from "@/components/ui/icons";

// Each language names itself, so someone who can't read the current one can still find theirs.
const OTHER: Record<Locale, { locale: Locale; label: string }> = {
  "en-US": { locale: "zh-CN", label: "中文" },
  "zh-CN": { locale: "en-US", label: "English" },
};

/** Switches between the two UI languages; the server re-renders everything (and region names) in the new one. */
export function LocaleToggle() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const target = OTHER[locale];
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPreferenceCookie(LOCALE_COOKIE, target.locale);
        startTransition(() => router.refresh());
      }}
      title={t("locale.switchTo", { language: target.label })}
      lang={target.locale}
      data-testid="locale-toggle"
      className="flex h-8 items-center gap-1.5 rounded-md px-2 text-[13px] text-muted hover:bg-subtle hover:text-fg disabled:opacity-60"
    >
      <Icon name="globe" />
      <span>{target.label}</span>
    </button>
  );
}
