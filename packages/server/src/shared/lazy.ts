/**
 * A promise that does its work only when someone awaits it. GraphQL resolves a field's promise only when the
 * field was asked for, so an expensive count costs nothing when no client selects it.
 */
export function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= work();
      return started.then(onFulfilled, onRejected);
    },
  };
}
