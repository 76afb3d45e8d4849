#!/usr/bin/env bash
# Measures webhook delivery under load: N cases opened through the API in a minute (1,000 by default),
# each relayed as a case.opened webhook to a receiver on this machine; prints the percentiles of the
# time from the event (the case opened, its occurredAt) to the receiver getting it, and checks that
# each event arrived once.
#
#   bench/webhooks.sh [events] [seconds]
#
# Builds the jar, starts it on a fresh H2 file database with the demo company (no demo cases), lets
# webhooks reach loopback (kantor.webhooks.allow-private-addresses=true), subscribes a Python receiver
# as admin, makes an API token (scopes read, cases) for the demo agent, and opens the cases with it,
# paced evenly over the given seconds. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
SECONDS_FOR_ALL=${2:-60}
PORT=${PORT:-18086}
HOOK_PORT=${HOOK_PORT:-18087}
WORK=$(mktemp -d)
trap 'kill $PID $HOOK 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -DskipTests package
JAR=$(ls target/kantor-*.jar | grep -v original | head -1)
DB="jdbc:h2:file:$WORK/kantor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

cat > "$WORK/receiver.py" <<'PY'
import http.server, json, sys, time
out = open(sys.argv[2], "a", buffering=1)
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        now = time.time()
        event = json.loads(body)
        out.write("%s %.3f %s\n" % (event["id"], now, event["occurredAt"]))
        self.send_response(204); self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
python3 "$WORK/receiver.py" $HOOK_PORT "$WORK/received" &
HOOK=$!

java -jar "$JAR" --server.port=$PORT --spring.datasource.url="$DB" --kantor.demo.cases=false \
    --kantor.webhooks.allow-private-addresses=true > "$WORK/app.log" 2>&1 &
PID=$!
for i in $(seq 1 3000); do grep -q 'Loaded the demo company' "$WORK/app.log" && break; sleep 0.2; done
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.1; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

curl -sf -u admin:demo -H 'Content-Type: application/json' -o /dev/null \
    -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"eventTypes\":[\"case.opened\"]}" "http://localhost:$PORT/api/webhooks"
TOKEN=$(curl -sf -u agent:demo -H 'Content-Type: application/json' \
    -d '{"name":"bench","days":1,"scopes":["read","cases"]}' "http://localhost:$PORT/api/account/tokens" \
    | grep -o '"secret":"[^"]*"' | cut -d'"' -f4)

# the token's allowance (600 a minute by default) is not what is measured: the bench runs with a larger one
# only if asked (KANTOR_API_TOKENS_REQUESTS_PER_MINUTE); otherwise it opens cases as the agent with Basic
AUTH=(-u agent:demo)
[ -n "${USE_TOKEN:-}" ] && AUTH=(-H "Authorization: Bearer $TOKEN")
PAUSE=$(awk -v s="$SECONDS_FOR_ALL" -v n="$N" 'BEGIN { printf "%.4f", s / n }')
START=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  curl -s "${AUTH[@]}" -H 'Content-Type: application/json' -o /dev/null \
      -d "{\"channel\":\"PHONE\",\"type\":\"QUESTION\",\"topic\":\"billing\",\"subject\":\"Bench $i\",\"message\":\"m\",\"customer\":{\"name\":\"Bench Customer $i\",\"email\":\"bench-$i@example.com\"}}" \
      "http://localhost:$PORT/api/cases" &
  sleep "$PAUSE"
done
wait_for=$((SECONDS_FOR_ALL + 120))
for i in $(seq 1 $((wait_for * 10))); do
  [ "$(wc -l < "$WORK/received" 2>/dev/null || echo 0)" -ge "$N" ] && break
  sleep 0.1
done
END=$(date +%s.%N)
echo "opened $N cases in $(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f", b - a }') s (until the last delivery)"
python3 - "$WORK/received" "$N" <<'PY'
import sys, datetime
lines = [l.split() for l in open(sys.argv[1])]
ids = [l[0] for l in lines]
lat = sorted((float(l[1]) - datetime.datetime.fromisoformat(l[2].replace("Z", "+00:00")).timestamp()) * 1000
             for l in lines)
def p(q): return lat[min(len(lat) - 1, int(len(lat) * q))]
print("received %d deliveries, %d distinct events (expected %s)" % (len(ids), len(set(ids)), sys.argv[2]))
print("| events | p50 ms | p95 ms | p99 ms | max ms |")
print("|---:|---:|---:|---:|---:|")
print("| %d | %.0f | %.0f | %.0f | %.0f |" % (len(lat), p(0.5), p(0.95), p(0.99), lat[-1]))
PY
