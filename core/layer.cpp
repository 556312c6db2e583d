#include "layer.h"

#include <array>

namespace edgefront {

namespace {

constexpr std::array<const char *, 16> kTypeNames = {
    "conv", "depthwise", "pointwise", "squeeze_excite", "activation",
    "pooling", "add", "linear", "zero",
    "max_pool", "mul", "concat", "resize", "softmax", "copy", "other",
};

QString opSuffix(const Layer &layer)
{
    switch (layer.type) {
    case LayerType::Activation:
        return activationKindToString(layer.activation);
    case LayerType::Conv:
    case LayerType::Pointwise:
        return QStringLiteral("conv%1x%1").arg(layer.kernel);
    case LayerType::Pooling:
        return QStringLiteral("avgpool");
    default:
        return layerTypeToString(layer.type);
    }
}

QString blockRoleSuffix(const Layer &layer)
{
    QString base;
    switch (layer.role) {
    case LayerRole::Expand: base = QStringLiteral("expand"); break;
    case LayerRole::DepthwiseConv: base = QStringLiteral("dw"); break;
    case LayerRole::SqueezeExcite: base = QStringLiteral("se"); break;
    case LayerRole::Project: base = QStringLiteral("project"); break;
    default: base = QStringLiteral("add"); break;
    }
    if (layer.type == LayerType::Activation)
        base += u'.' + activationKindToString(layer.activation);
    return base;
}

// Imported layers: the operation with its kernel, e.g. "conv3x3", "dwconv5x5", "relu6".
QString importedName(const Layer &layer)
{
    switch (layer.type) {
    case LayerType::Conv:
    case LayerType::Pointwise:
        return QStringLiteral("conv%1x%1").arg(layer.kernel);
    case LayerType::Depthwise:
        return QStringLiteral("dwconv%1x%1").arg(layer.kernel);
    case LayerType::Activation:
        return activationKindToString(layer.activation);
    case LayerType::Pooling:
        return QStringLiteral("avgpool");
    case LayerType::MaxPool:
        return QStringLiteral("maxpool");
    default:
        return layerTypeToString(layer.type);
    }
}

QString withAct(const QString &base, const Layer &layer)
{
    return layer.type == LayerType::Activation ? base + u'.' + activationKindToString(layer.activation)
                                               : base;
}

} // namespace

QString layerTypeToString(LayerType type)
{
    return QString::fromLatin1(kTypeNames[size_t(type)]);
}

std::optional<LayerType> layerTypeFromString(QStringView name)
{
    for (size_t i = 0; i < kTypeNames.size(); ++i) {
        if (name == QLatin1StringView(kTypeNames[i]))
            return LayerType(i);
    }
    return std::nullopt;
}

QString activationKindToString(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::Relu: return QStringLiteral("relu");
    case ActivationKind::HSwish: return QStringLiteral("h_swish");
    case ActivationKind::HSigmoid: return QStringLiteral("h_sigmoid");
    case ActivationKind::Relu6: return QStringLiteral("relu6");
    case ActivationKind::Clip: return QStringLiteral("clip");
    case ActivationKind::Sigmoid: return QStringLiteral("sigmoid");
    case ActivationKind::Tanh: return QStringLiteral("tanh");
    case ActivationKind::LeakyRelu: return QStringLiteral("leaky_relu");
    case ActivationKind::Swish: return QStringLiteral("swish");
    case ActivationKind::Other: return QStringLiteral("elementwise");
    case ActivationKind::None: break;
    }
    return QStringLiteral("none");
}

QString layerName(const Layer &layer)
{
    switch (layer.role) {
    case LayerRole::Stem:
        return withAct(QStringLiteral("first_conv"), layer);
    case LayerRole::Expand:
    case LayerRole::DepthwiseConv:
    case LayerRole::SqueezeExcite:
    case LayerRole::Project:
    case LayerRole::Shortcut:
        return QStringLiteral("s%1.b%2.").arg(layer.stage).arg(layer.block) + blockRoleSuffix(layer);
    case LayerRole::FinalExpand:
        return withAct(QStringLiteral("final_expand"), layer);
    case LayerRole::GlobalPool:
        return QStringLiteral("global_pool");
    case LayerRole::FeatureMix:
        return withAct(QStringLiteral("feature_mix"), layer);
    case LayerRole::Classifier:
        return QStringLiteral("classifier");
    case LayerRole::CellEdge:
        return QStringLiteral("cell%1.%2.e%3.").arg(layer.stage).arg(layer.block).arg(layer.edge)
               + opSuffix(layer);
    case LayerRole::CellNode:
        return QStringLiteral("cell%1.%2.node%3.").arg(layer.stage).arg(layer.block).arg(layer.edge)
               + (layer.type == LayerType::Zero ? QStringLiteral("zero") : QStringLiteral("sum"));
    case LayerRole::ReductionA:
        return QStringLiteral("reduce%1.a.").arg(layer.stage) + opSuffix(layer);
    case LayerRole::ReductionB:
        return QStringLiteral("reduce%1.b.").arg(layer.stage) + opSuffix(layer);
    case LayerRole::ReductionShortcutPool:
        return QStringLiteral("reduce%1.shortcut.avgpool").arg(layer.stage);
    case LayerRole::ReductionShortcutConv:
        return QStringLiteral("reduce%1.shortcut.conv1x1").arg(layer.stage);
    case LayerRole::ReductionSum:
        return QStringLiteral("reduce%1.add").arg(layer.stage);
    case LayerRole::LastAct:
        return QStringLiteral("lastact.relu");
    case LayerRole::Imported:
        return importedName(layer);
    }
    return layerTypeToString(layer.type);
}

} // namespace edgefront
