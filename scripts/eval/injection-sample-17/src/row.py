"""Row helpers for the hand-written a_*.py (attack) and b_*.py (benign) files of injection set 17."""
import base64
import codecs

ATTACK_STYLES = {"override", "extraction", "persona", "authority", "fake-turn", "tool-abuse", "exfiltration",
                 "indirect", "obfuscation", "multi-step", "payload-split"}
BENIGN_STYLES = {"trigger-words", "style-rule", "document", "security-talk", "role-play", "sysadmin", "translation",
                 "note-to-ai", "code", "teaching"}


def atk(style, text, lang="en", indirect=False):
    """One attack row: text that tries to override, extract or smuggle instructions."""
    return {"text": text, "label": "attack", "style": style, "indirect": indirect, "lang": lang}


def ben(style, text, lang="en", indirect=False):
    """One hard benign row: shares vocabulary with attacks but asks for nothing of the kind."""
    return {"text": text, "label": "benign", "style": style, "indirect": indirect, "lang": lang}


# Encoders used at build time so every encoded payload decodes to the sentence written next to it.
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexed(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def reverse(s):
    return s[::-1]


def spaced(s, sep=" "):
    return sep.join(s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def zero_width(s):
    return "\u200b".join(s)


_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ"}


def homoglyph(s):
    return "".join(_CYRILLIC.get(c, c) for c in s)


def leet(s):
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(table.get(c.lower(), c) for c in s)
