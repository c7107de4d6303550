"""Consolidation: merging bundles into a local file or PostgreSQL, and the team lead's consensus.

See docs/consolidation.md. Entry points: ``database.open_consolidation_database``,
``merge.merge_bundles`` (with ``opening.bundle_opener``), ``consensus.load_consensus``,
``consensus.set_consensus_score``, ``consensus.set_consensus_notes`` and
``consensus_export.export_consensus``.
"""
