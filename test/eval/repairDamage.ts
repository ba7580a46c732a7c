// Damages clean French the ways real pipelines do, at random but seeded, and measures the
// repairer on it: recall (damaged sentences given back exactly) and false repairs (changes made
// to sentences that were not damaged). Used by `npm run eval` and by the unit test that holds the
// figures. Each damaged sentence carries one damage, so a miss is never hidden by another repair.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairText, type WordChecker } from '../../src/core/import/repair';
import { createRng } from '../../src/core/quiz/rng';

export type DamageKind = 'lost' | 'capital' | 'confusion' | 'mojibake';
export const DAMAGE_KINDS: DamageKind[] = ['lost', 'capital', 'confusion', 'mojibake'];

export interface Damaged {
  kind: DamageKind;
  /** What the damage did, e.g. "élection > ?lection", for the failure list. */
  what: string;
  text: string;
}

/** A seeded generator uniform in [0, 1): the quiz's mulberry32, so the same seed gives the same run. */
export function seededRng(seed: number): () => number {
  return createRng(seed).next;
}

const pick = <T>(items: readonly T[], rng: () => number): T => items[Math.floor(rng() * items.length)]!;

interface Site {
  start: number;
  end: number;
  to: string;
}

const LOSABLE = /[éèêëàâîïôûùüçœÉÈÊÀÇÔÎ]/gu;
const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/** A lost accented letter, as ? or U+FFFD, in any word of two letters or more (names, elisions). */
function lostSites(text: string, rng: () => number): Site[] {
  const sites: Site[] = [];
  for (const w of text.matchAll(WORD)) {
    if (w[0].length < 2) continue; // a lone "à" lost is " ? ", which is a question mark
    for (const a of w[0].matchAll(LOSABLE)) {
      const at = w.index! + a.index!;
      sites.push({ start: at, end: at + 1, to: rng() < 0.5 ? '?' : '\uFFFD' });
    }
  }
  return sites;
}

/** À and É at a sentence's start, and title-case É (États-Unis, École), written without accents. */
function capitalSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of text.matchAll(/(?:^|[.!?…]\s+)[«"“]?\s*(À)(?= )/gu)) {
    const at = m.index! + m[0].length - 1;
    sites.push({ start: at, end: at + 1, to: 'A' });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])([ÉÈÊ])\p{Ll}/gu)) sites.push({ start: m.index!, end: m.index! + 1, to: 'E' });
  return sites;
}

/** The contexts in which news drops the accent of tâche, dû, sûr, à, où and là. */
const CONFUSION_CONTEXTS: Array<[RegExp, string, string]> = [
  [/(?<=\b(?:la|sa|leur|leurs|ses|lourde|vaste)\s+)tâche(?=s?\b)/gu, 'tâche', 'tache'],
  [/tâche(?=s?\s+(?:du|des|de\s+la|de\s+l['’])\s)/gu, 'tâche', 'tache'],
  [/(?<=\b(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ai|avons|avez|avoir|ayant)\s+)dû(?=\s+\p{L}+(?:er|ir|re|oir)\b)/gu, 'dû', 'du'],
  [/dû(?=\s+(?:à|au|aux)\s)/gu, 'dû', 'du'],
  [/(?<=\b[Bb]ien\s+)sûr(?!\p{L})/gu, 'sûr', 'sur'],
  [/sûr(?=e?s?\s+(?:de|d['’]|que|qu['’]))/gu, 'sûr', 'sur'],
  [/(?<![\p{L}])à(?=\s+partir\s+d)/gu, 'à', 'a'],
  [/(?<=[Jj]usqu['’])à(?![\p{L}])/gu, 'à', 'a'],
  [/(?<=\b(?:[Gg]râce|[Ff]ace|[Qq]uant)\s+)à(?=\s)/gu, 'à', 'a'],
  [/(?<=\b\p{L}+(?:é|ée|és|ées|i|is|u|us)\s+)à(?=\s+\p{Lu}\p{Ll})/gu, 'à', 'a'],
  [/(?<=\b(?:[Aa]u\s+moment|le\s+jour|[Ll]à|[Dd]['’]|[Pp]ar)\s*)où(?![\p{L}])/gu, 'où', 'ou'],
  [/(?<=-)là(?![\p{L}])/gu, 'là', 'la'],
  [/(?<![\p{L}'’-])[Ll]à(?=-(?:bas|haut|dessus|dessous|dedans|dehors)\b|\s+où\b)/gu, 'là', 'la'],
];

function confusionSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const [pattern, from, to] of CONFUSION_CONTEXTS) {
    for (const m of text.matchAll(pattern)) {
      const word = m[0];
      sites.push({ start: m.index!, end: m.index! + word.length, to: word === 'Là' ? 'La' : to });
    }
  }
  return sites;
}

/** The UTF-8 bytes of the text read as Windows-1252 (Latin-1 with the 0x80-0x9F punctuation). */
export function asLatin1(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

/** One damage of a kind the sentence allows (kinds drawn evenly), or undefined for clean ASCII. */
export function damageSentence(text: string, rng: () => number): Damaged | undefined {
  const lost = lostSites(text, rng);
  const byKind: Array<[DamageKind, Site[]]> = (
    [['lost', lost], ['capital', capitalSites(text)], ['confusion', confusionSites(text)]] as Array<[DamageKind, Site[]]>
  ).filter(([, s]) => s.length > 0);
  if (/[^\x00-\x7f]/.test(text)) byKind.push(['mojibake', []]);
  if (byKind.length === 0) return undefined;
  const [kind, sites] = pick(byKind, rng);
  if (kind === 'mojibake') return { kind, what: 'UTF-8 read as Latin-1', text: asLatin1(text) };
  const site = pick(sites, rng);
  const damaged = text.slice(0, site.start) + site.to + text.slice(site.end);
  const wordAt = (s: string, at: number): string => {
    const from = s.lastIndexOf(' ', at) + 1;
    const to = s.indexOf(' ', at);
    return s.slice(from, to < 0 ? s.length : to);
  };
  return { kind, what: `${wordAt(text, site.start)} > ${wordAt(damaged, site.start)}`, text: damaged };
}

/** Every single damage the sentence allows, one variant each (for the hand-written fixtures). */
export function damageEverySite(text: string): Damaged[] {
  const out: Damaged[] = [];
  const rng = seededRng(1);
  const kinds: Array<[DamageKind, Site[]]> = [['lost', lostSites(text, rng)], ['capital', capitalSites(text)], ['confusion', confusionSites(text)]];
  for (const [kind, sites] of kinds) {
    for (const site of sites) {
      const damaged = text.slice(0, site.start) + site.to + text.slice(site.end);
      out.push({ kind, what: `${text.slice(site.start, site.end)} > ${site.to} at ${site.start}`, text: damaged });
    }
  }
  if (/[^\x00-\x7f]/.test(text)) out.push({ kind: 'mojibake', what: 'UTF-8 read as Latin-1', text: asLatin1(text) });
  return out;
}

export interface CleanSentence {
  id: string;
  text: string;
}

export interface RepairScore {
  damaged: number;
  repaired: number;
  byKind: Record<DamageKind, { damaged: number; repaired: number }>;
  clean: number;
  falseRepairs: number;
  misses: string[];
  falses: string[];
}

function emptyScore(): RepairScore {
  return {
    damaged: 0, repaired: 0, clean: 0, falseRepairs: 0, misses: [], falses: [],
    byKind: Object.fromEntries(DAMAGE_KINDS.map((k) => [k, { damaged: 0, repaired: 0 }])) as RepairScore['byKind'],
  };
}

function checkClean(score: RepairScore, sentence: string, words: WordChecker): void {
  score.clean++;
  const untouched = repairText([sentence], words).paragraphs[0];
  if (untouched !== sentence) {
    score.falseRepairs++;
    score.falses.push(`${sentence}\n    -> ${untouched}`);
  }
}

function checkDamaged(score: RepairScore, sentence: string, damage: Damaged, words: WordChecker): void {
  score.damaged++;
  score.byKind[damage.kind].damaged++;
  if (repairText([damage.text], words).paragraphs[0] === sentence) {
    score.repaired++;
    score.byKind[damage.kind].repaired++;
  } else score.misses.push(`${damage.kind}: ${damage.what} in: ${damage.text}`);
}

/**
 * Damages each sentence once (seeded), repairs it, and checks the clean sentences are left alone.
 * Sentences whose source already has the damage (`sourceDamaged`, by id: the treebank writes
 * "Etats membres", "A cela") are left out of both counts, since no answer there is right.
 */
export function scoreRepairs(sentences: CleanSentence[], words: WordChecker, seed: number, sourceDamaged = new Set<string>()): RepairScore {
  const rng = seededRng(seed);
  const score = emptyScore();
  for (const { id, text } of sentences) {
    if (sourceDamaged.has(id)) continue;
    checkClean(score, text, words);
    const damage = damageSentence(text, rng);
    if (damage) checkDamaged(score, text, damage, words);
  }
  return score;
}

/** Every damage of every sentence, one at a time (the hand-written fixtures, a few dozen sentences). */
export function scoreEveryDamage(sentences: string[], words: WordChecker): RepairScore {
  const score = emptyScore();
  for (const text of sentences) {
    checkClean(score, text, words);
    for (const damage of damageEverySite(text)) checkDamaged(score, text, damage, words);
  }
  return score;
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'repair');
/** The seed of the damage drawn over the treebank: fixed, so the figures are reproducible. */
export const DAMAGE_SEED = 11;

/** The ids of treebank sentences whose own text carries the damage (see the fixture's header). */
export function sourceDamagedIds(): Set<string> {
  const lines = readFileSync(join(FIXTURES, 'gsd-source-damage.tsv'), 'utf8').split('\n');
  return new Set(lines.filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!));
}

/** The hand-written clean news sentences, one a line. */
export function newsFixtureSentences(): string[] {
  return readFileSync(join(FIXTURES, 'news.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
}

export interface RepairFigures {
  tuning: RepairScore;
  heldOut: RepairScore;
  news: RepairScore;
}

/**
 * The repair figures on a treebank's sentences: odd-indexed sentences are the half the rules were
 * tuned on, even-indexed ones the held-out half; and every damage of the hand-written news.
 */
export function measureRepairs(sentences: CleanSentence[], words: WordChecker): RepairFigures {
  const excluded = sourceDamagedIds();
  return {
    tuning: scoreRepairs(sentences.filter((_, i) => i % 2 === 1), words, DAMAGE_SEED, excluded),
    heldOut: scoreRepairs(sentences.filter((_, i) => i % 2 === 0), words, DAMAGE_SEED, excluded),
    news: scoreEveryDamage(newsFixtureSentences(), words),
  };
}

const percent = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** The lines `npm run eval` prints. */
export function formatRepairFigures(f: RepairFigures): string[] {
  const kinds = (s: RepairScore): string => DAMAGE_KINDS.map((k) => `${k} ${s.byKind[k].repaired}/${s.byKind[k].damaged}`).join(', ');
  const clean = f.tuning.clean + f.heldOut.clean + f.news.clean;
  const falses = f.tuning.falseRepairs + f.heldOut.falseRepairs + f.news.falseRepairs;
  return [
    `repairs: recall ${percent(f.tuning.repaired, f.tuning.damaged)} (${f.tuning.repaired}/${f.tuning.damaged}) tuning half, ${percent(f.heldOut.repaired, f.heldOut.damaged)} (${f.heldOut.repaired}/${f.heldOut.damaged}) held-out half; false repairs ${falses} on ${clean} clean sentences`,
    `  tuning: ${kinds(f.tuning)}; held-out: ${kinds(f.heldOut)}`,
    `  hand-written news, every damage: ${percent(f.news.repaired, f.news.damaged)} (${f.news.repaired}/${f.news.damaged}; ${kinds(f.news)})`,
  ];
}
