#!/usr/bin/env bash
# `npm start`: store the bundled sample articles in ./nasij.db (a rerun adds nothing twice) and serve
# the dashboard and the API over it. PORT and NASIJ_TOKEN (which turns on the Ingest page) are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${NASIJ_DB:-nasij.db}
node bin/nasij.js ingest samples --db "$DB"
PORT=${PORT:-8080}
echo "nasij: the dashboard: open http://127.0.0.1:$PORT/ (Ctrl-C stops it)" >&2
exec node bin/nasij.js serve --db "$DB" --port "$PORT"
