// What a sentence of the text asserts on its own: whether it has a main clause, and whether it
// stands inside someone's quotation. A true/false statement, a « fact » and a news-or-background
// question need both: a sentence whose verbs all sit in relative clauses (« D'une part de son époux,
// avec qui le contrat s'est terminé… ») asserts nothing, and one inside a quotation opened in an
// earlier sentence is someone's words, not the dispatch's.
import type { QuizSource } from './source';
import type { Span } from './types';

/** Forms of a verb that make no clause: an infinitive, a present participle, a past participle in -é/-ie/-ue. */
const NON_FINITE_ENDING = /(?:ant|é|ée|és|ées|ie|ies|ue|ues)$/u;

/** Words that open a relative or subordinate clause: the next conjugated verb is that clause's. */
const CLAUSE_OPENER = /^(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles|lorsque|lorsqu['’]|quand|puisque|puisqu['’]|si)$/iu;

/**
 * Whether the sentence has a conjugated verb of its own (« a », « est », « réussit »), so asserts
 * something: a verb right after « qui », « que », « dont », « lorsque »… is its clause's, not the
 * sentence's (« La ville que l'armée a reprise est détruite »: « a » is the relative's, « est » the sentence's).
 */
export function hasFiniteVerb(source: QuizSource, sentence: Span): boolean {
  let inClause = false;
  let afterAuxiliary = false;
  for (const t of source.tokens) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (CLAUSE_OPENER.test(t.form)) {
      inClause = true;
      continue;
    }
    // « avait perdu », « a été tué »: the participle after an auxiliary belongs to the auxiliary's tense.
    const participle = afterAuxiliary && t.upos === 'VERB';
    if (t.upos !== 'ADV') afterAuxiliary = t.upos === 'AUX';
    const finite = (t.upos === 'VERB' || t.upos === 'AUX') && !participle && t.form.toLowerCase() !== t.lemma.toLowerCase() && !NON_FINITE_ENDING.test(t.form.toLowerCase());
    if (!finite) continue;
    if (!inClause) return true;
    inClause = false;
  }
  return false;
}

/** Whether `offset` lies inside a quotation (« … » or “ … ”) opened earlier in its paragraph. */
export function insideQuotation(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '«' || c === '“') depth++;
    else if ((c === '»' || c === '”') && depth > 0) depth--;
    else if (c === '\n') depth = 0;
  }
  return depth > 0;
}
