#!/usr/bin/env python3
"""Check judged.tsv / expressions.tsv / errors.tsv against the engine JSON and print a markdown tally."""
import csv, json, sys
from collections import Counter, defaultdict

FILES = ["ebola", "brexit-frontiere"]
JUDGED_UPOS = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "PRON"}
TOKEN_CLASSES = {"wrong-sense", "no-gloss", "wrong-tag", "wrong-lemma", "pronoun", "other"}
ERR_CLASSES = TOKEN_CLASSES | {"expression-wrong", "expression-missed"}
SEVERITIES = ("reversal", "misleading", "minor")

def read(name):
    with open(name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))

data = {f: json.load(open(f + ".json", encoding="utf-8")) for f in FILES}
judged, exprs, errors = read("judged.tsv"), read("expressions.tsv"), read("errors.tsv")
problems = []

# ---- judged.tsv checks
seen = Counter()
for r in judged:
    f, i = r["file"], int(r["token index"])
    toks = data[f]["tokens"]
    if i >= len(toks): problems.append(f"{f}:{i} out of range"); continue
    t = toks[i]
    if r["form"] != t["form"]: problems.append(f"{f}:{i} form {r['form']!r} != json {t['form']!r}")
    if r["upos(engine)"] != t.get("upos"): problems.append(f"{f}:{i} upos {r['upos(engine)']} != json {t.get('upos')}")
    if r["verdict"] not in ("ok", "fail"): problems.append(f"{f}:{i} bad verdict")
    if r["verdict"] == "ok" and r["class"] != "-": problems.append(f"{f}:{i} ok row with class")
    if r["verdict"] == "fail" and r["class"] not in TOKEN_CLASSES: problems.append(f"{f}:{i} bad class {r['class']}")
    if t.get("upos") not in JUDGED_UPOS and not r["note"].startswith("true class"):
        problems.append(f"{f}:{i} judged outside judged UPOS without 'true class' note")
    seen[(f, i)] += 1
for f in FILES:
    for i, t in enumerate(data[f]["tokens"]):
        if t.get("upos") in JUDGED_UPOS and seen[(f, i)] != 1:
            problems.append(f"{f}:{i} {t['form']} judged {seen[(f, i)]} times")
for k, n in seen.items():
    if n > 1: problems.append(f"{k} judged {n} times")

# ---- inside-right-expression consistency
right_parts = {f: set() for f in FILES}
eseen = Counter()
for r in exprs:
    f = r["file"]
    if r["expr index"] == "-":
        if r["verdict"] != "missed": problems.append(f"{f}: unindexed expression not 'missed': {r['lemma']}")
        continue
    k = int(r["expr index"]); ex = data[f]["expressions"][k]
    eseen[(f, k)] += 1
    if r["lemma"] != ex["lemma"]: problems.append(f"{f} expr {k} lemma {r['lemma']!r} != {ex['lemma']!r}")
    if r["verdict"] not in ("right", "wrong"): problems.append(f"{f} expr {k} bad verdict")
    if r["verdict"] == "right": right_parts[f].update(ex["parts"])
for f in FILES:
    for k in range(len(data[f]["expressions"])):
        if eseen[(f, k)] != 1: problems.append(f"{f} expr {k} judged {eseen[(f, k)]} times")
for r in judged:
    f, i = r["file"], int(r["token index"])
    want = "yes" if i in right_parts[f] else "no"
    if r["inside-right-expression"] != want: problems.append(f"{f}:{i} inside-right-expression {r['inside-right-expression']} should be {want}")

# ---- errors.tsv consistency
for r in errors:
    if r["class"] not in ERR_CLASSES: problems.append(f"errors: bad class {r['class']}")
    if r["severity"] not in SEVERITIES: problems.append(f"errors: bad severity {r['severity']}")
for f in FILES:
    nfail = sum(1 for r in judged if r["file"] == f and r["verdict"] == "fail")
    ntokerr = sum(1 for r in errors if r["file"] == f and r["class"] in TOKEN_CLASSES)
    if nfail != ntokerr: problems.append(f"{f}: {nfail} failed tokens but {ntokerr} token error rows")
    nwrong = sum(1 for r in exprs if r["file"] == f and r["verdict"] == "wrong")
    if nwrong != sum(1 for r in errors if r["file"] == f and r["class"] == "expression-wrong"):
        problems.append(f"{f}: expression-wrong rows mismatch")
    nmiss = sum(1 for r in exprs if r["file"] == f and r["verdict"] == "missed")
    if nmiss != sum(1 for r in errors if r["file"] == f and r["class"] == "expression-missed"):
        problems.append(f"{f}: expression-missed rows mismatch")

if problems:
    print("CHECK FAILED:", *problems, sep="\n  ", file=sys.stderr); sys.exit(1)

# ---- tally
def pct(n, d): return f"{n} ({100*n/d:.1f}%)" if d else "0"
print("### Tally (checks passed: forms, coverage, expressions, error rows)\n")
print("| file | words judged | acceptable strict | acceptable lenient | expressions found / right | missed | reversals | misleading | minor |")
print("|---|---|---|---|---|---|---|---|---|")
rowsets = [(f, [r for r in judged if r["file"] == f], [r for r in exprs if r["file"] == f], [r for r in errors if r["file"] == f]) for f in FILES]
rowsets.append(("**total**", judged, exprs, errors))
for name, J, E, R in rowsets:
    n = len(J)
    strict = sum(r["verdict"] == "ok" for r in J)
    lenient = sum(r["verdict"] == "ok" or r["inside-right-expression"] == "yes" for r in J)
    found = sum(r["verdict"] in ("right", "wrong") for r in E)
    right = sum(r["verdict"] == "right" for r in E)
    missed = sum(r["verdict"] == "missed" for r in E)
    sev = Counter(r["severity"] for r in R)
    print(f"| {name} | {n} | {pct(strict, n)} | {pct(lenient, n)} | {found} / {right} | {missed} | {sev['reversal']} | {sev['misleading']} | {sev['minor']} |")

print("\n### Strict accuracy by engine UPOS\n")
print("| UPOS | judged | ok strict | % |")
print("|---|---|---|---|")
by = defaultdict(lambda: [0, 0])
for r in judged:
    by[r["upos(engine)"]][0] += 1; by[r["upos(engine)"]][1] += r["verdict"] == "ok"
for u in sorted(by, key=lambda u: -by[u][0]):
    n, ok = by[u]; print(f"| {u} | {n} | {ok} | {100*ok/n:.1f}% |")

print("\n### Error rows by class (all files)\n")
print("| class | rows | reversal | misleading | minor |")
print("|---|---|---|---|---|")
cls = defaultdict(Counter)
for r in errors: cls[r["class"]][r["severity"]] += 1
for c in sorted(cls, key=lambda c: -sum(cls[c].values())):
    s = cls[c]; print(f"| {c} | {sum(s.values())} | {s['reversal']} | {s['misleading']} | {s['minor']} |")
print(f"| **total** | {len(errors)} | {sum(c['reversal'] for c in cls.values())} | {sum(c['misleading'] for c in cls.values())} | {sum(c['minor'] for c in cls.values())} |")
