/**
 * Collects benchmark results: each bench writes one JSON part; the report
 * step merges them into bench/results.json and prints the table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const FLOORS_DIR = resolve(ROOT, 'out/bench/floors');
export const RESULTS_PARTS_DIR = resolve(ROOT, 'out/bench/parts');
export const RESULTS_FILE = resolve(ROOT, 'bench/results.json');

export type Metric = {
  id: string;
  label: string;
  unit: 'ms' | 'bytes' | 'MB' | 'count' | '%';
  samples?: number[];
  median?: number;
  p95?: number;
  value?: number;
  /** Budget for the median (or value), for the report only — never a failure. */
  budget?: number;
  /** Ratios to floors measured in the same run. */
  ratios?: Record<string, number>;
  note?: string;
};

/** Median and 95th percentile (nearest rank) of `samples`. */
export const stats = (samples: number[]): { median: number; p95: number } => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 0
      ? ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
      : (sorted[Math.floor(mid)] ?? NaN);
  return { median, p95: at(0.95) };
};

/** Records one metric (samples get their median and p95 computed). */
export const record = async (metric: Metric): Promise<Metric> => {
  const full = metric.samples ? { ...metric, ...stats(metric.samples) } : metric;
  await mkdir(RESULTS_PARTS_DIR, { recursive: true });
  await writeFile(resolve(RESULTS_PARTS_DIR, `${metric.id}.json`), JSON.stringify(full, null, 2));
  return full;
};
