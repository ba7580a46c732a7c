import json,sys
d=json.load(open(sys.argv[1]))
exprof={}
for ei,e in enumerate(d['expressions']):
    for p in e['parts']: exprof.setdefault(p,[]).append(ei)
for i,t in enumerate(d['tokens']):
    if t['kind']=='punct': continue
    print(i, t['form'], t['upos'], t['lemma'], t.get('gender',''), '|', t.get('gloss',''), '|', t.get('glossSource',''), 'E'+str(exprof[i]) if i in exprof else '', t.get('expression',''), 'S:'+str(t['senses']) if 'senses' in t else '', sep='\t')
print()
for ei,e in enumerate(d['expressions']):
    print(ei, e['lemma'], e['upos'], e['gloss'], [d['tokens'][p]['form'] for p in e['parts']], e.get('note',''), sep='\t')
