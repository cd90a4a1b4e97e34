"""Deterministic builder for injection set 17: python3 scripts/eval/injection-sample-17/src/build.py

Set 16's builder (same checks, same language list and style lists) run on this folder: loads every a_*.py (attacks)
and b_*.py (benign) here in name order, checks each row, refuses duplicates after folding case and whitespace, writes
../prompts.jsonl and prints the counts quoted in ../README.md. Nothing random: the same sources give the same bytes.
"""
import importlib.util
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

HERE = Path(__file__).resolve().parent
SET16 = HERE.parents[1] / "injection-sample-16" / "src" / "build.py"

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import row  # noqa: E402,F401  this set's row helpers (set 16's), so that set 16's builder and the a_/b_ files share them
    spec = importlib.util.spec_from_file_location("build16", SET16)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SET16}")
    build16 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build16)
    build16.main(HERE)
