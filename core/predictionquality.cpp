#include "predictionquality.h"

#include "rankcorrelation.h"

#include <cmath>
#include <vector>

namespace edgefront {

PredictionQuality predictionQuality(std::span<const double> predicted, std::span<const double> truth)
{
    std::vector<double> p, t;
    for (size_t i = 0; i < std::min(predicted.size(), truth.size()); ++i) {
        if (std::isfinite(predicted[i]) && std::isfinite(truth[i])) {
            p.push_back(predicted[i]);
            t.push_back(truth[i]);
        }
    }
    PredictionQuality q;
    q.n = int(p.size());
    if (q.n == 0)
        return q;
    double se = 0, ape = 0;
    int relative = 0, w5 = 0, w10 = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        se += (p[i] - t[i]) * (p[i] - t[i]);
        if (t[i] != 0) {
            const double e = std::abs(p[i] - t[i]) / std::abs(t[i]);
            ape += e;
            w5 += e <= 0.05;
            w10 += e <= 0.10;
            ++relative;
        }
    }
    q.rmse = std::sqrt(se / q.n);
    q.mape = relative ? ape / relative : 0.0;
    q.within5 = relative ? double(w5) / relative : 0.0;
    q.within10 = relative ? double(w10) / relative : 0.0;
    q.spearman = spearman(p, t);
    q.kendall = kendallTau(p, t);
    return q;
}

QJsonObject PredictionQuality::toJson() const
{
    auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("n"), n},           {QStringLiteral("rmse"), num(rmse)},
            {QStringLiteral("mape"), num(mape)}, {QStringLiteral("within_5"), num(within5)},
            {QStringLiteral("within_10"), num(within10)}, {QStringLiteral("spearman"), num(spearman)},
            {QStringLiteral("kendall"), num(kendall)}};
}

PredictionQuality PredictionQuality::fromJson(const QJsonObject &o)
{
    PredictionQuality q;
    q.n = o.value(QStringLiteral("n")).toInt();
    q.rmse = o.value(QStringLiteral("rmse")).toDouble(NAN);
    q.mape = o.value(QStringLiteral("mape")).toDouble(NAN);
    q.within5 = o.value(QStringLiteral("within_5")).toDouble(NAN);
    q.within10 = o.value(QStringLiteral("within_10")).toDouble(NAN);
    q.spearman = o.value(QStringLiteral("spearman")).toDouble(NAN);
    q.kendall = o.value(QStringLiteral("kendall")).toDouble(NAN);
    return q;
}

} // namespace edgefront
