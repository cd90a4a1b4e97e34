"""Build ../prompts.jsonl from the hand-written theme files a_*.py (attacks) and b_*.py (benign).

Each theme file defines ROWS: a list of (style, text) or (style, text, lang) tuples. A row is indirect (a document,
e-mail, web page or tool result, scanned as role tool too) when its style starts with one of INDIRECT_PREFIXES.
The build refuses exact duplicates and two rows that open with the same first six words, so that no phrasing is
reused as a template.
"""
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "prompts.jsonl"
INDIRECT_PREFIXES = ("indirect-", "ml-indirect", "obf-indirect", "benign-doc", "benign-tool", "ml-benign-doc")


def load(path: pathlib.Path) -> list:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROWS


def opening(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return " ".join(words[:6])


def main() -> int:
    rows = []
    problems = []
    seen_text = {}
    seen_open = {}
    for path in sorted(HERE.glob("[ab]_*.py")):
        label = "attack" if path.name.startswith("a_") else "benign"
        for i, row in enumerate(load(path)):
            style, text = row[0], row[1]
            lang = row[2] if len(row) > 2 else None
            where = f"{path.name}#{i}"
            if not text.strip():
                problems.append(f"{where}: empty text")
            if text in seen_text:
                problems.append(f"{where}: exact duplicate of {seen_text[text]}")
            seen_text.setdefault(text, where)
            op = opening(text)
            if len(op.split()) >= 3 and op in seen_open:
                problems.append(f"{where}: opening '{op}' repeats {seen_open[op]}")
            seen_open.setdefault(op, where)
            obj = {"text": text, "label": label, "style": style, "indirect": style.startswith(INDIRECT_PREFIXES)}
            if lang:
                obj["lang"] = lang
            rows.append(obj)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = {}
    for r in rows:
        k = (r["label"], r["style"])
        counts[k] = counts.get(k, 0) + 1
    for (label, style), n in sorted(counts.items()):
        print(f"{label:7} {style:28} {n}")
    a = sum(1 for r in rows if r["label"] == "attack")
    print(f"{len(rows)} rows: {a} attack, {len(rows) - a} benign; {sum(r['indirect'] for r in rows)} indirect; "
          f"{sum(1 for r in rows if 'lang' in r)} non-English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
