"""Run the re-ranker's oracle, cross-validation or training: python -m benchmarks.rerank --help."""
import sys

from .train import main

sys.exit(main())
