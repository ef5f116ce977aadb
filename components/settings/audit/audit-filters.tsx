"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { useT } from "@/lib/i18n/provider";
import { AUDIT_RESULTS, SYSTEM_USER, TARGET_MAX, type AuditFilterOptions, type FilterField } from "@/lib/audit/filters";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, fieldA11y } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const PAGE = "/settings/audit";

function FilterField({ id, label, error, className, children }: { id: string; label: string; error?: string; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <Field id={id} label={label} error={error}>
        {children}
      </Field>
    </div>
  );
}

/**
 * The audit log's filters. They live in the URL (shareable; back and forward restore them): applying one navigates,
 * and the server page reads the URL. A select applies at once; text and dates on Enter or Apply. Without JS it is a
 * plain GET form. `raw` is what the URL said (shown back, even when wrong); `errors` are already translated.
 */
export function AuditFilters({ raw, errors, options }: { raw: Record<FilterField, string>; errors: Partial<Record<FilterField, string>>; options: AuditFilterOptions }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(name, value.trim());
    const query = params.toString(); // no empty parameters, no page cursor: a new filter starts at the newest entry
    startTransition(() => router.push(query ? `${PAGE}?${query}` : PAGE));
  }
  const applyNow = (e: { currentTarget: HTMLSelectElement }) => e.currentTarget.form && apply(e.currentTarget.form);

  const knownUser = raw.user === "" || raw.user === SYSTEM_USER || options.users.some((u) => u.id === raw.user);
  const knownAction = raw.action === "" || options.actionGroups.some((g) => raw.action === `${g.group}.*` || g.actions.includes(raw.action));
  const a11y = (field: FilterField) => fieldA11y(`audit-filter-${field}`, errors[field]);

  return (
    <form
      // Remount on navigation so the fields show the URL's filters after back/forward.
      key={JSON.stringify(raw)}
      method="get"
      action={PAGE}
      role="search"
      aria-label={t("audit.filter.label")}
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className="flex flex-wrap items-start gap-x-3 gap-y-2 border-b border-line px-4 py-3"
      data-testid="audit-filters"
    >
      <FilterField id="audit-filter-user" label={t("audit.col.user")} error={errors.user} className="max-w-64 min-w-40 flex-1 basis-44">
        <Select name="user" defaultValue={raw.user} onChange={applyNow} data-testid="audit-filter-user" {...a11y("user")}>
          <option value="">{t("audit.filter.anyUser")}</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email}
            </option>
          ))}
          <option value={SYSTEM_USER}>{t("audit.filter.systemUser")}</option>
          {!knownUser && !errors.user && <option value={raw.user}>{`${t("audit.deletedUser")} ${raw.user}`}</option>}
        </Select>
      </FilterField>
      <FilterField id="audit-filter-action" label={t("audit.col.action")} error={errors.action} className="max-w-64 min-w-40 flex-1 basis-44">
        <Select name="action" defaultValue={raw.action} onChange={applyNow} data-testid="audit-filter-action" {...a11y("action")}>
          <option value="">{t("audit.filter.anyAction")}</option>
          {options.actionGroups.map(({ group, actions }) => (
            <optgroup key={group} label={`${group}.*`}>
              <option value={`${group}.*`}>{t("audit.filter.allOfGroup", { group })}</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </optgroup>
          ))}
          {!knownAction && !errors.action && <option value={raw.action}>{raw.action}</option>}
        </Select>
      </FilterField>
      <FilterField id="audit-filter-target" label={t("audit.filter.target")} error={errors.target} className="max-w-56 min-w-32 flex-1 basis-36">
        <Input
          name="target"
          type="search"
          defaultValue={raw.target}
          maxLength={TARGET_MAX}
          placeholder={t("audit.filter.targetPlaceholder")}
          data-testid="audit-filter-target"
          {...a11y("target")}
        />
      </FilterField>
      <FilterField id="audit-filter-result" label={t("audit.col.result")} error={errors.result} className="max-w-40 min-w-28 flex-1 basis-28">
        <Select name="result" defaultValue={raw.result} onChange={applyNow} data-testid="audit-filter-result" {...a11y("result")}>
          <option value="">{t("audit.filter.anyResult")}</option>
          {AUDIT_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(`audit.result.${r}`)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="audit-filter-from" label={t("audit.filter.from")} error={errors.from} className="max-w-44 min-w-36 flex-1 basis-36">
        <Input name="from" type="date" defaultValue={raw.from} data-testid="audit-filter-from" {...a11y("from")} />
      </FilterField>
      <FilterField id="audit-filter-to" label={t("audit.filter.to")} error={errors.to} className="max-w-44 min-w-36 flex-1 basis-36">
        <Input name="to" type="date" defaultValue={raw.to} data-testid="audit-filter-to" {...a11y("to")} />
      </FilterField>
      {/* Level with the inputs: the label above them is 13px text plus the field's 4px gap. */}
      <div className="flex shrink-0 items-center gap-2 pt-[23px]">
        <Button type="submit" variant="primary" disabled={pending} data-testid="audit-filter-apply">
          {t("audit.filter.apply")}
        </Button>
        {Object.values(raw).some(Boolean) && (
          <Link href={PAGE} className={buttonClass("ghost")} data-testid="audit-filter-clear">
            {t("audit.filter.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
