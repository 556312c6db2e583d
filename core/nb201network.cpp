#include "nb201network.h"

namespace edgefront {

namespace {

// Appends one cell reading `input`; returns the layer holding node 3.
int addCell(LayerGraph &g, int input, const Nb201Cell &cell, int stage, int index)
{
    const TensorShape shape = g.shapeOf(input);
    const int c = shape.c;
    std::array<int, 4> node{input, 0, 0, 0};
    for (int to = 1; to <= 3; ++to) {
        int sum = 0;
        bool hasSum = false;
        for (int e = 0; e < Nb201Cell::kEdges; ++e) {
            if (Nb201Cell::kEdgeTo[size_t(e)] != to)
                continue;
            const int from = node[size_t(Nb201Cell::kEdgeFrom[size_t(e)])];
            g.setPosition(stage, index, e);
            int out = 0;
            switch (cell.ops[size_t(e)]) {
            case Nb201Op::None:
                continue;
            case Nb201Op::SkipConnect:
                out = from;
                break;
            case Nb201Op::Conv1x1:
            case Nb201Op::Conv3x3: {
                const int k = cell.ops[size_t(e)] == Nb201Op::Conv1x1 ? 1 : 3;
                out = g.addActivation(from, ActivationKind::Relu, LayerRole::CellEdge);
                out = g.addConv(out, {LayerRole::CellEdge, c, k, 1, 1, false});
                break;
            }
            case Nb201Op::AvgPool3x3:
                out = g.addPool(from, 3, 1, 1, LayerRole::CellEdge);
                break;
            }
            if (!hasSum) {
                sum = out;
                hasSum = true;
            } else {
                g.setPosition(stage, index, to);
                sum = g.addAdd(sum, out, LayerRole::CellNode);
            }
        }
        if (!hasSum) {
            g.setPosition(stage, index, to);
            sum = g.addZero(shape, LayerRole::CellNode);
        }
        node[size_t(to)] = sum;
    }
    return node[3];
}

} // namespace

LayerGraph buildNb201Graph(const Nb201Cell &cell, const Nb201NetworkOptions &o)
{
    LayerGraph g({3, o.resolution, o.resolution});
    g.reserve(3 * o.cellsPerStage * 16 + 20);
    g.setPosition(0, -1);
    int x = g.addConv(LayerGraph::kNetworkInput, {LayerRole::Stem, o.stemChannels, 3, 1, 1, false});
    int channels = o.stemChannels;
    for (int stage = 0; stage < 3; ++stage) {
        if (stage > 0) {
            channels *= 2;
            g.setPosition(stage, -1);
            const int in = x;
            int a = g.addActivation(in, ActivationKind::Relu, LayerRole::ReductionA);
            a = g.addConv(a, {LayerRole::ReductionA, channels, 3, 2, 1, false});
            int b = g.addActivation(a, ActivationKind::Relu, LayerRole::ReductionB);
            b = g.addConv(b, {LayerRole::ReductionB, channels, 3, 1, 1, false});
            int shortcut = g.addPool(in, 2, 2, 0, LayerRole::ReductionShortcutPool);
            shortcut = g.addConv(shortcut, {LayerRole::ReductionShortcutConv, channels, 1, 1, 1, false});
            x = g.addAdd(shortcut, b, LayerRole::ReductionSum);
        }
        for (int i = 0; i < o.cellsPerStage; ++i)
            x = addCell(g, x, cell, stage, i);
    }
    g.setPosition(3, -1);
    x = g.addActivation(x, ActivationKind::Relu, LayerRole::LastAct);
    x = g.addGlobalPool(x);
    g.addLinear(x, o.classes, true);
    return g;
}

} // namespace edgefront
