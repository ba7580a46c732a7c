#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys, os
from collections import Counter, defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES = ['famine', 'proces-terrorisme']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
TOKEN_CLASSES = {'wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'other'}
ERR_CLASSES = TOKEN_CLASSES | {'expression-wrong', 'expression-missed'}
SEVS = {'reversal', 'misleading', 'minor'}
def read(name):
    with open(name, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
J, X, E = read('judged.tsv'), read('expressions.tsv'), read('errors.tsv')
data = {f: json.load(open(f + '.json', encoding='utf-8')) for f in FILES}
problems = []
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token'])
    t = data[f]['tokens'][i]
    seen[(f, i)] += 1
    if r['form'] != t['form']: problems.append(f'form mismatch {f}:{i} {r["form"]!r} vs {t["form"]!r}')
    if r['upos'] != t.get('upos', ''): problems.append(f'upos mismatch {f}:{i}')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'bad verdict {f}:{i}')
    if r['verdict'] == 'ok' and r['class'] != '-': problems.append(f'ok with class {f}:{i}')
    if r['verdict'] == 'fail' and r['class'] not in TOKEN_CLASSES: problems.append(f'bad class {f}:{i}')
    if r['inside_right_expression'] not in ('yes', 'no'): problems.append(f'bad inside flag {f}:{i}')
for k, n in seen.items():
    if n > 1: problems.append(f'token judged {n} times: {k}')
right_parts = defaultdict(set)
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['kind'] != 'punct' and t.get('upos') in JUDGED_UPOS and seen[(f, i)] != 1:
            problems.append(f'unjudged {f}:{i} {t["form"]}')
xseen = Counter()
for r in X:
    f = r['file']
    if r['verdict'] not in ('right', 'wrong', 'missed'): problems.append(f'bad expr verdict {r}')
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'unindexed expr not missed {r}')
        continue
    k = int(r['expr']); xseen[(f, k)] += 1
    e = data[f]['expressions'][k]
    if r['lemma'] != e['lemma']: problems.append(f'expr lemma mismatch {f}:{k}')
    if r['verdict'] == 'right': right_parts[f] |= set(e['parts'])
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if xseen[(f, k)] != 1: problems.append(f'expression {f}:{k} judged {xseen[(f,k)]} times')
for r in J:  # inside-right-expression flag must agree with the expression verdicts
    f, i = r['file'], int(r['token'])
    if (r['inside_right_expression'] == 'yes') != (i in right_parts[f]): problems.append(f'inside flag wrong {f}:{i}')
for r in E:
    if r['class'] not in ERR_CLASSES: problems.append(f'bad error class {r}')
    if r['severity'] not in SEVS: problems.append(f'bad severity {r}')
if problems:
    print('CHECK FAILED:'); print('\n'.join(problems)); sys.exit(1)
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
out = ['# Tally (blind-AN)', '', 'Checks passed: every judged form matches the JSON, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once (plus %d tokens judged for their true class), every expression judged once.' % sum(1 for r in J if r['upos'] not in JUDGED_UPOS), '',
       '| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |',
       '|---|---|---|---|---|---|---|---|---|']
def row(name, fs):
    jr = [r for r in J if r['file'] in fs]
    n = len(jr); s = sum(r['verdict'] == 'ok' for r in jr)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expression'] == 'yes' for r in jr)
    xr = [r for r in X if r['file'] in fs]
    found = sum(r['verdict'] != 'missed' for r in xr); right = sum(r['verdict'] == 'right' for r in xr)
    missed = sum(r['verdict'] == 'missed' for r in xr)
    sev = Counter(r['severity'] for r in E if r['file'] in fs)
    out.append(f'| {name} | {n} | {pct(s,n)} | {pct(l,n)} | {found} / {right} | {missed} | {sev["reversal"]} | {sev["misleading"]} | {sev["minor"]} |')
for f in FILES: row(f, {f})
row('**total**', set(FILES))
out += ['', '## Strict accuracy by engine UPOS', '', '| UPOS | judged | ok strict | ok lenient |', '|---|---|---|---|']
by = defaultdict(list)
for r in J: by[r['upos']].append(r)
for u in sorted(by, key=lambda u: -len(by[u])):
    rs = by[u]; n = len(rs)
    out.append(f'| {u} | {n} | {pct(sum(r["verdict"]=="ok" for r in rs), n)} | {pct(sum(r["verdict"]=="ok" or r["inside_right_expression"]=="yes" for r in rs), n)} |')
out += ['', '## Failed judged tokens by class (strict)', '', '| class | famine | proces-terrorisme | total |', '|---|---|---|---|']
fc = Counter((r['file'], r['class']) for r in J if r['verdict'] == 'fail')
for c in sorted(TOKEN_CLASSES, key=lambda c: -sum(fc[(f, c)] for f in FILES)):
    tot = sum(fc[(f, c)] for f in FILES)
    if tot: out.append(f'| {c} | {fc[("famine",c)]} | {fc[("proces-terrorisme",c)]} | {tot} |')
out += ['', '## Error rows (errors.tsv) by class', '', '| class | rows | reversal | misleading | minor |', '|---|---|---|---|---|']
ec = Counter(r['class'] for r in E); es = Counter((r['class'], r['severity']) for r in E)
for c, n in ec.most_common():
    out.append(f'| {c} | {n} | {es[(c,"reversal")]} | {es[(c,"misleading")]} | {es[(c,"minor")]} |')
out.append(f'| **total** | {len(E)} | {sum(es[(c,"reversal")] for c in ec)} | {sum(es[(c,"misleading")] for c in ec)} | {sum(es[(c,"minor")] for c in ec)} |')
out += ['', 'errors.tsv lists every failure not rescued by a right expression, tag/lemma errors even when rescued, every wrong expression and every missed one; word-level glosses inside a right expression (e.g. "tiré" = to shoot in tirer la sonnette d\'alarme) count as strict failures only.']
print('\n'.join(out))
