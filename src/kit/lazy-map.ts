/**
 * A map whose values are worked out on first `get`, and all at once only when it is iterated or
 * counted: the accessible names of a view of thousands of cells, most of them drawn in batches
 * and never named unless focused (src/charts/budget/describe.ts).
 */
export class LazyMap<K, V> extends Map<K, V> {
  private filled = false;

  constructor(
    /** Every key, in order (called once, when the map is iterated or counted). */
    private readonly listKeys: () => Iterable<K>,
    /** The value of a key; undefined for a key the map does not hold. */
    private readonly make: (key: K) => V | undefined,
  ) {
    super();
  }

  override get(key: K): V | undefined {
    const known = super.get(key);
    if (known !== undefined || this.filled) return known;
    const value = this.make(key);
    if (value !== undefined) super.set(key, value);
    return value;
  }

  override has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override entries(): MapIterator<[K, V]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.fill();
    return super[Symbol.iterator]();
  }

  private fill(): void {
    if (this.filled) return;
    for (const key of this.listKeys()) this.get(key);
    this.filled = true;
  }
}
