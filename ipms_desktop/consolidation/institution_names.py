"""Institution names as keys: one normal form, and look-alikes found rather than merged.

A name reaches the consolidation database from a bundle, typed on some assessor's laptop.
"Ministry of Trade" with a trailing space, in NFD, with a zero-width space or a bidi
override is the same institution and must key the same rows: ``normalised`` gives that
one form (NFC, white space collapsed and trimmed, invisible and bidi controls removed).

Names that differ only by letters that look alike (Cyrillic "і" for Latin "i", Arabic
"ي" for Persian "ی") may be a typing accident or a deliberate split; which one is a
person's decision. ``skeleton`` maps such letters together so that the merge can flag
the pair in its report; it never merges them.
"""

from __future__ import annotations

import unicodedata

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs

# Zero width non-joiner: a real letter-shaping mark in Kurdish and Persian words, so it
# stays in the normal form; every other format character (bidi controls, zero-width
# space and joiner, word joiner, byte order mark...) is removed.
_KEPT_FORMAT = {"\u200c"}

# Letters commonly typed or pasted in place of others: Cyrillic and Greek capitals and
# small letters that look Latin, and the Arabic-script variants keyboards in Iraq produce
# (Persian yeh and keheh, alef with hamza, teh marbuta, Arabic-Indic digits).
_LOOK_ALIKES = str.maketrans(
    {
        **dict.fromkeys("аА", "a"),
        **dict.fromkeys("вВβΒ", "b"),
        **dict.fromkeys("сСϲϹ", "c"),
        **dict.fromkeys("еЕεΕ", "e"),
        **dict.fromkeys("һҺ", "h"),
        **dict.fromkeys("іІιΙӀ", "i"),
        **dict.fromkeys("јЈ", "j"),
        **dict.fromkeys("кКκΚ", "k"),
        **dict.fromkeys("мМΜ", "m"),
        **dict.fromkeys("нНΗ", "h"),
        **dict.fromkeys("оОοΟ", "o"),
        **dict.fromkeys("рРρΡ", "p"),
        **dict.fromkeys("ѕЅ", "s"),
        **dict.fromkeys("тТτΤ", "t"),
        **dict.fromkeys("уУ", "y"),
        **dict.fromkeys("хХχΧ", "x"),
        **dict.fromkeys("ԁ", "d"),
        **dict.fromkeys("ԛ", "q"),
        **dict.fromkeys("ԝ", "w"),
        **dict.fromkeys("νΝ", "n"),
        "Ζ": "z",
        "l": "i",
        "1": "i",
        "0": "o",
        **dict.fromkeys("یىئ", "ي"),
        **dict.fromkeys("کگ", "ك"),
        **dict.fromkeys("أإآٱ", "ا"),
        "ة": "ه",
        "ە": "ه",
        "ۆ": "و",
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)


def _normal_form(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    kept = "".join(
        character
        for character in text
        if unicodedata.category(character) != "Cf" or character in _KEPT_FORMAT
    )
    return " ".join(kept.split())


def normalised(name: str) -> str:
    """The one form of ``name`` that keys rows; a refusal if nothing visible is left or a
    control character remains."""
    result = _normal_form(name)
    if not result:
        raise IpmsError(msgs.BUNDLE_NAMES_NO_INSTITUTION_NAME)
    if any(unicodedata.category(character) == "Cc" for character in result):
        raise IpmsError(msgs.INSTITUTION_S_NAME_HOLDS_CONTROL)
    return result


def skeleton(name: str) -> str:
    """What ``name`` looks like: compatibility forms folded, case, accents, joiners and
    punctuation-free spacing ignored, look-alike letters mapped together."""
    text = unicodedata.normalize("NFKD", _normal_form(name)).casefold()
    text = "".join(
        character
        for character in text
        if unicodedata.category(character) not in {"Mn", "Me", "Cf"}
        and character != "\u0640"  # tatweel, the Arabic stretching stroke
    )
    return " ".join(text.translate(_LOOK_ALIKES).split())


def look_alikes(name: str, others: list[str]) -> list[str]:
    """The names among ``others`` that differ from ``name`` but look like it."""
    own = skeleton(name)
    return sorted(other for other in others if other != name and skeleton(other) == own)


def difference(name: str, other: str) -> str:
    """Where two look-alike names first differ, by code point, in a form that reads the
    same in every language: ``5: U+0456 / U+0069`` (position counted from 1)."""
    for position, (mine, theirs) in enumerate(zip(name, other, strict=False), start=1):
        if mine != theirs:
            return f"{position}: U+{ord(mine):04X} / U+{ord(theirs):04X}"
    shorter = min(len(name), len(other))
    return f"{shorter + 1}: {len(name)} / {len(other)}"
