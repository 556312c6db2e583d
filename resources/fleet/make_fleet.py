#!/usr/bin/env python3
"""Generates resources/fleet/builtin_fleet.json, EdgeFront's built-in fleet of virtual devices.

Each device class has a template of vendor-neutral specs within public ranges for that class
(peak multiply-accumulate throughput per precision, memory bandwidth, on-chip memory, cores,
clock, power) and cost-model parameters describing how such hardware behaves (per-op
efficiency, per-layer launch overhead, kernel-size efficiency, lane width, what happens to a
precision it lacks). Devices of a class are the template scaled by seeded variations, so a
class behaves alike while classes differ: that reproduces the structure real fleets show
(latency rankings agree within a class, often disagree across classes).

Sources for the ranges (order of magnitude, public datasheets and papers):
  - Phone big/little CPU cores: Arm Cortex-A76/A78/X1 and A55 (8/4 fp32 MAC per cycle per core
    with NEON FMA, 2x for fp16, 4x int8 with SDOT), 1.8-3.0 GHz, LPDDR4X/5 15-50 GB/s.
  - Phone GPUs: Adreno 6xx/7xx, Mali-G7x: 0.3-2 TFLOPS fp32, 2x fp16; delegates run int8 as fp16.
  - Phone DSP/NPU: Hexagon/APU-class, 2-30 TOPS int8; float falls back to the CPU.
  - Microcontrollers: Cortex-M7/M55 at 200-600 MHz, 0.2-8 GMAC/s int8 (CMSIS-NN / Helium),
    0.25-2 MB SRAM, external memory 0.1-0.5 GB/s.
  - Edge GPUs: Jetson Nano/Xavier NX/Orin-class, 0.24-5 TFLOPS fp32, tensor cores for fp16/int8.
  - Edge TPU-like: 4-8 TOPS int8 only, 8 MB on-chip parameter cache, USB/PCIe 0.5-4 GB/s.
  - Desktop CPUs: 6-16 cores AVX2/AVX-512 at 3-5 GHz, VNNI int8, DDR4/5 40-90 GB/s, big L3.
  - Desktop GPUs: 10-80 TFLOPS fp32, tensor cores (fp16 4x, int8 8x, int4 16x on some).
  - FPGA dataflow: DSP-slice int8/int4 arrays, 0.5-4 TOPS, 4-30 MB BRAM/URAM, DDR4 10-20 GB/s.
Energy per MAC follows Horowitz (ISSCC 2014, 45 nm: fp32 mult+add 4.6 pJ, int8 0.23 pJ),
scaled down for newer nodes; DRAM about 640 pJ per 32-bit word (160 pJ/byte).

Rerun: /usr/bin/python3 resources/fleet/make_fleet.py   (deterministic; random.Random(2026))
"""
import json
import os
import random

OPS = ["conv", "depthwise", "pointwise", "squeeze_excite", "activation", "pooling", "add", "linear"]

# Per class: template and variation. Units: peak in GMAC/s, bandwidth GB/s, memory KB, power W,
# overheads in microseconds.
CLASSES = {
    "phone_cpu_big": dict(
        label="Phone big-core CPU", names=["A", "B", "C", "D"],
        peak={"fp32": 60, "fp16": 120, "int8": 240}, bw=20, onchip=2048, cores=4, clock=2600,
        idle=0.4, active=3.5,
        eff=dict(conv=0.55, depthwise=0.22, pointwise=0.65, squeeze_excite=0.05, activation=0.5,
                 pooling=0.4, add=0.5, linear=0.5),
        overhead=dict(conv=8, depthwise=6, pointwise=6, squeeze_excite=15, activation=2, pooling=4, add=2, linear=6),
        kernel=[1.0, 1.0, 0.85, 0.7], align=4, elementwise=0.5, sharp=3.0,
        fallback={"int4": {"run_as": "int8", "penalty": 1.35}},
        energy={"fp32": 2.0, "fp16": 0.8, "int8": 0.15, "int4": 0.1}, share=0.5, noise=0.03),
    "phone_cpu_little": dict(
        label="Phone little-core CPU", names=["A", "B", "C"],
        peak={"fp32": 14, "fp16": 28, "int8": 56}, bw=10, onchip=512, cores=4, clock=1800,
        idle=0.15, active=1.0,
        eff=dict(conv=0.5, depthwise=0.18, pointwise=0.6, squeeze_excite=0.05, activation=0.5,
                 pooling=0.4, add=0.5, linear=0.5),
        overhead=dict(conv=15, depthwise=12, pointwise=12, squeeze_excite=30, activation=4, pooling=8, add=4, linear=12),
        kernel=[1.0, 1.0, 0.8, 0.65], align=4, elementwise=0.6, sharp=3.0,
        fallback={"int4": {"run_as": "int8", "penalty": 1.5}},
        energy={"fp32": 1.2, "fp16": 0.5, "int8": 0.1, "int4": 0.08}, share=0.5, noise=0.03),
    "phone_gpu": dict(
        label="Phone GPU", names=["A", "B", "C", "D"],
        peak={"fp32": 400, "fp16": 800}, bw=25, onchip=1024, cores=6, clock=800,
        idle=0.5, active=4.0,
        eff=dict(conv=0.35, depthwise=0.12, pointwise=0.4, squeeze_excite=0.02, activation=0.3,
                 pooling=0.2, add=0.3, linear=0.2),
        overhead=dict(conv=70, depthwise=70, pointwise=60, squeeze_excite=160, activation=25, pooling=45, add=30, linear=60),
        kernel=[1.0, 1.0, 0.95, 0.9], align=4, elementwise=1.0, sharp=2.0,
        fallback={"int8": {"run_as": "fp16", "penalty": 1.15}, "int4": {"run_as": "fp16", "penalty": 1.3}},
        energy={"fp32": 1.0, "fp16": 0.45, "int8": 0.45, "int4": 0.45}, share=0.3, noise=0.04),
    "phone_npu": dict(
        label="Phone DSP/NPU", names=["A", "B", "C", "D"],
        peak={"fp16": 250, "int8": 2500}, bw=30, onchip=4096, cores=1, clock=1000,
        idle=0.2, active=2.0,
        eff=dict(conv=0.5, depthwise=0.3, pointwise=0.55, squeeze_excite=0.01, activation=0.5,
                 pooling=0.3, add=0.4, linear=0.2),
        overhead=dict(conv=25, depthwise=25, pointwise=20, squeeze_excite=400, activation=8, pooling=15, add=10, linear=30),
        kernel=[1.0, 1.0, 0.7, 0.5], align=32, elementwise=1.0, sharp=6.0,
        fallback={"fp32": {"run_as": "fp16", "penalty": 6.0}, "int4": {"run_as": "int8", "penalty": 1.0}},
        energy={"fp32": 0.5, "fp16": 0.4, "int8": 0.05, "int4": 0.04}, share=0.7, noise=0.02),
    "mcu": dict(
        label="Microcontroller", names=["A", "B", "C"],
        peak={"fp32": 0.25, "int8": 1.2}, bw=0.2, onchip=1024, cores=1, clock=480,
        idle=0.05, active=0.25,
        eff=dict(conv=0.6, depthwise=0.5, pointwise=0.7, squeeze_excite=0.4, activation=0.8,
                 pooling=0.7, add=0.8, linear=0.6),
        overhead=dict(conv=20, depthwise=20, pointwise=20, squeeze_excite=40, activation=5, pooling=10, add=5, linear=20),
        kernel=[1.0, 1.0, 0.95, 0.9], align=4, elementwise=0.5, sharp=1.5,
        fallback={"fp16": {"run_as": "fp32", "penalty": 1.2}, "int4": {"run_as": "int8", "penalty": 1.6}},
        energy={"fp32": 8.0, "fp16": 5.0, "int8": 2.0, "int4": 1.8}, share=0.6, noise=0.01),
    "edge_gpu": dict(
        label="Edge GPU", names=["A", "B", "C"],
        peak={"fp32": 600, "fp16": 2400, "int8": 4800}, bw=60, onchip=4096, cores=8, clock=1100,
        idle=2.0, active=15.0,
        eff=dict(conv=0.25, depthwise=0.06, pointwise=0.3, squeeze_excite=0.02, activation=0.2,
                 pooling=0.15, add=0.2, linear=0.1),
        overhead=dict(conv=30, depthwise=30, pointwise=25, squeeze_excite=60, activation=10, pooling=20, add=12, linear=25),
        kernel=[1.0, 1.0, 1.0, 0.95], align=8, elementwise=1.0, sharp=2.0,
        fallback={"int4": {"run_as": "int8", "penalty": 1.1}},
        energy={"fp32": 1.0, "fp16": 0.35, "int8": 0.12, "int4": 0.1}, share=0.4, noise=0.03),
    "edge_tpu": dict(
        label="Edge TPU-like accelerator", names=["A", "B", "C"],
        peak={"int8": 2000}, bw=1.5, onchip=8192, cores=1, clock=500,
        idle=0.4, active=2.0,
        eff=dict(conv=0.4, depthwise=0.08, pointwise=0.5, squeeze_excite=0.01, activation=0.6,
                 pooling=0.3, add=0.5, linear=0.2),
        overhead=dict(conv=5, depthwise=5, pointwise=4, squeeze_excite=250, activation=2, pooling=3, add=2, linear=8),
        kernel=[1.0, 1.0, 0.6, 0.35], align=64, elementwise=1.0, sharp=6.0,
        fallback={"fp32": {"run_as": "int8", "penalty": 40.0}, "fp16": {"run_as": "int8", "penalty": 30.0},
                  "int4": {"run_as": "int8", "penalty": 1.0}},
        energy={"fp32": 2.0, "fp16": 2.0, "int8": 0.03, "int4": 0.03}, share=0.9, noise=0.015),
    "desktop_cpu": dict(
        label="Desktop CPU", names=["A", "B", "C"],
        peak={"fp32": 700, "int8": 2800}, bw=60, onchip=32768, cores=12, clock=4200,
        idle=15.0, active=120.0,
        eff=dict(conv=0.3, depthwise=0.08, pointwise=0.35, squeeze_excite=0.05, activation=0.3,
                 pooling=0.3, add=0.3, linear=0.3),
        overhead=dict(conv=6, depthwise=5, pointwise=5, squeeze_excite=10, activation=2, pooling=3, add=2, linear=5),
        kernel=[1.0, 1.0, 0.9, 0.8], align=8, elementwise=0.25, sharp=3.0,
        fallback={"fp16": {"run_as": "fp32", "penalty": 1.15}, "int4": {"run_as": "int8", "penalty": 1.25}},
        energy={"fp32": 1.5, "fp16": 1.5, "int8": 0.2, "int4": 0.2}, share=0.5, noise=0.03),
    "desktop_gpu": dict(
        label="Desktop GPU", names=["A", "B", "C"],
        peak={"fp32": 15000, "fp16": 60000, "int8": 120000, "int4": 240000}, bw=600, onchip=6144, cores=60, clock=1800,
        idle=20.0, active=250.0,
        eff=dict(conv=0.08, depthwise=0.015, pointwise=0.1, squeeze_excite=0.005, activation=0.05,
                 pooling=0.05, add=0.05, linear=0.02),
        overhead=dict(conv=12, depthwise=10, pointwise=10, squeeze_excite=20, activation=6, pooling=8, add=6, linear=10),
        kernel=[1.0, 1.0, 1.0, 1.0], align=32, elementwise=1.0, sharp=2.0,
        fallback={},
        energy={"fp32": 0.8, "fp16": 0.25, "int8": 0.1, "int4": 0.06}, share=0.3, noise=0.03),
    "fpga": dict(
        label="FPGA dataflow accelerator", names=["A", "B", "C"],
        peak={"fp16": 60, "int8": 1000, "int4": 2000}, bw=12, onchip=16384, cores=1, clock=300,
        idle=3.0, active=12.0,
        eff=dict(conv=0.8, depthwise=0.5, pointwise=0.85, squeeze_excite=0.1, activation=0.9,
                 pooling=0.7, add=0.9, linear=0.5),
        overhead=dict(conv=1, depthwise=1, pointwise=1, squeeze_excite=5, activation=0.2, pooling=0.5, add=0.2, linear=2),
        kernel=[1.0, 1.0, 0.45, 0.25], align=16, elementwise=0.2, sharp=8.0,
        fallback={"fp32": {"run_as": "fp16", "penalty": 3.0}},
        energy={"fp32": 3.0, "fp16": 1.0, "int8": 0.06, "int4": 0.03}, share=0.8, noise=0.005),
}


def vary(rng, value, spread):
    """value scaled by a log-uniform factor in [1/(1+spread), 1+spread]."""
    lo, hi = 1.0 / (1.0 + spread), 1.0 + spread
    return value * (lo * (hi / lo) ** rng.random())


def round_sig(x, digits=3):
    return float(f"{x:.{digits}g}")


def device(cls, tmpl, letter, rng):
    scale = vary(rng, 1.0, 0.8)          # faster or slower part of the class
    bw_scale = vary(rng, scale, 0.3)
    ovh_scale = vary(rng, 1.0, 0.4)
    ovh_jitter = {op: vary(rng, 1.0, 0.3) for op in OPS}
    eff_jitter = {op: vary(rng, 1.0, 0.2) for op in OPS}
    peak = {p: round_sig(v * scale) for p, v in tmpl["peak"].items()}
    return {
        "format": "edgefront-device",
        "version": 1,
        "id": f"{cls.replace('_', '-')}-{letter.lower()}",
        "name": f"{tmpl['label']} {letter}",
        "class": cls,
        "description": f"Built-in virtual {tmpl['label'].lower()}; specs within the public range of its class.",
        "provenance": "virtual",
        "specs": {
            "peak_gmacs": peak,
            "memory_bandwidth_gbs": round_sig(tmpl["bw"] * bw_scale),
            "on_chip_memory_kb": round_sig(vary(rng, tmpl["onchip"], 0.5)),
            "cores": tmpl["cores"],
            "clock_mhz": round_sig(tmpl["clock"] * scale ** 0.3),
            "idle_power_w": round_sig(tmpl["idle"] * scale ** 0.5),
            "active_power_w": round_sig(tmpl["active"] * scale ** 0.7),
        },
        "precisions": sorted(peak, key=["fp32", "fp16", "int8", "int4"].index),
        "cost_model": {
            "efficiency": {op: round_sig(min(1.0, tmpl["eff"][op] * eff_jitter[op])) for op in OPS},
            "launch_overhead_us": {op: round_sig(tmpl["overhead"][op] * ovh_scale * ovh_jitter[op]) for op in OPS},
            "kernel_efficiency": {str(k): e for k, e in zip([1, 3, 5, 7], tmpl["kernel"])},
            "channel_alignment": tmpl["align"],
            "elementwise_macs_per_element": tmpl["elementwise"],
            "roofline_sharpness": tmpl["sharp"],
            "fallback": tmpl["fallback"],
            "energy_per_mac_pj": tmpl["energy"],
            "dram_energy_per_byte_pj": 160.0,
            "on_chip_activation_share": tmpl["share"],
            "batch": 1,
            "noise_cv": tmpl["noise"],
            "fixed_overhead_ms": 0.0,
        },
    }


def main():
    rng = random.Random(2026)
    devices = []
    for cls, tmpl in CLASSES.items():
        for letter in tmpl["names"]:
            devices.append(device(cls, tmpl, letter, rng))
    out = {"format": "edgefront-fleet", "version": 1,
           "generator": "resources/fleet/make_fleet.py", "devices": devices}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "builtin_fleet.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {len(devices)} devices in {len(CLASSES)} classes to {path}")


if __name__ == "__main__":
    main()
