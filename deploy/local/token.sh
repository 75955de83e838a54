#!/usr/bin/env bash
# Prints a development token (12 h) that the services of deploy/local/run.sh accept, signed with the local key in
# .local-data/keys. Production never trusts that key.
#   deploy/local/token.sh <role> <county> [network ...]
#   roles: administrator, forum-member, network-representative, university-partner, auditor
#   e.g.   TOKEN=$(deploy/local/token.sh administrator innlandet)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" token "$@"
