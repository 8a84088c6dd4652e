// One benchmark figure, in the output convention of ARCHITECTURE.md "Benchmarks". Names are stable:
// add new ones, never rename one silently.
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** The figure we aim to stay under (or above, for throughputs: say so in the name). */
  target?: number;
  /** A raw primitive measured in the same run, for comparison. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
}

/** A bench module: bench/<name>.ts exporting `run`. */
export interface BenchModule {
  run(): Promise<Measurement[]>;
}

/** Percentile of already-collected samples (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
