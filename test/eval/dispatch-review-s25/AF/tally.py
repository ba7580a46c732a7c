#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['ariane', 'referendum']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
def read(name):
    lines = open(name, encoding='utf-8').read().rstrip('\n').split('\n')
    head = lines[0].split('\t')
    rows = [dict(zip(head, l.split('\t'))) for l in lines[1:]]
    for r in rows:
        assert len(r) == len(head), (name, r)
    return rows
J, X, E = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []
# --- checks ---------------------------------------------------------------
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token'])
    t = data[f]['tokens'][i]
    if t['form'] != r['form']: problems.append(f'form mismatch {f}#{i}: {r["form"]!r} vs {t["form"]!r}')
    if t['upos'] != r['upos']: problems.append(f'upos mismatch {f}#{i}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'bad verdict {f}#{i}')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'class/verdict mismatch {f}#{i}')
    if r['class'] not in ('-', 'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'): problems.append(f'bad class {f}#{i}')
    ex = t.get('expression')
    if r['inside_right_expression'] == 'yes':
        xr = [x for x in X if x['file'] == f and x['expr'] == str(ex)]
        if ex is None or not xr or xr[0]['verdict'] != 'right': problems.append(f'inside-right-expression wrong {f}#{i}')
    seen[(f, i)] += 1
extra = []
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['kind'] != 'punct' and t['upos'] in JUDGED and seen[(f, i)] != 1:
            problems.append(f'{f}#{i} {t["form"]} ({t["upos"]}) judged {seen[(f, i)]} times')
        if t['upos'] not in JUDGED and seen[(f, i)]:
            extra.append(f'{f}#{i} {t["form"]} ({t["upos"]})')
xseen = Counter()
for x in X:
    if x['expr'] == '-':
        if x['verdict'] != 'missed': problems.append(f'missed row with verdict {x["verdict"]}')
        continue
    f, j = x['file'], int(x['expr'])
    e = data[f]['expressions'][j]
    if e['lemma'] != x['lemma']: problems.append(f'expr lemma mismatch {f}#{j}')
    if x['verdict'] not in ('right', 'wrong'): problems.append(f'bad expr verdict {f}#{j}')
    xseen[(f, j)] += 1
for f in FILES:
    for j in range(len(data[f]['expressions'])):
        if xseen[(f, j)] != 1: problems.append(f'expression {f}#{j} judged {xseen[(f, j)]} times')
for r in E:
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f'bad severity {r}')
    if r['class'] not in ('wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other'): problems.append(f'bad error class {r}')
nfail = Counter(r['file'] for r in J if r['verdict'] == 'fail')
nerr_tok = Counter(r['file'] for r in E if r['class'] in ('wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun'))
for f in FILES:
    if nfail[f] != nerr_tok[f]: problems.append(f'{f}: {nfail[f]} failed tokens but {nerr_tok[f]} token error rows')
nwrong = Counter(x['file'] for x in X if x['verdict'] == 'wrong'); nmiss = Counter(x['file'] for x in X if x['verdict'] == 'missed')
for f in FILES:
    if nwrong[f] != sum(1 for r in E if r['file'] == f and r['class'] == 'expression-wrong'): problems.append(f'{f}: expression-wrong rows mismatch')
    if nmiss[f] != sum(1 for r in E if r['file'] == f and r['class'] == 'expression-missed'): problems.append(f'{f}: expression-missed rows mismatch')
if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)
# --- tally ------------------------------------------------------------------
def pct(a, b): return f'{a} ({100*a/b:.1f}%)' if b else '0'
out = ['## Tally (blind review, frozen engine)', '',
       'Checks passed: every judged form matches the JSON token; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once; every expression judged exactly once.',
       f'Extra tokens judged for their true class: {", ".join(extra) or "none"}.', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
tot = Counter()
for f in FILES + ['TOTAL']:
    jr = [r for r in J if f == 'TOTAL' or r['file'] == f]
    n = len(jr); s = sum(r['verdict'] == 'ok' for r in jr)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in jr)
    xr = [x for x in X if (f == 'TOTAL' or x['file'] == f)]
    found = sum(x['verdict'] != 'missed' for x in xr); right = sum(x['verdict'] == 'right' for x in xr); miss = sum(x['verdict'] == 'missed' for x in xr)
    er = [r for r in E if f == 'TOTAL' or r['file'] == f]
    sev = Counter(r['severity'] for r in er)
    out.append(f'| {f} | {n} | {pct(s, n)} | {pct(l, n)} | {found} / {right} | {miss} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
out += ['', '### Strict accuracy by engine UPOS', '', '| UPOS | judged | ok strict | ok lenient |', '|---|---|---|---|']
by = defaultdict(list)
for r in J: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    rs = by[u]; n = len(rs)
    out.append(f'| {u} | {n} | {pct(sum(r["verdict"] == "ok" for r in rs), n)} | {pct(sum(r["verdict"] == "ok" or r["inside_right_expression"] == "yes" for r in rs), n)} |')
out += ['', '### Error rows by class', '', '| class | ariane | referendum | total | of which reversal / misleading / minor |', '|---|---|---|---|---|']
cls = Counter(r['class'] for r in E)
for c in sorted(cls, key=lambda c: -cls[c]):
    rs = [r for r in E if r['class'] == c]; sv = Counter(r['severity'] for r in rs)
    out.append(f'| {c} | {sum(r["file"] == "ariane" for r in rs)} | {sum(r["file"] == "referendum" for r in rs)} | {len(rs)} | {sv["reversal"]} / {sv["misleading"]} / {sv["minor"]} |')
out.append(f'| **all** | {sum(r["file"] == "ariane" for r in E)} | {sum(r["file"] == "referendum" for r in E)} | {len(E)} | |')
print('\n'.join(out))
