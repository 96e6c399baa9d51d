/** Gives the extension host's event loop a turn, so long jobs run in slices and never freeze hovers or typing. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
