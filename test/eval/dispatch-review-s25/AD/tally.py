#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, os, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__))
FILES = ['espionnage', 'cyclone']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
CLASSES_TOK = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
CLASSES_ERR = CLASSES_TOK | {'expression-wrong', 'expression-missed'}
SEV = ['reversal', 'misleading', 'minor']

def read(fn):
    with open(os.path.join(D, fn), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond: problems.append(msg)

data = {n: json.load(open(os.path.join(D, n + '.json'), encoding='utf-8')) for n in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- judged tokens
seen = Counter()
for r in judged:
    n, i = r['file'], int(r['token index'])
    toks = data[n]['tokens']
    check(0 <= i < len(toks), f'{n}#{i}: index out of range')
    t = toks[i]
    check(t['form'] == r['form'], f"{n}#{i}: form {r['form']!r} != JSON {t['form']!r}")
    check(t.get('upos') == r['upos(engine)'], f"{n}#{i}: upos {r['upos(engine)']} != JSON {t.get('upos')}")
    check(r['verdict'] in ('ok', 'fail'), f'{n}#{i}: bad verdict')
    check((r['verdict'] == 'ok') == (r['class'] == '-'), f'{n}#{i}: verdict/class mismatch')
    check(r['class'] == '-' or r['class'] in CLASSES_TOK, f"{n}#{i}: bad class {r['class']}")
    seen[(n, i)] += 1
for n in FILES:
    for i, t in enumerate(data[n]['tokens']):
        if t['kind'] == 'word' and t.get('upos') in JUDGED_UPOS:
            check(seen[(n, i)] == 1, f"{n}#{i} {t['form']} ({t.get('upos')}) judged {seen[(n, i)]} times")
for k, v in seen.items():
    check(v == 1, f'{k} judged {v} times')

# --- expressions
right_parts = defaultdict(set)
eseen = Counter()
for r in exprs:
    n = r['file']
    check(r['verdict'] in ('right', 'wrong', 'missed'), f"expr {n} {r['expr index']}: bad verdict")
    if r['expr index'] == '-':
        check(r['verdict'] == 'missed', f"expr {n} -: verdict must be missed")
        continue
    k = int(r['expr index']); e = data[n]['expressions'][k]
    check(e['lemma'] == r['lemma'], f"expr {n}#{k}: lemma {r['lemma']!r} != {e['lemma']!r}")
    check(','.join(map(str, e['parts'])) == r['parts'], f'expr {n}#{k}: parts differ')
    check(r['verdict'] in ('right', 'wrong'), f'expr {n}#{k}: found expression cannot be missed')
    eseen[(n, k)] += 1
    if r['verdict'] == 'right':
        right_parts[n].update(e['parts'])
for n in FILES:
    for k in range(len(data[n]['expressions'])):
        check(eseen[(n, k)] == 1, f'expr {n}#{k} judged {eseen[(n, k)]} times')
for r in judged:
    n, i = r['file'], int(r['token index'])
    exp = 'yes' if i in right_parts[n] else 'no'
    check(r['inside-right-expression'] == exp, f"{n}#{i}: inside-right-expression {r['inside-right-expression']} != {exp}")

# --- errors: every failed token has exactly one error row, and vice versa
fails = {(r['file'], int(r['token index'])) for r in judged if r['verdict'] == 'fail'}
tokerr = Counter()
for r in errors:
    check(r['class'] in CLASSES_ERR, f"error row bad class {r['class']}")
    check(r['severity'] in SEV, f"error row bad severity {r['severity']}")
    if r['class'] not in ('expression-missed', 'expression-wrong'):
        for tok in r['token(s)'].split():
            form, i = tok.rsplit('#', 1)
            i = int(i)
            check(data[r['file']]['tokens'][i]['form'] == form, f"error row {r['file']}#{i}: form mismatch")
            tokerr[(r['file'], i)] += 1
check(set(tokerr) == fails, f'error rows vs failed tokens differ: {set(tokerr) ^ fails}')
check(all(v == 1 for v in tokerr.values()), 'a failed token has several error rows')
nmissed_rows = Counter(r['file'] for r in errors if r['class'] == 'expression-missed')
nmissed_tab = Counter(r['file'] for r in exprs if r['verdict'] == 'missed')
check(nmissed_rows == nmissed_tab, 'missed expressions in errors.tsv and expressions.tsv differ')
nwrong_rows = Counter(r['file'] for r in errors if r['class'] == 'expression-wrong')
nwrong_tab = Counter(r['file'] for r in exprs if r['verdict'] == 'wrong')
check(nwrong_rows == nwrong_tab, 'wrong expressions in errors.tsv and expressions.tsv differ')

if problems:
    print('CHECK FAILED:', *problems, sep='\n  ', file=sys.stderr)
    sys.exit(1)

# --- tally
def pct(a, b): return f'{a} ({100*a/b:.1f}%)' if b else '0'
out = ['# Tally — blind review AD (frozen1)', '', 'All checks passed: every judged form matches the JSON token; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once (plus words judged by true class); every found expression judged once; every failed token has one error row.', '']
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|')
tot = Counter()
for n in FILES + ['TOTAL']:
    sel = (lambda r: True) if n == 'TOTAL' else (lambda r, n=n: r['file'] == n)
    J = [r for r in judged if sel(r)]
    ok = sum(r['verdict'] == 'ok' for r in J)
    len_ = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    X = [r for r in exprs if sel(r)]
    found = sum(r['expr index'] != '-' for r in X); right = sum(r['verdict'] == 'right' for r in X)
    missed = sum(r['verdict'] == 'missed' for r in X)
    E = [r for r in errors if sel(r)]
    sev = Counter(r['severity'] for r in E)
    out.append(f"| {n} | {len(J)} | {pct(ok, len(J))} | {pct(len_, len(J))} | {found} / {right} | {missed} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | judged | ok strict | % |', '|---|---|---|---|']
by = defaultdict(lambda: [0, 0])
for r in judged:
    by[r['upos(engine)']][0] += 1; by[r['upos(engine)']][1] += r['verdict'] == 'ok'
for u in sorted(by, key=lambda u: -by[u][0]):
    a, b = by[u]
    out.append(f'| {u} | {a} | {b} | {100*b/a:.1f}% |')
out += ['', '## Error rows by class', '', '| class | espionnage | cyclone | total | of which misleading | of which reversal |', '|---|---|---|---|---|---|']
cls = sorted({r['class'] for r in errors}, key=lambda c: -sum(r['class'] == c for r in errors))
for c in cls:
    R = [r for r in errors if r['class'] == c]
    out.append(f"| {c} | {sum(r['file']=='espionnage' for r in R)} | {sum(r['file']=='cyclone' for r in R)} | {len(R)} | {sum(r['severity']=='misleading' for r in R)} | {sum(r['severity']=='reversal' for r in R)} |")
print('\n'.join(out))
