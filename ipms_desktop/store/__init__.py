"""The encrypted local profile: SQLCipher through SQLAlchemy, key slots, audit chain.

Callers open a profile with ``ipms_desktop.store.opening`` and work through its parts
(``profile.assessments``, ``.scores``, ``.evidence``, ``.keys``, ``.settings``), which
return the plain values in ``ipms_desktop.store.records``; everything else here serves
them. The on-disk format is written down in docs/profile-format.md.
"""
