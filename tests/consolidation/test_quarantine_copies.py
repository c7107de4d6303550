"""The quarantine keeps one copy per content: a file refused again, or set aside twice,
is not copied again under a counter."""

from __future__ import annotations

from pathlib import Path

from ipms_desktop.consolidation.quarantine import (
    quarantine_bundle,
    quarantined_bundles,
    set_aside_copies_of,
)


def test_the_same_bytes_refused_twice_keep_one_copy_and_a_renewed_note(tmp_path: Path) -> None:
    folder = tmp_path / "quarantine"
    bundle = tmp_path / "usb" / "a.ipmsb"
    bundle.parent.mkdir()
    bundle.write_bytes(b"first content")
    first = quarantine_bundle(bundle, "untrusted-signer: first", folder)
    again = quarantine_bundle(bundle, "framework-not-approved: second", folder)
    assert first == again == folder / "a.ipmsb"
    [entry] = quarantined_bundles(folder)
    assert entry.reason == "framework-not-approved: second"

    # Other content under the same name is another refusal: kept beside it.
    bundle.write_bytes(b"second content")
    other = quarantine_bundle(bundle, "truncated: cut short", folder)
    assert other == folder / "a.ipmsb.1"
    assert len(quarantined_bundles(folder)) == 2


def test_a_merged_file_takes_its_copies_out_of_the_quarantine(tmp_path: Path) -> None:
    folder = tmp_path / "quarantine"
    bundle = tmp_path / "a.ipmsb"
    bundle.write_bytes(b"content that merged later")
    quarantine_bundle(bundle, "untrusted-signer: not yet", folder)
    renamed = tmp_path / "renamed.ipmsb"
    renamed.write_bytes(bundle.read_bytes())
    set_aside_copies_of(folder, renamed)
    assert quarantined_bundles(folder) == []
    assert (folder / "resolved" / "a.ipmsb").read_bytes() == bundle.read_bytes()
    # Quarantined and set aside once more: resolved/ still holds it once.
    quarantine_bundle(bundle, "untrusted-signer: again", folder)
    set_aside_copies_of(folder, renamed)
    assert sorted(p.name for p in (folder / "resolved").iterdir()) == [
        "a.ipmsb",
        "a.ipmsb.reason.txt",
    ]
    assert list(folder.glob("a.ipmsb*")) == []
