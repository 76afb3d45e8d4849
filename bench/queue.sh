#!/usr/bin/env bash
# Measures the case queue with the demo data: the page in each built-in view and sorted by each
# column, and the REST listing, as an agent.
#
#   bench/queue.sh [requests-per-address]
#
# Builds the jar, starts it on a fresh H2 file database (it loads the demo company and its eight
# weeks of cases), signs in as agent and requests each address sequentially after a warm-up,
# printing p50/p95/p99/max in milliseconds. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
PORT=${PORT:-18081}
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -DskipTests package
JAR=$(ls target/kantor-*.jar | grep -v original | head -1)
DB="jdbc:h2:file:$WORK/kantor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

java -jar "$JAR" --server.port=$PORT --spring.datasource.url="$DB" > "$WORK/app.log" 2>&1 &
PID=$!
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.1; done
# the demo cases are replayed once the application answers: measure only after them
for i in $(seq 1 1500); do grep -q 'Replayed [0-9]* demo cases' "$WORK/app.log" && break; sleep 0.2; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "open cases (agent's queue): $(curl -s -u agent:demo -D - -o /dev/null "http://localhost:$PORT/api/cases?limit=1" | grep -i x-total-count | tr -d '\r')"

COOKIES="$WORK/cookies"
TOKEN=$(curl -s -c "$COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -d "username=agent&password=demo&_csrf=$TOKEN" "http://localhost:$PORT/login"

echo
echo "| address | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for address in /cases "/cases?view=mine" "/cases?view=unassigned" "/cases?view=breaching" \
    "/cases?sort=subject&dir=asc" "/cases?sort=customer&dir=asc" "/cases?sort=status&dir=asc" \
    "/cases?sort=priority&dir=desc" "/cases?sort=owner&dir=asc" "/cases?sort=due&dir=asc" \
    "/cases?status=CLOSED&sort=opened&dir=desc&page=2" "API /api/cases?limit=50&sort=DUE"; do
  if [[ $address == API* ]]; then url=${address#API }; auth=(-u agent:demo); else url=$address; auth=(-b "$COOKIES"); fi
  for i in $(seq 1 50); do curl -s "${auth[@]}" -o /dev/null "http://localhost:$PORT$url"; done
  for i in $(seq 1 "$N"); do
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$url"
  done | sort -n | awk -v page="$address" '{ t[NR] = $1 * 1000 } END {
      printf "| `%s` | %.1f | %.1f | %.1f | %.1f |\n", page, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR] }'
done
