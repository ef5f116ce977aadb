// Light, dark, or follow the OS. The cookie lets the server put the right class on <html> (no flash);
// "system" is decided by a tiny inline script before first paint because the server cannot see the OS.
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export function parseTheme(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

/** The class the server can decide on; "system" renders without one and the inline script adds it. */
export function serverThemeClass(theme: Theme): string {
  return theme === "dark" ? "dark" : "";
}

/**
 * The header toggle always flips what you see: from dark (explicit or via the OS) to light and back.
 * "System" stays one click away in Settings → Preferences.
 */
export function toggledTheme(isDarkNow: boolean): Theme {
  return isDarkNow ? "light" : "dark";
}

/** Runs in <head> before paint. Kept tiny and dependency-free on purpose. */
export const SYSTEM_THEME_SCRIPT =
  "try{if(matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.classList.add('dark')}catch(e){}";

export function applyThemeClass(theme: Theme): void {
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.dataset.theme = theme;
}
