"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { loadSearchSyntax, useParsedSearch, type InitialSearch } from "@/lib/instances/use-parsed-search";
import { MAX_QUERY_LENGTH } from "@/lib/instances/list-params";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { searchErrorText, termLabel } from "./search-text";

// Opened on demand: not part of the page's first-load JS (React.lazy: next/dynamic's loader costs more than it saves).
const SearchHelp = lazy(() => import("./search-help").then((m) => ({ default: m.SearchHelp })));

/**
 * The search box. Typing edits a draft; Enter applies it (into the URL). Chips show what the applied search
 * means, each removable; errors say which token is wrong and why, and a search with errors is never sent.
 * "/" focuses the box from anywhere on the page; Esc puts the applied search back.
 * Mount it with `key={q}` so going back in history shows that search in the box. The parser is loaded when the box
 * is focused (lib/instances/use-parsed-search); the page's own search comes parsed from the server.
 */
export function InstanceSearch({ q, initial, onSearch }: { q: string; initial: InitialSearch; onSearch: (q: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(q);
  const [attempted, setAttempted] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const applied = useParsedSearch(q, initial);
  const pending = useParsedSearch(draft, initial);
  // Errors of the draft once Enter was pressed; errors of the applied search (a hand-edited URL) always.
  const errors = (attempted ? pending?.errors : draft === q ? applied?.errors : undefined) ?? [];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (e.key === "/" && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const submit = async (text: string) => {
    const { parseSearch } = await loadSearchSyntax();
    setAttempted(true);
    if (parseSearch(text).errors.length === 0) onSearch(text.trim());
  };

  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1.5">
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(draft);
        }}
      >
        <div className="relative min-w-0 flex-1">
          <svg aria-hidden viewBox="0 0 16 16" className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted" fill="none" stroke="currentColor" strokeWidth="1.6">
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5L14 14" />
          </svg>
          <input
            ref={input}
            type="search"
            data-testid="instance-search"
            aria-label={t("instances.search.label")}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length ? "instance-search-errors" : undefined}
            placeholder={t("instances.search.placeholder")}
            value={draft}
            maxLength={MAX_QUERY_LENGTH}
            spellCheck={false}
            autoComplete="off"
            onFocus={() => void loadSearchSyntax()}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                setDraft(q);
                setAttempted(false);
              }
            }}
            className={cn(controlClass, "pr-8 pl-8 font-mono text-[13px]")}
          />
          <kbd className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-line px-1 text-[10px] text-muted">/</kbd>
        </div>
        <Button type="button" variant="ghost" aria-expanded={helpOpen} data-testid="search-help-toggle" onClick={() => setHelpOpen((o) => !o)}>
          {t("instances.search.syntax")}
        </Button>
        <Button type="submit" variant="secondary" data-testid="instance-search-submit">
          {t("instances.search.submit")}
        </Button>
      </form>

      {errors.length > 0 && (
        <ul id="instance-search-errors" role="alert" data-testid="search-errors" className="space-y-0.5 text-xs text-red-700 dark:text-red-300">
          {errors.map((e, i) => (
            <li key={i}>{searchErrorText(t, e)}</li>
          ))}
        </ul>
      )}
      {draft !== q && errors.length === 0 && (pending?.terms.length ?? 0) > 0 && <p className="text-xs text-muted">{t("instances.search.pressEnter")}</p>}

      {applied && applied.terms.length > 0 && applied.errors.length === 0 && (
        <div className="flex flex-wrap items-center gap-1.5" data-testid="search-chips">
          {applied.terms.map((term, i) => (
            <span
              key={`${term.raw}-${i}`}
              data-testid="search-chip"
              data-filter={term.filter}
              title={term.guessed ? t("instances.search.guessed") : undefined}
              className={cn(
                "inline-flex items-center gap-1 rounded-full border py-px pr-1 pl-2 text-xs",
                term.guessed ? "border-dashed border-line-strong text-muted" : "border-accent/30 bg-accent-soft text-accent",
              )}
            >
              {termLabel(t, term)}
              <button
                type="button"
                aria-label={t("instances.search.removeTerm", { term: term.raw })}
                onClick={() => void loadSearchSyntax().then((syntax) => onSearch(syntax.removeTerm(q, term.raw)))}
                className="rounded-full px-1 leading-none hover:bg-black/10 dark:hover:bg-white/10"
              >
                ×
              </button>
            </span>
          ))}
          <button type="button" onClick={() => onSearch("")} data-testid="search-clear" className="text-xs text-muted underline-offset-2 hover:text-fg hover:underline">
            {t("instances.search.clear")}
          </button>
        </div>
      )}

      {helpOpen && (
        <Suspense fallback={null}>
          <SearchHelp
            onPick={(example) => {
              setDraft((d) => (d.trim() ? `${d.trim()} ${example}` : example));
              input.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
