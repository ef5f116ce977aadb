import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { controlClass } from "./input";

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & {
  /** "sm" for headers and table rows. */
  size?: "sm" | "md";
  /** Sizing of the outer box (width); `className` styles the <select> itself. */
  wrapperClassName?: string;
};

// A native <select>: keyboard, screen readers and mobile pickers come for free; the chevron is ours.
export function Select({ className, wrapperClassName, size = "md", children, ...props }: SelectProps) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select className={cn(controlClass, "appearance-none pr-7", size === "sm" && "h-7 text-[13px]", className)} {...props}>
        {children}
      </select>
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="pointer-events-none absolute top-1/2 right-2 size-3.5 -translate-y-1/2 text-muted"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <path d="M4 6l4 4 4-4" />
      </svg>
    </div>
  );
}
