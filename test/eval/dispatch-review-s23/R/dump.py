import json,sys
f=sys.argv[1]
d=json.load(open(f))
T=d['tokens'];E=d['expressions']
keys=set()
for t in T: keys|=set(t.keys())
print('token keys',keys)
ek=set()
for e in E: ek|=set(e.keys())
print('expr keys',ek)
for si,s in enumerate(d['sentences']):
    print('\n=== S%d: %s'%(si,d['text'][s['start']:s['end']]))
    for i,t in enumerate(T):
        if t['start']>=s['start'] and t['end']<=s['end']:
            if t['upos'] in ('PUNCT',) : continue
            sen=t.get('senses')
            ss=' | '.join(sen[:4]) if sen else ''
            ex=t.get('expression')
            print('%4d %-18s %-16s %-6s %-2s %s  [%s] {%s}%s'%(i,t['form'],t.get('lemma'),t['upos'],t.get('gender',''),t.get('gloss',''),t.get('glossSource',''),ss,(' EXPR%s'%ex) if ex is not None else ''))
print('\n=== EXPRESSIONS')
for j,e in enumerate(E):
    print(j,e['lemma'],'|',e.get('upos'),'|',e['gloss'],'|',[T[p]['form'] for p in e['parts']],e['parts'],'|',e.get('note',''))
