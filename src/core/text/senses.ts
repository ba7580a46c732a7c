// The sense a word has in its sentence, chosen from cues a reader can see: the preposition or
// conjunction it governs (assurer que = to assert), a negation before it (ne … plus = no longer),
// a number after it (près de trois heures = nearly), a reflexive pronoun (se présenter à = to stand
// for). The rules are authored data (src/core/text/data/senses/*.tsv, built into dist/data/senses.tsv):
//
//   lemma  upos  sense  cue  note
//
// A cue is a pattern of space-separated items around `_`, the word itself:
//   word         a token with that lemma or that (lower-case) spelling: de, que, à (au and aux are à)
//   a|b          either item
//   NUM, VERB…   a token with that part of speech (upper case)
//   QTY          a quantity starts there: a number or a counting noun, perhaps after environ, plus de,
//                des… (s'élever à QTY = to amount to); best as the cue's last item
//   THING        a noun that names no person and is no person's complement (« une crise qui »: which;
//                « un ministre qui », « le ministre de la Défense, qui »: who)
//   PERSON       a noun or name of a person (« une jeune femme enlevée »: kidnapped)
//   PLACE        the name of a country, a region or an organisation, not a complement (« L'Égypte, qui »)
//   IMPERFECT    a verb in the imperfect (« le port tournait toujours »: still)
//   se           a reflexive clitic: se, s', me, te, and nous or vous after the same subject (nous nous)
//   _=form       the word itself, only in that spelling (or those: _=doit|doivent): _=quitte à VERB;
//                a spelling with a capital matches only so written (_=Sages: the Constitutional Council)
//   _>THING      the word, a subject il or elle, stands for a noun that names no person (antecedent.ts):
//                « La commission a publié son rapport. Elle estime… » (it)
//   _@QUOTE      the word stands inside a quotation « … » (« On a tout perdu »: we)
//   …            up to four tokens that are not punctuation
// Quote marks between the items are passed over (à des « fins », like à des fins), and an opening
// one inside a gap after the word (a salué « le courage »).
// The rule whose cue has the most items wins; on a tie, the earlier row. The chosen sense comes
// first in the token's senses, then the other senses of its gloss.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesThingAt, placeName, standsForThing } from './antecedent';
import { isExpletiveNe } from './expletiveNe';
import { surelyPerson } from './expressionContext';
import { intern } from './intern';
import { quantityAt } from './quantity';
import { isKeyAlready, QUOTE_MARKS } from './tagger';
import type { AnalyzedToken } from './types';

export interface SenseRule {
  lemma: string;
  /** The part of speech the rule applies to, or '*' for any. */
  upos: string;
  sense: string;
  cue: string;
  /** Items before `_` (nearest first), the word's own spelling constraint, and items after it. */
  before: CueItem[];
  after: CueItem[];
  /** The spellings the word must have, when the cue names them (_=doit|doivent): lower case, or capitalised to match only so (_=Sages). */
  forms?: ReadonlySet<string>;
  /** The word must stand for a noun that names no person (_>THING). */
  standsForThing?: boolean;
  /** The word must stand inside a quotation (_@QUOTE). */
  quoted?: boolean;
  /** How specific the cue is: the number of items that must match. */
  weight: number;
  /** The chosen sense's comma-separated parts, remarks left out: "old, ancient (after the noun)" -> old, ancient. */
  parts: string[];
}

type CueItem = { gap: true } | { gap: false; lemmas: Set<string>; tags: Set<string>; reflexive: boolean; quantity: boolean; thing: boolean; person: boolean; place: boolean; imperfect: boolean };

/** A sense file is wrong: names the file and line. */
export class SenseRuleError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}, line ${line}: ${reason}`);
    this.name = 'SenseRuleError';
  }
}

const GAP_MAX = 4;
/** Spellings of a reflexive clitic (nous and vous are left out: they are subjects as often). */
const REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'te', "t'"]);
const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

function parseItem(text: string): CueItem {
  if (text === '…' || text === '...') return { gap: true };
  const lemmas = new Set<string>();
  const tags = new Set<string>();
  let reflexive = false;
  let quantity = false;
  let thing = false;
  let person = false;
  let place = false;
  let imperfect = false;
  for (const alt of text.split('|')) {
    if (UPOS.has(alt)) tags.add(alt);
    else if (alt === 'se') reflexive = true;
    else if (alt === 'QTY') quantity = true;
    else if (alt === 'THING') thing = true;
    else if (alt === 'PERSON') person = true;
    else if (alt === 'PLACE') place = true;
    else if (alt === 'IMPERFECT') imperfect = true;
    else lemmas.add(alt);
  }
  return { gap: false, lemmas, tags, reflexive, quantity, thing, person, place, imperfect };
}

/** Parses one cue; throws a plain message when it has no `_` or two. */
export function parseCue(cue: string): Pick<SenseRule, 'before' | 'after' | 'forms' | 'standsForThing' | 'quoted' | 'weight'> {
  const items = cue.trim().split(/\s+/);
  const isSelf = (i: string) => i === '_' || i.startsWith('_=') || i.startsWith('_>') || i.startsWith('_@');
  const at = items.findIndex(isSelf);
  if (at < 0 || items.slice(at + 1).some(isSelf)) throw new Error(`the cue "${cue}" needs exactly one _ (the word itself)`);
  const self = items[at]!;
  if (self.startsWith('_>') && self !== '_>THING') throw new Error(`the cue "${cue}" may only ask _>THING of the word's antecedent`);
  if (self.startsWith('_@') && self !== '_@QUOTE') throw new Error(`the cue "${cue}" may only ask _@QUOTE of the word's place`);
  const before = items.slice(0, at).reverse().map(parseItem);
  const after = items.slice(at + 1).map(parseItem);
  const weight = [...before, ...after].filter((i) => !i.gap).length + (self === '_' ? 0 : 1);
  const parsed: Pick<SenseRule, 'before' | 'after' | 'forms' | 'standsForThing' | 'quoted' | 'weight'> = { before, after, weight };
  if (self.startsWith('_=')) parsed.forms = new Set(self.slice(2).split('|'));
  if (self === '_>THING') parsed.standsForThing = true;
  if (self === '_@QUOTE') parsed.quoted = true;
  return parsed;
}

/** Parses sense rows `lemma	upos	sense	cue	note` (comments and the header row skipped). */
export function parseSenseRows(text: string, file = 'senses.tsv'): SenseRule[] {
  const rules: SenseRule[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('lemma\tupos\t')) return;
    const [lemma = '', upos = '', sense = '', cue = ''] = line.split('\t');
    if (!lemma || !upos || !sense || !cue) throw new SenseRuleError(file, n + 1, 'a sense row needs lemma, upos, sense and cue');
    if (upos !== '*' && !UPOS.has(upos)) throw new SenseRuleError(file, n + 1, `"${upos}" is not a UD part of speech`);
    if (sense.includes('; ')) throw new SenseRuleError(file, n + 1, 'a sense row holds one sense (use a comma inside it, not "; ")');
    try {
      const parts = core(sense).split(',').map((p) => p.trim());
      rules.push({ lemma: lemma.normalize('NFC'), upos, sense, cue, parts, ...parseCue(cue.normalize('NFC')) });
    } catch (e) {
      throw new SenseRuleError(file, n + 1, (e as Error).message);
    }
  });
  return rules;
}

/** A spelling in lower case with straight apostrophes, cached: cues look at the same few words again and again. */
function lowerForm(form: string): string {
  // A form in lower case already (most are) is its own lower form: no lookup in the cache below.
  if (isKeyAlready(form)) return form;
  let lower = lowerForms.get(form);
  if (lower === undefined) {
    lower = form.toLowerCase().replace(/’/g, "'");
    if (lowerForms.size > 50_000) lowerForms.clear();
    lowerForms.set(form, lower);
  }
  return lower;
}
const lowerForms = new Map<string, string>();

/** nous, vous: a reflexive clitic after the same subject, ne aside (nous nous félicitons, vous ne vous rendez pas). */
const PERSON_REFLEXIVE = new Set(['nous', 'vous']);

/** Whether token j is a reflexive clitic: se, s', me, te, or nous/vous repeating its subject. */
function isReflexive(tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j]!;
  if (t.upos !== 'PRON') return false;
  const form = lowerForm(t.form);
  if (REFLEXIVE.has(form)) return true;
  if (!PERSON_REFLEXIVE.has(form)) return false;
  let k = j - 1;
  if (tokens[k] && tokens[k]!.lemma === 'ne') k--;
  return tokens[k] !== undefined && lowerForm(tokens[k]!.form) === form;
}

function itemMatches(item: Exclude<CueItem, { gap: true }>, tokens: AnalyzedToken[], at: number): boolean {
  const t = tokens[at]!;
  if (item.tags.has(t.upos)) return true;
  if (item.lemmas.has(t.lemma)) return true;
  if (item.reflexive && isReflexive(tokens, at)) return true;
  if (item.thing && namesThingAt(tokens, at)) return true;
  if (item.person && surelyPerson(t)) return true;
  if (item.place && placeName(tokens, at)) return true;
  if (item.imperfect && (t.upos === 'VERB' || t.upos === 'AUX') && IMPERFECT.test(lowerForm(t.form))) return true;
  return item.lemmas.has(lowerForm(t.form));
}

const OPENING_QUOTES = new Set(['«', '“']);
const CLOSING_QUOTES = new Set(['»', '”']);

/** Matches items from token `from` stepping by `step` (1 forwards, -1 backwards). */
function matchSide(items: CueItem[], tokens: AnalyzedToken[], from: number, step: 1 | -1, k = 0): boolean {
  if (k === items.length) return true;
  const item = items[k]!;
  if (item.gap) {
    // A gap takes 0 to GAP_MAX tokens, never punctuation, but for an opening quote mark after the
    // word (« a salué « le courage » »); back across a closing one it would reach into the speech a
    // verb of saying reports (« voir cela se répéter », a déclaré… is no se déclarer).
    // A gap up to a reflexive clitic holds its verb's auxiliary, adverbs and pronouns, never another
    // verb or a preposition: « se sont engagés à maintenir » is no se maintenir.
    const toReflexive = (items[k + 1] as { reflexive?: boolean } | undefined)?.reflexive === true;
    for (let n = 0; n <= GAP_MAX; n++) {
      const at = from + n * step;
      if (matchSide(items, tokens, at, step, k + 1)) return true;
      const t = tokens[at];
      if (!t || (t.kind === 'punct' && !(step === 1 && OPENING_QUOTES.has(t.form)))) return false;
      if (toReflexive && (t.upos === 'VERB' || t.upos === 'ADP')) return false;
    }
    return false;
  }
  const t = tokens[from];
  if (!t) return false;
  if (item.quantity && quantityAt(tokens, from)) return matchSide(items, tokens, from + step, step, k + 1);
  if (itemMatches(item, tokens, from)) return matchSide(items, tokens, from + step, step, k + 1);
  // « à des « fins » »: a quote mark between the cue's words is passed over.
  return t.kind === 'punct' && QUOTE_MARKS.has(t.form) && matchSide(items, tokens, from + step, step, k);
}

/** The words of a sense without its parenthesised remarks: "since (a date)" -> "since". */
function core(sense: string): string {
  return sense.replace(/\s*\([^)]*\)/g, '').trim();
}

/**
 * A sense of the gloss that the chosen sense already says, so it is not listed twice: the same words
 * (since, since (a date)), one of its comma-separated parts (old; old, ancient), or the gloss
 * naming it (se tenir = to take place, to be held).
 */
function repeats(rule: SenseRule, sense: string): boolean {
  const c = core(sense);
  // se réunir = to meet, after the chosen "to meet (se réunir)": the gloss's own reflexive sense.
  const named = sense.includes(' = ') ? core(sense.slice(sense.indexOf(' = ') + 3)) : '';
  if (named !== '' && (named === core(rule.sense) || rule.parts.includes(named))) return true;
  return sense === rule.sense || sense.endsWith(`= ${rule.sense}`) || rule.parts.includes(c) || (c !== '' && c === core(rule.sense));
}

/**
 * A verbal expression's gloss with first the sense its verb took from the context: « s'est rendu sur
 * les lieux » gives rendu "to go (se rendre à)" by a sense rule, so *se rendre* reads "to go; to
 * surrender", not "to surrender; to go". The gloss as it was where no later sense of it is the verb's.
 */
export function expressionSenseFirst(gloss: string, verb: AnalyzedToken): string {
  if (!gloss.includes('; ') || verb.senses === undefined) return gloss;
  const wanted = core(verb.senses[0]!);
  const senses = glossSenses(gloss);
  const k = senses.findIndex((s, i) => i > 0 && core(s) === wanted);
  return k < 0 ? gloss : [senses[k]!, ...senses.filter((_, i) => i !== k)].join('; ');
}

/** The sense of ne … que (the sense rules give it too, where the cue is fixed: ne fera que). */
const RESTRICTIVE_NE = 'only (ne … que: not a negation)';
/** Words that make a ne a negation, between it and a que (« il n'a pas dit que » is not only). */
const NEGATION_WORDS = new Set(['pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'guère', 'point', 'nullement', 'nul', 'ni']);

/**
 * Whether the ne at i is ne … que (only): a que follows within eight words, after a verb, with no
 * punctuation and no other negation word between, and no subject or verb right after it (« Rabat n'a pour l'instant accepté que les offres »;
 * « ne compte plus que 300 membres » is only … now).
 */
function restrictiveNe(tokens: AnalyzedToken[], i: number): boolean {
  // « Personne ne peut nier que », « rien ne permet de »: a negative subject makes ne its negation.
  if (i > 0 && NEGATION_WORDS.has(lowerForm(tokens[i - 1]!.form))) return false;
  let verb = false;
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    const form = lowerForm(t.form);
    // A que before a subject or a verb opens a clause (« l'épreuve qu'elle traverse », « les
    // transformations que connaît le monde »): that ne is the literary negation on its own.
    if (form === 'que' || form === "qu'") return verb && !opensClause(tokens[j + 1]);
    if (NEGATION_WORDS.has(form)) return false;
    if (form === 'plus' && !/^qu/.test(lowerForm(tokens[j + 1]?.form ?? ''))) return false;
    if (t.upos === 'VERB' || t.upos === 'AUX') verb = true;
  }
  return false;
}

/** The endings of the imperfect (attendait, tournaient, barrions): the IMPERFECT cue item. */
const IMPERFECT = /(?:ait|aient|ais|ions|iez)$/;

/** How far back a quotation's opening mark is looked for. */
const QUOTATION_REACH = 200;

/**
 * Whether token i stands inside a quotation: the nearest French or curly quote mark before it, within
 * QUOTATION_REACH tokens, opens one (« and “ open; » and ” close; straight quotes are left out, as
 * they do not say which they do).
 */
function insideQuotation(tokens: AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - QUOTATION_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'punct') continue;
    if (OPENING_QUOTES.has(t.form)) return true;
    if (CLOSING_QUOTES.has(t.form)) return false;
  }
  return false;
}

/** Whether a clause starts with token t: a subject pronoun or a verb. */
function opensClause(t: AnalyzedToken | undefined): boolean {
  return t !== undefined && (t.upos === 'VERB' || t.upos === 'AUX' || SUBJECT_PRONOUNS.has(lowerForm(t.form)));
}
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'nous', 'vous']);

/** The sense of a ne that negates nothing (expletiveNe.ts). */
const EXPLETIVE_NE = '(no negation here: the formal ne after fearing, avant que, à moins que)';

/** Splits a gloss into its senses: "to ensure; to assure" -> ["to ensure", "to assure"]. */
export function glossSenses(gloss: string): string[] {
  return gloss.split('; ').map((s) => s.trim()).filter((s) => s !== '');
}

/** A sense the gloss gives the reflexive verb: "s'égarer = to go astray", "to soar (s'envoler)". */
const REFLEXIVE_SENSE = /^s(?:e |')[^=]+ = |\(s(?:e |')[^)]*\)$/;
/** The preposition a reflexive sense names: « s'élever à = … », « to amount to (s'élever à) ». */
const GOVERNED = /^s(?:e |')\S+ (à|de|contre|sur|en|avec|pour|par|dans|vers) =|\(s(?:e |')\S+ (à|de|contre|sur|en|avec|pour|par|dans|vers)\)$/;

/** Whether the preposition comes within three words after token i (au and aux are à, du and des de). */
function prepositionAfter(tokens: AnalyzedToken[], i: number, prep: string): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    if (t.lemma === prep || t.form.toLowerCase() === prep) return true;
  }
  return false;
}

/** Words that may stand between a reflexive clitic and its verb: se sont, s'y est, ne s'est pas. */
const BETWEEN_CLITIC_AND_VERB = new Set(['être', 'y', 'en', 'ne', 'pas', 'plus', 'jamais', 'toujours', 'déjà', 'bien', 'aussi']);

/**
 * `at`, the index of the gloss's reflexive sense (or -1), when a reflexive clitic stands before the verb (elle
 * s'est égarée = went astray), or -1: any verb the sense rules do not name gets its reflexive sense
 * first from the gloss itself.
 */
function reflexiveSense(senses: string[], at: number, tokens: AnalyzedToken[], i: number): number {
  if (at < 0) return -1;
  // « s'élever à = to amount to » is that sense only with its preposition after the verb.
  const m = GOVERNED.exec(senses[at]!);
  const governed = m ? (m[1] ?? m[2]) : undefined;
  if (governed !== undefined && !prepositionAfter(tokens, i, governed)) return -1;
  for (let j = i - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return -1;
    if (isReflexive(tokens, j)) return at;
    if (!BETWEEN_CLITIC_AND_VERB.has(t.lemma)) return -1;
  }
  return -1;
}

/** What a gloss's text alone decides, worked out once per gloss (the arrays are shared, never changed). */
interface GlossSenses {
  senses: string[];
  /** The index of its reflexive sense (s'égarer = …), or -1. */
  reflexive: number;
  /** The token's senses and gloss when this rule is chosen, by rule: they depend on the rule and the gloss only. */
  byRule?: Map<SenseRule, { senses: string[]; gloss: string }>;
  /** With the reflexive sense first. */
  reflexiveFirst?: { senses: string[]; gloss: string };
}

/** The senses with the rule's first, the ones it repeats left out, and their gloss: made once per rule and gloss. */
function ruleFirst(g: GlossSenses, rule: SenseRule): { senses: string[]; gloss: string } {
  const byRule = (g.byRule ??= new Map());
  let ordered = byRule.get(rule);
  if (ordered === undefined) {
    const list = [rule.sense, ...g.senses.filter((s) => !repeats(rule, s))];
    byRule.set(rule, (ordered = { senses: list, gloss: list.join('; ') }));
  }
  return ordered;
}

/** The senses with the reflexive one first, and their gloss: made once per gloss. */
function reflexiveFirst(g: GlossSenses): { senses: string[]; gloss: string } {
  if (g.reflexiveFirst === undefined) {
    const list = [g.senses[g.reflexive]!, ...g.senses.filter((_, k) => k !== g.reflexive)];
    g.reflexiveFirst = { senses: list, gloss: list.join('; ') };
  }
  return g.reflexiveFirst;
}

export class SenseSelector {
  private readonly byLemma = new Map<string, SenseRule[]>();
  /** Per gloss text, shared by every token with that gloss. */
  private readonly glossCache = new Map<string, GlossSenses>();
  /**
   * The tokens of the last text `apply` gave a sense by a rule, in order (reused from text to text):
   * the analyzer reorders the glosses of the verbal expressions they belong to, and only those.
   */
  readonly ruled: number[] = [];

  constructor(rules: SenseRule[]) {
    for (const r of rules) {
      // Canonical keys: the lemmas looked up are canonical (the tagger's readings), so a hit compares addresses.
      const lemma = intern(r.lemma);
      const list = this.byLemma.get(lemma) ?? [];
      list.push(r);
      this.byLemma.set(lemma, list);
    }
  }

  static fromDir(dataDir: string): SenseSelector {
    const file = join(dataDir, 'senses.tsv');
    return new SenseSelector(existsSync(file) ? parseSenseRows(readFileSync(file, 'utf8'), file) : []);
  }

  /** The rule whose cue fits token i best, or undefined. */
  choose(tokens: AnalyzedToken[], i: number): SenseRule | undefined {
    const rules = this.byLemma.get(tokens[i]!.lemma);
    return rules ? this.chooseAmong(rules, tokens, i) : undefined;
  }

  /** The rule among `rules` (those of token i's lemma) whose cue fits token i best, or undefined. */
  private chooseAmong(rules: SenseRule[], tokens: AnalyzedToken[], i: number): SenseRule | undefined {
    const t = tokens[i]!;
    let best: SenseRule | undefined;
    for (const r of rules) {
      if (r.upos !== '*' && r.upos !== t.upos) continue;
      if (best && r.weight <= best.weight) continue;
      if (r.forms !== undefined && !r.forms.has(t.form.toLowerCase()) && !r.forms.has(t.form)) continue;
      if (r.standsForThing === true && !standsForThing(tokens, i)) continue;
      if (r.quoted === true && !insideQuotation(tokens, i)) continue;
      if (matchSide(r.before, tokens, i - 1, -1) && matchSide(r.after, tokens, i + 1, 1)) best = r;
    }
    return best;
  }

  /**
   * Puts each glossed token's senses in order, the one its context calls for first: sets
   * `senses` and rewrites `gloss` in that order, so every reader of the gloss sees it first.
   */
  apply(tokens: AnalyzedToken[]): void {
    const ruled = this.ruled;
    while (ruled.length > 0) ruled.pop();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.gloss === undefined) continue;
      if (t.lemma === 'ne' && isExpletiveNe(tokens, i)) {
        t.senses = [EXPLETIVE_NE, ...this.glossSensesOf(t.gloss).senses];
        t.gloss = t.senses.join('; ');
        continue;
      }
      if (t.lemma === 'ne' && restrictiveNe(tokens, i)) {
        t.senses = [RESTRICTIVE_NE, ...this.glossSensesOf(t.gloss).senses.filter((x) => x !== RESTRICTIVE_NE)];
        t.gloss = t.senses.join('; ');
        continue;
      }
      const g = this.glossSensesOf(t.gloss);
      const senses = g.senses;
      // One lookup of the lemma's rules, where has() then choose() made two at every glossed token.
      const rules = this.byLemma.get(t.lemma);
      const rule = rules ? this.chooseAmong(rules, tokens, i) : undefined;
      const reflexive = !rule && t.upos === 'VERB' && senses.length > 1 ? reflexiveSense(senses, g.reflexive, tokens, i) : -1;
      // (The orderings are made in functions of their own: a closure over this loop's variables
      // would cost an allocation at every token.)
      if (rule) {
        const ordered = ruleFirst(g, rule);
        t.senses = ordered.senses;
        t.gloss = ordered.gloss;
        ruled.push(i);
      } else if (reflexive > 0) {
        const ordered = reflexiveFirst(g);
        t.senses = ordered.senses;
        t.gloss = ordered.gloss;
      } else if (senses.length > 1) t.senses = senses;
    }
  }

  /** The gloss split into senses, with what its text alone decides, cached. */
  private glossSensesOf(gloss: string): GlossSenses {
    let g = this.glossCache.get(gloss);
    if (g === undefined) {
      const senses = glossSenses(gloss);
      g = { senses, reflexive: senses.findIndex((s) => REFLEXIVE_SENSE.test(s)) };
      if (this.glossCache.size > 50_000) this.glossCache.clear();
      this.glossCache.set(gloss, g);
    }
    return g;
  }
}
