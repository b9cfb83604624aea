/** A word table with no inherited keys: looking up "constructor" or "toString" in it finds nothing. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
