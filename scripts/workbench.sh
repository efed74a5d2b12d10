#!/usr/bin/env bash
# Install the workbench and open the app (notebooks/workbench.ipynb) in JupyterLab, with the whole project
# (seeds/ and its verdict CSVs included) in the file browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ROOT_FLAG=(); [[ "$(id -u)" -eq 0 ]] && ROOT_FLAG=(--allow-root)
exec .venv/bin/jupyter lab "${ROOT_FLAG[@]}" --ServerApp.root_dir="$PWD" \
  --LabApp.default_url=/lab/tree/notebooks/workbench.ipynb "$@"
