// Mirroring the wizard's position into the host page's URL, and reading it back after a reload or share.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  frameUrl,
  MAX_PATH,
  readMirror,
  readMirrorKey,
  readMirrorMode,
  writeMirror,
} from '@/features/embed/protocol';

describe("the wizard's position in the host page's URL", () => {
  test('a written position reads back as the same page', () => {
    const path = '/ja/encryption-mismatch/provider/';
    const query = writeMirror('', 'mt', path);
    expect(query).toBe('mt=ja/encryption-mismatch/provider');
    expect(readMirror(`?${query}`, 'mt')).toBe(path);
    expect(readMirror(`#${query}`, 'mt')).toBe(path);
  });

  test("the host's own parameters are kept exactly as they were", () => {
    const query = writeMirror('?q=%E3%83%A1%E3%83%BC%E3%83%AB&flag&mt=ja/old&page=2', 'mt', '/en/g/n/');
    expect(query).toBe('q=%E3%83%A1%E3%83%BC%E3%83%AB&flag&page=2&mt=en/g/n');
  });

  test('going back to the starting page removes the parameter', () => {
    expect(writeMirror('?a=1&mt=ja/g/n', 'mt', undefined)).toBe('a=1');
    expect(writeMirror('?mt=ja/g/n', 'mt', undefined)).toBe('');
  });

  test('each embed can have its own key', () => {
    const both = writeMirror(writeMirror('', 'one', '/ja/g/a/'), 'two', '/en/h/b/');
    expect(readMirror(both, 'one')).toBe('/ja/g/a/');
    expect(readMirror(both, 'two')).toBe('/en/h/b/');
    expect(readMirrorKey('help-2')).toBe('help-2');
    expect(readMirrorKey('a b')).toBe('mt');
    expect(readMirrorKey(null)).toBe('mt');
  });

  test.each([
    '?mt=//evil.test/x',
    '?mt=https://evil.test/',
    '?mt=ja/../../admin',
    '?mt=fr/g/n',
    '?mt=ja/g/n/extra',
    '?mt=ja/g/n?client=outlook',
    '?mt=%E0%A4%A',
    '?mt=JA/G',
    '?other=ja/g/n',
  ])('a tampered or foreign value (%s) is ignored', (search) => {
    expect(readMirror(search, 'mt')).toBeUndefined();
  });

  test('a mirrored position longer than any app path is ignored, read or written', () => {
    const long = `ja/${'a'.repeat(2000)}`;
    expect(readMirror(`?mt=${long}`, 'mt')).toBeUndefined();
    expect(readMirror(`#a=1&mt=${long}`, 'mt')).toBeUndefined();
    expect(writeMirror('?a=1', 'mt', `/${long}/`)).toBe('a=1');
    // The longest value that fits still round-trips.
    const longest = `ja/${'a'.repeat(MAX_PATH - 3)}`;
    expect(readMirror(`?${writeMirror('', 'mt', `/${longest}/`)}`, 'mt')).toBe(`/${longest}/`);
  });

  test('whatever a shared link carries, the restored frame stays on the app and in embed mode', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const path = readMirror(`?mt=${value}`, 'mt') ?? '/ja/';
        const url = new URL(frameUrl('https://app.example/help/', path));
        expect(url.origin).toBe('https://app.example');
        expect(url.pathname.startsWith('/help/')).toBe(true);
        expect(url.search).toBe('?embed=1');
      }),
    );
  });

  test('only hash and query are mirroring modes', () => {
    expect(readMirrorMode('hash')).toBe('hash');
    expect(readMirrorMode('query')).toBe('query');
    expect(readMirrorMode('path')).toBeUndefined();
    expect(readMirrorMode(null)).toBeUndefined();
  });
});
