// Reporting-verb nuance: what « a souligné », « a rappelé », « a démenti » tell about how something was said.
import * as l10n from '@vscode/l10n';
import { clauses } from '../explain';
import { frenchPunctuation, quote } from '../french';
import { findReportingVerbs, REPORTING_VERBS, type ReportingVerb } from '../reporting';
import { placeAnswer, shuffle, type Rng } from '../rng';
import { contextOf, sentenceOf } from '../snippets';
import type { QuizSource } from '../source';
import type { ReportingVerbItem } from '../types';

/**
 * Nuances close enough to leave two fair answers: « a affirmé que ses troupes respecteront… » is
 * both "asserted it as true" and "maintained it firmly" (assurer); « a assuré » and « a insisté » too.
 */
const NEAR_NUANCES: readonly [string, string][] = [['statement', 'assurance'], ['assurance', 'emphasis']];

function near(a: string, b: string): boolean {
  return a === b || NEAR_NUANCES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** One verb of each nuance other than the target's, so no wrong choice is a synonym of the right one. */
export function contrasting(target: ReportingVerb, rng: Rng, n: number): ReportingVerb[] {
  const picked: ReportingVerb[] = [];
  for (const v of shuffle(REPORTING_VERBS, rng)) {
    if (picked.length === n) break;
    if (near(v.nuance, target.nuance) || picked.some((p) => p.nuance === v.nuance)) continue;
    picked.push(v);
  }
  return picked;
}

export function reportingVerbItems(source: QuizSource, rng: Rng): Omit<ReportingVerbItem, 'id'>[] {
  const seen = new Set<string>();
  return findReportingVerbs(source).flatMap((use) => {
    if (seen.has(use.verb.lemma)) return [];
    seen.add(use.verb.lemma);
    const wrong = contrasting(use.verb, rng, 3);
    const { choices, answer } = placeAnswer(use.verb.meaning, wrong.map((w) => w.meaning), rng);
    const sentence = sentenceOf(source, use.span);
    // The text's own form: « ont appelé » stays « ont appelé ».
    const aux = use.auxiliary;
    const shown = `${aux} ${use.verb.participle}`;
    const notes = choices.map((c) => {
      const w = wrong.find((v) => v.meaning === c);
      return w ? l10n.t('That would be {0} ({1}).', quote(`${aux} ${w.participle}`), w.lemma) : '';
    });
    const compare = clauses(wrong.map((w) => `${quote(`${aux} ${w.participle}`)} = ${w.meaning}`));
    return [{
      kind: 'reporting-verb' as const,
      verb: shown,
      prompt: frenchPunctuation(`Dans ${quote(contextOf(source, sentence, use.span, 8))}, que dit le verbe ${quote(shown)} de la façon de parler ?`),
      choices,
      answer,
      choiceNotes: notes,
      evidence: use.span,
      explanation: l10n.t('{0} ({1}): {2}. Compare: {3}.', quote(shown), use.verb.lemma, use.verb.meaning, compare),
      keys: [`${use.verb.lemma}|VERB`],
    }];
  });
}
