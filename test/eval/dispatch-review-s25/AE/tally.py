#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys
from collections import Counter, defaultdict
FILES = ['droits-douane', 'sncf']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
def rd(p): return list(csv.DictReader(open(p, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
J, X, E = rd('judged.tsv'), rd('expressions.tsv'), rd('errors.tsv')
D = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []
# --- checks on judged.tsv
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token_index']); T = D[f]['tokens']
    seen[(f, i)] += 1
    if T[i]['form'] != r['form']: problems.append(f'form mismatch {f} {i}: {r["form"]!r} vs {T[i]["form"]!r}')
    if T[i]['upos'] != r['upos_engine']: problems.append(f'upos mismatch {f} {i}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'bad verdict {f} {i}')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'class/verdict mismatch {f} {i}')
    if r['verdict'] == 'fail' and r['class'] not in ('wrong-sense','no-gloss','wrong-tag','wrong-lemma','pronoun','other'):
        problems.append(f'bad class {f} {i}')
for k, n in seen.items():
    if n > 1: problems.append(f'judged {n} times: {k}')
for f in FILES:
    for i, t in enumerate(D[f]['tokens']):
        if t['kind'] != 'punct' and t['upos'] in JUDGED and (f, i) not in seen:
            problems.append(f'not judged: {f} {i} {t["form"]}')
# --- checks on expressions.tsv
right_parts = defaultdict(set); xseen = Counter()
for r in X:
    f = r['file']
    if r['verdict'] == 'missed':
        if r['expr_index'] != '-': problems.append(f'missed expr with index {f} {r["expr_index"]}')
        continue
    k = int(r['expr_index']); xseen[(f, k)] += 1
    e = D[f]['expressions'][k]
    if e['lemma'] != r['lemma'] or ','.join(map(str, e['parts'])) != r['parts']: problems.append(f'expr mismatch {f} {k}')
    if r['verdict'] == 'right': right_parts[f].update(e['parts'])
    elif r['verdict'] != 'wrong': problems.append(f'bad expr verdict {f} {k}')
for f in FILES:
    for k in range(len(D[f]['expressions'])):
        if xseen[(f, k)] != 1: problems.append(f'expression {f} {k} judged {xseen[(f, k)]} times')
for r in J:
    f, i = r['file'], int(r['token_index'])
    if (r['inside_right_expression'] == 'yes') != (i in right_parts[f]): problems.append(f'inside flag wrong {f} {i}')
# --- checks on errors.tsv
err_tokens = defaultdict(set)
for r in E:
    f = r['file']
    for p in r['tokens'].split(','):
        i, form = p.split(':', 1); i = int(i)
        if D[f]['tokens'][i]['form'] != form: problems.append(f'error token mismatch {f} {i}')
        err_tokens[f].add(i)
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append('bad severity')
    if r['class'] not in ('wrong-sense','no-gloss','wrong-tag','wrong-lemma','pronoun','expression-wrong','expression-missed','other'):
        problems.append('bad error class ' + r['class'])
for r in J:
    f, i = r['file'], int(r['token_index'])
    if r['verdict'] == 'fail' and r['inside_right_expression'] == 'no' and i not in err_tokens[f]:
        problems.append(f'failing token without error row {f} {i} {r["form"]}')
if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)

# --- tally
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
out = ['# Tally (blind review, frozen engine)', '', 'Checks passed: forms match the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once, every expression judged once, every failing token outside a right expression has an error row.', '']
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|')
tot = Counter()
for f in FILES + ['TOTAL']:
    rows = [r for r in J if f == 'TOTAL' or r['file'] == f]
    xr = [r for r in X if f == 'TOTAL' or r['file'] == f]
    er = [r for r in E if f == 'TOTAL' or r['file'] == f]
    n = len(rows); s = sum(r['verdict'] == 'ok' for r in rows)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in rows)
    found = sum(r['verdict'] != 'missed' for r in xr); right = sum(r['verdict'] == 'right' for r in xr)
    missed = sum(r['verdict'] == 'missed' for r in xr); sev = Counter(r['severity'] for r in er)
    name = f'**{f}**' if f == 'TOTAL' else f
    out.append(f'| {name} | {n} | {pct(s, n)} | {pct(l, n)} | {found} / {right} | {missed} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
ups = sorted({r['upos_engine'] for r in J})
for u in ups:
    cells = []
    for f in FILES + ['TOTAL']:
        rows = [r for r in J if r['upos_engine'] == u and (f == 'TOTAL' or r['file'] == f)]
        ok = sum(r['verdict'] == 'ok' for r in rows)
        cells.append(f'{ok}/{len(rows)} ({100*ok/len(rows):.0f} %)' if rows else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out += ['', '## Failing judged tokens by class (strict)', '', '| class | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for c in sorted({r['class'] for r in J if r['verdict'] == 'fail'}):
    cells = [str(sum(r['class'] == c and r['file'] == f for r in J)) for f in FILES]
    out.append(f'| {c} | ' + ' | '.join(cells) + f' | {sum(r["class"] == c for r in J)} |')
out += ['', '## Error rows (errors.tsv) by class', '', '| class | ' + ' | '.join(FILES) + ' | total |', '|---|' + '---|' * (len(FILES) + 1)]
for c in sorted({r['class'] for r in E}):
    cells = [str(sum(r['class'] == c and r['file'] == f for r in E)) for f in FILES]
    out.append(f'| {c} | ' + ' | '.join(cells) + f' | {sum(r["class"] == c for r in E)} |')
out.append(f'| **all** | ' + ' | '.join(str(sum(r['file'] == f for r in E)) for f in FILES) + f' | {len(E)} |')
print('\n'.join(out))
