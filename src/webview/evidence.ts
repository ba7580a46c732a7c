// Quiz evidence in the reader's text: a full-text span (the quiz engine's coordinates) mapped to
// a paragraph with the engine's own locateSpan, then to the rendered sentences' text nodes, and
// wrapped in <mark> elements (the same marks hide a cloze's answer while its question is open).
// A ReaderDocument's segments give back each paragraph's text
// exactly, so the offsets hold; the page adds only the spaces between sentences, outside them.
import { segmentText, type ReaderDocument, type ReaderParagraph, type ReaderUnit } from '../core/lesson/model';
import { locateSpan, PARAGRAPH_SEPARATOR } from '../core/quiz/lessonText';
import type { Span } from '../core/quiz/types';

const MARK_CLASS = 'quiz-evidence';

type Segments = ReaderParagraph['sentences'][number]['segments'];

function sentenceText(units: Map<number, ReaderUnit>, segments: Segments): string {
  return segments.map((s) => segmentText(s, 'unit' in s ? units.get(s.unit) : undefined)).join('');
}

function unitTexts(doc: ReaderDocument): Map<number, ReaderUnit> {
  return new Map(doc.units.map((u) => [u.id, u]));
}

/** The paragraphs' texts as the lesson has them, rebuilt from the document's segments. */
export function paragraphTexts(doc: ReaderDocument): { text: string }[] {
  const units = unitTexts(doc);
  return doc.paragraphs.map((p) => ({ text: p.sentences.map((s) => sentenceText(units, s.segments)).join('') }));
}

/** The text nodes of a rendered sentence, in order, translations left out. */
function textNodes(sentence: Element): Text[] {
  const body = sentence.querySelector('.sentence-text');
  if (!body) return [];
  const nodes: Text[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export class EvidenceHighlighter {
  private marks: HTMLElement[] = [];

  /** `className` tells the marks apart: the evidence after an answer, or a cloze's answer hidden before it. */
  constructor(private readonly root: ParentNode, private readonly className = MARK_CLASS) {}

  /** Highlights the span and returns the marks (empty when the span is not in the rendered text). */
  show(doc: ReaderDocument, span: Span): HTMLElement[] {
    return this.showAll(doc, [span]);
  }

  /** Marks every span (each wrapped on its own) and returns the marks. */
  showAll(doc: ReaderDocument, spans: readonly Span[]): HTMLElement[] {
    this.clear();
    for (const span of spans) this.add(doc, span);
    return this.marks;
  }

  private add(doc: ReaderDocument, span: Span): void {
    const texts = { paragraphs: paragraphTexts(doc) };
    const at = locateSpan(texts, span);
    // A span may run on into the next paragraphs (a matching item's evidence): each takes its part.
    let start = at.start;
    let end = at.end;
    for (let p = at.paragraph; p < doc.paragraphs.length && end > 0; p++) {
      const paragraph = doc.paragraphs[p];
      if (paragraph) this.markParagraph(paragraph, unitTexts(doc), start, end);
      const skip = (texts.paragraphs[p]?.text.length ?? 0) + PARAGRAPH_SEPARATOR.length;
      start = Math.max(start - skip, 0);
      end -= skip;
    }
  }

  /** Marks characters [start, end) of a paragraph, sentence by sentence. */
  private markParagraph(paragraph: ReaderParagraph, units: Map<number, ReaderUnit>, start: number, end: number): void {
    let sentenceStart = 0;
    for (const sentence of paragraph.sentences) {
      const length = sentenceText(units, sentence.segments).length;
      const from = Math.max(start - sentenceStart, 0);
      const to = Math.min(end - sentenceStart, length);
      const element = this.root.querySelector(`.sentence[data-sentence="${sentence.id}"]`);
      if (element && from < to) this.wrap(textNodes(element), from, to);
      sentenceStart += length;
    }
  }

  /** The highlighted text, as the learner reads it. */
  get text(): string {
    return this.marks.map((m) => m.textContent ?? '').join('');
  }

  clear(): void {
    for (const mark of this.marks) {
      mark.closest('.unit')?.classList.remove(`${this.className}-unit`);
      const parent = mark.parentNode;
      if (!parent) continue;
      parent.replaceChild(mark.ownerDocument.createTextNode(mark.textContent ?? ''), mark);
      parent.normalize();
    }
    this.marks = [];
  }

  /** Wraps characters [from, to) of the sentence, counted across its text nodes. */
  private wrap(nodes: Text[], from: number, to: number): void {
    let offset = 0;
    for (const node of nodes) {
      const length = node.data.length;
      const start = Math.max(from - offset, 0);
      const end = Math.min(to - offset, length);
      offset += length;
      if (start >= end) continue;
      let piece = node;
      if (start > 0) piece = piece.splitText(start);
      if (end - start < piece.data.length) piece.splitText(end - start);
      const mark = piece.ownerDocument.createElement('mark');
      mark.className = this.className;
      piece.parentNode?.replaceChild(mark, piece);
      mark.append(piece);
      // The word's own element learns it too: a hidden answer must not show its gloss on hover.
      mark.closest('.unit')?.classList.add(`${this.className}-unit`);
      this.marks.push(mark);
    }
  }
}
