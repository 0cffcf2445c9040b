// ContentService: the text outputs a web app returns.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

describe('ContentService', () => {
  it('creates JSON text output', () => {
    const rt = createRuntime();
    const out = rt.ContentService.createTextOutput('{"ok":true}').setMimeType(rt.ContentService.MimeType.JSON);
    expect([out.getContent(), out.getMimeType()]).toEqual(['{"ok":true}', 'JSON']);
    expect(rt.ContentService.createTextOutput().getMimeType()).toBe('TEXT');
  });
});
