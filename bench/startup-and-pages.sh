#!/usr/bin/env bash
# Measures Kantor's start-up time and the latency of its main pages with the demo data.
#
#   bench/startup-and-pages.sh [requests-per-page]
#
# Builds the jar, starts it twice on a fresh H2 file database (first start loads the demo
# company, second start finds it), signs in as hr (and as agent for a case page, with files sent to
# a few demo cases through the cases API; the customer's portal page of that case is read without
# signing in) and requests each page sequentially after a warm-up, printing p50/p95/p99/max per
# page in milliseconds. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -DskipTests package
JAR=$(ls target/kantor-*.jar | grep -v original | head -1)

DB="jdbc:h2:file:$WORK/kantor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

# $1 says which start this is; RUN=maven starts with the README's run command instead of the jar
start() {
  local t0=$(date +%s%N)
  if [[ ${RUN:-jar} == maven ]]; then
    ./mvnw -B -q -o spring-boot:run \
      -Dspring-boot.run.arguments="--server.port=$PORT --spring.datasource.url=$DB" > "$WORK/app.log" 2>&1 &
  else
    java -jar "$JAR" --server.port=$PORT --spring.datasource.url="$DB" > "$WORK/app.log" 2>&1 &
  fi
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.05; done
  local t1=$(date +%s%N)
  echo "$1: $(grep -o 'Started KantorApplication in [0-9.]* seconds' "$WORK/app.log")," \
       "answering after $(( (t1 - t0) / 1000000 )) ms (launch to health UP)" \
       "$(grep -o 'Loaded the demo company in [0-9]* ms' "$WORK/app.log" || true)"
}

stop() {
  kill $PID 2>/dev/null || true
  wait $PID 2>/dev/null || true
  pkill -f "server.port=$PORT" 2>/dev/null || true
  while curl -s -o /dev/null "http://localhost:$PORT/actuator/health" 2>/dev/null; do sleep 0.1; done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
RUN=maven start "./mvnw spring-boot:run, first start (empty database, loads the demo company)"; stop
rm -rf "$WORK"/kantor*
start "java -jar, first start (empty database, loads the demo company)"; stop
start "java -jar, second start (demo data present)"

JAR_COOKIES="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -d "username=hr&password=demo&_csrf=$TOKEN" "http://localhost:$PORT/login"
ID=$(curl -s -u hr:demo "http://localhost:$PORT/api/people?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)

# the case pages are an agent's: a second session, and files on a handful of demo cases (two pictures and a PDF
# each, sent through the cases API) so that the case page and the customer's portal page show attachments
AGENT_COOKIES="$WORK/agent-cookies"
TOKEN=$(curl -s -c "$AGENT_COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$AGENT_COOKIES" -c "$AGENT_COOKIES" -o /dev/null -d "username=agent&password=demo&_csrf=$TOKEN" "http://localhost:$PORT/login"
# (|| true: head stops reading early, and with pipefail the pipeline would end the script)
CASES=$(curl -s -u agent:demo "http://localhost:$PORT/api/cases?limit=5" | grep -o '"id":[0-9]*' | cut -d: -f2 | head -5 || true)
CASE=$(echo "$CASES" | head -1 || true)
PRIVATE=$(curl -s -u agent:demo "http://localhost:$PORT/api/cases/$CASE" | grep -o '"privateLink":"[^"]*"' | cut -d'"' -f4)
# a 64 x 48 PNG, and a one-page PDF
echo 'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAMElEQVR4nO3OMQEAAAjDMMC/52ECvlRA0klSd9Xr7wgICAgICAgICAgICAgICHwNHLkrAV8ZH9FDAAAAAElFTkSuQmCC' | base64 -d > "$WORK/photo.png"
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' > "$WORK/receipt.pdf"
FILES=0
for c in $CASES; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -u agent:demo -F "text=Photos and the receipt" -F toCustomer=true \
    -F "files=@$WORK/photo.png;filename=door.png" -F "files=@$WORK/photo.png;filename=box.png" \
    -F "files=@$WORK/receipt.pdf;filename=receipt.pdf" "http://localhost:$PORT/api/cases/$c/attachments")
  [[ $status == 201 ]] && FILES=$((FILES + 3))
done
echo "files on cases: $FILES (on ${CASES//$'\n'/ })"

echo
echo "| page | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for page in / /people "/people?office=FRONT" "/people?q=siti" "/people/$ID" "/people/$ID/edit" /departments /positions /skills /audit "API /api/people?size=50" "AGENT /cases/$CASE" "PORTAL $PRIVATE"; do
  if [[ $page == API* ]]; then url=${page#API }; auth=(-u hr:demo);
  elif [[ $page == AGENT* ]]; then url=${page#AGENT }; auth=(-b "$AGENT_COOKIES");
  elif [[ $page == PORTAL* ]]; then url=${page#PORTAL }; auth=();
  else url=$page; auth=(-b "$JAR_COOKIES"); fi
  for i in $(seq 1 50); do curl -s "${auth[@]}" -o /dev/null "http://localhost:$PORT$url"; done
  for i in $(seq 1 "$N"); do
    curl -s "${auth[@]}" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$url"
  done | sort -n | awk -v page="$page" '{ t[NR] = $1 * 1000 } END {
      printf "| `%s` | %.1f | %.1f | %.1f | %.1f |\n", page, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR] }'
done
stop
