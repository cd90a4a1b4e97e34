#!/usr/bin/env python3
"""Build ../prompts.jsonl from the hand-written a_*.py (attacks) and b_*.py (benign) files.

Each module defines ROWS: a list of tuples (text, style, indirect[, lang]). The label comes from the file prefix.
Output order is fixed (files sorted by name, rows in file order), so the build is deterministic.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def main() -> None:
    out = []
    counts = {}
    for name in sorted(os.listdir(HERE)):
        if not (name.endswith(".py") and name[:2] in ("a_", "b_")):
            continue
        mod = importlib.import_module(name[:-3])
        label = "attack" if name.startswith("a_") else "benign"
        for row in mod.ROWS:
            text, style, indirect = row[0], row[1], row[2]
            lang = row[3] if len(row) > 3 else None
            assert isinstance(text, str) and text.strip(), (name, row)
            assert isinstance(indirect, bool), (name, row)
            obj = {"text": text, "label": label, "style": style, "indirect": indirect}
            if lang:
                obj["lang"] = lang
            out.append(obj)
            counts[(label, name)] = counts.get((label, name), 0) + 1
    seen = set()
    for o in out:
        assert o["text"] not in seen, ("duplicate", o["text"][:80])
        seen.add(o["text"])
    with open(os.path.join(HERE, "..", "prompts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for (label, name), n in sorted(counts.items()):
        print(f"{label:7} {name:24} {n}")
    a = sum(1 for o in out if o["label"] == "attack")
    print(f"total {len(out)}: {a} attack, {len(out) - a} benign; indirect attack {sum(1 for o in out if o['label'] == 'attack' and o['indirect'])}, indirect benign {sum(1 for o in out if o['label'] == 'benign' and o['indirect'])}; non-English attack {sum(1 for o in out if o['label'] == 'attack' and o.get('lang'))}, benign {sum(1 for o in out if o['label'] == 'benign' and o.get('lang'))}")


if __name__ == "__main__":
    main()
