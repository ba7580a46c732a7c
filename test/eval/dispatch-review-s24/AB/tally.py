#!/usr/bin/env python3
"""Checks the blind review files against the engine JSON and prints the figures."""
import csv, json, sys
from collections import Counter, defaultdict

FILES = ['hopital', 'tunisie']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEVS = ['reversal', 'misleading', 'minor']
CLASSES = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun',
           'expression-wrong', 'expression-missed', 'other']

def read(name):
    with open(name, newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []

# 1. judged tokens: form match, each judged-class token exactly once
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    tok = data[f]['tokens'][i]
    if tok['form'] != r['form']:
        problems.append(f'form mismatch {f} #{i}: {r["form"]!r} vs {tok["form"]!r}')
    if tok['upos'] != r['upos(engine)']:
        problems.append(f'upos mismatch {f} #{i}')
    if r['verdict'] not in ('ok', 'fail'):
        problems.append(f'bad verdict {f} #{i}')
    if r['inside-right-expression'] not in ('yes', 'no'):
        problems.append(f'bad inside flag {f} #{i}')
    if (r['verdict'] == 'ok') != (r['class'] == '-'):
        problems.append(f'class/verdict mismatch {f} #{i}')
    if r['class'] != '-' and r['class'] not in CLASSES:
        problems.append(f'unknown class {f} #{i}')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED and seen[(f, i)] != 1:
            problems.append(f'{f} #{i} {t["form"]} judged {seen[(f, i)]} times')
for (f, i), n in seen.items():
    if data[f]['tokens'][i]['upos'] not in JUDGED:
        problems.append(f'{f} #{i} is not of a judged class')

# 2. expressions: every engine expression judged once
eseen = Counter()
for r in exprs:
    if r['expr index'] == '-':
        if r['verdict'] != 'missed': problems.append(f'missed row without verdict missed: {r}')
        continue
    f, k = r['file'], int(r['expr index'])
    e = data[f]['expressions'][k]
    if e['lemma'] != r['lemma'] or ','.join(map(str, e['parts'])) != r['parts']:
        problems.append(f'expression mismatch {f} E{k}')
    if r['verdict'] not in ('right', 'wrong'):
        problems.append(f'bad expr verdict {f} E{k}')
    eseen[(f, k)] += 1
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if eseen[(f, k)] != 1:
            problems.append(f'{f} E{k} judged {eseen[(f, k)]} times')

# 3. errors: exactly one row per failed token / wrong or missed expression
err_keys = Counter()
for r in errors:
    key = r['token(s)']
    if r['severity'] not in SEVS: problems.append(f'bad severity: {key}')
    if r['class'] not in CLASSES: problems.append(f'bad class: {key}')
    if key.startswith('t'):
        err_keys[(r['file'], 'tok', int(key[1:].split()[0]))] += 1
    elif key.startswith('e'):
        err_keys[(r['file'], 'expr', int(key[1:].split()[0]))] += 1
    elif key.startswith('m '):
        err_keys[(r['file'], 'missed', key[2:].rsplit(' [', 1)[0])] += 1
    else:
        problems.append(f'unparsable error key {key}')
need = Counter()
for r in judged:
    if r['verdict'] == 'fail': need[(r['file'], 'tok', int(r['token index']))] += 1
for r in exprs:
    if r['verdict'] == 'wrong': need[(r['file'], 'expr', int(r['expr index']))] += 1
    if r['verdict'] == 'missed': need[(r['file'], 'missed', r['lemma'])] += 1
for k in set(need) | set(err_keys):
    if need[k] != 1 or err_keys[k] != 1:
        problems.append(f'error-row mismatch {k}: expected {need[k]}, found {err_keys[k]}')
# class consistency between judged.tsv and errors.tsv
jclass = {(r['file'], int(r['token index'])): r['class'] for r in judged}
for r in errors:
    if r['token(s)'].startswith('t'):
        k = (r['file'], int(r['token(s)'][1:].split()[0]))
        if jclass.get(k) != r['class']: problems.append(f'class differs for {k}')

if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)

# figures
def pct(n, d): return f'{100 * n / d:.1f}%' if d else '-'
out = ['# Blind review A/B — tally', '', 'All checks passed (forms, coverage, expressions, error rows).', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversal | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
tot = Counter()
for f in FILES + ['TOTAL']:
    js = [r for r in judged if f == 'TOTAL' or r['file'] == f]
    es = [r for r in exprs if f == 'TOTAL' or r['file'] == f]
    xs = [r for r in errors if f == 'TOTAL' or r['file'] == f]
    n = len(js); ok = sum(r['verdict'] == 'ok' for r in js)
    len_ok = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in js)
    found = sum(r['verdict'] in ('right', 'wrong') for r in es); right = sum(r['verdict'] == 'right' for r in es)
    missed = sum(r['verdict'] == 'missed' for r in es)
    sev = Counter(r['severity'] for r in xs)
    out.append(f'| {f} | {n} | {ok} ({pct(ok, n)}) | {len_ok} ({pct(len_ok, n)}) | {found} / {right} | {missed} | '
               f'{sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | hopital | tunisie | total |', '|---|---|---|---|']
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for f in FILES + ['TOTAL']:
        js = [r for r in judged if r['upos(engine)'] == u and (f == 'TOTAL' or r['file'] == f)]
        ok = sum(r['verdict'] == 'ok' for r in js)
        cells.append(f'{ok}/{len(js)} ({pct(ok, len(js))})')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Error counts by class', '', '| class | hopital | tunisie | total |', '|---|---|---|---|']
for c in CLASSES:
    cells = [sum(r['class'] == c and (f == 'TOTAL' or r['file'] == f) for r in errors) for f in FILES + ['TOTAL']]
    out.append(f'| {c} | ' + ' | '.join(map(str, cells)) + ' |')
out += ['', '## Severity by class (total)', '', '| class | reversal | misleading | minor |', '|---|---|---|---|']
for c in CLASSES:
    s = Counter(r['severity'] for r in errors if r['class'] == c)
    if sum(s.values()): out.append(f'| {c} | {s["reversal"]} | {s["misleading"]} | {s["minor"]} |')
print('\n'.join(out))
