#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, os, sys
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['greve-enseignants', 'sanctions-iran']
JUDGED = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKCLS = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERRCLS = TOKCLS | {'expression-wrong', 'expression-missed'}
def rd(n): return list(csv.DictReader(open(n, encoding='utf-8'), delimiter='\t'))
J, E, R = rd('judged.tsv'), rd('expressions.tsv'), rd('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []
# --- checks on judged.tsv
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token'])
    toks = data[f]['tokens']
    if i >= len(toks): problems.append(f'{f}:{i} out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f"{f}:{i} form {r['form']!r} != {t['form']!r}")
    if t['upos'] != r['upos']: problems.append(f"{f}:{i} upos {r['upos']} != {t['upos']}")
    if t['kind'] == 'punct': problems.append(f'{f}:{i} punctuation judged')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}:{i} bad verdict')
    if r['verdict'] == 'ok' and r['class'] != '-': problems.append(f'{f}:{i} ok with class')
    if r['verdict'] == 'fail' and r['class'] not in TOKCLS: problems.append(f'{f}:{i} bad class {r["class"]}')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['kind'] != 'punct' and t['upos'] in JUDGED and seen[(f, i)] != 1:
            problems.append(f'{f}:{i} {t["form"]} judged {seen[(f, i)]} times')
for k, v in seen.items():
    if v > 1: problems.append(f'{k} judged {v} times')
# --- checks on expressions.tsv
eseen = Counter(); eright = {}
for r in E:
    f = r['file']
    if r['verdict'] not in ('right', 'wrong', 'missed'): problems.append(f'expr bad verdict {r}')
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'unindexed expr not missed: {r["lemma"]}')
        continue
    k = int(r['expr']); ex = data[f]['expressions']
    if k >= len(ex): problems.append(f'{f} expr {k} out of range'); continue
    if ex[k]['lemma'] != r['lemma']: problems.append(f'{f} expr {k} lemma mismatch')
    if r['verdict'] == 'missed': problems.append(f'{f} expr {k} found but marked missed')
    eseen[(f, k)] += 1
    for p in ex[k]['parts']: eright[(f, p)] = (r['verdict'] == 'right')
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if eseen[(f, k)] != 1: problems.append(f'{f} expr {k} judged {eseen[(f, k)]} times')
for r in J:
    exp = 'yes' if eright.get((r['file'], int(r['token']))) else 'no'
    if r['inside_right_expression'] != exp: problems.append(f"{r['file']}:{r['token']} inside_right_expression should be {exp}")
for r in R:
    if r['class'] not in ERRCLS: problems.append(f'error row bad class {r["class"]}')
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f'error row bad severity {r["severity"]}')
nfail = Counter(r['file'] for r in J if r['verdict'] == 'fail')
nerrtok = Counter(r['file'] for r in R if r['class'] in TOKCLS - {'other'})
for f in FILES:
    if nfail[f] != nerrtok[f]: problems.append(f'{f}: {nfail[f]} failed tokens but {nerrtok[f]} token error rows')
if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)

# --- tally
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
rows = []
for f in FILES + ['TOTAL']:
    sel = lambda r: f == 'TOTAL' or r['file'] == f
    j = [r for r in J if sel(r)]
    n = len(j); s = sum(r['verdict'] == 'ok' for r in j)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in j)
    e = [r for r in E if sel(r)]
    found = sum(r['verdict'] != 'missed' for r in e); right = sum(r['verdict'] == 'right' for r in e)
    missed = sum(r['verdict'] == 'missed' for r in e)
    sev = Counter(r['severity'] for r in R if sel(r))
    rows.append(f"| {f} | {n} | {pct(s, n)} | {pct(l, n)} | {found} / {right} | {missed} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")
print('## Tally (checks passed)\n')
print('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
print('|---|---|---|---|---|---|---|---|---|')
print('\n'.join(rows))
print('\n## Strict accuracy by engine UPOS\n')
print('| UPOS | judged | ok strict | ok lenient |'); print('|---|---|---|---|')
by = defaultdict(list)
for r in J: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    g = by[u]; n = len(g)
    print(f"| {u} | {n} | {pct(sum(r['verdict']=='ok' for r in g), n)} | {pct(sum(r['verdict']=='ok' or r['inside_right_expression']=='yes' for r in g), n)} |")
print('\n## Error rows by class\n')
print('| class | ' + ' | '.join(FILES) + ' | total | of which misleading/reversal |'); print('|---|---|---|---|---|')
cls = Counter((r['class'], r['file']) for r in R)
for c in sorted({r['class'] for r in R}, key=lambda c: -sum(cls[(c, f)] for f in FILES)):
    serious = sum(1 for r in R if r['class'] == c and r['severity'] != 'minor')
    print(f"| {c} | " + ' | '.join(str(cls[(c, f)]) for f in FILES) + f" | {sum(cls[(c, f)] for f in FILES)} | {serious} |")
print(f'\nError rows: {len(R)} (token-level fails counted under the strict rule, including those rescued by a right expression; plus wrong/missed expressions and 2 function-word errors).')
