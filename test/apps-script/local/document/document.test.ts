// Document: saveAndClose and the end of an execution close the handle and save the Docs to the runtime's file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuntime, loadBundle } from '../../../../apps-script/local/index.ts';

const documentsFile = () => join(mkdtempSync(join(tmpdir(), 'malkoll-docs-')), 'documents.json');

describe('Document', () => {
  it('refuses changes after saveAndClose, which saves the Doc to the file the next runtime reads', () => {
    const file = documentsFile();
    const rt = createRuntime({ documentsFile: file });
    const doc = rt.DocumentApp.create('Berättelse');
    const body = doc.getBody();
    const heading = body.appendParagraph('Rubrik');
    doc.saveAndClose();
    expect(() => body.appendParagraph('Mer')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => heading.setHeading('HEADING1')).toThrow('Document is closed');
    expect(() => doc.setName('Nytt')).toThrow('Document is closed');
    expect(body.getText()).toBe('\nRubrik');

    const next = createRuntime({ documentsFile: file });
    const again = next.DocumentApp.openById(doc.getId());
    expect(again.getBody().getText()).toBe('\nRubrik');
    again.getBody().appendParagraph('Redigerad');
    expect(again.getBody().getNumChildren()).toBe(3);
  });

  it('closes and saves the Docs a script execution opened when the execution ends', () => {
    const file = documentsFile();
    const rt = createRuntime({ documentsFile: file });
    const handle = loadBundle(
      rt,
      `var kept;
function write() { kept = DocumentApp.create('Ur skriptet'); kept.getBody().appendParagraph('Hej'); return kept.getUrl(); }
function later() { kept.getBody().appendParagraph('För sent'); }`,
    );
    const url = handle.call('write') as string;
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.documents.map((doc: { url: string }) => doc.url)).toEqual([url]);
    expect(() => handle.call('later')).toThrow('Document is closed, its contents cannot be updated.');
  });

  it('says which file is wrong when the saved Docs cannot be read', () => {
    const file = documentsFile();
    writeFileSync(file, '{"format":"malkoll-local-documents","version":1,"documents":[{"id":""}]}');
    expect(() => createRuntime({ documentsFile: file })).toThrow(`Dokumentfilen ${file} har fel innehåll`);
    writeFileSync(file, '{');
    expect(() => createRuntime({ documentsFile: file })).toThrow(`Dokumentfilen ${file} är skadad`);
  });
});
