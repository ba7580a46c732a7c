// The fuzz campaign's size and seed. In CI every property runs a small fixed number of times with
// a fixed seed, so the stage is repeatable and fast; by hand, DEPECHE_FUZZ_RUNS=N runs each
// property N times (and DEPECHE_FUZZ_SEED picks another seed), e.g.
//   DEPECHE_FUZZ_RUNS=2000 DEPECHE_FUZZ_SEED=$RANDOM npx mocha --config test/.mocharc.fuzz.json
import type { Parameters } from 'fast-check';

const RUNS = Number(process.env.DEPECHE_FUZZ_RUNS) || undefined;
const SEED = Number(process.env.DEPECHE_FUZZ_SEED) || 20261205;

/** fast-check parameters: `ciRuns` runs in CI, DEPECHE_FUZZ_RUNS by hand; the seed is fixed unless given. */
export function campaign(ciRuns: number): Parameters<unknown> {
  return { numRuns: RUNS ?? ciRuns, seed: SEED };
}

/** Mocha's timeout for a property: bounded in CI, none for a campaign by hand. */
export const FUZZ_TIMEOUT = RUNS === undefined ? 120000 : 0;
