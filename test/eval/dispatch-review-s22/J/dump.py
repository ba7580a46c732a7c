import json,sys
d=json.load(open(sys.argv[1]))
for i,t in enumerate(d['tokens']):
    if t.get('kind')!='word': continue
    e=t.get('expression')
    print(i,t['form'],t.get('lemma'),t.get('upos'),repr(t.get('gloss')),t.get('glossSource'),('E%d'%e) if e is not None else '',sep='\t')
print()
for j,e in enumerate(d['expressions']):
    print('E%d'%j,e['lemma'],e['upos'],repr(e['gloss']),e['parts'],' '.join(d['tokens'][p]['form'] for p in e['parts']),sep='\t')
