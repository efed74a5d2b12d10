"""Benchmarks of the claims workbench: each step's cost against a baseline measured in the same run."""
