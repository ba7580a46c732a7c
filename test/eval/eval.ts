// `npm run eval [-- FILE.conllu] [--data DIR] [--errors N]`: measures the analysis engine against a
// Universal Dependencies treebank: token-boundary agreement, UPOS accuracy, lemma accuracy (overall
// and per NOUN/VERB/ADJ/ADV; a token split differently from the gold counts as wrong) and gloss
// coverage of content words, and the repairer's recall on seeded damage of the treebank's sentences
// (test/eval/repairDamage.ts) with its false repairs on them, expression recall and precision on
// the hand-annotated mwe-dev.tsv beside the treebank and on the sets annotated here (test/eval/mwe.ts;
// `--mwe-errors N` lists N misses and false finds of the tuning half and the mwe-extra sets, never of
// the held-out half or the mwe-heldout sets), and the import's level estimate against the labelled texts of
// test/eval/level (exact and within one level), and on held-out real news (French Wikinews 2017,
// test/fixtures/wikinews: the coverage set and the gloss-sample pool apart) the token count, gloss
// coverage of content tokens and expression matches per 1,000 tokens. Multiword tokens (du = de + le) are one surface token, compared with
// their first word. The treebank is read in place, never copied into the project.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { AnalyzedToken } from '../../src/core/text/types';
import { importDepsFromData } from '../../src/core/import/deps';
import { readConllu } from './conllu';
import { formatLevelAgreement, labelledTexts, measureLevelAgreement } from './levelAgreement';
import { measureMwe, measureMweExtra, MWE_HELD_OUT_DIR, MWE_TUNING_DIR, scoredEntries, selfAnnotatedSets } from './mwe';
import { formatNewsFigures, measureNews, readPoolTexts } from './wikinews';
import { formatRepairFigures, measureRepairs } from './repairDamage';

const CONTENT = ['NOUN', 'VERB', 'ADJ', 'ADV'] as const;

interface Tally {
  right: number;
  total: number;
}
const tally = (): Tally => ({ right: 0, total: 0 });
const pct = (t: Tally): string => (t.total === 0 ? 'n/a' : `${((100 * t.right) / t.total).toFixed(2)}%`);

function parseArgs(argv: string[]): { file: string; dataDir: string; errors: number; mweErrors: number; half?: string } {
  let file = join(__dirname, '..', '..', '..', 'shared', 'eval', 'fr_gsd-ud-dev.conllu');
  if (!require('node:fs').existsSync(file)) file = '/work/shared/eval/fr_gsd-ud-dev.conllu';
  let dataDir = join(__dirname, '..', '..', 'dist', 'data');
  let errors = 0;
  let mweErrors = 0;
  let half: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') dataDir = argv[++i] ?? dataDir;
    else if (a === '--half') half = argv[++i];
    else if (a === '--errors') errors = Number(argv[++i] ?? 0);
    else if (a === '--mwe-errors') mweErrors = Number(argv[++i] ?? 0);
    else file = a;
  }
  return { file, dataDir, errors, mweErrors, half };
}

function main(): void {
  const { file, dataDir, errors, mweErrors, half } = parseArgs(process.argv.slice(2));
  const analyzer = createAnalyzer({ dataDir });
  // --half even|odd: only every other sentence (with the tag model derived from the other half,
  // this measures the engine on sentences its statistics never saw).
  const sentences = readConllu(file).filter((_, i) => half === undefined || i % 2 === (half === 'even' ? 0 : 1));
  const boundaries = { gold: 0, predicted: 0, matched: 0 };
  const upos = tally();
  const lemma = tally();
  const lemmaBy = Object.fromEntries(CONTENT.map((c) => [c, tally()])) as Record<string, Tally>;
  const uposBy = Object.fromEntries(CONTENT.map((c) => [c, tally()])) as Record<string, Tally>;
  const contentLemma = tally();
  const gloss = tally();
  const coreGloss = tally();
  const mistakes = new Map<string, number>();
  const note = (kind: string): void => {
    if (errors > 0) mistakes.set(kind, (mistakes.get(kind) ?? 0) + 1);
  };
  const started = performance.now();
  for (const s of sentences) {
    const analysis = analyzer.analyze(s.text);
    const bySpan = new Map<string, AnalyzedToken>(analysis.tokens.map((t) => [`${t.start}:${t.end}`, t]));
    boundaries.gold += s.tokens.length;
    boundaries.predicted += analysis.tokens.length;
    for (const g of s.tokens) {
      const word = g.words[0];
      if (!word) continue;
      const p = bySpan.get(`${g.start}:${g.end}`);
      if (p) boundaries.matched++;
      const content = (CONTENT as readonly string[]).includes(word.upos) && g.words.length === 1;
      upos.total++;
      lemma.total++;
      const uposOk = p !== undefined && p.upos === word.upos;
      const lemmaOk = p !== undefined && gsdLemma(p.upos, p.lemma) === word.lemma;
      if (uposOk) upos.right++;
      else note(`UPOS ${word.upos}->${p?.upos ?? 'split'} ${g.form}`);
      if (lemmaOk) lemma.right++;
      if (content) {
        const c = word.upos;
        lemmaBy[c]!.total++;
        uposBy[c]!.total++;
        contentLemma.total++;
        gloss.total++;
        coreGloss.total++;
        if (lemmaOk) {
          lemmaBy[c]!.right++;
          contentLemma.right++;
        } else note(`LEMMA ${c} ${g.form}: ${word.lemma} -> ${p?.lemma ?? 'split'}`);
        if (uposOk) uposBy[c]!.right++;
        if (p?.gloss) gloss.right++;
        else note(`GLOSS ${p?.upos} ${p?.lemma ?? g.form}`);
        if (p?.glossSource === 'core') coreGloss.right++;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const f1 = (2 * boundaries.matched) / (boundaries.gold + boundaries.predicted);
  const lines = [
    `treebank: ${file} (${sentences.length} sentences, ${boundaries.gold} gold tokens)`,
    `tokenization agreement: ${(100 * f1).toFixed(2)}% (recall ${((100 * boundaries.matched) / boundaries.gold).toFixed(2)}%, precision ${((100 * boundaries.matched) / boundaries.predicted).toFixed(2)}%)`,
    `UPOS accuracy: ${pct(upos)}   (${CONTENT.map((c) => `${c} ${pct(uposBy[c]!)}`).join(', ')})`,
    `lemma accuracy: ${pct(lemma)} overall; content words ${pct(contentLemma)}`,
    `  ${CONTENT.map((c) => `${c} ${pct(lemmaBy[c]!)} of ${lemmaBy[c]!.total}`).join('; ')}`,
    `gloss coverage of content tokens: ${pct(gloss)} (authored ${pct(coreGloss)}, the rest automatic)`,
    `time: ${seconds.toFixed(2)} s`,
    // Both halves of the treebank, whatever --half says: the repair figures name their halves.
    ...formatRepairFigures(measureRepairs(readConllu(file), importDepsFromData(dataDir).words)),
    // The level estimate against the labelled texts of test/eval/level (not the treebank).
    ...(['tuning', 'held-out'] as const).map((set) => {
      const deps = importDepsFromData(dataDir);
      return formatLevelAgreement(measureLevelAgreement(deps.analyzer, deps.ranks, labelledTexts(set)), `${set} set`);
    }),
    ...mweFigures(file, analyzer, mweErrors),
    // Untuned real news: the engine's own tags stand in for gold ones (no treebank annotates it).
    ...formatNewsFigures('Wikinews 2017 coverage set (held out)', measureNews(analyzer, readPoolTexts('coverage'))),
    ...formatNewsFigures('Wikinews 2017 gloss-sample pool (held out)', measureNews(analyzer, readPoolTexts('gloss-sample'))),
  ];
  console.log(lines.join('\n'));
  if (errors > 0) {
    const top = [...mistakes].sort((a, b) => b[1] - a[1]).slice(0, errors);
    console.log('\nmost frequent mistakes:\n' + top.map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n'));
  }
}

/** Expression figures on mwe-dev.tsv, when it lies beside the treebank (it annotates French-GSD dev). */
function mweFigures(treebank: string, analyzer: ReturnType<typeof createAnalyzer>, showErrors: number): string[] {
  const dir = dirname(treebank);
  const gold = join(dir, 'mwe-dev.tsv');
  if (!existsSync(gold)) return [`expressions: no ${gold} beside the treebank`];
  const texts = new Map(readConllu(treebank).map((s) => [s.id, s.text]));
  const entries = scoredEntries(join(__dirname, '..', '..', 'src', 'core', 'text', 'data', 'expressions'));
  return [
    ...measureMwe(analyzer, texts, gold, join(dir, 'mwe-dev-sentences.tsv'), showErrors, entries),
    // The sets annotated here: tuning ones (their misses listed with --mwe-errors), then held-out ones.
    ...[...selfAnnotatedSets(MWE_TUNING_DIR, false), ...selfAnnotatedSets(MWE_HELD_OUT_DIR, true)].flatMap((set) =>
      measureMweExtra(analyzer, texts, set, showErrors, entries),
    ),
  ];
}

/**
 * The engine's lemma in French-GSD's conventions: personal pronouns keep the lemma a learner looks
 * up (il, elle, ils, elles, le, la, les, leur), where GSD writes lui and eux.
 */
function gsdLemma(upos: string, lemma: string): string {
  if (upos !== 'PRON') return lemma;
  return GSD_PRONOUN_LEMMA[lemma] ?? lemma;
}
const GSD_PRONOUN_LEMMA: Record<string, string> = {
  il: 'lui', elle: 'lui', le: 'lui', la: 'lui', ils: 'eux', elles: 'eux', les: 'eux', leur: 'eux', je: 'moi', tu: 'toi',
};

main();
