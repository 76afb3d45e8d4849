#!/usr/bin/env bash
# "May I take my break now?" on a real PostgreSQL: 20 queues of 15 agents on published shifts.
#
#   bench/floor-breaks.sh [calls]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM), generates the published day with JDBC,
# then prints latency percentiles of the whole break answer (Breaks.ask, each call rolled back) and of
# the pure answer alone. See src/test/java/dev/kantor/floor/breaks/BreakAnswerBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.floor.breaks.BreakAnswerBenchmark "${1:-10000}"
