"""The one passphrase policy: reason codes, the strength meter, and the one-line refusal."""

from __future__ import annotations

import pytest

from ipms_desktop.services.passphrase_policy import (
    PassphraseReason,
    PassphraseRefused,
    Strength,
    assess_passphrase,
    estimate_bits,
    require_acceptable,
)
from ipms_desktop.settings import PASSPHRASES


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", PassphraseReason.EMPTY),
        ("abc", PassphraseReason.TOO_SHORT),
        ("Tr0ub4dor&3", PassphraseReason.TOO_SHORT),  # strong alphabet, 11 characters
        ("aaaaaaaaaaaaaaaaaaaaaaaa", PassphraseReason.TOO_WEAK),  # long, but one repeat
        ("abcdefghijklmnopqrstuvwx", PassphraseReason.TOO_WEAK),  # long, but one run
        ("123456789012345", PassphraseReason.TOO_WEAK),
        ("password1234", PassphraseReason.TOO_WEAK),
        ("quiet river orchard lantern 42", PassphraseReason.ACCEPTED),
        ("نهر هادئ وبستان ومصباح", PassphraseReason.ACCEPTED),  # Arabic script counts
    ],
)
def test_reason_codes(passphrase: str, reason: PassphraseReason) -> None:
    verdict = assess_passphrase(passphrase)
    assert verdict.reason is reason
    assert verdict.accepted is (reason is PassphraseReason.ACCEPTED)
    assert verdict.characters == len(passphrase)


def test_two_key_passphrases_must_differ() -> None:
    first = "granite meadow compass 2026"
    verdict = assess_passphrase(first, distinct_from=("willow harbour beacon 2026", first))
    assert verdict.reason is PassphraseReason.NOT_DISTINCT
    assert assess_passphrase(first, distinct_from=("willow harbour beacon 2026",)).accepted


def test_runs_and_repeats_earn_nothing() -> None:
    assert estimate_bits("aaaaaaaa") == estimate_bits("a")
    assert estimate_bits("abcd") == estimate_bits("a")
    assert estimate_bits("") == 0


def test_meter_never_shows_a_refused_passphrase_as_good() -> None:
    verdict = assess_passphrase("Zq8#Lm2!Xp9")  # high estimate, one character too short
    assert verdict.bits >= PASSPHRASES.min_bits
    assert verdict.reason is PassphraseReason.TOO_SHORT
    assert verdict.strength <= Strength.FAIR
    assert verdict.meter_percent < 75, "the bar stays short of the acceptance mark"
    strong = assess_passphrase("quiet river orchard lantern 42 and a teapot")
    assert strong.strength is Strength.STRONG and strong.meter_percent == 100
    assert 0 < assess_passphrase("quiet river").meter_percent < 75
    assert assess_passphrase("").meter_percent == 0


def test_refusal_is_one_line_naming_the_policy() -> None:
    with pytest.raises(PassphraseRefused) as caught:
        require_acceptable("abc", "the new profile passphrase")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("the new profile passphrase is refused: it has only 3 characters")
    assert f"at least {PASSPHRASES.min_chars} characters" in message
    assert f"{PASSPHRASES.min_bits} bits" in message
    assert message.endswith("Nothing was created or changed")
    assert caught.value.message_id == "passphrase-refused"
    assert caught.value.verdict.reason.value == "too-short"


def test_refusal_names_the_passphrase_it_repeats() -> None:
    same = "granite meadow compass 2026"
    with pytest.raises(PassphraseRefused, match="same as the root key passphrase"):
        require_acceptable(
            same, "the consolidation key passphrase", distinct_from={"root key passphrase": same}
        )
    require_acceptable(same, "the root key passphrase")
