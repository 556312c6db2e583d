#!/usr/bin/python3
"""CNN fixtures for tst_onnxgraphimport (ONNX model import), made by tools other than EdgeFront.

Good models, each with <name>.json holding the generating tool's own counts:

  cnn_mobilenetv2.onnx  torchvision mobilenet_v2(width_mult=0.35, num_classes=10), input
                        1x3x96x96, exported in eval mode (torch fuses Conv+BatchNorm itself):
                        Conv (dense, depthwise, 1x1), Clip (ReLU6), Add, GlobalAveragePool,
                        Flatten, Gemm
  cnn_resnet.onnx       a small ResNet-18-style network written here (BasicBlocks of widths
                        8/16/24/32, 2 blocks per stage, 1x1 projection shortcuts), input
                        1x3x64x64, exported with TrainingMode.PRESERVE so that the
                        BatchNormalization nodes stay in the graph (EdgeFront folds them):
                        Conv, BatchNormalization, Relu, MaxPool, Add, GlobalAveragePool,
                        Flatten, Gemm
  cnn_mixed.onnx        a network written here to cover the other operators: grouped and
                        dilated convolutions, non-square kernels, ZeroPad2d (Pad), AvgPool with
                        ceil_mode, channel shuffle (Reshape/Transpose/Reshape), channel split
                        (Split), Concat, nearest Upsample (Resize), Hardswish (HardSigmoid*x),
                        SiLU (Sigmoid*x), LeakyReLU, Tanh, a squeeze-and-excite scale (Mul with
                        broadcasting), ReduceMean, nn.Linear on a 3-D tensor (MatMul + Add),
                        Softmax; input 1x3x32x32

  <name>.json: {"input": [1, 3, H, W], "macs": M, "params": P, "onnx_nodes": N, "ops": [...]}

Counting rule (EdgeFront's, see core/layergraph.h; batch 1), with forward hooks:
  nn.Conv2d: macs += in_channels * output.nelement() * kh * kw // groups
             params += weight.numel() + bias.numel()
  nn.Linear: macs += in_features * output.nelement()    (= in x out for a [1, in] input)
             params += weight.numel() + bias.numel()
  nn.BatchNorm2d: params += num_features, because it folds into the bias-free convolution
             it follows (the script asserts that it does follow one)
  Nothing else counts.

Weights are set to zero after the forward pass that counts: only the structure matters to
the importer, and zero tensors keep the committed files small in git.

Hostile files (no JSON), each of which the importer must reject with a clear message:

  bad_cnn_truncated.onnx    the first 60 % of a valid small CNN's bytes
  bad_cnn_garbage.onnx      text, not a protobuf message
  bad_cnn_cycle.onnx        Relu and Add nodes that read each other's outputs
  bad_cnn_missing_init.onnx a Conv whose weight "conv.weight" is defined nowhere
  bad_cnn_undefined.onnx    an Add reading a tensor "ghost" that nothing defines
  bad_cnn_huge_dim.onnx     input 1x3x2000000000x2000000000 (elements overflow 64 bits)
  bad_cnn_huge_macs.onnx    one 11x11 convolution of 1024 channels on 512x512 (3.3e13 MACs;
                            its weight is declared as external data, which is never read)
  bad_cnn_zero_dim.onnx     input 1x3x0x32
  bad_cnn_dynamic.onnx      input N x 3 x H x W with symbolic H and W (needs an input shape)
  cnn_unsupported.onnx      a valid model with LRN and TopK nodes (unsupported; listed)

Rerun (no arguments; needs Debian's python3-torch, python3-torchvision, python3-onnx):
  /usr/bin/python3 tests/data/onnx/make_cnn_fixtures.py
Output is deterministic (fixed seeds, zero weights).
"""
import io
import json
import os

import onnx
import torch
import torch.nn as nn
import torchvision
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
OPSET = 13


# ---------------------------------------------------------------------------------------
# Counting
# ---------------------------------------------------------------------------------------

def count_costs(model, shape):
    macs = [0]
    bias_free_conv_outputs = set()
    handles = []
    params = 0

    def conv_hook(m, _inp, out):
        kh, kw = m.weight.shape[2], m.weight.shape[3]
        macs[0] += m.in_channels * out.nelement() * kh * kw // m.groups
        if m.bias is None:
            bias_free_conv_outputs.add(id(out))

    def linear_hook(m, _inp, out):
        macs[0] += m.in_features * out.nelement() // m.out_features * m.out_features

    def bn_pre_hook(_m, inp):
        assert id(inp[0]) in bias_free_conv_outputs, "BatchNorm2d that does not follow a bias-free conv"

    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            handles.append(m.register_forward_hook(conv_hook))
            params += sum(p.numel() for p in m.parameters(recurse=False))
        elif isinstance(m, nn.Linear):
            handles.append(m.register_forward_hook(linear_hook))
            params += sum(p.numel() for p in m.parameters(recurse=False))
        elif isinstance(m, nn.BatchNorm2d):
            handles.append(m.register_forward_pre_hook(bn_pre_hook))
            params += m.num_features
    model.eval()
    with torch.no_grad():
        model(torch.zeros(*shape))
    for h in handles:
        h.remove()
    return int(macs[0]), int(params)


def zero_weights(model):
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()


def export(name, model, shape, training=torch.onnx.TrainingMode.EVAL):
    macs, params = count_costs(model, shape)
    zero_weights(model)
    f = io.BytesIO()
    torch.onnx.export(model, torch.zeros(*shape), f, opset_version=OPSET, training=training,
                      do_constant_folding=True, input_names=["input"], output_names=["logits"])
    proto = onnx.load_from_string(f.getvalue())
    onnx.checker.check_model(proto)
    with open(os.path.join(HERE, name + ".onnx"), "wb") as out:
        out.write(f.getvalue())
    info = {"input": list(shape), "macs": macs, "params": params, "onnx_nodes": len(proto.graph.node),
            "ops": sorted(set(n.op_type for n in proto.graph.node)),
            "producer": "torch %s, torchvision %s" % (torch.__version__, torchvision.__version__)}
    with open(os.path.join(HERE, name + ".json"), "w", newline="\n") as out:
        json.dump(info, out, indent=1)
        out.write("\n")
    print(name, info)


# ---------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------

class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut = None
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return torch.relu(y + (x if self.shortcut is None else self.shortcut(x)))


class MiniResNet(nn.Module):
    def __init__(self, widths=(8, 16, 24, 32), classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, widths[0], 7, 2, 3, bias=False)
        self.bn = nn.BatchNorm2d(widths[0])
        self.pool = nn.MaxPool2d(3, 2, 1)
        blocks, cin = [], widths[0]
        for i, w in enumerate(widths):
            for b in range(2):
                blocks.append(BasicBlock(cin, w, 2 if (b == 0 and i > 0) else 1))
                cin = w
        self.blocks = nn.Sequential(*blocks)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.stem(x))))
        x = self.gap(self.blocks(x))
        return self.fc(torch.flatten(x, 1))


class MixedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 16, 3, 1, 1)
        self.pad = nn.ZeroPad2d((1, 1, 0, 1))
        self.grouped = nn.Conv2d(16, 32, 3, 2, 0, groups=4)           # padded input 34 wide, 33 high
        self.dilated = nn.Conv2d(32, 32, 3, 1, 2, dilation=2, groups=32)
        self.wide = nn.Conv2d(16, 16, (1, 3), 1, (0, 1))
        self.tall = nn.Conv2d(16, 16, (3, 1), 1, (1, 0))
        self.avg = nn.AvgPool2d(3, 2, 0, ceil_mode=True)
        self.up = nn.Upsample(scale_factor=2.0, mode="nearest")
        self.se_reduce = nn.Conv2d(48, 8, 1)
        self.se_expand = nn.Conv2d(8, 48, 1)
        self.head = nn.Conv2d(48, 24, 1, bias=False)
        self.fc1 = nn.Linear(24, 20)
        self.fc2 = nn.Linear(20 * 4, 10)

    def forward(self, x):
        x = nn.functional.hardswish(self.stem(x))                       # 16 x 32 x 32
        g = self.grouped(self.pad(x))                                   # 32 x 16 x 16
        n, c, h, w = g.shape
        g = g.reshape(n, 4, c // 4, h, w).transpose(1, 2).reshape(n, c, h, w)  # channel shuffle
        g = nn.functional.leaky_relu(self.dilated(g), 0.1)
        a, b = torch.split(g, 16, dim=1)                                # 16 + 16 channels
        a = torch.tanh(self.wide(a))
        b = nn.functional.silu(self.tall(b))
        y = torch.cat([a, b, self.avg(x)], dim=1)                       # 48 x 16 x 16
        s = y.mean((2, 3), keepdim=True)
        s = torch.sigmoid(self.se_expand(torch.relu(self.se_reduce(s))))
        y = self.up(y * s)                                              # 48 x 32 x 32
        y = nn.functional.max_pool2d(self.head(y), 8)                   # 24 x 4 x 4
        t = y.flatten(2).transpose(1, 2)                                # 1 x 16 x 24
        t = torch.relu(self.fc1(t))                                     # 1 x 16 x 20 (MatMul)
        t = t.reshape(1, 4, 80).mean(1)                                 # 1 x 80
        return torch.softmax(self.fc2(t), dim=1)


# ---------------------------------------------------------------------------------------
# Hostile files (onnx.helper)
# ---------------------------------------------------------------------------------------

def save_unchecked(name, model):
    with open(os.path.join(HERE, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


def tiny_model(input_dims=(1, 3, 8, 8), nodes=None, inits=None, output="y", output_dims=("d0", "d1")):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, list(input_dims))
    y = helper.make_tensor_value_info(output, TensorProto.FLOAT, list(output_dims))
    graph = helper.make_graph(nodes or [], "hostile", [x], [y], initializer=inits or [])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="onnx.helper")


def float_tensor(name, dims, value=0.0):
    count = 1
    for d in dims:
        count *= d
    return helper.make_tensor(name, TensorProto.FLOAT, dims, [value] * count)


def hostile():
    w = float_tensor("conv.weight", [4, 3, 3, 3])
    good = tiny_model(nodes=[helper.make_node("Conv", ["x", "conv.weight"], ["c"], name="conv", pads=[1, 1, 1, 1]),
                             helper.make_node("Relu", ["c"], ["r"], name="relu"),
                             helper.make_node("GlobalAveragePool", ["r"], ["p"], name="gap"),
                             helper.make_node("Flatten", ["p"], ["y"], name="flatten")],
                      inits=[w])
    onnx.checker.check_model(good)
    data = good.SerializeToString()
    with open(os.path.join(HERE, "bad_cnn_truncated.onnx"), "wb") as f:
        f.write(data[: len(data) * 6 // 10])
    with open(os.path.join(HERE, "bad_cnn_garbage.onnx"), "wb") as f:
        f.write(b"This is not an ONNX model, just some text pretending to be one.\n" * 4)

    save_unchecked("bad_cnn_cycle", tiny_model(nodes=[
        helper.make_node("Relu", ["s"], ["r"], name="relu_a"),
        helper.make_node("Add", ["x", "r"], ["s"], name="add_b"),
        helper.make_node("Relu", ["s"], ["y"], name="out")]))
    save_unchecked("bad_cnn_missing_init", tiny_model(nodes=[
        helper.make_node("Conv", ["x", "conv.weight"], ["y"], name="conv")]))
    save_unchecked("bad_cnn_undefined", tiny_model(nodes=[
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        helper.make_node("Add", ["r", "ghost"], ["y"], name="add")]))
    save_unchecked("bad_cnn_huge_dim", tiny_model(input_dims=(1, 3, 2000000000, 2000000000), nodes=[
        helper.make_node("Relu", ["x"], ["y"], name="relu")]))
    big = TensorProto()
    big.name = "conv.weight"
    big.data_type = TensorProto.FLOAT
    big.dims.extend([1024, 1024, 11, 11])
    big.data_location = TensorProto.EXTERNAL
    entry = big.external_data.add()
    entry.key, entry.value = "location", "does_not_exist.bin"
    save_unchecked("bad_cnn_huge_macs", tiny_model(input_dims=(1, 1024, 512, 512), nodes=[
        helper.make_node("Conv", ["x", "conv.weight"], ["y"], name="big_conv", pads=[5, 5, 5, 5])], inits=[big]))
    save_unchecked("bad_cnn_zero_dim", tiny_model(input_dims=(1, 3, 0, 32), nodes=[
        helper.make_node("Relu", ["x"], ["y"], name="relu")]))
    save_unchecked("bad_cnn_dynamic", tiny_model(input_dims=("N", 3, "H", "W"), nodes=[
        helper.make_node("Conv", ["x", "conv.weight"], ["c"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["y"], name="relu")], inits=[w]))

    unsupported = tiny_model(nodes=[
        helper.make_node("Conv", ["x", "conv.weight"], ["c"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("LRN", ["c"], ["n"], name="lrn", size=3),
        helper.make_node("Relu", ["n"], ["r"], name="relu"),
        helper.make_node("GlobalAveragePool", ["r"], ["p"], name="gap"),
        helper.make_node("Flatten", ["p"], ["f"], name="flatten"),
        helper.make_node("TopK", ["f", "k"], ["y", "idx"], name="topk", axis=1)],
        inits=[w, helper.make_tensor("k", TensorProto.INT64, [1], [2])])
    onnx.checker.check_model(unsupported)
    save_unchecked("cnn_unsupported", unsupported)


def main():
    torch.manual_seed(0)
    export("cnn_mobilenetv2", torchvision.models.mobilenet_v2(width_mult=0.35, num_classes=10), (1, 3, 96, 96))
    export("cnn_resnet", MiniResNet(), (1, 3, 64, 64), training=torch.onnx.TrainingMode.PRESERVE)
    export("cnn_mixed", MixedNet(), (1, 3, 32, 32))
    hostile()


if __name__ == "__main__":
    main()
