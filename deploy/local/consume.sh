#!/usr/bin/env bash
# Prints every record of a topic on the Kafka broker of deploy/local/run.sh (no Kafka CLI needed), then exits.
#   deploy/local/consume.sh [topic]     (default: kompetansemidler.grant-rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" consume "$@"
