#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys
from collections import Counter, defaultdict

FILES = ['otages', 'banque-centrale']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
problems = []

def read(name):
    with open(name, encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t'))

J, X, E = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}

# expressions: each found expression judged exactly once, lemma matches
xverdict = {}
for r in X:
    f = r['file']
    if f not in data: problems.append(f'expressions.tsv: unknown file {f}'); continue
    if r['verdict'] not in ('right', 'wrong', 'missed'): problems.append(f'bad expr verdict {r}')
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'unindexed expression not marked missed: {r}')
        continue
    k = int(r['expr']); ex = data[f]['expressions']
    if k >= len(ex): problems.append(f'{f} expr {k} out of range'); continue
    if ex[k]['lemma'] != r['lemma']: problems.append(f'{f} expr {k}: lemma {r["lemma"]!r} != {ex[k]["lemma"]!r}')
    if (f, k) in xverdict: problems.append(f'{f} expr {k} judged twice')
    xverdict[(f, k)] = r['verdict']
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if (f, k) not in xverdict: problems.append(f'{f} expr {k} not judged')

# tokens: each judged-class token judged exactly once, form matches, inside flag consistent
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token'])
    toks = data[f]['tokens']
    if i >= len(toks): problems.append(f'{f} token {i} out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f'{f} {i}: form {r["form"]!r} != {t["form"]!r}')
    if t['upos'] != r['upos']: problems.append(f'{f} {i}: upos {r["upos"]} != {t["upos"]}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f} {i}: bad verdict')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'{f} {i}: class/verdict mismatch')
    inside = any(i in e['parts'] and xverdict.get((f, k)) == 'right' for k, e in enumerate(data[f]['expressions']))
    if (r['inside_right_expression'] == 'yes') != inside: problems.append(f'{f} {i}: inside flag wrong')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED_UPOS and seen[(f, i)] != 1:
            problems.append(f'{f} {i} {t["form"]}: judged {seen[(f, i)]} times')
for (f, i), n in seen.items():
    if n > 1: problems.append(f'{f} {i} judged {n} times')
extra = [(f, i) for (f, i) in seen if data[f]['tokens'][i]['upos'] not in JUDGED_UPOS]

if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)

def pct(a, b): return f'{a} ({100 * a / b:.1f} %)' if b else '0'
rows = []
for f in FILES + ['total']:
    jr = [r for r in J if f == 'total' or r['file'] == f]
    xr = [r for r in X if f == 'total' or r['file'] == f]
    er = [r for r in E if f == 'total' or r['file'] == f]
    n = len(jr)
    strict = sum(r['verdict'] == 'ok' for r in jr)
    lenient = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in jr)
    found = sum(r['verdict'] in ('right', 'wrong') for r in xr)
    right = sum(r['verdict'] == 'right' for r in xr)
    missed = sum(r['verdict'] == 'missed' for r in xr)
    sev = Counter(r['severity'] for r in er)
    rows.append([f, n, pct(strict, n), pct(lenient, n), f'{found} / {right}', missed,
                 sev['reversal'], sev['misleading'], sev['minor']])
print('## Tally\n')
print('checks passed: forms match JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once'
      f' (+{len(extra)} extra true-class tokens), every expression judged once\n')
print('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
print('|---|---|---|---|---|---|---|---|---|')
for r in rows: print('| ' + ' | '.join(str(c) for c in r) + ' |')

print('\n## Strict accuracy by engine UPOS (both files)\n')
print('| UPOS | judged | ok strict | ok lenient |')
print('|---|---|---|---|')
by = defaultdict(list)
for r in J: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    rr = by[u]
    print(f'| {u} | {len(rr)} | {pct(sum(r["verdict"] == "ok" for r in rr), len(rr))} | '
          f'{pct(sum(r["verdict"] == "ok" or r["inside_right_expression"] == "yes" for r in rr), len(rr))} |')

print('\n## Failed tokens by class (judged.tsv)\n')
print('| class | otages | banque-centrale | total |')
print('|---|---|---|---|')
fc = Counter((r['file'], r['class']) for r in J if r['verdict'] == 'fail')
for c in sorted({c for _, c in fc}):
    print(f'| {c} | {fc[("otages", c)]} | {fc[("banque-centrale", c)]} | {fc[("otages", c)] + fc[("banque-centrale", c)]} |')

print('\n## Error rows by class (errors.tsv)\n')
print('| class | rows | reversal | misleading | minor |')
print('|---|---|---|---|---|')
ec = defaultdict(Counter)
for r in E: ec[r['class']][r['severity']] += 1
for c in sorted(ec):
    print(f'| {c} | {sum(ec[c].values())} | {ec[c]["reversal"]} | {ec[c]["misleading"]} | {ec[c]["minor"]} |')
