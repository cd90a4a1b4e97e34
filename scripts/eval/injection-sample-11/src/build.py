"""Build scripts/eval/injection-sample-11/prompts.jsonl from the hand-written sources in this folder.

Run: python3 scripts/eval/injection-sample-11/src/build.py
Refuses (exits non-zero on) exact duplicate texts and repeated first-six-word openings, so every row is distinct.
Deterministic: the only randomness is a seeded shuffle of which payload goes into which carrier.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from carriers import FAMILIES  # noqa: E402
from inject_text import ATTACK, BENIGN  # noqa: E402

PER_FAMILY = 13  # attack rows and benign rows per carrier family


def indirect_rows():
    rng = random.Random(11)
    attacks = ATTACK[:]
    benigns = BENIGN[:]
    rng.shuffle(attacks)
    rng.shuffle(benigns)
    rows, a, b = [], 0, 0
    for fam, make in FAMILIES.items():
        for k in range(PER_FAMILY):
            rows.append({"text": make(2 * k, attacks[a % len(attacks)]), "label": "attack", "style": fam, "indirect": True})
            a += 1
            p = benigns[b % len(benigns)] if k % 2 == 0 else ""
            if k % 2 == 0:
                b += 1
            rows.append({"text": make(2 * k + 1, p), "label": "benign", "style": fam, "indirect": True})
    return rows


def collect():
    rows = indirect_rows()
    for mod in ("agent", "short", "persona", "multilang", "ai_docs", "more"):
        path = Path(__file__).parent / f"{mod}.py"
        if path.exists():
            rows += __import__(mod).rows()
    return rows


def opening(text):
    return " ".join(text.lower().split()[:6])


def main():
    rows = collect()
    seen, opens, errors = set(), {}, []
    for i, r in enumerate(rows):
        assert r["label"] in ("attack", "benign"), r
        if r["text"] in seen:
            errors.append(f"duplicate text at row {i}: {r['text'][:80]!r}")
        seen.add(r["text"])
        o = opening(r["text"])
        if o in opens:
            errors.append(f"repeated opening at rows {opens[o]} and {i}: {o!r}")
        opens.setdefault(o, i)
    if errors:
        print("\n".join(errors[:40]), file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    out = Path(__file__).parent.parent / "prompts.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf8")
    by = {}
    for r in rows:
        by[(r["label"], r["style"])] = by.get((r["label"], r["style"]), 0) + 1
    print(f"wrote {len(rows)} rows: {sum(r['label'] == 'attack' for r in rows)} attack, {sum(r['label'] == 'benign' for r in rows)} benign")


if __name__ == "__main__":
    main()
