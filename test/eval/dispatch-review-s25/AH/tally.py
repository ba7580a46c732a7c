#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['cour-penale', 'agriculteurs']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKCLS = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERRCLS = TOKCLS | {'expression-wrong', 'expression-missed'}
SEV = ['reversal', 'misleading', 'minor']

def read(name):
    with open(name, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))

J, X, E = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []
def bad(msg): problems.append(msg)

# judged tokens
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token_index'])
    T = data[f]['tokens']
    if i >= len(T): bad(f'{f}:{i} index out of range'); continue
    t = T[i]
    if t['form'] != r['form']: bad(f'{f}:{i} form {r["form"]!r} != json {t["form"]!r}')
    if t.get('upos') != r['upos_engine']: bad(f'{f}:{i} upos {r["upos_engine"]} != json {t.get("upos")}')
    if r['verdict'] not in ('ok', 'fail'): bad(f'{f}:{i} verdict {r["verdict"]}')
    if r['verdict'] == 'ok' and r['class'] != '-': bad(f'{f}:{i} ok with class {r["class"]}')
    if r['verdict'] == 'fail' and r['class'] not in TOKCLS: bad(f'{f}:{i} fail with class {r["class"]}')
    seen[(f, i)] += 1
for k, n in seen.items():
    if n > 1: bad(f'{k} judged {n} times')
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t.get('upos') in JUDGED and (f, i) not in seen:
            bad(f'{f}:{i} {t["form"]} ({t.get("upos")}) not judged')

# expressions
xseen = Counter(); right_parts = defaultdict(set)
for r in X:
    f = r['file']
    if r['expr_index'] == '-':
        if r['verdict'] != 'missed': bad(f'{f} missed row with verdict {r["verdict"]}')
        for p in r['parts'].split(','):
            i, form = p.split(':', 1)
            if data[f]['tokens'][int(i)]['form'] != form: bad(f'{f} missed expr part {p} form mismatch')
        continue
    ei = int(r['expr_index']); e = data[f]['expressions'][ei]
    xseen[(f, ei)] += 1
    if e['lemma'] != r['lemma']: bad(f'{f} expr {ei} lemma mismatch')
    parts = [int(p.split(':')[0]) for p in r['parts'].split(',')]
    if parts != e['parts']: bad(f'{f} expr {ei} parts mismatch')
    if r['verdict'] not in ('right', 'wrong'): bad(f'{f} expr {ei} verdict {r["verdict"]}')
    if r['verdict'] == 'right': right_parts[f].update(parts)
for f in FILES:
    for ei in range(len(data[f]['expressions'])):
        if xseen[(f, ei)] != 1: bad(f'{f} expr {ei} judged {xseen[(f, ei)]} times')
for r in J:
    f, i = r['file'], int(r['token_index'])
    want = 'yes' if i in right_parts[f] else 'no'
    if r['inside_right_expression'] != want: bad(f'{f}:{i} inside_right_expression {r["inside_right_expression"]} != {want}')

# errors
covered = set()
for r in E:
    f = r['file']
    if r['class'] not in ERRCLS: bad(f'error class {r["class"]}')
    if r['severity'] not in SEV: bad(f'error severity {r["severity"]}')
    if r['tokens'] != '-':
        for p in r['tokens'].split(','):
            i, form = p.split(':', 1)
            if data[f]['tokens'][int(i)]['form'] != form: bad(f'{f} error token {p} form mismatch')
            covered.add((f, int(i)))
    ex = r['sentence_excerpt']
    if ex.replace('\u00a0', ' ') not in data[f]['text'].replace('\u00a0', ' '): bad(f'{f} excerpt not in text: {ex[:40]}')
for r in J:
    if r['verdict'] == 'fail' and (r['file'], int(r['token_index'])) not in covered:
        bad(f'{r["file"]}:{r["token_index"]} failed but not in errors.tsv')
nwrong = {f: sum(1 for r in X if r['file'] == f and r['verdict'] == 'wrong') for f in FILES}
nmissed = {f: sum(1 for r in X if r['file'] == f and r['verdict'] == 'missed') for f in FILES}
for f in FILES:
    if nwrong[f] != sum(1 for r in E if r['file'] == f and r['class'] == 'expression-wrong'): bad(f'{f} expression-wrong rows != wrong expressions')
    if nmissed[f] != sum(1 for r in E if r['file'] == f and r['class'] == 'expression-missed'): bad(f'{f} expression-missed rows != missed expressions')

if problems:
    print('CHECK FAILED:', *problems, sep='\n  ', file=sys.stderr); sys.exit(1)

# tally
def pct(a, b): return f'{a} ({100*a/b:.1f}%)' if b else '0'
out = ['## Tally (strict rule)', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
tot = Counter()
for f in FILES + ['TOTAL']:
    rows = [r for r in J if f == 'TOTAL' or r['file'] == f]
    xr = [r for r in X if (f == 'TOTAL' or r['file'] == f) and r['expr_index'] != '-']
    er = [r for r in E if f == 'TOTAL' or r['file'] == f]
    n = len(rows); s = sum(r['verdict'] == 'ok' for r in rows)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in rows)
    miss = sum(1 for r in X if (f == 'TOTAL' or r['file'] == f) and r['verdict'] == 'missed')
    sv = Counter(r['severity'] for r in er)
    out.append(f'| {f} | {n} | {pct(s,n)} | {pct(l,n)} | {len(xr)} / {sum(r["verdict"]=="right" for r in xr)} | {miss} | {sv["reversal"]} | {sv["misleading"]} | {sv["minor"]} |')
out += ['', '### Strict accuracy by engine UPOS', '', '| UPOS | judged | ok strict | ok lenient |', '|---|---|---|---|']
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    rows = [r for r in J if r['upos_engine'] == u]
    out.append(f'| {u} | {len(rows)} | {pct(sum(r["verdict"]=="ok" for r in rows), len(rows))} | {pct(sum(r["verdict"]=="ok" or r["inside_right_expression"]=="yes" for r in rows), len(rows))} |')
out += ['', '### Error rows by class (errors.tsv)', '', '| class | rows | reversal | misleading | minor |', '|---|---|---|---|---|']
for c in ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', 'expression-wrong', 'expression-missed']:
    rr = [r for r in E if r['class'] == c]; sv = Counter(r['severity'] for r in rr)
    out.append(f'| {c} | {len(rr)} | {sv["reversal"]} | {sv["misleading"]} | {sv["minor"]} |')
out.append(f'| total | {len(E)} | {sum(r["severity"]=="reversal" for r in E)} | {sum(r["severity"]=="misleading" for r in E)} | {sum(r["severity"]=="minor" for r in E)} |')
out += ['', '### Failed tokens by class (judged.tsv)', '', '| class | tokens |', '|---|---|']
for c, n in Counter(r['class'] for r in J if r['verdict'] == 'fail').most_common():
    out.append(f'| {c} | {n} |')
out += ['', 'Checks passed: every judged form matches the JSON token; every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once; every expression judged once; every failed token appears in errors.tsv.']
print('\n'.join(out))
