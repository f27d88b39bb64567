// The types a transform's author writes against: what Streamkap's runtime passes to each
// function of a transform module (the record's value and key, its topic, its timestamp) and
// what each function returns. A module typed with them is checked by the author's own
// TypeScript compiler; they are types only, so a transform module that imports them (with
// `import type`) bundles to nothing more.

/** One record as it flows through a transform. */
export interface TransformRecord<Value = Record<string, unknown>, Key = unknown> {
  readonly value: Value;
  readonly key: Key;
  /** The full topic name, e.g. "source_64f0c0ffee0000000000beef.public.orders". */
  readonly topic: string;
  /** When the change happened. Streamkap passes what the source recorded, usually epoch
   * milliseconds (some sources give seconds, microseconds or nanoseconds). */
  readonly timestamp: number;
}

/** `valueTransform`: the record's new value; `null` (map_filter) drops the record. */
export type ValueTransform<Value = Record<string, unknown>, Key = unknown, Result = Value> = (
  value: Value,
  key: Key,
  topic: string,
  timestamp: number,
) => Result | null;

/** `valueTransform` of an enrich_async transform: may await lookups. */
export type AsyncValueTransform<Value = Record<string, unknown>, Key = unknown, Result = Value> = (
  value: Value,
  key: Key,
  topic: string,
  timestamp: number,
) => Promise<Result | null> | Result | null;

/** `keyTransform`: the record's new key. */
export type KeyTransform<Value = Record<string, unknown>, Key = unknown, Result = Key> = (value: Value, key: Key, topic: string, timestamp: number) => Result;

/** `topicTransform`: the topic the record goes to, or (fan_out) every topic it goes to. */
export type TopicTransform<Value = Record<string, unknown>, Key = unknown> = (value: Value, key: Key, topic: string, timestamp: number) => string | string[];
