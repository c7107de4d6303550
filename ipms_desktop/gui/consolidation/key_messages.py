"""What the team lead reads when the consolidation key is missing or not the bundles' one.

The merge tab and the quarantine's retry meet the same two refusals (``NoMergeKey``,
``NotForThisKey``): both name the key to choose in the same words, by the name the team
lead knows (CoMSEC's consolidation key from the trust settings) and its short id. The
sentences keep the window's catalogue context, where they were first translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ipms_desktop.consolidation.merge import NotForThisKey
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.trust.trust_settings import TrustSettings


def short_key_id(key_id: str) -> str:
    """The first characters of a key id, as the export dialog shows them too."""
    return isolate_ltr(key_id[:16])


def key_names(key_ids: tuple[str, ...], trust: TrustSettings | None) -> str:
    """Keys named as the team lead knows them: CoMSEC's consolidation key, or by id."""
    consolidation = {key.key_id for key in trust.consolidation_recipients} if trust else set()
    names = []
    for key_id in key_ids:
        if key_id in consolidation:
            names.append(
                fill(
                    QCoreApplication.translate(
                        "ConsolidationWindow", "CoMSEC's consolidation key (key %1)"
                    ),
                    short_key_id(key_id),
                )
            )
        else:
            names.append(
                fill(
                    QCoreApplication.translate("ConsolidationWindow", "key %1"),
                    short_key_id(key_id),
                )
            )
    return QCoreApplication.translate("ConsolidationWindow", ", ").join(names)


def no_key_text(trust: TrustSettings) -> str:
    """Nothing can be merged: no key is chosen; name the one the trust settings address."""
    wanted = tuple(key.key_id for key in trust.consolidation_recipients)
    return fill(
        QCoreApplication.translate(
            "ConsolidationWindow",
            "No consolidation key is chosen, so nothing can be merged yet: the bundles are "
            "encrypted for %1. Choose that key's file with Choose the consolidation key, "
            "then add the files.",
        ),
        key_names(wanted, trust),
    )


def not_for_this_key_text(error: NotForThisKey, trust: TrustSettings | None) -> str:
    """The run stopped at a file for other keys: which file, which key, and what to do."""
    return fill(
        QCoreApplication.translate(
            "ConsolidationWindow",
            "%1 is encrypted for %2, not for the key in use (%3). The merge stopped there: "
            "nothing was quarantined and the files after it were not read. Choose the key "
            "file for %2 with Choose the consolidation key, then add the files again.",
        ),
        isolate_ltr(Path(error.file).name),
        key_names(error.bundle_key_ids, trust),
        short_key_id(error.key_id),
    )
