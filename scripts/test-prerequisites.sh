#!/usr/bin/env bash
# What the test suite needs besides node_modules: Debian's Chromium for Playwright, litecoind
# for the Bitcoin-family adapter's real nodes, promtool (package prometheus) to check /metrics,
# jq (the docs/api.md examples pipe into it), and a Postgres server on 127.0.0.1:5432 (trust
# auth). Installs or starts what is missing. (Anvil comes from npm: @foundry-rs/anvil.)
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v litecoind >/dev/null 2>&1 || missing+=(litecoind)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v pg_isready >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  cluster=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "Starting Postgres $cluster"
  as_root pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
