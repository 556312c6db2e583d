#!/usr/bin/env python3
"""Independent reference for EdgeFront's monotonicity matrix: Spearman's rho and Kendall's tau-b
(scipy.stats.spearmanr / kendalltau) between every pair of the 13 NAS-Bench-201 devices in
../shared/data/nb201/latency_ms.csv (HELP's latency tables), on all 15,625 cells.

Rerun from the repository root: /usr/bin/python3 tests/data/make_nb201_srcc_reference.py
(needs Debian's python3-scipy and the shared data folder next to the repository).
"""
import csv
import json
import os

from scipy.stats import kendalltau, spearmanr

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "..", "..", "..", "shared", "data", "nb201", "latency_ms.csv")
with open(source) as f:
    rows = list(csv.reader(f))
devices = rows[0][2:]
columns = [[float(r[2 + j]) for r in rows[1:]] for j in range(len(devices))]
srcc = [[1.0] * len(devices) for _ in devices]
kendall = [[1.0] * len(devices) for _ in devices]
for a in range(len(devices)):
    for b in range(a + 1, len(devices)):
        srcc[a][b] = srcc[b][a] = round(float(spearmanr(columns[a], columns[b]).correlation), 6)
        kendall[a][b] = kendall[b][a] = round(float(kendalltau(columns[a], columns[b]).correlation), 6)
out = {"source": "nb201/latency_ms.csv", "architectures": len(rows) - 1, "devices": devices,
       "srcc": srcc, "kendall": kendall, "tool": "scipy.stats spearmanr, kendalltau (tau-b)"}
with open(os.path.join(here, "nb201_srcc_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", len(devices), "devices")
