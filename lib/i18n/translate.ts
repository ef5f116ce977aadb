import type { MessageKey, Messages } from "./messages/en";

// Pure and dictionary-free, so the client bundle carries only the catalogue the server hands over.
export type { MessageKey, Messages };
export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

/** `{name}` placeholders are replaced from `vars`; an unknown placeholder is left visible so it gets noticed. */
export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const template = messages[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  };
}
