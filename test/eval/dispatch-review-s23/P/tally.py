#!/usr/bin/env python3
"""Recompute the review figures from judged.tsv, expressions.tsv, errors.tsv and the engine JSON.
Checks: every judged row's form matches the JSON token at its index; every NOUN/VERB/ADJ/ADV/PROPN/PRON
token is judged exactly once; every failed token has exactly one error row; expression rows match the JSON."""
import csv,json,sys,os,collections
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FILES=['dopage','armement']; J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
def rd(n): return list(csv.DictReader(open(n,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
judged,exprs,errors=rd('judged.tsv'),rd('expressions.tsv'),rd('errors.tsv')
problems=[]
data={f:json.load(open(f+'.json',encoding='utf-8')) for f in FILES}
seen=collections.Counter()
for r in judged:
    f=r['file']; i=int(r['token index']); T=data[f]['tokens']
    if i>=len(T) or T[i]['form']!=r['form']: problems.append(f'form mismatch {f}#{i} {r["form"]}')
    elif T[i]['upos']!=r['upos(engine)']: problems.append(f'upos mismatch {f}#{i}')
    if r['verdict'] not in ('ok','fail'): problems.append(f'bad verdict {f}#{i}')
    if r['inside-right-expression'] not in ('yes','no'): problems.append(f'bad inside flag {f}#{i}')
    seen[(f,i)]+=1
for f in FILES:
    for i,t in enumerate(data[f]['tokens']):
        if t['upos'] in J and seen[(f,i)]!=1: problems.append(f'{f}#{i} {t["form"]} judged {seen[(f,i)]} times')
for k,c in seen.items():
    if data[k[0]]['tokens'][k[1]]['upos'] not in J: problems.append(f'{k} judged but not a judged UPOS')
# expression rows vs JSON
right={f:set() for f in FILES}
for r in exprs:
    f=r['file']
    if r['expr index']=='missed': continue
    k=int(r['expr index']); E=data[f]['expressions']
    if k>=len(E) or E[k]['lemma']!=r['lemma']: problems.append(f'expr mismatch {f}#{k}')
    if r['verdict']=='right': right[f].add(k)
for f in FILES:
    found={int(r['expr index']) for r in exprs if r['file']==f and r['expr index']!='missed'}
    if found!=set(range(len(data[f]['expressions']))): problems.append(f'{f}: expressions not all listed once')
# inside-right-expression flag consistency
for r in judged:
    t=data[r['file']]['tokens'][int(r['token index'])]
    exp='yes' if t.get('expression') is not None and t['expression'] in right[r['file']] else 'no'
    if exp!=r['inside-right-expression']: problems.append(f'inside flag wrong {r["file"]}#{r["token index"]}')
# failed tokens <-> error rows
errtok=collections.Counter()
for e in errors:
    if '#' in e['token(s)'] and e['class']!='expression-missed':
        errtok[(e['file'],int(e['token(s)'].rsplit('#',1)[1]))]+=1
for r in judged:
    key=(r['file'],int(r['token index']))
    want=1 if r['verdict']=='fail' else 0
    if errtok[key]!=want: problems.append(f'error rows for {key}: {errtok[key]} (verdict {r["verdict"]})')
nwrong_missed={f:sum(1 for r in exprs if r['file']==f and r['verdict'] in ('wrong','missed')) for f in FILES}
nexprerr={f:sum(1 for e in errors if e['file']==f and e['class'].startswith('expression')) for f in FILES}
for f in FILES:
    if nwrong_missed[f]!=nexprerr[f]: problems.append(f'{f}: expression error rows {nexprerr[f]} != wrong+missed {nwrong_missed[f]}')

def stats(rows,errs,exs):
    n=len(rows); s=sum(r['verdict']=='ok' for r in rows)
    l=sum(r['verdict']=='ok' or r['inside-right-expression']=='yes' for r in rows)
    found=[r for r in exs if r['expr index']!='missed']
    sev=collections.Counter(e['severity'] for e in errs)
    return dict(n=n,s=s,l=l,ef=len(found),er=sum(r['verdict']=='right' for r in found),
                miss=sum(r['expr index']=='missed' for r in exs),rev=sev['reversal'],mis=sev['misleading'],mn=sev['minor'])
pct=lambda a,b: f'{100*a/b:.1f}%' if b else '-'
out=['# Blind review P: tally (recomputed by tally.py)','']
out.append('| file | words judged | acceptable strict | acceptable lenient | expressions found | expressions right | missed expressions | reversals | misleading | minor |')
out.append('|---|---|---|---|---|---|---|---|---|---|')
for f in FILES+['TOTAL']:
    sel=lambda rows: [r for r in rows if f=='TOTAL' or r['file']==f]
    st=stats(sel(judged),sel(errors),sel(exprs))
    out.append(f"| {f} | {st['n']} | {st['s']} ({pct(st['s'],st['n'])}) | {st['l']} ({pct(st['l'],st['n'])}) | {st['ef']} | {st['er']} ({pct(st['er'],st['ef'])}) | {st['miss']} | {st['rev']} | {st['mis']} | {st['mn']} |")
out+=['','## Strict accuracy by engine UPOS','','| UPOS | '+' | '.join(FILES)+' | total |','|---|'+'---|'*(len(FILES)+1)]
for u in ['NOUN','VERB','ADJ','ADV','PROPN','PRON']:
    cells=[]
    for f in FILES+['TOTAL']:
        rows=[r for r in judged if r['upos(engine)']==u and (f=='TOTAL' or r['file']==f)]
        ok=sum(r['verdict']=='ok' for r in rows)
        cells.append(f'{ok}/{len(rows)} ({pct(ok,len(rows))})')
    out.append(f'| {u} | '+' | '.join(cells)+' |')
out+=['','## Errors by class','','| class | '+' | '.join(FILES)+' | total |','|---|'+'---|'*(len(FILES)+1)]
cc=collections.Counter((e['file'],e['class']) for e in errors)
for c in sorted({e['class'] for e in errors},key=lambda c:-sum(cc[(f,c)] for f in FILES)):
    out.append(f'| {c} | '+' | '.join(str(cc[(f,c)]) for f in FILES)+f' | {sum(cc[(f,c)] for f in FILES)} |')
out+=['','## Checks','']
out+=(['- all checks passed: forms match JSON, each judged-UPOS token judged exactly once, one error row per failed token, expression rows match JSON'] if not problems else ['- PROBLEM: '+p for p in problems])
open('tally.md','w',encoding='utf-8').write('\n'.join(out)+'\n')
print('\n'.join(out))
sys.exit(1 if problems else 0)
