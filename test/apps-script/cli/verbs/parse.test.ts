// `malkoll parse` as the board's coordinator runs it: JSON, summary, and errors with line numbers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../../shared/model/plan.ts';
import { malkoll } from '../../../support/run-cli.ts';
import { SEED_FILE } from '../../../support/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'malkoll-parse-'));

describe('malkoll parse', () => {
  it('prints the seed plan as JSON valid against the schema', () => {
    const run = malkoll(['parse', SEED_FILE, '--json']);
    expect(run.code).toBe(0);
    const plan = Plan.parse(JSON.parse(run.stdout));
    expect(plan.organisation).toBe('Vänsterpartiet Västernorrland');
    expect(plan.year).toBe(2024);
    expect(plan.areas.map((area) => area.subgoals.length)).toEqual([3, 5]);
    expect(plan.areas.flatMap((area) => area.subgoals).flatMap((s) => s.activities)).toHaveLength(29);
  });

  it('prints a Swedish summary with counts and targets', () => {
    const run = malkoll(['parse', SEED_FILE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 områden · 8 delmål · 29 aktiviteter');
    expect(run.stdout).toContain('U3  Att distriktsstyrelsen tillsammans med regiongruppen');
    expect(run.stdout).toMatch(/U3\.M1 {2}Antal: cirka 15 debattartiklar/);
    expect(run.stdout).toMatch(/Regelbundenhet: minst 1 ordförandemöte i kvartalet/);
  });

  it('reports a bad plan line by line on stderr, nothing on stdout, exit 2', () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'VERKSAMHETSPLAN 2025\n\nORGANISATION\nDelmål 1: Värva\nDelmål 1: Utbilda\n');
    const run = malkoll(['parse', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^rad 5: Delmål 1 finns redan i området ”ORGANISATION” \(rad 4\)\./m);
  });

  it('rejects an empty file and a missing file with exit 2', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const emptyRun = malkoll(['parse', empty]);
    expect(emptyRun.code).toBe(2);
    expect(emptyRun.stderr).toMatch(/^rad 1: /m);
    const missing = malkoll(['parse', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('filen finns inte');
    expect(missing.stdout).toBe('');
  });

  it('explains usage when the file is missing from the command line', () => {
    const run = malkoll(['parse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Användning: malkoll parse <fil> [--json]');
  });

  it('refuses a plan without a year with the advice to give it, and reads it with --year', () => {
    const file = join(dir, 'no-year.txt');
    writeFileSync(
      file,
      'Verksamhetsplan för Byggnads\n\nMedlemmar\nVi ska vara minst 3 200 medlemmar vid årets slut.\n',
    );
    const refused = malkoll(['parse', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^rad 1: Rubriken saknar årtal\..*malkoll parse --year 2025/m);
    const read = malkoll(['parse', file, '--year', '2025']);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('År: 2025');
    expect(read.stdout).toMatch(/Nivå: minst 3\s200 medlemmar/);
    const bad = malkoll(['parse', file, '--year', '25']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year 25: skriv planens år med fyra siffror');
  });

  it('shows a span of years, no empty Övergripande mål, and what the reader was unsure of', () => {
    const file = join(dir, 'span.txt');
    writeFileSync(
      file,
      'Verksamhetsplan 2025–2027\n\nOrganisation\n\nMål:\n- ha 120 medlemmar i kretsen\n- minst fyra öppna möten per år\n',
    );
    const run = malkoll(['parse', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('År: 2025–2027');
    expect(run.stdout).not.toContain('Övergripande mål');
    expect(run.stdout).toMatch(/Nivå: 120 medlemmar\n +osäkert: Planen säger inte när värdet ska nås/);
  });

  it('lists the verbs for an unknown command', () => {
    const run = malkoll(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Okänt kommando: frobnicate');
    expect(run.stderr).toContain('malkoll parse');
  });
});
