// The lock file `malkoll serve` keeps next to its workbook while it runs: the server holds the workbook in memory and
// writes its changes to the file, so anything else that changes the file meanwhile (invite, revoke, a second server)
// would be overwritten.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from '../../shared/zod.ts';

export const ServeLock = z.object({
  pid: z.number().int().positive(),
  /** The preview, e.g. http://127.0.0.1:8787/ */
  url: z.string(),
});
export type ServeLock = z.infer<typeof ServeLock>;

export function serveLockFile(dataFile: string): string {
  return `${dataFile}.lock`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server holding the workbook, or null when none is (no lock file, or one left by a server that died). */
export function liveServeLock(dataFile: string): ServeLock | null {
  let text: string;
  try {
    text = readFileSync(serveLockFile(dataFile), 'utf8');
  } catch {
    return null;
  }
  let lock: ServeLock;
  try {
    lock = ServeLock.parse(JSON.parse(text));
  } catch {
    return null;
  }
  return isRunning(lock.pid) ? lock : null;
}

/** Takes the workbook for this process; a stale lock is taken over. Returns the release function. */
export function claimServeLock(dataFile: string, url: string): () => void {
  const path = serveLockFile(dataFile);
  const lock: ServeLock = { pid: process.pid, url };
  // On a first run the data folder (.malkoll/) does not exist yet; like the workbook, it is for its owner only.
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(lock)}\n`, { encoding: 'utf8', mode: 0o600 });
  // A stale lock file left by an older version keeps its mode through the write above.
  chmodSync(path, 0o600);
  return () => {
    const holder = liveServeLock(dataFile);
    if (holder?.pid === process.pid && holder.url === url) rmSync(path, { force: true });
  };
}

/** Why a CLI command that writes the workbook refuses while a server holds it, and what to do instead. */
export function heldByServer(dataFile: string, lock: ServeLock): string[] {
  return [
    `Arbetsboken ${dataFile} är öppen i malkoll serve (process ${lock.pid}), som håller den öppen och sparar sina egna ändringar i den: det här kommandots ändring skulle skrivas över.`,
    `Använd Målkoll-menyn i förhandsvisningen (${lock.url}#meny), eller stoppa servern (Ctrl-C) och kör kommandot igen.`,
  ];
}
