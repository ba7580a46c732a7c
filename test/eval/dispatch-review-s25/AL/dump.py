import json,sys
d=json.load(open(sys.argv[1]))
for i,t in enumerate(d['tokens']):
    if t['kind'] in ('punct',): continue
    print(i, t['form'], t['kind'], t.get('lemma'), t.get('upos'), t.get('gender',''), '|', t.get('gloss',''), '|', t.get('glossSource',''), sep='\t')
print('EXPR')
for j,e in enumerate(d['expressions']):
    print(j, json.dumps(e, ensure_ascii=False))
print(d['sentences'][:2])
