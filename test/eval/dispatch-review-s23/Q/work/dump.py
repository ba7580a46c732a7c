import json,sys
f=sys.argv[1]
d=json.load(open(f))
toks=d['tokens']; ex=d['expressions']
for si,s in enumerate(d['sentences']):
    print(f"\n=== S{si}: {d['text'][s['start']:s['end']]}")
    for i,t in enumerate(toks):
        if t['start']>=s['start'] and t['end']<=s['end']:
            if t.get('kind')=='punct': continue
            e=t.get('expression')
            es=f" [E{e}:{ex[e]['lemma']}]" if e is not None else ''
            sen=t.get('senses')
            print(f"{i}\t{t['form']}\t{t.get('lemma')}\t{t.get('upos')}\t{t.get('gender','')}\tG={t.get('gloss')}\t({t.get('glossSource')}){es}\tS={sen if sen else ''}")
print("\n=== EXPRESSIONS")
for i,e in enumerate(ex):
    print(i, e['lemma'],'|',e['upos'],'|',e['gloss'],'|',[toks[p]['form'] for p in e['parts']], e.get('note',''), {k:v for k,v in e.items() if k not in ('lemma','upos','gloss','first','last','parts','note')})
