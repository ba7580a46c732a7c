// Shared by the progress tests: a fixed clock, a seeded random source, temporary directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Scheduler } from '../../src/core/srs';
import { emptyDocument, type ProgressDocument, type SignalContext } from '../../src/core/progress';
import { createRng } from '../../src/core/quiz/rng';

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

/** A seeded generator uniform in [0, 1): the quiz's mulberry32, so the same seed gives the same run. */
export function seededRng(seed: number): () => number {
  return createRng(seed).next;
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
