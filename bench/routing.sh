#!/usr/bin/env bash
# "Who can help now" on a real PostgreSQL with a generated organisation of 5,000 employees and
# 300 topics.
#
#   bench/routing.sh [seconds-per-http-phase] [clients]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), generates the
# organisation with JDBC batches (seeded, the same every run), then prints latency percentiles of
# WhoCanHelp.ask called in process on one thread, and throughput and latency of GET /api/helpers
# beside GET /api/ping (authentication only: the framework's ceiling) from N clients.
# See src/test/java/dev/kantor/bench/RoutingBenchmark.java. A profile of the asking thread: BENCH_JAVA_OPTS below, then
# jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 80 /tmp/routing.jfr
# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/routing.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.RoutingBenchmark "${1:-20}" "${2:-8}"
