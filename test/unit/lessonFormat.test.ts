// The lesson format has one source: the lists in src/core/lesson/format.ts (which the parser, the
// editor's diagnostics and completions, and the New Lesson template use) are the lists that
// lessons/README.md states.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CEFR_LEVELS,
  FRONT_MATTER_FIELDS,
  GENDERS,
  GLOSSARY_HEADER,
  GLOSSARY_POS,
  NOTE_KINDS,
  NOTE_KIND_DESCRIPTIONS,
  POS_DESCRIPTIONS,
  REQUIRED_FIELDS,
  REQUIRED_SECTIONS,
  SECTION_NAMES,
} from '../../src/core/lesson/format';

const SPEC = readFileSync(join(__dirname, '..', '..', 'lessons', 'README.md'), 'utf8');

/** The `code` spans of the first line of the spec that matches `line`. */
function codeSpans(line: RegExp): string[] {
  const found = SPEC.split('\n').find((l) => line.test(l));
  assert.ok(found, `the spec has a line matching ${line}`);
  return [...found.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

describe('lesson format: one source for the parser, the editor and lessons/README.md', () => {
  it('lists the same parts of speech', () => {
    const line = SPEC.split('\n').findIndex((l) => l.startsWith('- **POS**'));
    const bullet = SPEC.split('\n').slice(line, line + 2).join(' ');
    const tags = [...bullet.slice(0, bullet.indexOf(')')).matchAll(/`([A-Z]+)`/g)].map((m) => m[1]);
    assert.deepEqual(tags, [...GLOSSARY_POS]);
    assert.deepEqual(Object.keys(POS_DESCRIPTIONS), [...GLOSSARY_POS]);
  });

  it('lists the same note kinds, genders and levels', () => {
    assert.deepEqual(codeSpans(/^Kinds: /).slice(0, NOTE_KINDS.length), [...NOTE_KINDS]);
    assert.deepEqual(Object.keys(NOTE_KIND_DESCRIPTIONS), [...NOTE_KINDS]);
    assert.deepEqual(codeSpans(/^- \*\*Gender\*\*/), [...GENDERS]);
    assert.match(SPEC, new RegExp(`CEFR: ${CEFR_LEVELS.join(' ')}\\n`));
  });

  it('lists the same front matter fields, required and optional', () => {
    // "`title`, `level`, `series` and `order` are required; `source`, `date` (ISO …) and `tags` are optional."
    const lines = SPEC.split('\n');
    const at = lines.findIndex((l) => /are required;/.test(l));
    const [required = '', optional = ''] = `${lines[at]} ${lines[at + 1]}`.split('are required;');
    const fields = (s: string) => [...s.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!);
    assert.deepEqual(fields(required), [...REQUIRED_FIELDS]);
    assert.deepEqual([...fields(required), ...fields(optional)].sort(), [...FRONT_MATTER_FIELDS].sort());
  });

  it('lays out the same sections, and the same glossary header', () => {
    const layout = SPEC.slice(SPEC.indexOf('## Layout'), SPEC.indexOf('### Front matter'));
    assert.deepEqual([...layout.matchAll(/^## (\w+) /gm)].map((m) => m[1]), [...SECTION_NAMES]);
    assert.match(SPEC, new RegExp(`\`## ${REQUIRED_SECTIONS.join('` and\\s+`## ')}\` are required`));
    assert.ok(SPEC.includes(GLOSSARY_HEADER));
  });
});
