#!/usr/bin/env bash
# Builds the services' base image from Debian's packages, with no registry and no Docker daemon: a Debian 12 root
# filesystem with OpenJDK 17's headless JRE and CA certificates (mmdebstrap), a non-root user 10001 "app", packed as a
# docker-archive that Jib takes as tar://<file>.
#   deploy/images/base-image.sh [output tar]   (default target/images/base-jre17.tar; needs root for mmdebstrap)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/images/base-jre17.tar}
suite=bookworm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v mmdebstrap >/dev/null 2>&1; then
  echo "installing mmdebstrap from Debian's packages"
  apt-get update -qq && apt-get install -y -qq mmdebstrap >/dev/null
fi
# the image's files carry one fixed time, so the same packages give the same layer
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-0}
mmdebstrap --quiet --mode=root --variant=apt --include=openjdk-17-jre-headless,ca-certificates \
  --customize-hook='chroot "$1" useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/usr/share/doc/* "$1"/usr/share/man/* "$1"/usr/share/locale/* "$1"/var/log/*' \
  "$suite" "$work/rootfs.tar"

diff_id=$(sha256sum "$work/rootfs.tar" | cut -d' ' -f1)
mkdir -p "$work/archive/$diff_id"
mv "$work/rootfs.tar" "$work/archive/$diff_id/layer.tar"
jq -n --arg diff "sha256:$diff_id" --arg suite "$suite" '{
  architecture: "amd64", os: "linux", created: "1970-01-01T00:00:00Z",
  config: {
    Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
    User: "10001:10001",
    Labels: {"org.opencontainers.image.base.name": ("debian:" + $suite),
             "org.opencontainers.image.description": "Debian \($suite) with OpenJDK 17 JRE (headless), from Debian packages"}
  },
  rootfs: {type: "layers", diff_ids: [$diff]},
  history: [{created: "1970-01-01T00:00:00Z", created_by: "mmdebstrap \($suite) openjdk-17-jre-headless ca-certificates"}]
}' > "$work/archive/config.json"
config_id=$(sha256sum "$work/archive/config.json" | cut -d' ' -f1)
mv "$work/archive/config.json" "$work/archive/$config_id.json"
jq -n --arg config "$config_id.json" --arg layer "$diff_id/layer.tar" \
  '[{Config: $config, RepoTags: ["kompetansemidler/base-jre17:bookworm"], Layers: [$layer]}]' \
  > "$work/archive/manifest.json"
mkdir -p "$(dirname "$out")"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/archive" -cf "$out" \
  manifest.json "$config_id.json" "$diff_id/layer.tar"
echo "base image: $out ($(du -h "$out" | cut -f1), layer sha256:$diff_id)"
