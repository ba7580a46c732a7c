// The analysis engine: tokens, lemmas, parts of speech, multi-word expressions and glosses for any
// French text. Data (lexicon, glosses, expressions) is read from a directory built at build time.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExpressionMatcher, expressionKeysOf } from './expressions';
import { englishParticiple, GlossLookup, singularEntry, type GlossEntry } from './glosses';
import { Lexicon } from './lexicon';
import { internAll } from './intern';
import { GivenNames, PersonNameRun } from './personNames';
import { expressionSenseFirst, SenseSelector } from './senses';
import { allCapitals, chooseReadings, lookupKey, SENTENCE_OPENING_MARKS, Tagger, titleCase, type Candidate } from './tagger';
import { splitSentencesAt, tokenizeForAnalysis } from './tokenizer';
import type { AnalyzedToken, Analysis, Analyzer, ExpressionMatch, Upos } from './types';
import { verbOneEditAway } from './verbTypo';

export interface AnalyzerOptions {
  /** The folder holding lexicon.tsv, frequency.tsv, glosses.tsv, senses.tsv and expressions.tsv (dist/data). */
  dataDir: string;
  /** A lexicon already opened on that folder, shared rather than read a second time. */
  lexicon?: Lexicon;
}

/**
 * The built data folder when none is given: dist/data beside the bundle (dist/cli.js,
 * dist/extension.js), or the repository's dist/data when running from source.
 */
export function defaultDataDir(): string {
  const candidates = [join(__dirname, 'data'), join(__dirname, '..', '..', '..', 'dist', 'data')];
  return candidates.find((d) => existsSync(join(d, 'lexicon.tsv'))) ?? candidates[0]!;
}

/** The analysis data is missing: the build (node esbuild.js) makes it. */
export class AnalysisDataMissingError extends Error {
  constructor(readonly dataDir: string) {
    super(`The analysis data is missing from ${dataDir}; run the build (node esbuild.js) first.`);
    this.name = 'AnalysisDataMissingError';
  }
}

/** The parts of speech a learner needs a gloss for (compared, not a Set: asked at most tokens, where Set.has costs some 50 instructions). */
function isContent(upos: string): boolean {
  return upos === 'NOUN' || upos === 'VERB' || upos === 'ADJ' || upos === 'ADV';
}

class FrenchAnalyzer implements Analyzer {
  private readonly tagger: Tagger;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly glosses: GlossLookup,
    private readonly expressions: ExpressionMatcher,
    private readonly senses: SenseSelector,
    givenNames: GivenNames,
  ) {
    this.tagger = new Tagger(lexicon);
    this.personNames = new PersonNameRun(givenNames);
  }

  /** Where a person's name runs in the sentence being analysed (its words lose a common word's gloss). */
  private readonly personNames: PersonNameRun;

  analyze(text: string): Analysis {
    const tokens = tokenizeForAnalysis(text);
    const lastTokens = this.lastTokens;
    // Emptied by pops: `length = 0` would free the storage the pushes then allocate again.
    while (lastTokens.length > 0) lastTokens.pop();
    const sentences = splitSentencesAt(text, tokens, lastTokens);
    // The sentences cover every token in order, so the tokens are analysed in place, and each
    // token's expression keys written. The keys array is reused from text to text: a new one for a
    // long text is a large object, slow to allocate at every call.
    const keys = this.keys;
    if (keys.length !== tokens.length) keys.length = tokens.length;
    let t = 0;
    for (const last of lastTokens) {
      const first = t;
      t = last + 1;
      this.analyzeSentence(tokens, first, t, keys);
    }
    const expressions: ExpressionMatch[] = this.expressions.match(tokens, keys);
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i]!;
      for (const k of e.parts) tokens[k]!.expression = i;
    }
    // Senses last: a cue may look across sentence-internal words the tagger has just read.
    this.senses.apply(tokens);
    // A verbal expression's gloss leads with the sense a rule gave its verb (see expressionSenseFirst).
    for (const i of this.senses.ruled) {
      const t = tokens[i]!;
      const e = t.expression === undefined ? undefined : expressions[t.expression];
      if (e !== undefined && e.upos === 'VERB' && t.upos === 'VERB') e.gloss = expressionSenseFirst(e.gloss, t);
    }
    return { text, tokens, expressions, sentences };
  }

  /** A noun lemma's authored gloss: what tells a feminine noun from a word that only ends like one (expressionKeysOf). */
  private readonly nounGloss = (lemma: string): string | undefined => this.glosses.coreGloss(lemma, 'NOUN')?.gloss;

  /** Unknown spellings after a reflexive and the verb each is a one-letter typo of (null: none). */
  private readonly typos = new Map<string, string | null>();

  private meantVerb(key: string): string | undefined {
    let meant = this.typos.get(key);
    if (meant === undefined) this.typos.set(key, (meant = verbOneEditAway(key, this.lexicon) ?? null));
    return meant ?? undefined;
  }

  /** Readings of the sentence being analysed, reused from one sentence to the next. */
  private readonly cands: Candidate[][] = [];
  /** The index of each sentence's last token in the text being analysed (see splitSentencesAt). */
  private readonly lastTokens: number[] = [];
  /** The expression keys of the text's tokens (see analyze). */
  private readonly keys: string[][] = [];

  /**
   * A capitalised common word read as a name (Centre, Nord, Roi): the common word's gloss, marked
   * automatic, since a learner still meets the word inside the name.
   */
  private commonWordGloss(c: Candidate, readings: Candidate[]): GlossEntry | undefined {
    if (c.upos !== 'PROPN' || !c.commonWord) return undefined;
    for (const r of readings) {
      if (r.upos !== 'NOUN' && r.upos !== 'ADJ' && r.upos !== 'VERB' && r.upos !== 'ADV') continue;
      const g = this.glosses.coreGloss(r.lemma, r.upos);
      if (g) return { gloss: g.gloss, source: 'auto' };
    }
    return undefined;
  }

  /**
   * The reading's gloss. A noun used in the plural only (pourparlers, fiançailles) has its gloss
   * under the plural, while the Lefff gives it a singular lemma (pourparler): the spelling's
   * authored gloss then comes before any automatic one. A singular noun (no final s or x) does not
   * get the senses its gloss gives the plural only (la troisième européenne is no election, tuning
   * s11a 85); with none left, another reading's gloss is looked for. A determiner's own spelling's
   * gloss comes first: UD gives every possessive the lemma son, whose gloss (his; her; its) is
   * wrong for notre, vos, leurs, and ces and des are not ce and un (this, a); so does a pronoun's
   * (ceux, lemma celui, is those, not the one).
   */
  private glossOf(c: Candidate, readings: Candidate[], form: string): GlossEntry | null {
    const pluralForm = /[sx]$/i.test(form);
    const plural = c.upos === 'NOUN' && pluralForm && form.toLowerCase() !== c.lemma ? this.glosses.exactGloss(form.toLowerCase(), 'NOUN') : undefined;
    const own = c.upos === 'DET' || c.upos === 'PRON' ? this.glosses.exactGloss(lookupKey(form), c.upos) : undefined;
    const entry = own ?? plural ?? this.glosses.gloss(c.lemma, c.upos) ?? this.capitalsNameGloss(c);
    if (entry && c.upos === 'NOUN' && !pluralForm) return entryOfOneShape(singularEntry(entry)) ?? null;
    return entryOfOneShape(entry ?? this.commonWordGloss(c, readings)) ?? null;
  }

  /** GENÈVE, a dateline in capitals: the gloss of the name in title case (Genève: Geneva), if any. */
  private capitalsNameGloss(c: Candidate): GlossEntry | undefined {
    if (c.upos !== 'PROPN' || c.lemma.length < 4 || !allCapitals(c.lemma)) return undefined;
    return this.glosses.gloss(titleCase(c.lemma), 'PROPN');
  }

  /**
   * For a content reading with no gloss (imposées read as the rare noun imposée, Kremlin as the
   * common noun kremlin): inside a sentence a capitalised word is then the name it spells; otherwise
   * the likeliest other content reading that has a gloss, but no verb after an article (`afterArticle`),
   * and for a `participle` its adjective first.
   * Undefined when there is none.
   */
  private glossedReading(readings: Candidate[], form: string, insideSentence: boolean, afterArticle: boolean, participle: boolean): Candidate | undefined {
    let best: Candidate | undefined;
    for (const r of readings) {
      const name = r.upos === 'PROPN' && insideSentence;
      if (!name && !isContent(r.upos)) continue;
      // « sous les huées », « la coulée de boue »: no verb stands after an article, nor does a participle
      // read as an adjective (coulé: "flowed"); the noun stays, glossed or not.
      if (afterArticle && (r.upos === 'VERB' || (r.upos === 'ADJ' && !r.pureAdjective))) continue;
      // A name's gloss too: it may not have been chosen before (« the Xi–Putin summit » read xi, the
      // Greek letter, first), and a reading's gloss must not hang on what came before.
      if (r.glossEntry === undefined) r.glossEntry = this.glossOf(r, readings, form);
      if (name) return r;
      // « les zones sinistrées »: a participle with no gloss of its own reads as its adjective
      // (disaster-stricken) before any noun it also spells (a disaster victim); not an adjective
      // glossed as that noun (« il était député » is the noun).
      if (r.glossEntry !== null && participle && r.upos === 'ADJ' && !this.nounGlossed(readings, form, r.glossEntry.gloss)) return r;
      if (r.glossEntry !== null && (!best || r.weight > best.weight)) best = r;
    }
    return best;
  }

  /** Whether a noun reading among `readings` has a gloss that starts with this gloss's first sense (député the adjective is glossed as the noun). */
  private nounGlossed(readings: Candidate[], form: string, gloss: string): boolean {
    for (const r of readings) {
      if (r.upos !== 'NOUN') continue;
      if (r.glossEntry === undefined) r.glossEntry = this.glossOf(r, readings, form);
      if (r.glossEntry !== null && r.glossEntry.gloss.startsWith(gloss.split('; ')[0]!)) return true;
    }
    return false;
  }

  /**
   * A reading with an automatic gloss gives way to a reading of the same part of speech that has an
   * authored one: the Lefff lists some plurals as lemmas of their own (murs beside mur, voisins
   * beside voisin), and the frequency of the plural spelling would otherwise make them win.
   */
  private authoredSibling(c: Candidate, readings: Candidate[], form: string): Candidate | undefined {
    for (const r of readings) {
      if (r === c || r.upos !== c.upos) continue;
      if (r.glossEntry === undefined) r.glossEntry = this.glossOf(r, readings, form);
      if (r.glossEntry?.source === 'core') return r;
    }
    return undefined;
  }

  /**
   * An adjective, or a noun right after a noun, glossed automatically from a verb's participle (jugé
   * "judged", expulsés "expelled", « des associations mobilisées » read as a noun) is that verb's
   * participle, whose lemma the learner looks up (juger) and whose gloss is authored. A noun after
   * anything else stays (« les expulsés », « 29 000 employées », « Amoros, déléguée à la culture »), and
   * after a pause an adjective that is also a glossed noun is that noun in apposition.
   */
  private authoredParticiple(c: Candidate, readings: Candidate[], form: string, before: Upos): Candidate | undefined {
    if (c.upos !== 'ADJ' && (c.upos !== 'NOUN' || (before !== 'NOUN' && before !== 'PROPN'))) return undefined;
    // « Moscou, allié des deux capitales »: after a pause, a noun with a gloss of its own (an ally) is an apposition.
    if (before === 'PUNCT') {
      for (const r of readings) {
        if (r.upos !== 'NOUN') continue;
        if (r.glossEntry === undefined) r.glossEntry = this.glossOf(r, readings, form);
        if (r.glossEntry?.source === 'core') return r;
      }
    }
    for (const r of readings) {
      if (r.upos !== 'VERB' || r.participle !== true) continue;
      if (r.glossEntry === undefined) r.glossEntry = this.glossOf(r, readings, form);
      if (r.glossEntry?.source === 'core') return r;
    }
    return undefined;
  }

  /**
   * A past participle with no auxiliary (des discussions tendues, rester élevés, un compromis
   * équilibré, un objet égaré) often means what the adjective it also spells means: the adjective's
   * authored gloss first (tense; strained), or, with none, the verb's English participle (mislaid),
   * then the verb's senses (to tighten…). Its reading stays the verb.
   */
  private participleAsAdjective(c: Candidate, readings: Candidate[], verb: GlossEntry): GlossEntry {
    const adj = readings.find((r) => r.upos === 'ADJ');
    if (!adj) return verb;
    const first = this.glosses.exactGloss(adj.lemma, 'ADJ')?.gloss ?? englishParticiple(verb.gloss);
    if (first === verb.gloss) return verb;
    const seen = new Set(first.split('; '));
    const gloss = [first, ...verb.gloss.split('; ').filter((x) => !seen.has(x))].join('; ');
    return entryOfOneShape({ ...verb, gloss });
  }

  /** Fills in the analysis of tokens[first..end) (one sentence) and their expression keys. */
  private analyzeSentence(tokens: AnalyzedToken[], first: number, end: number, keys: string[][]): void {
    let start = true;
    const cands = this.cands;
    // Popped, not `length = 0`, which would free the storage that the pushes below allocate again.
    while (cands.length > 0) cands.pop();
    let inside = first;
    for (let i = first; i < end; i++) {
      const tok = tokens[i]!;
      cands.push(this.tagger.candidates(tok, start));
      if (tok.kind !== 'punct' || !SENTENCE_OPENING_MARKS.has(tok.form)) {
        if (start) inside = i + 1;
        start = false;
      }
    }
    const chosen = chooseReadings(cands);
    this.personNames.reset();
    for (let i = first; i < end; i++) {
      const tok = tokens[i]!;
      let c = chosen[i - first]!;
      if (c.glossEntry === undefined) c.glossEntry = this.glossOf(c, cands[i - first]!, tok.form);
      if (c.glossEntry === null && isContent(c.upos)) c = this.glossedReading(cands[i - first]!, tok.form, i >= inside || nameFollows(tokens, i, end), i > first && chosen[i - first - 1]!.upos === 'DET', c.upos === 'VERB' && c.participle === true) ?? c;
      // (Not `?.source`: an undefined compared to 'auto' makes V8 compare through a generic call.)
      else if (c.glossEntry !== null && c.glossEntry.source === 'auto' && isContent(c.upos)) {
        c = this.authoredSibling(c, cands[i - first]!, tok.form) ?? this.authoredParticiple(c, cands[i - first]!, tok.form, i > first ? chosen[i - first - 1]!.upos : 'PUNCT') ?? c;
      }
      let g = c.glossEntry;
      // (Not before par: « des pirates soutenus par un État » are backed, the passive, not steady.)
      if (g && c.upos === 'VERB' && c.participle && !(c.verbForms ?? '').includes('f') && !auxiliaryBefore(chosen, i - first) && chosen[i - first + 1]?.lemma !== 'par') {
        // The same for every token of this reading (its readings and gloss are fixed): made once.
        const made = c.adjectiveGloss;
        if (made !== undefined && made.verb === g) g = made.entry;
        else {
          const entry = this.participleAsAdjective(c, cands[i - first]!, g);
          c.adjectiveGloss = { verb: g, entry };
          g = entry;
        }
      }
      // « Claire Fontaine »: inside a person's name a common word's automatic gloss misleads.
      if (c.upos === 'PROPN' && this.personNames.inName(tokens, i, end, g)) g = undefined;
      // The tokenizer made the object with every property already: fill it in.
      const token = tok;
      token.lemma = c.lemma;
      token.upos = c.upos;
      token.gender = c.gender ?? g?.gender;
      token.gloss = g?.gloss;
      token.glossSource = g?.source;
      // A cached reading belongs to one spelling, so its expression keys can be cached with it.
      if (c.expressionKeys === undefined) c.expressionKeys = internAll(expressionKeysOf(token, cands[i - first], this.nounGloss));
      keys[i] = c.expressionKeys;
      // « s'intaller »: an unknown verb after a reflexive also matches the verb it is a typo of.
      if (g === null && isContent(c.upos) && afterReflexive(tokens, first, i)) {
        const meant = this.meantVerb(lookupKey(tok.form));
        if (meant !== undefined) keys[i] = [...c.expressionKeys, meant];
      }
    }
  }
}

/**
 * The entry with all four fields, in one order, from one literal: the gloss lookup's entries come in
 * some seven shapes (with or without gender, note), each a hidden class of its own in V8, and
 * analyzeSentence reads the chosen reading's entry at every token (a megamorphic read on so many).
 * The reading caches its entry, so this copy is made once per reading.
 */
function entryOfOneShape<G extends GlossEntry | undefined>(g: G): G {
  return (g && { gloss: g.gloss, source: g.source, gender: g.gender, note: g.note }) as G;
}

/**
 * Robert de Joly, Amina Diallo: a capitalised word with no gloss followed by a name (a capitalised
 * word, straight after it or after de, d', du) is a first name even at a sentence's start, where a
 * capital alone says nothing (robert is a rare common noun).
 */
function nameFollows(tokens: AnalyzedToken[], i: number, end: number): boolean {
  const capital = (t: AnalyzedToken | undefined) => t !== undefined && t.kind === 'word' && /^[A-ZÀ-ÖØ-Þ]/.test(t.form);
  if (!capital(tokens[i])) return false;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  if (capital(next)) return true;
  const particle = next?.form.toLowerCase().replace(/’/g, "'");
  return (particle === 'de' || particle === "d'" || particle === 'du') && i + 2 < end && capital(tokens[i + 2]);
}

const REFLEXIVE_FORMS = new Set(['se', "s'", 'me', "m'", 'te', "t'"]);

/** Whether token i follows a reflexive pronoun, perhaps past an auxiliary (« s'est intallé »). */
function afterReflexive(tokens: AnalyzedToken[], first: number, i: number): boolean {
  let j = i - 1;
  if (j > first && tokens[j]!.upos === 'AUX') j--;
  const t = tokens[j];
  return j >= first && !!t && t.upos === 'PRON' && REFLEXIVE_FORMS.has(lookupKey(t.form));
}

/** An auxiliary (être, avoir) before reading k, past adverbs and clitics: a, est bien, s'est. */
function auxiliaryBefore(chosen: Candidate[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const r = chosen[j]!;
    if (r.upos === 'AUX') return true;
    if (r.upos !== 'ADV' && r.upos !== 'PRON') return false;
  }
  return false;
}

/** Loads the data (one read per file, nothing parsed up front for the lexicon) and returns the analyzer. */
export function createAnalyzer(options: Partial<AnalyzerOptions> = {}): Analyzer {
  const dataDir = options.dataDir ?? defaultDataDir();
  if (!existsSync(join(dataDir, 'lexicon.tsv'))) throw new AnalysisDataMissingError(dataDir);
  const lexicon = options.lexicon ?? new Lexicon(dataDir);
  const glosses = GlossLookup.fromDir(dataDir, lexicon);
  const expressions = ExpressionMatcher.fromDir(dataDir, lexicon);
  return new FrenchAnalyzer(lexicon, glosses, expressions, SenseSelector.fromDir(dataDir), new GivenNames(dataDir));
}
