#pragma once
// Table model of a layer graph: one row per layer, columns for type, shapes, kernel, stride,
// groups, bits, MACs, parameters and bytes. Sorting uses Qt::UserRole (raw numbers).

#include "layergraph.h"

#include <QAbstractTableModel>

namespace edgefront {

class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn, NameColumn, TypeColumn, InputColumn, OutputColumn, KernelColumn, StrideColumn,
        GroupsColumn, BitsColumn, MacsColumn, ParamsColumn, WeightBytesColumn, ActivationBytesColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit LayerTableModel(QObject *parent = nullptr);

    void setGraph(LayerGraph graph);
    const LayerGraph &graph() const { return m_graph; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LayerGraph m_graph;
};

} // namespace edgefront
