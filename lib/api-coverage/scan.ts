// Which CVM actions a source file calls: every `.call(` whose first argument names the action as a string literal
// (`client.call("StopInstances", …)`, also split over lines or chosen by a ternary, `call(a ? "X" : "Y", …)`), or
// is a local constant holding such literals (`const action = a ? "X" : "Y"; client.call(action, …)`).
// Pure, so the coverage test and its own test share it.

const CALL = /\.call\(\s*/g;

/** The string literals of the first argument of each `.call(` in `source`. */
export function calledActions(source: string): Set<string> {
  const found = new Set<string>();
  for (const match of source.matchAll(CALL)) {
    let depth = 0;
    let end = match.index + match[0].length;
    // The first argument ends at the first top-level comma or the call's closing parenthesis.
    for (; end < source.length; end++) {
      const ch = source[end];
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]" || ch === "}") {
        if (depth === 0) break;
        depth--;
      } else if (ch === "," && depth === 0) break;
    }
    let first = source.slice(match.index + match[0].length, end).trim();
    if (/^[A-Za-z_$][\w$]*$/.test(first)) {
      // An identifier: the literals of its `const`/`let` declaration in the same file.
      first = new RegExp(`(?:const|let)\\s+${first.replace("$", "\\$")}\\s*(?::[^=]+)?=\\s*([^;\\n]+)`).exec(source)?.[1] ?? "";
    }
    for (const lit of first.matchAll(/["'`]([A-Z][A-Za-z]+)["'`]/g)) found.add(lit[1]);
  }
  return found;
}
