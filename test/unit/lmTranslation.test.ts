import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chunkSentences } from '../../src/core/lm/chunks';
import { ModelAnswerError } from '../../src/core/lm/errors';
import { parseTranslationAnswer, translationRequest } from '../../src/core/lm/translationPrompt';
import { lessonSentences, TranslationWriteError, withMachineTranslation } from '../../src/core/lm/translationSection';
import { parseLesson } from '../../src/core/lesson/parser';

const FILE = path.join(__dirname, '..', 'fixtures', 'lm', 'sans-traduction.md');
const SOURCE = fs.readFileSync(FILE, 'utf8');
const ENGLISH = [
  'The minister received his counterpart in Paris.',
  'The two heads of state will meet on Friday.',
  'Mr Dupont said: “We are ready!”',
  'The meeting will last two days.',
];

describe('machine translation: prompt and answer', () => {
  it('numbers the French sentences one per line, with their count', () => {
    const request = translationRequest(['Il a dit :\n« Oui ! »', 'Non.']);
    assert.match(request, /There are 2 sentences\.\n\n1\. Il a dit : « Oui ! »\n2\. Non\.$/);
  });

  it('reads a JSON array of sentences, also inside a json fence', () => {
    assert.deepEqual(parseTranslationAnswer('["One.", " Two  words. "]', 2), ['One.', 'Two words.']);
    assert.deepEqual(parseTranslationAnswer('```json\n["One."]\n```', 1), ['One.']);
  });

  const rejects = (answer: string, expected: number, reason: ModelAnswerError['reason']) =>
    assert.throws(() => parseTranslationAnswer(answer, expected), (e: unknown) => e instanceof ModelAnswerError && e.reason === reason);

  it('rejects a wrong count, malformed JSON, non-strings, empty sentences, refusals and empty answers', () => {
    rejects('["One.", "Two."]', 3, 'count');
    rejects('["One.", "Two."', 2, 'malformed');
    rejects('{"sentences": ["One."]}', 1, 'malformed');
    rejects('["One.", 2]', 2, 'malformed');
    rejects('["One.", "  "]', 2, 'malformed');
    rejects("Sorry, I can't help with that.", 2, 'refusal');
    rejects('  ', 2, 'empty');
  });
});

describe('machine translation: chunks within the token limit', () => {
  const words = (chunk: readonly string[]) => Promise.resolve(translationRequest(chunk).split(/\s+/).length);

  it('keeps all sentences in one request when they fit, and splits them in order when not', async () => {
    const sentences = ['Un deux trois.', 'Quatre cinq six.', 'Sept huit neuf.', 'Dix onze douze.'];
    const whole = await words(sentences);
    assert.deepEqual(await chunkSentences(sentences, words, { maxInputTokens: whole, reserve: 0 }), [sentences]);
    const two = await words(sentences.slice(0, 2));
    const chunks = await chunkSentences(sentences, words, { maxInputTokens: two, reserve: 0 });
    assert.deepEqual(chunks, [sentences.slice(0, 2), sentences.slice(2, 4)]);
    for (const chunk of chunks) assert.ok((await words(chunk)) <= two);
  });

  it('refuses a sentence that alone exceeds the limit', async () => {
    await assert.rejects(chunkSentences(['Un deux trois quatre.'], words, { maxInputTokens: 10, reserve: 0 }), RangeError);
  });
});

describe('machine translation: the Translation section', () => {
  it('lists the French sentences the way the format counts them (M. does not end one)', () => {
    assert.deepEqual(lessonSentences(SOURCE, FILE), [
      'Le ministre a reçu son homologue à Paris.',
      "Les deux chefs d'État se rencontreront vendredi.",
      'M. Dupont a déclaré : « Nous sommes prêts ! »',
      'La réunion durera deux jours.',
    ]);
  });

  it('writes a numbered list marked as machine translation before the Notes, which the parser reads back', () => {
    const written = withMachineTranslation(SOURCE, FILE, ENGLISH, 'Scripted Model');
    assert.match(written, /## Translation\n\n<!-- machine translation: Scripted Model -->\n\n1\. The minister[^\n]*\n2\.[^\n]*\n3\.[^\n]*\n4\. The meeting will last two days\.\n\n## Notes/);
    const lesson = parseLesson(written, FILE);
    assert.deepEqual(lesson.translation, { mode: 'sentence', sentences: ENGLISH, machine: 'Scripted Model' });
    assert.deepEqual(lesson.paragraphs, parseLesson(SOURCE, FILE).paragraphs);
  });

  it('appends the section at the end when the lesson has no Questions or Notes', () => {
    const source = SOURCE.slice(0, SOURCE.indexOf('## Notes'));
    const written = withMachineTranslation(source, FILE, ENGLISH, 'M');
    assert.ok(written.endsWith('4. The meeting will last two days.\n'));
    assert.equal(parseLesson(written, FILE).translation?.machine, 'M');
  });

  it('keeps a model name from closing the comment early', () => {
    const written = withMachineTranslation(SOURCE, FILE, ENGLISH, 'evil --> <b>');
    assert.equal(parseLesson(written, FILE).translation?.machine, 'evil <b');
  });

  it('refuses a wrong count, a lesson already translated, and a sentence Markdown would change', () => {
    assert.throws(() => withMachineTranslation(SOURCE, FILE, ENGLISH.slice(1), 'M'), /translation has 3 sentences but the French text has 4/);
    const translated = withMachineTranslation(SOURCE, FILE, ENGLISH, 'M');
    assert.throws(() => withMachineTranslation(translated, FILE, ENGLISH, 'M'), TranslationWriteError);
    const twoParagraphs = ['One line.\n\n   Another paragraph.', ...ENGLISH.slice(1)];
    assert.throws(() => withMachineTranslation(SOURCE, FILE, twoParagraphs, 'M'), /Sentence 1 of the translation does not read back/);
  });

  it('a hand-written translation has no machine mark', () => {
    const source = SOURCE.replace('## Notes', '## Translation\n\n1. a\n2. b\n3. c\n4. d\n\n## Notes');
    assert.equal(parseLesson(source, FILE).translation?.machine, undefined);
  });
});
