#!/usr/bin/env bash
# Builds the Sightline installer from the libraries gathered in TARGET/input.
#   jpackage.sh TARGET TYPE VERSION      TYPE: app-image (default) or deb (needs fakeroot and dpkg-dev)
set -euo pipefail
target="$1"; type="${2:-app-image}"; version="${3:-0.1.0}"
jdk="${JAVA_HOME:?JAVA_HOME must point at a JDK 21 or newer}"
here="$(cd "$(dirname "$0")" && pwd)"
input="$target/input"
main_jar="$(cd "$input" && ls sightline-app-*.jar | head -1)"
rm -rf "$target/installer" "$target/runtime"

# The runtime is the building JDK's: on 24 and newer, allow what JavaFX, XGBoost and protobuf use without warnings.
major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
extra_options=()
if [ "${major:-21}" -ge 24 ]; then
  extra_options=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi

# A runtime with just the JDK modules the console needs (JavaFX stays on the class path).
"$jdk/bin/jlink" --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.jfr,jdk.management \
  --strip-debug --no-header-files --no-man-pages --output "$target/runtime"

"$jdk/bin/jpackage" --type "$type" --dest "$target/installer" --name Sightline --app-version "$version" \
  --vendor "Sightline" --description "MLOps operations console" \
  --input "$input" --main-jar "$main_jar" --main-class io.sightline.app.Launcher \
  --runtime-image "$target/runtime" \
  --icon "$here/sightline.png" \
  --java-options "-Xmx4g" --java-options "--enable-native-access=ALL-UNNAMED" "${extra_options[@]}" \
  $( [ "$type" = "deb" ] && echo "--linux-shortcut --linux-menu-group Development" )
echo "Installer written to $target/installer"
