// The expression scorer of `npm run eval` (test/eval/mwe.ts) on a tiny hand-made gold and system,
// worked out by hand from the rule in ../shared/eval/mwe-README.md ("Suggested scoring").
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import {
  goldTokens, isTuning, locateGold, measureMweExtra, MWE_HELD_OUT_DIR, MWE_TUNING_DIR, precision, recall, scoredEntries, scoreMwe,
  selfAnnotatedSets, type CharSpan, type GoldMwe, type MweSentence,
} from '../eval/mwe';
import { analysisDataDir } from './helpers/analysisData';

const S1 = "Il a fait l'objet d'une enquête au sein du parti.";
const S2 = 'Les relations bilatérales ont eu lieu aujourd’hui.';

/** A gold row as the TSV gives it: offsets from the first to the last piece of the surface. */
function gold(sentId: string, text: string, surface: string, cls: GoldMwe['cls'], content: string[]): GoldMwe {
  const pieces = surface.split(' … ');
  const start = text.indexOf(pieces[0]!);
  const last = pieces[pieces.length - 1]!;
  const end = text.indexOf(last, pieces.length === 1 ? start : start + pieces[0]!.length) + last.length;
  const tokens = locateGold(text, start, end, surface, 'test');
  return { sentId, surface, lemma: surface, cls, tokens, content: tokens.filter(([a, b]) => content.includes(text.slice(a, b))) };
}

/** The spans of these words of `text`, each found after the previous one. */
function spans(text: string, ...words: string[]): CharSpan[] {
  let cursor = 0;
  return words.map((w) => {
    const at = text.indexOf(w, cursor);
    assert.ok(at >= 0, w);
    cursor = at + w.length;
    return [at, at + w.length] as CharSpan;
  });
}

describe('eval: expression scorer (mwe-dev.tsv rule)', () => {
  it('splits gold surfaces on spaces and after apostrophes, hyphenated words whole', () => {
    assert.deepEqual(goldTokens("fait l'objet d'"), ['fait', "l'", 'objet', "d'"]);
    assert.deepEqual(goldTokens('au-delà de'), ['au-delà', 'de']);
    assert.deepEqual(goldTokens('aujourd’hui'), ['aujourd’', 'hui']);
  });

  it('locates a discontinuous surface piece by piece, with code-point offsets', () => {
    assert.deepEqual(locateGold(S1, 5, 20, "fait … objet d'", 't'), spans(S1, 'fait', 'objet', "d'"));
    // An astral character before the expression: Python counts it as one, JavaScript as two.
    const t = '😀 au sein de';
    assert.deepEqual(locateGold(t, 2, 12, 'au sein de', 't'), [[3, 5], [6, 10], [11, 13]]);
  });

  it('finds a discontinuous surface\'s tokens as whole words, not inside the words of its gap', () => {
    const s = 'Il met également en place la stratégie.';
    // « en » is also the letters 13–14 of « également », inside the gap.
    assert.deepEqual(locateGold(s, 3, 25, 'met … en place', 't'), [[3, 6], [17, 19], [20, 25]]);
  });

  it("takes a discontinuous surface's last piece where the slice ends, not from the gap", () => {
    const t = "La France doit se doter d'ici à 2011 d'un plan.";
    const start = t.indexOf('se');
    const end = t.indexOf("d'un") + 2;
    assert.deepEqual(locateGold(t, start, end, "se doter … d'", 't'), [
      [start, start + 2],
      [start + 3, start + 8],
      [end - 2, end],
    ]);
  });

  it('tells tuning (odd) from held-out (even) sentence ids', () => {
    assert.equal(isTuning('fr-ud-dev_00001'), true);
    assert.equal(isTuning('fr-ud-dev_00546'), false);
  });

  it('scores exact and partial recall and precision, one-to-one, over kept sentences only', () => {
    const g1 = gold('a', S1, "fait … objet d'", 'discontinuous', ['fait', 'objet']);
    const g2 = gold('a', S1, 'au sein du', 'contiguous', ['sein']);
    const g3 = gold('b', S2, 'relations bilatérales', 'inflected-variant', ['relations', 'bilatérales']);
    const g4 = gold('b', S2, 'eu lieu', 'inflected-variant', ['eu', 'lieu']);
    const sentences: MweSentence[] = [
      {
        id: 'a',
        keep: true,
        gold: [g1, g2],
        system: [
          // partial for g1: covers fait and objet, but also l' (not exact)
          { lemma: "faire l'objet de", parts: spans(S1, 'fait', "l'", 'objet', "d'") },
          // exact for g2, found twice: only one can count
          { lemma: 'au sein de', parts: spans(S1, 'au', 'sein', 'du') },
          { lemma: 'au sein de (again)', parts: spans(S1, 'au', 'sein', 'du') },
        ],
      },
      {
        id: 'b',
        keep: true,
        gold: [g3, g4],
        system: [
          { lemma: 'relation bilatérale', parts: spans(S2, 'relations', 'bilatérales') },
          // aujourd'hui kept whole by the engine, not gold: a false find
          { lemma: "aujourd'hui", parts: spans(S2, 'aujourd’hui') },
        ],
      },
      // A skipped sentence's finds do not count against precision.
      { id: 'c', keep: false, gold: [], system: [{ lemma: 'x', parts: [[0, 2]] }] },
    ];
    const score = scoreMwe(sentences);
    assert.deepEqual(score.exact, { gold: 4, found: 2, system: 5, correct: 2 });
    assert.deepEqual(score.partial, { gold: 4, found: 3, system: 5, correct: 3 });
    assert.equal(recall(score.exact), 0.5);
    assert.equal(precision(score.partial), 0.6);
    assert.deepEqual(score.byClass, {
      contiguous: { gold: 1, exact: 1, partial: 1 },
      'inflected-variant': { gold: 2, exact: 1, partial: 1 },
      discontinuous: { gold: 1, exact: 0, partial: 1 },
    });
  });

  it('compares token sets as the characters they cover (aujourd’hui whole or split is the same)', () => {
    const g = gold('d', S2, 'aujourd’hui', 'contiguous', ['aujourd’', 'hui']);
    const score = scoreMwe([{ id: 'd', keep: true, gold: [g], system: [{ lemma: "aujourd'hui", parts: spans(S2, 'aujourd’hui') }] }]);
    assert.equal(score.exact.found, 1);
  });
});

describe('eval: expression sets annotated here (mwe-extra for tuning, mwe-heldout held out)', () => {
  const sentenceIds = (path: string): string[] => readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]!);

  it('finds the held-out sets apart from the tuning sets, each with its sentence list, no sentence in two sets', () => {
    const tuning = selfAnnotatedSets(MWE_TUNING_DIR, false);
    const heldOut = selfAnnotatedSets(MWE_HELD_OUT_DIR, true);
    assert.ok(tuning.length >= 2 && tuning.every((s) => !s.heldOut));
    assert.ok(heldOut.some((s) => s.gold.endsWith('gsd-dev-1347-1478.tsv')) && heldOut.every((s) => s.heldOut));
    const seen = new Map<string, string>();
    for (const set of [...tuning, ...heldOut]) {
      assert.ok(existsSync(set.sentences), set.sentences);
      for (const id of sentenceIds(set.sentences)) {
        assert.ok(!seen.has(id), `${id} is in ${seen.get(id)} and ${set.sentences}`);
        seen.set(id, set.sentences);
      }
    }
  });

  it("lists a tuning set's misses with --mwe-errors, never a held-out set's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mwe-set-'));
    const gold = join(dir, 'set.tsv');
    const sentences = join(dir, 'set-sentences.tsv');
    writeFileSync(gold, 'sent_id\tstart\tend\tsurface\tlemma\tgloss\tclass\nt_1\t0\t4\tIl a\til a\the has\tcontiguous\n');
    writeFileSync(sentences, 'sent_id\tdecision\treason\nt_1\tkeep\t\n');
    const engine = createAnalyzer({ dataDir: analysisDataDir() });
    const texts = new Map([['t_1', 'Il a eu lieu hier à Paris.']]);
    const tuning = measureMweExtra(engine, texts, { gold, sentences, heldOut: false }, 5);
    assert.match(tuning[0]!, /^expressions, self-annotated tuning set \(/);
    assert.ok(tuning.some((l) => l.includes('t_1') && l.includes('«Il a»')), tuning.join('\n'));
    const heldOut = measureMweExtra(engine, texts, { gold, sentences, heldOut: true }, 5);
    assert.match(heldOut[0]!, /^expressions, self-annotated held-out set \(.*: 1 kept sentences, 1 occurrences\)$/);
    assert.match(heldOut[1]!, /all \(held out\): exact R 0\.0% /);
    assert.match(heldOut[2]!, /recall by class, exact \/ partial: contiguous 0\.0% \/ 0\.0% of 1;/);
    assert.equal(heldOut.length, 3, heldOut.join('\n'));
  });

  it('scores a set that carries its own sentence texts (news) on them, and lists its misses on them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mwe-news-'));
    const gold = join(dir, 'news.tsv');
    const sentences = join(dir, 'news-sentences.tsv');
    writeFileSync(gold, 'sent_id\tstart\tend\tsurface\tlemma\tgloss\tclass\nwn-1-s01\t15\t25\tau sein du\tau sein de\twithin\tcontiguous\nwn-1-s02\t0\t4\tIl a\til a\the has\tcontiguous\n');
    writeFileSync(
      sentences,
      'sent_id\tdecision\treason\ttext\nwn-1-s01\tkeep\t\tLa crise règne au sein du parti.\nwn-1-s02\tkeep\t\tIl a parlé.\nwn-1-s03\tskip\tcaption\t— Photo\n',
    );
    const engine = createAnalyzer({ dataDir: analysisDataDir() });
    // The treebank's texts are not needed (and not used) for such a set.
    const lines = measureMweExtra(engine, new Map(), { gold, sentences, heldOut: false }, 5);
    assert.match(lines[0]!, /^expressions, self-annotated tuning set "news" \(.*: 2 kept sentences, 2 occurrences\)$/);
    assert.match(lines[1]!, /all \(tuning\): exact R 50\.0% P 100\.0%/);
    assert.ok(lines.some((l) => l.includes('wn-1-s02') && l.includes('«Il a»')), lines.join('\n'));
  });

  it('counts a one-word hyphenated compound of the scored entries, which the reader shows as a glossed word, as found (chef-lieu)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mwe-compound-'));
    const gold = join(dir, 'set.tsv');
    const sentences = join(dir, 'set-sentences.tsv');
    writeFileSync(gold, 'sent_id\tstart\tend\tsurface\tlemma\tgloss\tclass\nt_1\t3\t12\tchef-lieu\tchef-lieu\tcounty town\tcontiguous\n');
    writeFileSync(sentences, 'sent_id\tdecision\treason\nt_1\tkeep\t\n');
    const engine = createAnalyzer({ dataDir: analysisDataDir() });
    const texts = new Map([['t_1', 'Le chef-lieu du canton est Lyon.']]);
    const entries = scoredEntries(join(__dirname, '..', '..', 'src', 'core', 'text', 'data', 'expressions'));
    assert.ok(entries.oneWordCompounds.has('chef-lieu') && !entries.oneWordCompounds.has('grand-père'));
    assert.match(measureMweExtra(engine, texts, { gold, sentences, heldOut: false }, 0, entries)[1]!, /exact R 100\.0% P 100\.0%/);
    // Without the compounds, the word is no expression: missed.
    assert.match(measureMweExtra(engine, texts, { gold, sentences, heldOut: false }, 0)[1]!, /exact R 0\.0%/);
  });
});
