// The two ends a pipeline joins, as types only: what StreamkapPipeline takes and what a
// transform's input may name (transform-input.ts), apart from both so neither imports the other.

/** A source or destination as the pipeline needs it: what every connector construct and
 * generated connector class has. */
export interface ConnectorEnd {
  readonly id: string;
  readonly name: string;
  readonly connector: string;
}

/** A source, and what it captures when synth can know it (StreamkapSource says so itself;
 * generated typed classes are read from their configured include list). */
export type PipelineSourceEnd = ConnectorEnd & { readonly capturedTables?: string[] };
