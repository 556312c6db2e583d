#!/usr/bin/env python3
"""EdgeFront measurement kit runner for Python and ONNX Runtime (pip onnxruntime, numpy).

Measures the latency of every model of the kit (manifest.json next to this script, or
--kit DIR) and writes results.csv in EdgeFront's long measurement format, which
`edgefront-cli import kit-results results.csv --name NAME` turns into a measured device:

    id,device,<the space's architecture columns>,latency_ms

plus results.json with the details (runtime, threads, host, per-model statistics).

    python3 -m pip install onnxruntime numpy      (once)
    python3 run_kit.py --device my-phone [--threads 1] [--warmup 10] [--repeats 50] [--rounds 3]
                       [--clock wall|cpu] [--out results.csv] [--only ID,ID,...] [--kit DIR] [--check]
                       [--provider CPUExecutionProvider]

Method (the same as run_kit.mjs): per round, every model gets a fresh session (sequential
execution, all graph optimisations, --threads intra-op threads), --warmup untimed runs, then
--repeats timed runs of one fixed random input; latency_ms is the median of all timed runs over
all rounds. Rounds alternate the model order (forward, backward, ...). Times are wall-clock
around session.run(); --clock cpu takes the process's CPU time instead (time.process_time_ns):
with --threads 1 that is the inference's time on a core of its own, excluding the time the OS
gives other processes, so a shared machine measures (almost) as if it were quiet. Both medians
are in results.json. Every model's output must have the manifest's shape [1, classes]; --check
also fails on non-finite outputs. Exit codes: 0 success, 1 error (one line on stderr), 2
onnxruntime or numpy cannot be imported.
"""

import argparse
import csv
import datetime
import io
import json
import os
import platform
import re
import sys
import time


def fail(message, code=1):
    sys.stderr.write("run_kit.py: %s\n" % message)
    sys.exit(code)


def parse_args(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description="Measure an EdgeFront kit with ONNX Runtime.")
    p.add_argument("--kit", default=here, help="kit folder (default: this script's folder)")
    p.add_argument("--device", required=True, help="device name written to the device column")
    p.add_argument("--threads", type=int, default=1, help="intra-op threads (default 1)")
    p.add_argument("--warmup", type=int, default=10, help="untimed runs per model and round (default 10)")
    p.add_argument("--repeats", type=int, default=50, help="timed runs per model and round (default 50)")
    p.add_argument("--rounds", type=int, default=3, help="rounds over all models (default 3)")
    p.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                   help="wall-clock time (default) or process CPU time per run")
    p.add_argument("--out", default="", help="results CSV (default: KIT/results.csv)")
    p.add_argument("--only", default="", help="comma-separated model ids")
    p.add_argument("--check", action="store_true", help="also fail on non-finite outputs")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--provider", default="CPUExecutionProvider", help="ONNX Runtime execution provider")
    a = p.parse_args(argv)
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", a.device):
        fail("--device: 1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit")
    if a.threads < 1 or a.warmup < 0 or a.repeats < 1 or a.rounds < 1:
        fail("--threads, --repeats and --rounds must be >= 1 and --warmup >= 0")
    if not a.out:
        a.out = os.path.join(a.kit, "results.csv")
    return a


def read_manifest(kit):
    path = os.path.join(kit, "manifest.json")
    if not os.path.exists(path):
        fail("%s: no kit manifest here (use --kit DIR)" % path)
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except ValueError as e:
        fail("%s: %s" % (path, e))
    if manifest.get("format") != "edgefront-kit" or manifest.get("version") != 1:
        fail('%s: not an EdgeFront kit manifest (format "edgefront-kit", version 1)' % path)
    if not isinstance(manifest.get("models"), list) or not isinstance(manifest.get("arch_columns"), list):
        fail('%s: "models" and "arch_columns" must be lists' % path)
    return manifest


def input_data(np, shape):
    """The same fixed pseudo-random input in [-1, 1) as run_kit.mjs (a 32-bit LCG)."""
    count = 1
    for d in shape:
        count *= d
    data = np.empty(count, dtype=np.float32)
    state = 12345
    for i in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        data[i] = state / 2147483648.0 - 1.0
    return data.reshape(shape)


def quantile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    pos = (len(sorted_values) - 1) * q
    lo, hi = int(pos // 1), int(-(-pos // 1))
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def write_atomically(path, text):
    tmp = "%s.tmp-%d" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    a = parse_args(argv)
    manifest = read_manifest(a.kit)
    models = manifest["models"]
    if a.only:
        wanted = [s for s in a.only.split(",") if s]
        unknown = [s for s in wanted if not any(m["id"] == s for m in models)]
        if unknown:
            fail("--only: no model %s in the kit" % ", ".join(unknown))
        models = [m for m in models if m["id"] in wanted]
    if not models:
        fail("the kit has no models")
    try:
        import numpy as np
        import onnxruntime as ort
    except ImportError as e:
        fail("cannot import %s; python3 -m pip install onnxruntime numpy" % e.name, 2)

    so = ort.SessionOptions()
    so.intra_op_num_threads = a.threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.log_severity_level = 3

    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = list(os.getloadavg()) if hasattr(os, "getloadavg") else []
    samples = {m["id"]: [] for m in models}
    other_clock_samples = {m["id"]: [] for m in models}
    round_medians = {m["id"]: [] for m in models}
    outputs = {}
    failures = []
    inputs = {}
    for rnd in range(a.rounds):
        order = models if rnd % 2 == 0 else list(reversed(models))
        for i, m in enumerate(order):
            path = os.path.join(a.kit, m["file"])
            try:
                session = ort.InferenceSession(path, so, providers=[a.provider])
            except Exception as e:  # ONNX Runtime raises its own exception types
                fail("%s: ONNX Runtime cannot load it: %s" % (m["file"], " ".join(str(e).split())))
            shape = tuple(m["input_shape"])
            if shape not in inputs:
                inputs[shape] = input_data(np, shape)
            feeds = {session.get_inputs()[0].name: inputs[shape]}
            try:
                for _ in range(a.warmup):
                    session.run(None, feeds)
                wall_times, cpu_times = [], []
                for r in range(a.repeats):
                    c0 = time.process_time_ns()
                    t0 = time.perf_counter_ns()
                    result = session.run(None, feeds)
                    t1 = time.perf_counter_ns()
                    c1 = time.process_time_ns()
                    wall_times.append((t1 - t0) / 1e6)
                    cpu_times.append((c1 - c0) / 1e6)
                    if rnd == 0 and r == 0:
                        out = result[0]
                        dims = [int(d) for d in out.shape]
                        finite = bool(np.isfinite(out).all())
                        outputs[m["id"]] = (dims, finite)
                        if dims != list(m["output_shape"]):
                            failures.append("%s: output shape %s is not %s" % (m["id"], dims, m["output_shape"]))
                        elif not finite and a.check:
                            failures.append("%s: the output has non-finite values" % m["id"])
            except Exception as e:
                fail("%s: ONNX Runtime fails to run it: %s" % (m["file"], " ".join(str(e).split())))
            times, other = (cpu_times, wall_times) if a.clock == "cpu" else (wall_times, cpu_times)
            samples[m["id"]].extend(times)
            other_clock_samples[m["id"]].extend(other)
            med = quantile(sorted(times), 0.5)
            round_medians[m["id"]].append(med)
            if not a.quiet:
                sys.stderr.write("[%d/%d] %4d/%d %s: %.3f ms\n" % (rnd + 1, a.rounds, i + 1, len(order), m["id"], med))
            del session
    if failures:
        fail("; ".join(failures))

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["id", "device"] + manifest["arch_columns"] + ["latency_ms"])
    details = []
    for m in models:
        s = sorted(samples[m["id"]])
        med = quantile(s, 0.5)
        writer.writerow([m["id"], a.device] + [m["columns"][c] for c in manifest["arch_columns"]] + ["%.6g" % med])
        dims, finite = outputs.get(m["id"], (None, None))
        details.append({
            "id": m["id"], "role": m.get("role"), "macs": m.get("macs"),
            "median_ms": med, "mean_ms": sum(s) / len(s), "min_ms": s[0],
            ("wall_median_ms" if a.clock == "cpu" else "cpu_median_ms"):
                quantile(sorted(other_clock_samples[m["id"]]), 0.5),
            "p10_ms": quantile(s, 0.1), "p90_ms": quantile(s, 0.9), "max_ms": s[-1],
            "samples": len(s), "round_medians_ms": round_medians[m["id"]],
            "output_shape": dims, "output_finite": finite,
        })
    write_atomically(a.out, text.getvalue())
    report = {
        "format": "edgefront-kit-results", "version": 1,
        "device": a.device, "space": manifest.get("space"),
        "runner": "run_kit.py",
        "runtime": "onnxruntime %s (python)" % ort.__version__,
        "execution_provider": a.provider,
        "threads": a.threads, "warmup": a.warmup, "repeats": a.repeats, "rounds": a.rounds,
        "statistic": "median", "clock": a.clock,
        "host": {
            "cpu": platform.processor() or platform.machine(),
            "logical_cpus": os.cpu_count(),
            "platform": "%s %s" % (platform.system(), platform.release()),
            "arch": platform.machine(),
            "python": platform.python_version(),
            "load_average_start": load_start,
            "load_average_end": list(os.getloadavg()) if hasattr(os, "getloadavg") else [],
        },
        "started": started.isoformat(),
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "models": details,
    }
    json_path = re.sub(r"\.csv$", "", a.out, flags=re.IGNORECASE) + ".json"
    write_atomically(json_path, json.dumps(report, indent=2) + "\n")
    if not a.quiet:
        sys.stderr.write("wrote %s (%d models) and %s\n" % (a.out, len(models), json_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
