#!/usr/bin/env bash
# Runs one SQL statement against the PostgreSQL of deploy/local/run.sh and prints the rows (no psql needed).
#   deploy/local/sql.sh "SELECT payload_type, payload FROM event_store.domain_event_entry"
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" sql "$@"
