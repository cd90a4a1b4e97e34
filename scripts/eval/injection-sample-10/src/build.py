"""Build ../prompts.jsonl from the hand-written row files in this folder.

Each module `a_*.py` (attacks) or `b_*.py` (benign) defines ROWS: a list of (style, text) or (style, text, indirect)
tuples. The build refuses exact duplicates and rows that open with the same six words (case-folded), reporting every
clash at once, so the set cannot drift into slot-filled templates.
Run: python3 scripts/eval/injection-sample-10/src/build.py
"""
import importlib.util
import json
import pathlib
import re
import sys
sys.dont_write_bytecode = True
from collections import Counter

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent / "prompts.jsonl"
JAILBREAK_STYLES = {"jailbreak", "persona"}


def load(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROWS


def opening(text: str) -> str:
    words = re.findall(r"\S+", text.lower())
    return " ".join(words[:6])


def main() -> int:
    rows, problems = [], []
    for path in sorted(HERE.glob("[ab]_*.py")):
        label = "attack" if path.name.startswith("a_") else "benign"
        for i, row in enumerate(load(path)):
            style, text = row[0], row[1]
            indirect = bool(row[2]) if len(row) > 2 else False
            text = text.strip("\n")
            if not text.strip():
                problems.append(f"{path.name}#{i}: empty text")
            if label == "benign" and style in JAILBREAK_STYLES:
                problems.append(f"{path.name}#{i}: benign row uses attack-only style {style}")
            rows.append({"text": text, "label": label, "style": style, "indirect": indirect, "_src": f"{path.name}#{i}"})
    seen_text, seen_open = {}, {}
    for r in rows:
        if r["text"] in seen_text:
            problems.append(f"duplicate text: {r['_src']} = {seen_text[r['text']]}")
        seen_text.setdefault(r["text"], r["_src"])
        o = opening(r["text"])
        if o in seen_open:
            problems.append(f"repeated opening {o!r}: {r['_src']} and {seen_open[o]}")
        seen_open.setdefault(o, r["_src"])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); prompts.jsonl not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("text", "label", "style", "indirect")}, ensure_ascii=False) + "\n")
    counts = Counter((r["label"], r["style"]) for r in rows)
    for (label, style), n in sorted(counts.items()):
        print(f"{label:7} {style:28} {n:4}")
    labels = Counter(r["label"] for r in rows)
    print(f"{len(rows)} rows: {labels['attack']} attack, {labels['benign']} benign, "
          f"{sum(r['indirect'] for r in rows)} indirect")
    return 0


if __name__ == "__main__":
    sys.exit(main())
