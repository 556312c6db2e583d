#!/usr/bin/python3
"""ONNX fixtures for tst_onnx, made by tools other than EdgeFront.

Good models, each with a reference CSV (<name>.csv: columns x0..x{F-1} are the inputs,
y0..y{O-1} the outputs the producing tool computed, float32 printed with 9 significant
digits so the values round-trip exactly):

  torch_relu.onnx           torch.onnx.export of nn.Linear/ReLU layers (Gemm transB=1)
  torch_leaky_sigmoid.onnx  LeakyReLU(0.2) hidden layers, Sigmoid output
  torch_tanh.onnx           Tanh hidden layers, linear output
  torch_mixed.onnx          buffers for (x - mean) / std, clamp, cat([x, x]), flatten,
                            exp of the output: Sub, Div, Clip, Concat, Flatten, Exp
  helper_ops.onnx           onnx.helper graph: Sub/Div normalisation, MatMul + Add, Clip with
                            min/max inputs, Concat of the input with itself, Flatten,
                            Reshape to a constant shape, Unsqueeze/Squeeze (axes inputs),
                            Identity, Constant, Mul, Log, Exp; output [N] (1-D)
  helper_gemm.onnx          Gemm with transA, transB, alpha, beta and a [1, O] and a scalar C
  helper_opset10.onnx       opset 10: Clip min/max and Squeeze/Unsqueeze axes as attributes;
                            inputs also listed among graph inputs (IR 3 style initializers)

torch models are exported with opset 13 and a dynamic batch dimension; their references
are torch's own forward pass. helper models' references come from numpy (float64 arithmetic
on the float32 inputs and weights, rounded to float32 at the end).

Bad models (no CSV), each of which EdgeFront must reject with a clear error:

  bad_conv.onnx          a valid model whose node 1 ("conv1") is a Conv
  bad_nan.onnx           an initializer "fc.weight" holding a NaN
  bad_double_input.onnx  a float64 graph input
  bad_two_inputs.onnx    two graph inputs
  bad_dynamic_width.onnx input [N, F] with a symbolic width
  bad_huge.onnx          an initializer claiming 20000 x 10000 floats (the data is absent)

Rerun (no arguments; needs torch, onnx and numpy, e.g. Debian's python3-torch, python3-onnx,
python3-numpy):
  /usr/bin/python3 tests/data/onnx/make_onnx_fixtures.py
Output is deterministic (fixed seeds); every file is small (the whole folder < 100 KB).
"""
import io
import os

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 12


def write_csv(name, x, y):
    x = np.asarray(x, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    if y.ndim == 1:
        y = y[:, None]
    header = [f"x{i}" for i in range(x.shape[1])] + [f"y{i}" for i in range(y.shape[1])]
    with open(os.path.join(HERE, name + ".csv"), "w", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for xr, yr in zip(x, y):
            f.write(",".join("%.9g" % float(v) for v in list(xr) + list(yr)) + "\n")


def save(name, model):
    onnx.checker.check_model(model)
    with open(os.path.join(HERE, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


def save_unchecked(name, model):
    with open(os.path.join(HERE, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


def inputs(rng, features):
    return rng.standard_normal((ROWS, features)).astype(np.float32)


# ---------------------------------------------------------------------------------------
# torch.onnx.export
# ---------------------------------------------------------------------------------------


def export_torch(name, module, features, rng):
    module.eval()
    x = inputs(rng, features)
    with torch.no_grad():
        y = module(torch.from_numpy(x)).numpy()
    buffer = io.BytesIO()
    torch.onnx.export(module, torch.from_numpy(x[:2]), buffer, opset_version=13,
                      input_names=["x"], output_names=["y"],
                      dynamic_axes={"x": {0: "N"}, "y": {0: "N"}})
    model = onnx.load_from_string(buffer.getvalue())
    save(name, model)
    write_csv(name, x, y)


class Mixed(nn.Module):
    def __init__(self, features):
        super().__init__()
        self.register_buffer("mean", torch.linspace(-0.5, 0.5, features))
        self.register_buffer("std", torch.linspace(0.5, 2.0, features))
        self.fc1 = nn.Linear(2 * features, 6)
        self.fc2 = nn.Linear(6, 2)

    def forward(self, x):
        h = (x - self.mean) / self.std
        h = torch.clamp(h, -1.5, 1.5)
        h = torch.cat([h, h], dim=1)
        h = torch.flatten(h, 1)
        h = torch.relu(self.fc1(h))
        return torch.exp(self.fc2(h))


def make_torch(rng):
    torch.manual_seed(13)
    export_torch("torch_relu", nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(),
                                             nn.Linear(8, 2)), 6, rng)
    export_torch("torch_leaky_sigmoid", nn.Sequential(nn.Linear(5, 7), nn.LeakyReLU(0.2),
                                                      nn.Linear(7, 1), nn.Sigmoid()), 5, rng)
    export_torch("torch_tanh", nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 6), nn.Tanh(),
                                             nn.Linear(6, 3)), 4, rng)
    export_torch("torch_mixed", Mixed(4), 4, rng)


# ---------------------------------------------------------------------------------------
# onnx.helper
# ---------------------------------------------------------------------------------------


def f32(rng, *shape):
    return rng.standard_normal(shape).astype(np.float32)


def init(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def io_info(name, width, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, ["N", width] if width is not None else ["N"])


def make_helper_ops(rng):
    F = 3
    mean = f32(rng, F)
    scale = (np.abs(f32(rng, F)) + 0.5).astype(np.float32)
    w = f32(rng, 2 * F, 4)
    b = f32(rng, 4)
    w2 = f32(rng, 4, 1)
    nodes = [
        helper.make_node("Sub", ["x", "mean"], ["centred"], name="normalise_sub"),
        helper.make_node("Div", ["centred", "scale"], ["normal"], name="normalise_div"),
        helper.make_node("Clip", ["normal", "lo", "hi"], ["clipped"], name="clip"),
        helper.make_node("Concat", ["clipped", "clipped"], ["doubled"], axis=1, name="concat"),
        helper.make_node("Flatten", ["doubled"], ["flat"], axis=1, name="flatten"),
        helper.make_node("Constant", [], ["shape"], name="shape_const",
                         value=helper.make_tensor("shape_value", TensorProto.INT64, [2], [-1, 2 * F])),
        helper.make_node("Reshape", ["flat", "shape"], ["reshaped"], name="reshape"),
        helper.make_node("MatMul", ["reshaped", "w"], ["mm"], name="matmul"),
        helper.make_node("Add", ["mm", "b"], ["hidden_pre"], name="add_bias"),
        helper.make_node("Identity", ["hidden_pre"], ["hidden"], name="identity"),
        helper.make_node("Unsqueeze", ["hidden", "axes0"], ["hidden3"], name="unsqueeze"),
        helper.make_node("Squeeze", ["hidden3", "axes0"], ["hidden2"], name="squeeze"),
        helper.make_node("Constant", [], ["half"], name="half_const", value_float=0.5),
        helper.make_node("Mul", ["hidden2", "half"], ["scaled"], name="mul_half"),
        helper.make_node("Exp", ["scaled"], ["positive"], name="exp"),
        helper.make_node("Log", ["positive"], ["logged"], name="log"),
        helper.make_node("MatMul", ["logged", "w2"], ["out2"], name="matmul_out"),
        helper.make_node("Squeeze", ["out2", "axes1"], ["y"], name="squeeze_out"),
    ]
    graph = helper.make_graph(
        nodes, "helper_ops", [io_info("x", F)], [io_info("y", None)],
        initializer=[init("mean", mean), init("scale", scale), init("w", w), init("b", b),
                     init("w2", w2), init("lo", np.float32(-1.0)), init("hi", np.float32(0.75)),
                     init("axes0", np.array([0], dtype=np.int64)),
                     init("axes1", np.array([1], dtype=np.int64))])
    model = helper.make_model(graph, producer_name="make_onnx_fixtures.py",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    model.doc_string = "onnx.helper fixture for EdgeFront's importer"
    helper.set_model_props(model, {"space": "test", "metric": "score"})
    save("helper_ops", model)

    x = inputs(rng, F).astype(np.float64)
    h = np.clip((x - mean) / scale, -1.0, 0.75)
    h = np.concatenate([h, h], axis=1)
    h = h @ w.astype(np.float64) + b
    h = np.log(np.exp(h * 0.5))
    y = (h @ w2.astype(np.float64))[:, 0]
    write_csv("helper_ops", x, y)


def make_helper_gemm(rng):
    F, H, O = 5, 4, 3
    w1 = f32(rng, H, F)       # used as A: h1 = w1 @ x^T  -> [H, N]
    w2 = f32(rng, H, O)       # h2 = 0.5 * h1^T @ w2 + 2 * c1  -> [N, O]
    c1 = f32(rng, 1, O)
    w3 = f32(rng, O, O)       # y = h2 @ w3^T + 0.25 * c2 (scalar)
    c2 = np.float32(0.3)
    nodes = [
        helper.make_node("Gemm", ["w1", "x"], ["h1"], transB=1, name="gemm_transposed"),
        helper.make_node("Gemm", ["h1", "w2", "c1"], ["h2"], transA=1, alpha=0.5, beta=2.0, name="gemm_back"),
        helper.make_node("Relu", ["h2"], ["r2"], name="relu"),
        helper.make_node("Gemm", ["r2", "w3", "c2"], ["y"], transB=1, beta=0.25, name="gemm_out"),
    ]
    graph = helper.make_graph(nodes, "helper_gemm", [io_info("x", F)], [io_info("y", O)],
                              initializer=[init("w1", w1), init("w2", w2), init("c1", c1),
                                           init("w3", w3), init("c2", c2)])
    model = helper.make_model(graph, producer_name="make_onnx_fixtures.py",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    save("helper_gemm", model)

    x = inputs(rng, F).astype(np.float64)
    h1 = w1.astype(np.float64) @ x.T
    h2 = 0.5 * (h1.T @ w2.astype(np.float64)) + 2.0 * c1
    r2 = np.maximum(h2, 0.0)
    y = r2 @ w3.astype(np.float64).T + 0.25 * float(c2)
    write_csv("helper_gemm", x, y)


def make_helper_opset10(rng):
    F, O = 4, 2
    w = f32(rng, F, O)
    b = f32(rng, O)
    nodes = [
        helper.make_node("Clip", ["x"], ["clipped"], min=-0.5, max=0.8, name="clip_attr"),
        helper.make_node("Unsqueeze", ["clipped"], ["x3"], axes=[2], name="unsqueeze_attr"),
        helper.make_node("Squeeze", ["x3"], ["x2"], axes=[2], name="squeeze_attr"),
        helper.make_node("MatMul", ["x2", "w"], ["mm"], name="matmul"),
        helper.make_node("Add", ["mm", "b"], ["pre"], name="add"),
        helper.make_node("LeakyRelu", ["pre"], ["y"], alpha=0.1, name="leaky"),
    ]
    initializers = [init("w", w), init("b", b)]
    graph_inputs = [io_info("x", F),
                    helper.make_tensor_value_info("w", TensorProto.FLOAT, [F, O]),
                    helper.make_tensor_value_info("b", TensorProto.FLOAT, [O])]
    graph = helper.make_graph(nodes, "helper_opset10", graph_inputs, [io_info("y", O)],
                              initializer=initializers)
    model = helper.make_model(graph, producer_name="make_onnx_fixtures.py",
                              opset_imports=[helper.make_opsetid("", 10)])
    model.ir_version = 5
    save("helper_opset10", model)

    x = inputs(rng, F).astype(np.float64)
    pre = np.clip(x, -0.5, 0.8) @ w.astype(np.float64) + b
    y = np.where(pre > 0, pre, 0.1 * pre)
    write_csv("helper_opset10", x, y)


def simple_model(name, x_info, nodes, initializers, extra_inputs=()):
    graph = helper.make_graph(nodes, name, [x_info, *extra_inputs], [io_info("y", 2)],
                              initializer=initializers)
    model = helper.make_model(graph, producer_name="make_onnx_fixtures.py",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    return model


def make_bad(rng):
    # Conv at node 1, named "conv1" (on a constant image, so the graph stays valid ONNX):
    # EdgeFront does not evaluate convolutions.
    w = f32(rng, 4, 2)
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["h"], name="fc"),
        helper.make_node("Conv", ["img", "k"], ["c"], name="conv1"),
        helper.make_node("Identity", ["h"], ["y"], name="out"),
    ]
    model = simple_model("bad_conv", io_info("x", 4), nodes,
                         [init("w", w), init("k", f32(rng, 2, 2, 1, 1)), init("img", f32(rng, 1, 2, 3, 3))])
    save("bad_conv", model)

    wn = f32(rng, 4, 2)
    wn[1, 1] = np.nan
    model = simple_model("bad_nan", io_info("x", 4),
                         [helper.make_node("MatMul", ["x", "fc.weight"], ["y"], name="fc")],
                         [init("fc.weight", wn)])
    save("bad_nan", model)

    model = simple_model("bad_double_input", io_info("x", 4, TensorProto.DOUBLE),
                         [helper.make_node("Cast", ["x"], ["xf"], to=TensorProto.FLOAT, name="cast"),
                          helper.make_node("MatMul", ["xf", "w"], ["y"], name="fc")],
                         [init("w", f32(rng, 4, 2))])
    save("bad_double_input", model)

    model = simple_model("bad_two_inputs", io_info("x", 4),
                         [helper.make_node("Add", ["x", "x2"], ["s"], name="add"),
                          helper.make_node("MatMul", ["s", "w"], ["y"], name="fc")],
                         [init("w", f32(rng, 4, 2))], extra_inputs=[io_info("x2", 4)])
    save("bad_two_inputs", model)

    model = simple_model("bad_dynamic_width",
                         helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", "F"]),
                         [helper.make_node("MatMul", ["x", "w"], ["y"], name="fc")],
                         [init("w", f32(rng, 4, 2))])
    save("bad_dynamic_width", model)

    huge = TensorProto()
    huge.name = "huge"
    huge.data_type = TensorProto.FLOAT
    huge.dims.extend([20000, 10000])
    huge.raw_data = b"\0\0\0\0"
    model = simple_model("bad_huge", io_info("x", 20000),
                         [helper.make_node("MatMul", ["x", "huge"], ["y"], name="fc")], [huge])
    save_unchecked("bad_huge", model)


def main():
    rng = np.random.default_rng(20240613)
    make_torch(rng)
    make_helper_ops(rng)
    make_helper_gemm(rng)
    make_helper_opset10(rng)
    make_bad(rng)


if __name__ == "__main__":
    main()
