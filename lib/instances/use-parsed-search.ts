"use client";

import { useEffect, useMemo, useState } from "react";
import type { ParsedSearch } from "./search-syntax";

type Syntax = typeof import("./search-syntax");

let syntax: Syntax | undefined;

/**
 * The search parser, fetched on first need. The list page does not ship it up front (~2 kB gzip of first-load JS,
 * issue 5): the server parses the URL's search, and the browser loads the parser when the search is edited.
 */
export function loadSearchSyntax(): Promise<Syntax> {
  return syntax ? Promise.resolve(syntax) : import("./search-syntax").then((m) => (syntax = m));
}

/** What the server parsed for the search the page was loaded with. */
export type InitialSearch = { q: string; parsed: ParsedSearch };

const NOTHING: ParsedSearch = { terms: [], filters: [], errors: [] };

/**
 * `q` parsed, or undefined while the parser is still loading. The page's own search (and an empty one) never waits:
 * the server's parse is reused, so the first render on the server and in the browser agree.
 */
export function useParsedSearch(q: string, initial: InitialSearch): ParsedSearch | undefined {
  const [loaded, setLoaded] = useState(false);
  const ready = loaded || syntax !== undefined; // another component may have loaded it already
  const needsParser = q !== initial.q && q.trim() !== "";
  useEffect(() => {
    if (needsParser && !ready) void loadSearchSyntax().then(() => setLoaded(true));
  }, [needsParser, ready]);
  return useMemo(() => {
    if (q === initial.q) return initial.parsed;
    if (q.trim() === "") return NOTHING;
    return ready ? syntax!.parseSearch(q) : undefined;
  }, [q, initial, ready]);
}
