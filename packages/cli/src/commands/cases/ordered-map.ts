// Bounded-concurrency map that yields results in input order, holding at most `concurrency`
// results in memory (so an export of any length stays flat).

/** Yields `work(item)` for each item in order, with at most `concurrency` calls under way. */
export async function* orderedMap<I, O>(
  items: readonly I[],
  work: (item: I) => Promise<O>,
  concurrency: number,
): AsyncGenerator<O, void, undefined> {
  const pending: Promise<O>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < concurrency) {
      const promise = work(items[next++]!);
      promise.catch(() => undefined); // awaited below in order; avoids an unhandled rejection meanwhile
      pending.push(promise);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}
