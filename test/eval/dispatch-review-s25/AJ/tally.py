#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['nucleaire', 'motion-censure']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', '-'}
ERR_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other'}
SEV = ['reversal', 'misleading', 'minor']

def read(p):
    with open(p, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))

J = {n: json.load(open(n + '.json', encoding='utf-8')) for n in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []

# --- judged tokens
seen = Counter()
for r in judged:
    n, i = r['file'], int(r['token'])
    toks = J[n]['tokens']
    if i >= len(toks): problems.append(f'{n}:{i} out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f'{n}:{i} form {r["form"]!r} != JSON {t["form"]!r}')
    if t.get('upos') != r['upos']: problems.append(f'{n}:{i} upos {r["upos"]} != JSON {t.get("upos")}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{n}:{i} bad verdict')
    if r['class'] not in TOKEN_CLASSES: problems.append(f'{n}:{i} bad class {r["class"]}')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'{n}:{i} verdict/class mismatch')
    seen[(n, i)] += 1
for k, c in seen.items():
    if c > 1: problems.append(f'{k} judged {c} times')
for n in FILES:
    for i, t in enumerate(J[n]['tokens']):
        if t['kind'] != 'punct' and t.get('upos') in JUDGED_UPOS and (n, i) not in seen:
            problems.append(f'{n}:{i} {t["form"]} ({t.get("upos")}) not judged')

# --- expressions
eseen = Counter(); verdict_of = {}
for r in exprs:
    n = r['file']
    if r['verdict'] not in ('right', 'wrong', 'missed'): problems.append(f'{n} expr bad verdict {r["verdict"]}')
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'{n} unnumbered expr not "missed"')
        continue
    j = int(r['expr']); E = J[n]['expressions']
    if j >= len(E): problems.append(f'{n} expr {j} out of range'); continue
    if E[j]['lemma'] != r['lemma']: problems.append(f'{n} expr {j} lemma mismatch')
    eseen[(n, j)] += 1; verdict_of[(n, j)] = r['verdict']
for n in FILES:
    for j in range(len(J[n]['expressions'])):
        if eseen[(n, j)] != 1: problems.append(f'{n} expr {j} judged {eseen[(n, j)]} times')

# inside-right-expression consistency
for r in judged:
    n, i = r['file'], int(r['token']); e = J[n]['tokens'][i].get('expression')
    want = 'yes' if e is not None and verdict_of.get((n, e)) == 'right' else 'no'
    if r['inside_right_expr'] != want: problems.append(f'{n}:{i} inside_right_expr {r["inside_right_expr"]} != {want}')

for r in errors:
    if r['class'] not in ERR_CLASSES: problems.append(f'error row bad class {r["class"]}')
    if r['severity'] not in SEV: problems.append(f'error row bad severity {r["severity"]}')
# every failed token has an error row, every missed/wrong expression too
fails = Counter(r['file'] for r in judged if r['verdict'] == 'fail')
tokerr = Counter(r['file'] for r in errors if r['class'] not in ('expression-wrong', 'expression-missed') and not r['should_be'].endswith('outside the judged classes)'))
for n in FILES:
    if fails[n] != tokerr[n]: problems.append(f'{n}: {fails[n]} failed tokens but {tokerr[n]} token error rows')
    for v, c in (('wrong', 'expression-wrong'), ('missed', 'expression-missed')):
        a = sum(1 for r in exprs if r['file'] == n and r['verdict'] == v)
        b = sum(1 for r in errors if r['file'] == n and r['class'] == c)
        if a != b: problems.append(f'{n}: {a} {v} expressions but {b} {c} error rows')

if problems:
    print('CHECK FAILED:', *problems, sep='\n  ', file=sys.stderr); sys.exit(1)

# --- tally
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
rows = []
tot = defaultdict(int)
for n in FILES + ['total']:
    jr = [r for r in judged if n == 'total' or r['file'] == n]
    er = [r for r in errors if n == 'total' or r['file'] == n]
    xr = [r for r in exprs if n == 'total' or r['file'] == n]
    w = len(jr); s = sum(r['verdict'] == 'ok' for r in jr)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expr'] == 'yes' for r in jr)
    found = sum(r['expr'] != '-' for r in xr); right = sum(r['verdict'] == 'right' for r in xr)
    missed = sum(r['verdict'] == 'missed' for r in xr)
    sev = Counter(r['severity'] for r in er)
    rows.append(f'| {n} | {w} | {pct(s, w)} | {pct(l, w)} | {found} / {right} | {missed} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
print('## Tally (blind review AJ, frozen2 engine)\n')
print('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
print('|---|---|---|---|---|---|---|---|---|')
print(*rows, sep='\n')
print('\n### Strict accuracy by engine UPOS\n')
print('| UPOS | judged | ok strict | failed |')
print('|---|---|---|---|')
by = defaultdict(lambda: [0, 0])
for r in judged:
    by[r['upos']][0] += 1; by[r['upos']][1] += r['verdict'] == 'ok'
for u in sorted(by, key=lambda u: -by[u][0]):
    a, b = by[u]; print(f'| {u} | {a} | {pct(b, a)} | {a-b} |')
print('\n### Error rows by class\n')
print('| class | rows | reversal | misleading | minor |')
print('|---|---|---|---|---|')
bc = defaultdict(Counter)
for r in errors: bc[r['class']][r['severity']] += 1
for c in sorted(bc, key=lambda c: -sum(bc[c].values())):
    print(f'| {c} | {sum(bc[c].values())} | {bc[c]["reversal"]} | {bc[c]["misleading"]} | {bc[c]["minor"]} |')
print(f'| **all** | {len(errors)} | {sum(b["reversal"] for b in bc.values())} | {sum(b["misleading"] for b in bc.values())} | {sum(b["minor"] for b in bc.values())} |')
