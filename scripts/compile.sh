#!/usr/bin/env bash
# Opt-in: compile claims/extract with mypyc, in place, for speed (README "Speed"); pure Python stays the reference.
#   bash scripts/compile.sh          install requirements-compile.txt into .venv, build, write claims/extract/COMPILED.json
#   bash scripts/compile.sh --clean  remove what a build made (its .so files, claims_extract__mypyc.*.so, build/mypyc, the stamp): pure Python again
# Needs gcc and the Python headers (Debian: gcc, python3-dev; pyenv's Pythons ship their headers). After editing any
# claims/extract/*.py, run it again (or --clean): `import claims` refuses a build whose stamp no longer matches.
# COMPILE_JOBS=N sets how many C files gcc compiles at once (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

products() {
  find claims/extract \( -name '*.so' -o -name '*.pyd' \) -delete
  rm -f claims_extract__mypyc.*.so claims_extract__mypyc.*.pyd claims/extract/COMPILED.json
}

clean() {
  products
  rm -rf build/mypyc
  rmdir build 2>/dev/null || true
}

if [[ "${1:-}" == "--clean" ]]; then
  clean
  echo "compiled extractor removed: claims/extract runs as pure Python"
  exit 0
fi
[[ $# -eq 0 ]] || { echo "usage: bash scripts/compile.sh [--clean]" >&2; exit 2; }
[[ -x "$PY" ]] || { echo "no $PY: run bash scripts/setup.sh first" >&2; exit 1; }
command -v gcc >/dev/null || command -v cc >/dev/null || { echo "no C compiler: apt-get install gcc python3-dev" >&2; exit 1; }

$PY -m pip install -q --disable-pip-version-check -r requirements-compile.txt 2>&1 | grep -v '^WARNING: Location' || true
clean  # an old build would be imported (and refused) instead of the sources
SOURCES=$($PY -c 'from claims.compiled import sources_sha256; print(sources_sha256())')  # hashed before compiling
START=$(date +%s)
mkdir -p build/mypyc
LOG=build/mypyc/build.log
$PY scripts/compile_setup.py > $LOG 2>&1 || { tail -30 $LOG >&2; products; echo "build failed (log: $LOG): pure Python kept" >&2; exit 1; }
$PY - "$SOURCES" <<'PY'
import datetime, json, sys
from importlib.metadata import version
stamp = {"sources_sha256": sys.argv[1], "mypy": version("mypy"),
         "built": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
with open("claims/extract/COMPILED.json", "w", encoding="utf-8") as f:
    json.dump(stamp, f, indent=1)
    f.write("\n")
PY
$PY -c 'import claims.compiled as c, claims.extract.items as m; assert c.is_compiled() and m.__file__.endswith(".so"), m.__file__'
echo "compiled claims/extract in $(( $(date +%s) - START )) s (log: build/mypyc/build.log); bash scripts/compile.sh --clean undoes it"
