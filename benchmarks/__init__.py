"""Benchmarks: each figure is printed against a floor measured in the same run."""
