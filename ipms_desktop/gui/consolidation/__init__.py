"""The team lead's and CoMSEC's consolidation window: merge console and quarantine."""
