# Helpers for the HTTP tests of `cica serve` (tests/cram/serve-*.t), sourced by each file.
# serve_start [options]: starts `cica $SERVE_GLOBAL serve --port 0 [options]` in the background with its output
#   in serve.out/serve.err, waits (at most 20 s) for the URL it prints, and sets URL and PID.
# serve_stop: SIGTERM, then waits; prints the exit status and the last line of serve.out.
# code PATH [curl options]: the status code of a GET of $URL/PATH.
# json PATH [curl options]: the body, with Accept: application/json.
serve_start() {
  # empty serve.out first: the background job truncates it only once it runs, and until then the
  # loop below would read the URL a previous server left there and signal a process that has not
  # yet caught SIGINT (ignored in a background job of a non-interactive shell: the signal is lost)
  : > serve.out
  # shellcheck disable=SC2086
  cica $SERVE_GLOBAL serve --port 0 "$@" > serve.out 2> serve.err &
  PID=$!
  i=0
  while [ $i -lt 200 ]; do
    URL=$(grep -m1 '^http://' serve.out 2>/dev/null || true)
    [ -n "$URL" ] && return 0
    kill -0 "$PID" 2>/dev/null || { cat serve.err; return 1; }
    sleep 0.1
    i=$((i + 1))
  done
  echo "serve_start: no URL after 20 s" >&2
  cat serve.err >&2
  return 1
}
serve_stop() {
  kill -TERM "$PID"
  wait "$PID"
  echo "exit $?"
  tail -1 serve.out
}
code() {
  p=$1
  shift
  curl -s -o /dev/null -w '%{http_code}\n' "$@" "$URL${p#/}"
}
body() {
  p=$1
  shift
  curl -s "$@" "$URL${p#/}"
}
