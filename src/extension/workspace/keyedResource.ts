interface Disposable {
  dispose(): void;
}

/**
 * A resource built for one key and rebuilt when the key changes: a file watcher for the include globs, which VS Code
 * cannot re-point once it is made.
 */
export class KeyedResource<T extends Disposable> implements Disposable {
  private current: { key: string; resource: T } | undefined;

  constructor(private readonly build: (key: string) => T) {}

  /** The resource for `key`; one built for another key is disposed first. */
  ensure(key: string): T {
    if (this.current?.key === key) return this.current.resource;
    this.dispose();
    this.current = { key, resource: this.build(key) };
    return this.current.resource;
  }

  dispose(): void {
    this.current?.resource.dispose();
    this.current = undefined;
  }
}
