/**
 * The model's tables as Maps, built once per table: a Map lookup of a freshly built key
 * is several times faster than a property lookup in a 40k-key object (V8 dictionary mode).
 */
const maps = new WeakMap<object, ReadonlyMap<string, unknown>>();

export function asMap<T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  let map = maps.get(record) as ReadonlyMap<string, T> | undefined;
  if (map === undefined) {
    map = new Map(Object.entries(record));
    maps.set(record, map);
  }
  return map;
}
