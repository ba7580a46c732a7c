import json,sys
d=json.load(open(sys.argv[1]))
t=d['tokens']
exmap={}
for ei,e in enumerate(d['expressions']):
    for k in e.get('tokens',e.get('parts',[])) if isinstance(e.get('tokens',e.get('parts')),list) else []:
        exmap.setdefault(k,[]).append(ei)
for i,x in enumerate(t):
    if x['kind'] in('punct',): continue
    print(i,x['form'],x.get('upos'),x.get('lemma'),x.get('gender',''),'|',x.get('gloss',''),'|',x.get('glossSource',''),exmap.get(i,''),sep='\t')
print('EXPR')
for ei,e in enumerate(d['expressions']): print(ei,json.dumps(e,ensure_ascii=False))
print(d['sentences'][:2] if d['sentences'] else '')
