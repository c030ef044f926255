#!/usr/bin/env bash
# `mvn verify` runs this: eslint over assets/js and stylelint over assets/css, at the versions
# package-lock.json pins. Without node and npm it says so and passes, except under CI=true, where
# a missing linter must not pass unseen (the same rule as the browser tests).
set -euo pipefail
cd "${BASH_SOURCE[0]%/*}/../.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "lint: node and npm are not on the PATH, and CI=true: install them (apt-get install nodejs npm)" >&2
    exit 1
  fi
  echo "lint: skipped, node and npm are not on the PATH (apt-get install nodejs npm to run eslint and stylelint)"
  exit 0
fi

# npm ci starts from an empty node_modules each time: only when the lock file changed since the last install
installed=node_modules/.installed-package-lock.json
if ! cmp -s package-lock.json "$installed"; then
  npm ci --no-audit --no-fund --prefer-offline
  cp package-lock.json "$installed"
fi
npx --no-install eslint assets/js
npx --no-install stylelint "assets/css/**/*.css"
echo "lint: eslint and stylelint found nothing in assets/"
