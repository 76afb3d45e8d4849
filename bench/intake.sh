#!/usr/bin/env bash
# Case intake through the REST API on a real PostgreSQL, beside the raw JDBC insert ceiling.
#
#   bench/intake.sh [seconds-per-phase] [clients] [warm-up-seconds]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), then prints
# throughput and latency percentiles of: raw inserts of the same rows, the API at full speed,
# and the API at a fixed 100 requests/s. See src/test/java/dev/kantor/bench/IntakeBenchmark.java.
# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/intake.jfr to profile.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.IntakeBenchmark "${1:-20}" "${2:-8}" "${3:-60}"
