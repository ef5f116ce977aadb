"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal on the native <dialog>: focus trapping, Esc and the top layer come from the browser.
 * Controlled by `open`; Esc or the close button call `onClose`.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  closeLabel,
  testId,
  size = "md",
  bare = false,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  closeLabel: string;
  testId?: string;
  /** "lg" for dialogs that list many rows (batch operations). */
  size?: "md" | "lg";
  /** Children lay out their own scrolling body and footer (no padded wrapper). */
  bare?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onCancel={(event) => {
        event.preventDefault(); // keep React in charge of `open`
        onClose();
      }}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      data-testid={testId}
      className={`m-auto ${size === "lg" ? "w-[min(52rem,calc(100vw-2rem))]" : "w-[min(32rem,calc(100vw-2rem))]"} rounded-lg border border-line bg-surface p-0 text-fg shadow-xl`}
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-line px-4 py-3">
            <div>
              <h2 id={testId ? `${testId}-title` : undefined} className="text-sm font-semibold">
                {title}
              </h2>
              {description && <p className="mt-0.5 text-xs text-muted">{description}</p>}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label={closeLabel}
              className="-m-1 rounded p-1 text-muted hover:bg-subtle hover:text-fg"
            >
              <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </div>
          {bare ? children : <div className="overflow-y-auto px-4 py-3">{children}</div>}
          {footer && <div className="flex justify-end gap-2 border-t border-line px-4 py-2.5">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
