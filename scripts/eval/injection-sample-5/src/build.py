"""Build ../prompts.jsonl from the hand-written row files. Deterministic, no network: `python3 src/build.py`."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import a_social, a_turns, a_split, a_obfusc, a_indirect_1, a_indirect_2, a_multilingual  # noqa: E402
import b_security, b_authoring, b_creative, b_misc, b_docs, b_multilingual  # noqa: E402

MODULES = [a_social, a_turns, a_split, a_obfusc, a_indirect_1, a_indirect_2, a_multilingual,
           b_security, b_authoring, b_creative, b_misc, b_docs, b_multilingual]


def main():
    rows = [r for m in MODULES for r in m.ROWS]
    seen = set()
    for r in rows:
        assert set(r) <= {"text", "label", "style", "indirect", "lang"}, r
        assert r["label"] in ("attack", "benign") and isinstance(r["indirect"], bool) and r["text"].strip(), r
        assert r["text"] not in seen, "duplicate: " + r["text"][:80]
        seen.add(r["text"])
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "prompts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = collections.Counter((r["label"], r["style"]) for r in rows)
    for (label, style), n in sorted(by.items()):
        print(f"{label:7} {style:28} {n}")
    labels = collections.Counter(r["label"] for r in rows)
    ind = collections.Counter(r["label"] for r in rows if r["indirect"])
    langs = collections.Counter((r["label"], r["lang"]) for r in rows if "lang" in r)
    print("total", len(rows), dict(labels), "indirect", dict(ind))
    print("langs", sorted(langs.items()))


if __name__ == "__main__":
    main()
