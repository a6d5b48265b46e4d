#!/usr/bin/env bash
# Builds .venv/ with voicecoach installed (idempotent). Usage: scripts/setup.sh [runtime|test]
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-runtime}"

bash scripts/system-packages.sh "$kind"

python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || { echo "voicecoach: Python 3.10 or newer is needed (found $("$python" --version 2>&1))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv

stamp=".venv/.installed-$kind"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  extras=""
  [ "$kind" = "test" ] && extras="[test]"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extras"
  # `voice` mode's speaker encoder: its weights ship inside the resemblyzer wheel (see pyproject.toml). Without its
  # dependencies: they include torch (~900 MB), and voicecoach reads the weights and runs the network in numpy.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps "resemblyzer==0.1.4"
  touch "$stamp"
fi
