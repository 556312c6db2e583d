#include "measurement.h"

namespace edgefront {

QString metricToString(Metric m)
{
    switch (m) {
    case Metric::LatencyMs: return QStringLiteral("latency_ms");
    case Metric::EnergyMj: return QStringLiteral("energy_mj");
    case Metric::Accuracy: return QStringLiteral("accuracy");
    }
    return QStringLiteral("latency_ms");
}

std::optional<Metric> metricFromString(QStringView name)
{
    for (Metric m : {Metric::LatencyMs, Metric::EnergyMj, Metric::Accuracy}) {
        if (name == metricToString(m))
            return m;
    }
    return std::nullopt;
}

} // namespace edgefront
