// Web app figures: service calls (and cells) per log and snapshot request at 10 and 10,000 Logg rows; the 1-action
// logs per second the local server sustains over loopback at 500 and at 20,000 Logg rows (the cost of a log must not
// grow with the workbook: equal within 20 %); and the size of the workbook file it keeps.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../apps-script/server/server.ts';
import { MEMBER_BUDGET } from '../../shared/webapp/budget.ts';
import { decodeConnectionCode } from '../../shared/webapp/connection-code.ts';
import { logActions, seedActions, withSeed } from '../support/add-on.ts';
import { ensureBundle } from '../support/built-bundle.ts';
import { validAction } from '../support/server-harness.ts';
import { webAppRequestCalls } from '../support/web-app-calls.ts';
import type { Figure } from './measure.ts';

const REQUESTS = 600;
const WARM_UP = 30;
const CONCURRENCY = [1, 8];
const LOG_ROWS = [500, 20_000];
/** Runs of each size, taken in turn; the fastest counts, as the one the machine's other work disturbed least. */
const ROUNDS = 3;

interface ServerRun {
  requestsPerSecond: number;
  /** The workbook file and its journal afterwards, in bytes. */
  fileBytes: number;
}

/** A workbook file with the seed plan and `rows` Logg rows, as a server would find it. */
async function workbookWith(rows: number): Promise<{ dir: string; dataFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'malkoll-bench-'));
  const dataFile = join(dir, 'workbook.json');
  const addOn = await withSeed({ dataFile, ifMissing: 'create' });
  logActions(addOn, seedActions(rows));
  addOn.runtime.save();
  return { dir, dataFile };
}

async function serverRun(workbook: string, concurrency: number): Promise<ServerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'malkoll-bench-run-'));
  const dataFile = join(dir, 'workbook.json');
  copyFileSync(workbook, dataFile);
  const server = await startServer({ port: 0, dataFile, log: () => {} });
  try {
    // Enough members that none goes past their requests a minute.
    const members = Math.ceil((REQUESTS + WARM_UP) / (MEMBER_BUDGET.requestsPerMinute - 10));
    const tokens = Array.from({ length: members }, (_, n) => {
      const code = server.runtime.bundle?.call('inviteMember', { name: `Bänk ${n}`, branch: 'Sundsvall' });
      return decodeConnectionCode(String(code))?.token ?? '';
    });
    let sent = 0;
    const send = async () => {
      const token = tokens[sent % tokens.length];
      sent += 1;
      const response = await fetch(server.webAppUrl, {
        method: 'POST',
        body: JSON.stringify({ v: 1, op: 'log', token, actions: [validAction()] }),
      });
      await response.text();
    };
    for (let n = 0; n < WARM_UP; n++) await send();
    let left = REQUESTS;
    const worker = async () => {
      while (left > 0) {
        left -= 1;
        await send();
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - start) / 1000;
    await server.close();
    return { requestsPerSecond: Math.round((REQUESTS / seconds) * 10) / 10, fileBytes: statSync(dataFile).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Figure[]> {
  ensureBundle();
  const figures: Figure[] = [];
  for (const op of ['log', 'snapshot'] as const) {
    for (const rows of [10, 10_000]) {
      const calls = await webAppRequestCalls(op, rows);
      figures.push({
        name: `${op === 'log' ? 'log request (1 action)' : 'snapshot request'}: service calls at ${rows.toLocaleString('en')} Logg rows`,
        value: calls.spreadsheet,
        unit: `Spreadsheet calls (${calls.total} with lock, cache, properties, digest and output; ${calls.cells.read} cells read, ${calls.cells.written} written)`,
        budget: op === 'log' ? '≤ 12, same at both sizes' : 'same at both sizes',
      });
    }
  }
  const workbooks = new Map<number, { dir: string; dataFile: string }>();
  for (const rows of LOG_ROWS) workbooks.set(rows, await workbookWith(rows));
  for (const concurrency of CONCURRENCY) {
    const runs = new Map<number, ServerRun>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const rows of LOG_ROWS) {
        const run = await serverRun(workbooks.get(rows)?.dataFile ?? '', concurrency);
        const best = runs.get(rows);
        if (!best || run.requestsPerSecond > best.requestsPerSecond) runs.set(rows, run);
      }
    }
    for (const [rows, run] of runs) {
      figures.push({
        name: `local server: 1-action logs per second at ${rows.toLocaleString('en')} Logg rows, ${concurrency} at a time (${REQUESTS} requests, incl. redirect, best of ${ROUNDS})`,
        value: run.requestsPerSecond,
        unit: 'requests/s',
      });
    }
    const [small, large] = LOG_ROWS.map((rows) => runs.get(rows)?.requestsPerSecond ?? 0) as [number, number];
    figures.push({
      name: `local server: logs per second at ${LOG_ROWS[1]?.toLocaleString('en')} rows against ${LOG_ROWS[0]} rows, ${concurrency} at a time`,
      value: Math.round((large / small) * 100),
      unit: '%',
      budget: '≥ 80 %',
    });
    if (concurrency === 1) {
      figures.push({
        name: `local server: saved workbook file with ${LOG_ROWS[1]?.toLocaleString('en')} Logg rows after ${REQUESTS} logs`,
        value: Math.round((runs.get(LOG_ROWS[1] as number)?.fileBytes ?? 0) / 1024),
        unit: 'kB',
      });
    }
  }
  for (const { dir } of workbooks.values()) rmSync(dir, { recursive: true, force: true });
  return figures;
}
