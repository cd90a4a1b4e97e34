"""Builds ../prompts.jsonl from the hand-written a_*.py (attack) and b_*.py (benign) files.

Refuses exact duplicates, rows whose label disagrees with their file, and unknown language codes; prints the counts.
Run: python3 scripts/eval/injection-sample-13/src/build.py
"""
import importlib, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ja", "zh", "ko", "ar", "hi", "vi", "id"}

rows = []
for name in sorted(f[:-3] for f in os.listdir(HERE) if f[:2] in ("a_", "b_") and f.endswith(".py")):
    m = importlib.import_module(name)
    want = "attack" if name.startswith("a_") else "benign"
    if m.LABEL != want:
        sys.exit(f"{name}: LABEL {m.LABEL} but file prefix says {want}")
    for r in m.ROWS:
        if len(r) == 2:
            lang, (style, text), indirect = m.LANG, r, m.INDIRECT
        else:
            lang, style, indirect, text = r
        if lang not in LANGS:
            sys.exit(f"{name}: unknown lang {lang}")
        if not text.strip():
            sys.exit(f"{name}: empty text")
        rows.append({"text": text, "label": m.LABEL, "style": style, "indirect": bool(indirect), "lang": lang})

seen = set()
for r in rows:
    key = " ".join(r["text"].lower().split())
    if key in seen:
        sys.exit(f"duplicate row: {r['text'][:80]!r}")
    seen.add(key)

with open(os.path.join(HERE, "..", "prompts.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

by = Counter(r["label"] for r in rows)
nonen = Counter(r["label"] for r in rows if r["lang"] != "en")
ind = Counter(r["label"] for r in rows if r["indirect"])
print(json.dumps({
    "rows": len(rows), "labels": by, "non_english": nonen, "indirect": ind,
    "non_english_share": {k: round(nonen[k] / by[k], 3) for k in by},
    "langs": {k: dict(Counter(r["label"] for r in rows if r["lang"] == k)) for k in sorted(LANGS)},
    "styles": dict(Counter(f'{r["label"]}/{r["style"]}' for r in rows)),
}, ensure_ascii=False))
