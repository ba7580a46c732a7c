#!/usr/bin/env python3
"""Checks the blind review tables against the engine JSON and prints the figures (Markdown)."""
import csv, json, re, sys
from collections import Counter, defaultdict

FILES = ['otan', 'climat']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']
SEVS = ['reversal', 'misleading', 'minor']
problems = []


def read(name, header):
    with open(name, encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
    if rows[0] != header:
        problems.append(f'{name}: bad header {rows[0]}')
    for r in rows[1:]:
        if len(r) != len(header):
            problems.append(f'{name}: bad row {r}')
    return rows[1:]


J = read('judged.tsv', ['file', 'token index', 'form', 'verdict', 'inside-right-expression',
                        'upos(engine)', 'class', 'note'])
X = read('expressions.tsv', ['file', 'expr index', 'lemma', 'gloss', 'parts', 'verdict', 'class',
                             'should be'])
ER = read('errors.tsv', ['file', 'sentence excerpt', 'token(s)', 'engine gave', 'should be',
                         'class', 'severity'])
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}

# ---- expressions: each found expression judged exactly once
xverdict = {}
for r in X:
    f, k, v = r[0], r[1], r[5]
    if f not in data:
        problems.append(f'expressions: unknown file {f}'); continue
    if k == '-':
        if v != 'missed' or r[6] != 'expression-missed':
            problems.append(f'expressions: missed row malformed {r}')
        continue
    k = int(k)
    E = data[f]['expressions']
    if k >= len(E):
        problems.append(f'expressions: {f} #{k} out of range'); continue
    if r[2] != E[k]['lemma'] or r[4] != ','.join(map(str, E[k]['parts'])):
        problems.append(f'expressions: {f} #{k} lemma/parts mismatch')
    if v not in ('right', 'wrong'):
        problems.append(f'expressions: {f} #{k} bad verdict {v}')
    if v == 'right' and r[6] != '-':
        problems.append(f'expressions: {f} #{k} right but class {r[6]}')
    if v == 'wrong' and r[6] not in CLASSES:
        problems.append(f'expressions: {f} #{k} bad class {r[6]}')
    if (f, k) in xverdict:
        problems.append(f'expressions: {f} #{k} judged twice')
    xverdict[(f, k)] = v
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if (f, k) not in xverdict:
            problems.append(f'expressions: {f} #{k} not judged')

# ---- tokens: every token of the judged classes exactly once, forms match
jv = {}
for r in J:
    f, i = r[0], int(r[1])
    T = data[f]['tokens']
    if i >= len(T):
        problems.append(f'judged: {f} #{i} out of range'); continue
    t = T[i]
    if r[2] != t['form']:
        problems.append(f'judged: {f} #{i} form {r[2]!r} != JSON {t["form"]!r}')
    if r[5] != t['upos']:
        problems.append(f'judged: {f} #{i} upos {r[5]} != JSON {t["upos"]}')
    if t['upos'] not in JUDGED:
        problems.append(f'judged: {f} #{i} upos {t["upos"]} is not a judged class')
    if r[3] not in ('ok', 'fail'):
        problems.append(f'judged: {f} #{i} bad verdict')
    if (r[3] == 'ok') != (r[6] == '-') or (r[3] == 'fail' and r[6] not in CLASSES):
        problems.append(f'judged: {f} #{i} verdict/class inconsistent')
    ex = t.get('expression')
    inside = 'yes' if ex is not None and xverdict.get((f, ex)) == 'right' else 'no'
    if r[4] != inside:
        problems.append(f'judged: {f} #{i} inside-right-expression {r[4]} != computed {inside}')
    if (f, i) in jv:
        problems.append(f'judged: {f} #{i} judged twice')
    jv[(f, i)] = r
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED and (f, i) not in jv:
            problems.append(f'judged: {f} #{i} {t["form"]} ({t["upos"]}) not judged')

# ---- errors: exactly one row per failed token / wrong expression / missed expression
need = Counter()
for (f, i), r in jv.items():
    if r[3] == 'fail':
        need[(f, 'tok', str(i))] += 1
missed_rows = {}
for r in X:
    if r[5] == 'wrong':
        need[(r[0], 'expr', r[1])] += 1
    elif r[5] == 'missed':
        need[(r[0], 'missed', r[4])] += 1
        missed_rows[(r[0], r[4])] = r
have = Counter()
err_by = {}
for r in ER:
    f, tk = r[0], r[2]
    m = re.match(r'#(\d+) (.*)$', tk)
    if m:
        key = (f, 'tok', m.group(1))
        T = data[f]['tokens']
        if int(m.group(1)) < len(T) and T[int(m.group(1))]['form'] != m.group(2):
            problems.append(f'errors: {f} {tk} form mismatch')
        if key in jv and False:
            pass
        jr = jv.get((f, int(m.group(1))))
        if jr and jr[6] != r[5]:
            problems.append(f'errors: {f} {tk} class {r[5]} != judged class {jr[6]}')
    else:
        m = re.match(r'expr#(\d+) ', tk)
        if m:
            key = (f, 'expr', m.group(1))
        else:
            m = re.match(r'missed\[([\d,]+)\] ', tk)
            if not m:
                problems.append(f'errors: unparsable token(s) {tk}'); continue
            key = (f, 'missed', m.group(1))
    if r[6] not in SEVS:
        problems.append(f'errors: bad severity {r[6]} in {tk}')
    if r[5] not in CLASSES:
        problems.append(f'errors: bad class {r[5]} in {tk}')
    have[key] += 1
    err_by[key] = r
for k in set(need) | set(have):
    if need[k] != 1 or have[k] != 1:
        problems.append(f'errors: {k} needs {need[k]} row(s), has {have[k]}')

# ---- figures
out = []
P = lambda n, d: f'{n} ({100.0 * n / d:.1f} %)' if d else f'{n} (–)'
out.append('# Blind review V — tally\n')
out.append('Strict: tag + lemma right and FIRST gloss sense fits. Lenient: strict, or a failed word '
           'sitting inside an expression judged right.\n')
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found | '
           'expr. right | expr. missed | reversal | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|---|')
tot = Counter()
for f in FILES + ['total']:
    fs = FILES if f == 'total' else [f]
    rows = [r for r in J if r[0] in fs]
    n = len(rows)
    s = sum(r[3] == 'ok' for r in rows)
    l = sum(r[3] == 'ok' or r[4] == 'yes' for r in rows)
    ef = sum(len(data[x]['expressions']) for x in fs)
    er = sum(1 for (x, k), v in xverdict.items() if x in fs and v == 'right')
    em = sum(1 for r in X if r[0] in fs and r[5] == 'missed')
    sev = Counter(r[6] for r in ER if r[0] in fs)
    out.append(f'| {f} | {n} | {P(s, n)} | {P(l, n)} | {ef} | {P(er, ef)} | {em} | '
               f'{sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')

out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(FILES) + ' | total |')
out.append('|---|' + '---|' * (len(FILES) + 1))
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for fs in [[x] for x in FILES] + [FILES]:
        rows = [r for r in J if r[0] in fs and r[5] == u]
        cells.append(f'{sum(r[3] == "ok" for r in rows)}/{len(rows)}'
                     + (f' ({100.0 * sum(r[3] == "ok" for r in rows) / len(rows):.1f} %)' if rows else ''))
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out.append('\n## Error counts by class (rows of errors.tsv)\n')
out.append('| class | ' + ' | '.join(FILES) + ' | total | of which inside a right expression |')
out.append('|---|' + '---|' * (len(FILES) + 2))
for c in CLASSES:
    cnt = [sum(1 for r in ER if r[0] == x and r[5] == c) for x in FILES]
    inside = sum(1 for r in J if r[3] == 'fail' and r[6] == c and r[4] == 'yes')
    out.append(f'| {c} | ' + ' | '.join(map(str, cnt)) + f' | {sum(cnt)} | {inside} |')

out.append('\n## Reversal and misleading errors\n')
for r in ER:
    if r[6] in ('reversal', 'misleading'):
        out.append(f'- **{r[6]}** — {r[0]}: {r[2]} — engine: {r[3]} — should be: {r[4]}  \n  “{r[1]}”')
out.append('\n## Missed expressions\n')
for r in X:
    if r[5] == 'missed':
        out.append(f'- {r[0]}: *{r[2]}* (tokens {r[4]}) = {r[7]}')

out.append('\n## Reviewer conventions and remarks\n')
out.append('- A word inside an idiom passes if its first sense is the literal meaning it contributes '
           '(huile = oil in *jeter de l\'huile sur le feu*); it fails if the sense it bears there is '
           'a different one (terme = end in *au terme de*, first sense "term").')
out.append('- Past participles tagged VERB pass when the first sense fits (engine puts the adjectival '
           'sense first, e.g. tendu = tense).')
out.append('- Failures inside an expression glossed right are rated minor (the expression gloss is shown); '
           'missing glosses are rated minor (no misreading, only a gap).')
out.append('- Outside the judged classes (not counted): otan #54 *devant* in *le devant de la scène* tagged '
           'ADP (is NOUN); climat #370 *de* in *hors de portée* tagged DET, lemma "un" (is ADP).')

out.append('\n## Consistency checks\n')
if problems:
    out.append(f'**{len(problems)} problem(s):**')
    out += ['- ' + p for p in problems]
else:
    out.append('All checks passed: forms match the JSON; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged '
               'exactly once; every expression judged once; one error row per failed token, wrong '
               'expression and missed expression.')
print('\n'.join(out))
sys.exit(1 if problems else 0)
