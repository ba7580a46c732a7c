#!/usr/bin/env python3
"""Recompute the blind-review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Runs consistency checks first (fails loudly), then writes tally.md and prints it."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['sahel', 'nucleaire']
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
SEVERITIES = ['reversal', 'misleading', 'minor']

def read_tsv(name):
    with open(os.path.join(HERE, name), newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

judged, exprs, errors = read_tsv('judged.tsv'), read_tsv('expressions.tsv'), read_tsv('errors.tsv')
data = {f: json.load(open(os.path.join(HERE, f + '.json'))) for f in FILES}
problems = []

# ---- checks: judged.tsv against JSON
seen = Counter()
for r in judged:
    f, i = r['file'], int(r['token index'])
    T = data[f]['tokens']
    if i >= len(T): problems.append(f'{f}:{i} index out of range'); continue
    t = T[i]
    if t['form'] != r['form']: problems.append(f"{f}:{i} form {r['form']!r} != JSON {t['form']!r}")
    if t.get('upos') != r['upos(engine)']: problems.append(f"{f}:{i} upos {r['upos(engine)']} != JSON {t.get('upos')}")
    if t.get('upos') not in JUDGED_UPOS: problems.append(f'{f}:{i} judged but UPOS {t.get("upos")} not in judged set')
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}:{i} bad verdict {r["verdict"]}')
    if r['inside-right-expression'] not in ('yes', 'no'): problems.append(f'{f}:{i} bad inside flag')
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t.get('upos') in JUDGED_UPOS and seen[(f, i)] != 1:
            problems.append(f'{f}:{i} {t["form"]} judged {seen[(f, i)]} times (expected 1)')

# ---- checks: expressions.tsv against JSON
expr_verdict = {}
for r in exprs:
    f = r['file']
    if r['expr index'] == 'missed':
        if r['verdict'] != 'missed': problems.append(f'{f}: missed row with verdict {r["verdict"]}')
        continue
    k = int(r['expr index']); E = data[f]['expressions']
    if k >= len(E) or E[k]['lemma'] != r['lemma']: problems.append(f'{f}: expr {k} lemma mismatch {r["lemma"]!r}')
    if r['verdict'] not in ('right', 'wrong'): problems.append(f'{f}: expr {k} bad verdict')
    if (f, k) in expr_verdict: problems.append(f'{f}: expr {k} listed twice')
    expr_verdict[(f, k)] = r['verdict']
for f in FILES:
    for k in range(len(data[f]['expressions'])):
        if (f, k) not in expr_verdict: problems.append(f'{f}: expr {k} not judged')

# inside-right-expression must agree with JSON membership + expression verdict
for r in judged:
    f, i = r['file'], int(r['token index']); t = data[f]['tokens'][i]
    ex = t.get('expression')
    want = 'yes' if (ex is not None and expr_verdict.get((f, ex)) == 'right') else 'no'
    if r['inside-right-expression'] != want:
        problems.append(f'{f}:{i} inside-right-expression {r["inside-right-expression"]} but should be {want}')

# ---- checks: errors.tsv covers each failed token / wrong or missed expression exactly once
err_tok = Counter(); err_expr = Counter()
for e in errors:
    if e['severity'] not in SEVERITIES: problems.append(f'bad severity {e["severity"]!r}')
    m = re.fullmatch(r'(.+) \[(\d+)\]', e['token(s)'])
    if m and not e['class'].startswith('expression'):
        err_tok[(e['file'], int(m.group(2)))] += 1
        if data[e['file']]['tokens'][int(m.group(2))]['form'] != m.group(1):
            problems.append(f'errors.tsv form mismatch {e["token(s)"]}')
    else:
        err_expr[e['file']] += 1
fails = {(r['file'], int(r['token index'])): r for r in judged if r['verdict'] == 'fail'}
for key, r in fails.items():
    if err_tok[key] != 1: problems.append(f'{key} failed but has {err_tok[key]} error rows')
for key in err_tok:
    if key not in fails: problems.append(f'{key} has an error row but is judged ok')
tok_err_class = {}
for e in errors:
    m = re.fullmatch(r'(.+) \[(\d+)\]', e['token(s)'])
    if m and not e['class'].startswith('expression'):
        k = (e['file'], int(m.group(2)))
        if k in fails and fails[k]['class'] != e['class']:
            problems.append(f'{k} class differs: judged {fails[k]["class"]} / errors {e["class"]}')
for f in FILES:
    bad_exprs = sum(1 for r in exprs if r['file'] == f and r['verdict'] in ('wrong', 'missed'))
    if bad_exprs != err_expr[f]: problems.append(f'{f}: {bad_exprs} wrong/missed expressions but {err_expr[f]} expression error rows')

if problems:
    print('CONSISTENCY PROBLEMS:'); print('\n'.join(problems)); sys.exit(1)

# ---- figures
def pct(n, d): return f'{100 * n / d:.1f} %' if d else '–'
rows = {}
upos_stats = defaultdict(lambda: [0, 0])  # (file|TOTAL, upos) -> [ok, n]
for f in FILES + ['TOTAL']:
    J = [r for r in judged if f == 'TOTAL' or r['file'] == f]
    X = [r for r in exprs if f == 'TOTAL' or r['file'] == f]
    ER = [e for e in errors if f == 'TOTAL' or e['file'] == f]
    n = len(J); ok = sum(r['verdict'] == 'ok' for r in J)
    len_ = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in J)
    found = [r for r in X if r['expr index'] != 'missed']
    sev = Counter(e['severity'] for e in ER)
    rows[f] = dict(n=n, ok=ok, len=len_, found=len(found), right=sum(r['verdict'] == 'right' for r in found),
                   missed=sum(r['verdict'] == 'missed' for r in X), **{s: sev[s] for s in SEVERITIES},
                   errors=len(ER))
    for r in J:
        s = upos_stats[(f, r['upos(engine)'])]; s[1] += 1; s[0] += r['verdict'] == 'ok'

out = []
out.append('# Blind review L — Dépêche frozen engine on two unseen dispatches\n')
out.append('Generated by `tally.py` from judged.tsv, expressions.tsv, errors.tsv and the engine JSON (all consistency checks passed: every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged exactly once, forms and UPOS match the JSON, every expression judged once, every failed token and every wrong/missed expression has exactly one error row).\n')
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found | expressions right | missed expressions | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|---|')
for f in FILES + ['TOTAL']:
    r = rows[f]; name = f'**{f}**' if f == 'TOTAL' else f
    out.append(f"| {name} | {r['n']} | {r['ok']} ({pct(r['ok'], r['n'])}) | {r['len']} ({pct(r['len'], r['n'])}) | {r['found']} | {r['right']} ({pct(r['right'], r['found'])}) | {r['missed']} | {r['reversal']} | {r['misleading']} | {r['minor']} |")
out.append('\nSeverity counts are per row of errors.tsv (failed tokens + wrong/missed expressions); a missed idiom and the token it mis-glosses are two rows. Tokens that fail inside a correctly glossed expression are capped at "minor", since the learner also sees the right expression gloss.\n')

out.append('## Strict accuracy by engine UPOS\n')
uposes = ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']
out.append('| UPOS | ' + ' | '.join(FILES + ['TOTAL']) + ' |')
out.append('|---|' + '---|' * (len(FILES) + 1))
for u in uposes:
    cells = []
    for f in FILES + ['TOTAL']:
        ok, n = upos_stats[(f, u)]
        cells.append(f'{ok}/{n} ({pct(ok, n)})' if n else '–')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out.append('\n## Error classes (rows of errors.tsv)\n')
cls = Counter((e['class'], e['severity']) for e in errors)
bycls = Counter(e['class'] for e in errors)
out.append('| class | total | reversal | misleading | minor | of which failed tokens inside a right expression |')
out.append('|---|---|---|---|---|---|')
inside_fail = Counter(r['class'] for r in judged if r['verdict'] == 'fail' and r['inside-right-expression'] == 'yes')
for c, n in bycls.most_common():
    out.append(f"| {c} | {n} | {cls[(c,'reversal')]} | {cls[(c,'misleading')]} | {cls[(c,'minor')]} | {inside_fail.get(c, 0)} |")

out.append('\n## Reversal and misleading errors\n')
out.append('| file | excerpt | token(s) | engine gave | should be | class | severity |')
out.append('|---|---|---|---|---|---|---|')
for e in errors:
    if e['severity'] in ('reversal', 'misleading'):
        out.append('| ' + ' | '.join(e[k].replace('|', '/') for k in ['file', 'sentence excerpt', 'token(s)', 'engine gave', 'should be', 'class', 'severity']) + ' |')

md = '\n'.join(out) + '\n'
open(os.path.join(HERE, 'tally.md'), 'w').write(md)
print(md)
