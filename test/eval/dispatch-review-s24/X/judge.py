# Reviewer's token-by-token judgements (generator for judged.tsv / expressions.tsv / errors.tsv).
# Every token of a judged class is "ok" unless listed in FAIL; notes for notable passes in NOTE.
import json
J = {'NOUN','VERB','ADJ','ADV','PROPN','PRON'}

# idx: (class, severity, engine gave (short), should be, note)
FAIL = {
 'gouvernement': {
  26: ('wrong-sense','misleading','smashing','dramatic, sensational (une démission fracassante)','"smashing" reads as "excellent" in BrE'),
  88: ('wrong-sense','minor','elderly','aged (âgé de 52 ans = aged 52)','first sense "elderly" is wrong for âgé de + age'),
  131:('wrong-sense','minor','to do','to make (faire la part belle à)','own first sense; expression glossed right'),
  136:('wrong-sense','minor','believer','loyalist, faithful supporter','religious sense first; "follower" was available'),
  141:('wrong-sense','misleading','to come back','to fall to, to go to (a portfolio)','"Bercy comes back to Lemaire" suggests he had it before; expression revenir à also wrong-first'),
  150:('wrong-sense','minor','affair','business (banquier d\'affaires = investment banker)','"business" only 4th; compound missed'),
  155:('wrong-sense','minor','project','draft, bill (projet de loi)','own first sense; expression projet de loi de finances right'),
  164:('wrong-sense','minor','to tighten (VERB serrer)','tight (ADJ serré; délais très serrés)','adjectival participle modified by très; only verbal senses given'),
  183:('wrong-sense','minor','to fall due','to fall to','own first sense; expression échoir à right'),
  257:('wrong-sense','misleading','to feel','to smell of (sentir le réchauffé = to be stale, rehashed)','"to smell" only 2nd; idiom missed'),
  259:('no-gloss','minor','(no gloss)','reheated, rehashed (le réchauffé = stale old stuff)','content noun without gloss'),
  302:('wrong-sense','minor','to have (something) done (causative)','to make, do (faire semblant)','causative reading first; expression faire semblant de right'),
  303:('wrong-tag','minor','VERB sembler "to seem"','NOUN semblant (faire semblant = pretend)','wrong tag and lemma; expression right'),
  315:('wrong-sense','minor','bottom','substance (sur le fond)','own first sense; expression sur le fond right'),
  329:('wrong-sense','minor','to pronounce','to deliver (a speech)','"to deliver (a speech)" only 2nd'),
  339:('wrong-tag','minor','ADV','ADP (avant de + infinitive)','same construction tagged ADP in the other text'),
  365:('wrong-sense','minor','to provide, to stipulate (disposer que)','to have (disposer de)','own first sense; expression disposer de right'),
  381:('wrong-sense','minor','project','draft (projet de budget = draft budget)','"draft" only 3rd'),
  412:('pronoun','minor','him','it (le projet de budget)','referent is inanimate'),
  415:('wrong-sense','misleading','mistake','for lack of (faute de)','locution faute de missed; with "d\'accord" = OK the clause reads "mistake, OK"'),
 },
 'mer-chine': {
  15: ('wrong-sense','minor','to do','to make (faire usage de)','own first sense; expression right'),
  30: ('wrong-tag','minor','ADJ second','PROPN (part of the name Second Thomas Shoal)','part of a place name'),
  50: ('wrong-tag','minor','NOUN philippine "Filipino (person)"','ADJ philippin "Philippine" (les autorités philippines)','wrong tag and lemma'),
  59: ('wrong-sense','misleading','building','ship, vessel (naval bâtiment)','"ship" only 3rd; "the Philippine building" misleads'),
  68: ('wrong-sense','minor','(auprès de) with','to (mission auprès d\'un détachement)','own first sense; expression auprès de right (first sense includes "to")'),
  75: ('wrong-sense','minor','to park','to be stationed','"to be stationed" only 2nd'),
  79: ('wrong-sense','misleading','to fail','to run aground (épave échouée = grounded wreck)','"a wreck failed on the reef"'),
  89: ('pronoun','minor','him','it (the Philippine vessel)','referent is inanimate'),
  93: ('wrong-sense','minor','hunting','chase, pursuit (prendre en chasse)','own first sense; expression right'),
  96: ('pronoun','minor','him','it (the Philippine vessel)','referent is inanimate'),
  100:('wrong-sense','minor','resumption','occasion, time (à plusieurs reprises)','own first sense; expression right'),
  122:('wrong-sense','minor','right','law (droit international)','own first sense; expression right'),
  158:('wrong-sense','minor','to shoot down (aircraft)','to fall, crash down (s\'abattre sur)','own first sense; expression right'),
  161:('wrong-sense','misleading','bridge','deck (pont du navire)','a ship\'s "bridge" is the command post: real misreading'),
  183:('wrong-sense','minor','to do','to make (faire part de)','own first sense; expression right'),
  188:('wrong-sense','minor','lively','strong, sharp (vive protestation)','"keen; sharp; intense" come later'),
  246:('wrong-sense','minor','to do','to make (faire partie de)','own first sense; expression right'),
  262:('wrong-sense','minor','to do','to make, show (faire preuve de)','own first sense; expression right'),
  280:('wrong-tag','minor','NOUN peine "sentence"','VERB peiner "to struggle"','wrong tag/lemma/sense; expression peiner à right'),
  283:('wrong-tag','minor','NOUN parler','VERB parler (infinitive)','gloss "to speak" fine but tag wrong'),
  343:('wrong-sense','minor','to understand','included (y compris)','own first sense; expression y compris right'),
  349:('wrong-tag','minor','PRON que','SCONJ (où que + subjunctive)','conjunction part of "où que"; expression right'),
  389:('wrong-sense','minor','to return','to deliver, hand down (a ruling)','own first sense; expression rendre une décision right'),
 }}

NOTE = {
 'gouvernement': {28:'first = ranking first; expression Premier ministre right',327:'as 28',35:'literal component of idiom (expression right)',33:'literal component of idiom',
   36:'literal component of face à',129:'literal component of de longue date',133:'literal component',134:'literal component',202:'exercise (of office); expression right',
   323:'name of a radio station, no gloss: passes as a name',229:'title Mme',434:'title Mme',96:'participle, adjectival sense first',216:'"wait for results" fits',
   153:'"close" = conclude',264:'"won\'t hold" fits',291:'"does not exclude" fits',268:'Christmas; NOUN/PROPN both acceptable',80:'"work" ~ labour; expression right',
   245:'"did not delay" fits'},
 'mer-chine': {31:'place-name part, no gloss: passes',238:'place-name part, no gloss: passes',91:'literal component of prendre en chasse',167:'literal component of dans la foulée',
   184:'literal component of faire part',263:'literal component of faire preuve',342:'literal component of y compris',440:'literal component',442:'literal component',444:'literal component',
   292:'"first" = top-ranking partner; "leading" would be better',211:'water(s)',437:'slip = misstep',254:'participle, adjectival sense first',275:'participle, adjectival sense first',
   173:'expression ministère des Affaires étrangères right'},
}

# expressions judged wrong: idx: (class, severity, should be, note)
EXPR_WRONG = {
 'gouvernement': {
  13:('expression-wrong','misleading','to fall to (Bercy revient à X = X gets the finance ministry)','first sense "to amount to" ("Bercy amounts to Thomas Lemaire"); right sense only 3rd'),
  41:('expression-wrong','reversal','not an expression here: "faute d\'accord" = for lack of agreement','gloss "agreed, OK" says there IS agreement'),
 },
 'mer-chine': {},
}
# missed: (lemma, excerpt, tokens, should be, severity)
MISSED = {
 'gouvernement': [
  ('faute de','Faute d\'accord, le gouvernement pourrait recourir à l\'article 49.3','t415-416 Faute d\'','for lack of, failing (faute d\'accord = without an agreement)','misleading'),
  ('sentir le réchauffé','ce gouvernement « sent le réchauffé »','t257-259 sent le réchauffé','to feel stale, to be a rehash','misleading'),
  ('banquier d\'affaires','un ancien banquier d\'affaires qui devra boucler','t148-150 banquier d\'affaires','investment banker','minor'),
  ('querelles de couloir','pas des querelles de couloir','t222-224 querelles de couloir','backroom squabbles, internal bickering','minor'),
  ('(l\'article) 49.3','recourir à l\'article 49.3 de la Constitution','t425-426 article 49.3','constitutional procedure to pass a bill without a vote (risking a censure motion)','minor'),
 ],
 'mer-chine': [],
}

for f in ['gouvernement','mer-chine']:
    d = json.load(open(f+'.json')); T = d['tokens']; E = d['expressions']; text = d['text']
    exright = {k for k in range(len(E)) if k not in EXPR_WRONG[f]}
    def excerpt(i):
        t = T[i]
        s = next(s for s in d['sentences'] if s['start'] <= t['start'] < s['end'])
        a = max(s['start'], t['start']-45); b = min(s['end'], t['end']+45)
        while a > s['start'] and text[a-1] not in ' \u00a0': a -= 1
        while b < s['end'] and text[b] not in ' \u00a0': b += 1
        return ('…' if a > s['start'] else '') + text[a:b].replace('\n',' ') + ('…' if b < s['end'] else '')
    with open('judged.tsv','a' if f!='gouvernement' else 'w') as jt, open('errors.tsv','a' if f!='gouvernement' else 'w') as et:
        if f=='gouvernement':
            jt.write('file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote\n')
            et.write('file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity\n')
        for i,t in enumerate(T):
            if t['upos'] not in J: continue
            inside = 'yes' if t.get('expression') is not None and t['expression'] in exright else 'no'
            if i in FAIL[f]:
                c,sev,gave,should,note = FAIL[f][i]
                jt.write(f"{f}\t{i}\t{t['form']}\tfail\t{inside}\t{t['upos']}\t{c}\t{sev}: {note}\n")
                et.write(f"{f}\t{excerpt(i)}\tt{i} {t['form']}\t{gave}\t{should}\t{c}\t{sev}\n")
            else:
                jt.write(f"{f}\t{i}\t{t['form']}\tok\t{inside}\t{t['upos']}\t-\t{NOTE[f].get(i,'-')}\n")
        for k,(c,sev,should,note) in EXPR_WRONG[f].items():
            e = E[k]
            et.write(f"{f}\t{excerpt(e['parts'][0])}\te{k} {' '.join(T[p]['form'] for p in e['parts'])}\t{e['lemma']}: {e['gloss']}\t{should}\t{c}\t{sev}\n")
        for (lem,exc,toks,should,sev) in MISSED[f]:
            assert exc in text.replace('\n',' ').replace('\u00a0',' ') or exc in text, exc
            et.write(f"{f}\t{exc}\tm: {lem} ({toks})\t(no expression)\t{should}\texpression-missed\t{sev}\n")
    with open('expressions.tsv','a' if f!='gouvernement' else 'w') as xt:
        if f=='gouvernement':
            xt.write('file\texpr index\tlemma\tgloss\tparts\tverdict\tclass\tshould be\n')
        for k,e in enumerate(E):
            if k in EXPR_WRONG[f]:
                c,sev,should,note = EXPR_WRONG[f][k]
                xt.write(f"{f}\t{k}\t{e['lemma']}\t{e['gloss']}\t{','.join(map(str,e['parts']))}\twrong\t{c}\t{should} ({sev}; {note})\n")
            else:
                xt.write(f"{f}\t{k}\t{e['lemma']}\t{e['gloss']}\t{','.join(map(str,e['parts']))}\tright\t-\t-\n")
        for (lem,exc,toks,should,sev) in MISSED[f]:
            xt.write(f"{f}\t-\t{lem}\t-\t{toks}\tmissed\texpression-missed\t{should} ({sev})\n")
