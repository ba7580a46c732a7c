#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['inondations', 'sommet-g20']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERR_CLASSES = TOKEN_CLASSES | {'expression-wrong', 'expression-missed'}
SEVS = ('reversal', 'misleading', 'minor')

def read(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

data = {f: json.load(open(os.path.join(HERE, f + '.json'), encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
problems = []

# --- judged tokens
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    toks = data[f]['tokens']
    if not 0 <= i < len(toks):
        problems.append(f'{f}:{i} out of range'); continue
    t = toks[i]
    if r['form'] != t['form']:
        problems.append(f"{f}:{i} form {r['form']!r} != JSON {t['form']!r}")
    if r['upos(engine)'] != t['upos']:
        problems.append(f"{f}:{i} upos {r['upos(engine)']} != JSON {t['upos']}")
    if r['verdict'] not in ('ok', 'fail'):
        problems.append(f"{f}:{i} bad verdict {r['verdict']}")
    if r['verdict'] == 'ok' and r['class'] != '-':
        problems.append(f"{f}:{i} ok with class {r['class']}")
    if r['verdict'] == 'fail' and r['class'] not in TOKEN_CLASSES:
        problems.append(f"{f}:{i} fail with class {r['class']}")
    if r['verdict'] == 'ok' and t['upos'] not in ('PROPN',) and t['kind'] == 'word' and not t.get('gloss'):
        problems.append(f"{f}:{i} content word without gloss judged ok")
    seen[(f, i)] += 1
for k, n in seen.items():
    if n != 1:
        problems.append(f'{k} judged {n} times')
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in JUDGED_UPOS and (f, i) not in seen:
            problems.append(f"{f}:{i} {t['form']} ({t['upos']}) not judged")

# inside-right-expression must agree with expressions.tsv
right_parts = defaultdict(set)
eseen = Counter()
for r in exprs:
    f = r['file']
    if r['verdict'] not in ('right', 'wrong', 'missed'):
        problems.append(f"{f} expr {r['expr index']} bad verdict {r['verdict']}")
    if r['verdict'] == 'missed':
        if r['expr index'] != '-':
            problems.append(f"{f} missed expr with index {r['expr index']}")
        continue
    ei = int(r['expr index'])
    e = data[f]['expressions'][ei]
    if r['lemma'] != e['lemma'] or r['gloss'] != e['gloss']:
        problems.append(f"{f} expr {ei} lemma/gloss differ from JSON")
    want = ' '.join(f"{p}:{data[f]['tokens'][p]['form']}" for p in e['parts'])
    if r['parts'] != want:
        problems.append(f"{f} expr {ei} parts {r['parts']!r} != {want!r}")
    eseen[(f, ei)] += 1
    if r['verdict'] == 'right':
        right_parts[f].update(e['parts'])
for f in FILES:
    for ei in range(len(data[f]['expressions'])):
        if eseen[(f, ei)] != 1:
            problems.append(f'{f} expr {ei} judged {eseen[(f, ei)]} times')
for r in judged:
    f, i = r['file'], int(r['token index'])
    want = 'yes' if i in right_parts[f] else 'no'
    if r['inside-right-expression'] != want:
        problems.append(f"{f}:{i} inside-right-expression {r['inside-right-expression']} != {want}")

# errors.tsv: one row per failed token, per wrong expression, per missed expression
for r in errors:
    if r['class'] not in ERR_CLASSES:
        problems.append(f"errors: bad class {r['class']}")
    if r['severity'] not in SEVS:
        problems.append(f"errors: bad severity {r['severity']}")
fail_keys = Counter((r['file'], r['token(s)']) for r in errors if r['class'] in TOKEN_CLASSES)
for r in judged:
    key = (r['file'], f"{r['token index']}:{r['form']}")
    if r['verdict'] == 'fail' and fail_keys[key] != 1:
        problems.append(f'{key} failed but has {fail_keys[key]} error rows')
    if r['verdict'] == 'ok' and fail_keys[key]:
        problems.append(f'{key} ok but has an error row')
for f in FILES:
    nw = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'wrong')
    nm = sum(1 for r in exprs if r['file'] == f and r['verdict'] == 'missed')
    if nw != sum(1 for r in errors if r['file'] == f and r['class'] == 'expression-wrong'):
        problems.append(f'{f}: wrong expressions and expression-wrong rows differ')
    if nm != sum(1 for r in errors if r['file'] == f and r['class'] == 'expression-missed'):
        problems.append(f'{f}: missed expressions and expression-missed rows differ')

if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)

# --- tally
def pct(a, b):
    return f'{a} ({100 * a / b:.1f} %)' if b else f'{a} (-)'

def stats(fs):
    J = [r for r in judged if r['file'] in fs]
    E = [r for r in exprs if r['file'] in fs]
    R = [r for r in errors if r['file'] in fs]
    n = len(J)
    strict = sum(r['verdict'] == 'ok' for r in J)
    lenient = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    found = sum(r['verdict'] in ('right', 'wrong') for r in E)
    right = sum(r['verdict'] == 'right' for r in E)
    missed = sum(r['verdict'] == 'missed' for r in E)
    sev = Counter(r['severity'] for r in R)
    return [str(n), pct(strict, n), pct(lenient, n), f'{found} / {right}', str(missed),
            str(sev['reversal']), str(sev['misleading']), str(sev['minor'])]

out = ['## Tally', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
for f in FILES:
    out.append('| ' + ' | '.join([f] + stats([f])) + ' |')
out.append('| **total** | ' + ' | '.join(stats(FILES)) + ' |')

out += ['', '## Strict accuracy by engine UPOS', '',
        '| UPOS | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
upos_all = sorted({r['upos(engine)'] for r in judged})
for u in upos_all:
    cells = []
    for fs in [[f] for f in FILES] + [FILES]:
        J = [r for r in judged if r['file'] in fs and r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in J)
        cells.append(f'{ok}/{len(J)} ({100 * ok / len(J):.1f} %)' if J else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out += ['', '## Error rows by class', '',
        '| class | ' + ' | '.join(FILES) + ' | total | reversal | misleading | minor |',
        '|---|' + '---|' * (len(FILES) + 4)]
for c in ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', 'expression-wrong', 'expression-missed']:
    R = [r for r in errors if r['class'] == c]
    sev = Counter(r['severity'] for r in R)
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['file'] == f for r in R)) for f in FILES)
               + f" | {len(R)} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")
out.append(f'| **all** | ' + ' | '.join(str(sum(r['file'] == f for r in errors)) for f in FILES)
           + f' | {len(errors)} | ' + ' | '.join(str(sum(r['severity'] == s for r in errors)) for s in SEVS) + ' |')
out += ['', 'Checks passed: every judged form matches the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once '
        '(plus tokens whose true class is one of these), every expression judged once, every failed token has one error row.']
print('\n'.join(out))
