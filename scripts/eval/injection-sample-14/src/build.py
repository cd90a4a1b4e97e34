"""Deterministic builder for injection set 14: python3 scripts/eval/injection-sample-14/src/build.py

Loads every a_*.py (attacks) and b_*.py (benign) in this folder in name order, checks each row, refuses duplicates
(after folding case and whitespace) and writes ../prompts.jsonl, then prints the counts quoted in ../README.md.
"""
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "prompts.jsonl"
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "ru", "uk", "tr", "ar", "he", "fa", "hi",
         "th", "vi", "id", "zh", "ja", "ko"}
KEYS = ["text", "label", "style", "indirect", "lang"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path.name}")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HERE))
    spec.loader.exec_module(mod)
    rows = getattr(mod, "ROWS", None)
    if not isinstance(rows, list) or not rows:
        raise SystemExit(f"{path.name}: no ROWS")
    return rows


def fold(text):
    return re.sub(r"\s+", " ", text).strip().casefold()


def main():
    rows, seen, errors = [], {}, []
    files = sorted(HERE.glob("a_*.py")) + sorted(HERE.glob("b_*.py"))
    per_file = {}
    for path in files:
        want = "attack" if path.name.startswith("a_") else "benign"
        got = load(path)
        per_file[path.name] = len(got)
        for i, row in enumerate(got):
            where = f"{path.name}[{i}]"
            if list(row.keys()) != KEYS:
                errors.append(f"{where}: keys {list(row.keys())}")
                continue
            if row["label"] != want:
                errors.append(f"{where}: label {row['label']} in a {want} file")
            if row["lang"] not in LANGS:
                errors.append(f"{where}: unknown lang {row['lang']}")
            if not isinstance(row["text"], str) or len(row["text"].strip()) < 8:
                errors.append(f"{where}: text too short")
            if not row["style"] or not isinstance(row["indirect"], bool):
                errors.append(f"{where}: bad style/indirect")
            key = fold(row["text"])
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}")
            else:
                seen[key] = where
            rows.append(row)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} problem(s); prompts.jsonl not written")
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    def summary(label):
        sel = [r for r in rows if r["label"] == label]
        non_en = sum(1 for r in sel if r["lang"] != "en")
        ind = sum(1 for r in sel if r["indirect"])
        share = 100 * non_en / len(sel) if sel else 0.0
        return f"{label} {len(sel)} (non-English {non_en} = {share:.1f} %, indirect {ind})"

    print(f"rows {len(rows)}; " + "; ".join(summary(l) for l in ("attack", "benign")))
    print("per file: " + ", ".join(f"{k} {v}" for k, v in per_file.items()))
    by_lang = Counter((r["lang"], r["label"]) for r in rows)
    langs = sorted({r["lang"] for r in rows}, key=lambda l: (l != "en", l))
    print(f"languages {len(langs)}; per language attack/benign: " +
          ", ".join(f"{l} {by_lang[(l, 'attack')]}/{by_lang[(l, 'benign')]}" for l in langs))
    for label in ("attack", "benign"):
        styles = Counter(r["style"] for r in rows if r["label"] == label)
        print(f"{label} styles: " + ", ".join(f"{s} {n}" for s, n in sorted(styles.items(), key=lambda x: (-x[1], x[0]))))


if __name__ == "__main__":
    main()
