import json,sys
n=sys.argv[1]
d=json.load(open(n+'.json'))
for i,t in enumerate(d['tokens']):
    if t['kind']=='punct': continue
    print(i, t['form'], t.get('kind'), t.get('lemma'), t.get('upos'), t.get('gender',''), '|', t.get('gloss',''), '|', t.get('glossSource',''), {k:v for k,v in t.items() if k not in ('form','start','end','kind','lemma','upos','gender','gloss','glossSource')} or '')
print('EXPR')
for j,e in enumerate(d['expressions']):
    print(j, e['lemma'], e.get('upos'), '|', e['gloss'], '|', e['parts'], [d['tokens'][p]['form'] for p in e['parts']], e.get('note',''))
