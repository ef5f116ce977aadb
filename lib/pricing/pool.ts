/**
 * Runs tasks at most `limit` at a time, in the order they were queued. The pricing fan-out uses one per region for
 * the price inquiries, so the cloud client's rate limiter (which queues, and fails calls queued too long) only ever
 * holds a few of ours and other pages' inquiries in the same region still get through.
 */
export function createPool(limit: number) {
  let running = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    if (running >= limit) return;
    const start = queue.shift();
    if (start) start();
  };
  return function run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push(() => {
        running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            next();
          });
      });
      next();
    });
  };
}
