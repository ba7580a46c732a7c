// Shared by the progress tests: a fixed clock, a seeded random source, temporary directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Scheduler } from '../../src/core/srs';
import { emptyDocument, type ProgressDocument, type SignalContext } from '../../src/core/progress';

/** A clock that only moves when told to. */
export class FixedClock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.ms);
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
  advanceDays(days: number): void {
    this.ms += days * 86_400_000;
  }
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'depeche-progress-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty document, a fixed clock at 2026-03-02 09:00 UTC, and signal contexts on that clock. */
export function signalSetup(seed: number): { doc: ProgressDocument; clock: FixedClock; ctx: () => SignalContext } {
  const clock = new FixedClock('2026-03-02T09:00:00.000Z');
  const rng = seededRng(seed);
  const scheduler = new Scheduler({ enableFuzz: false });
  return { doc: emptyDocument(), clock, ctx: () => ({ now: clock.now(), rng, scheduler }) };
}
