// The manifest a host hands the runtime: read as Apps Script reads appsscript.json, refused when malformed.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../apps-script/local/manifest.ts';
import { builtManifest } from '../../support/built-bundle.ts';

describe('the manifest', () => {
  it('reads the one the build writes, keeping fields the runtime does not use', () => {
    const manifest = readManifest(builtManifest());
    expect(manifest.oauthScopes).toHaveLength(3);
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    expect(manifest.timeZone).toBe('Europe/Stockholm');
  });

  it('refuses scopes that are not a list and a web app block with an unknown access', () => {
    expect(() => readManifest({ oauthScopes: 'https://www.googleapis.com/auth/documents' })).toThrow(
      'appsscript.json kan inte läsas',
    );
    expect(() => readManifest({ webapp: { executeAs: 'USER_DEPLOYING', access: 'EVERYONE' } })).toThrow(
      'appsscript.json kan inte läsas',
    );
  });
});
