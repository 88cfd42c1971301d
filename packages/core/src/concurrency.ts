/**
 * Maps items from an (async) iterable with at most `limit` calls in flight, returning the
 * results in input order. Items are pulled lazily, so a huge listing is never held twice.
 */
export async function mapOrdered<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, mapper: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  const inFlight = new Set<Promise<void>>();
  let index = 0;
  let failure: { error: unknown } | undefined;
  for await (const item of items) {
    if (failure) break;
    const position = index++;
    const task = mapper(item, position).then(
      (result) => {
        results[position] = result;
      },
      (error: unknown) => {
        failure ??= { error };
      },
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return results;
}
