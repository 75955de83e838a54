#!/usr/bin/env bash
# Prints a development token (12 h) that the services of deploy/local/run.sh accept, signed with the local key in
# .local-data/keys. Production never trusts that key. Tokens carry an identity, not a role (ADR 25):
#   deploy/local/token.sh person <identity> [substantial|high]   a person (ID-porten); roles from the access register
#   deploy/local/token.sh administrator <county>                 staff in the county's administrators group
#   deploy/local/token.sh auditor <county>|'*'                   staff in the county's (or the national) auditors group
#   deploy/local/token.sh system <organisation number> [scope]   a system (Maskinporten), e.g. kompetansemidler:republication
# e.g. ADMIN=$(deploy/local/token.sh administrator innlandet)
#      curl -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' localhost:8081/access-register/innlandet/grants \
#        -d '{"holder": {"kind": "PERSON", "identity": "kari"}, "organisation": "Vang kommune",
#             "role": "NETWORK_REPRESENTATIVE", "networkIds": ["valdres"],
#             "validFrom": "2026-01-01", "validUntil": "2027-12-31", "reason": "Utpekt av nettverket"}'
#      KARI=$(deploy/local/token.sh person kari)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" token "$@"
