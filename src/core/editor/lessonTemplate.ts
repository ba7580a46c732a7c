// The New Lesson template: front matter filled in, the sections in place, from the format's own
// lists. It parses as it is (one sentence and one glossary row to replace), so the Problems panel
// starts empty and speaks up as the author writes.
import { GLOSSARY_HEADER, SECTION_NAMES } from '../lesson/format';
import type { Cefr } from '../lesson/model';

export interface LessonTemplateInput {
  title: string;
  series: string;
  order: number;
  level: Cefr;
  /** YYYY-MM-DD */
  date: string;
}

const SECTION_BODIES: Record<(typeof SECTION_NAMES)[number], string> = {
  Text: 'Écrivez ici le texte en français, un paragraphe par paragraphe de la dépêche.',
  Glossary: `${GLOSSARY_HEADER}\n|---|---|---|---|---|\n| écrire | VERB | | to write | |`,
  Translation: '1. Write the English translation here, one numbered line per French sentence.',
  Questions: '',
  Notes: '',
};

export function lessonTemplate(input: LessonTemplateInput): string {
  const front = ['---', `title: ${input.title}`, 'source: ', `date: ${input.date}`, `level: ${input.level}`, `series: ${input.series}`, `order: ${input.order}`, 'tags: ', '---'];
  // Questions and Notes are optional and empty sections are errors: they are left for the author to add.
  const sections = SECTION_NAMES.filter((name) => SECTION_BODIES[name] !== '').map((name) => `## ${name}\n\n${SECTION_BODIES[name]}\n`);
  return `${front.join('\n')}\n\n${sections.join('\n')}`;
}

/** `03-une-rencontre.md`: the order, then the title in lower-case ASCII words. */
export function lessonFileName(order: number, title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return `${String(order).padStart(2, '0')}-${slug || 'lecon'}.md`;
}
