#!/usr/bin/env python3
"""Checks the blind judgement files against the engine JSON and prints the figures (markdown)."""
import csv, json, re, sys
from collections import Counter, defaultdict
FILES = ['incendies', 'brexit-peche']
J = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}
def rows(p):
    with open(p, newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
judged, exprs, errs = rows('judged.tsv'), rows('expressions.tsv'), rows('errors.tsv')
problems = []
data = {f: json.load(open(f + '.json')) for f in FILES}
# --- checks -------------------------------------------------------------
for f in FILES:
    toks = data[f]['tokens']
    jf = [r for r in judged if r['file'] == f]
    seen = Counter(int(r['token index']) for r in jf)
    for r in jf:
        i = int(r['token index'])
        if toks[i]['form'] != r['form']: problems.append(f'{f} #{i}: form {r["form"]!r} != {toks[i]["form"]!r}')
        if toks[i]['upos'] != r['upos(engine)']: problems.append(f'{f} #{i}: upos mismatch')
        if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f} #{i}: bad verdict')
        if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'{f} #{i}: class/verdict mismatch')
    want = {i for i, t in enumerate(toks) if t['upos'] in J}
    for i in want:
        if seen[i] != 1: problems.append(f'{f} #{i}: judged {seen[i]} times')
    for i in seen:
        if i not in want: problems.append(f'{f} #{i}: judged but not of a judged class')
    ef = [r for r in exprs if r['file'] == f and r['expr index'] != '-']
    eseen = Counter(int(r['expr index']) for r in ef)
    for k in range(len(data[f]['expressions'])):
        if eseen[k] != 1: problems.append(f'{f} expr {k}: judged {eseen[k]} times')
    for r in ef:
        k = int(r['expr index'])
        if k >= len(data[f]['expressions']) or data[f]['expressions'][k]['lemma'] != r['lemma']:
            problems.append(f'{f} expr {k}: lemma mismatch')
    # inside-right-expression consistency
    right = set()
    for r in ef:
        if r['verdict'] == 'right': right.update(data[f]['expressions'][int(r['expr index'])]['parts'])
    for r in jf:
        if (int(r['token index']) in right) != (r['inside-right-expression'] == 'yes'):
            problems.append(f'{f} #{r["token index"]}: inside-right-expression inconsistent')
    # error rows
    ef_err = [r for r in errs if r['file'] == f]
    keys = Counter()
    for r in ef_err:
        t = r['token(s)']
        m = re.match(r'#(\d+) ', t) or None
        if m: keys[('tok', int(m.group(1)))] += 1; continue
        m = re.match(r'expr (\d+) \[', t)
        if m: keys[('expr', int(m.group(1)))] += 1; continue
        m = re.match(r'missed \[(.+?)\]', t)
        if m: keys[('missed', m.group(1))] += 1; continue
        problems.append(f'{f}: unparsable error row {t!r}')
    need = Counter()
    for r in jf:
        if r['verdict'] == 'fail': need[('tok', int(r['token index']))] += 1
    for r in exprs:
        if r['file'] != f: continue
        if r['verdict'] == 'wrong': need[('expr', int(r['expr index']))] += 1
        if r['verdict'] == 'missed': need[('missed', r['lemma'])] += 1
    if keys != need: problems.append(f'{f}: error rows {dict(keys - need)} extra / {dict(need - keys)} lacking')
    for r in ef_err:
        if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f'{f}: bad severity')
# --- figures --------------------------------------------------------------
def pct(a, b): return f'{a} ({100*a/b:.1f} %)' if b else '0'
out = []
if problems:
    out.append('## CHECK FAILURES\n' + '\n'.join('- ' + p for p in problems) + '\n')
else:
    out.append('All checks passed: forms match, every NOUN/VERB/ADJ/ADV/PROPN/PRON token judged once, '
               'every expression judged, one error row per failed token / wrong or missed expression.\n')
groups = FILES + ['TOTAL']
def sel(rs, g): return [r for r in rs if g == 'TOTAL' or r['file'] == g]
out.append('| | ' + ' | '.join(groups) + ' |')
out.append('|---|' + '---|' * len(groups))
lines = defaultdict(list)
for g in groups:
    jg, eg, rg = sel(judged, g), sel(exprs, g), sel(errs, g)
    n = len(jg); s = sum(r['verdict'] == 'ok' for r in jg)
    l = sum(r['verdict'] == 'ok' or r['inside-right-expression'] == 'yes' for r in jg)
    found = [r for r in eg if r['expr index'] != '-']
    sev = Counter(r['severity'] for r in rg)
    lines['words judged'].append(str(n))
    lines['acceptable strict'].append(pct(s, n))
    lines['acceptable lenient'].append(pct(l, n))
    lines['expressions found / right'].append(f'{len(found)} / {sum(r["verdict"]=="right" for r in found)}')
    lines['expressions missed'].append(str(sum(r['verdict'] == 'missed' for r in eg)))
    for k in ('reversal', 'misleading', 'minor'): lines[f'severity: {k}'].append(str(sev[k]))
for k, v in lines.items(): out.append(f'| {k} | ' + ' | '.join(v) + ' |')
out.append('\n### Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(groups) + ' |')
out.append('|---|' + '---|' * len(groups))
for u in ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON']:
    cells = []
    for g in groups:
        jg = [r for r in sel(judged, g) if r['upos(engine)'] == u]
        ok = sum(r['verdict'] == 'ok' for r in jg)
        cells.append(f'{ok}/{len(jg)} ({100*ok/len(jg):.0f} %)' if jg else '-')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')
out.append('\n### Error counts by class (failed tokens + wrong/missed expressions)\n')
classes = ['wrong-sense', 'no-gloss', 'wrong-tag', 'wrong-lemma', 'pronoun', 'expression-wrong', 'expression-missed', 'other']
out.append('| class | ' + ' | '.join(groups) + ' |')
out.append('|---|' + '---|' * len(groups))
for c in classes:
    out.append(f'| {c} | ' + ' | '.join(str(sum(r['class'] == c for r in sel(errs, g))) for g in groups) + ' |')
print('\n'.join(out))
sys.exit(1 if problems else 0)
