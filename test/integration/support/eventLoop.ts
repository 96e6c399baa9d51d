import { performance } from 'node:perf_hooks';

/** The longest gap between ticks of a 5 ms timer: how long the extension host could not answer anything. */
export function watchEventLoop(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  return () => {
    clearInterval(timer);
    return longest;
  };
}
