#!/usr/bin/env bash
# Checks an image tar as Jib built it: the entrypoint starts the given Java main class with the JVM flags of the
# POM, as user 10001:10001 (non-root, numeric), exposing exactly the given ports, with the OCI labels; and that the
# main class and the JRE are in its layers. Exits non-zero on the first mismatch.
#   deploy/images/inspect.sh <image tar> <name> <main class> <port>...
set -euo pipefail
tar_file=$1; service=$2; main_class=$3; shift 3; ports=("$@")
fail() { echo "image $tar_file: $*" >&2; exit 1; }

manifest=$(tar -xOf "$tar_file" manifest.json)
config_name=$(jq -r '.[0].Config' <<<"$manifest")
config=$(tar -xOf "$tar_file" "$config_name")
[[ $(jq -r '.[0].RepoTags[0]' <<<"$manifest") == */$service:* ]] || fail "tagged $(jq -r '.[0].RepoTags' <<<"$manifest")"
[[ $(jq -r '.config.User' <<<"$config") == "10001:10001" ]] || fail "user $(jq -r '.config.User' <<<"$config")"
entrypoint=$(jq -r '.config.Entrypoint | join(" ")' <<<"$config")
[[ $entrypoint == "java -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -cp "* ]] \
  || fail "entrypoint $entrypoint"
[[ $entrypoint == *" $main_class" ]] || fail "main class in $entrypoint"
for exposed in "${ports[@]}"; do
  jq -e --arg p "$exposed/tcp" '.config.ExposedPorts | has($p)' <<<"$config" >/dev/null || fail "port $exposed not exposed"
done
[[ $(jq '.config.ExposedPorts | length' <<<"$config") == "${#ports[@]}" ]] || fail "exposes other ports too"
[[ $(jq -r '.config.Labels["org.opencontainers.image.title"]' <<<"$config") == "$service" ]] || fail "title label"
jq -e '.config.Labels["org.opencontainers.image.version"] | length > 0' <<<"$config" >/dev/null || fail "version label"
jq -e '.config.Env | any(startswith("JAVA_HOME="))' <<<"$config" >/dev/null || fail "no JAVA_HOME from the base"
layers=$(jq -r '.[0].Layers[]' <<<"$manifest")
[[ $(wc -l <<<"$layers") -ge 3 ]] || fail "expected the base and Jib's dependency, resource and class layers"
found_java=no; found_classes=no
for layer in $layers; do
  listing=$(tar -xOf "$tar_file" "$layer" | tar -tzf - 2>/dev/null || tar -xOf "$tar_file" "$layer" | tar -tf -)
  grep -q 'usr/lib/jvm/java-17-openjdk-amd64/bin/java$' <<<"$listing" && found_java=yes
  grep -q "^app/classes/${main_class//.//}.class$" <<<"$listing" && found_classes=yes
done
[[ $found_java == yes ]] || fail "no JRE in its layers"
[[ $found_classes == yes ]] || fail "no application classes in its layers"
echo "image $tar_file: $service, user 10001:10001, ports ${ports[*]}, entrypoint and labels as configured," \
  "$(wc -l <<<"$layers") layers"
