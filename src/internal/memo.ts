/** A Map or a WeakMap. */
interface Memory<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `memory` holds for `key`, made by `make` and remembered the first time (a `make` that throws leaves nothing). */
export function remembered<K, V>(memory: Memory<K, V>, key: K, make: () => V): V {
  let value = memory.get(key);
  if (value === undefined) memory.set(key, (value = make()));
  return value;
}
