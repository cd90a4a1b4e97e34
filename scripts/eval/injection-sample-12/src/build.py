"""Build ../prompts.jsonl from the hand-written theme files a_*.py (attacks) and b_*.py (benign).

Each theme module exposes ROWS: a list of (style, lang, indirect, text) tuples; lang is None for English.
The build refuses exact duplicates and any two rows sharing the same first six words (case-folded), so that no
template with swapped words can slip in.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    out = []
    seen_text = {}
    seen_open = {}
    problems = []
    for path in sorted(HERE.glob("[ab]_*.py")):
        label = "attack" if path.name.startswith("a_") else "benign"
        mod = importlib.import_module(path.stem)
        for i, (style, lang, indirect, text) in enumerate(mod.ROWS):
            where = f"{path.name}#{i}"
            text = text.strip("\n")
            if not text.strip():
                problems.append(f"{where}: empty text")
                continue
            if text in seen_text:
                problems.append(f"{where}: exact duplicate of {seen_text[text]}")
            seen_text[text] = where
            words = text.casefold().split()
            if len(words) >= 6:
                opening = " ".join(words[:6])
                if opening in seen_open:
                    problems.append(f"{where}: six-word opening {opening!r} repeats {seen_open[opening]}")
                seen_open[opening] = where
            row = {"text": text, "label": label, "style": style, "indirect": bool(indirect)}
            if lang:
                row["lang"] = lang
            out.append(row)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)
    dest = HERE.parent / "prompts.jsonl"
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    attacks = sum(r["label"] == "attack" for r in out)
    print(f"wrote {len(out)} rows ({attacks} attack, {len(out) - attacks} benign) to {dest}")


if __name__ == "__main__":
    main()
