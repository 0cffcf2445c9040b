// Web app figures: service calls per log and snapshot request at 10 and 10,000 Logg rows, the 1-action logs per second the local
// server sustains over loopback (a bounded run that stops by itself), and the size of the workbook file it saves.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../apps-script/server/server.ts';
import { decodeConnectionCode } from '../../shared/webapp/connection-code.ts';
import { ensureBundle } from '../support/built-bundle.ts';
import { SEED_FILE } from '../support/seed.ts';
import { validAction } from '../support/server-harness.ts';
import { webAppRequestCalls } from '../support/web-app-calls.ts';
import type { Figure } from './measure.ts';

const REQUESTS = 200;
const CONCURRENCY = [1, 8];

interface ServerRun {
  requestsPerSecond: number;
  /** The saved workbook file afterwards, in bytes. */
  fileBytes: number;
}

async function serverRun(concurrency: number): Promise<ServerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'malkoll-bench-'));
  const dataFile = join(dir, 'workbook.json');
  const server = await startServer({
    port: 0,
    dataFile,
    planFile: SEED_FILE,
    log: () => {},
  });
  try {
    const token = decodeConnectionCode(server.demoCode ?? '')?.token ?? '';
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        sent += 1;
        const response = await fetch(server.webAppUrl, {
          method: 'POST',
          body: JSON.stringify({ v: 1, op: 'log', token, actions: [validAction()] }),
        });
        await response.text();
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - start) / 1000;
    return { requestsPerSecond: Math.round((REQUESTS / seconds) * 10) / 10, fileBytes: statSync(dataFile).size };
  } finally {
    await server.close();
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
        unit: `Spreadsheet calls (${calls.total} with lock, digest and output)`,
        budget: op === 'log' ? '≤ 10, same at both sizes' : 'same at both sizes',
      });
    }
  }
  for (const concurrency of CONCURRENCY) {
    const run = await serverRun(concurrency);
    figures.push({
      name: `local server: 1-action logs per second, ${concurrency} at a time (${REQUESTS} requests, incl. redirect)`,
      value: run.requestsPerSecond,
      unit: 'requests/s',
    });
    if (concurrency === 1) {
      figures.push({
        name: `local server: saved workbook file after the seed plan and ${REQUESTS} logs`,
        value: Math.round(run.fileBytes / 1024),
        unit: 'kB',
      });
    }
  }
  return figures;
}
