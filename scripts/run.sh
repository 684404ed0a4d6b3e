#!/usr/bin/env bash
# The project's entry points, callable from a fresh clone on a machine with only npm:
#   bash scripts/run.sh start          install, build, and serve the site on http://127.0.0.1:4321/
#   bash scripts/run.sh dev            install, then the dev server (content checked on every save) on http://127.0.0.1:4321/
#   bash scripts/run.sh test           install, build, and run every test suite
#   bash scripts/run.sh build          install and build into dist/
#   bash scripts/run.sh check-content  check content/ without a build
#   bash scripts/run.sh translations   what each language has not translated yet (--strict: fail if anything)
#   bash scripts/run.sh bench [flags]  install, then benchmark builds, tools and Lighthouse (docs/performance.md)
# `npm start`, `npm run dev`, `npm test`, `npm run build`, `npm run check:content` and `npm run bench` call these.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export ASTRO_TELEMETRY_DISABLED=1

ensure_deps() {
  if [ ! -x node_modules/.bin/astro ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "run: installing dependencies (npm install)"
    npm install --no-audit --no-fund
  fi
}

ensure_chromium() {
  local bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$bin" ] && return 0
  echo "run: Chromium not found at $bin; installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
  start)
    ensure_deps
    node scripts/build.ts
    exec node scripts/serve.mjs --dir dist --port "${PORT:-4321}" --base "$(node scripts/base-path.ts)"
    ;;
  dev)
    ensure_deps
    exec npx astro dev --host 127.0.0.1 --port "${PORT:-4321}" "$@"
    ;;
  build)
    ensure_deps
    exec node scripts/build.ts "$@"
    ;;
  check-content)
    ensure_deps
    node scripts/check-content.ts "$@"
    ;;
  translations)
    ensure_deps
    node scripts/translations.ts "$@"
    ;;
  test)
    ensure_deps
    ensure_chromium
    exec node scripts/test-all.mjs "$@"
    ;;
  bench)
    ensure_deps
    ensure_chromium
    exec node scripts/bench/run.ts "$@"
    ;;
  *)
    echo "usage: bash scripts/run.sh start|dev|build|test|check-content|translations|bench" >&2
    exit 2
    ;;
esac
