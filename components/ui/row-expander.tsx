import { cn } from "@/lib/cn";

/** A row's name and id as the toggle of its detail row (hosts, CHC servers, images): a chevron that turns when open. */
export function RowExpander({ expanded, onToggle, name, id, testId }: { expanded: boolean; onToggle: () => void; name: string; id: string; testId: string }) {
  return (
    <button type="button" onClick={onToggle} aria-expanded={expanded} className="group flex max-w-full items-start gap-1.5 text-left" data-testid={testId}>
      <svg aria-hidden viewBox="0 0 16 16" className={cn("mt-1 size-3 shrink-0 text-muted transition-transform", expanded && "rotate-90")} fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 4l4 4-4 4" />
      </svg>
      <span className="min-w-0">
        <span className="block truncate font-medium group-hover:text-accent" title={name}>{name}</span>
        <span className="block font-mono text-[11px] whitespace-nowrap text-muted">{id}</span>
      </span>
    </button>
  );
}
