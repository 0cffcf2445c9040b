// The connection code a board hands out and a member pastes: round trip, tolerance for pasting, and which problem a
// code that cannot be used has.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeConnectionCode,
  encodeConnectionCode,
  readConnectionCode,
} from '../../../shared/webapp/connection-code.ts';

const APPS_SCRIPT = 'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/exec';
const TOKEN = 'a'.repeat(20);
const wrap = (json: string) => `MALKOLL1:${Buffer.from(json).toString('base64url')}`;
const problemOf = (code: string) => {
  const read = readConnectionCode(code);
  return read.ok ? 'ok' : read.problem;
};

describe('connection code', () => {
  it('is MALKOLL1: and base64url of the url and token JSON', () => {
    const code = encodeConnectionCode({ url: APPS_SCRIPT, token: 'a'.repeat(64) });
    expect(code).toMatch(/^MALKOLL1:[A-Za-z0-9_-]+$/);
    const json = Buffer.from(code.slice('MALKOLL1:'.length), 'base64url').toString('utf8');
    expect(JSON.parse(json)).toEqual({ url: APPS_SCRIPT, token: 'a'.repeat(64) });
  });

  it('round-trips any deployment address and token, including non-ASCII tokens', () => {
    const deployment = fc.stringMatching(/^[\w-]{1,60}$/);
    const url = fc.oneof(
      deployment.map((id) => `https://script.google.com/macros/s/${id}/exec`),
      fc
        .tuple(fc.domain(), deployment)
        .map(([domain, id]) => `https://script.google.com/a/macros/${domain}/s/${id}/exec`),
      fc.integer({ min: 1, max: 65535 }).map((port) => `http://127.0.0.1:${port}/exec`),
    );
    fc.assert(
      fc.property(url, fc.string({ minLength: 16, maxLength: 200 }), (url, token) => {
        expect(decodeConnectionCode(encodeConnectionCode({ url, token }))).toEqual({ url, token });
      }),
      { numRuns: 60 },
    );
    expect(decodeConnectionCode(encodeConnectionCode({ url: APPS_SCRIPT, token: '😀'.repeat(16) }))).toEqual({
      url: APPS_SCRIPT,
      token: '😀'.repeat(16),
    });
  });

  it('tells a local web app from a deployed one', () => {
    const local = readConnectionCode(encodeConnectionCode({ url: 'http://127.0.0.1:8787/exec', token: TOKEN }));
    const deployed = readConnectionCode(encodeConnectionCode({ url: APPS_SCRIPT, token: TOKEN }));
    expect(local).toMatchObject({ ok: true, local: true });
    expect(deployed).toMatchObject({ ok: true, local: false });
  });

  it('tolerates whitespace and base64 padding from a copy-paste', () => {
    const code = encodeConnectionCode({ url: 'http://127.0.0.1:8787/exec', token: TOKEN });
    expect(decodeConnectionCode(`  ${code.slice(0, 25)}\n${code.slice(25)}==\n`)).toEqual({
      url: 'http://127.0.0.1:8787/exec',
      token: TOKEN,
    });
  });

  it('says what is wrong with a code it refuses', () => {
    expect(problemOf(' \n ')).toBe('empty');
    expect(problemOf('hello')).toBe('prefix');
    expect(problemOf('MALKOLL1:!!!')).toBe('damaged');
    expect(problemOf(`MALKOLL1:${Buffer.from([0xff, 0xfe, 0x80]).toString('base64url')}`)).toBe('damaged');
    expect(problemOf(wrap('not json'))).toBe('damaged');
    expect(problemOf(wrap('["url","token"]'))).toBe('damaged');
    expect(problemOf(wrap(JSON.stringify({ url: APPS_SCRIPT, token: TOKEN, x: 1 })))).toBe('damaged');
    expect(problemOf(wrap(JSON.stringify({ url: APPS_SCRIPT, token: 'short' })))).toBe('incomplete');
    expect(problemOf(wrap(JSON.stringify({ token: TOKEN })))).toBe('incomplete');
    for (const url of [
      'javascript:alert(1)',
      'https://x.se/exec',
      'http://192.168.1.5:8787/exec',
      'http://127.0.0.1:8787/exec?x=1',
      'https://script.google.com.evil.example/macros/s/x/exec',
    ]) {
      expect(readConnectionCode(wrap(JSON.stringify({ url, token: TOKEN })))).toEqual({
        ok: false,
        problem: 'url',
        url,
        message: expect.stringContaining(url),
      });
    }
    expect(decodeConnectionCode(wrap(JSON.stringify({ url: 'https://x.se/exec', token: TOKEN })))).toBeNull();
  });

  it("refuses the head deployment's /dev address, and any address but a /exec one, saying why in Swedish", () => {
    const messageFor = (url: string) => {
      const read = readConnectionCode(wrap(JSON.stringify({ url, token: TOKEN })));
      return read.ok ? 'ok' : read.problem === 'url' ? read.message : read.problem;
    };
    for (const dev of [
      'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/dev',
      'https://script.google.com/a/macros/partiet.se/s/AKfycbx-Example_Deployment123/dev',
      'https://script.google.com/macros/s/AKfycbx-Example_Deployment123/dev?x=1',
    ]) {
      expect(messageFor(dev)).toBe(
        `Koden pekar på webbappens testadress (den slutar på /dev), som bara den som får redigera skriptet kan öppna – inte ditt tillägg: ${dev}. Be styrelsen om en ny kod med webbappens driftsatta adress, den som slutar på /exec.`,
      );
      expect(() => encodeConnectionCode({ url: dev, token: TOKEN })).toThrow('testadress (den slutar på /dev)');
    }
    expect(messageFor('https://script.google.com/macros/s/AKfycbx/edit')).toBe(
      'Koden pekar på en Apps Script-adress som inte är en driftsatt webbapp (en sådan slutar på /exec): https://script.google.com/macros/s/AKfycbx/edit. Be styrelsen om en ny kod.',
    );
    expect(messageFor('https://script.google.com/macros/s/AKfycbx/exec/')).toContain('inte är en driftsatt webbapp');
    expect(messageFor('http://127.0.0.1:8787/preview')).toBe(
      'Koden pekar på den här datorn men inte på malkoll serves webbapp (http://127.0.0.1:<port>/exec): http://127.0.0.1:8787/preview.',
    );
    expect(messageFor('http://127.0.0.1:70000/exec')).toContain('inte på malkoll serves webbapp');
    expect(messageFor(`https://script.google.com/macros/s/${'x'.repeat(2100)}/exec`)).toBe(
      'Koden pekar på en adress som är för lång för att vara en webbapps adress.',
    );
    expect(messageFor('https://script.google.com/a/macros/partiet.se/s/AKfycbx/exec')).toBe('ok');
    expect(messageFor('http://127.0.0.1:1/exec')).toBe('ok');
  });

  it('makes no code a member could not use', () => {
    expect(() => encodeConnectionCode({ url: 'ftp://x', token: TOKEN })).toThrow();
    expect(() => encodeConnectionCode({ url: 'https://x.se/exec', token: TOKEN })).toThrow();
    expect(() => encodeConnectionCode({ url: APPS_SCRIPT, token: 'short' })).toThrow();
  });
});
