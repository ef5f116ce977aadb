"use client";

import { useT, useLocale } from "@/lib/i18n/provider";
import { LOCALES } from "@/lib/i18n/config";
import { LOCALE_COOKIE } from "@/lib/cookies";
import { THEMES, type Theme } from "@/lib/theme";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useTheme } from "@/components/shell/theme-provider";
import { useCookieSwitch } from "@/components/shell/use-cookie-switch";

// Languages are listed in their own script so anyone can find theirs.
const LANGUAGE_NAMES = { "en-US": "English", "zh-CN": "简体中文" } as const;

export function PreferencesForm() {
  const t = useT();
  const locale = useLocale();
  const { theme, setTheme } = useTheme();
  const { pending, switchTo, shown } = useCookieSwitch(LOCALE_COOKIE);
  return (
    <Card className="max-w-xl">
      <CardHeader title={t("preferences.title")} description={t("preferences.description")} />
      <CardBody className="flex flex-col gap-4">
        <Field id="pref-locale" label={t("preferences.language")} hint={t("preferences.languageHint")}>
          <Select id="pref-locale" data-testid="pref-locale" value={shown(locale)} disabled={pending} onChange={(e) => switchTo(e.target.value)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-[13px] font-medium">{t("preferences.theme")}</legend>
          <div className="flex gap-2">
            {THEMES.map((option: Theme) => (
              <label
                key={option}
                className="flex h-8 cursor-pointer items-center gap-2 rounded-md border border-line-strong px-3 text-[13px] has-checked:border-accent has-checked:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="theme"
                  value={option}
                  checked={theme === option}
                  onChange={() => setTheme(option)}
                  data-testid={`pref-theme-${option}`}
                  className="accent-[var(--color-accent)]"
                />
                {t(`theme.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </CardBody>
    </Card>
  );
}
