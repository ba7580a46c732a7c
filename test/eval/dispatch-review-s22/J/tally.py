"""Counts the tally from judged.tsv, errors.tsv and the engine JSON (g7.json, verdict.json).
Paths are relative to this script. Writes tally.md and prints it."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILES = ["g7.txt", "verdict.txt"]

def rows(name):
    with open(P(name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

judged, errors = rows("judged.tsv"), rows("errors.tsv")
stats = {}
for fn in FILES:
    j = [r for r in judged if r["file"] == fn]
    e = [r for r in errors if r["file"] == fn]
    d = json.load(open(P(fn.replace(".txt", ".json")), encoding="utf-8"))
    wrong_expr = sum(1 for r in e if r["class"] in ("expression-wrong", "expression-wrong-gloss"))
    s = {
        "words judged": len(j),
        "acceptable (strict)": sum(r["verdict"] == "ok" for r in j),
        "acceptable (lenient)": sum(r["verdict"] == "ok" or r["inside-right-expression"] == "yes" for r in j),
        "expressions found": len(d["expressions"]),
        "expressions right": len(d["expressions"]) - wrong_expr,
        "missed expressions": sum(r["class"] == "expression-missed" for r in e),
        "reversals": sum(r["severity"] == "reverses" for r in e),
        "misleading errors (all rows)": sum(r["severity"] == "misleading" for r in e),
        "misleading errors (token rows only)": sum(r["severity"] == "misleading" and r["class"] != "expression-missed" for r in e),
        "minor errors (all rows)": sum(r["severity"] == "minor" for r in e),
        "error rows": len(e),
    }
    stats[fn] = s
keys = list(next(iter(stats.values())).keys())
stats["total"] = {k: sum(stats[f][k] for f in FILES) for k in keys}

def pct(a, b): return "%.1f%%" % (100.0 * a / b) if b else "-"
out = ["# Tally — blind review J (frozen2 engine)", "",
       "| figure | " + " | ".join(FILES + ["total"]) + " |",
       "|---|" + "---|" * (len(FILES) + 1)]
for k in keys:
    cells = []
    for f in FILES + ["total"]:
        v = stats[f][k]
        if k.startswith("acceptable"):
            cells.append("%d (%s)" % (v, pct(v, stats[f]["words judged"])))
        elif k == "expressions right":
            cells.append("%d (%s)" % (v, pct(v, stats[f]["expressions found"])))
        else:
            cells.append(str(v))
    out.append("| %s | %s |" % (k, " | ".join(cells)))
out += ["",
 "Notes:",
 "- Words judged: every token the engine tagged NOUN/VERB/ADJ/ADV/PROPN/PRON (incl. ne/pas, reflexive se, relative qui/dont),",
 "  plus tokens truly in those classes but tagged otherwise (g7 'ton' tagged DET; verdict 'Nul' tagged DET). NUM (incl. 'les Sept'), DET, ADP, AUX, CCONJ, SCONJ not judged.",
 "- Strict: tag, lemma and FIRST gloss sense right in context. Lenient: additionally counts as acceptable any word inside an expression judged right.",
 "- Pronouns: a gloss listing the right reading passes (so impersonal 'il' glossed 'he; it' passes).",
 "- 'misleading errors (all rows)' includes missed-expression rows, which overlap token rows for the same words (aménagée, appel/suspensif);",
 "  'token rows only' avoids that double count. One error row (verdict 'des' lemma) is outside the judged set.",
 "- Texts: g7.txt 277 words, verdict.txt 274 words (whitespace-separated, punctuation-only items excluded).",
 "- Not counted as errors under the pronoun rule but worth noting: impersonal 'il' in « qu'il le faudra » (g7 30) and « jusqu'à ce qu'il soit statué » (verdict 338)",
 "  got 'he; it' (engine flags impersonal 'it' first only in « il s'agit de »); 'dont' before a non-numeral (« dont un an ferme », « dont le calendrier ») got 'of which' first.",
 "- Regenerate: python3 make_judged.py && python3 tally.py",
]
text = "\n".join(out) + "\n"
open(P("tally.md"), "w", encoding="utf-8").write(text)
print(text)
