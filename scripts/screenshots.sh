#!/bin/sh
# Renders the workbench's main views at 1600x1000 into docs/screenshots/, offscreen and with a
# temporary home (so the user's settings and projects stay out of it, and every run starts
# from the built-in default project).
#
#   scripts/screenshots.sh [BUILD_DIR]        (default: build)
#
# Views: explorer, compare, inspector, run-dialog (`edgefront --screenshot FILE --size WxH
# --view NAME`; see MainWindow::showView for what each shows: the explorer with every dock,
# the compare view alone, the inspector floating). The run dialog's view runs a
# small proxy transfer first, so the script takes about half a minute. A view this build does
# not know makes edgefront exit with status 3; it is skipped with a message.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
app=$build/app/edgefront/edgefront
out=$root/docs/screenshots
size=1600x1000

if [ ! -x "$app" ]; then
    echo "screenshots.sh: $app not found; build first (cmake --build $build)" >&2
    exit 1
fi
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
# English texts and number formats whatever the machine's locale (Qt reads these itself).
export LANG=en_US.UTF-8 LANGUAGE=en
unset LC_ALL

for view in explorer compare inspector run-dialog; do
    status=0
    "$app" --screenshot "$out/$view.png" --size "$size" --view "$view" || status=$?
    case $status in
        0) echo "wrote docs/screenshots/$view.png" ;;
        3) echo "skipped $view: this build's window does not offer it yet" ;;
        *) echo "screenshots.sh: $view failed (exit status $status)" >&2
           exit 1 ;;
    esac
done
