"""A rough, honest estimate of passphrase strength for the feedback under the field.

It counts the alphabet a passphrase draws from and its length, but gives no credit for
repeated characters or simple runs ("aaaa", "1234"), the usual ways a long passphrase is
still weak. It is feedback, not a guarantee; the minimum is a setting.
"""

from __future__ import annotations

import math
import string
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

_SYMBOLS = set(string.punctuation)


class Strength(IntEnum):
    WEAK = 0
    FAIR = 1
    GOOD = 2
    STRONG = 3


def _alphabet_size(passphrase: str) -> int:
    size = 0
    if any(c.islower() and c.isascii() for c in passphrase):
        size += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        size += 26
    if any(c.isdigit() for c in passphrase):
        size += 10
    if any(c in _SYMBOLS for c in passphrase):
        size += len(_SYMBOLS)
    if any(c.isspace() for c in passphrase):
        size += 1
    if any(not c.isascii() and c.isalpha() for c in passphrase):
        size += 40  # Arabic-script letters
    return max(size, 1)


def _informative_length(passphrase: str) -> int:
    """Characters that are not a repeat of, or one step on from, the previous one."""
    length = 0
    previous: str | None = None
    for character in passphrase:
        if previous is None or abs(ord(character) - ord(previous)) > 1:
            length += 1
        previous = character
    return length


def estimate_bits(passphrase: str) -> float:
    return _informative_length(passphrase) * math.log2(_alphabet_size(passphrase))


def strength_of(bits: float, minimum_bits: float) -> Strength:
    if bits < minimum_bits * 2 / 3:
        return Strength.WEAK
    if bits < minimum_bits:
        return Strength.FAIR
    if bits < minimum_bits * 4 / 3:
        return Strength.GOOD
    return Strength.STRONG


def describe(strength: Strength) -> str:
    texts = {
        Strength.WEAK: QCoreApplication.translate(
            "PassphraseStrength", "Weak: add more words or characters."
        ),
        Strength.FAIR: QCoreApplication.translate(
            "PassphraseStrength", "Fair, but not yet enough: add another word."
        ),
        Strength.GOOD: QCoreApplication.translate("PassphraseStrength", "Good."),
        Strength.STRONG: QCoreApplication.translate("PassphraseStrength", "Strong."),
    }
    return texts[strength]
