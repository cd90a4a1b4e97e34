"""Build ../prompts.jsonl from the hand-written language files in this folder (l_*.py).

Each file defines LANG (default language code) and ROWS, a list of tuples
(kind, style, text) or (kind, style, text, lang): kind is "A" (attack) or "B" (benign);
style is a short code from STYLES. Whether a row is indirect (a document, e-mail, web page
or tool result, also scanned as a tool message) follows from its style code.

The build refuses exact duplicates (after whitespace folding) and repeated openings (the
first OPENING characters, case-folded), so no two rows start with the same words.
Usage: python3 build.py  (writes ../prompts.jsonl and prints counts)
"""
import importlib.util
import json
import pathlib
import re
import sys
import unicodedata
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
OPENING = 20

# code -> (style name, indirect)
STYLES = {
    "ov": ("ml-override", False),
    "ex": ("ml-extraction", False),
    "jb": ("jailbreak", False),
    "pe": ("persona", False),
    "fi": ("ml-fiction", False),
    "so": ("ml-social", False),
    "de": ("ml-delimiter", False),
    "in": ("ml-indirect", True),
    "tl": ("ml-indirect-tool", True),
    "xf": ("ml-exfil", True),
    "xd": ("ml-exfil-direct", False),
    "cm": ("code-mixed", False),
    "cmi": ("code-mixed-indirect", True),
    # benign
    "ch": ("benign-chat", False),
    "tw": ("benign-trigger-words", False),
    "tr": ("benign-translate-summarise", False),
    "dv": ("benign-dev", False),
    "dc": ("benign-document", True),
    "tb": ("benign-tool-result", True),
    "bcm": ("benign-code-mixed", False),
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def load(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    rows = []
    seen: dict[str, str] = {}
    openings: dict[str, str] = {}
    errors = []
    for path in sorted(HERE.glob("l_*.py")):
        mod = load(path)
        for i, t in enumerate(mod.ROWS):
            kind, code, text = t[0], t[1], t[2]
            lang = t[3] if len(t) > 3 else mod.LANG
            where = f"{path.name}#{i}"
            if kind not in ("A", "B") or code not in STYLES:
                errors.append(f"{where}: bad kind/style {kind}/{code}")
                continue
            style, indirect = STYLES[code]
            if (kind == "B") != style.startswith("benign"):
                errors.append(f"{where}: kind {kind} with style {style}")
            f = fold(text)
            if f in seen:
                errors.append(f"{where}: exact duplicate of {seen[f]}")
                continue
            seen[f] = where
            op = f[:OPENING]
            if op in openings:
                errors.append(f"{where}: repeated opening {op!r} (also {openings[op]})")
            openings[op] = where
            if len(text.split()) < 5 and len(text) < 10:
                errors.append(f"{where}: too short")
            rows.append({"text": text, "label": "attack" if kind == "A" else "benign", "style": style, "indirect": indirect, "lang": lang})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out = HERE.parent / "prompts.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf8")
    c = Counter((r["lang"], r["label"]) for r in rows)
    langs = sorted({r["lang"] for r in rows})
    print(f"{len(rows)} rows: {sum(r['label'] == 'attack' for r in rows)} attack, {sum(r['label'] == 'benign' for r in rows)} benign, {len(langs)} langs, {sum(r['indirect'] for r in rows)} indirect")
    print(" ".join(f"{l}:{c[(l, 'attack')]}/{c[(l, 'benign')]}" for l in langs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
