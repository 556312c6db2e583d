#!/usr/bin/env bash
# Proxy transfer on the 13 real NAS-Bench-201 devices (issue 5's must-show), every device as the
# proxy once and the other 12 as targets:
#
#   - import ../shared/data/nb201 latency_ms.csv and accuracy.csv into a fresh project;
#   - `edgefront-cli transfer --space nb201 --proxy P --target <the other 12>` with budgets at
#     10 quantiles (0.1 .. 1.0) of each target's sampled latencies, the default recipe (60 + 10
#     target samples, 7-fold selection, known devices), --check-samples 15625 so that every
#     target's SRCC after adaptation is measured over all cells, and the exhaustive per-device
#     front (measured latency, published CIFAR-10 accuracy) as the regret reference;
#   - summary: adapted targets reaching SRCC >= 0.9 over all cells, regret per pick where the
#     proxy was reused (SRCC >= 0.9) and where it was adapted, target measurements used.
#
# Usage: scripts/nb201-transfer-report.sh [BUILD_DIR] [WORK_DIR] [-- extra transfer flags]
#   BUILD_DIR  default ./build;  WORK_DIR  default $BUILD_DIR/nb201-transfer
# Environment: EF_DATA (default ../shared/data next to the repository), EF_JOBS (2).
# Takes about 4 minutes on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
work=${2:-$build/nb201-transfer}
shift $(( $# > 2 ? 2 : $# ))
[[ ${1:-} == -- ]] && shift
data=${EF_DATA:-$here/../shared/data}
jobs=${EF_JOBS:-2}
cli=$build/app/edgefront-cli/edgefront-cli
[[ -x $cli ]] || { echo "no edgefront-cli in $build (build first)" >&2; exit 1; }
for f in nb201/latency_ms.csv nb201/accuracy.csv; do
    [[ -f $data/$f ]] || { echo "missing $data/$f (set EF_DATA)" >&2; exit 1; }
done

mkdir -p "$work"
project=$work/nb201.edgefront
rm -f "$project"
"$cli" import measurements "$data/nb201/latency_ms.csv" --space nb201 --project "$project" >/dev/null
"$cli" import measurements "$data/nb201/accuracy.csv" --space nb201 --project "$project" >/dev/null
devices=$(head -1 "$data/nb201/latency_ms.csv" | cut -d, -f3- | tr , ' ')

for proxy in $devices; do
    targets=$(tr ' ' '\n' <<<"$devices" | grep -vx "$proxy" | paste -sd,)
    "$cli" transfer --project "$project" --space nb201 --proxy "$proxy" --target "$targets" \
        --budget-quantiles 0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0 --check-samples 15625 --json "$@" \
        >"$work/$proxy.json" 2>"$work/$proxy.log" &
    while (( $(jobs -rp | wc -l) >= jobs )); do sleep 0.5; done
done
wait

python3 - "$work" <<'PY'
import glob, json, statistics, sys
work = sys.argv[1]
adapted = reached = without = violations = 0
reuse_picks, adapted_picks, reuse_samples, adapted_samples, misses, winners = [], [], [], [], [], {}
for path in sorted(glob.glob(work + "/*.json")):
    run = json.load(open(path))
    without += run["summary"]["budgets_without_design"]
    violations += run["summary"]["budget_violations"]
    for t in run["targets"]:
        regrets = [b["regret"] for b in t["budgets"] if b["regret"] is not None]
        if t["method"] == "reuse":
            reuse_picks += regrets
            reuse_samples.append(t["samples_used"])
            continue
        adapted += 1
        winners[t["winner"]] = winners.get(t["winner"], 0) + 1
        ok = t["srcc_after_check"] is not None and t["srcc_after_check"] >= 0.9
        reached += ok
        if not ok:
            misses.append(f'{run["proxy"]} -> {t["device"]} {t["srcc_after_check"]:.3f} ({t["winner"]})')
        adapted_picks += regrets
        adapted_samples.append(t["samples_used"])

def stats(v):
    return f"n {len(v)}, mean {statistics.mean(v):.3f}, median {statistics.median(v):.3f}, max {max(v):.3f}" if v else "none"

print(f"adapted targets reaching SRCC >= 0.9 over all 15,625 cells: {reached} of {adapted} ({100 * reached / max(adapted, 1):.1f} %)")
print(f"winning models: {winners}")
print(f"regret per pick (points), reused (SRCC >= 0.9): {stats(reuse_picks)}; share <= 0.3: "
      f"{sum(r <= 0.3 for r in reuse_picks) / max(len(reuse_picks), 1):.3f}")
print(f"regret per pick (points), adapted: {stats(adapted_picks)}")
print(f"target measurements per target, reused: {stats(reuse_samples)}; adapted: {stats(adapted_samples)}")
print(f"budgets without a design: {without}; picks over their budget: {violations}")
print("below 0.9: " + ("; ".join(misses) if misses else "none"))
PY
