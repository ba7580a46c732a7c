#!/usr/bin/env python3
"""Checks the blind review files against the engine JSON and prints the figures (markdown)."""
import csv, json, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['migrants', 'presidentielle']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other'}
SEVS = ['reversal', 'misleading', 'minor']
problems = []

def read(name):
    with open(os.path.join(HERE, name), newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

data = {f: json.load(open(os.path.join(HERE, f + '.json'), encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- judged tokens ------------------------------------------------------
seen = defaultdict(Counter)
for r in judged:
    f, i = r['file'], int(r['token index'])
    toks = data[f]['tokens']
    if not 0 <= i < len(toks):
        problems.append(f'{f} t{i}: index out of range'); continue
    t = toks[i]
    seen[f][i] += 1
    if r['form'] != t['form']:
        problems.append(f"{f} t{i}: form {r['form']!r} != JSON {t['form']!r}")
    if r['upos(engine)'] != t['upos']:
        problems.append(f"{f} t{i}: upos {r['upos(engine)']} != JSON {t['upos']}")
    if t['upos'] not in JUDGED:
        problems.append(f'{f} t{i}: upos {t["upos"]} is not a judged class')
    if r['verdict'] not in ('ok', 'fail'):
        problems.append(f'{f} t{i}: bad verdict {r["verdict"]}')
    if r['inside-right-expression'] not in ('yes', 'no'):
        problems.append(f'{f} t{i}: bad inside-right-expression')
    if r['verdict'] == 'ok' and r['class'] != '-':
        problems.append(f'{f} t{i}: ok with class {r["class"]}')
    if r['verdict'] == 'fail' and r['class'] not in CLASSES:
        problems.append(f'{f} t{i}: fail with bad class {r["class"]}')
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED and seen[f][i] != 1:
            problems.append(f'{f} t{i} {t["form"]}: judged {seen[f][i]} times')

# --- expressions --------------------------------------------------------
ev = defaultdict(dict)
for r in exprs:
    f = r['file']
    if r['expr index'] == '-':
        if r['verdict'] != 'missed':
            problems.append(f'{f}: row without index must be missed')
        continue
    j = int(r['expr index'])
    e = data[f]['expressions'][j]
    if j in ev[f]:
        problems.append(f'{f} e{j}: judged twice')
    ev[f][j] = r['verdict']
    if r['lemma'] != e['lemma'] or r['parts'] != ','.join(map(str, e['parts'])):
        problems.append(f'{f} e{j}: lemma/parts do not match JSON')
    if r['verdict'] not in ('right', 'wrong'):
        problems.append(f'{f} e{j}: bad verdict')
for f in FILES:
    for j in range(len(data[f]['expressions'])):
        if j not in ev[f]:
            problems.append(f'{f} e{j}: not judged')
# inside-right-expression must agree with JSON + expression verdicts
for r in judged:
    f, i = r['file'], int(r['token index'])
    x = data[f]['tokens'][i].get('expression')
    want = 'yes' if x is not None and ev[f].get(x) == 'right' else 'no'
    if r['inside-right-expression'] != want:
        problems.append(f'{f} t{i}: inside-right-expression {r["inside-right-expression"]} != {want}')

# --- errors: exactly one row per failed token / wrong / missed expression
need = Counter()
for r in judged:
    if r['verdict'] == 'fail':
        need[(r['file'], 't' + r['token index'])] += 1
for r in exprs:
    if r['verdict'] == 'wrong':
        need[(r['file'], 'e' + r['expr index'])] += 1
    elif r['verdict'] == 'missed':
        need[(r['file'], 'missed:' + r['lemma'])] += 1
have = Counter()
cls_of = {}
for r in judged:
    if r['verdict'] == 'fail':
        cls_of[(r['file'], 't' + r['token index'])] = r['class']
for r in exprs:
    if r['verdict'] in ('wrong', 'missed'):
        key = (r['file'], ('e' + r['expr index']) if r['verdict'] == 'wrong' else 'missed:' + r['lemma'])
        cls_of[key] = r['class']
for r in errors:
    tk = r['token(s)']
    key = (r['file'], 'missed:' + tk[len('missed: '):]) if tk.startswith('missed: ') else (r['file'], tk.split(' ')[0])
    have[key] += 1
    if r['severity'] not in SEVS:
        problems.append(f'{key}: bad severity {r["severity"]}')
    if cls_of.get(key) != r['class']:
        problems.append(f'{key}: error class {r["class"]} != judged class {cls_of.get(key)}')
for k in set(need) | set(have):
    if need[k] != 1 or have[k] != 1:
        problems.append(f'{k}: needs {need[k]} error row(s), has {have[k]}')

# --- figures ------------------------------------------------------------
def pct(a, b):
    return f'{100 * a / b:.1f}%' if b else '-'

out = []
out.append('# Blind review T — tally\n')
out.append(f'Consistency checks: {"all passed" if not problems else str(len(problems)) + " PROBLEM(S)"}\n')
for p in problems:
    out.append(f'- PROBLEM: {p}')
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversal | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|')
rows = {}
for f in FILES + ['total']:
    J = [r for r in judged if f == 'total' or r['file'] == f]
    X = [r for r in exprs if f == 'total' or r['file'] == f]
    R = [r for r in errors if f == 'total' or r['file'] == f]
    n = len(J)
    s = sum(r['verdict'] == 'ok' for r in J)
    l = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    found = sum(r['verdict'] in ('right', 'wrong') for r in X)
    right = sum(r['verdict'] == 'right' for r in X)
    missed = sum(r['verdict'] == 'missed' for r in X)
    sev = Counter(r['severity'] for r in R)
    name = f'**{f}**' if f == 'total' else f
    out.append(f'| {name} | {n} | {s} ({pct(s, n)}) | {l} ({pct(l, n)}) | {found} / {right} | {missed} | '
               f'{sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')

out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(FILES) + ' | total |')
out.append('|---|' + '---|' * (len(FILES) + 1))
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for f in FILES + ['total']:
        J = [r for r in judged if (f == 'total' or r['file'] == f) and r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in J)
        cells.append(f'{ok}/{len(J)} ({pct(ok, len(J))})')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out.append('\n## Error counts by class (errors.tsv rows)\n')
out.append('| class | ' + ' | '.join(FILES) + ' | total |')
out.append('|---|' + '---|' * (len(FILES) + 1))
order = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
         'expression-wrong', 'expression-missed', 'other']
for c in order:
    cells = [str(sum(r['class'] == c for r in errors if f == 'total' or r['file'] == f)) for f in FILES + ['total']]
    out.append(f'| {c} | ' + ' | '.join(cells) + ' |')
cells = [str(sum(1 for r in errors if f == 'total' or r['file'] == f)) for f in FILES + ['total']]
out.append('| **all** | ' + ' | '.join(cells) + ' |')

out.append('\n## All errors by class and severity\n')
c2 = Counter((r['class'], r['severity']) for r in errors)
for (c, s), n in sorted(c2.items()):
    out.append(f'- {c} / {s}: {n}')

print('\n'.join(out))
sys.exit(1 if problems else 0)
