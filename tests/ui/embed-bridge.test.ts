// The frame's side of the handshake (bridge.ts) in a DOM: how often it answers the host page's hello.
import { afterEach, beforeEach, describe, expect, type MockInstance, test, vi } from 'vitest';
import { startEmbedBridge } from '@/features/embed/bridge';
import { envelope } from '@/features/embed/protocol';

const HOST = 'https://help.example.com';

let now = 0;
let stop: () => void;
let posted: MockInstance<(message: unknown, targetOrigin: string) => void>;

beforeEach(() => {
  // jsdom has no ResizeObserver; the bridge only needs one to exist.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  // A top-level jsdom window is its own parent: what the bridge posts to its embedder lands here.
  posted = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
  // A build that lists the host (with no list the frame answers only its own origin).
  vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', HOST);
  stop = startEmbedBridge();
});

afterEach(() => {
  stop();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function hello(at: number) {
  now = at;
  window.dispatchEvent(
    new MessageEvent('message', { data: envelope({ type: 'hello' }), origin: HOST, source: window }),
  );
}

const readies = () =>
  posted.mock.calls.filter(([message]) => (message as { type?: string }).type === 'ready');

describe('answering the host page', () => {
  test('a hello is answered with ready, sent to the host origin only', () => {
    hello(1000);
    expect(readies()).toEqual([[expect.objectContaining({ type: 'ready' }), HOST]]);
  });

  test('a flood of hellos is answered a few times a second, not once per hello', () => {
    for (let t = 0; t < 1000; t += 5) hello(t);
    expect(readies().length).toBeGreaterThanOrEqual(1);
    expect(readies().length).toBeLessThanOrEqual(4);
  });

  test("the host's retry 100 ms later is not answered twice; a hello a second later is", () => {
    hello(1000);
    hello(1100);
    expect(readies()).toHaveLength(1);
    hello(2000);
    expect(readies()).toHaveLength(2);
  });
});
