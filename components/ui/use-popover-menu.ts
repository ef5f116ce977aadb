"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";

/**
 * A menu in the top layer (popover): never clipped by a table's scroll box, closed by Esc or a click outside.
 * Placed under its button (flipped up near the bottom of the window), focuses its first enabled item when it opens,
 * and arrow keys / Home / End move between items. Give the button `ref={buttonRef} popoverTarget={menuId}` and the
 * menu `ref={menuRef} id={menuId} popover="auto" role="menu" onKeyDown={onKeyDown}`.
 */
export function usePopoverMenu() {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== "open") return;
      const button = buttonRef.current!.getBoundingClientRect();
      const box = menu.getBoundingClientRect();
      const below = button.bottom + 4 + box.height <= window.innerHeight - 8;
      menu.style.top = `${below ? button.bottom + 4 : Math.max(8, button.top - 4 - box.height)}px`;
      menu.style.left = `${Math.max(8, Math.min(button.right - box.width, window.innerWidth - box.width - 8))}px`;
      menu.querySelector<HTMLButtonElement>("[role=menuitem]:not([aria-disabled=true])")?.focus();
    };
    menu.addEventListener("toggle", onToggle);
    return () => menu.removeEventListener("toggle", onToggle);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === "Home" ? 0 : event.key === "End" ? items.length - 1 : (at + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  }

  return { menuId, buttonRef, menuRef, onKeyDown };
}
