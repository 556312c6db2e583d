// Calibration of a virtual device to measurements:
//  - synthetic: measurements simulated by one fleet device (with noise) are fitted starting from
//    other classes' devices; held-out SRCC must be high (no shared data needed);
//  - NAS-Bench-201: each of the 13 measured devices from 50 samples; held-out SRCC >= 0.9 on at
//    least 10 of them (the bar), and a calibrated device predicts another space.

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "devicecalibration.h"
#include "deviceevaluator.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

// One device per class, as the CLI and the workbench use them.
QList<DeviceProfile> templates(const QString &except = {})
{
    QList<DeviceProfile> out;
    QSet<int> classes;
    for (const DeviceProfile &d : builtinFleet()) {
        if (d.id != except && !classes.contains(int(d.deviceClass))) {
            classes.insert(int(d.deviceClass));
            out.append(d);
        }
    }
    return out;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversASimulatedDevice()
    {
        // Ground truth: a phone big-core CPU, 3 % noise, on 800 random nb201 cells; the phone
        // CPU class is removed from the templates, so the fit must move another class's model.
        const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
        DeviceProfile truth;
        for (const DeviceProfile &d : builtinFleet())
            if (d.deviceClass == DeviceClass::PhoneCpuBig)
                truth = d;
        QList<DeviceProfile> starts;
        for (const DeviceProfile &d : templates())
            if (d.deviceClass != DeviceClass::PhoneCpuBig && d.deviceClass != DeviceClass::PhoneCpuLittle)
                starts.append(d);
        QRandomGenerator rng(12);
        std::vector<Architecture> archs;
        for (int i = 0; i < 800; ++i)
            archs.push_back(space->sample(rng));
        const std::vector<double> measured = DeviceEvaluator(truth).evaluate(*space, archs, Metric::LatencyMs, true);
        DeviceProfile target;
        target.id = QStringLiteral("phone-lab");
        target.name = QStringLiteral("Lab phone");
        target.provenance = DeviceProvenance::Measured;
        CalibrationOptions options;
        options.samples = 50;
        QString error;
        const auto result = calibrateDevice(*space, archs, measured, target, starts, options, &error);
        QVERIFY2(result, qPrintable(error));
        qInfo("synthetic: held-out SRCC %.3f, MAPE %.1f %%, template %s", result->heldOutSrcc,
              100 * result->heldOutMape, qPrintable(result->templateId));
        QCOMPARE(result->heldOutSamples, 750);
        QVERIFY(result->heldOutSrcc >= 0.95);
        QVERIFY(result->heldOutMape <= 0.10);
        QCOMPARE(result->device.id, QStringLiteral("phone-lab-calibrated"));
        QCOMPARE(result->device.provenance, DeviceProvenance::Calibrated);
        QCOMPARE(result->device.calibration.value(QStringLiteral("samples")).toInt(), 50);
        // A calibrated device is a profile like any other: it round-trips and runs on other spaces.
        QString e2;
        const auto back = DeviceProfile::fromJson(result->device.toJson(), &e2);
        QVERIFY2(back, qPrintable(e2));
        const DesignSpace *ofa = findDesignSpace(QStringLiteral("ofa-mbv3-w10"));
        QRandomGenerator rng2(3);
        const std::vector<Architecture> others{ofa->sample(rng2), ofa->sample(rng2)};
        for (double v : DeviceEvaluator(*back).evaluate(*ofa, others, Metric::LatencyMs))
            QVERIFY(std::isfinite(v) && v > 0);
    }

    void rejectsTooFewMeasurements()
    {
        const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
        QRandomGenerator rng(1);
        std::vector<Architecture> archs{space->sample(rng), space->sample(rng)};
        std::vector<double> values{1.0, 2.0};
        DeviceProfile target;
        target.id = QStringLiteral("x");
        QString error;
        QVERIFY(!calibrateDevice(*space, archs, values, target, templates(), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("2 latency measurements")), qPrintable(error));
        CalibrationOptions tiny;
        tiny.samples = 3;
        QVERIFY(!tiny.isValid(&error));
    }

    void nasBench201Devices()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "nb201/latency_ms.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
        std::vector<Architecture> archs;
        std::vector<std::vector<double>> latency(size_t(header.size() - 2));
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (f.size() != header.size())
                continue;
            archs.push_back(*space->fromString(f[1], nullptr));
            for (int j = 2; j < f.size(); ++j)
                latency[size_t(j - 2)].push_back(f[j].toDouble());
        }
        int good = 0;
        for (size_t j = 0; j < latency.size(); ++j) {
            DeviceProfile target;
            target.id = header[int(j) + 2];
            target.provenance = DeviceProvenance::Measured;
            CalibrationOptions options;
            options.samples = 50;
            options.seed = 1;
            QString error;
            QElapsedTimer timer;
            timer.start();
            const auto r = calibrateDevice(*space, archs, latency[j], target, templates(), options, &error);
            QVERIFY2(r, qPrintable(error));
            good += r->heldOutSrcc >= 0.9;
            qInfo("%-15s held-out (%d): SRCC %.3f  Kendall %.3f  MAPE %5.1f %%  template %s  %lld ms",
                  qPrintable(target.id), r->heldOutSamples, r->heldOutSrcc, r->heldOutKendall, 100 * r->heldOutMape,
                  qPrintable(r->templateId), timer.elapsed());
        }
        QVERIFY2(good >= 10, qPrintable(QString::number(good)));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
