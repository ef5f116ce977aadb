import Link from "next/link";

export const instanceHref = (id: string, region?: string) => `/instances/${id}${region ? `?region=${encodeURIComponent(region)}` : ""}`;

/** A resource id in mono, never split at its hyphen; a link when it has a page (instances do). */
export function IdText({ id, href }: { id: string; href?: string }) {
  return href ? (
    <Link href={href} className="font-mono text-xs whitespace-nowrap text-accent hover:underline">
      {id}
    </Link>
  ) : (
    <span className="font-mono text-xs whitespace-nowrap text-muted">{id}</span>
  );
}

/** Instance ids as links to their pages; the first few, then "+N". */
export function InstanceLinks({ ids, region, max = 3, more }: { ids: readonly string[]; region: string; max?: number; more: (n: number) => string }) {
  if (ids.length === 0) return <span className="text-muted">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      {ids.slice(0, max).map((id) => (
        <IdText key={id} id={id} href={instanceHref(id, region)} />
      ))}
      {ids.length > max && <span className="text-xs text-muted">{more(ids.length - max)}</span>}
    </span>
  );
}
