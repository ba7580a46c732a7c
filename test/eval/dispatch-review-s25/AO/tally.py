#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['eurozone-budget', 'seisme-diplomatique']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERR_CLASSES = TOKEN_CLASSES | {'expression-wrong', 'expression-missed'}
SEV = {'reversal', 'misleading', 'minor'}

def rows(p):
    with open(p, encoding='utf-8') as h:
        return list(csv.DictReader(h, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(c, msg):
    if not c: problems.append(msg)

data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
judged, exprs, errors = rows('judged.tsv'), rows('expressions.tsv'), rows('errors.tsv')

# expressions: each found expression judged exactly once
right_parts = {f: set() for f in FILES}
seen_e = Counter()
for r in exprs:
    f = r['file']; check(f in data, f'unknown file {f}')
    check(r['verdict'] in ('right', 'wrong', 'missed'), f'bad expr verdict {r}')
    if r['expr'] == '-':
        check(r['verdict'] == 'missed', f'unindexed expression not marked missed: {r}')
        continue
    i = int(r['expr']); E = data[f]['expressions']
    check(0 <= i < len(E), f'{f} expr {i} out of range')
    check(E[i]['lemma'] == r['lemma'], f"{f} expr {i}: lemma {r['lemma']!r} != {E[i]['lemma']!r}")
    check(r['verdict'] in ('right', 'wrong'), f'{f} expr {i}: found expression marked {r["verdict"]}')
    seen_e[(f, i)] += 1
    if r['verdict'] == 'right': right_parts[f].update(E[i]['parts'])
for f in FILES:
    for i in range(len(data[f]['expressions'])):
        check(seen_e[(f, i)] == 1, f'{f} expr {i} judged {seen_e[(f, i)]} times')

# tokens
seen_t = Counter()
for r in judged:
    f = r['file']; i = int(r['token']); T = data[f]['tokens']
    check(0 <= i < len(T), f'{f} token {i} out of range')
    t = T[i]
    check(t['form'] == r['form'], f"{f} token {i}: form {r['form']!r} != {t['form']!r}")
    check(t.get('upos') == r['upos'], f"{f} token {i}: upos {r['upos']} != {t.get('upos')}")
    check(r['verdict'] in ('ok', 'fail'), f'{f} token {i}: bad verdict')
    check((r['verdict'] == 'ok') == (r['class'] == '-'), f'{f} token {i}: class/verdict mismatch')
    check(r['verdict'] == 'ok' or r['class'] in TOKEN_CLASSES, f'{f} token {i}: bad class {r["class"]}')
    check(r['inside_right_expr'] == ('yes' if i in right_parts[f] else 'no'), f'{f} token {i}: inside_right_expr inconsistent')
    seen_t[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t.get('upos') in JUDGED_UPOS:
            check(seen_t[(f, i)] == 1, f"{f} token {i} {t['form']!r} ({t.get('upos')}) judged {seen_t[(f, i)]} times")
for k, v in seen_t.items():
    check(v == 1, f'{k} judged {v} times')

# errors: one row per failed token, per wrong expression, per missed expression
for r in errors:
    check(r['file'] in data, f'errors: unknown file'); check(r['class'] in ERR_CLASSES, f"errors: bad class {r['class']}")
    check(r['severity'] in SEV, f"errors: bad severity {r['severity']}")
for f in FILES:
    nf = sum(1 for r in judged if r['file'] == f and r['verdict'] == 'fail')
    nw = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'wrong')
    nm = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'missed')
    ne = Counter(r['class'] for r in errors if r['file'] == f)
    check(sum(v for k, v in ne.items() if k in TOKEN_CLASSES) == nf, f'{f}: token error rows != failed tokens')
    check(ne['expression-wrong'] == nw, f'{f}: expression-wrong rows != wrong expressions')
    check(ne['expression-missed'] == nm, f'{f}: expression-missed rows != missed expressions')

if problems:
    print('CHECK FAILED:'); [print(' -', p) for p in problems]; sys.exit(1)

def pct(a, b): return f'{a} ({100*a/b:.1f}%)' if b else '0'
out = ['## Tally (checks passed: forms match JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once, every expression judged once)', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
tot = Counter()
for f in FILES + ['TOTAL']:
    J = [r for r in judged if f == 'TOTAL' or r['file'] == f]
    X = [r for r in exprs if f == 'TOTAL' or r['file'] == f]
    R = [r for r in errors if f == 'TOTAL' or r['file'] == f]
    n = len(J); s = sum(r['verdict'] == 'ok' for r in J)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expr'] == 'yes' for r in J)
    found = sum(r['verdict'] in ('right', 'wrong') for r in X); right = sum(r['verdict'] == 'right' for r in X)
    miss = sum(r['verdict'] == 'missed' for r in X); sev = Counter(r['severity'] for r in R)
    name = f'**{f}**' if f == 'TOTAL' else f
    out.append(f"| {name} | {n} | {pct(s, n)} | {pct(l, n)} | {found} / {right} | {miss} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")
out += ['', '### Strict accuracy by engine UPOS', '', '| UPOS | judged | ok strict | ok lenient |', '|---|---|---|---|']
by = defaultdict(list)
for r in judged: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    J = by[u]; n = len(J)
    out.append(f"| {u} | {n} | {pct(sum(r['verdict']=='ok' for r in J), n)} | {pct(sum(r['verdict']=='ok' or r['inside_right_expr']=='yes' for r in J), n)} |")
out += ['', '### Error rows by class (errors.tsv)', '', '| class | ' + ' | '.join(FILES) + ' | total | misleading | reversal |', '|---|---|---|---|---|---|']
cls = Counter((r['file'], r['class']) for r in errors)
for c in ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', 'expression-wrong', 'expression-missed']:
    t = sum(cls[(f, c)] for f in FILES)
    mis = sum(1 for r in errors if r['class'] == c and r['severity'] == 'misleading')
    rev = sum(1 for r in errors if r['class'] == c and r['severity'] == 'reversal')
    out.append(f"| {c} | " + ' | '.join(str(cls[(f, c)]) for f in FILES) + f' | {t} | {mis} | {rev} |')
out.append(f'| **all** | ' + ' | '.join(str(sum(1 for r in errors if r['file'] == f)) for f in FILES) + f' | {len(errors)} | '
           + str(sum(r['severity'] == 'misleading' for r in errors)) + ' | ' + str(sum(r['severity'] == 'reversal' for r in errors)) + ' |')
out += ['', 'Severity counts are over error rows; a single slip can give both a token row and an expression row (e.g. *balle* / *la balle est dans le camp de*).']
print('\n'.join(out))
