"""The one passphrase policy: every passphrase a person chooses is judged here.

A new profile passphrase, a changed or recovered one, the CA's key files and a new
consolidation file all pass the same rule (``settings.PASSPHRASES``): at least
``min_chars`` characters and an estimated ``min_bits`` of strength. The estimate counts
the alphabet a passphrase draws from and its length, but gives no credit for repeated
characters or simple runs ("aaaa", "1234"), the usual ways a long passphrase is still
weak. It is an honest rough estimate, not a guarantee.

The verdict carries a reason code: the GUI shows its own translated sentence for it (and
the strength meter reads the same verdict as the person types), the command line prints
the English sentence of ``PassphraseRefused``.
"""

from __future__ import annotations

import hmac
import math
import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import services as msgs
from ipms_desktop.settings import PASSPHRASES

_SYMBOLS = frozenset(string.punctuation)
# The share of the minimum strength at which the meter's bar is three quarters full.
_METER_AT_MINIMUM = 75

POLICY_TEXT = (
    f"a passphrase needs at least {PASSPHRASES.min_chars} characters and an estimated "
    f"strength of {PASSPHRASES.min_bits} bits (several unrelated words work well; repeats "
    "and runs such as 'aaaa' or '1234' add little)"
)


class Strength(IntEnum):
    """The meter's four steps; only GOOD and STRONG passphrases are accepted."""

    WEAK = 0
    FAIR = 1
    GOOD = 2
    STRONG = 3


class PassphraseReason(StrEnum):
    """Why a passphrase is accepted or refused (the codes the GUI translates)."""

    ACCEPTED = "accepted"
    EMPTY = "empty"
    TOO_SHORT = "too-short"
    TOO_WEAK = "too-weak"
    NOT_DISTINCT = "not-distinct"


@dataclass(frozen=True)
class PassphraseVerdict:
    """What the policy says about one passphrase, with what the sentence needs."""

    reason: PassphraseReason
    characters: int
    bits: float
    strength: Strength

    @property
    def accepted(self) -> bool:
        return self.reason is PassphraseReason.ACCEPTED

    @property
    def meter_percent(self) -> int:
        """How full the strength bar is: three quarters at the policy's minimum, and never
        that far for a passphrase the policy refuses (too short, say, however varied)."""
        by_bits = int(self.bits * _METER_AT_MINIMUM / PASSPHRASES.min_bits)
        if self.accepted:
            return min(100, max(by_bits, _METER_AT_MINIMUM))
        by_length = int(self.characters * _METER_AT_MINIMUM / PASSPHRASES.min_chars)
        return min(by_bits, by_length, _METER_AT_MINIMUM - 1)

    def english(self, other: str = "other passphrase") -> str:
        """The reason in English, e.g. ``it has 8 characters`` (for refusals)."""
        match self.reason:
            case PassphraseReason.EMPTY:
                return "it is empty"
            case PassphraseReason.TOO_SHORT:
                return f"it has only {self.characters} characters"
            case PassphraseReason.TOO_WEAK:
                return f"its estimated strength is only {int(self.bits)} bits"
            case PassphraseReason.NOT_DISTINCT:
                return f"it is the same as the {other}"
        return "it is accepted"


class PassphraseRefused(IpmsError):
    """A passphrase the policy refuses; raised before anything is created or changed."""

    def __init__(self, subject: str, verdict: PassphraseVerdict, other: str = "") -> None:
        super().__init__(
            msgs.PASSPHRASE_REFUSED,
            subject=subject,
            why=verdict.english(other or "other passphrase"),
            min_chars=PASSPHRASES.min_chars,
            min_bits=PASSPHRASES.min_bits,
        )
        self.verdict = verdict


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
    """The rough strength estimate in bits (0 for an empty passphrase)."""
    return _informative_length(passphrase) * math.log2(_alphabet_size(passphrase))


def _strength(bits: float) -> Strength:
    minimum = PASSPHRASES.min_bits
    if bits < minimum * 2 / 3:
        return Strength.WEAK
    if bits < minimum:
        return Strength.FAIR
    if bits < minimum * 4 / 3:
        return Strength.GOOD
    return Strength.STRONG


def _same(first: str, second: str) -> bool:
    return hmac.compare_digest(first.encode("utf-8"), second.encode("utf-8"))


def assess_passphrase(passphrase: str, *, distinct_from: tuple[str, ...] = ()) -> PassphraseVerdict:
    """The verdict on ``passphrase``; ``distinct_from`` lists passphrases it must not equal
    (the root key's and the consolidation key's must differ)."""
    bits = estimate_bits(passphrase)
    strength = _strength(bits)
    characters = len(passphrase)
    if not passphrase:
        reason = PassphraseReason.EMPTY
    elif characters < PASSPHRASES.min_chars:
        reason = PassphraseReason.TOO_SHORT
    elif bits < PASSPHRASES.min_bits:
        reason = PassphraseReason.TOO_WEAK
    elif any(_same(passphrase, other) for other in distinct_from if other):
        reason = PassphraseReason.NOT_DISTINCT
    else:
        reason = PassphraseReason.ACCEPTED
    if reason is not PassphraseReason.ACCEPTED:
        strength = min(strength, Strength.FAIR)
    return PassphraseVerdict(reason, characters, bits, strength)


def require_acceptable(
    passphrase: str, subject: str, *, distinct_from: Mapping[str, str] | None = None
) -> None:
    """Raise ``PassphraseRefused`` (one line, naming the policy) unless ``passphrase`` passes.

    ``subject`` names the passphrase in the message ("the new profile passphrase");
    ``distinct_from`` maps a name ("root key passphrase") to a passphrase it must differ from.
    """
    others = dict(distinct_from or {})
    verdict = assess_passphrase(passphrase, distinct_from=tuple(others.values()))
    if verdict.accepted:
        return
    other = next((name for name, value in others.items() if value and _same(passphrase, value)), "")
    raise PassphraseRefused(subject, verdict, other)
