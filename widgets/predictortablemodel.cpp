#include "predictortablemodel.h"

#include <QLocale>

#include <cmath>

namespace edgefront {

PredictorTableModel::PredictorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PredictorTableModel::refresh(const ProjectStore *project)
{
    if (!project) {
        setPredictors({}, {});
        return;
    }
    QHash<QString, QString> names;
    for (const DeviceProfile &d : project->devices())
        names.insert(d.id, d.name);
    setPredictors(project->predictors(), std::move(names));
}

void PredictorTableModel::setPredictors(QList<ProjectStore::StoredPredictor> predictors,
                                        QHash<QString, QString> deviceNames)
{
    beginResetModel();
    m_predictors = std::move(predictors);
    m_deviceNames = std::move(deviceNames);
    endResetModel();
}

int PredictorTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_predictors.size(); ++row) {
        if (m_predictors.at(row).id == id)
            return row;
    }
    return -1;
}

QString PredictorTableModel::kindDisplayName(PredictorKind kind)
{
    switch (kind) {
    case PredictorKind::Macs: return tr("MACs baseline");
    case PredictorKind::Linear: return tr("Linear (operator-level)");
    case PredictorKind::Mlp: return tr("MLP");
    case PredictorKind::Accuracy: return tr("Accuracy MLP");
    case PredictorKind::Scalable: return tr("Scalable");
    case PredictorKind::Imported: return tr("Imported (ONNX)");
    }
    return {};
}

QString PredictorTableModel::metricDisplayName(Metric metric)
{
    switch (metric) {
    case Metric::LatencyMs: return tr("Latency (ms)");
    case Metric::EnergyMj: return tr("Energy (mJ)");
    case Metric::Accuracy: return tr("Accuracy (%)");
    }
    return {};
}

QString PredictorTableModel::deviceText(const PredictorInfo &info) const
{
    if (info.device.isEmpty())
        return tr("any device");
    return m_deviceNames.value(info.device, info.device);
}

int PredictorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_predictors.size());
}

int PredictorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectStore::StoredPredictor &p = m_predictors.at(index.row());
    const PredictorInfo &info = p.info;
    const bool numeric = index.column() >= SpearmanColumn;
    switch (role) {
    case IdRole:
        return p.id;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2").arg(info.name, info.summary());
        if (!info.provenance.isEmpty())
            tip += u'\n' + tr("Trained on: %1").arg(info.provenance);
        if (info.quality)
            tip += u'\n' + tr("Held-out: %n architecture(s)", nullptr, info.quality->n);
        else
            tip += u'\n' + tr("No held-out quality (imported); check it in the quality view");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    case FilterRole:
        if (index.column() == NameColumn)
            return QStringLiteral("%1 %2").arg(info.name, info.summary());
        if (index.column() == DeviceColumn)
            return QStringLiteral("%1 %2").arg(deviceText(info), info.device);
        break;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    const QLocale locale;
    auto quality = [&](double value, bool percent) -> QVariant {
        if (!info.quality || !std::isfinite(value))
            return sort ? QVariant() : QVariant(QStringLiteral("—"));
        if (sort)
            return value;
        return percent ? tr("%1 %").arg(locale.toString(100 * value, 'f', 1)) : locale.toString(value, 'f', 3);
    };
    switch (index.column()) {
    case NameColumn: return info.name;
    case KindColumn: return kindDisplayName(info.kind);
    case SpaceColumn: return info.space;
    case MetricColumn: return metricDisplayName(info.metric);
    case DeviceColumn: return deviceText(info);
    case ProvenanceColumn: return info.provenance;
    case SpearmanColumn: return quality(info.quality ? info.quality->spearman : NAN, false);
    case MapeColumn: return quality(info.quality ? info.quality->mape : NAN, true);
    case Within10Column: return quality(info.quality ? info.quality->within10 : NAN, true);
    default: break;
    }
    return {};
}

QVariant PredictorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Name"),   QT_TR_NOOP("Kind"),       QT_TR_NOOP("Space"),
        QT_TR_NOOP("Metric"), QT_TR_NOOP("Device"),     QT_TR_NOOP("Provenance"),
        QT_TR_NOOP("Spearman"), QT_TR_NOOP("MAPE"),     QT_TR_NOOP("±10 %")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Predictor name"),
        QT_TR_NOOP("Model kind: MACs baseline, operator-level linear, MLP, accuracy MLP, scalable "
                   "(device-conditioned) or imported ONNX"),
        QT_TR_NOOP("Design space whose architectures the predictor takes"),
        QT_TR_NOOP("What the predictor predicts"),
        QT_TR_NOOP("The device predicted; \"any device\" for accuracy and device-conditioned predictors"),
        QT_TR_NOOP("The data the predictor was trained on"),
        QT_TR_NOOP("Spearman rank correlation of predictions and truth on held-out architectures"),
        QT_TR_NOOP("Mean absolute percentage error on held-out architectures"),
        QT_TR_NOOP("Share of held-out predictions within ±10 % of the truth")};
    return tr(role == Qt::ToolTipRole ? tips[section] : titles[section]);
}

} // namespace edgefront
