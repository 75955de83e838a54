#!/usr/bin/env bash
# What an example notification service would send for the notices on the topic of deploy/local/run.sh: each notice
# to the organisations the county's register names, once per notice (records are delivered at least once).
#   deploy/local/notices.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" notices
