/** Shown in the page area while a console page renders on the server; the shell stays interactive. */
export default function ConsoleLoading() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-4" data-testid="page-loading">
      <div className="h-6 w-48 rounded bg-subtle" />
      <div className="h-4 w-80 rounded bg-subtle" />
      <div className="h-64 rounded-lg border border-line bg-surface" />
    </div>
  );
}
