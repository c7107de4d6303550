"""The encrypted local profile: SQLCipher through SQLAlchemy, key slots, audit chain.

Callers use ``ipms_desktop.store.profile.Profile`` and the plain values in
``ipms_desktop.store.records``; everything else here serves them. The on-disk format is
written down in docs/profile-format.md.
"""
