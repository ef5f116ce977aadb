/** While the list renders on the server: the page's own shape (header, toolbar, rows), not a generic block. */
export default function InstancesLoading() {
  return (
    <div aria-busy="true" data-testid="instances-page-loading" className="animate-pulse">
      <div className="mb-4 space-y-2">
        <div className="h-6 w-32 rounded bg-subtle" />
        <div className="h-4 w-64 rounded bg-subtle" />
      </div>
      <div className="mb-3 flex gap-2">
        <div className="h-8 w-56 rounded-md bg-subtle" />
        <div className="h-8 flex-1 rounded-md bg-subtle" />
        <div className="h-8 w-28 rounded-md bg-subtle" />
      </div>
      <div className="divide-y divide-line rounded-lg border border-line bg-surface">
        <div className="h-8 bg-subtle" />
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex h-10 items-center gap-6 px-3">
            <div className="h-2.5 w-40 rounded bg-subtle" />
            <div className="h-2.5 w-16 rounded bg-subtle" />
            <div className="h-2.5 w-24 rounded bg-subtle" />
            <div className="h-2.5 flex-1 rounded bg-subtle" />
          </div>
        ))}
      </div>
    </div>
  );
}
