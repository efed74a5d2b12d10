#!/usr/bin/env bash
# Install the workbench and open the app (notebooks/workbench.ipynb) in JupyterLab, with the whole project
# (seeds/ and its verdict CSVs included) in the file browser. Uploads reach the kernel over the server's
# websocket, whose messages tornado caps at 10 MB: 32 MB lets the app's 20 MB imports through
# (voila.json does the same for `.venv/bin/voila notebooks/workbench.ipynb` run from this folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ROOT_FLAG=(); [[ "$(id -u)" -eq 0 ]] && ROOT_FLAG=(--allow-root)
exec .venv/bin/jupyter lab "${ROOT_FLAG[@]}" --ServerApp.root_dir="$PWD" \
  --LabApp.default_url=/lab/tree/notebooks/workbench.ipynb \
  --ServerApp.tornado_settings='{"websocket_max_message_size": 33554432}' "$@"
