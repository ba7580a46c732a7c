// `## Questions`: a numbered list; each item is a prompt, a GFM task list of choices (`[x]` marks
// the one right answer), a blockquote quoting the evidence from the text, and an explanation.
import * as l10n from '@vscode/l10n';
import type { Token, Tokens } from 'marked';
import type { Evidence, Paragraph, Question } from '../model';
import { contentBlocks, joinLines, type Block, type ParseContext } from './context';
import { describe } from './text';

/**
 * The comment that opens a Questions section some of whose questions a language model wrote:
 * `<!-- questions by language model (<model>): 1, 3 -->`, the numbers of its questions.
 */
const MODEL_MARKER = /^<!--[ \t]*questions by language model \(([^\n]*?)\):[ \t]*([\d, ]*?)[ \t]*-->\s*$/;

/** The marker for the questions numbered `numbers` (1-based), naming the model on one safe line. */
export function modelQuestionsMarker(modelName: string, numbers: readonly number[]): string {
  const name = modelName.replace(/--+|>|[()]/g, ' ').replace(/\s+/g, ' ').trim() || 'a language model';
  return `<!-- questions by language model (${name}): ${numbers.join(', ')} -->`;
}

export function readQuestions(ctx: ParseContext, blocks: Block[], sectionLine: number, text: Paragraph[]): Question[] {
  const questions: Question[] = [];
  const all = contentBlocks(blocks);
  const marker = all[0]?.token.type === 'html' ? MODEL_MARKER.exec(all[0].token.raw.trim()) : null;
  for (const { token, line } of marker ? all.slice(1) : all) {
    if (token.type !== 'list' || !(token as Tokens.List).ordered) {
      ctx.fail(line, l10n.t('The Questions section holds a numbered list of questions; found {0}.', describe(token)));
    }
    let itemLine = line;
    for (const item of (token as Tokens.List).items) {
      itemLine = ctx.lines.find(item.raw, itemLine);
      questions.push(readQuestion(ctx, item, itemLine, questions.length + 1, text));
      itemLine += 1;
    }
  }
  if (questions.length === 0) ctx.fail(sectionLine, l10n.t('The Questions section has no question; remove it or add some.'));
  if (marker) {
    const byModel = new Set((marker[2] ?? '').split(',').map((n) => Number(n.trim())));
    return questions.map((q, i) => (byModel.has(i + 1) ? { ...q, machine: marker[1] || 'a language model' } : q));
  }
  return questions;
}

function readQuestion(ctx: ParseContext, item: Tokens.ListItem, line: number, n: number, text: Paragraph[]): Question {
  const parts = item.tokens.filter((t) => t.type !== 'space');
  let cursor = line;
  const lineOf = (t: Token) => (cursor = ctx.lines.find(t.raw, cursor));

  const prompt = parts[0];
  if (!prompt || (prompt.type !== 'paragraph' && prompt.type !== 'text')) {
    ctx.fail(line, l10n.t('Question {0} does not start with the question itself.', n));
  }
  const choiceList = parts[1];
  if (!choiceList || choiceList.type !== 'list' || (choiceList as Tokens.List).ordered) {
    ctx.fail(line, l10n.t("Question {0} needs its choices as a task list under it ('- [ ] wrong', '- [x] right').", n));
  }
  const { choices, answer } = readChoices(ctx, choiceList as Tokens.List, lineOf(choiceList), n);

  const quote = parts[2];
  if (!quote || quote.type !== 'blockquote') {
    ctx.fail(line, l10n.t("Question {0} needs its evidence quoted from the text in a blockquote ('> ...') after the choices.", n));
  }
  const quoteLine = lineOf(quote);
  const evidence = findEvidence(joinLines((quote as Tokens.Blockquote).text), text);
  if (!evidence) {
    ctx.fail(quoteLine, l10n.t('The evidence quoted for question {0} is not in the text, word for word.', n));
  }

  const explanation = parts.slice(3);
  if (explanation.length === 0) {
    ctx.fail(quoteLine, l10n.t('Question {0} needs an explanation paragraph after its evidence quote (separated by a blank line).', n));
  }
  // HTML in an explanation is allowed: it is Markdown, rendered with HTML escaped.
  const nonParagraph = explanation.find((t) => !['paragraph', 'text', 'html'].includes(t.type));
  if (nonParagraph) {
    ctx.fail(lineOf(nonParagraph), l10n.t('The explanation of question {0} is plain paragraphs; found {1}.', n, describe(nonParagraph)));
  }

  const isTrueFalse = choices.length === 2 && choices.every((c, i) => c === ['Vrai', 'Faux'][i]);
  return {
    kind: isTrueFalse ? 'truefalse' : 'choice',
    prompt: joinLines(prompt.raw),
    choices,
    answer,
    explanation: explanation.map((t) => t.raw.trim()).join('\n\n'),
    evidence,
    line,
  };
}

function readChoices(ctx: ParseContext, list: Tokens.List, line: number, n: number): { choices: string[]; answer: number } {
  let itemLine = line;
  const choices: string[] = [];
  const checked: number[] = [];
  for (const item of list.items) {
    itemLine = ctx.lines.find(item.raw, itemLine);
    if (!item.task) ctx.fail(itemLine, l10n.t("Choice {0} of question {1} has no checkbox ('[ ]' or '[x]').", choices.length + 1, n));
    const choice = joinLines(item.text);
    if (choice === '') ctx.fail(itemLine, l10n.t('Choice {0} of question {1} is empty.', choices.length + 1, n));
    if (item.checked) checked.push(choices.length);
    choices.push(choice);
    itemLine += 1;
  }
  if (choices.length < 2) ctx.fail(line, l10n.t('Question {0} needs at least two choices.', n));
  if (checked.length !== 1) {
    ctx.fail(line, l10n.t("Question {0} must mark exactly one choice as the answer with '[x]'; it marks {1}.", n, checked.length));
  }
  return { choices, answer: checked[0] ?? 0 };
}

/**
 * Where the quote stands in the text. Spaces of any width and both apostrophes compare equal,
 * since authors type ' and a plain space where the text has ’ and a non-breaking space.
 */
function findEvidence(quote: string, text: Paragraph[]): Evidence | undefined {
  const needle = looseTypography(quote).replace(/ +/g, ' ');
  if (needle === '') return undefined;
  for (let paragraph = 0; paragraph < text.length; paragraph++) {
    const source = text[paragraph]?.text ?? '';
    const start = looseTypography(source).indexOf(needle);
    if (start >= 0) {
      const end = start + needle.length;
      return { paragraph, start, end, quote: source.slice(start, end) };
    }
  }
  return undefined;
}

/** One character for one character, so offsets into the result are offsets into the input. */
function looseTypography(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[’‘]/g, "'");
}
