#!/usr/bin/env bash
# Create (or reuse) .venv, install PolicyLens into it (editable) and start the dashboard on the seed report.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
# warm the caches (dictionary table, the seed's parse) so the first page opens fast; instant when already warm
.venv/bin/python -c "from policylens.store.catalog import load_embedded; load_embedded('seed')"
exec .venv/bin/streamlit run dashboard.py "$@"
