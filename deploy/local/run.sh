#!/usr/bin/env bash
# Runs the whole system on this machine: a real PostgreSQL and a real Kafka broker (from Maven artifacts, no
# Docker), command-service and query-service. Data survives restarts in .local-data/; --clean starts from scratch;
# --rebuild rebuilds every query view from the event store. Ctrl-C stops everything.
#
#   deploy/local/run.sh [--clean] [--rebuild]
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
echo "Building (tests skipped; run ./mvnw verify for those) ..."
./mvnw -q -B -DskipTests package

exec java -jar "deploy/local/target/local-system-${version}-exec.jar" start "$@" \
  --command-service-jar="command-service/target/command-service-${version}-exec.jar" \
  --query-service-jar="query-service/target/query-service-${version}-exec.jar"
