// Node warns (MaxListenersExceededWarning) once an AbortSignal has more than 10 abort listeners,
// which one signal shared by many concurrent calls soon has. So a signal gets one listener here,
// however many calls wait on it: it calls theirs, and each call removes its own when it is done.
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `listener` when `signal` aborts (never, without a signal); the function returned stops that. */
export function onAbort(signal: AbortSignal | null | undefined, listener: () => void): () => void {
  if (!signal) return () => {};
  let listeners = waiting.get(signal);
  if (!listeners) {
    const set = new Set<() => void>();
    signal.addEventListener("abort", () => {
      for (const call of set) call();
    });
    waiting.set(signal, set);
    listeners = set;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
