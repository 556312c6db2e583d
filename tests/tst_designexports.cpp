// Designs and runs as files (core/designexports.h): the designs CSV (header with units, RFC 4180
// quoting that CsvReader reads back, exact MACs/params, empty cells for unknown metrics) and
// run reports in markdown and HTML (inputs, picks per device, figures, the SVG chart), written
// atomically with the format taken from the file name.

#include "csvreader.h"
#include "designexports.h"
#include "designspace.h"
#include "designspacecatalog.h"
#include "seededgenerator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace edgefront;

namespace {

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    if (reader.hasError())
        qFatal("CSV does not parse");
    return records;
}

ProjectStore::RunRecord sampleRun(const DesignSpace &space)
{
    QRandomGenerator rng = seededGenerator(4);
    const Architecture a = space.sample(rng), b = space.sample(rng), c = space.sample(rng);
    auto design = [&](const Architecture &arch, double acc, double lat) {
        return QJsonObject{{QStringLiteral("config"), space.toJson(arch)},
                           {QStringLiteral("key"), space.key(arch)},
                           {QStringLiteral("accuracy"), acc},
                           {QStringLiteral("latency_ms"), lat},
                           {QStringLiteral("energy_mj"), QJsonValue()}};
    };
    ProjectStore::RunRecord run;
    run.id = 7;
    run.kind = QStringLiteral("search");
    run.status = ProjectStore::RunStatus::Finished;
    run.inputs = {{QStringLiteral("space"), space.name()},
                  {QStringLiteral("method"), QStringLiteral("nsga2")},
                  {QStringLiteral("budgets"), QJsonObject{{QStringLiteral("latency_ms"), 8.0}}}};
    run.seed = 3;
    run.startedAt = QStringLiteral("2024-01-01T10:00:00Z");
    run.finishedAt = QStringLiteral("2024-01-01T10:00:05Z");
    run.elapsedMs = 5000;
    run.results = {
        QJsonObject{{QStringLiteral("device"), QStringLiteral("phone-gpu-a")},
                    {QStringLiteral("budgets"), QJsonObject{{QStringLiteral("latency_ms"), 8.0}}},
                    {QStringLiteral("best"), design(a, 76.5, 7.9)},
                    {QStringLiteral("evaluations"), 20000},
                    {QStringLiteral("front"), QJsonArray{design(b, 75.0, 6.0), design(c, 77.0, 9.5)}}},
        QJsonObject{{QStringLiteral("device"), QStringLiteral("mcu-a")},
                    {QStringLiteral("budget_ms"), 300.0},
                    {QStringLiteral("config"), space.toJson(b)},
                    {QStringLiteral("accuracy"), 75.0},
                    {QStringLiteral("latency_ms"), 250.0},
                    {QStringLiteral("srcc_before"), 0.81}},
        QJsonObject{{QStringLiteral("device"), QStringLiteral("edge|tpu <b>")},
                    {QStringLiteral("note"), QStringLiteral("no design meets a 0.5 ms budget")}},
    };
    return run;
}

} // namespace

class TestDesignExports : public QObject
{
    Q_OBJECT

private slots:
    void designsCsvHasUnitsProvenanceAndExactCounts_data()
    {
        QTest::addColumn<QString>("space");
        for (const QString &name : designSpaceNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void designsCsvHasUnitsProvenanceAndExactCounts()
    {
        QFETCH(QString, space);
        const DesignSpace &s = *findDesignSpace(space);
        QRandomGenerator rng = seededGenerator(9);
        std::vector<DesignExportRow> rows;
        for (int i = 0; i < 20; ++i) {
            DesignExportRow r;
            r.arch = s.sample(rng);
            r.metrics.accuracy = 70.0 + i * 0.25;
            r.metrics.latencyMs = 1.0 + i;
            r.metrics.energyMj = i % 3 == 0 ? std::numeric_limits<double>::quiet_NaN() : 2.0 * i;
            r.device = QStringLiteral("dev,ice \"q\"");
            r.accuracyProvenance = QStringLiteral("surrogate");
            r.costProvenance = QStringLiteral("analytic model, calibrated");
            rows.push_back(r);
        }
        const QList<QStringList> records = parseCsv(designsCsv(s, rows));
        QCOMPARE(records.first(), (QStringList{QStringLiteral("device"), QStringLiteral("key"), QStringLiteral("accuracy_pct"),
                                               QStringLiteral("latency_ms"), QStringLiteral("energy_mj"), QStringLiteral("macs"),
                                               QStringLiteral("params"), QStringLiteral("peak_memory_mb"),
                                               QStringLiteral("accuracy_provenance"), QStringLiteral("cost_provenance"),
                                               QStringLiteral("config")}));
        QCOMPARE(records.size(), 21);
        for (int i = 0; i < 20; ++i) {
            const QStringList &f = records[i + 1];
            const CostTotals t = s.costs(rows[size_t(i)].arch);
            QCOMPARE(f[0], rows[size_t(i)].device);
            QCOMPARE(f[1], s.key(rows[size_t(i)].arch));
            QCOMPARE(f[2].toDouble(), rows[size_t(i)].metrics.accuracy);
            QCOMPARE(f[3].toDouble(), rows[size_t(i)].metrics.latencyMs);
            QCOMPARE(f[4].isEmpty(), i % 3 == 0);
            QCOMPARE(f[5].toLongLong(), t.macs);
            QCOMPARE(f[6].toLongLong(), t.params);
            QVERIFY(std::abs(f[7].toDouble() - double(t.peakActivationBytes + t.weightBytes) / 1e6) < 1e-5 * f[7].toDouble());
            QCOMPARE(f[9], QStringLiteral("analytic model, calibrated"));
            QString error;
            const auto back = s.fromJson(QJsonDocument::fromJson(f[10].toUtf8()).object(), &error);
            QVERIFY2(back && *back == rows[size_t(i)].arch, qPrintable(error));
        }
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeDesignsCsv(dir.filePath(QStringLiteral("front.csv")), s, rows, &error));
        QVERIFY(!writeDesignsCsv(dir.filePath(QStringLiteral("missing/front.csv")), s, rows, &error));
        QVERIFY2(error.contains(QStringLiteral("missing/front.csv")), qPrintable(error));
    }

    void runReportsShowInputsPicksAndFigures()
    {
        const DesignSpace &s = *findDesignSpace(QStringLiteral("nb201"));
        const ProjectStore::RunRecord run = sampleRun(s);
        const QString md = runReportMarkdown(run);
        QVERIFY(md.startsWith(QStringLiteral("# EdgeFront run 7: search (finished)")));
        QVERIFY(md.contains(QStringLiteral("| method | nsga2 |")));
        QVERIFY(md.contains(QStringLiteral("## Picks per device")));
        QVERIFY(md.contains(QStringLiteral("| phone-gpu-a | 8 ms | 76.5 | 7.9 |")));
        QVERIFY(md.contains(QStringLiteral("| mcu-a | 300 ms | 75 | 250 |")));
        QVERIFY(md.contains(QStringLiteral("edge\\|tpu")));                 // pipes escaped in cells
        QVERIFY(md.contains(QStringLiteral("no design meets a 0.5 ms budget")));
        QVERIFY(md.contains(QStringLiteral("| Device | evaluations | srcc_before |")));
        QVERIFY(md.contains(QStringLiteral("2 further designs")));
        // NAS-Bench-201 keys hold pipes; in a table they are escaped, and MACs are computed.
        QRandomGenerator rng = seededGenerator(4);
        const Architecture a = s.sample(rng);
        QString escaped = s.key(a);
        escaped.replace(u'|', QStringLiteral("\\|"));
        QVERIFY(md.contains(escaped));
        QVERIFY(md.contains(QString::number(double(s.costs(a).macs) / 1e6, 'f', 1)));

        const QString html = runReportHtml(run);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("edge|tpu &lt;b&gt;")));        // escaped, not markup
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QCOMPARE(html.count(QStringLiteral("<circle")), 4 + 2); // 2 picks with metrics + 2 front points, 2 legend dots
        QVERIFY(html.contains(QStringLiteral("latency (ms)")));

        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeRunReport(dir.filePath(QStringLiteral("r.md")), run, &error), qPrintable(error));
        QVERIFY2(writeRunReport(dir.filePath(QStringLiteral("r.html")), run, &error), qPrintable(error));
        QVERIFY(!writeRunReport(dir.filePath(QStringLiteral("r.pdf")), run, &error));
        QVERIFY2(error.contains(QStringLiteral(".md or .html")), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("r.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), md);
    }

    void emptyRunSaysSo()
    {
        ProjectStore::RunRecord run;
        run.id = 1;
        run.kind = QStringLiteral("transfer");
        run.status = ProjectStore::RunStatus::Failed;
        QVERIFY(runReportMarkdown(run).contains(QStringLiteral("The run reports no designs.")));
        QVERIFY(!runReportHtml(run).contains(QStringLiteral("<svg")));
    }
};

QTEST_GUILESS_MAIN(TestDesignExports)
#include "tst_designexports.moc"
