#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys
from collections import Counter, defaultdict

D = '/tmp/s25/blind-AQ'
FILES = ['mineraux-critiques', 'refugies']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERROR_CLASSES = TOKEN_CLASSES - {'other'} | {'other', 'expression-wrong', 'expression-missed'}
SEVERITIES = {'reversal', 'misleading', 'minor'}

def read(name):
    with open(f'{D}/{name}', encoding='utf-8') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

problems = []
def check(cond, msg):
    if not cond: problems.append(msg)

data = {f: json.load(open(f'{D}/{f}.json', encoding='utf-8')) for f in FILES}
judged, exprs, errors = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')

# --- expressions: every found expression judged exactly once
right_parts = defaultdict(set)
seen_expr = Counter()
for r in exprs:
    f = r['file']; check(f in data, f'expressions: unknown file {f}')
    check(r['verdict'] in {'right', 'wrong', 'missed'}, f'expressions: bad verdict {r}')
    if r['verdict'] == 'missed':
        check(r['expr'] == '-', f'missed expression with index: {r}')
        check(r['class'] == 'expression-missed', f'missed expression class: {r}')
        continue
    k = int(r['expr']); e = data[f]['expressions'][k]
    seen_expr[(f, k)] += 1
    check(r['lemma'] == e['lemma'], f'expression {f}#{k}: lemma {r["lemma"]!r} != {e["lemma"]!r}')
    check(r['parts'] == ','.join(map(str, e['parts'])), f'expression {f}#{k}: parts differ')
    if r['verdict'] == 'right':
        right_parts[f].update(e['parts'])
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        check(seen_expr[(f, k)] == 1, f'expression {f}#{k} judged {seen_expr[(f, k)]} times')

# --- tokens: every content token judged exactly once, form and upos match
seen_tok = Counter()
for r in judged:
    f = r['file']; i = int(r['token']); t = data[f]['tokens'][i]
    seen_tok[(f, i)] += 1
    check(r['form'] == t['form'], f'judged {f}#{i}: form {r["form"]!r} != JSON {t["form"]!r}')
    check(r['upos'] == t.get('upos'), f'judged {f}#{i}: upos {r["upos"]} != JSON {t.get("upos")}')
    check(r['verdict'] in {'ok', 'fail'}, f'judged {f}#{i}: verdict {r["verdict"]}')
    if r['verdict'] == 'ok':
        check(r['class'] == '-', f'judged {f}#{i}: ok with class {r["class"]}')
    else:
        check(r['class'] in TOKEN_CLASSES, f'judged {f}#{i}: bad class {r["class"]}')
    exp_inside = 'yes' if i in right_parts[f] else 'no'
    check(r['inside_right_expression'] == exp_inside, f'judged {f}#{i}: inside={r["inside_right_expression"]} expected {exp_inside}')
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['kind'] == 'word' and t.get('upos') in JUDGED_UPOS:
            check(seen_tok[(f, i)] == 1, f'token {f}#{i} {t["form"]!r} ({t["upos"]}) judged {seen_tok[(f, i)]} times')
for (f, i), n in seen_tok.items():
    check(n == 1, f'token {f}#{i} judged {n} times')

# --- errors: classes/severities valid; every token fail has an error row
for r in errors:
    check(r['class'] in ERROR_CLASSES, f'errors: bad class {r}')
    check(r['severity'] in SEVERITIES, f'errors: bad severity {r}')
fail_forms = Counter((r['file'], r['form'], r['class']) for r in judged if r['verdict'] == 'fail')
err_forms = Counter((r['file'], r['tokens'], r['class']) for r in errors if r['class'] in TOKEN_CLASSES)
for key, n in fail_forms.items():
    check(err_forms[key] >= n, f'fail without error row: {key}')
missed_n = Counter(r['file'] for r in exprs if r['verdict'] == 'missed')
check(missed_n == Counter(r['file'] for r in errors if r['class'] == 'expression-missed'), 'missed expressions != expression-missed error rows')

if problems:
    print('CHECK FAILED:', *problems, sep='\n  ', file=sys.stderr)
    sys.exit(1)

# --- tally
def pct(n, d): return f'{n} ({100 * n / d:.1f}%)' if d else '0'
rows = []
for f in FILES + ['total']:
    J = [r for r in judged if f == 'total' or r['file'] == f]
    X = [r for r in exprs if f == 'total' or r['file'] == f]
    E = [r for r in errors if f == 'total' or r['file'] == f]
    n = len(J)
    strict = sum(r['verdict'] == 'ok' for r in J)
    lenient = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in J)
    found = sum(r['verdict'] in ('right', 'wrong') for r in X)
    right = sum(r['verdict'] == 'right' for r in X)
    missed = sum(r['verdict'] == 'missed' for r in X)
    sev = Counter(r['severity'] for r in E)
    rows.append([f, n, pct(strict, n), pct(lenient, n), f'{found} / {right}', missed, sev['reversal'], sev['misleading'], sev['minor']])

out = ['# Blind review tally (blind-AQ)', '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
out += ['| ' + ' | '.join(map(str, r)) + ' |' for r in rows]
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for u in sorted(JUDGED_UPOS):
    cells = []
    for f in FILES + ['total']:
        J = [r for r in judged if r['upos'] == u and (f == 'total' or r['file'] == f)]
        ok = sum(r['verdict'] == 'ok' for r in J)
        cells.append(f'{ok}/{len(J)} ({100 * ok / len(J):.1f}%)' if J else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Error rows by class', '', '| class | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for c in ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other', 'expression-wrong', 'expression-missed']:
    cnt = [sum(r['class'] == c and (f == 'total' or r['file'] == f) for r in errors) for f in FILES + ['total']]
    out.append(f'| {c} | ' + ' | '.join(map(str, cnt)) + ' |')
cnt = [sum(f == 'total' or r['file'] == f for r in errors) for f in FILES + ['total']]
out.append('| **all** | ' + ' | '.join(map(str, cnt)) + ' |')
print('\n'.join(out))
