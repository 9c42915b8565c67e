import type { EventEmitter } from 'node:events';
import type { JobEventMap } from '../../core/jobs.js';

// @types/node types a listener by a conditional type that TypeScript cannot resolve for a generic key.
type Listener<E extends keyof JobEventMap> = E extends keyof JobEventMap
  ? (...args: JobEventMap[E]) => void
  : never;

/**
 * The arguments of the first `event` that `match` accepts. Listen before doing what causes the
 * event; the timeout only turns a missing event into a readable failure.
 */
export function nextJobEvent<E extends keyof JobEventMap>(
  events: EventEmitter<JobEventMap>,
  event: E,
  match: (...args: JobEventMap[E]) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<JobEventMap[E]> {
  // Made here so that a timeout points at the line that waited.
  const missing = new Error(`no matching "${event}" job event within ${timeoutMs} ms`);
  return new Promise((resolve, reject) => {
    const listener = (...args: JobEventMap[E]) => {
      if (!match(...args)) return;
      clearTimeout(timer);
      events.off(event, listener as Listener<E>);
      resolve(args);
    };
    const timer = setTimeout(() => {
      events.off(event, listener as Listener<E>);
      reject(missing);
    }, timeoutMs);
    events.on(event, listener as Listener<E>);
  });
}

/** A promise to be resolved from the outside (a gate a handler waits on). */
export function barrier<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
