"""Cycle reports: the Excel workbook and the per-institution feedback PDF (docs/consolidation.md).

``cycle_results.load_cycle_results`` reads a cycle once; ``workbook.write_workbook`` and
``feedback_pdf.write_feedback_reports`` (the only module here that imports Qt) write it.
"""
