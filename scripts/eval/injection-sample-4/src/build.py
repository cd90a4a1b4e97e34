"""Builds ../prompts.jsonl from the hand-written rows in p1..p5 (python3 src/build.py)."""
import json, os, collections, base64, codecs
here = os.path.dirname(os.path.abspath(__file__))
R = []
def A(text, style, indirect=False, lang=None):
    R.append(dict(text=text, label="attack", style=style, indirect=indirect, **({"lang": lang} if lang else {})))
def B(text, style, indirect=False, lang=None):
    R.append(dict(text=text, label="benign", style=style, indirect=indirect, **({"lang": lang} if lang else {})))
# real encodings, computed here
def b64(s): return base64.b64encode(s.encode()).decode()
def hexs(s): return s.encode().hex()
def rot13(s): return codecs.encode(s, "rot13")
def rev(s): return s[::-1]
def zw(s): return "\u200b".join(s)
def spaced(s, sep=" "): return sep.join(c for c in s if c != " ").strip() if sep != " " else " ".join(s)
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
def leet(s): return s.lower().translate(LEET)
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ"})
def homo(s): return s.translate(HOMO)
def piglatin(s):
    out = []
    for w in s.split():
        core = w.lower().strip(".,")
        v = next((i for i, c in enumerate(core) if c in "aeiou"), 0)
        out.append((core + "way") if v == 0 else core[v:] + core[:v] + "ay")
    return " ".join(out)
g = {"R": R, "A": A, "B": B, "b64": b64, "hexs": hexs, "rot13": rot13, "rev": rev, "zw": zw, "spaced": spaced,
     "leet": leet, "homo": homo, "piglatin": piglatin}
for f in ["p1_direct.py", "p2_obf_ml.py", "p3_indirect.py", "p4_benign.py", "p5_benign_docs.py"]:
    exec(open(os.path.join(here, f), encoding="utf8").read(), g)
seen = set()
for r in R:
    assert r["text"] not in seen, r["text"][:80]
    seen.add(r["text"])
with open(os.path.join(here, "..", "prompts.jsonl"), "w", encoding="utf8") as out:
    for r in R:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
c = collections.Counter(r["label"] for r in R)
print(len(R), dict(c), "indirect:", dict(collections.Counter((r["label"], r["indirect"]) for r in R)))
for k, v in sorted(collections.Counter((r["label"], r["style"]) for r in R).items()): print(" ", k, v)
print("langs:", dict(collections.Counter((r["label"], r.get("lang")) for r in R if r.get("lang"))))
