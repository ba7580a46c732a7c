import json
from judgements import FAILS, MISSED, WRONG_EXPR, OK_NOTES
J={'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
FILES=['seisme','ia-emploi']
def excerpt(d,i_list):
    toks=d['tokens']; txt=d['text']
    s0=toks[min(i_list)]['start']; s1=toks[max(i_list)]['end']
    for s in d['sentences']:
        if s['start']<=s0<s['end']: a,b=s['start'],s['end']
    lo=max(a,s0-45); hi=min(b,s1+45)
    while lo>a and txt[lo-1] not in ' \u00a0': lo-=1
    while hi<b and txt[hi] not in ' \u00a0': hi+=1
    e=txt[lo:hi].replace('\t',' ').replace('\n',' ')
    return ('…' if lo>a else '')+e+('…' if hi<b else '')
jr=['file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote']
er=['file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity']
xr=['file\texpr index\tlemma\tgloss\tparts\tverdict\tclass\tshould be']
for f in FILES:
    d=json.load(open(f+'.json',encoding='utf-8'))
    toks=d['tokens']
    F=FAILS[f]
    for i in F: assert toks[i]['form']==F[i][0] and toks[i]['upos'] in J,(f,i)
    for i,t in enumerate(toks):
        if t['upos'] not in J: continue
        inside='yes' if ('expression' in t and t['expression'] not in WRONG_EXPR[f]) else 'no'
        if i in F:
            form,cl,sev,sb,note=F[i]
            jr.append('\t'.join([f,str(i),t['form'],'fail',inside,t['upos'],cl,f'{sev}: {note}']))
            gave=f"{t['upos']} {t['lemma']}: {t.get('gloss','(no gloss)')}"
            er.append('\t'.join([f,excerpt(d,[i]),f"#{i} {t['form']}",gave,sb,cl,sev]))
        else:
            note='-'
            if 'gloss' not in t: note='name, no gloss (passes)'
            note=OK_NOTES[f].get(i,note)
            jr.append('\t'.join([f,str(i),t['form'],'ok',inside,t['upos'],'-',note]))
    for k,e in enumerate(d['expressions']):
        parts=','.join(map(str,e['parts']))
        if k in WRONG_EXPR[f]:
            sb,sev=WRONG_EXPR[f][k]
            xr.append('\t'.join([f,str(k),e['lemma'],e['gloss'],parts,'wrong','expression-wrong',sb]))
            er.append('\t'.join([f,excerpt(d,e['parts']),f"E{k} "+' '.join(toks[p]['form'] for p in e['parts']),f"{e['lemma']}: {e['gloss']}",sb,'expression-wrong',sev]))
        else:
            xr.append('\t'.join([f,str(k),e['lemma'],e['gloss'],parts,'right','-','-']))
    for lem,sb,parts,sev in MISSED[f]:
        xr.append('\t'.join([f,'-',lem,'-',','.join(map(str,parts)),'missed','expression-missed',sb]))
        er.append('\t'.join([f,excerpt(d,parts),f"missed: {lem}",'(no expression)',f"{lem} = {sb}",'expression-missed',sev]))
open('judged.tsv','w',encoding='utf-8').write('\n'.join(jr)+'\n')
open('errors.tsv','w',encoding='utf-8').write('\n'.join(er)+'\n')
open('expressions.tsv','w',encoding='utf-8').write('\n'.join(xr)+'\n')
print(len(jr)-1,len(er)-1,len(xr)-1)
