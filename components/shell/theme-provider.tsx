"use client";

import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import { setPreferenceCookie } from "@/lib/cookies";
import { applyThemeClass, THEME_COOKIE, type Theme } from "@/lib/theme";

const ThemeContext = createContext<{ theme: Theme; setTheme: (theme: Theme) => void } | null>(null);

/** Holds the theme preference; writes the cookie (for the next server render) and the <html> class (now). */
export function ThemeProvider({ initialTheme, children }: { initialTheme: Theme; children: ReactNode }) {
  const [theme, setThemeState] = useState(initialTheme);

  const setTheme = useCallback((next: Theme) => {
    setThemeState(next);
    setPreferenceCookie(THEME_COOKIE, next);
    applyThemeClass(next);
  }, []);

  // After every render (including router.refresh(), which re-renders <html> from the cookie and would
  // drop a class the "system" script added), put the class back before paint.
  useLayoutEffect(() => applyThemeClass(theme));

  // "system" follows the OS live, e.g. when it switches to dark at sunset.
  useEffect(() => {
    if (theme !== "system") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => applyThemeClass("system");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [theme]);

  return <ThemeContext.Provider value={{ theme, setTheme }}>{children}</ThemeContext.Provider>;
}

export function useTheme() {
  const value = useContext(ThemeContext);
  if (!value) throw new Error("useTheme() must be used inside <ThemeProvider>");
  return value;
}
