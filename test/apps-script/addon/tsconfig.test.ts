// The add-on's compiler fence: code that would only fail on Google's servers (a timer, URL, Buffer, the DOM, chrome.*)
// is a type error under apps-script/addon/tsconfig.json, while the Apps Script services compile.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/run-cli.ts';

/** Compiles one probe file under the add-on's own settings; '' when it compiles, else tsc's errors. */
function compileAsAddon(name: string, source: string): string {
  const dir = resolve(REPO_ROOT, 'dist/fence-probes', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'probe.ts'), `${source}\nexport {};\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../../apps-script/addon/tsconfig.json', include: ['probe.ts'] }),
  );
  try {
    execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the add-on tsconfig', () => {
  it('compiles what Apps Script has', () => {
    expect(compileAsAddon('services', "SpreadsheetApp.getUi().alert('Hej'); Utilities.sleep(1);")).toBe('');
  });

  it.each([
    ['timer', 'setTimeout(() => {}, 1);', 'setTimeout'],
    ['url', "new URL('https://example.org');", 'URL'],
    ['buffer', "Buffer.from('x');", 'Buffer'],
    ['dom', 'document.title;', 'document'],
    ['chrome', 'chrome.runtime.id;', 'chrome'],
  ])('refuses %s, which Google does not have', (name, source, global) => {
    expect(compileAsAddon(name, source)).toContain(`Cannot find name '${global}'`);
  });
});
