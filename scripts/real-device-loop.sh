#!/usr/bin/env bash
# This machine as a real device, end to end (issue 7's must-show):
#
#   1. export a measurement kit of the ofa-mbv3-w10 signature set + 100 sampled designs (seed 1)
#      and a held-out kit of 100 further designs (seed 2, no signature set);
#   2. run both with ONNX Runtime (onnxruntime-node, CPU, 1 thread, warm-up, repeats, rounds;
#      latency = median), under `nice -n $EF_NICE`, timed by $EF_CLOCK: `cpu` (the default here)
#      takes each run's process CPU time, so that other work on this machine (builds, other
#      users) hardly moves the figures; `wall` is the plain wall-clock latency of a quiet device;
#   3. import the first kit's results as the measured device $EF_DEVICE (features from its
#      signature measurements);
#   4. predict the held-out designs' latencies with what generalises:
#        a. calibrate: the analytic cost model fitted to the kit (edgefront-cli calibrate);
#        b. scalable: a scalable predictor trained on the virtual fleet, adapted to the device
#           with its signature features and the kit's samples (and, for reference, zero-shot
#           from the signature alone);
#        c. baseline: exp(a + b log MACs) fitted to the kit;
#   5. score each against the held-out measurements (edgefront-cli kit score): Spearman (SRCC),
#      median absolute percentage error (target: SRCC >= 0.9, median APE <= 15 %).
#
# Usage: scripts/real-device-loop.sh [BUILD_DIR] [WORK_DIR]
#   BUILD_DIR  default ./build (needs app/edgefront-cli/edgefront-cli)
#   WORK_DIR   default $BUILD_DIR/real-device-loop (kits, results, project, summary.md)
# Environment: EF_DEVICE (this-cpu), EF_THREADS (1), EF_WARMUP (10), EF_REPEATS (30),
#   EF_ROUNDS (3), EF_CLOCK (cpu), EF_NICE (0; negative values need root and keep parallel builds from
#   preempting the measurement), EF_SKIP_MEASURE (1: reuse results.csv files already there).
# onnxruntime-node is taken from tests/onnxruntime/node_modules (npm ci --ignore-scripts there)
# or installed into the kit folder with npm.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
work=$(mkdir -p "${2:-$build/real-device-loop}" && cd "${2:-$build/real-device-loop}" && pwd)
cli="$build/app/edgefront-cli/edgefront-cli"
device=${EF_DEVICE:-this-cpu}
threads=${EF_THREADS:-1}
warmup=${EF_WARMUP:-10}
repeats=${EF_REPEATS:-30}
rounds=${EF_ROUNDS:-3}
clock=${EF_CLOCK:-cpu}
nice_level=${EF_NICE:-0}
space=ofa-mbv3-w10

[ -x "$cli" ] || { echo "real-device-loop: $cli not found; build first" >&2; exit 1; }
command -v node >/dev/null || { echo "real-device-loop: node not found" >&2; exit 1; }
mkdir -p "$work"
project="$work/loop.edgefront"
log="$work/loop.log"
: > "$log"
say() { echo "$*" | tee -a "$log"; }

if [ "${EF_SKIP_MEASURE:-0}" != 1 ]; then
    rm -rf "$work/kit" "$work/heldout" "$project" "$project-wal" "$project-shm"
    "$cli" export kit --space "$space" --n 100 --seed 1 --out "$work/kit" 2>>"$log"
    "$cli" export kit --space "$space" --n 100 --seed 2 --no-signature --out "$work/heldout" 2>>"$log"

    if [ -d "$root/tests/onnxruntime/node_modules/onnxruntime-node" ]; then
        export NODE_PATH="$root/tests/onnxruntime/node_modules"
    else
        for k in kit heldout; do (cd "$work/$k" && npm install --ignore-scripts --no-audit --no-fund >/dev/null); done
    fi
    say "load before measuring: $(uptime)"
    measure_start=$SECONDS
    for k in kit heldout; do
        nice -n "$nice_level" node "$work/$k/run_kit.mjs" --device "$device" --threads "$threads" \
            --warmup "$warmup" --repeats "$repeats" --rounds "$rounds" --clock "$clock" --quiet
        say "load after measuring $k: $(uptime)"
    done
    say "measuring took $((SECONDS - measure_start)) s"
else
    rm -f "$project" "$project-wal" "$project-shm"
fi

# The scalable predictor learns from the virtual fleet only: train it before the device exists.
"$cli" predictor train --kind scalable --space "$space" --devices all --project "$project" \
    --out "$work/scalable.onnx" 2>>"$log"
"$cli" import kit-results "$work/kit/results.csv" --name "$device" --class desktop_cpu --project "$project" 2>&1 | tee -a "$log"

"$cli" calibrate --device "$device" --space "$space" --samples 100 --project "$project" --json > "$work/calibration.json"
"$cli" predictor adapt --predictor "$work/scalable.onnx" --device "$device" --samples 100 --project "$project" \
    --out "$work/adapted.onnx" 2>>"$log"
"$cli" predictor adapt --predictor "$work/scalable.onnx" --device "$device" --samples 0 --project "$project" \
    --out "$work/zeroshot.onnx" 2>>"$log"
"$cli" predictor train --kind macs --space "$space" --device "$device" --samples 110 --project "$project" \
    --out "$work/macs.onnx" 2>>"$log"

score() { # name, kit score options...
    local name=$1; shift
    "$cli" kit score "$work/heldout/results.csv" --project "$project" --json --out "$work/predicted-$name.csv" "$@" \
        > "$work/score-$name.json"
}
score calibrated --device "$device-calibrated"
score scalable-adapted --predictor "$work/adapted.onnx"
score scalable-zeroshot --predictor "$work/zeroshot.onnx"
score macs --predictor "$work/macs.onnx"

{
    echo "# Real-device loop: $space on this CPU"
    echo
    echo "Measured with $(node -e "const j=require('$work/kit/results.json');console.log(j.runtime+', '+j.threads+' thread(s), '+j.warmup+' warm-up + '+j.rounds+' rounds x '+j.repeats+' runs, median of '+(j.clock||'wall')+'-clock times, on '+j.host.cpu)")."
    echo "Kit: $(grep -c . "$work/kit/results.csv" | awk '{print $1-1}') models (signature + designs); held out: $(grep -c . "$work/heldout/results.csv" | awk '{print $1-1}') designs."
    echo
    echo "| Method | SRCC | Kendall | median APE | MAPE | within 10 % |"
    echo "|---|---:|---:|---:|---:|---:|"
    for name in calibrated scalable-adapted scalable-zeroshot macs; do
        node -e "const s=require('$work/score-$name.json');const p=v=>(100*v).toFixed(1)+' %';
console.log('| $name | '+s.spearman.toFixed(3)+' | '+s.kendall.toFixed(3)+' | '+p(s.median_ape)+' | '+p(s.mape)+' | '+p(s.within_10)+' |')"
    done
    echo
    grep -E '^(load|measuring)' "$log" || true
    echo "whole loop: $SECONDS s"
} > "$work/summary.md"
cat "$work/summary.md"
