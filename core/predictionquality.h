#pragma once
// Quality of predictions against held-out truth. JSON keys: rmse, mape, within_5, within_10,
// spearman, kendall, n. MAPE and the within-x % shares are relative to the truth (rows whose
// truth is 0 are left out of them); non-finite pairs are dropped.

#include <QJsonObject>

#include <span>

namespace edgefront {

struct PredictionQuality
{
    int n = 0;
    double rmse = 0.0;
    double mape = 0.0;     // fraction (0.05 = 5 %)
    double within5 = 0.0;  // share of predictions within +-5 % of the truth
    double within10 = 0.0;
    double spearman = 0.0;
    double kendall = 0.0;

    QJsonObject toJson() const;
    static PredictionQuality fromJson(const QJsonObject &o);
};

PredictionQuality predictionQuality(std::span<const double> predicted, std::span<const double> truth);

} // namespace edgefront
