#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, os, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__))
FILES = ['conseil-securite', 'constitution']
CONTENT = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

def rd(name):
    with open(os.path.join(D, name), encoding='utf-8') as fh:
        rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
    return [dict(zip(rows[0], r)) for r in rows[1:] if r]

J, E, R = rd('judged.tsv'), rd('expressions.tsv'), rd('errors.tsv')
data = {f: json.load(open(os.path.join(D, f + '.json'), encoding='utf-8')) for f in FILES}
problems = []

# --- checks -----------------------------------------------------------------
seen = Counter()
for r in J:
    f, i = r['file'], int(r['token'])
    toks = data[f]['tokens']
    if i >= len(toks): problems.append(f'{f}:{i} out of range'); continue
    t = toks[i]
    if t['form'] != r['form']: problems.append(f"{f}:{i} form {r['form']!r} != JSON {t['form']!r}")
    if t['upos'] != r['upos']: problems.append(f"{f}:{i} upos {r['upos']} != JSON {t['upos']}")
    if r['verdict'] not in ('ok', 'fail'): problems.append(f'{f}:{i} bad verdict')
    if (r['verdict'] == 'ok') != (r['class'] == '-'): problems.append(f'{f}:{i} class/verdict mismatch')
    seen[(f, i)] += 1
for k, n in seen.items():
    if n > 1: problems.append(f'{k} judged {n} times')
extra = []
for f in FILES:
    for i, t in enumerate(data[f]['tokens']):
        if t['upos'] in CONTENT and (f, i) not in seen:
            problems.append(f"{f}:{i} {t['form']} ({t['upos']}) not judged")
        if t['upos'] not in CONTENT and (f, i) in seen:
            extra.append(f"{f}:{i} {t['form']} ({t['upos']})")

eseen = Counter(); right_parts = defaultdict(set)
for r in E:
    f = r['file']
    if r['expr'] == '-':
        if r['verdict'] != 'missed': problems.append(f'{f}: expression without index must be missed')
        continue
    i = int(r['expr']); ex = data[f]['expressions']
    if i >= len(ex): problems.append(f'{f} expr {i} out of range'); continue
    if ex[i]['lemma'] != r['lemma']: problems.append(f"{f} expr {i} lemma {r['lemma']!r} != {ex[i]['lemma']!r}")
    if ','.join(map(str, ex[i]['parts'])) != r['parts']: problems.append(f'{f} expr {i} parts differ')
    if r['verdict'] not in ('right', 'wrong'): problems.append(f'{f} expr {i} bad verdict')
    eseen[(f, i)] += 1
    if r['verdict'] == 'right': right_parts[f].update(ex[i]['parts'])
for f in FILES:
    for i in range(len(data[f]['expressions'])):
        if eseen[(f, i)] != 1: problems.append(f'{f} expr {i} judged {eseen[(f, i)]} times')
for r in J:
    want = 'yes' if int(r['token']) in right_parts[r['file']] else 'no'
    if r['inside_right_expr'] != want: problems.append(f"{r['file']}:{r['token']} inside_right_expr {r['inside_right_expr']} != {want}")
err_tokens = defaultdict(set)
for r in R:
    for part in r['tokens'].split():
        err_tokens[r['file']].add(int(part.split(':', 1)[0]))
    if r['severity'] not in ('reversal', 'misleading', 'minor'): problems.append(f"bad severity {r['severity']}")
for r in J:
    if r['verdict'] == 'fail' and int(r['token']) not in err_tokens[r['file']]:
        problems.append(f"{r['file']}:{r['token']} fail without an errors.tsv row")

# --- tally ------------------------------------------------------------------
def pct(n, d): return f'{n} ({100 * n / d:.1f} %)' if d else '0'
out = []
out.append('## Tally\n')
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|')
def line(name, js, es, rs):
    n = len(js); s = sum(r['verdict'] == 'ok' for r in js)
    l = sum(r['verdict'] == 'ok' or r['inside_right_expr'] == 'yes' for r in js)
    found = [r for r in es if r['expr'] != '-']; right = sum(r['verdict'] == 'right' for r in found)
    missed = sum(r['verdict'] == 'missed' for r in es)
    sev = Counter(r['severity'] for r in rs)
    out.append(f"| {name} | {n} | {pct(s, n)} | {pct(l, n)} | {len(found)} / {right} | {missed} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")
for f in FILES:
    line(f, [r for r in J if r['file'] == f], [r for r in E if r['file'] == f], [r for r in R if r['file'] == f])
line('**total**', J, E, R)

out.append('\n## Strict accuracy by engine UPOS\n')
out.append('| UPOS | ' + ' | '.join(FILES) + ' | total |')
out.append('|---|' + '---|' * (len(FILES) + 1))
for u in sorted({r['upos'] for r in J}):
    cells = []
    for sel in [[r for r in J if r['file'] == f and r['upos'] == u] for f in FILES] + [[r for r in J if r['upos'] == u]]:
        ok = sum(r['verdict'] == 'ok' for r in sel)
        cells.append(f'{ok}/{len(sel)} ({100 * ok / len(sel):.0f} %)' if sel else '–')
    out.append(f'| {u} | ' + ' | '.join(cells) + ' |')

out.append('\n## Error rows by class (errors.tsv)\n')
classes = sorted({r['class'] for r in R})
out.append('| class | ' + ' | '.join(FILES) + ' | total | of which reversal / misleading / minor |')
out.append('|---|' + '---|' * (len(FILES) + 2))
for c in classes:
    sel = [r for r in R if r['class'] == c]; sev = Counter(r['severity'] for r in sel)
    out.append(f'| {c} | ' + ' | '.join(str(sum(r["file"] == f for r in sel)) for f in FILES)
               + f" | {len(sel)} | {sev['reversal']} / {sev['misleading']} / {sev['minor']} |")
out.append(f'| **all** | ' + ' | '.join(str(sum(r["file"] == f for r in R)) for f in FILES) + f' | {len(R)} | |')

out.append('\n## Failed judged tokens by class (judged.tsv)\n')
out.append('| class | ' + ' | '.join(FILES) + ' | total | inside a right expression |')
out.append('|---|' + '---|' * (len(FILES) + 2))
for c in sorted({r['class'] for r in J if r['verdict'] == 'fail'}):
    sel = [r for r in J if r['class'] == c]
    out.append(f'| {c} | ' + ' | '.join(str(sum(r["file"] == f for r in sel)) for f in FILES)
               + f" | {len(sel)} | {sum(r['inside_right_expr'] == 'yes' for r in sel)} |")

out.append('\n## Checks\n')
out.append(f'- judged rows: {len(J)}; expressions rows: {len(E)}; error rows: {len(R)}')
out.append(f'- tokens judged beyond the engine-UPOS set (true class is a content word/pronoun): {", ".join(extra) or "none"}')
out.append('- all checks passed' if not problems else '- PROBLEMS:\n' + '\n'.join('  - ' + p for p in problems))
print('\n'.join(out))
sys.exit(1 if problems else 0)
