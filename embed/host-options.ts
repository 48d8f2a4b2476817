// Host-side rules embed.js adds to the shared protocol: how tall the host lets a frame become.
import { MAX_HEIGHT } from '../src/features/embed/protocol';

/** The frame's height cap when the host sets none: about 1.6 times the tallest page at 320 px, largest text. */
export const DEFAULT_MAX_HEIGHT = 20_000;

/** data-max-height: CSS pixels from 100 up to the protocol's limit; anything else is the default. */
export function readMaxHeight(value: string | null): number {
  // Number() makes "", "800px" and "none" NaN (or 0), which fail both comparisons.
  const height = Number(value);
  return height >= 100 && height <= MAX_HEIGHT ? height : DEFAULT_MAX_HEIGHT;
}
