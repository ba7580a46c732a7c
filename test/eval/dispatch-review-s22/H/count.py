#!/usr/bin/env python3
"""Builds judged.tsv and errors.tsv from judgements.py + engine JSON, and prints the tally."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judgements import FAILS, EXPR_WRONG, MISSED, JUDGED_UPOS
D = os.path.dirname(os.path.abspath(__file__))
FILES = ['onu', 'cour']
judged_rows, err_rows, tally = [], [], {}
for f in FILES:
    d = json.load(open(f'{D}/{f}.json', encoding='utf-8'))
    toks, exprs = d['tokens'], d['expressions']
    right_expr = {j for j in range(len(exprs)) if (f, j) not in EXPR_WRONG}
    t = dict(judged=0, strict=0, lenient=0, expr_found=len(exprs), expr_right=len(right_expr),
             missed=0, reverses=0, misleading=0, errors=0, mis_tok=0, mis_expr=0)
    for i, tok in enumerate(toks):
        if tok.get('kind') != 'word' or tok.get('upos') not in JUDGED_UPOS:
            if (f, i) in FAILS: raise SystemExit(f'fail on unjudged token {f} {i}')
            continue
        t['judged'] += 1
        ok = (f, i) not in FAILS
        inside = tok.get('expression') in right_expr if 'expression' in tok else False
        t['strict'] += ok
        t['lenient'] += ok or inside
        judged_rows.append((f, i, tok['form'], 'ok' if ok else 'fail', 'yes' if inside else 'no'))
        if not ok:
            ex, gave, should, cls, sev = FAILS[(f, i)]
            err_rows.append((f + '.txt', ex, tok['form'], gave, should, cls, sev))
    for (ff, j), (ex, gave, should, cls, sev) in EXPR_WRONG.items():
        if ff == f:
            forms = ' '.join(toks[k]['form'] for k in exprs[j]['parts'])
            err_rows.append((f + '.txt', ex, forms, gave, should, cls, sev))
    for (ff, ex, what, gave, should, cls, sev) in MISSED:
        if ff == f:
            t['missed'] += 1
            err_rows.append((f + '.txt', ex, what, gave, should, cls, sev))
    for r in err_rows:
        if r[0] == f + '.txt':
            t['errors'] += 1
            t['reverses'] += r[6] == 'reverses'
            t['misleading'] += r[6] == 'misleading'
            if r[6] == 'misleading':
                if r[5].startswith('expression'): t['mis_expr'] += 1
                else: t['mis_tok'] += 1
    tally[f] = t
tot = {k: sum(tally[f][k] for f in FILES) for k in tally['onu']}
tally['total'] = tot
with open(f'{D}/judged.tsv', 'w', encoding='utf-8') as o:
    o.write('file\ttoken index\tform\tverdict\tinside-right-expression\n')
    for r in judged_rows: o.write('\t'.join(map(str, r)) + '\n')
with open(f'{D}/errors.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity\n')
    for r in err_rows: o.write('\t'.join(r) + '\n')
def pct(a, b): return f'{100*a/b:.1f}%'
lines = ['| | onu.txt | cour.txt | total |', '|---|---|---|---|']
def row(name, fn): lines.append(f'| {name} | ' + ' | '.join(fn(tally[k]) for k in ['onu','cour','total']) + ' |')
row('words judged', lambda t: str(t['judged']))
row('acceptable (strict)', lambda t: f"{t['strict']} ({pct(t['strict'],t['judged'])})")
row('acceptable (lenient)', lambda t: f"{t['lenient']} ({pct(t['lenient'],t['judged'])})")
row('expressions found / right', lambda t: f"{t['expr_found']} / {t['expr_right']}")
row('missed expressions', lambda t: str(t['missed']))
row('error rows (errors.tsv)', lambda t: str(t['errors']))
row('reversals', lambda t: str(t['reverses']))
row('misleading errors (rows)', lambda t: str(t['misleading']))
row('  of which on judged tokens', lambda t: str(t['mis_tok']))
row('  of which on expressions (wrong or missed)', lambda t: str(t['mis_expr']))
out = '\n'.join(lines)
print(out)
open(f'{D}/tally-table.md', 'w', encoding='utf-8').write(out + '\n')
