"use client";

import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { useRouter } from "next/navigation";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A plain <a> that navigates on the client: next/link costs ~3 kB gzip of first-load JS on every console page
 * (issue 5's budget), while the router it drives is already loaded. Prefetches on hover or focus instead of in
 * the viewport; a modified click (new tab, download) or another target is left to the browser.
 */
export function NavLink({ href, onClick, onMouseEnter, onFocus, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  const navigate = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
    if (e.defaultPrevented || !plain || (props.target && props.target !== "_self") || props.download !== undefined) return;
    e.preventDefault();
    router.push(href);
  };
  return (
    <a
      href={href}
      onClick={navigate}
      onMouseEnter={(e) => (onMouseEnter?.(e), prefetch())}
      onFocus={(e) => (onFocus?.(e), prefetch())}
      {...props}
    />
  );
}
