# Builds judged.tsv, expressions.tsv, errors.tsv from the reviewer's verdicts below.
import json
J = {'NOUN','VERB','ADJ','ADV','PROPN','PRON'}
# token fails: idx: (class, severity, inside_right_expr, engine_gave, should_be)
FAILS = {
'hopital': {
 21: ('wrong-sense','minor','no','VERB renvoyer "to send back"','"to send on, to redirect" (renvoyer vers = redirect to): patients are not sent back'),
 30: ('wrong-sense','minor','no','VERB annoncer "to announce"','s\'annoncer = "to look set to be" (l\'été s\'annonce critique = summer looks set to be critical)'),
 51: ('wrong-sense','minor','yes','ADJ dégradé "damaged" (auto)','"degraded, scaled-back" (mode dégradé = reduced service)'),
 59: ('no-gloss','minor','no','PROPN, no gloss','gloss needed: emergency doctors\' association; SAMU = French emergency medical service'),
 84: ('wrong-sense','minor','yes','NOUN faute "mistake"','"lack" (faute de = for lack of)'),
 88: ('wrong-sense','minor','no','VERB assurer "to ensure"','"to provide, to cover" (assurer les gardes = to cover the on-call shifts)'),
 90: ('wrong-sense','misleading','no','NOUN garde "guard"','"on-call shift, duty" (une garde = a (night) shift on call)'),
 117: ('wrong-sense','minor','yes','NOUN abord "approach"','"first" (d\'abord); abord has no "approach" sense here'),
 118: ('wrong-sense','minor','no','VERB appeler "to call on (to)"','"to call, to phone" (appeler le 15 = ring the emergency number 15)'),
 166: ('pronoun','minor','no','PRON qui "which, that (after a thing)"','"who" (antecedent is the doctor, a person)'),
 177: ('no-gloss','minor','no','NOUN rustine, no gloss','"puncture patch; fig. sticking plaster, stopgap"'),
 194: ('wrong-sense','minor','yes','NOUN reprise "resumption"','"occasion, time" (à trois reprises = three times)'),
 208: ('wrong-tag','minor','no','NOUN pays "country"','PROPN, part of the region name "Pays de la Loire"'),
 230: ('wrong-sense','minor','yes','NOUN grâce "grace"','grâce à = "thanks to"'),
 291: ('no-gloss','minor','yes','PROPN Inter, no gloss','part of "France Inter" (glossed as an expression); own gloss missing'),
 336: ('wrong-tag','misleading','no','ADV que "only (ne … que)"','SCONJ que "that" (reconnaissant qu\'il n\'y a pas… = admitting that there is no…)'),
 338: ('pronoun','minor','no','PRON il "he"','impersonal "it/there" (il y a = there is)'),
 341: ('wrong-sense','minor','no','VERB avoir "to have"','il y a = "there is" (il n\'y a pas de = there is no)'),
 344: ('wrong-sense','misleading','no','NOUN baguette "baguette"','"wand" (baguette magique = magic wand)'),
 350: ('wrong-tag','minor','no','ADJ jugé "judged" (auto)','VERB juger, passive participle with agent par: "deemed, considered"'),
 373: ('wrong-tag','misleading','no','VERB crier "to shout"','ADJ criant "glaring, blatant" (un manque criant = a glaring shortage)'),
 391: ('wrong-tag','minor','no','ADJ autre "other"','PRON autre (les unes après les autres = one after another)'),
 396: ('pronoun','minor','no','PRON on "one"','"they" (the authorities) / "people"'),
 397: ('wrong-sense','minor','yes','VERB faire "to have (something) done (faire + inf.)"','"to make/do" (faire semblant = to pretend); not causative'),
 398: ('wrong-tag','minor','yes','VERB sembler "to seem"','NOUN semblant "pretence" (faire semblant de = to pretend to)'),
 416: ('wrong-sense','minor','yes','VERB requérir "to require"','"to request, to ask for" (requérir l\'anonymat = ask not to be named)'),
},
'tunisie': {
 31: ('wrong-sense','minor','no','VERB plonger "to dive"','transitive "to plunge (sth into)"'),
 95: ('wrong-sense','misleading','no','VERB anticiper "to anticipate"','"early, brought forward" (élections anticipées = snap election); "anticipated elections" = expected ones'),
 110: ('wrong-sense','misleading','no','VERB avancer "to advance"','"to put forward, to give" (sans avancer de date = without giving a date)'),
 149: ('wrong-tag','minor','yes','VERB atteindre "to reach"','NOUN atteinte "attack, offence (against)"'),
 182: ('wrong-lemma','minor','yes','ADJ lemma "rase" "short, close-cropped" (auto)','ADJ ras (fem. rase) "flat, levelled"; table rase = clean slate'),
 185: ('pronoun','minor','no','PRON qui "who"','"which/that" (ce qui = what); antecedent is a thing'),
 186: ('wrong-sense','minor','no','VERB rester "to stay"','"to be left, to remain" (ce qui restait de = what was left of)'),
 227: ('wrong-tag','minor','no','VERB priver "private; to deprive"','ADJ privé "private" (gloss right, tag and lemma wrong)'),
 236: ('wrong-sense','minor','no','NOUN instance "authority"','"instance" (tribunal de première instance = court of first instance)'),
 244: ('wrong-tag','minor','yes','ADJ nouveau "new"','NOUN nouvelle "news item, report" (fausses nouvelles = false news)'),
 251: ('no-gloss','minor','yes','NOUN décret-loi, no token gloss','"decree-law" (given only on the expression)'),
 258: ('no-gloss','minor','no','NOUN liberticide, no gloss','ADJ "liberty-destroying, that curtails freedoms"'),
 267: ('no-gloss','minor','no','PROPN SNJT, no gloss','acronym: Tunisian National Union of Journalists'),
 285: ('wrong-sense','minor','yes','NOUN plan "plan"','"level, sphere" (sur le plan économique = economically)'),
 293: ('wrong-tag','misleading','no','ADJ mal "harm; evil; pain"','ADV mal "badly" (tomber au plus mal = to come at the worst possible time)'),
 316: ('wrong-tag','minor','yes','VERB mourir "dead; to die"','ADJ mort "dead" (au point mort = stalled)'),
 328: ('no-gloss','minor','no','NOUN diktat, no gloss','"diktat, dictate, imposed demand"'),
 350: ('wrong-sense','minor','yes','NOUN quai "platform"','"quay, embankment" (Quai d\'Orsay = the French Foreign Ministry)'),
 369: ('wrong-sense','minor','yes','NOUN droit "right"','"law" (État de droit = rule of law)'),
 387: ('wrong-sense','misleading','no','NOUN condamnation "conviction"','"condemnation" (diplomatic censure, not a court conviction)'),
},
}
OKNOTES = {
 'hopital': {44:'service = hospital department; "service" acceptable in English', 66:'as 44', 124:'se présenter: "present (oneself)" fits "turn up"', 213:'"recognise" = acknowledge, acceptable', 265:'savoir + inf.: acceptable', 267:'"say/tell" acceptable', 276:'"testify" acceptable for témoigner in press usage', 32:'literal "new" (une nouvelle fois)', 69:'E4 "to close down" accepted: close for the night'},
 'tunisie': {45:'"deadline" ≈ due date, acceptable', 76:'"safety" of the State: acceptable', 101:'"better" + article = best: acceptable', 102:'"deadline/time limit": acceptable', 132:'"of which/of whom": acceptable for dont + NP', 290:'"falls (at a time)": acceptable', 292:'au plus = most, via article: acceptable', 381:'intensifier tout: acceptable', 449:'"to have" right (have nothing left to lose); sits in wrong expression E38'},
}
# expression verdicts: idx: (class, severity, should_be) for wrong ones; others right
EXPR_WRONG = {
 'hopital': {
  8: ('expression-wrong','misleading','se présenter here = "to turn up, to come in (at A&E)"; first sense "to introduce oneself" is wrong'),
  18: ('expression-wrong','misleading','no expression: me is the indirect object of dire (ne savait me dire = could not tell me); "to claim to be" is wrong'),
 },
 'tunisie': {
  1: ('expression-wrong','minor','"dissolution of the Assembly (of the Representatives of the People)"; "National Assembly" is the French body and the span omits the name'),
  7: ('expression-wrong','misleading','common noun "state security" (comploter contre la sûreté de l\'État = plot against state security); not the Belgian intelligence service'),
  38: ('expression-wrong','reversal','n\'avoir plus rien à perdre = "to have nothing left to lose"; "to have to" makes it "we no longer have to lose anything"'),
 },
}
EXPR_RIGHT_NOTES = {'hopital': {4:'"close down" accepted (for a night)', 24:'"call on to / call for" same sense'}, 'tunisie': {28:'"more / more than" acceptable', 32:'"call on to / call for" same sense'}}
MISSED = {
 'hopital': [
  ("s'annoncer", [29,30], 'minor', '"to look set to be, to promise to be" (l\'été s\'annonce critique)'),
  ('assurer les gardes', [88,89,90], 'misleading', '"to cover the (on-call/night) shifts"'),
  ('il y a', [338,340,341], 'minor', '"there is" (il n\'y a pas de = there is no)'),
  ('baguette magique', [344,345], 'misleading', '"magic wand" (il n\'y a pas de baguette magique = there is no quick fix)'),
  ('les unes après les autres', [387,388,389,390,391], 'minor', '"one after another"'),
  ('Pays de la Loire', [208,209,210,211], 'minor', 'name of a French region (not "country of the Loire")'),
 ],
 'tunisie': [
  ('élections anticipées', [93,94,95], 'misleading', '"early election, snap election"'),
  ('tribunal de première instance', [233,234,235,236], 'minor', '"court of first instance, lower court"'),
  ('tomber au plus mal', [290,291,292,293], 'misleading', '"to come at the worst possible time"'),
  ('Front de salut national', [198,199,200,201], 'minor', '"National Salvation Front" (opposition coalition)'),
  ('aux cris de', [409,410,411], 'minor', '"chanting, shouting" (slogans)'),
 ],
}

def excerpt(d, start, end):
    for s in d['sentences']:
        if s['start'] <= start < s['end'] + 1:
            a, b = s['start'], s['end']
            break
    t = d['text']
    if b - a > 120:
        a2 = max(a, start - 55); b2 = min(b, end + 55)
        return ('…' if a2 > a else '') + t[a2:b2].replace('\n', ' ').replace('\t', ' ') + ('…' if b2 < b else '')
    return t[a:b].replace('\n', ' ')

jrows = ['file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote']
erows = ['file\texpression index\tlemma\tgloss\tparts\tverdict\tclass\tshould be'.replace('expression index','expr index')]
xrows = ['file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity']
for f in ['hopital', 'tunisie']:
    d = json.load(open(f + '.json'))
    toks, exps = d['tokens'], d['expressions']
    right_expr = {i for i in range(len(exps)) if i not in EXPR_WRONG[f]}
    for i, t in enumerate(toks):
        if t['upos'] not in J: continue
        inside = 'yes' if t.get('expression') in right_expr and 'expression' in t else 'no'
        if i in FAILS[f]:
            cl, sev, ins, gave, sb = FAILS[f][i]
            assert ins == inside, (f, i, ins, inside)
            jrows.append(f'{f}\t{i}\t{t["form"]}\tfail\t{inside}\t{t["upos"]}\t{cl}\t{sb}')
            xrows.append(f'{f}\t{excerpt(d, t["start"], t["end"])}\tt{i} {t["form"]}\t{gave}\t{sb}\t{cl}\t{sev}')
        else:
            note = OKNOTES[f].get(i) or '-'
            jrows.append(f'{f}\t{i}\t{t["form"]}\tok\t{inside}\t{t["upos"]}\t-\t{note}')
    for k, e in enumerate(exps):
        parts = ','.join(map(str, e['parts']))
        if k in EXPR_WRONG[f]:
            cl, sev, sb = EXPR_WRONG[f][k]
            erows.append(f'{f}\t{k}\t{e["lemma"]}\t{e["gloss"]}\t{parts}\twrong\t{cl}\t{sb}')
            t0 = toks[e['parts'][0]]; t1 = toks[e['parts'][-1]]
            span = d['text'][t0['start']:t1['end']]
            xrows.append(f'{f}\t{excerpt(d, t0["start"], t1["end"])}\te{k} {span}\t{e["lemma"]}: {e["gloss"]}\t{sb}\t{cl}\t{sev}')
        else:
            erows.append(f'{f}\t{k}\t{e["lemma"]}\t{e["gloss"]}\t{parts}\tright\t-\t{EXPR_RIGHT_NOTES[f].get(k) or "-"}')
    for lem, parts, sev, sb in MISSED[f]:
        t0 = toks[parts[0]]; t1 = toks[parts[-1]]
        erows.append(f'{f}\t-\t{lem}\t-\t{",".join(map(str, parts))}\tmissed\texpression-missed\t{sb}')
        xrows.append(f'{f}\t{excerpt(d, t0["start"], t1["end"])}\tm {lem} [{",".join(map(str, parts))}]\t(not detected)\t{sb}\texpression-missed\t{sev}')
open('judged.tsv', 'w').write('\n'.join(jrows) + '\n')
open('expressions.tsv', 'w').write('\n'.join(erows) + '\n')
open('errors.tsv', 'w').write('\n'.join(xrows) + '\n')
print(len(jrows) - 1, len(erows) - 1, len(xrows) - 1)
