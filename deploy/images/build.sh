#!/usr/bin/env bash
# Builds both services' images and the development identity provider's (for deploy/compose) as tar files, without a
# registry or a Docker daemon, and inspects them:
#   deploy/images/build.sh
# The base image is built from Debian's packages first (base-image.sh) unless target/images/base-jre17.tar exists.
# The tars are command-service/target/jib-image.tar, query-service/target/jib-image.tar and
# deploy/identity-provider/target/jib-image.tar (docker load -i, or
# skopeo copy docker-archive:... to a registry). With a registry: ./mvnw -pl command-service,query-service -am
# package jib:build -DskipTests -Dimage.repository=<registry>/<path> -Dimage.tag=<tag>.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=target/images/base-jre17.tar
[[ -f $base ]] || deploy/images/base-image.sh "$base"
./mvnw -B -ntp -q -pl command-service,query-service,deploy/identity-provider -am package jib:buildTar -DskipTests \
  "-Dimage.base=tar://$PWD/$base" "-Dimage.base.name=debian:bookworm with openjdk-17-jre-headless" "-Dimage.revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)"
deploy/images/inspect.sh command-service/target/jib-image.tar command-service \
  no.kompetansemidler.command.CommandServiceApplication 8081 9090
deploy/images/inspect.sh query-service/target/jib-image.tar query-service \
  no.kompetansemidler.query.QueryServiceApplication 8082 9090
deploy/images/inspect.sh deploy/identity-provider/target/jib-image.tar identity-provider \
  no.kompetansemidler.local.DevelopmentIdentityProvider 18080
