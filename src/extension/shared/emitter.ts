/** Something to let go of; the same shape as `vscode.Disposable`. */
export interface Disposable {
  dispose(): void;
}

/** A listener registration; the same shape as `vscode.Event`, so views subscribe alike. */
export type Event<T> = (listener: (value: T) => unknown) => Disposable;

/**
 * An event source without the `vscode` module, so the parts that fire events run in plain mocha. Listeners are
 * called in the order they subscribed.
 */
export class Emitter<T> implements Disposable {
  private listeners: ((value: T) => unknown)[] = [];

  readonly event: Event<T> = (listener) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((candidate) => candidate !== listener)) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}
