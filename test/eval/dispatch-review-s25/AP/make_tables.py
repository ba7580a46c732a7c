#!/usr/bin/env python3
"""Build judged.tsv, expressions.tsv, errors.tsv from the reviewer's verdicts below.
Every token of a judged class defaults to ok; only failures / notes are listed."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
JUDGED_UPOS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "PRON"}

# (index): (class, severity, should-be, note)   -> verdict fail
FAILS = {
 "canicule": {
  28: ("no-gloss", "minor", "Météo-France (the French national weather service)", "organisation name, not a person/place: needs a gloss"),
  83: ("wrong-sense", "misleading", "to expect (est attendu = is expected)", "'to expect' is only the 2nd sense"),
  103: ("wrong-sense", "minor", "forecaster", "auto gloss 'previsionnist' is not an English word"),
  181: ("wrong-sense", "misleading", "to call, to phone", "'call on' = visit/urge; here volunteers phone the elderly"),
  194: ("wrong-tag", "misleading", "avoir VERB: to have (avoir soif = to be thirsty)", "infinitive after 'sans' tagged NOUN 'assets; credit'"),
  199: ("wrong-sense", "misleading", "shutter", "'shutter' is only the 4th sense; 'component' chosen"),
  208: ("wrong-sense", "minor", "to remind, to point out", "doctor reminds the public; 'recall' reads as 'remember'"),
  210: ("no-gloss", "minor", "franceinfo (French public news radio) PROPN", "media name tagged NOUN, no gloss"),
  216: ("no-gloss", "minor", "geriatrician", "no gloss for a common noun"),
  246: ("wrong-sense", "minor", "(faire l'objet de) to be subject to", "literal 'to do' inside faire l'objet de"),
  278: ("wrong-sense", "minor", "(sous peine de) on pain of / or face", "'sentence' first; 'penalty' fits"),
  308: ("wrong-sense", "minor", "(faire état de) to report", "literal 'to do' inside faire état de"),
  309: ("wrong-sense", "minor", "(faire état de) to report", "'state; condition' meaningless here"),
  346: ("pronoun", "minor", "it (impersonal: il n'y a pas = there is no)", "'he' chosen for impersonal il of il y a"),
  357: ("wrong-sense", "minor", "(à ce stade) stage", "'stadium' first"),
  373: ("wrong-sense", "misleading", "visit, admission (passages aux urgences = A&E visits)", "'passage' chosen; 'visit' is 4th"),
  398: ("wrong-sense", "minor", "(numéro vert) freephone", "literal 'green' inside numéro vert"),
  404: ("wrong-sense", "misleading", "(prendre des nouvelles de) to check on, to ask after", "expression prendre des nouvelles de missed"),
 },
 "election-municipale": {
  68: ("wrong-sense", "minor", "councillor", "'adviser' first; also lemma should be masculine 'conseiller'"),
  79: ("wrong-sense", "minor", "cast (suffrages exprimés = valid votes cast)", "'expressed' first"),
  127: ("wrong-sense", "minor", "(par rapport à) compared with", "'report' first"),
  136: ("no-gloss", "minor", "Toulousain: inhabitant of Toulouse (lemma Toulousain)", "demonym, not a person/place name; lemma left plural"),
  141: ("wrong-sense", "minor", "to turn out (to vote), to go to the polls", "'to travel' first"),
  164: ("no-gloss", "minor", "Sciences Po (Institut d'études politiques)", "abbreviation of 'Politiques', no gloss"),
  169: ("wrong-sense", "minor", "(en tête) in the lead, first", "'head' first; 'lead' is 3rd"),
  179: ("wrong-sense", "minor", "Mrs / Ms (title before a surname)", "'madam' first"),
  190: ("wrong-sense", "misleading", "of La France insoumise (LFI, radical-left party)", "party name read as 'rebellious'"),
  227: ("wrong-sense", "minor", "(parvenir à) to manage to", "'to reach' first"),
  229: ("wrong-sense", "minor", "(combler son retard) to catch up", "'to fill' first"),
  231: ("wrong-sense", "minor", "(combler son retard) lag, deficit", "'delay' first"),
  239: ("wrong-sense", "minor", "square (place du Capitole = Capitole Square)", "'square' is 2nd"),
  241: ("wrong-tag", "minor", "Capitole PROPN (Toulouse city hall and its square)", "proper name tagged NOUN, lemma lowercased"),
  263: ("wrong-sense", "misleading", "to make (+ adj.): rendre gratuits = make free", "'to return' chosen; right sense is 3rd"),
  306: ("no-gloss", "minor", "Toulousain: inhabitant of Toulouse (lemma Toulousain)", "demonym, no gloss, lemma plural"),
  308: ("wrong-sense", "minor", "(y compris) including", "'there' first"),
  309: ("wrong-sense", "minor", "(y compris) including", "'to understand' first"),
  334: ("wrong-sense", "minor", "to concede, to admit (reconnaître sa défaite = to concede defeat)", "'to recognise' first; 'admit' 3rd"),
  340: ("wrong-sense", "misleading", "o'clock (21 heures = 9 p.m.)", "'hour' first: 'after 21 hours'"),
  354: ("pronoun", "misleading", "(to) her: Camille Roussel", "'him' first; referent is the woman who won"),
  373: ("wrong-sense", "misleading", "campaign office / HQ (permanence de campagne)", "false friend 'permanence' chosen"),
  399: ("wrong-sense", "minor", "metropolitan authority (Toulouse Métropole)", "'metropolis' = big city, not the intercommunal body"),
 },
}
# notes for tokens judged ok but worth a word
OK_NOTES = {
 "canicule": {
  24: "cognate; expression 'vigilance rouge' covers", 95: "'body' fits (human bodies), by luck of the English word",
  122: "participle 'inclus' = inclusive; tag VERB acceptable", 129: "literal 'question' fits (out of the question)",
  132: "'to run' fits 'run a risk'", 227: "literal 'put (on guard)' conveys", 230: "'guard' conveys (put on guard)",
  239: "'face' conveys (in the face of)", 249: "'object' conveys (be the object of)", 283: "'go (up to)' fits",
  295: "'put (to a severe test)' conveys", 317: "'reason' conveys (by reason of)", 322: "part of tandis que",
  354: "'cut' acceptable, 'power cut' would be better", 368: "part of the name Santé publique France; literal gloss fits",
 },
 "election-municipale": {
  10: "'Green' would be better for a politician", 25: "'put (an end to)' conveys", 57: "'at the head of' conveys",
  74: "'collect' acceptable, 'receive/win' better", 124: "'light' conveys 'slight'", 150: "predeterminer tagged ADJ, accepted",
  163: "part of the name Sciences Po; literal 'science' fits", 167: "'arrived (first)' conveys", 193: "'price' conveys",
  202: "'arrived third' conveys 'came third'", 214: "'side' conveys", 267: "'common' conveys (en commun)",
  329: "participle used as adjective; gloss 'moved' fits", 337: "'little (after)' conveys",
 },
}
# expression verdicts: index -> (verdict, class, should_be)  default right
EXPR_WRONG = {"canicule": {}, "election-municipale": {}}
EXPR_NOTES = {
 "canicule": {13: "right: 'to go as far as' fits an amount; the '(+ infinitive)' restriction does not apply here",
              15: "right; the verb 'mis' (mettre à rude épreuve) is left outside the expression"},
 "election-municipale": {14: "right: 'to go (somewhere)' fits; 'to turn out (to vote)' would be the exact sense",
                         25: "right: les moins de 26 ans = the under-26s"},
}
MISSED = {
 "canicule": [
  ("faire courir un risque à", "to put (someone) at risk", "131-137", "minor", "Il n'est pas question de faire courir le moindre risque aux enfants"),
  ("prendre des nouvelles de", "to check on, to ask after (someone)", "404-407", "misleading", "appelle les Français à prendre des nouvelles de leurs proches fragiles"),
  ("passage aux urgences", "visit to A&E / emergency admission", "373-375", "misleading", "les passages aux urgences pour des pathologies liées à la chaleur"),
  ("il y a (il n'y a pas de)", "there is (there is no)", "346-351", "minor", "Il n'y a pas de risque de coupure à ce stade"),
  ("jusqu'à … inclus", "up to and including", "119-122", "minor", "jusqu'à vendredi inclus"),
 ],
 "election-municipale": [
  ("Sciences Po", "Sciences Po (Institute of Political Studies)", "163-164", "minor", "le politologue Étienne Vidal, de Sciences Po Toulouse"),
  ("place du Capitole", "Capitole Square (in front of Toulouse city hall)", "239-241", "minor", "réunis place du Capitole"),
  ("permanence de campagne", "campaign office, campaign headquarters", "373-375", "misleading", "a-t-il déclaré depuis sa permanence de campagne"),
  ("reconnaître sa défaite", "to concede defeat", "334-336", "minor", "Bernard Lacombe a reconnu sa défaite peu après 21 heures"),
  ("signal d'alarme", "warning sign, alarm bell", "146-148", "minor", "c'est un signal d'alarme pour tous les élus"),
 ],
}

def sentence_of(d, i):
    t = d["tokens"][i]
    for s in d["sentences"]:
        if s["start"] <= t["start"] < s["end"]:
            txt = d["text"][s["start"]:s["end"]]
            # excerpt: ~60 chars around the token
            a = max(0, t["start"] - s["start"] - 45); b = min(len(txt), t["end"] - s["start"] + 45)
            ex = txt[a:b].replace("\n", " ").replace("\t", " ")
            return ("…" if a > 0 else "") + ex + ("…" if b < len(txt) else "")
    return ""

def clean(x): return (x or "").replace("\t", " ").replace("\n", " ")

J = ["file\ttoken_index\tform\tverdict\tinside_right_expression\tupos_engine\tclass\tnote"]
E = ["file\texpr_index\tlemma\tgloss\tparts\tverdict\tclass\tshould_be"]
R = ["file\tsentence_excerpt\ttokens\tengine_gave\tshould_be\tclass\tseverity"]
for name in ["canicule", "election-municipale"]:
    d = json.load(open(os.path.join(D, name + ".json"), encoding="utf-8"))
    toks, exprs = d["tokens"], d["expressions"]
    right_parts = set()
    for k, e in enumerate(exprs):
        v = EXPR_WRONG[name].get(k)
        if v is None:
            right_parts.update(e["parts"])
            E.append("\t".join([name, str(k), e["lemma"], clean(e["gloss"]), ",".join(map(str, e["parts"])), "right", "-", clean(EXPR_NOTES[name].get(k, "-"))]))
        else:
            E.append("\t".join([name, str(k), e["lemma"], clean(e["gloss"]), ",".join(map(str, e["parts"])), "wrong", "expression-wrong", v[2]]))
            R.append("\t".join([name, clean(sentence_of(d, e["parts"][0])), e["lemma"], clean(e["gloss"]), v[2], "expression-wrong", v[1]]))
    for lemma, gloss, parts, sev, ex in MISSED[name]:
        E.append("\t".join([name, "-", lemma, "-", parts, "missed", "expression-missed", gloss]))
        R.append("\t".join([name, ex, lemma, "(not found)", lemma + " = " + gloss, "expression-missed", sev]))
    for i, t in enumerate(toks):
        if t["kind"] == "punct" or t.get("upos") not in JUDGED_UPOS:
            assert i not in FAILS[name], (name, i)
            continue
        inside = "yes" if i in right_parts else "no"
        if i in FAILS[name]:
            cls, sev, should, note = FAILS[name][i]
            J.append("\t".join([name, str(i), t["form"], "fail", inside, t["upos"], cls, note]))
            gave = "%s %s: %s" % (t.get("upos"), t.get("lemma"), t.get("gloss") or "(no gloss)")
            R.append("\t".join([name, clean(sentence_of(d, i)), t["form"], clean(gave), should, cls, sev]))
        else:
            note = OK_NOTES[name].get(i, "")
            if t.get("gloss") is None: note = note or "person/place name without gloss: passes"
            J.append("\t".join([name, str(i), t["form"], "ok", inside, t["upos"], "-", note or "-"]))
for fn, rows in [("judged.tsv", J), ("expressions.tsv", E), ("errors.tsv", R)]:
    open(os.path.join(D, fn), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(J)-1, len(E)-1, len(R)-1)
