// Every member may inflect (issue 11): for every scored expression entry (the files not named
// *collocations*), inflected variants in plain news frames, each run through the analyzer, which
// must find the entry spanning exactly its members. Nouns and adjectives go to the plural and the
// feminine, verbal entries are conjugated (present, imperfect, future, passé composé with avoir or
// être and its agreement, infinitive after a modal, gerund), with an adverb after the auxiliary,
// negation, the clitics y/en for a final à/de and their complement, and a possessive agreeing with
// a plural subject. Forms come from rules checked against the project's lexicon (frenchInflection.ts):
// a form the lexicon does not confirm gives no variant.
//
// An entry counts only when its base sentence (the lemma form as written, « Il faut prendre le
// contrôle . », « Ils ont évoqué la relation bilatérale lundi . ») is found: a variant's miss is then
// the variation's fault, not the entry's. Misses are reported by family, the variation made.
//
// Usage: tsx test/eval/mweInflect.ts [--misses N] [--family NAME] [--every K]
//   --misses N   list N misses of each family; --family NAME only that family; --every K every K-th entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { displayLemma } from '../../src/core/text/expressions';
import { Lexicon } from '../../src/core/text/lexicon';
import { tokenize } from '../../src/core/text/tokenizer';
import type { Analyzer, Upos } from '../../src/core/text/types';
import { conjugate, feminineAdjective, feminineNoun, plural, type Conjugation } from './frenchInflection';

const ROOT = join(__dirname, '..', '..');
export const EXPRESSIONS_DIR = join(ROOT, 'src', 'core', 'text', 'data', 'expressions');

export interface Entry {
  text: string;
  upos: Upos;
}

/** A piece of a variant: an entry member, a word the matcher may take as a part or not (a clitic standing for à/de), or a frame word. */
type Role = 'member' | 'optional' | 'frame';
type Segment = [text: string, role: Role];

export interface Variant {
  entry: string;
  family: string;
  /** plain, reflexive or clitic (the verbal entry written with se, or with en/y/le…). */
  kind: string;
  sentence: string;
  /** The members' forms as the tokenizer splits them. */
  members: string[];
  /** Forms the matcher may include in the parts or not. */
  optional: string[];
}

/** The scored entries: every row of the expression files but the collocations. */
export function scoredEntries(dir = EXPRESSIONS_DIR): Entry[] {
  const out: Entry[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv') && !n.includes('collocations')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('expression\t')) continue;
      const [text, upos] = line.split('\t');
      if (text && upos) out.push({ text: text.normalize('NFC'), upos: upos as Upos });
    }
  }
  return out;
}

const ELIDABLE = new Set(['se', 'ne', 'le', 'la', 'de', 'que', 'je', 'me', 'te']);
const VOWEL_START = /^[aeiouyéèêâîôûœh]/i;

/** The sentence and its members: segments joined by spaces, se/ne/le… elided before a vowel. */
function assemble(entry: string, family: string, kind: string, segments: Segment[]): Variant {
  const pieces: Segment[] = [];
  for (const [text, role] of segments) for (const w of text.split(' ')) if (w !== '') pieces.push([w, role]);
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [w, role] = pieces[i]!;
    if (ELIDABLE.has(w.toLowerCase()) && VOWEL_START.test(pieces[i + 1]![0])) pieces[i] = [`${w.slice(0, -1)}'`, role];
  }
  let sentence = '';
  for (const [w] of pieces) sentence += sentence === '' || sentence.endsWith("'") || w === ',' || w === '.' ? w : ` ${w}`;
  const formsOf = (role: Role): string[] => pieces.filter(([, r]) => r === role).flatMap(([w]) => tokenize(w).map((t) => t.form));
  return { entry, family, kind, sentence, members: formsOf('member'), optional: formsOf('optional') };
}

const PREPOSITIONS = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'contre', 'par', 'avec', 'sans', 'entre', 'sous', 'dans', 'vers', 'chez', 'envers', 'auprès', 'comme', 'que', "qu'"]);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du']);
const COMPLEMENT = 'la réforme';

/** The entry's words with its slots settled: (det)/(adj) left out, … filled, (qty)/(inf) as frame words after it. */
function settle(text: string): { words: Segment[]; ok: boolean } {
  const words: Segment[] = [];
  for (const w of text.split(/\s+/)) {
    if (w === '(det)' || w === '(adj)') continue;
    if (w === '…') words.push([COMPLEMENT, 'frame']);
    else if (w === '(qty)') words.push(['20 %', 'frame']);
    else if (w === '(inf)') words.push(['partir', 'frame']);
    else words.push([w, 'member']);
  }
  return { words, ok: words.some(([, r]) => r === 'member') };
}

/** A complement after an entry that ends on a preposition or que (« faire fi de la réforme »). */
function complementAfter(words: readonly Segment[]): Segment[] {
  const last = words[words.length - 1];
  if (!last || last[1] !== 'member') return [];
  const w = last[0].toLowerCase();
  if (w === 'que' || w === "qu'") return [['la réforme avance', 'frame']];
  if (w.endsWith("'")) return [['une réforme', 'frame']];
  return PREPOSITIONS.has(w) ? [[COMPLEMENT, 'frame']] : [];
}

function lowerLookup(lexicon: Lexicon, word: string): string {
  return lexicon.lookup(word).length > 0 ? word : word.toLowerCase();
}

function recase(original: string, form: string): string {
  return original[0] !== original[0]!.toLowerCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}

function hasTag(lexicon: Lexicon, word: string, tags: readonly Upos[]): boolean {
  return lexicon.lookup(lowerLookup(lexicon, word)).some((e) => tags.includes(e.upos) && e.lemma === lowerLookup(lexicon, word));
}

/** Noun and adjective entries: plural (by the kind of plural), feminine. */
function nominalVariants(entry: Entry, lexicon: Lexicon): Variant[] {
  const { words, ok } = settle(entry.text);
  if (!ok || words[0]![1] !== 'member' || ARTICLES.has(words[0]![0].toLowerCase())) return [];
  const stop = words.findIndex(([w, r]) => r !== 'member' || PREPOSITIONS.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase()) || w === 'et' || w === 'ou');
  const end = stop < 0 ? words.length : stop;
  const compl = complementAfter(words);
  const adjective = entry.upos === 'ADJ';
  const out: Variant[] = [];
  const frame = (head: string, tail: string, inflected: Segment[]): Segment[] => [[head, 'frame'], ...inflected, ...words.slice(end), ...compl, [tail, 'frame']];
  const base = adjective ? frame('Le projet est', '.', words.slice(0, end)) : frame('Ils ont évoqué le', 'lundi .', words.slice(0, end));
  out.push(assemble(entry.text, 'base', 'plain', base));

  // Plural: every noun and adjective before the first preposition.
  const kinds: string[] = [];
  const pluralWords: Segment[] = [];
  let changed = false;
  let possible = true;
  // A name (Maison Blanche, Oncle Sam, Saint-Office) has no plural.
  if (words.slice(1, end).some(([w]) => /^\p{Lu}/u.test(w)) || /^Saint/.test(words[0]![0])) possible = false;
  for (const [w] of possible ? words.slice(0, end) : []) {
    const lw = lowerLookup(lexicon, w);
    if (!hasTag(lexicon, w, ['NOUN', 'ADJ'])) {
      if (w.includes('-') && w.split('-').every((p) => plural(p, lexicon))) {
        const form = w.split('-').map((p) => plural(p, lexicon)!.form).join('-');
        pluralWords.push([recase(w, form), 'member']);
        kinds.push('hyphenated compound');
        changed = true;
        continue;
      }
      possible = false;
      break;
    }
    const p = plural(lw, lexicon);
    if (!p) { possible = false; break; }
    pluralWords.push([recase(w, p.form), 'member']);
    kinds.push(p.kind);
    if (p.form !== lw) changed = true;
  }
  if (possible && changed) {
    const kind = kinds.includes('hyphenated compound') ? 'hyphenated compound' : kinds.includes('-al/-aux') ? '-al/-aux' : kinds.includes('-x') ? '-x' : kinds.includes('invariable -s/-x/-z') ? 'invariable -s/-x/-z' : end < words.length ? 'N + preposition complement' : '-s';
    const family = `${adjective ? 'adjective' : 'noun'} plural: ${kind}`;
    out.push(assemble(entry.text, family, 'plain', adjective ? frame('Les projets sont', '.', pluralWords) : frame('Ils ont évoqué les', 'lundi .', pluralWords)));
  }

  // Feminine: an adjective entry's adjectives; a noun entry's person noun and the adjectives agreeing with it.
  const femWords: Segment[] = [];
  let femChanged = false;
  let femPossible = true;
  for (const [i, [w]] of words.slice(0, end).entries()) {
    const lw = lowerLookup(lexicon, w);
    const fem = !adjective && i === 0 ? feminineNoun(lw, lexicon) : hasTag(lexicon, w, ['ADJ']) ? feminineAdjective(lw, lexicon) : undefined;
    if (!fem) { femPossible = false; break; }
    femWords.push([recase(w, fem), 'member']);
    if (fem !== lw) femChanged = true;
  }
  if (femPossible && femChanged) {
    out.push(assemble(entry.text, `${adjective ? 'adjective' : 'noun'} feminine`, 'plain', adjective ? frame('La loi est', '.', femWords) : frame('Ils ont reçu la', 'lundi .', femWords)));
  }
  return out;
}

const REFLEXIVE = new Set(['se', "s'"]);
const OBJECT_CLITICS = new Set(['en', 'y', "l'", 'le', 'la', 'les']);
/** Verbs conjugated with être; the ambiguous ones only before a preposition or alone (« monter au créneau », not « monter la garde »). */
const ETRE_VERBS = new Set(['aller', 'venir', 'arriver', 'partir', 'rester', 'tomber', 'entrer', 'revenir', 'devenir', 'retomber', 'parvenir', 'intervenir', 'naître', 'mourir', 'repartir', 'survenir', 'décéder', 'advenir', 'redevenir', 'renaître']);
const ETRE_WHEN_INTRANSITIVE = new Set(['monter', 'descendre', 'passer', 'sortir', 'retourner', 'rentrer', 'remonter', 'ressortir', 'repasser']);
const POSSESSIVE_PLURAL: Record<string, string> = { son: 'leur', sa: 'leur', ses: 'leurs' };

function agree(participle: string, plural: boolean, feminine: boolean): string {
  let p = participle;
  if (feminine) p += 'e';
  if (plural && !/[sx]$/.test(p)) p += 's';
  return p;
}

/** Verbal entries: conjugated, with adverb, negation, clitics and possessive agreement. */
function verbalVariants(entry: Entry, lexicon: Lexicon): Variant[] {
  const { words, ok } = settle(entry.text);
  if (!ok) return [];
  let i = 0;
  const lower = (k: number): string => words[k]?.[0].toLowerCase() ?? '';
  if (lower(0) === 'il') return [];
  let fixedNe = false;
  if (lower(0) === 'ne' || lower(0) === "n'") {
    if (['pas', 'plus', 'rien', 'jamais', 'guère', 'point'].includes(lower(1))) return [];
    fixedNe = true;
    i = 1;
  }
  const reflexive = REFLEXIVE.has(lower(i));
  if (reflexive) i++;
  const clitics: string[] = [];
  while (OBJECT_CLITICS.has(lower(i)) && i + 1 < words.length) clitics.push(words[i++]![0]);
  const verb = lower(i);
  if (!/(?:er|ir|re|oir)$/.test(verb) || words[i]![1] !== 'member') return [];
  const rest = words.slice(i + 1);
  const conj: Conjugation = conjugate(verb, lexicon);
  const compl = complementAfter(words);
  const kind = reflexive ? 'reflexive' : clitics.length > 0 ? 'clitic' : 'plain';
  const firstRest = rest[0]?.[0].toLowerCase() ?? '';
  const etre = reflexive || ETRE_VERBS.has(verb) || (ETRE_WHEN_INTRANSITIVE.has(verb) && (rest.length === 0 || PREPOSITIONS.has(firstRest)));
  const pre = (): Segment[] => [...(fixedNe ? [['ne', 'member'] as Segment] : []), ...(reflexive ? [['se', 'member'] as Segment] : []), ...clitics.map((c): Segment => [c, 'member'])];
  const out: Variant[] = [];
  const add = (family: string, segments: Segment[]): void => { out.push(assemble(entry.text, family, kind, segments)); };
  const tail: Segment[] = [...rest, ...compl, ['.', 'frame']];

  add('base', [['Il faut', 'frame'], ...pre(), [verb, 'member'], ...tail]);
  const finite = (family: string, subject: string, form: string | undefined): void => {
    if (form) add(family, [[subject, 'frame'], ...pre(), [form, 'member'], ...tail]);
  };
  finite('present 3sg', 'Le ministre', conj.present3sg);
  finite('present 3pl', 'Les ministres', conj.present3pl);
  finite('imperfect 3sg', 'Le ministre', conj.imperfect3sg);
  finite('future 3sg', 'Le ministre', conj.future3sg);
  if (!fixedNe) add('infinitive after a modal', [['Les ministres veulent', 'frame'], ...pre(), [verb, 'member'], ...tail]);
  if (conj.presentParticiple && !fixedNe) add('gerund (en + present participle)', [['En', 'frame'], ...pre(), [conj.presentParticiple, 'member'], ...rest, ...compl, [', le ministre a tranché .', 'frame']]);

  const pp = conj.participle;
  if (!pp) return out;
  const aux3sg = etre ? 'est' : 'a';
  const compound = (family: string, subject: string, aux: string, participle: string, opts: { adverb?: string; negation?: string; restWords?: Segment[]; clitic?: string } = {}): void => {
    if (!lexicon.lookup(participle).some((e) => e.upos === 'VERB' && e.lemma === verb)) return;
    const negate = opts.negation !== undefined && !fixedNe;
    add(family, [
      [subject, 'frame'],
      ...(negate ? [['ne', 'frame'] as Segment] : []),
      ...pre(),
      ...(opts.clitic ? [[opts.clitic, 'optional'] as Segment] : []),
      [aux, 'frame'],
      ...(negate ? [[opts.negation!, 'frame'] as Segment] : []),
      ...(opts.adverb ? [[opts.adverb, 'frame'] as Segment] : []),
      [participle, 'member'],
      ...(opts.restWords ?? tail),
    ]);
  };
  compound(`passé composé (${etre ? 'être' : 'avoir'})`, 'Le ministre', aux3sg, pp);
  if (etre) {
    compound('passé composé (être), plural agreement', 'Les ministres', 'sont', agree(pp, true, false));
    compound('passé composé (être), feminine agreement', 'La ministre', 'est', agree(pp, false, true));
  }
  compound('adverb after the auxiliary', 'Le ministre', aux3sg, pp, { adverb: 'ensuite' });
  if (!fixedNe) {
    compound('negation ne … pas (passé composé)', 'Le ministre', aux3sg, pp, { negation: 'pas' });
    if (conj.present3sg) add('negation ne … plus (present)', [['Le ministre ne', 'frame'], ...pre(), [conj.present3sg, 'member'], ['plus', 'frame'], ...tail]);
  }
  // A final à or de given as the clitic y or en (« s'y est rendu », « en a fait le tour »).
  const last = rest[rest.length - 1]?.[0].toLowerCase();
  if (clitics.length === 0 && !fixedNe && rest.length > 0 && (last === 'à' || last === 'de')) {
    const family = last === 'à' ? 'clitic y for à + complement' : 'clitic en for de + complement';
    compound(family, 'Le ministre', aux3sg, pp, { clitic: last === 'à' ? 'y' : 'en', restWords: [...rest.slice(0, -1), ['.', 'frame']] });
  }
  // A possessive agreeing with a plural subject (« ont fait de leur mieux »).
  if (rest.some(([w]) => POSSESSIVE_PLURAL[w.toLowerCase()])) {
    const agreed = rest.map(([w, r]): Segment => [POSSESSIVE_PLURAL[w.toLowerCase()] ?? w, r]);
    compound('possessive agreeing with a plural subject', 'Les ministres', etre ? 'sont' : 'ont', etre ? agree(pp, true, false) : pp, { restWords: [...agreed, ...compl, ['.', 'frame']] });
  }
  return out;
}

/** The variants of one entry, its base sentence first (none for an entry of a class not varied: adverbs, prepositions…). */
export function entryVariants(entry: Entry, lexicon: Lexicon): Variant[] {
  if (entry.upos === 'VERB') return verbalVariants(entry, lexicon);
  if (entry.upos === 'NOUN' || entry.upos === 'ADJ') return nominalVariants(entry, lexicon);
  return [];
}

export type Outcome = 'exact' | 'partial' | 'other' | 'missed';

/** Whether the analyzer finds the variant's entry over exactly its members (optional words aside). */
export function checkVariant(analyzer: Analyzer, v: Variant): { outcome: Outcome; found: string[] } {
  const analysis = analyzer.analyze(v.sentence);
  const lemma = displayLemma(v.entry);
  const found = analysis.expressions.map((e) => `${e.lemma} = ${e.parts.map((p) => analysis.tokens[p]!.form).join(' ')}`);
  const optional = new Set(v.optional.map((o) => o.toLowerCase()));
  const want = v.members.join(' ').toLowerCase();
  let partial = false;
  for (const e of analysis.expressions) {
    if (e.lemma !== lemma) continue;
    // A clitic the matcher took as a part is left out; a member of the same form (en faveur) is not.
    const forms = e.parts.map((p) => analysis.tokens[p]!.form.toLowerCase());
    const parts = forms.length > v.members.length ? forms.filter((f, k) => !(optional.has(f) && k === forms.indexOf(f))) : forms;
    if (parts.join(' ') === want) return { outcome: 'exact', found };
    partial = true;
  }
  if (partial) return { outcome: 'partial', found };
  // Another entry over all the members (a plural entry of its own, dommages collatéraux; a longer one).
  const other = analysis.expressions.some((e) => {
    const forms = new Set(e.parts.map((p) => analysis.tokens[p]!.form.toLowerCase()));
    return v.members.every((m) => forms.has(m.toLowerCase()));
  });
  return { outcome: other ? 'other' : 'missed', found };
}

interface Tally { tried: number; exact: number; partial: number; other: number; missed: number; samples: string[] }

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => { const k = args.indexOf(name); return k >= 0 ? args[k + 1] : undefined; };
  const showMisses = Number(opt('--misses') ?? 0);
  const onlyFamily = opt('--family');
  const every = Number(opt('--every') ?? 1);
  const dataDir = join(ROOT, 'dist', 'data');
  const lexicon = new Lexicon(dataDir);
  const analyzer = createAnalyzer({ dataDir, lexicon });
  const byFamily = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  let entries = 0;
  let baseMissed = 0;
  let varied = 0;
  const t0 = performance.now();
  const all = scoredEntries();
  for (const [n, entry] of all.entries()) {
    if (n % every !== 0) continue;
    const variants = entryVariants(entry, lexicon);
    if (variants.length === 0) continue;
    entries++;
    if (checkVariant(analyzer, variants[0]!).outcome !== 'exact') { baseMissed++; continue; }
    if (variants.length > 1) varied++;
    for (const v of variants.slice(1)) {
      if (onlyFamily && v.family !== onlyFamily) continue;
      const { outcome, found } = checkVariant(analyzer, v);
      for (const [map, key] of [[byFamily, v.family], [byKind, `${v.kind}`]] as const) {
        const t = map.get(key) ?? { tried: 0, exact: 0, partial: 0, other: 0, missed: 0, samples: [] };
        t.tried++;
        t[outcome]++;
        if (outcome !== 'exact' && t.samples.length < showMisses && map === byFamily) t.samples.push(`  [${outcome}] ${v.entry} | ${v.sentence} -> ${JSON.stringify(found)}`);
        map.set(key, t);
      }
    }
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`scored entries varied: ${entries} (base sentence not found: ${baseMissed}; with variants: ${varied}); ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const table = (title: string, map: Map<string, Tally>): void => {
    console.log(`\n${title}\tvariants\tmissed (not exact)\tpartial\ttaken by another entry`);
    let sum: Tally = { tried: 0, exact: 0, partial: 0, other: 0, missed: 0, samples: [] };
    for (const [key, t] of [...map].sort((a, b) => (b[1].tried - b[1].exact) / b[1].tried - (a[1].tried - a[1].exact) / a[1].tried)) {
      console.log(`${key}\t${t.tried}\t${pct(t.tried - t.exact, t.tried)}\t${t.partial}\t${t.other}`);
      for (const s of t.samples) console.log(s);
      sum = { ...sum, tried: sum.tried + t.tried, exact: sum.exact + t.exact, partial: sum.partial + t.partial, other: sum.other + t.other };
    }
    console.log(`all\t${sum.tried}\t${pct(sum.tried - sum.exact, sum.tried)}\t${sum.partial}\t${sum.other}`);
  };
  table('family', byFamily);
  table('entry kind', byKind);
}

if (require.main === module) main();
