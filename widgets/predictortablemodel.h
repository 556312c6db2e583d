#pragma once
// Table model of a project's predictors: one row per stored predictor (in the project's order),
// columns name, kind, space, metric, device ("any device" for device-independent ones),
// provenance and the held-out quality (Spearman, MAPE, share within ±10 %).
//
// Contract: Qt::UserRole (IdRole) of every cell is the predictor's id in the project; SortRole
// gives raw values (quality as numbers, missing quality as an invalid QVariant so it sorts
// last); FilterRole is the text a filter matches (display text, plus the summary in the name
// column and the device id in the device column). The model is a snapshot: refresh() re-reads
// the project (a reset).

#include "projectstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace edgefront {

class PredictorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        SpaceColumn,
        MetricColumn,
        DeviceColumn,
        ProvenanceColumn,
        SpearmanColumn,
        MapeColumn,
        Within10Column,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FilterRole = Qt::UserRole + 2;

    explicit PredictorTableModel(QObject *parent = nullptr);

    // Re-reads the predictors (and device names); a null project empties the model.
    void refresh(const ProjectStore *project);
    void setPredictors(QList<ProjectStore::StoredPredictor> predictors, QHash<QString, QString> deviceNames = {});

    const ProjectStore::StoredPredictor &predictor(int row) const { return m_predictors.at(row); }
    // Row of the predictor with this id, or -1.
    int rowOfId(qint64 id) const;

    // Translated labels, e.g. "MACs baseline", "Latency (ms)".
    static QString kindDisplayName(PredictorKind kind);
    static QString metricDisplayName(Metric metric);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString deviceText(const PredictorInfo &info) const;

    QList<ProjectStore::StoredPredictor> m_predictors;
    QHash<QString, QString> m_deviceNames;
};

} // namespace edgefront
