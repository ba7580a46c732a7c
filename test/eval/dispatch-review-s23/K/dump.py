import json,sys
f=sys.argv[1]
d=json.load(open(f+'.json'))
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
print('SENTENCES', d['sentences'][:3] if d['sentences'] else None)
for i,t in enumerate(d['tokens']):
    if t['kind']=='punct': continue
    mark='*' if t.get('upos') in J else ' '
    senses=t.get('senses')
    s=' | '.join(senses[:4]) if senses else ''
    print(f"{mark}{i:3d} {t['form']:<16} {t.get('lemma',''):<16} {t.get('upos',''):<5} {t.get('gender','') or '':1} e={t.get('expression','')!s:<3} [{t.get('glossSource','')}] {t.get('gloss','')!r}  ## {s}")
print()
for k,e in enumerate(d['expressions']):
    print(k, {x:y for x,y in e.items() if x not in ('first','last')})
