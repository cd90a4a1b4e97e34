"""Row helpers for the hand-written a_*.py (attack) and b_*.py (benign) files of injection set 17: set 16's (same
closed style lists, same encoders), loaded from its folder."""
import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parents[2] / "injection-sample-16" / "src" / "row.py"
_spec = importlib.util.spec_from_file_location("row16", _path)
if _spec is None or _spec.loader is None:
    raise SystemExit(f"cannot load {_path}")
_row = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_row)

ATTACK_STYLES, BENIGN_STYLES = _row.ATTACK_STYLES, _row.BENIGN_STYLES
atk, ben = _row.atk, _row.ben
b64, hexed, rot13, reverse, spaced = _row.b64, _row.hexed, _row.rot13, _row.reverse, _row.spaced
fullwidth, zero_width, homoglyph, leet = _row.fullwidth, _row.zero_width, _row.homoglyph, _row.leet
