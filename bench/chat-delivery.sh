#!/usr/bin/env bash
# Web chat message delivery on one node: 200 chats under way at once, customer and agent each waiting for the next
# message (long polls), messages written at a fixed rate, turn about by agent and customer.
#
#   bench/chat-delivery.sh [chats] [seconds] [messages-per-second]
#
# Starts an embedded PostgreSQL and Kantor on it (in one JVM with the load), then prints delivery-time percentiles
# (from just before a message's POST to the other side's poll answering with it) and how many messages were lost.
# See src/test/java/dev/kantor/bench/ChatDeliveryBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
CP=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$CP" dev.kantor.bench.ChatDeliveryBenchmark "${1:-200}" "${2:-60}" "${3:-20}"
