"""Row helpers shared by the hand-written a_*.py (attack) and b_*.py (benign) files of injection set 14."""


def atk(style, text, lang="en", indirect=False):
    """One attack row: text that tries to override, extract or smuggle instructions."""
    return {"text": text, "label": "attack", "style": style, "indirect": indirect, "lang": lang}


def ben(style, text, lang="en", indirect=False):
    """One hard benign row: shares vocabulary with attacks but asks nothing of the kind."""
    return {"text": text, "label": "benign", "style": style, "indirect": indirect, "lang": lang}
