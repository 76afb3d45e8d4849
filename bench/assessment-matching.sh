#!/usr/bin/env bash
# Ranking everyone against a position's role profile, on a real PostgreSQL with the demo company and
# 5,000 more employees (80 % with a self-assessment, most shared with HR).
#
#   bench/assessment-matching.sh [measured-calls]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), then prints latency
# percentiles of: Matches.forPosition in process (reads and ranking), the ranking alone, and
# GET /api/assessment/matches over HTTP. See src/test/java/dev/kantor/bench/AssessmentMatchingBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.AssessmentMatchingBenchmark "${1:-300}"
