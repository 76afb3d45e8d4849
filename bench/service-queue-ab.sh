#!/usr/bin/env bash
# Compares two builds' queue pages side by side, under the same load: Accounting's queue page and the REST listing
# of the same query, on each build in turn, request after request, so that whatever else runs on the machine weighs
# on both alike. For a busy machine, where bench/service-queue.sh's absolute figures say little.
#
#   bench/service-queue-ab.sh <port-of-build-A> <port-of-build-B> [rounds] [department]
#
# Start the two builds first on copies of one H2 file database holding the bulk (bench/service-queue.sh's start
# line, --kantor.demo.service-bulk=50000, once; stop it, copy the database file twice, and start each build on its
# copy with --kantor.demo.cases=false). Prints p50/p95/p99/max in milliseconds per build and address.
set -euo pipefail
A=$1
B=$2
N=${3:-100}
DEPT=${4:-6}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for P in "$A" "$B"; do
  TOKEN=$(curl -s -c "$WORK/ck$P" "http://localhost:$P/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$WORK/ck$P" -c "$WORK/ck$P" -o /dev/null -d "username=accountant&password=demo&_csrf=$TOKEN" "http://localhost:$P/login"
  for i in $(seq 1 10); do
    curl -s -b "$WORK/ck$P" -o /dev/null "http://localhost:$P/service/queue"
    curl -s -u accountant:demo -o /dev/null "http://localhost:$P/api/service/queue?departmentId=$DEPT"
  done
done
for i in $(seq 1 "$N"); do
  for P in "$A" "$B"; do
    curl -s -b "$WORK/ck$P" -o /dev/null -w '%{time_total}\n' "http://localhost:$P/service/queue" >> "$WORK/page-$P"
    curl -s -u accountant:demo -o /dev/null -w '%{time_total}\n' \
        "http://localhost:$P/api/service/queue?departmentId=$DEPT" >> "$WORK/api-$P"
  done
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "| build (port) | address | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---:|---:|---:|---:|"
for P in "$A" "$B"; do
  for what in page api; do
    address=$([[ $what == page ]] && echo "/service/queue" || echo "API /api/service/queue?departmentId=$DEPT")
    sort -n "$WORK/$what-$P" | awk -v port="$P" -v page="$address" '{ t[NR] = $1 * 1000 } END {
        printf "| %s | `%s` | %.1f | %.1f | %.1f | %.1f |\n", port, page, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR] }'
  done
done
