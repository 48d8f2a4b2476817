// What the frame's bridge keeps from its host: other sites without an allowlist, and a check's verdict.
import { afterEach, beforeEach, describe, expect, type MockInstance, test, vi } from 'vitest';
import { startEmbedBridge } from '@/features/embed/bridge';
import { envelope } from '@/features/embed/protocol';
import { emitPageEvent } from '@/lib/page-events';

const HOST = 'https://help.example.com';

let height = 500;
let observed: () => void = () => {};
let stop: (() => void) | undefined;
let posted: MockInstance<(message: unknown, targetOrigin: string) => void>;

beforeEach(() => {
  // jsdom has no ResizeObserver and no layout: the test plays both.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(
    () => ({ height }) as DOMRect,
  );
  vi.spyOn(performance, 'now').mockImplementation(() => 10_000);
  // A top-level jsdom window is its own parent: what the bridge posts to its embedder lands here.
  posted = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function hello(origin: string) {
  window.dispatchEvent(
    new MessageEvent('message', { data: envelope({ type: 'hello' }), origin, source: window }),
  );
}

const sent = (type: string) =>
  posted.mock.calls.filter(([message]) => (message as { type?: string }).type === type);

/** The page shown changes its height: layout happens, the observer reports. */
function grow(to: number) {
  height = to;
  observed();
}

describe('the embed bridge', () => {
  test('built with no allowlist, it answers a page of its own origin and no other site', () => {
    vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', '');
    stop = startEmbedBridge();
    hello(HOST);
    expect(posted).not.toHaveBeenCalled();
    hello(window.location.origin);
    expect(sent('ready')).toEqual([[expect.objectContaining({ type: 'ready' }), window.location.origin]]);
  });

  test('on a check page, no height is posted from the first input until the page changes', () => {
    vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', HOST);
    emitPageEvent({ kind: 'check', guide: 'g', node: 'check-a', path: '/en/g/check-a/', title: 'Check' });
    stop = startEmbedBridge();
    hello(HOST);
    expect(sent('resize')).toHaveLength(1);
    // Before anything is typed the page's height says nothing about the person: it may follow the page.
    grow(520);
    expect(sent('resize')).toHaveLength(2);

    document.dispatchEvent(new Event('input', { bubbles: true }));
    expect(document.documentElement.hasAttribute('data-embed-scroll')).toBe(true);
    grow(900);
    document.dispatchEvent(new Event('submit', { bubbles: true }));
    grow(1100);
    // However often the host asks.
    vi.spyOn(performance, 'now').mockImplementation(() => 20_000);
    hello(HOST);
    expect(sent('resize')).toHaveLength(2);

    emitPageEvent({ kind: 'fix', guide: 'g', node: 'fix-b', path: '/en/g/fix-b/', title: 'Fix' });
    expect(sent('resize')).toHaveLength(3);
    expect(document.documentElement.hasAttribute('data-embed-scroll')).toBe(false);
  });

  test('input on other pages does not hold the height back', () => {
    vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', HOST);
    emitPageEvent({ kind: 'home', path: '/en/', title: 'Home' });
    stop = startEmbedBridge();
    hello(HOST);
    document.dispatchEvent(new Event('input', { bubbles: true }));
    grow(777);
    expect(sent('resize').at(-1)).toEqual([expect.objectContaining({ height: 777 }), HOST]);
  });
});
