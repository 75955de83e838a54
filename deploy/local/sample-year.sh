#!/usr/bin/env bash
# Drives a complete Innlandet round through the public HTTP API of the system that deploy/local/run.sh started
# (run it in another terminal): plan, frame, template, needs reports, the deadline, the engine's proposal, forum
# input, decision, a reallocation, reports, closing. Then prints where to look.
#   deploy/local/sample-year.sh [budget year] [--years=N]   (default 2027, or the current year on the services'
#                                                          clock once 2027 has passed; one year; each year once per data directory;
#                                                          with --years the next years too, their tranches granted and paid)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
exec java -jar "deploy/local/target/local-system-${version}-exec.jar" sample-year "$@"
