import type { ReactNode } from "react";
import { LocaleToggle } from "@/components/shell/locale-toggle";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { BrandMark } from "@/components/shell/brand-mark";

/** Pages for signed-out people: a centred card, language and theme still reachable. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-5 py-3">
        <BrandMark />
        <div className="flex items-center gap-1">
          <LocaleToggle />
          <ThemeToggle />
        </div>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-[12vh] pb-16">{children}</main>
    </div>
  );
}
