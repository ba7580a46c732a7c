# Shared by .ci/test, .ci/run and .ci/start: installing, building and counting test results.

# npm ci when node_modules is missing or older than the lock file.
setup_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[setup] npm ci"
    npm ci --no-audit --no-fund --loglevel=error || exit 1
  fi
}

# Debian's chromium for the webview tests (playwright-core drives it; no browser download), and
# the real French voices the listening tests use: speech-dispatcher with espeak-ng, played into a
# PulseAudio null sink (test/webview/speechEnv.ts starts private instances of both). fonts-liberation:
# the metric-compatible Times/Arial/Courier that chromium recommends; without it a fresh machine
# lays pages out in DejaVu alone, wider, and the layout tests measure other pages than users see.
WEBVIEW_APT_PACKAGES="chromium fonts-liberation speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio"
setup_chromium() {
  # shellcheck disable=SC2086
  if ! dpkg -s $WEBVIEW_APT_PACKAGES >/dev/null 2>&1; then
    echo "[setup] apt-get install $WEBVIEW_APT_PACKAGES"
    { apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $WEBVIEW_APT_PACKAGES >/dev/null; } || exit 1
  fi
}

build_all() {
  echo "[build] type-check and bundle"
  npx tsc --noEmit -p . && node esbuild.js
}

TOTAL_PASSED=0
TOTAL_FAILED=0
STAGE_LOG_DIR=$(mktemp -d /tmp/depeche-test-XXXXXX)

# run_stage NAME CMD...: runs a mocha-style stage, echoes its output, and adds its
# "N passing" / "N failing" counts to the totals. A stage that crashes without counts is one failure.
run_stage() {
  local name=$1; shift
  local log="$STAGE_LOG_DIR/$name.log"
  echo
  echo "===== stage: $name ====="
  "$@" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  local passed failed
  passed=$(grep -aoE '^\s*[0-9]+ passing' "$log" | tail -1 | grep -oE '[0-9]+')
  failed=$(grep -aoE '^\s*[0-9]+ failing' "$log" | tail -1 | grep -oE '[0-9]+')
  passed=${passed:-0}; failed=${failed:-0}
  if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "[$name] exited with $code"; fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "[$name] ran no test"; fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
}

# The stage logs are kept when something failed (their folder is named), removed otherwise.
print_summary() {
  echo
  if [ "$TOTAL_FAILED" -eq 0 ]; then rm -rf "$STAGE_LOG_DIR"; else echo "stage logs: $STAGE_LOG_DIR"; fi
  echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
  [ "$TOTAL_FAILED" -eq 0 ]
}
