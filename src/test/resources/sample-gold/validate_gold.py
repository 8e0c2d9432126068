#!/usr/bin/env python3
"""Checks the sample corpus and its gold files for consistency. Run from the repository root:
   python3 src/test/resources/sample-gold/validate_gold.py"""
import csv, datetime, json, re, sys, unicodedata
ART, GOLD = "src/main/resources/sample/articles.jsonl", "src/test/resources/sample-gold/"
errs = []
def check(ok, msg):
    if not ok: errs.append(msg)
def tsv(name):
    with open(GOLD + name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
unesc = lambda s: s.replace("\\n", "\n").replace("\\\\", "\\")
arts = {}
for n, line in enumerate(open(ART, encoding="utf-8"), 1):
    a = json.loads(line)
    check(set(a) == {"id", "url", "outlet", "title", "published", "text"}, f"line {n}: fields {sorted(a)}")
    t = a["text"]; arts[a["id"]] = t
    check(unicodedata.normalize("NFC", t) == t, f"{a['id']}: not NFC")
    check(not re.search(r"\r|\t|  |\n\n\n|(?<!\n)\n(?!\n)| \n|\n ", t) and t == t.strip(), f"{a['id']}: whitespace")
    check(80 <= len(t.split()) <= 250, f"{a['id']}: {len(t.split())} words")
    check(re.match(r"https://example-[a-z]+\.test/", a["url"]), f"{a['id']}: url")
check(len(arts) >= 36, "fewer than 36 articles")
for r in tsv("entities.tsv"):
    t = arts[r["article_id"]]; b, e = int(r["begin"]), int(r["end"])
    check(t[b:e] == r["text"], f"entity {r}"); check(r["type"] in ("PER", "ORG", "LOC", "MISC") and r["core"] in ("yes", "no"), f"entity {r}")
for r in tsv("claims.tsv"):
    t = arts[r["article_id"]]
    for f in ("source", "cue", "content"):
        check(t[int(r[f + "_begin"]):int(r[f + "_end"])] == unesc(r[f + "_text"]), f"claim {f} {r}")
    check(r["source_kind"] in ("person", "organisation", "place", "unnamed", "unresolved"), f"kind {r}")
    check(r["cue_class"] in "state claim confirm deny announce accuse warn add insist admit".split(), f"class {r}")
    check(r["form"] in ("direct", "indirect", "mixed", "according-to"), f"form {r}")
    c = unesc(r["content_text"]); check(c[0] != " " and c[-1] not in ",.;: ", f"content edges {r}")
    if r["form"] == "direct": check(c[0] not in "\"“" and c[-1] not in "\"”", f"direct content keeps its marks {r}")
    if r["claim_date"]: datetime.date.fromisoformat(r["claim_date"])
for r in tsv("non_claims.tsv"): check(r["text"] in arts[r["article_id"]], f"non-claim {r}")
for r in tsv("duplicates.tsv"):
    same = arts[r["article_id"]] == arts[r["duplicate_of"]]
    check(same == (r["kind"] == "exact"), f"duplicate {r}")
surfaces = {r["text"] for r in tsv("entities.tsv")}
actors = {r["canonical_name"] for r in tsv("actors.tsv")}
for r in tsv("actors.tsv"): check(all(s in surfaces for s in r["aliases"].split("|")), f"actor {r}")
for r in tsv("cooccurrences.tsv"):
    check(r["actor_a"] < r["actor_b"] and {r["actor_a"], r["actor_b"]} <= actors, f"cooccurrence {r}")
    check(all(i in arts for i in r["articles"].split(",")), f"cooccurrence {r}")
print("\n".join(errs) or f"OK: {len(arts)} articles")
sys.exit(1 if errs else 0)
