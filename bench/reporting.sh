#!/usr/bin/env bash
# Reporting at scale on a real PostgreSQL: a million cases, 50,000 handoffs, 200,000 internal requests and 5,000
# employees (imported through people, then a year of moves and departures through its API), one rebuild of
# every figure (timed), the year's front-office figures read as before and as now side by side (the
# ratio), then every dashboard over HTTP back to back: p50/p95/p99/max in milliseconds.
#
#   bench/reporting.sh [cases] [internal-requests] [calls-per-dashboard] [employees]
#
# Starts an embedded PostgreSQL and Kantor on it with the demo company (bench.BenchKantor, in one JVM with the
# load), writes the cases, handoffs and requests straight into cases', routing's and service's tables (a
# bench-only bulk path); the employees go through people's import and API (bench.BenchEmployees).
# See src/test/java/dev/kantor/bench/ReportingBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.ReportingBenchmark \
    "${1:-1000000}" "${2:-200000}" "${3:-200}" "${4:-5000}"
