"""Signed, encrypted bundles (``.ipmsb``): how assessments travel between laptops and CoMSEC.

The writer and reader take plain values (a document dict, evidence streams, keys and
certificates), so they work the same for the profile store, the consolidation server and
tests. The byte layout is pinned in docs/bundle-format.md.
"""
