// Which host origins the frame talks to: the build-time allowlist (VITE_EMBED_ALLOWED_ORIGINS).
import { describe, expect, test } from 'vitest';
import { hostAllowed } from '@/features/embed/hosts';
import { originAllowed, parseAllowlist } from '@/features/embed/protocol';

describe('the host origin allowlist', () => {
  test('originAllowed with an empty list matches any web origin (the frame uses it only for "*")', () => {
    const list = parseAllowlist(undefined);
    expect(list).toEqual([]);
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080', list)).toBe(true);
  });

  test('an opaque or non-web origin is never answered, allowlist or not', () => {
    for (const origin of ['null', '', 'file://', 'chrome-extension://abc', 'https://a.example/path']) {
      expect(originAllowed(origin, [])).toBe(false);
    }
  });

  test('listed origins are answered, others are not', () => {
    const list = parseAllowlist(' https://help.example.com/ , https://Support.Example.jp ');
    expect(list).toEqual(['https://help.example.com', 'https://support.example.jp']);
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('https://support.example.jp', list)).toBe(true);
    expect(originAllowed('http://help.example.com', list)).toBe(false);
    expect(originAllowed('https://help.example.com:8443', list)).toBe(false);
    expect(originAllowed('https://help.example.com.evil.test', list)).toBe(false);
    expect(originAllowed('https://evil.test', list)).toBe(false);
  });

  test('a wildcard entry covers subdomains but not the bare domain or look-alikes', () => {
    const list = parseAllowlist('https://*.example.com');
    expect(originAllowed('https://help.example.com', list)).toBe(true);
    expect(originAllowed('https://a.b.example.com', list)).toBe(true);
    expect(originAllowed('https://example.com', list)).toBe(false);
    expect(originAllowed('https://evilexample.com', list)).toBe(false);
    expect(originAllowed('http://help.example.com', list)).toBe(false);
    expect(originAllowed('https://help.example.com:444', list)).toBe(false);
  });

  test('a mistyped allowlist locks embedding down instead of opening it to everyone', () => {
    const list = parseAllowlist('help.example.com');
    expect(list).not.toEqual([]);
    expect(originAllowed('https://help.example.com', list)).toBe(false);
    expect(originAllowed('https://evil.test', list)).toBe(false);
  });

  test('a build with no allowlist answers only its own origin', () => {
    const none = parseAllowlist(undefined);
    const own = 'https://mail-help.example.com';
    expect(hostAllowed(own, none, own)).toBe(true);
    expect(hostAllowed('https://help.example.com', none, own)).toBe(false);
    expect(hostAllowed('https://evil.test', none, own)).toBe(false);
    expect(hostAllowed('http://localhost:8080', none, own)).toBe(false);
    expect(hostAllowed('https://help.example.com', parseAllowlist('  '), own)).toBe(false);
  });

  test('a copy served from this machine with no allowlist also answers pages on this machine, nothing else', () => {
    const none = parseAllowlist('');
    for (const own of ['http://localhost:4173', 'http://127.0.0.1:4173', 'http://[::1]:4173']) {
      expect(hostAllowed('http://127.0.0.1:4174', none, own)).toBe(true);
      expect(hostAllowed('http://localhost:5000', none, own)).toBe(true);
      expect(hostAllowed('https://evil.test', none, own)).toBe(false);
      expect(hostAllowed('http://localhost.evil.test', none, own)).toBe(false);
      expect(hostAllowed('http://127.0.0.1.evil.test:80', none, own)).toBe(false);
    }
  });

  test('"*" written out answers every web origin, but never an opaque one', () => {
    const all = parseAllowlist('*');
    const own = 'https://mail-help.example.com';
    expect(hostAllowed('https://help.example.com', all, own)).toBe(true);
    expect(hostAllowed('http://evil.test:8080', all, own)).toBe(true);
    expect(hostAllowed('null', all, own)).toBe(false);
    expect(hostAllowed('null', parseAllowlist(undefined), 'null')).toBe(false);
  });

  test('with a list, its origins and the app itself are answered, and nobody else', () => {
    const list = parseAllowlist('https://support.example.jp');
    const own = 'https://mail-help.example.com';
    expect(hostAllowed('https://support.example.jp', list, own)).toBe(true);
    expect(hostAllowed(own, list, own)).toBe(true);
    expect(hostAllowed('https://evil.test', list, own)).toBe(false);
    expect(hostAllowed('http://127.0.0.1:4174', list, 'http://localhost:4173')).toBe(false);
  });
});
