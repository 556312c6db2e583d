#!/usr/bin/python3
"""Independent PyTorch reference for EdgeFront's MAC / parameter counts.

Builds real torch.nn.Module networks for two published design spaces, counts
the cost of their conv and linear layers with forward hooks, and writes
cost_references.json next to this script.

Counting rule (as in Once-for-All's ofa/utils/flops_counter.py, batch 1):
  nn.Conv2d: macs += in_channels * output.nelement() * kh * kw // groups
             params += weight.numel() + bias.numel()
  nn.Linear: macs += in_features * out_features; params += weight + bias
  Nothing else (BatchNorm, activations, pooling) is counted.  Note that OFA's
  profile() would also add BatchNorm parameters to its param total; this
  reference deliberately does not.

Sources followed (read, not copied; the module classes below are our own):
  * mit-han-lab/once-for-all: ofa/imagenet_classification/elastic_nn/networks/
    ofa_mbv3.py (OFAMobileNetV3, get_active_subnet), .../modules/
    dynamic_layers.py (DynamicMBConvLayer), ofa/utils/layers.py (ConvLayer,
    MBConvLayer, LinearLayer), ofa/utils/pytorch_modules.py (make_divisible,
    SEModule, Hswish, Hsigmoid), ofa/utils/flops_counter.py (the rule above).
  * D-X-Y/AutoDL-Projects (NAS-Bench-201): lib/models/cell_infers/
    tiny_network.py (TinyNetwork), cells.py (InferCell), lib/models/
    cell_operations.py (OPS, ReLUConvBN, POOLING, Zero, ResNetBasicblock),
    genotypes.py (Structure.str2structure arch-string format).

Rerun (no arguments; needs only torch):
  /usr/bin/python3 tests/data/make_cost_references.py
"""
import json
import os
import random

import torch
import torch.nn as nn

# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------


def count_costs(model, resolution):
    """Return (macs, params) of all Conv2d/Linear leaves for a 1x3xHxW input."""
    macs = [0]

    def conv_hook(m, _inp, out):
        kh, kw = m.weight.shape[2], m.weight.shape[3]
        macs[0] += m.in_channels * out.nelement() * kh * kw // m.groups

    def linear_hook(m, _inp, _out):
        macs[0] += m.in_features * m.out_features

    handles, params = [], 0
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            handles.append(m.register_forward_hook(conv_hook))
        elif isinstance(m, nn.Linear):
            handles.append(m.register_forward_hook(linear_hook))
        else:
            continue
        params += sum(p.numel() for p in m.parameters(recurse=False))
    model.eval()
    with torch.no_grad():
        model(torch.zeros(1, 3, resolution, resolution))
    for h in handles:
        h.remove()
    return int(macs[0]), int(params)


# --------------------------------------------------------------------------
# Once-for-All MobileNetV3 subnet
# --------------------------------------------------------------------------


def make_divisible(v, divisor=8):
    new_v = max(divisor, int(v + divisor / 2) // divisor * divisor)
    if new_v < 0.9 * v:
        new_v += divisor
    return new_v


def conv_bn_act(cin, cout, k, stride=1, groups=1, act=None, bn=True):
    layers = [nn.Conv2d(cin, cout, k, stride, k // 2, groups=groups, bias=False)]
    if bn:
        layers.append(nn.BatchNorm2d(cout))
    if act == "relu":
        layers.append(nn.ReLU())
    elif act == "h_swish":
        layers.append(nn.Hardswish())  # == x * relu6(x + 3) / 6
    return nn.Sequential(*layers)


class SqueezeExcite(nn.Module):
    def __init__(self, channels):
        super().__init__()
        mid = make_divisible(channels // 4)
        self.reduce = nn.Conv2d(channels, mid, 1, bias=True)
        self.expand = nn.Conv2d(mid, channels, 1, bias=True)

    def forward(self, x):
        y = x.mean(3, keepdim=True).mean(2, keepdim=True)
        y = torch.relu(self.reduce(y))
        return x * nn.functional.hardsigmoid(self.expand(y))  # relu6(x+3)/6


class MBConv(nn.Module):
    def __init__(self, cin, cout, k, stride, expand, act, use_se):
        super().__init__()
        mid = make_divisible(round(cin * expand)) if expand != 1 else cin
        self.inverted = conv_bn_act(cin, mid, 1, act=act) if expand != 1 else None
        self.depth = conv_bn_act(mid, mid, k, stride, groups=mid, act=act)
        self.se = SqueezeExcite(mid) if use_se else None
        self.point = conv_bn_act(mid, cout, 1)
        self.residual = stride == 1 and cin == cout

    def forward(self, x):
        y = self.inverted(x) if self.inverted is not None else x
        y = self.depth(y)
        if self.se is not None:
            y = self.se(y)
        y = self.point(y)
        return x + y if self.residual else y


class OFAMobileNetV3Subnet(nn.Module):
    BASE = [16, 16, 24, 40, 80, 112, 160, 960, 1280]
    STRIDES = [2, 2, 2, 1, 2]
    ACTS = ["relu", "relu", "h_swish", "h_swish", "h_swish"]
    SE = [False, True, False, True, True]

    def __init__(self, w, ks, e, d, n_classes=1000):
        super().__init__()
        c = [make_divisible(b * w) for b in self.BASE]
        self.first_conv = conv_bn_act(3, c[0], 3, 2, act="h_swish")
        blocks = [MBConv(c[0], c[1], 3, 1, 1, "relu", False)]
        cin = c[1]
        for s in range(5):
            for b in range(d[s]):  # only the first d[s] of 4 slots are active
                i = s * 4 + b
                stride = self.STRIDES[s] if b == 0 else 1
                blocks.append(MBConv(cin, c[2 + s], ks[i], stride, e[i],
                                     self.ACTS[s], self.SE[s]))
                cin = c[2 + s]
        self.blocks = nn.Sequential(*blocks)
        self.final_expand = conv_bn_act(cin, c[7], 1, act="h_swish")
        self.feature_mix = conv_bn_act(c[7], c[8], 1, act="h_swish", bn=False)
        self.classifier = nn.Linear(c[8], n_classes, bias=True)

    def forward(self, x):
        x = self.blocks(self.first_conv(x))
        x = self.final_expand(x)
        x = x.mean(3, keepdim=True).mean(2, keepdim=True)
        x = self.feature_mix(x)
        return self.classifier(x.flatten(1))


# --------------------------------------------------------------------------
# NAS-Bench-201 CIFAR-10 network
# --------------------------------------------------------------------------

NB201_OPS = ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"]


class Zero(nn.Module):
    def forward(self, x):
        return x.mul(0.0)


def nb201_op(name, c):
    if name == "none":
        return Zero()
    if name == "skip_connect":
        return nn.Identity()
    if name in ("nor_conv_1x1", "nor_conv_3x3"):
        k = 1 if name == "nor_conv_1x1" else 3
        return nn.Sequential(nn.ReLU(), nn.Conv2d(c, c, k, 1, k // 2, bias=False),
                             nn.BatchNorm2d(c))
    if name == "avg_pool_3x3":
        return nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
    raise ValueError(name)


def parse_arch(arch):
    """'|a~0|+|b~0|c~1|+|...|' -> [[(op, from_node), ...] for nodes 1, 2, 3]."""
    nodes = []
    for group in arch.split("+"):
        edges = [t.split("~") for t in group.split("|") if t]
        nodes.append([(op, int(src)) for op, src in edges])
    return nodes


class Cell(nn.Module):
    def __init__(self, nodes, c):
        super().__init__()
        self.nodes = nodes
        self.ops = nn.ModuleList(nb201_op(op, c) for edges in nodes for op, _ in edges)

    def forward(self, x):
        states, k = [x], 0
        for edges in self.nodes:
            total = 0
            for _op, src in edges:
                total = total + self.ops[k](states[src])
                k += 1
            states.append(total)
        return states[-1]


class ResNetBasicBlock(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv_a = nn.Sequential(nn.ReLU(), nn.Conv2d(cin, cout, 3, 2, 1, bias=False),
                                    nn.BatchNorm2d(cout))
        self.conv_b = nn.Sequential(nn.ReLU(), nn.Conv2d(cout, cout, 3, 1, 1, bias=False),
                                    nn.BatchNorm2d(cout))
        self.down = nn.Sequential(nn.AvgPool2d(2, 2), nn.Conv2d(cin, cout, 1, bias=False))

    def forward(self, x):
        return self.down(x) + self.conv_b(self.conv_a(x))


class NB201Network(nn.Module):
    def __init__(self, arch, c=16, n=5, n_classes=10):
        super().__init__()
        nodes = parse_arch(arch)
        assert [len(g) for g in nodes] == [1, 2, 3], arch
        assert all(src == i for g in nodes for i, (_, src) in enumerate(g)), arch
        self.stem = nn.Sequential(nn.Conv2d(3, c, 3, padding=1, bias=False), nn.BatchNorm2d(c))
        layers, cprev = [], c
        for stage, cs in enumerate([c, 2 * c, 4 * c]):
            if stage > 0:
                layers.append(ResNetBasicBlock(cprev, cs))
            layers += [Cell(nodes, cs) for _ in range(n)]
            cprev = cs
        self.cells = nn.Sequential(*layers)
        self.lastact = nn.Sequential(nn.BatchNorm2d(cprev), nn.ReLU())
        self.classifier = nn.Linear(cprev, n_classes)

    def forward(self, x):
        x = self.lastact(self.cells(self.stem(x)))
        return self.classifier(x.mean((2, 3)))


def arch_string(ops6):
    it = iter(ops6)
    return "+".join("|" + "".join(f"{next(it)}~{i}|" for i in range(j)) for j in (1, 2, 3))


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

PUBLISHED_OFA_W12 = {  # Once-for-All specialized nets (name = published MFLOPs)
    "flops-389M": (224, "2-3-3-4-4", "3-3-0-0-5-5-3-0-5-5-3-0-5-5-3-3-3-3-7-3",
                   "3-3-0-0-3-6-3-0-4-4-3-0-6-4-4-4-6-6-6-3"),
    "flops-482M": (224, "3-4-4-4-4", "5-3-3-0-5-3-5-3-5-5-3-3-5-7-3-5-7-3-3-3",
                   "3-3-3-0-4-4-4-3-4-6-3-3-6-6-6-4-6-6-6-3"),
    "flops-595M": (236, "3-4-4-4-4", "3-5-3-0-5-5-3-5-7-5-3-5-3-5-7-3-3-3-5-3",
                   "3-4-3-0-4-4-6-3-6-6-3-4-6-6-6-4-6-6-6-3"),
}


def ofa_case(space, w, name, cfg):
    net = OFAMobileNetV3Subnet(w, cfg["ks"], cfg["e"], cfg["d"])
    macs, params = count_costs(net, cfg["r"])
    return {"space": space, "name": name, "config": cfg, "macs": macs, "params": params}


def nb201_case(name, arch):
    macs, params = count_costs(NB201Network(arch), 32)
    return {"space": "nb201", "name": name, "config": {"arch": arch},
            "macs": macs, "params": params}


def main():
    torch.manual_seed(0)
    rng = random.Random(2026)
    cases = []
    for space, w in (("ofa-mbv3-w10", 1.0), ("ofa-mbv3-w12", 1.2)):
        cfgs = []
        for i in range(60):
            cfg = {"ks": [rng.choice([3, 5, 7]) for _ in range(20)],
                   "e": [rng.choice([3, 4, 6]) for _ in range(20)],
                   "d": [rng.choice([2, 3, 4]) for _ in range(5)],
                   "r": rng.randrange(128, 225, 4)}
            cfgs.append((f"random-{i}", cfg))
        cfgs.append(("min", {"ks": [3] * 20, "e": [3] * 20, "d": [2] * 5, "r": 128}))
        cfgs.append(("max", {"ks": [7] * 20, "e": [6] * 20, "d": [4] * 5, "r": 224}))
        if w == 1.2:
            for name, (r, d, ks, e) in PUBLISHED_OFA_W12.items():
                ints = lambda s: [int(v) for v in s.split("-")]
                cfgs.append((name, {"ks": ints(ks), "e": ints(e), "d": ints(d), "r": r}))
        cases += [ofa_case(space, w, name, cfg) for name, cfg in cfgs]

    for i in range(60):
        cases.append(nb201_case(f"random-{i}", arch_string(rng.choice(NB201_OPS) for _ in range(6))))
    for op in NB201_OPS:
        cases.append(nb201_case(f"all-{op}", arch_string([op] * 6)))
    cases.append(nb201_case("best-cifar10", "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|"
                                            "+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"))

    header = {"generator": "tests/data/make_cost_references.py", "torch": torch.__version__,
              "rule": "MACs and parameters of nn.Conv2d (in_channels * output elements * kh * kw "
                      "// groups, batch 1, bias excluded from MACs) and nn.Linear (in * out) "
                      "layers only, counted with forward hooks as in Once-for-All's "
                      "flops_counter.py; parameters are weight + bias of those layers only "
                      "(BatchNorm, activations and pooling count for nothing)."}
    lines = [json.dumps(header)[:-1] + ', "cases": [']
    lines += [json.dumps(c, separators=(",", ":")) + "," for c in cases]
    lines[-1] = lines[-1][:-1]
    lines.append("]}")
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cost_references.json")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(cases)} cases to {out}")
    for c in cases:
        if c["name"] in ("min", "max", "all-nor_conv_3x3", "best-cifar10") or c["name"].startswith("flops-"):
            print(f'{c["space"]:14s} {c["name"]:18s} macs={c["macs"]:>11,d} params={c["params"]:>10,d}')


if __name__ == "__main__":
    main()
