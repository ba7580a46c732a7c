#!/usr/bin/env python3
"""Writes judged.tsv, expressions.tsv and errors.tsv from the reviewer's verdicts below
and the engine JSON (hopital.json, espace.json) in this folder.
Verdicts are the reviewer's (human) judgements; this script only lays them out."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED_UPOS = {'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'PRON'}

# token index -> (class, severity, should be, note)   [all other judged tokens are ok]
FAILS = {
 'hopital': {
  26:  ('gloss-wrong-sense', 'minor', 'while/whereas only as part of "alors que" (expr. right)', 'strict only'),
  31:  ('gloss-wrong-sense', 'minor', 'department (services d\'urgences = emergency departments, A&E)', ''),
  42:  ('gloss-wrong-sense', 'minor', 'lack (faute de = for lack of; expr. right)', 'strict only'),
  83:  ('gloss-wrong-sense', 'minor', 'A&E, emergency department (les urgences)', ''),
  88:  ('gloss-wrong-sense', 'minor', "o'clock (20 heures = 8 p.m.)", ''),
  91:  ('gloss-wrong-sense', 'minor', "o'clock (8 heures = 8 a.m.)", ''),
  105: ('gloss-missing', 'minor', 'FHF (Fédération hospitalière de France, federation of public hospitals)', 'acronym'),
  147: ('gloss-wrong-sense', 'minor', 'healthcare workers, care staff (hospital context; "carer" suggests home/family care)', ''),
  186: ('gloss-wrong-sense', 'minor', 'healthcare workers, care staff (hospital recruitment)', ''),
  139: ('gloss-wrong-sense', 'minor', 'middle of (en pleine nuit; expr. right)', 'strict only'),
  173: ('gloss-wrong-sense', 'minor', 'to provide for (subject is the plan)', ''),
  178: ('gloss-wrong-sense', 'misleading', '(hospital) shift, on-call duty (gardes de nuit = night shifts)', ''),
  196: ('gloss-missing', 'minor', 'that can be called up / mobilised', ''),
  210: ('gloss-wrong-sense', 'minor', 'level (à la hauteur de = up to; expr. right)', 'strict only'),
  260: ('gloss-wrong-sense', 'minor', 'right (la bonne direction = the right direction)', ''),
  261: ('gloss-wrong-sense', 'misleading', 'direction (dans la bonne direction), not management', ''),
  264: ('gloss-wrong-sense', 'minor', 'while (tout en + participle; expr. right)', 'strict only'),
  304: ('gloss-wrong-sense', 'minor', 'A&E, emergency departments (des urgences)', ''),
  323: ('gloss-wrong-sense', 'misleading', 'obliged to (tenu de); "held" reads as detained', ''),
 },
 'espace': {
  23:  ('upos', 'minor', 'ADJ guyanais "of French Guiana" (Centre spatial guyanais = Guiana Space Centre)', 'NOUN "person from French Guiana"'),
  48:  ('gloss-missing', 'minor', 'ESA (European Space Agency)', 'acronym'),
  56:  ('gloss-wrong-sense', 'minor', 'pad (pas de tir = launch pad; expr. right)', 'strict only'),
  58:  ('gloss-wrong-sense', 'minor', 'launch, firing (pas de tir; expr. right)', 'strict only'),
  61:  ('gloss-wrong-sense', 'minor', 'time (heure locale = local time; expr. right)', 'strict only'),
  65:  ('gloss-missing', 'minor', 'GMT (Greenwich Mean Time)', 'acronym; same in English'),
  71:  ('gloss-wrong-sense', 'minor', 'to release, to deploy (a satellite)', ''),
  128: ('gloss-missing', 'minor', 'ESA (European Space Agency)', 'acronym'),
  136: ('gloss-wrong-sense', 'misleading', 'launch (tir = a rocket launch), not fire', ''),
  137: ('gloss-wrong-sense', 'misleading', 'to come, to take place (intervenir = occur)', ''),
  163: ('gloss-wrong-sense', 'minor', 'is (due) to, is expected to', ''),
  182: ('gloss-wrong-sense', 'minor', 'to start (out) (partir avec un handicap = start at a disadvantage)', ''),
  185: ('gloss-wrong-sense', 'misleading', 'handicap, disadvantage (not disability)', ''),
  219: ('gloss-wrong-sense', 'minor', 'to offer (prices)', ''),
  254: ('gloss-wrong-sense', 'minor', 'cover (noun; sous couvert de = under cover of; expr. right)', 'strict only; NOUN with adjective senses'),
  267: ('gloss-wrong-sense', 'misleading', 'launch(es) (une dizaine de tirs par an = about ten launches a year)', ''),
  271: ('gloss-wrong-sense', 'minor', 'now (d\'ici à = by; expr. right)', 'strict only'),
  293: ('upos', 'minor', 'NOUN pousse "shoot" (jeunes pousses = start-ups; expr. right)', 'VERB pousser "to push"; lemma also wrong'),
  296: ('lemma', 'minor', 'quitte (ADJ/ADV, quitte à = even if it means; expr. right)', 'lemma quitter VERB; gloss right'),
  298: ('gloss-wrong-sense', 'minor', 'to call (back) into (remettre en cause = call into question; expr. right)', 'strict only'),
 },
}

# expression index -> (verdict, class, severity, should be)
EXPR_WRONG = {
 'hopital': {
  4:  ('wrong', 'expression-wrong-gloss', 'minor', 'exhausted, at breaking point, running out of steam (figurative: staff speaking of their working conditions)'),
  5:  ('wrong', 'expression-wrong', 'minor', 'no expression: faire (toujours) plus avec (toujours) moins = do more with less; not "faire avec" (make do with)'),
  23: ('wrong', 'expression-wrong', 'misleading', 'no expression: "exclure de mettre" = rule out putting; "de mettre" is not "de mise" (appropriate)'),
 },
 'espace': {},
}

# missed fixed expressions: (sentence excerpt, tokens, engine gave, should be, severity)
MISSED = {
 'hopital': [
  ("une quarantaine de services d'urgences sont contraints", "services d'urgences / les urgences (x3)", 'service "service" + urgence "emergency" (emergency services; the emergencies are closed)', "emergency department(s), A&E, ER", 'minor'),
  ('la revalorisation des gardes de nuit', 'gardes de nuit', 'garde "guard" + nuit "night"', 'night shifts, night on-call duty', 'minor'),
  ("qui restent tenus d'assurer un service minimum", "(rester) tenus d'", 'tenir "held" (the engine has "être tenu de" but not with rester)', '(remain) obliged to', 'minor'),
  ("il s'agit d'« un pansement sur une jambe de bois »", 'un pansement sur une jambe de bois', 'pansement "dressing" + jambe de bois "wooden leg" (note mentions the cautère variant)', 'a useless remedy, a sticking plaster on a wooden leg (idiom)', 'minor'),
  ('« un premier pas dans la bonne direction »', 'dans la bonne direction', 'bon "good" + direction "management"', 'in the right direction', 'minor'),
 ],
 'espace': [
  ('a décollé mardi soir du Centre spatial guyanais de Kourou', 'Centre spatial guyanais', 'Centre "centre" + spatial "space" + guyanais NOUN "person from French Guiana"', 'Guiana Space Centre (CSG, Europe\'s spaceport)', 'minor'),
  ('le lanceur européen part avec un handicap de taille', 'partir avec un handicap', 'partir "to leave" + handicap "disability"', 'to start (out) at a disadvantage', 'minor'),
  ('part avec un handicap de taille face à la concurrence', 'de taille', 'de "of" + taille "size"', 'major, considerable, sizeable', 'minor'),
 ],
}

# other errors on function words (outside the judged set; listed, not tallied)
OTHER = {
 'hopital': {},
 'espace': {89: ('lemma', 'minor', 'de + les (ADP+DET): "of the" oceans', 'DET un "some" — contraction du/des not split here; outside judged set, not tallied')},
}

def excerpt(d, i, width=45):
    t = d['tokens'][i]; text = d['text']
    for s in d['sentences']:
        if s['start'] <= t['start'] < s['end']:
            a = max(s['start'], t['start'] - width); b = min(s['end'], t['end'] + width)
            return text[a:b].replace('\n', ' ').replace('\t', ' ').strip()
    return ''

def gave(t):
    return f"{t.get('upos')} {t.get('lemma')} \"{t.get('gloss')}\""

def main():
    judged_rows = ['file\ttoken index\tform\tverdict\tinside-right-expression\tupos(engine)\tclass\tnote']
    expr_rows = ['file\texpr index\tlemma\tgloss\tparts\tverdict\tclass\tshould be']
    err_rows = ['file\tsentence excerpt\ttoken(s)\tengine gave\tshould be\tclass\tseverity']
    for f in ['hopital', 'espace']:
        d = json.load(open(os.path.join(HERE, f + '.json'), encoding='utf-8'))
        toks, exprs = d['tokens'], d['expressions']
        ewrong = EXPR_WRONG[f]
        right_expr = {j for j in range(len(exprs)) if j not in ewrong}
        for j, e in enumerate(exprs):
            forms = ' '.join(toks[p]['form'] for p in e['parts'])
            if j in ewrong:
                v, cls, sev, should = ewrong[j]
                expr_rows.append(f"{f}\t{j}\t{e['lemma']}\t{e['gloss']}\t{forms}\twrong\t{cls}\t{should}")
                err_rows.append(f"{f}\t{excerpt(d, e['parts'][0])}\t{forms}\texpression {e['lemma']} \"{e['gloss']}\"\t{should}\t{cls}\t{sev}")
            else:
                expr_rows.append(f"{f}\t{j}\t{e['lemma']}\t{e['gloss']}\t{forms}\tright\t\t")
        fails = FAILS[f]
        for i, t in enumerate(toks):
            if t.get('upos') not in JUDGED_UPOS and i not in fails:
                continue
            e = t.get('expression')
            inside = 'yes' if (e is not None and e in right_expr) else 'no'
            if i in fails:
                cls, sev, should, note = fails[i]
                judged_rows.append(f"{f}\t{i}\t{t['form']}\tfail\t{inside}\t{t.get('upos')}\t{cls}\t{note}")
                sev_note = should + (f' [{note}]' if note else '')
                err_rows.append(f"{f}\t{excerpt(d, i)}\t{t['form']}\t{gave(t)}\t{sev_note}\t{cls}\t{sev}")
            else:
                judged_rows.append(f"{f}\t{i}\t{t['form']}\tok\t{inside}\t{t.get('upos')}\t\t")
        for (ex, tk, g, should, sev) in MISSED[f]:
            err_rows.append(f"{f}\t{ex}\t{tk}\t{g}\t{should}\texpression-missed\t{sev}")
        for i, (cls, sev, should, note) in OTHER[f].items():
            t = toks[i]
            err_rows.append(f"{f}\t{excerpt(d, i)}\t{t['form']}\t{gave(t)}\t{should} [{note}]\tother\t{sev}")
    for name, rows in [('judged.tsv', judged_rows), ('expressions.tsv', expr_rows), ('errors.tsv', err_rows)]:
        open(os.path.join(HERE, name), 'w', encoding='utf-8').write('\n'.join(rows) + '\n')

if __name__ == '__main__':
    main()
