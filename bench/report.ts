/** Merges the benchmark parts into bench/results.json and prints a table. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { type Metric, RESULTS_FILE, RESULTS_PARTS_DIR } from './recorder';

const fmt = (n: number | undefined, unit: string) => {
  if (n === undefined || Number.isNaN(n)) return '—';
  if (unit === 'bytes') return `${(n / 1024).toFixed(1)} KB`;
  return `${n.toFixed(n < 10 ? 2 : 1)} ${unit}`;
};

export default async function report(): Promise<void> {
  const files = (await readdir(RESULTS_PARTS_DIR).catch(() => []))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const metrics: Metric[] = [];
  for (const f of files)
    metrics.push(JSON.parse(await readFile(resolve(RESULTS_PARTS_DIR, f), 'utf8')) as Metric);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify({ date: new Date().toISOString(), machine, metrics }, null, 2)}\n`,
  );
  const rows = metrics.map((m) => {
    const main = m.median ?? m.value;
    const status =
      m.budget === undefined || main === undefined
        ? ''
        : main <= m.budget
          ? 'within budget'
          : 'OVER budget';
    const ratios = [
      m.ratios
        ? Object.entries(m.ratios)
            .map(([k, v]) => `${v.toFixed(2)}× ${k}`)
            .join(', ')
        : '',
      m.note ?? '',
    ]
      .filter((s) => s !== '')
      .join('; ');
    return [
      m.label,
      fmt(main, m.unit),
      m.p95 === undefined ? '' : fmt(m.p95, m.unit),
      m.samples?.length ?? '',
      m.budget === undefined ? '' : fmt(m.budget, m.unit),
      status,
      ratios,
    ];
  });
  const header = ['metric', 'median/value', 'p95', 'n', 'budget', '', 'ratios / notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
  console.log(
    `\nCrossroads benchmarks — ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\nWritten to ${RESULTS_FILE}`);
}
