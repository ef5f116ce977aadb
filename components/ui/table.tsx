import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

// Dense by design (13px, 32px rows): operators scan hundreds of rows.
export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto">
      <table className={cn("w-full border-collapse text-left text-[13px]", className)} {...props} />
    </div>
  );
}

export function THead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className="bg-subtle text-xs text-muted" {...props} />;
}

export function TBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className="divide-y divide-line" {...props} />;
}

export function Tr({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("hover:bg-subtle/60", className)} {...props} />;
}

// `dense`: 8 px side padding instead of 12, for wide tables that must still fit a 1280 px laptop beside the sidebar.
export function Th({ className, dense, ...props }: ThHTMLAttributes<HTMLTableCellElement> & { dense?: boolean }) {
  return <th scope="col" className={cn("h-8 border-b border-line font-medium whitespace-nowrap", dense ? "px-2" : "px-3", className)} {...props} />;
}

export function Td({ className, dense, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { dense?: boolean }) {
  return <td className={cn("h-8 py-1 align-middle", dense ? "px-2" : "px-3", className)} {...props} />;
}
