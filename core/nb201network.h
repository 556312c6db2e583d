#pragma once
// NAS-Bench-201's CIFAR network (Dong & Yang, ICLR 2020; D-X-Y/NAS-Bench-201, TinyNetwork):
// 3x3 stem conv (16 ch) -> 3 stages of 5 cells at 16/32/64 channels, joined by residual
// reduction blocks (ReLU-conv3x3/2-BN, ReLU-conv3x3-BN, shortcut avgpool2x2 + conv1x1) ->
// BN + ReLU -> global pool -> linear classifier.
//
// A cell has 4 nodes; node j sums op(i -> j)(node i) over i < j; its output is node 3. Edges,
// in the order of the standard string |op~0|+|op~0|op~1|+|op~0|op~1|op~2|:
// 0:(0->1) 1:(0->2) 2:(1->2) 3:(0->3) 4:(1->3) 5:(2->3). nor_conv_kxk is ReLU-conv-BN,
// avg_pool_3x3 is a 3x3/1 average pool, skip_connect the identity, none contributes nothing
// (a node with only `none` inputs is a zero tensor).

#include "layergraph.h"

#include <array>

namespace edgefront {

enum class Nb201Op : quint8 { None, SkipConnect, Conv1x1, Conv3x3, AvgPool3x3 };

struct Nb201Cell
{
    static constexpr int kEdges = 6;
    std::array<Nb201Op, kEdges> ops{};

    static constexpr std::array<int, kEdges> kEdgeFrom = {0, 0, 1, 0, 1, 2};
    static constexpr std::array<int, kEdges> kEdgeTo = {1, 2, 2, 3, 3, 3};
};

struct Nb201NetworkOptions
{
    int resolution = 32;   // CIFAR
    int classes = 10;      // CIFAR-10
    int cellsPerStage = 5; // N
    int stemChannels = 16;
};

LayerGraph buildNb201Graph(const Nb201Cell &cell, const Nb201NetworkOptions &options = {});

} // namespace edgefront
