"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";

/** A button with a panel under it; closes on Esc or a click outside, and gives focus back to the button. */
export function Popover({ label, children, testId, align = "right" }: { label: ReactNode; children: ReactNode; testId: string; align?: "left" | "right" }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button ref={button} type="button" aria-expanded={open} aria-haspopup="dialog" data-testid={testId} onClick={() => setOpen((o) => !o)} className={buttonClass("secondary", "md")}>
        {label}
      </button>
      {open && (
        <div role="dialog" data-testid={`${testId}-panel`} className={cn("absolute top-full z-20 mt-1 rounded-lg border border-line bg-surface p-2 shadow-lg", align === "right" ? "right-0" : "left-0")}>
          {children}
        </div>
      )}
    </div>
  );
}
