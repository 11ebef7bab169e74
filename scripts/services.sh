#!/usr/bin/env bash
# Test services, sourced by scripts/check.sh: PostgreSQL, Redis and a strict xAPI LRS (Learning Locker's
# statement service, pinned in scripts/lrs/) inside a network namespace of their own that has only a loopback
# interface. The tests run in the same namespace through `run_in_test_net CMD...`, so every connection they
# make stays on 127.0.0.1 and the LRS (which binds every interface) is reachable from nowhere else.
#
# Installs what is missing (as root), is idempotent (a second source in the same shell does nothing), exports
# CPIMS_TEST_PG_URL, CPIMS_TEST_LRS_URL, CPIMS_TEST_LRS_USER and CPIMS_TEST_LRS_PASSWORD_FILE, and stops
# everything on exit (trap EXIT). Without root it starts nothing: those tests then skip, or fail when CI=true.

if [ -n "${CPIMS_SERVICES_NS:-}" ] && ip netns list 2>/dev/null | grep -qw "$CPIMS_SERVICES_NS"; then
  return 0 2>/dev/null || exit 0
fi

CPIMS_LRS_DIR=${CPIMS_LRS_DIR:-/opt/cpims-lrs}
_cpims_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_cpims_pg_port=55432
_cpims_redis_port=56379
_cpims_lrs_port=58080
_cpims_auth_port=58081

run_in_test_net() {
  if [ -n "${CPIMS_SERVICES_NS:-}" ]; then
    ip netns exec "$CPIMS_SERVICES_NS" "$@"
  else
    "$@"
  fi
}

_cpims_note() { printf 'services: %s\n' "$*" >&2; }

_cpims_install_system() {
  local wanted=(postgresql redis-server nodejs iproute2 util-linux) missing=() p
  for p in "${wanted[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  _cpims_note "installing ${missing[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

_cpims_install_lrs() {
  local lock="$_cpims_root/scripts/lrs/package-lock.json" stamp="$CPIMS_LRS_DIR/.installed-lock"
  if [ -f "$stamp" ] && cmp -s "$lock" "$stamp" && [ -f "$CPIMS_LRS_DIR/node_modules/xapi-statements/dist/index.js" ]; then
    return 0
  fi
  _cpims_note "installing the test LRS into $CPIMS_LRS_DIR (npm ci)"
  mkdir -p "$CPIMS_LRS_DIR" && cp "$_cpims_root/scripts/lrs/package.json" "$lock" "$CPIMS_LRS_DIR/" || return 1
  (cd "$CPIMS_LRS_DIR" && npm ci --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error >/dev/null) || return 1
  cp "$lock" "$stamp"
}

_cpims_wait() {  # _cpims_wait SECONDS PYTHON-EXPRESSION: poll inside the namespace until it is true
  local deadline=$((SECONDS + $1))
  while [ $SECONDS -lt $deadline ]; do
    ip netns exec "$CPIMS_SERVICES_NS" python3 -c "$2" >/dev/null 2>&1 && return 0
    sleep 0.3
  done
  return 1
}

_cpims_start_postgres() {
  local bin data="$CPIMS_SERVICES_DIR/pg"
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { _cpims_note "PostgreSQL's initdb not found"; return 1; }
  mkdir -p "$data" && chown postgres: "$data" || return 1
  runuser -u postgres -- "$bin/initdb" -D "$data/db" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$CPIMS_SERVICES_DIR/initdb.log" 2>&1 || { _cpims_note "initdb failed"; return 1; }
  ip netns exec "$CPIMS_SERVICES_NS" runuser -u postgres -- "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $_cpims_pg_port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { _cpims_note "PostgreSQL did not start: $(tail -3 "$data/server.log")"; return 1; }
  export CPIMS_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$_cpims_pg_port/postgres"
}

_cpims_start_lrs() {
  local dir="$CPIMS_SERVICES_DIR/lrs"
  mkdir -p "$dir" && python3 -c 'import secrets; print(secrets.token_urlsafe(18))' >"$dir/password" && chmod 600 "$dir/password"
  ip netns exec "$CPIMS_SERVICES_NS" redis-server --bind 127.0.0.1 --port $_cpims_redis_port --save '' --appendonly no \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" || return 1
  ip netns exec "$CPIMS_SERVICES_NS" python3 "$_cpims_root/scripts/lrs/auth_stub.py" --port $_cpims_auth_port \
    --user cpims-test --password-file "$dir/password" >"$dir/auth.log" 2>&1 &
  echo $! >"$dir/auth.pid"
  (cd "$dir" && exec ip netns exec "$CPIMS_SERVICES_NS" env EXPRESS_PORT=$_cpims_lrs_port MODELS_REPO=memory \
    STORAGE_REPO=memory AUTH_REPO=fetch LL_CLIENT_INFO_ENDPOINT="http://127.0.0.1:$_cpims_auth_port/auth/client/info" \
    EVENTS_REPO=redis REDIS_URL="redis://127.0.0.1:$_cpims_redis_port/0" EXPRESS_MORGAN_DIRECTORY="$dir/access" \
    FS_LOCAL_STORAGE_DIR="$dir/storage" SERVICE_AWAIT_UPDATES=true WINSTON_CONSOLE_LEVEL=warning \
    node "$CPIMS_LRS_DIR/node_modules/xapi-statements/dist/index.js" >"$dir/lrs.log" 2>&1) &
  echo $! >"$dir/lrs.pid"
  _cpims_wait 60 "import urllib.request as u; u.urlopen('http://127.0.0.1:$_cpims_lrs_port/xAPI/about', timeout=2)" \
    || { _cpims_note "the LRS did not start: $(tail -5 "$dir/lrs.log")"; return 1; }
  export CPIMS_TEST_LRS_URL="http://127.0.0.1:$_cpims_lrs_port/xAPI/"
  export CPIMS_TEST_LRS_USER=cpims-test
  export CPIMS_TEST_LRS_PASSWORD_FILE="$dir/password"
}

cpims_services_stop() {
  [ -n "${CPIMS_SERVICES_DIR:-}" ] || return 0
  local pid f bin
  for f in lrs auth; do
    pid=$(cat "$CPIMS_SERVICES_DIR/lrs/$f.pid" 2>/dev/null) && kill "$pid" 2>/dev/null || true
  done
  pid=$(cat "$CPIMS_SERVICES_DIR/lrs/redis.pid" 2>/dev/null) && kill "$pid" 2>/dev/null || true
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1) || true
  if [ -f "$CPIMS_SERVICES_DIR/pg/db/postmaster.pid" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$CPIMS_SERVICES_DIR/pg/db" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${CPIMS_SERVICES_NS:-}" ]; then ip netns del "$CPIMS_SERVICES_NS" 2>/dev/null || true; fi
  rm -rf "$CPIMS_SERVICES_DIR"
  unset CPIMS_SERVICES_DIR CPIMS_SERVICES_NS
  return 0
}

_cpims_services_start() {
  if [ "$(id -u)" -ne 0 ]; then
    _cpims_note "not root: PostgreSQL and LRS tests will skip (they fail when CI=true)"
    return 0
  fi
  _cpims_install_system || _cpims_note "could not install the system packages"
  CPIMS_SERVICES_DIR=$(mktemp -d /tmp/cpims-services.XXXXXX) && chmod 755 "$CPIMS_SERVICES_DIR"
  CPIMS_SERVICES_NS="cpims-test-$$"
  export CPIMS_SERVICES_NS
  trap cpims_services_stop EXIT
  if ! ip netns add "$CPIMS_SERVICES_NS" || ! ip netns exec "$CPIMS_SERVICES_NS" ip link set lo up; then
    _cpims_note "cannot create a network namespace: no test services"
    unset CPIMS_SERVICES_NS
    return 0
  fi
  _cpims_start_postgres || _cpims_note "PostgreSQL tests will not find a server"
  if _cpims_install_lrs; then
    _cpims_start_lrs || _cpims_note "LRS tests will not find an LRS"
  else
    _cpims_note "the LRS could not be installed"
  fi
  _cpims_note "namespace $CPIMS_SERVICES_NS; PostgreSQL ${CPIMS_TEST_PG_URL:-(none)}; LRS ${CPIMS_TEST_LRS_URL:-(none)}"
}

_cpims_services_start
