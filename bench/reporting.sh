#!/usr/bin/env bash
# Reporting at scale on a real PostgreSQL: a million cases and 200,000 internal requests, one rebuild of
# every case figure (timed), then every dashboard over HTTP back to back: p50/p95/p99/max in milliseconds.
#
#   bench/reporting.sh [cases] [internal-requests] [calls-per-dashboard]
#
# Starts an embedded PostgreSQL and Kantor on it with the demo company (in one JVM with the load), writes the
# cases straight into cases' tables (a bench-only bulk path) and the requests into reporting's copy of them.
# See src/test/java/dev/kantor/bench/ReportingBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.ReportingBenchmark \
    "${1:-1000000}" "${2:-200000}" "${3:-200}"
