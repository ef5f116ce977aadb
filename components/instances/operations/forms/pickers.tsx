"use client";

import { useId, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { OptionKind } from "@/lib/instances/operations/keys";
import { useOptions } from "@/lib/instances/operations/queries";
import { Field, fieldA11y } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * An id field with the account's choices as suggestions (DescribeImages / DescribeKeyPairs /
 * DescribeDisasterRecoverGroups). When the list cannot be loaded it is still a plain id field.
 */
export function OptionField({
  id,
  label,
  kind,
  accountId,
  region,
  value,
  onChange,
  error,
  hint,
  placeholder,
}: {
  id: string;
  label: string;
  kind: OptionKind;
  accountId: string;
  region: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
}) {
  const listId = useId();
  const options = useOptions(accountId, region, kind);
  const chosen = options.data?.find((o) => o.id === value);
  return (
    <Field id={id} label={label} error={error} hint={chosen ? `${chosen.name}${chosen.hint ? ` · ${chosen.hint}` : ""}` : hint}>
      <Input {...fieldA11y(id, error, hint)} list={listId} value={value} onChange={(e) => onChange(e.target.value.trim())} placeholder={placeholder} data-testid={id} autoComplete="off" className="font-mono" />
      <datalist id={listId}>
        {options.data?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
            {o.hint ? ` · ${o.hint}` : ""}
          </option>
        ))}
      </datalist>
    </Field>
  );
}

/** Several ids, comma or space separated (key pairs, security groups). */
export function IdListField({ id, label, value, onChange, error, hint, placeholder }: { id: string; label: string; value: string[]; onChange: (ids: string[]) => void; error?: string; hint?: string; placeholder?: string }) {
  const [text, setText] = useState(value.join(", "));
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        {...fieldA11y(id, error, hint)}
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.split(/[\s,]+/).filter(Boolean));
        }}
        data-testid={id}
        autoComplete="off"
        className="font-mono"
      />
    </Field>
  );
}

/** A password with a show/hide toggle (it is typed once, so it must be checkable). */
export function PasswordField({ id, label, value, onChange, error, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <div className="relative">
        <Input {...fieldA11y(id, error, hint)} type={shown ? "text" : "password"} autoComplete="new-password" value={value} onChange={(e) => onChange(e.target.value)} data-testid={id} className="pr-14" />
        <button type="button" onClick={() => setShown(!shown)} className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded px-1.5 py-0.5 text-xs text-muted hover:bg-subtle hover:text-fg">
          {shown ? t("ops.password.hide") : t("ops.password.show")}
        </button>
      </div>
    </Field>
  );
}
