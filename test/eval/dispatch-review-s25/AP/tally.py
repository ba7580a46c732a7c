#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, os, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__))
FILES = ["canicule", "election-municipale"]
JUDGED_UPOS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "PRON"}
TOK_CLASSES = {"wrong-sense", "no-gloss", "wrong-tag", "wrong-lemma", "pronoun", "other"}
ERR_CLASSES = TOK_CLASSES | {"expression-wrong", "expression-missed"}
SEVS = {"reversal", "misleading", "minor"}

def rd(fn):
    with open(os.path.join(D, fn), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

problems = []
data = {n: json.load(open(os.path.join(D, n + ".json"), encoding="utf-8")) for n in FILES}
J, E, R = rd("judged.tsv"), rd("expressions.tsv"), rd("errors.tsv")

# --- judged.tsv checks
seen = Counter()
for r in J:
    n, i = r["file"], int(r["token_index"])
    toks = data[n]["tokens"]
    if i >= len(toks): problems.append("index out of range %s %d" % (n, i)); continue
    if toks[i]["form"] != r["form"]: problems.append("form mismatch %s %d %r != %r" % (n, i, r["form"], toks[i]["form"]))
    if r["upos_engine"] != toks[i].get("upos"): problems.append("upos mismatch %s %d" % (n, i))
    if r["verdict"] not in ("ok", "fail"): problems.append("bad verdict %s %d" % (n, i))
    if r["verdict"] == "ok" and r["class"] != "-": problems.append("ok with class %s %d" % (n, i))
    if r["verdict"] == "fail" and r["class"] not in TOK_CLASSES: problems.append("bad class %s %d" % (n, i))
    seen[(n, i)] += 1
for k, c in seen.items():
    if c > 1: problems.append("judged twice %s" % (k,))
for n in FILES:
    for i, t in enumerate(data[n]["tokens"]):
        if t["kind"] != "punct" and t.get("upos") in JUDGED_UPOS and (n, i) not in seen:
            problems.append("not judged %s %d %s" % (n, i, t["form"]))

# --- expressions.tsv checks
eseen = Counter(); right_parts = defaultdict(set)
for r in E:
    n = r["file"]
    if r["expr_index"] == "-":
        if r["verdict"] != "missed": problems.append("'-' row not missed: %s" % r["lemma"])
        continue
    k = int(r["expr_index"]); ex = data[n]["expressions"]
    if k >= len(ex) or ex[k]["lemma"] != r["lemma"]: problems.append("expr mismatch %s %d" % (n, k)); continue
    if r["verdict"] not in ("right", "wrong"): problems.append("bad expr verdict %s %d" % (n, k))
    if r["verdict"] == "right": right_parts[n].update(ex[k]["parts"])
    eseen[(n, k)] += 1
for n in FILES:
    for k in range(len(data[n]["expressions"])):
        if eseen[(n, k)] != 1: problems.append("expression %s %d judged %d times" % (n, k, eseen[(n, k)]))
for r in J:
    n, i = r["file"], int(r["token_index"])
    exp = "yes" if i in right_parts[n] else "no"
    if r["inside_right_expression"] != exp: problems.append("inside flag wrong %s %d" % (n, i))

# --- errors.tsv checks
for r in R:
    if r["class"] not in ERR_CLASSES: problems.append("bad error class %r" % r["class"])
    if r["severity"] not in SEVS: problems.append("bad severity %r" % r["severity"])
nfail = Counter(r["file"] for r in J if r["verdict"] == "fail")
nerr_tok = Counter(r["file"] for r in R if r["class"] in TOK_CLASSES)
nmiss_e = Counter(r["file"] for r in E if r["verdict"] == "missed")
nmiss_r = Counter(r["file"] for r in R if r["class"] == "expression-missed")
nwrong_e = Counter(r["file"] for r in E if r["verdict"] == "wrong")
nwrong_r = Counter(r["file"] for r in R if r["class"] == "expression-wrong")
for n in FILES:
    if nfail[n] != nerr_tok[n]: problems.append("%s: %d failed tokens but %d token error rows" % (n, nfail[n], nerr_tok[n]))
    if nmiss_e[n] != nmiss_r[n]: problems.append("%s: missed expressions %d vs error rows %d" % (n, nmiss_e[n], nmiss_r[n]))
    if nwrong_e[n] != nwrong_r[n]: problems.append("%s: wrong expressions %d vs error rows %d" % (n, nwrong_e[n], nwrong_r[n]))

if problems:
    print("CHECK FAILED:"); [print(" -", p) for p in problems]; sys.exit(1)

# --- tally
def pct(a, b): return "%.1f%%" % (100.0 * a / b) if b else "-"
out = ["# Tally (frozen4 engine, blind review AP)", "", "All consistency checks passed: every judged form matches the JSON token, every NOUN/VERB/ADJ/ADV/PROPN/PRON token is judged once, every expression is judged once.", ""]
out.append("| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |")
out.append("|---|---|---|---|---|---|---|---|---|")
tot = Counter()
for n in FILES + ["TOTAL"]:
    if n == "TOTAL": c = tot
    else:
        rows = [r for r in J if r["file"] == n]
        c = Counter()
        c["w"] = len(rows)
        c["s"] = sum(r["verdict"] == "ok" for r in rows)
        c["l"] = sum(r["verdict"] == "ok" or r["inside_right_expression"] == "yes" for r in rows)
        c["ef"] = sum(1 for r in E if r["file"] == n and r["verdict"] != "missed")
        c["er"] = sum(1 for r in E if r["file"] == n and r["verdict"] == "right")
        c["m"] = sum(1 for r in E if r["file"] == n and r["verdict"] == "missed")
        for s in SEVS: c[s] = sum(1 for r in R if r["file"] == n and r["severity"] == s)
        tot.update(c)
    out.append("| %s | %d | %d (%s) | %d (%s) | %d / %d | %d | %d | %d | %d |" % (
        n, c["w"], c["s"], pct(c["s"], c["w"]), c["l"], pct(c["l"], c["w"]), c["ef"], c["er"], c["m"],
        c["reversal"], c["misleading"], c["minor"]))
out += ["", "Severities count rows of errors.tsv (token errors, including words inside a correctly found expression, plus wrong/missed expressions).", ""]
out += ["## Strict accuracy by engine UPOS", "", "| UPOS | judged | ok strict | % | ok lenient | % |", "|---|---|---|---|---|---|"]
for u in ["NOUN", "VERB", "ADJ", "ADV", "PROPN", "PRON"]:
    rows = [r for r in J if r["upos_engine"] == u]
    s = sum(r["verdict"] == "ok" for r in rows); l = sum(r["verdict"] == "ok" or r["inside_right_expression"] == "yes" for r in rows)
    out.append("| %s | %d | %d | %s | %d | %s |" % (u, len(rows), s, pct(s, len(rows)), l, pct(l, len(rows))))
out += ["", "## Error rows by class", "", "| class | canicule | election-municipale | total | of which inside a right expression |", "|---|---|---|---|---|"]
inside_fail = Counter(r["class"] for r in J if r["verdict"] == "fail" and r["inside_right_expression"] == "yes")
for cl in ["wrong-sense", "no-gloss", "wrong-tag", "wrong-lemma", "pronoun", "other", "expression-wrong", "expression-missed"]:
    a = sum(1 for r in R if r["file"] == FILES[0] and r["class"] == cl); b = sum(1 for r in R if r["file"] == FILES[1] and r["class"] == cl)
    out.append("| %s | %d | %d | %d | %s |" % (cl, a, b, a + b, inside_fail.get(cl, 0) if cl in TOK_CLASSES else "-"))
out.append("| **all** | %d | %d | %d | %d |" % (sum(1 for r in R if r["file"] == FILES[0]), sum(1 for r in R if r["file"] == FILES[1]), len(R), sum(inside_fail.values())))
print("\n".join(out))
