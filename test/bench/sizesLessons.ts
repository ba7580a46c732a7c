// Lessons at the sizes the limits allow, for the size bench: a word repeated many times, and a
// lesson of real French text as large as a lesson file may be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function lessonFile(paragraphs: string[]): string {
  return [
    '---',
    'title: Bench',
    'level: B1',
    'series: bench',
    'order: 1',
    '---',
    '',
    '## Text',
    '',
    paragraphs.join('\n\n'),
    '',
    '## Glossary',
    '',
    '| French | POS | Gender | English |',
    '|---|---|---|---|',
    '| mot | NOUN | m | word |',
    '',
  ].join('\n');
}

/** `repeats` times the word `mot`, in paragraphs of 500 words (under the paragraph limit). */
export function repeatedWordLesson(repeats: number): string {
  const paragraphs: string[] = [];
  for (let left = repeats; left > 0; left -= 500) paragraphs.push(Array(Math.min(500, left)).fill('mot').join(' ') + '.');
  return lessonFile(paragraphs);
}

/** One paragraph of the format example's sentences, `chars` characters at most. */
export function paragraphLesson(chars: number): string {
  const sentences = exampleParagraphs().join(' ');
  let text = '';
  while (text.length + sentences.length + 1 <= chars) text += (text === '' ? '' : ' ') + sentences;
  return lessonFile([text]);
}

function exampleParagraphs(): string[] {
  const sample = readFileSync(join(ROOT, 'test', 'fixtures', 'lessons', 'example.md'), 'utf8');
  const text = sample.split('## Text')[1]?.split('\n## ')[0] ?? '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** The format example's paragraphs over and over, up to `bytes` of lesson file. */
export function largeFrenchLesson(bytes: number): string {
  const source = exampleParagraphs();
  const paragraphs: string[] = [];
  let size = lessonFile([]).length;
  for (let i = 0; ; i++) {
    const p = source[i % source.length] as string;
    if (size + p.length + 2 > bytes) break;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return lessonFile(paragraphs);
}
