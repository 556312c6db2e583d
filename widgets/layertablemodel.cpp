#include "layertablemodel.h"

#include <QLocale>

namespace edgefront {

namespace {

QString shapeText(const TensorShape &s)
{
    return QStringLiteral("%1×%2×%3").arg(s.c).arg(s.h).arg(s.w);
}

} // namespace

LayerTableModel::LayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LayerTableModel::setGraph(LayerGraph graph)
{
    beginResetModel();
    m_graph = std::move(graph);
    endResetModel();
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_graph.size();
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Layer &l = m_graph.layer(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        const bool text = index.column() == NameColumn || index.column() == TypeColumn;
        return QVariant::fromValue(Qt::Alignment(text ? Qt::AlignLeft | Qt::AlignVCenter
                                                      : Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case IndexColumn: return index.row();
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2 → %3)").arg(layerName(l), shapeText(l.in), shapeText(l.out));
        return layerName(l);
    case TypeColumn: return layerTypeToString(l.type);
    case InputColumn: return sort ? QVariant(l.in.elements()) : QVariant(shapeText(l.in));
    case OutputColumn: return sort ? QVariant(l.out.elements()) : QVariant(shapeText(l.out));
    case KernelColumn: return int(l.kernel);
    case StrideColumn: return int(l.stride);
    case GroupsColumn: return l.groups;
    case BitsColumn:
        if (sort)
            return int(l.weightBits);
        return l.weightBits == l.activationBits ? QString::number(l.weightBits)
                                                : tr("w%1/a%2").arg(l.weightBits).arg(l.activationBits);
    case MacsColumn: return sort ? QVariant(l.macs) : QVariant(locale.toString(l.macs));
    case ParamsColumn: return sort ? QVariant(l.params) : QVariant(locale.toString(l.params));
    case WeightBytesColumn: return sort ? QVariant(l.weightBytes()) : QVariant(locale.toString(l.weightBytes()));
    case ActivationBytesColumn:
        return sort ? QVariant(l.activationBytes()) : QVariant(locale.toString(l.activationBytes()));
    default: break;
    }
    return {};
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("#"), QT_TR_NOOP("Layer"), QT_TR_NOOP("Type"), QT_TR_NOOP("Input"),
        QT_TR_NOOP("Output"), QT_TR_NOOP("Kernel"), QT_TR_NOOP("Stride"), QT_TR_NOOP("Groups"),
        QT_TR_NOOP("Bits"), QT_TR_NOOP("MACs"), QT_TR_NOOP("Parameters"), QT_TR_NOOP("Weight bytes"),
        QT_TR_NOOP("Activation bytes")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Execution order"), QT_TR_NOOP("Layer name"), QT_TR_NOOP("Operation type"),
        QT_TR_NOOP("Input tensor: channels × height × width"),
        QT_TR_NOOP("Output tensor: channels × height × width"), QT_TR_NOOP("Kernel size"),
        QT_TR_NOOP("Stride"), QT_TR_NOOP("Convolution groups"),
        QT_TR_NOOP("Bits per weight and activation (32 float, 16 half, 8/4 integer)"),
        QT_TR_NOOP("Multiply-accumulates (Once-for-All's counting)"),
        QT_TR_NOOP("Weights and biases (batch norm folded)"),
        QT_TR_NOOP("Parameters × bits ÷ 8"), QT_TR_NOOP("Output elements × bits ÷ 8")};
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(role == Qt::ToolTipRole ? tips[section] : titles[section]);
}

} // namespace edgefront
