// The built Apps Script bundle: plain script without Node or browser globals, one top-level function per entry point,
// the manifest, and the files clasp would push.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Node } from 'estree';
import { parseAst } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_DIR, bundleCode, ROOT } from '../../support/built-bundle.ts';

const FORBIDDEN = new Set(['require', 'module', 'process', 'window', 'document', 'fetch']);

/** Identifier names used anywhere except as a plain property name (`a.process`, `{ process: 1 }`). */
function identifiers(program: Node): { names: Set<string>; dynamicImports: number } {
  const names = new Set<string>();
  let dynamicImports = 0;
  const visit = (node: unknown, propertyName: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, false);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as { type?: unknown }).type !== 'string') return;
    const current = node as Node & Record<string, unknown>;
    if (current.type === 'ImportExpression') dynamicImports += 1;
    if (current.type === 'Identifier' && !propertyName) names.add(current.name);
    for (const [key, child] of Object.entries(current)) {
      const isName =
        (current.type === 'MemberExpression' && key === 'property' && !current.computed) ||
        ((current.type === 'Property' ||
          current.type === 'MethodDefinition' ||
          current.type === 'PropertyDefinition') &&
          key === 'key' &&
          !current.computed);
      visit(child, isName);
    }
  };
  visit(program, false);
  return { names, dynamicImports };
}

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'onEdit',
  'menuImportPlan',
  'previewPlanImport',
  'importPlan',
  'menuUpdateResults',
  'updateResults',
  'menuYearReport',
  'yearReport',
  'menuQuarterReport',
  'quarterReport',
  'menuBranchReport',
  'branchReport',
  'menuReviewRegister',
  'reviewRegister',
  'menuArchiveYear',
  'archiveYear',
];

describe('the Apps Script bundle', () => {
  let code = '';
  beforeAll(() => {
    code = bundleCode();
  });

  it('uses no Node, browser or module-loader globals and no dynamic import', () => {
    const { names, dynamicImports } = identifiers(parseAst(code) as unknown as Node);
    expect([...names].filter((name) => FORBIDDEN.has(name))).toEqual([]);
    expect(dynamicImports).toBe(0);
  });

  it('calls no built-in newer than ES2021, since Google does not document which V8 Apps Script runs', () => {
    const newer = /\.(?:at|findLast|findLastIndex|toSorted|toReversed|toSpliced)\(|Object\.hasOwn\(|structuredClone\(/g;
    expect(code.match(newer) ?? []).toEqual([]);
  });

  it('declares a top-level function for every export of main.ts and nothing else', () => {
    const program = parseAst(code) as unknown as { body: Node[] };
    const functions = program.body.flatMap((node) =>
      node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [],
    );
    // Loading the script touches no service: Apps Script evaluates it before any call.
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    const library = context.MalkollLib as Record<string, unknown>;
    expect(functions.sort()).toEqual(Object.keys(library).sort());
    expect(functions).toEqual(expect.arrayContaining(ENTRY_POINTS));
  });

  it('ships a V8 manifest for Stockholm with narrow scopes and the web app settings', () => {
    const manifest = JSON.parse(readFileSync(resolve(BUNDLE_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({
      timeZone: 'Europe/Stockholm',
      runtimeVersion: 'V8',
      webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
    });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
    ]);
  });

  it('fills the dialog with its Swedish texts', () => {
    const html = readFileSync(resolve(BUNDLE_DIR, 'import-dialog.html'), 'utf8');
    expect(html).toContain('Klistra in verksamhetsplanens text');
    expect(html).toContain('Skapa eller uppdatera bladen');
    expect(html).not.toMatch(/\{\{/);
    const sidebar = readFileSync(resolve(BUNDLE_DIR, 'overview-sidebar.html'), 'utf8');
    expect(sidebar).toContain('Framsteg per delmål');
    expect(sidebar).not.toMatch(/\{\{/);
  });

  it('is what clasp pushes from the rootDir of .clasp.json.example', () => {
    const project = mkdtempSync(join(tmpdir(), 'malkoll-clasp-'));
    cpSync(BUNDLE_DIR, join(project, 'dist/apps-script'), { recursive: true });
    const example = JSON.parse(readFileSync(resolve(ROOT, '.clasp.json.example'), 'utf8'));
    writeFileSync(join(project, '.clasp.json'), JSON.stringify({ ...example, scriptId: 'test-script-id' }));
    const output = execFileSync(resolve(ROOT, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: project,
      encoding: 'utf8',
    });
    const status = JSON.parse(output) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual([
      'dist/apps-script/Code.js',
      'dist/apps-script/appsscript.json',
      'dist/apps-script/import-dialog.html',
      'dist/apps-script/overview-sidebar.html',
    ]);
  });
});
