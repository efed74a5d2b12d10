"""Compile claims/extract with mypyc, in place: run by scripts/compile.sh, never imported by the package.

One shared library, claims_extract__mypyc.*.so beside claims/, holds every module's code (calls between the modules stay direct C
calls); each module gets a small shim extension beside its .py. With MYPYC_MULTI_FILE=1 (the default here)
each module is its own C file, so the C compiler runs on up to COMPILE_JOBS files at once instead of on one file of
some 50 MB (MYPYC_MULTI_FILE=0 builds that one file, as `mypyc claims/extract` does).
"""
from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mypyc.build import mypycify
from setuptools import setup
from setuptools.command.build_ext import build_ext

BUILD_DIR = "build/mypyc"
"""Everything the build writes besides the .so files: generated C, objects, mypy's cache."""
GROUP = "claims_extract"
"""The shared library's module: claims_extract__mypyc.*.so beside the claims/ folder, where mypyc expects it (it
derives each compiled module's __file__ from the library's folder); claims/compiled.py loads it by path, so that
the build also runs where that folder is not on sys.path."""


def jobs() -> int:
    """How many C files to compile at once: COMPILE_JOBS, else the number of cores."""
    return max(1, int(os.environ.get("COMPILE_JOBS") or os.cpu_count() or 1))


class ParallelBuildExt(build_ext):
    """build_ext whose compiler compiles an extension's C files `jobs()` at a time (gcc runs as a child process)."""

    def build_extension(self, ext: Any) -> None:
        """Build one extension, its sources compiled in parallel."""
        compiler = self.compiler
        serial = compiler.compile

        def parallel(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            """Compile each source on its own, `jobs()` at a time; return the objects in the sources' order."""
            if len(sources) < 2:
                return serial(sources, *args, **kwargs)
            pool = ThreadPoolExecutor(jobs())
            try:
                done = pool.map(lambda source: serial([source], *args, **kwargs), sources)
                return [obj for objects in done for obj in objects]
            finally:
                pool.shutdown(cancel_futures=True)  # a failed file stops the build at once

        compiler.compile = parallel
        try:
            super().build_extension(ext)
        finally:
            compiler.compile = serial


def main() -> None:
    """Generate C for claims/extract and build it in place."""
    multi_file = os.environ.get("MYPYC_MULTI_FILE", "1") == "1"
    extensions = mypycify(
        ["--cache-dir", f"{BUILD_DIR}/mypy_cache", "claims/extract"],
        opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
        debug_level="1",
        multi_file=multi_file,
        group_name=GROUP,
        target_dir=BUILD_DIR,
        verbose=True,
    )
    sys.argv = [sys.argv[0], "build_ext", "--inplace", "--parallel", str(jobs()), "--build-temp", f"{BUILD_DIR}/temp",
                "--build-lib", f"{BUILD_DIR}/lib"]  # --parallel: the 120 one-file shims, jobs() at a time too
    setup(name="claims_extract_compiled", ext_modules=extensions, cmdclass={"build_ext": ParallelBuildExt},
          packages=[], py_modules=[])


if __name__ == "__main__":
    main()
