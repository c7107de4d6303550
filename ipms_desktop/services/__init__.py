"""The use cases the window and the ``ipms`` command line share, with the rules they keep.

One rule, one place: the passphrase policy, the completeness check before export, the
export's order (check, write, then record the revision), the profile's passphrase and
backup use cases, training set-up, consolidation sessions and the authority folder. No Qt
here (``tests/test_architecture.py`` checks it); the GUI translates the codes these return
and the command line prints their English sentences.
"""
