"""Builds ../prompts.jsonl from the hand-written rows in p1..p4 (python3 src/build.py)."""
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
R = []
def A(text, style, indirect=False, lang=None):
    R.append(dict(text=text, label="attack", style=style, indirect=indirect, **({"lang": lang} if lang else {})))
g = {"R": R, "A": A}
for f in ["p1_direct.py", "p2_obf_ml.py", "p3_indirect.py", "p4_benign.py"]:
    exec(open(os.path.join(here, f), encoding="utf8").read(), g)
R = g["R"]
seen = set()
for r in R:
    assert r["text"] not in seen, r["text"][:80]
    seen.add(r["text"])
with open(os.path.join(here, "..", "prompts.jsonl"), "w", encoding="utf8") as out:
    for r in R:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
c = collections.Counter(r["label"] for r in R)
print(len(R), dict(c), "indirect:", collections.Counter((r["label"], r["indirect"]) for r in R))
