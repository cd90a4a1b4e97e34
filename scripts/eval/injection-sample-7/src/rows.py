"""Tiny row format shared by the hand-written theme files.

A block is parsed line by line:
  @style NAME [indirect] [lang=xx]   sets the style (and flags) for the rows that follow
  <<< ... >>>                         a multi-line row (kept verbatim, inner newlines included)
  any other non-empty line            one single-line row
Blank lines are ignored. The label comes from the file (a_* attack, b_* benign).
"""


def parse(block, label):
    rows = []
    style, indirect, lang = None, False, None
    buf = None
    for line in block.split("\n"):
        if buf is not None:
            if line.strip() == ">>>":
                rows.append(make("\n".join(buf).strip("\n"), label, style, indirect, lang))
                buf = None
            else:
                buf.append(line)
            continue
        s = line.strip()
        if not s:
            continue
        if s.startswith("@style "):
            parts = s.split()
            style = parts[1]
            indirect = "indirect" in parts[2:]
            lang = next((p[5:] for p in parts[2:] if p.startswith("lang=")), None)
            continue
        if s == "<<<":
            buf = []
            continue
        rows.append(make(s, label, style, indirect, lang))
    if buf is not None:
        raise ValueError("unterminated <<< block")
    return rows


def make(text, label, style, indirect=False, lang=None):
    if style is None:
        raise ValueError("row before any @style: " + text[:60])
    row = {"text": text, "label": label, "style": style, "indirect": indirect}
    if lang:
        row["lang"] = lang
    return row
