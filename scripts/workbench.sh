#!/usr/bin/env bash
# Install the workbench and open it in JupyterLab on the seed texts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ROOT_FLAG=(); [[ "$(id -u)" -eq 0 ]] && ROOT_FLAG=(--allow-root)
exec .venv/bin/jupyter lab "${ROOT_FLAG[@]}" notebooks/verify_claims.ipynb "$@"
