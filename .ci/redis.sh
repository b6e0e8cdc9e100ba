# shellcheck shell=bash
# A throwaway redis-server for the Redis store's tests (`npm run test:redis`).
#
#   source .ci/redis.sh
#   start_redis        # installs redis-server with apt-get if missing, exports REDIS_URL
#   npm run test:redis
#   stop_redis
#
# The server listens on a free loopback port with persistence off, so nothing is written to disk
# and nothing outside this machine can reach it. A caller that may exit between the two calls
# should `trap stop_redis EXIT` (not set here, so the caller's own traps are left alone).

install_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  echo "redis.sh: installing redis-server with apt-get" >&2
  apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null ||
    {
      echo "redis.sh: could not install redis-server" >&2
      return 1
    }
}

# A TCP port no one listens on now: the kernel picks it, then it is let go for redis-server.
free_port() {
  node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_redis() {
  install_redis || return 1
  REDIS_DIR=$(mktemp -d)
  REDIS_PORT=$(free_port) || return 1
  REDIS_PIDFILE="$REDIS_DIR/redis.pid"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$REDIS_DIR" --daemonize yes --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_DIR/redis.log" || {
    echo "redis.sh: redis-server did not start" >&2
    return 1
  }
  local tries=0
  until [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
      echo "redis.sh: redis-server is not answering on port $REDIS_PORT; its log:" >&2
      cat "$REDIS_DIR/redis.log" >&2
      stop_redis
      return 1
    fi
    sleep 0.1
  done
  export REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  export REDIS_PORT REDIS_PIDFILE
  echo "redis.sh: redis-server $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p') at $REDIS_URL"
}

stop_redis() {
  [ -n "${REDIS_DIR:-}" ] || return 0
  if [ -n "${REDIS_PORT:-}" ]; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  fi
  # A server that did not take the shutdown (or was restarted by a test) is ended by its pid.
  if [ -f "$REDIS_PIDFILE" ]; then
    local pid
    pid=$(cat "$REDIS_PIDFILE")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
  fi
  rm -rf "$REDIS_DIR"
  unset REDIS_DIR REDIS_PORT REDIS_PIDFILE REDIS_URL
}
