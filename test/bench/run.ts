// `npm run bench`: runs every *.bench.ts beside this file and prints a table, or one JSON object with --json.
import { readdirSync } from 'node:fs';
import type { Figure } from './measure.ts';

const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const figures: Record<string, Figure[]> = {};
for (const file of files) {
  const module = (await import(new URL(file, import.meta.url).href)) as { bench(): Promise<Figure[]> };
  const group = file.replace(/\.bench\.ts$/, '');
  if (!json) process.stderr.write(`… ${group}\n`);
  figures[group] = await module.bench();
}

if (json) {
  const object: Record<string, Record<string, { value: number; unit: string; budget?: string }>> = {};
  for (const [group, list] of Object.entries(figures)) {
    object[group] = Object.fromEntries(list.map(({ name, ...rest }) => [name, rest]));
  }
  process.stdout.write(`${JSON.stringify(object, null, 2)}\n`);
} else {
  const rows = Object.entries(figures).flatMap(([group, list]) =>
    list.map((figure) => [group, figure.name, `${figure.value} ${figure.unit}`, figure.budget ?? '']),
  );
  const header = ['group', 'figure', 'value', 'budget'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  process.stdout.write(
    `${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`,
  );
}
