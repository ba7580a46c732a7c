import json,sys
n=sys.argv[1]
d=json.load(open(n+'.json'))
toks=d['tokens']
inexp={}
for ei,e in enumerate(d['expressions']):
    for p in e.get('parts',e.get('tokens',[])):
        inexp.setdefault(p,[]).append(ei)
for i,t in enumerate(toks):
    if t['kind']=='punct': continue
    print(i,t['form'],t.get('kind'),t.get('lemma'),t.get('upos'),t.get('gender',''),'|',t.get('gloss',''),'|',t.get('glossSource',''),'E'+str(inexp[i]) if i in inexp else '',sep='\t')
print('---expressions')
for ei,e in enumerate(d['expressions']):
    print(ei,json.dumps(e,ensure_ascii=False))
print('---sentences',d['sentences'][:2])
