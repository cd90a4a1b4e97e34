"""Build ../prompts.jsonl from the hand-written theme files (a_* attacks, b_* benign).

`python3 scripts/eval/injection-sample-7/src/build.py` prints counts by label, style and language and refuses
exact duplicates and rows whose normalised first 70 characters repeat (a cheap guard against template spam).
"""
import collections
import importlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

rows = []
for path in sorted(HERE.glob("[ab]_*.py")):
    mod = importlib.import_module(path.stem)
    rows.extend(mod.ROWS)

seen, heads = set(), {}
for r in rows:
    assert r["label"] in ("attack", "benign"), r
    if r["text"] in seen:
        sys.exit("duplicate row: " + r["text"][:80])
    seen.add(r["text"])
    head = re.sub(r"\W+", " ", r["text"].lower())[:70]
    if head in heads:
        sys.exit("near-duplicate opening:\n  " + heads[head][:90] + "\n  " + r["text"][:90])
    heads[head] = r["text"]

out = HERE.parent / "prompts.jsonl"
with out.open("w", encoding="utf8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

by_label = collections.Counter(r["label"] for r in rows)
print("rows", len(rows), dict(by_label))
print("indirect", collections.Counter(r["label"] for r in rows if r["indirect"]))
for label in ("attack", "benign"):
    print(label, "styles", dict(sorted(collections.Counter(r["style"] for r in rows if r["label"] == label).items())))
    langs = collections.Counter(r.get("lang", "en") for r in rows if r["label"] == label)
    print(label, "languages", len(langs), dict(sorted(langs.items())))
print("over 1000 chars", sum(len(r["text"]) > 1000 for r in rows))
