// Service calls one web-app request (a 1-action log, or a snapshot) costs doPost, with a given number of rows in Logg.
import { decodeConnectionCode } from '../../shared/webapp/connection-code.ts';
import { callsOf, logActions, recordDeployment, seedActions, withSeed } from './add-on.ts';
import { validAction } from './server-harness.ts';

/** The Spreadsheet service's classes; the rest are LockService, CacheService, PropertiesService, Utilities and ContentService. */
const SPREADSHEET_CALL = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|TextFinder)\./;

export interface RequestCalls {
  total: number;
  spreadsheet: number;
  byMethod: Record<string, number>;
  /** Cells the request read and wrote. */
  cells: { read: number; written: number };
}

export async function webAppRequestCalls(op: 'log' | 'snapshot', logRows: number): Promise<RequestCalls> {
  const addOn = await withSeed();
  recordDeployment(addOn, 'https://script.google.com/macros/s/bench/exec');
  logActions(addOn, seedActions(logRows));
  const code = addOn.bundle.call('inviteMember', { name: 'Bench', branch: 'Sundsvall' }) as string;
  const token = decodeConnectionCode(code)?.token ?? '';
  const post = () => {
    const contents = JSON.stringify(op === 'log' ? { v: 1, op, token, actions: [validAction()] } : { v: 1, op, token });
    const event = { parameter: {}, parameters: {}, queryString: '', contextPath: '', contentLength: contents.length };
    const postData = { contents, length: contents.length, type: 'text/plain', name: 'postData' };
    return addOn.bundle.run('webapp', 'doPost', [{ ...event, postData }]);
  };
  // The member's first request of the hour stamps "Senast använd"; measure the steady state after it.
  post();
  const { total, byMethod, cells } = callsOf(addOn, post);
  const spreadsheet = Object.entries(byMethod)
    .filter(([method]) => SPREADSHEET_CALL.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
  return { total, spreadsheet, byMethod, cells };
}
