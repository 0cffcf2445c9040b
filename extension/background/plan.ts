// The worker's connection to the web app: connecting with a code, the member's status, and the cached plan
// (refreshed daily, fetched again when missing or in an older version's shape).
import { type Connection, readConnectionCode } from '../../shared/webapp/connection-code.ts';
import { codeProblemText } from '../connection.ts';
import type { ConnectionStatus, ConnectResult } from '../messages.ts';
import { resume } from '../queue/machine.ts';
import { flush, scheduleAndShow, updateQueue } from './outbox.ts';
import { read, type StoredConnection, type StoredSnapshot, write } from './store.ts';
import { translate } from './translate.ts';
import { fetchSnapshot } from './web-app.ts';

export const SNAPSHOT_PERIOD_MINUTES = 24 * 60;

export async function connectionStatus(): Promise<ConnectionStatus> {
  const [connection, snapshot] = await Promise.all([read('connection'), readSnapshot()]);
  if (!connection || !snapshot) return { state: 'none' };
  return {
    state: connection.revoked ? 'revoked' : 'connected',
    planTitle: snapshot.response.plan.title,
    member: snapshot.response.member.name,
    fetchedAt: snapshot.fetchedAt,
  };
}

async function markRevoked(connection: StoredConnection): Promise<void> {
  await write('connection', { ...connection, revoked: true });
  await scheduleAndShow(await updateQueue((state) => ({ ...state, halted: true })));
}

/** Fetches the plan with these credentials; stores both only when the web app accepts them. */
async function loadSnapshot({ url, token }: Connection): Promise<ConnectResult> {
  const t = await translate();
  const answer = await fetchSnapshot({ url, token });
  if (answer.kind === 'ok') {
    await write('connection', { url, token, member: answer.data.member.name, revoked: false });
    await write('snapshot', { response: answer.data, fetchedAt: Date.now() });
    await scheduleAndShow(await updateQueue(resume));
    void flush();
    const status = await connectionStatus();
    return { ok: true, status, message: t('connected', answer.data.plan.title, answer.data.member.name) };
  }
  if (answer.kind === 'error' && answer.code === 'unauthorized') {
    const stored = await read('connection');
    if (stored && stored.url === url && stored.token === token) await markRevoked(stored);
    return { ok: false, message: t('connectUnauthorized') };
  }
  if (answer.kind === 'error') return { ok: false, message: t('connectServer', answer.message) };
  return { ok: false, message: t(answer.kind === 'unreachable' ? 'connectNetwork' : 'connectBadResponse') };
}

export async function connect(code: string): Promise<ConnectResult> {
  const decoded = readConnectionCode(code);
  if (!decoded.ok) return { ok: false, message: codeProblemText(decoded, await translate()) };
  return loadSnapshot(decoded.connection);
}

let refreshing: Promise<ConnectResult> | undefined;

/** One fetch at a time, however many views ask for the plan at once. */
export function refreshSnapshot(): Promise<ConnectResult> {
  refreshing ??= (async (): Promise<ConnectResult> => {
    const connection = await read('connection');
    if (!connection) return { ok: false, message: (await translate())('notConnected') };
    return loadSnapshot(connection);
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * The cached plan. A day-old one is used while it is refreshed; a missing or unreadable one (one an older version
 * stored in another shape) is fetched again first, and stays missing only when the web app cannot be reached.
 */
export async function readSnapshot(): Promise<StoredSnapshot | undefined> {
  const [connection, snapshot] = await Promise.all([read('connection'), read('snapshot')]);
  if (!connection) return snapshot;
  if (!snapshot) {
    await refreshSnapshot();
    return read('snapshot');
  }
  if (Date.now() - snapshot.fetchedAt > SNAPSHOT_PERIOD_MINUTES * 60_000) void refreshSnapshot();
  return snapshot;
}
