#!/usr/bin/env python3
"""PyTorch baseline for bench_mlp: Once-for-All's accuracy-predictor-sized MLP
(128 -> 400 -> 400 -> 400 -> 1, ReLU) forward passes on one thread, timed per call.

usage: torch_mlp.py BATCH REPEATS  -> prints one duration in seconds per line (after warm-up).
Uses Debian's python3-torch; its BLAS is whatever libblas.so.3 points to (OpenBLAS when
libopenblas0 is installed, as EdgeFront's set-up does).
"""
import sys
import time

import torch

batch, repeats = int(sys.argv[1]), int(sys.argv[2])
torch.set_num_threads(1)
torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(128, 400), torch.nn.ReLU(),
    torch.nn.Linear(400, 400), torch.nn.ReLU(),
    torch.nn.Linear(400, 400), torch.nn.ReLU(),
    torch.nn.Linear(400, 1)).eval()
x = torch.randn(batch, 128)
with torch.no_grad():
    for _ in range(10):
        model(x)
    for _ in range(repeats):
        t = time.perf_counter()
        model(x)
        print(time.perf_counter() - t)
