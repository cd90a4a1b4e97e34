"""Shared helpers for the fifth red-team injection set: row constructors and the encoders/obfuscators
that the hand-written attack sentences are passed through (all computed here, deterministically)."""
import base64
import binascii
import codecs
import urllib.parse


def A(text, style, indirect=False, lang=None):
    row = {"text": text, "label": "attack", "style": style, "indirect": indirect}
    if lang:
        row["lang"] = lang
    return row


def B(text, style, indirect=False, lang=None):
    row = {"text": text, "label": "benign", "style": style, "indirect": indirect}
    if lang:
        row["lang"] = lang
    return row


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b32(s):
    return base64.b32encode(s.encode("utf-8")).decode("ascii")


def hexs(s, sep=""):
    h = binascii.hexlify(s.encode("utf-8")).decode("ascii")
    if sep:
        return sep.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def rot13(s):
    return codecs.encode(s, "rot13")


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def atbash(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(122 - (ord(ch) - 97)))
        elif "A" <= ch <= "Z":
            out.append(chr(90 - (ord(ch) - 65)))
        else:
            out.append(ch)
    return "".join(out)


def urlenc(s, full=False):
    if full:
        return "".join("%{:02X}".format(b) for b in s.encode("utf-8"))
    return urllib.parse.quote(s)


def binary(s):
    return " ".join("{:08b}".format(b) for b in s.encode("utf-8"))


def decimal_codes(s):
    return ",".join(str(ord(c)) for c in s)


MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
}


def morse(s):
    return " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in s.lower().split())


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


def leet(s, keys="aeiost"):
    return "".join(LEET[c.lower()] if c.lower() in keys and c.lower() in LEET else c for c in s)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
        "i": "\u0456", "s": "\u0455", "j": "\u0458", "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
        "C": "\u0421", "T": "\u0422", "H": "\u041d", "M": "\u041c", "K": "\u041a", "B": "\u0412"}


def homoglyph(s, every=1):
    out, n = [], 0
    for ch in s:
        if ch in HOMO:
            n += 1
            out.append(HOMO[ch] if n % every == 0 else ch)
        else:
            out.append(ch)
    return "".join(out)


def zw(s, mark="\u200b"):
    """Insert a zero-width character inside every word (between each letter)."""
    return " ".join(mark.join(w) for w in s.split(" "))


def spaced(s, sep=" "):
    return "  ".join(sep.join(w) for w in s.split(" "))


def rev(s):
    return s[::-1]


def rev_words(s):
    return " ".join(s.split(" ")[::-1])


def piglatin(s):
    out = []
    for w in s.split():
        core = w.strip(".,?!:").lower()
        tail = w[len(w.rstrip(".,?!:")):]
        if not core:
            out.append(w)
            continue
        if core[0] in "aeiou":
            out.append(core + "way" + tail)
        else:
            i = 0
            while i < len(core) and (core[i] not in "aeiouy" or (i == 0 and core[i] == "y")):
                i += 1
            out.append(core[i:] + core[:i] + "ay" + tail)
    return " ".join(out)


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def smallcaps(s):
    return "".join(SMALLCAPS.get(c.lower(), c) for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def math_alpha(s, upper_base, lower_base):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(upper_base + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lower_base + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def mathbold(s):
    return math_alpha(s, 0x1D400, 0x1D41A)


def mathsans(s):
    return math_alpha(s, 0x1D5A0, 0x1D5BA)


def mathmono(s):
    return math_alpha(s, 0x1D670, 0x1D68A)


def mathfraktur_bold(s):
    return math_alpha(s, 0x1D56C, 0x1D586)


def circled(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        else:
            out.append(c)
    return "".join(out)


def tags(s):
    """Unicode tag characters (invisible in most renderers)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)


UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyz.,?!'", "ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz˙'¿¡,"))


def upside_down(s):
    return "".join(UPSIDE.get(c.lower(), c) for c in s)[::-1]


def combining(s, mark="\u0336"):
    return "".join(c + mark if c.isalpha() else c for c in s)


def no_vowels(s):
    return "".join(c for c in s if c.lower() not in "aeiou")


def alt_case(s):
    out, up = [], False
    for c in s:
        if c.isalpha():
            out.append(c.upper() if up else c.lower())
            up = not up
        else:
            out.append(c)
    return "".join(out)


def dotted(s):
    return " ".join(".".join(w) for w in s.split(" "))
