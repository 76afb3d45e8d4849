#!/usr/bin/env bash
# Measures Accounting's queue of internal requests with 50,000 requests in it: the queue page by due time, a deep
# page, the unassigned and resolved filters, one request's page, and the REST listing, as the accountant.
#
#   bench/service-queue.sh [requests-per-address] [requests-in-the-queue]
#
# Builds the jar, starts it on a fresh H2 file database (the demo company, its catalogues and weeks of requests,
# and the bulk of requests: kantor.demo.service-bulk), signs in as accountant and requests each address
# sequentially after a warm-up, printing p50/p95/p99/max in milliseconds. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
BULK=${2:-50000}
PORT=${PORT:-18085}
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -DskipTests package
JAR=$(ls target/kantor-*.jar | grep -v original | head -1)
DB="jdbc:h2:file:$WORK/kantor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

java -jar "$JAR" --server.port=$PORT --spring.datasource.url="$DB" --kantor.demo.cases=false \
    --kantor.demo.service-bulk=$BULK > "$WORK/app.log" 2>&1 &
PID=$!
for i in $(seq 1 3000); do grep -q 'Loaded [0-9]* bulk internal requests' "$WORK/app.log" && break; sleep 0.2; done
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.1; done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
DEPT=$(curl -s -u accountant:demo "http://localhost:$PORT/api/service/catalogue?q=refund" | grep -o '"departmentId":[0-9]*' | head -1 | cut -d: -f2)
REQUEST=$(curl -s -u accountant:demo "http://localhost:$PORT/api/service/queue?departmentId=$DEPT" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "internal requests: $(grep -o 'Loaded [0-9]* bulk' "$WORK/app.log") plus the demo's weeks; Accounting is department $DEPT"

COOKIES="$WORK/cookies"
TOKEN=$(curl -s -c "$COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -d "username=accountant&password=demo&_csrf=$TOKEN" "http://localhost:$PORT/login"

echo
echo "| address | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for address in /service/queue "/service/queue?page=20" "/service/queue?whose=UNASSIGNED" \
    "/service/queue?status=RESOLVED" "/service/queue?status=RESOLVED&page=200" "/service/requests/$REQUEST" \
    "API /api/service/queue?departmentId=$DEPT"; do
  if [[ $address == API* ]]; then url=${address#API }; auth=(-u accountant:demo); else url=$address; auth=(-b "$COOKIES"); fi
  for i in $(seq 1 50); do curl -s "${auth[@]}" -o /dev/null "http://localhost:$PORT$url"; done
  for i in $(seq 1 "$N"); do
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$url"
  done | sort -n | awk -v page="$address" '{ t[NR] = $1 * 1000 } END {
      printf "| `%s` | %.1f | %.1f | %.1f | %.1f |\n", page, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR] }'
done
