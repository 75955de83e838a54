#!/usr/bin/env bash
# The performance harness: builds the services, starts the real stack (embedded PostgreSQL and Kafka, both services
# as processes), measures the raw limits of that PostgreSQL in the same run and then the services, and prints one
# table of figures and ratios; the same figures go to target/benchmark.json. About 10 minutes (--quick: 2).
#
#   deploy/benchmarks/run.sh [--quick] [--soak-seconds=300] [--poll-millis=1] [--out=target/benchmark.json]
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
echo "Building (tests skipped) ..."
./mvnw -q -B -DskipTests package

exec java -jar "deploy/benchmarks/target/benchmarks-${version}-exec.jar" \
  --command-service-jar="command-service/target/command-service-${version}-exec.jar" \
  --query-service-jar="query-service/target/query-service-${version}-exec.jar" \
  --logs=target/benchmark-logs "$@"
