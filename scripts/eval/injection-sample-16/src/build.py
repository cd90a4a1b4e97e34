"""Deterministic builder for injection set 16: python3 scripts/eval/injection-sample-16/src/build.py

Loads every a_*.py (attacks) and b_*.py (benign) in this folder in name order, checks each row (keys and their order,
label against the file prefix, language code, style against the label's closed list, text type and length, indirect
flag), refuses duplicates after folding case and whitespace, writes ../prompts.jsonl and prints the counts quoted in
../README.md. Nothing random: the same sources give the same bytes. Set 17's builder calls `main` with its own folder.
"""
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from row import ATTACK_STYLES, BENIGN_STYLES  # noqa: E402

LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "ro", "hu", "el", "ru", "uk", "tr", "ar", "he",
         "fa", "hi", "bn", "th", "vi", "id", "tl", "sw", "zh", "ja", "ko"}
KEYS = ["text", "label", "style", "indirect", "lang"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path.name}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = getattr(mod, "ROWS", None)
    if not isinstance(rows, list) or not rows:
        raise SystemExit(f"{path.name}: no ROWS")
    return rows


def fold(text):
    """Case- and whitespace-folded key for the duplicate check (zero-width spaces count as whitespace here)."""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def check(row, want, where):
    errs = []
    if not isinstance(row, dict) or list(row.keys()) != KEYS:
        return [f"{where}: keys {list(row.keys()) if isinstance(row, dict) else type(row).__name__}"]
    if row["label"] != want:
        errs.append(f"{where}: label {row['label']!r} in a {want} file")
    if row["lang"] not in LANGS:
        errs.append(f"{where}: unknown lang {row['lang']!r}")
    if not isinstance(row["text"], str) or len(row["text"].strip()) < 8:
        errs.append(f"{where}: text missing or shorter than 8 characters")
    styles = ATTACK_STYLES if want == "attack" else BENIGN_STYLES
    if row["style"] not in styles:
        errs.append(f"{where}: style {row['style']!r} not allowed for {want}")
    if not isinstance(row["indirect"], bool):
        errs.append(f"{where}: indirect must be a bool")
    if want == "attack" and (row["style"] == "indirect") != (row["indirect"] is True):
        errs.append(f"{where}: attack style 'indirect' and indirect flag disagree")
    return errs


def main(here=HERE):
    """Builds the set whose a_*.py / b_*.py sources are in `here` (this folder by default) into ../prompts.jsonl."""
    rows, seen, errors, per_file = [], {}, [], {}
    files = sorted(here.glob("a_*.py")) + sorted(here.glob("b_*.py"))
    for path in files:
        want = "attack" if path.name.startswith("a_") else "benign"
        got = load(path)
        per_file[path.name] = len(got)
        for i, row in enumerate(got):
            where = f"{path.name}[{i}]"
            problems = check(row, want, where)
            errors.extend(problems)
            if problems:
                continue
            key = fold(row["text"])
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}")
                continue
            seen[key] = where
            rows.append(row)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} problem(s); prompts.jsonl not written")
    with (here.parent / "prompts.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    def summary(label):
        sel = [r for r in rows if r["label"] == label]
        non_en = sum(1 for r in sel if r["lang"] != "en")
        ind = sum(1 for r in sel if r["indirect"])
        share = 100 * non_en / len(sel) if sel else 0.0
        return f"{label} {len(sel)} (non-English {non_en} = {share:.1f} %, indirect {ind})"

    non_en_all = sum(1 for r in rows if r["lang"] != "en")
    print(f"rows {len(rows)} (non-English {non_en_all} = {100 * non_en_all / len(rows):.1f} %); "
          + "; ".join(summary(l) for l in ("attack", "benign")))
    print("per file: " + ", ".join(f"{k} {v}" for k, v in per_file.items()))
    by_lang = Counter((r["lang"], r["label"]) for r in rows)
    langs = sorted({r["lang"] for r in rows}, key=lambda l: (l != "en", l))
    print(f"languages {len(langs)}; per language attack/benign: "
          + ", ".join(f"{l} {by_lang[(l, 'attack')]}/{by_lang[(l, 'benign')]}" for l in langs))
    for label in ("attack", "benign"):
        styles = Counter(r["style"] for r in rows if r["label"] == label)
        print(f"{label} styles: " + ", ".join(f"{s} {n}" for s, n in sorted(styles.items(), key=lambda x: (-x[1], x[0]))))
    ind = Counter((r["lang"], r["label"]) for r in rows if r["indirect"])
    print("indirect per language attack/benign: "
          + ", ".join(f"{l} {ind[(l, 'attack')]}/{ind[(l, 'benign')]}" for l in langs))


if __name__ == "__main__":
    main()
