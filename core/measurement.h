#pragma once
// Measurements: (device, architecture, metric, value, provenance, time), and a parsed batch
// of them as an import produces it (deduplicated architectures, rows pointing into them).

#include "architecture.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace edgefront {

enum class Metric : quint8 { LatencyMs, EnergyMj, Accuracy };
constexpr int kMetricCount = 3;

QString metricToString(Metric m); // "latency_ms", "energy_mj", "accuracy"
std::optional<Metric> metricFromString(QStringView name);

// One parsed table of measurements for one design space.
struct MeasurementBatch
{
    struct Row
    {
        int arch = -1;        // index into archs
        int device = -1;      // index into devices; -1 for device-independent metrics (accuracy)
        int dataset = -1;     // index into datasets (accuracy tables with one column per dataset)
        Metric metric = Metric::LatencyMs;
        double value = 0.0;
        int line = 0;         // 1-based line in the source file
    };

    QString space;
    QString source;            // file the rows came from
    QString provenance = QStringLiteral("measured");
    std::vector<Architecture> archs; // unique architectures, in first-seen order
    QStringList keys;          // DesignSpace::key of each arch
    QStringList devices;       // device ids referenced by rows
    QStringList datasets;
    std::vector<Row> rows;
};

} // namespace edgefront
