#!/usr/bin/env bash
# Resolving one employee's policies and HR's acknowledgement report, on a real PostgreSQL with the demo
# company, 5,000 more employees, 500 more published policies and ten acknowledgements asked of everyone.
#
#   bench/policies.sh [measured-calls]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), then prints latency
# percentiles. See src/test/java/dev/kantor/bench/PoliciesBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.PoliciesBenchmark "${1:-2000}"
