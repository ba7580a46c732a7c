import json,sys
d=json.load(open(sys.argv[1]+'.json'))
T=d['tokens']
for i,t in enumerate(T):
    if t['kind']=='punct': continue
    print(i, t['form'], t.get('kind'), t.get('upos'), t.get('lemma'), t.get('gender',''), '|', t.get('gloss',''), '|', t.get('glossSource',''), {k:v for k,v in t.items() if k not in ('form','start','end','kind','lemma','upos','gender','gloss','glossSource')} or '')
print('EXPR')
for j,e in enumerate(d['expressions']):
    print(j, json.dumps(e,ensure_ascii=False))
print(d['sentences'][:2])
