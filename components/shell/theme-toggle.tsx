"use client";

import { useT } from "@/lib/i18n/provider";
import { toggledTheme, type Theme } from "@/lib/theme";
import { Icon, type IconName } from "@/components/ui/icons";
import { useTheme } from "./theme-provider";

const ICONS: Record<Theme, IconName> = { light: "sun", dark: "moon", system: "system" };

/** Flips between light and dark from whatever is shown now (also when following the OS). */
export function ThemeToggle() {
  const t = useT();
  const { theme, setTheme } = useTheme();
  const label = t("theme.toggle", { current: t(`theme.${theme}`) });
  return (
    <button
      type="button"
      // Read at click time: with "system" only the browser knows whether the page is dark.
      onClick={() => setTheme(toggledTheme(document.documentElement.classList.contains("dark")))}
      title={label}
      aria-label={label}
      data-testid="theme-toggle"
      data-theme-current={theme}
      className="flex size-8 items-center justify-center rounded-md text-muted hover:bg-subtle hover:text-fg"
    >
      <Icon name={ICONS[theme]} />
    </button>
  );
}
