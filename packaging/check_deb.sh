#!/bin/sh
# Builds the Debian package in the build folder ($1) and checks what a user installs:
# the binaries, desktop integration, and dependencies (shlibdeps + the SQLite plugin).
set -eu
build=$1
src=$(cd "$(dirname "$0")" && pwd)
cd "$build"
rm -f edgefront_*.deb
cpack -G DEB >/dev/null
deb=$(ls edgefront_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
contents=$(dpkg-deb -c "$deb")
fail() { echo "check_deb: $*" >&2; exit 1; }
for dep in libqt6sql6-sqlite libqt6widgets6 libqt6core6 libstdc++6; do
    echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep: $depends"
done
for file in usr/bin/edgefront usr/bin/edgefront-cli \
            usr/share/applications/io.github.edgefront.EdgeFront.desktop \
            usr/share/metainfo/io.github.edgefront.EdgeFront.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.edgefront.EdgeFront.svg; do
    echo "$contents" | grep -q "\./$file\$" || fail "package lacks /$file"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$src/io.github.edgefront.EdgeFront.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$src/io.github.edgefront.EdgeFront.metainfo.xml" >/dev/null \
        || fail "metainfo does not validate"
fi
echo "check_deb: $deb ok; Depends: $depends"
