#!/usr/bin/python3
"""Independent reference for EdgeFront's LatencyLookupTable (Samsung Note10 LUTs).

Re-implements Once-for-All's per-operator latency lookup for the w1.2
MobileNetV3 supernet and writes note10_lut_reference.csv next to this script.

Source followed (read, not copied; the code below is our own):
  mit-han-lab/once-for-all
    * ofa/nas/efficiency_predictor/latency_lookup_table.py:
      MBv3LatencyTable.query / predict_network_latency_given_config
    * ofa/tutorial/latency_table.py: LatencyEstimator.
      predict_network_latency_given_spec and LatencyTable.predict_efficiency
      (one YAML table per resolution, looked up by spec["r"] directly: there is
      no interpolation between table sizes, any other r is a KeyError).

The rule: latency = sum of the `mean` (ms) of these keys, added in this order:
  Conv-input:RxRx3-output:FxFx24                      F = (R + 1) // 2
  expanded_conv-input:FxFx24-output:FxFx24-expand:24-kernel:3-stride:1-idskip:1-se:0-hs:0
                                                      (the fixed first block)
  for each active block (slot s*4+b with b < d[s]):
    expanded_conv-input:FxFxIN-output:OxOxOUT-expand:MID-kernel:K-stride:S-idskip:I-se:E-hs:H
      S   = stage stride for b == 0, else 1;  O = int((F - 1) / S + 1)
      MID = round(IN * e)  (OFA's make_divisible(., 8) leaves it unchanged for
            the w1.2 widths, asserted below)
      I   = 1 when S == 1 and IN == OUT, else 0;  E, H: stage has SE / h_swish
  Conv_1-input:FxFx192-output:FxFx1152
  AvgPool2D-input:FxFx1152-output:1x1x1152
  Conv_2-input:1x1x1152-output:1x1x1536
  Logits-input:1x1x1536-output:1000

Rows: 200 random subnets (random.Random(20240611); ks from {3,5,7}, e from
{3,4,6} for all 20 slots, d from {2,3,4}, r from {160,176,192,208,224};
inactive slots keep their random values), then the published Once-for-All
specialized Note10 w1.2 nets whose resolution has a table (only
note10_lat-30ms_top1-78.4_finetune-75, r = 224; its inactive slots are 0 as in
its net.config; the 41/50/64 ms nets use r = 220/220/260, which have no table).

Columns: ks,e,d,r,latency_ms (ks/e/d '-'-joined; latency printed with repr(),
i.e. enough digits to round-trip the double).

Rerun (no arguments; needs only PyYAML and the shared data folder):
  /usr/bin/python3 tests/data/make_note10_reference.py
The LUT folder is ../../../shared/data/ofa/note10_lut relative to this script,
or $EDGEFRONT_SHARED_DATA/ofa/note10_lut.
"""
import csv
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get(
    "EDGEFRONT_SHARED_DATA", os.path.join(HERE, "..", "..", "..", "shared", "data")
)
LUT_DIR = os.path.join(SHARED, "ofa", "note10_lut")
OUT = os.path.join(HERE, "note10_lut_reference.csv")

RESOLUTIONS = (160, 176, 192, 208, 224)

# w1.2 supernet (OFAMobileNetV3 with width_mult=1.2).
FIRST_CONV = 24
FIRST_BLOCK = 24
STAGE_WIDTHS = (32, 48, 96, 136, 192)
FINAL_EXPAND = 1152
FEATURE_MIX = 1536
CLASSES = 1000
STAGE_STRIDES = (2, 2, 2, 1, 2)
STAGE_HSWISH = (False, False, True, True, True)
STAGE_SE = (False, True, False, True, True)


def make_divisible(v, divisor=8, min_val=None):
    """OFA's ofa/utils/common_tools.py make_divisible."""
    if min_val is None:
        min_val = divisor
    new_v = max(min_val, int(v + divisor / 2) // divisor * divisor)
    if new_v < 0.9 * v:
        new_v += divisor
    return new_v


def shape(dims):
    return "x".join(str(d) for d in dims)


class Note10Table:
    """One resolution's YAML table with OFA's MBv3LatencyTable.query key format."""

    def __init__(self, path):
        with open(path) as fp:
            self.lut = yaml.safe_load(fp)

    def query(self, l_type, input_shape, output_shape, mid=None, ks=None,
              stride=None, id_skip=None, se=None, h_swish=None):
        parts = [l_type, "input:" + shape(input_shape), "output:" + shape(output_shape)]
        if l_type == "expanded_conv":
            parts += ["expand:%d" % mid, "kernel:%d" % ks, "stride:%d" % stride,
                      "idskip:%d" % id_skip, "se:%d" % se, "hs:%d" % h_swish]
        return self.lut["-".join(parts)]["mean"]

    def predict(self, ks, e, d, r):
        total = 0.0
        fsize = (r + 1) // 2
        total += self.query("Conv", [r, r, 3], [fsize, fsize, FIRST_CONV])
        # The first block: depthwise 3x3 with expand ratio 1, relu, identity skip.
        total += self.query("expanded_conv", [fsize, fsize, FIRST_CONV],
                            [fsize, fsize, FIRST_BLOCK], mid=FIRST_CONV, ks=3,
                            stride=1, id_skip=1, se=0, h_swish=0)
        in_ch = FIRST_BLOCK
        for stage in range(5):
            out_ch = STAGE_WIDTHS[stage]
            for b in range(d[stage]):
                slot = stage * 4 + b
                stride = STAGE_STRIDES[stage] if b == 0 else 1
                out_fz = int((fsize - 1) / stride + 1)
                mid = round(in_ch * e[slot])
                assert mid == make_divisible(mid, 8), (in_ch, e[slot])
                id_skip = 1 if stride == 1 and in_ch == out_ch else 0
                total += self.query("expanded_conv", [fsize, fsize, in_ch],
                                    [out_fz, out_fz, out_ch], mid=mid, ks=ks[slot],
                                    stride=stride, id_skip=id_skip,
                                    se=1 if STAGE_SE[stage] else 0,
                                    h_swish=1 if STAGE_HSWISH[stage] else 0)
                fsize = out_fz
                in_ch = out_ch
        total += self.query("Conv_1", [fsize, fsize, in_ch], [fsize, fsize, FINAL_EXPAND])
        total += self.query("AvgPool2D", [fsize, fsize, FINAL_EXPAND], [1, 1, FINAL_EXPAND])
        total += self.query("Conv_2", [1, 1, FINAL_EXPAND], [1, 1, FEATURE_MIX])
        total += self.query("Logits", [1, 1, FEATURE_MIX], [CLASSES])
        return total


def dashed(values):
    return "-".join(str(v) for v in values)


def main():
    tables = {r: Note10Table(os.path.join(LUT_DIR, "%d_lookup_table.yaml" % r))
              for r in RESOLUTIONS}
    rng = random.Random(20240611)
    rows = []
    for _ in range(200):
        ks = [rng.choice((3, 5, 7)) for _ in range(20)]
        e = [rng.choice((3, 4, 6)) for _ in range(20)]
        d = [rng.choice((2, 3, 4)) for _ in range(5)]
        r = rng.choice(RESOLUTIONS)
        rows.append((ks, e, d, r))

    # han-cai/files ofa/ofa_specialized/note10_lat-30ms_top1-78.4_finetune-75/net.config
    # (as listed in shared/data/ofa/specialized.csv).
    rows.append(([int(v) for v in "3-3-0-0-5-3-3-0-5-5-3-0-3-3-3-0-3-3-3-3".split("-")],
                 [int(v) for v in "3-3-0-0-4-3-4-0-4-4-3-0-6-4-4-0-6-6-4-3".split("-")],
                 [2, 3, 3, 3, 4], 224))

    with open(OUT, "w", newline="") as fp:
        writer = csv.writer(fp, lineterminator="\n")
        writer.writerow(["ks", "e", "d", "r", "latency_ms"])
        for ks, e, d, r in rows:
            writer.writerow([dashed(ks), dashed(e), dashed(d), r,
                             repr(tables[r].predict(ks, e, d, r))])
    print("wrote %d rows to %s" % (len(rows), OUT))
    print("note10_lat-30ms (published 30 ms): LUT sum %.3f ms" %
          tables[224].predict(*rows[-1][:3], 224))


if __name__ == "__main__":
    main()
