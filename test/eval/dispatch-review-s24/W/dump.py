import json,sys
f=sys.argv[1]
d=json.load(open(f+'.json'))
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
txt=d['text']
for si,s in enumerate(d['sentences']):
    print('\n### S%d: %s'%(si,txt[s['start']:s['end']]))
    for i,t in enumerate(d['tokens']):
        if t['start']>=s['start'] and t['end']<=s['end'] and t['kind']!='punct':
            mark='*' if t['upos'] in J else ' '
            print('%s%d\t%s\t%s\t%s\t%s\t%s'%(mark,i,t['form'],t['lemma'],t['upos'],t.get('gloss','—'),('E%d'%t['expression']) if 'expression' in t else ''))
print('\n### EXPRESSIONS')
for k,e in enumerate(d['expressions']):
    print(k,e['lemma'],'|',e['gloss'],'|',e['parts'],'|',' '.join(d['tokens'][p]['form'] for p in e['parts']),'|',e.get('note',''))
