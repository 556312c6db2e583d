// Measurement tables: the CSV reader (RFC 4180 quoting, line ends, positions, chunking) and
// the import of long and wide tables into a MeasurementBatch, including the published
// NAS-Bench-201 and Once-for-All files as they are and every rejected input.

#include "csvreader.h"
#include "designspacecatalog.h"
#include "measurementcsv.h"
#include "nb201space.h"
#include "ofambv3space.h"
#include "testdata.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace edgefront;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

struct CsvResult
{
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
};

CsvResult readAll(QIODevice &device)
{
    CsvResult result;
    CsvReader reader(device);
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.lines.append(reader.line());
    }
    result.error = reader.errorString();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();
    return result;
}

CsvResult readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer);
}

// Hands out at most a few bytes per read, so that every record crosses read boundaries.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data)), m_step(step)
    {
    }
    bool isSequential() const override { return true; }
    qint64 reads = 0;

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        ++reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

const DesignSpace &space(const QString &name)
{
    const DesignSpace *s = findDesignSpace(name);
    Q_ASSERT(s);
    return *s;
}

std::optional<MeasurementBatch> importText(const QByteArray &csv, const QString &source, const QString &spaceName,
                                           const MeasurementCsvOptions &options, QString *error)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return readMeasurementCsv(buffer, source, space(spaceName), options, error);
}

QString dashed(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts.append(QString::number(v));
    return parts.join(u'-');
}

// An OFA row's architecture columns: ks, e, d, r with the given kernel in every slot.
QByteArray ofaArch(int kernel, int depth = 2, int r = 224)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(dashed(QList<int>(20, kernel)), dashed(QList<int>(20, 4)), dashed(QList<int>(5, depth)))
        .arg(r)
        .toUtf8();
}

const QByteArray kCell0 = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";
const QByteArray kCell1 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|";

// Lines of a text file, 1-based (lines[0] is empty).
QList<QByteArray> fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.prepend(QByteArray());
    return lines;
}

// The value a wide batch holds for (line, column header).
QHash<QPair<int, QString>, double> valuesByLineAndColumn(const MeasurementBatch &batch)
{
    QHash<QPair<int, QString>, double> out;
    for (const MeasurementBatch::Row &row : batch.rows)
        out.insert({row.line, row.device >= 0 ? batch.devices[row.device] : batch.datasets[row.dataset]}, row.value);
    return out;
}

} // namespace

class TestMeasurementCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- CsvReader -------------------------------------------------------------------------

    void csvRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList one2{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << QList<QStringList>{ab, one2} << QList<int>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{ab, one2} << QList<int>{1, 2};
        QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << QList<QStringList>{ab, one2} << QList<int>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{ab, one2} << QList<int>{1, 2};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2") << QList<QStringList>{ab, one2}
                             << QList<int>{1, 2};
        QTest::newRow("blank lines") << QByteArray("\na,b\n\n\r\n1,2\n\n") << QList<QStringList>{ab, one2}
                                     << QList<int>{2, 5};
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"1,5\",2\n")
                                      << QList<QStringList>{ab, {QStringLiteral("1,5"), QStringLiteral("2")}}
                                      << QList<int>{1, 2};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << QList<QStringList>{ab, {QStringLiteral("say \"hi\""), QStringLiteral("\"")}}
                                        << QList<int>{1, 2};
        QTest::newRow("newline in quotes") << QByteArray("a,b\n\"x\ny\",2\n3,4\n")
                                           << QList<QStringList>{ab, {QStringLiteral("x\ny"), QStringLiteral("2")},
                                                                 {QStringLiteral("3"), QStringLiteral("4")}}
                                           << QList<int>{1, 2, 4};
        QTest::newRow("crlf in quotes") << QByteArray("a,b\r\n\"x\r\n\r\ny\",2\r\n3,4")
                                        << QList<QStringList>{ab, {QStringLiteral("x\r\n\r\ny"), QStringLiteral("2")},
                                                              {QStringLiteral("3"), QStringLiteral("4")}}
                                        << QList<int>{1, 2, 5};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\"\"")
                                      << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                                            {QString(), QString(), QString()},
                                                            {QString(), QStringLiteral("x"), QString()}}
                                      << QList<int>{1, 2, 3};
        QTest::newRow("spaces kept") << QByteArray("a,b\n 1 , 2\n")
                                     << QList<QStringList>{ab, {QStringLiteral(" 1 "), QStringLiteral(" 2")}}
                                     << QList<int>{1, 2};
        QTest::newRow("utf-8") << QByteArray("gerät,b\n\"µs\",2\n")
                               << QList<QStringList>{{QString::fromUtf8("gerät"), QStringLiteral("b")},
                                                     {QString::fromUtf8("µs"), QStringLiteral("2")}}
                               << QList<int>{1, 2};
        QTest::newRow("header only") << QByteArray("a,b\n") << QList<QStringList>{ab} << QList<int>{1};
        QTest::newRow("empty") << QByteArray() << QList<QStringList>{} << QList<int>{};
    }
    void csvRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const CsvResult result = readAll(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);

        // The same through a device that hands out one byte per read.
        TrickleDevice trickle(input, 1);
        trickle.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        const CsvResult slow = readAll(trickle);
        QVERIFY2(slow.error.isEmpty(), qPrintable(slow.error));
        QCOMPARE(slow.records, records);
        QCOMPARE(slow.lines, lines);
    }

    void csvColumns()
    {
        // Columns count characters (ä and µ are two bytes each), and restart after a quoted
        // line break.
        QBuffer buffer;
        buffer.setData(QByteArray("ä,µ,c\n\"x\nyz\",ää,\"q\"\n"));
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.column(0), 1);
        QCOMPARE(reader.column(1), 3);
        QCOMPARE(reader.column(2), 5);
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(reader.line(), 2);
        QCOMPARE(reader.fieldLine(0), 2);
        QCOMPARE(reader.column(0), 1);
        QCOMPARE(reader.fieldLine(1), 3);
        QCOMPARE(reader.column(1), 5);
        QCOMPARE(reader.column(2), 8);
        QCOMPARE(fields, QStringList({QStringLiteral("x\nyz"), QString::fromUtf8("ää"), QStringLiteral("q")}));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(!reader.hasError());
        QCOMPARE(reader.recordCount(), 2);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"abc\n4,5\n")
                                            << QStringLiteral("unterminated quoted field") << 3 << 3;
        QTest::newRow("truncated row") << QByteArray("a,b,c\n1,2,3\n1,2\n")
                                       << QStringLiteral("truncated row: expected 3 fields, got 2") << 3 << 4;
        QTest::newRow("truncated at end") << QByteArray("a,b,c\n1,2,3\n1,2")
                                          << QStringLiteral("truncated row: expected 3 fields, got 2") << 3 << 4;
        QTest::newRow("overlong row") << QByteArray("a,b\n1,2\n1,2,3\n")
                                      << QStringLiteral("overlong row: expected 2 fields, got 3") << 3 << 5;
        QTest::newRow("quote in unquoted field") << QByteArray("a,b\n1,x\"y\n")
                                                 << QStringLiteral("quote inside an unquoted field") << 2 << 4;
        QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n")
                                                  << QStringLiteral("unexpected text after a closing quote") << 2 << 4;
        QTest::newRow("truncated after quoted newline") << QByteArray("a,b\n\"x\ny\"\n")
                                                        << QStringLiteral("truncated row") << 3 << 3;
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << QStringLiteral("UTF-16") << 1 << 1;
    }
    void csvErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        for (qint64 step : {qint64(1) << 30, qint64(1), qint64(3)}) {
            TrickleDevice device(input, step);
            device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            const CsvResult result = readAll(device);
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
            QCOMPARE(result.errorLine, line);
            QCOMPARE(result.errorColumn, column);
        }
    }

    void csvChunks()
    {
        // Several MiB, so records straddle the reader's 1 MiB reads in every state: inside
        // quotes, on a "" pair, between \r and \n.
        QByteArray input = "k,v,w\r\n";
        QList<QStringList> expected{{QStringLiteral("k"), QStringLiteral("v"), QStringLiteral("w")}};
        QList<int> expectedLines{1};
        int line = 2;
        for (int i = 0; input.size() < 5 * 1024 * 1024; ++i) {
            const QByteArray k = QByteArray::number(i);
            QByteArray v;
            QString value;
            int extraLines = 0;
            switch (i % 5) {
            case 0: v = "plain"; value = QStringLiteral("plain"); break;
            case 1: v = "\"x,y\""; value = QStringLiteral("x,y"); break;
            case 2: v = "\"q\"\"q\"\"\""; value = QStringLiteral("q\"q\""); break;
            case 3: v = "\"l1\r\nl2\""; value = QStringLiteral("l1\r\nl2"); extraLines = 1; break;
            case 4: break;
            }
            input += k + ',' + v + ",t" + k + (i % 2 ? "\r\n" : "\n");
            expected.append({QString::fromLatin1(k), value, QStringLiteral("t") + QString::fromLatin1(k)});
            expectedLines.append(line);
            line += 1 + extraLines;
        }
        const CsvResult result = readAll(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records.size(), expected.size());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, expectedLines);

        // Odd read sizes through the first records.
        const QByteArray head = input.left(input.indexOf("\n400,") + 1);
        for (qint64 step : {2, 5, 7}) {
            TrickleDevice trickle(head, step);
            trickle.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            const CsvResult slow = readAll(trickle);
            QVERIFY2(slow.error.isEmpty(), qPrintable(slow.error));
            QVERIFY(trickle.reads > head.size() / step);
            QCOMPARE(slow.records, expected.mid(0, 401));
            QCOMPARE(slow.lines, expectedLines.mid(0, 401));
        }
    }

    void csvLimits()
    {
        const QByteArray input = "a,b\n1,2\n3,4\n5,6\n";
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader records(buffer);
        records.setMaxRecords(3);
        QStringList fields;
        int n = 0;
        while (records.readRecord(fields))
            ++n;
        QCOMPARE(n, 3);
        QVERIFY2(records.errorString().contains(QStringLiteral("more than 3 records")), qPrintable(records.errorString()));
        QCOMPARE(records.errorLine(), 4);

        buffer.seek(0);
        CsvReader bytes(buffer);
        bytes.setMaxBytes(10);
        QVERIFY(!bytes.readRecord(fields));
        QVERIFY2(bytes.errorString().contains(QStringLiteral("limit of 10 bytes")), qPrintable(bytes.errorString()));
    }

    // --- Shared published tables -------------------------------------------------------------

    void sharedNb201Latency()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "nb201/latency_ms.csv");
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto batch = readMeasurementCsv(path, space(QStringLiteral("nb201")), {}, &error);
        const qint64 ms = timer.elapsed();
        QVERIFY2(batch, qPrintable(error));
        qInfo("nb201/latency_ms.csv: %zu values, %lld archs, imported in %lld ms", batch->rows.size(),
              qlonglong(batch->archs.size()), qlonglong(ms));

        QCOMPARE(batch->space, QStringLiteral("nb201"));
        QCOMPARE(batch->source, path);
        QCOMPARE(batch->provenance, QStringLiteral("measured"));
        const QList<QByteArray> lines = fileLines(path);
        const QStringList header = QString::fromUtf8(lines[1]).split(u',');
        QCOMPARE(batch->devices, header.mid(2));
        QCOMPARE(batch->devices.size(), 13);
        QVERIFY(batch->datasets.isEmpty());
        QCOMPARE(int(batch->archs.size()), Nb201Space::kCells);
        QCOMPARE(batch->keys.size(), qsizetype(Nb201Space::kCells));
        QCOMPARE(batch->rows.size(), size_t(13 * Nb201Space::kCells));
        for (const MeasurementBatch::Row &row : batch->rows) {
            QCOMPARE(row.metric, Metric::LatencyMs);
            QCOMPARE(row.dataset, -1);
        }

        const auto values = valuesByLineAndColumn(*batch);
        for (int line : {2, 3, 7777, 15626}) {
            const QStringList f = QString::fromUtf8(lines[line]).trimmed().split(u',');
            // Architectures appear in file order, one per line; the key is the cell string.
            const int arch = line - 2;
            QCOMPARE(batch->keys[arch], f[1]);
            QCOMPARE(Nb201Space::officialIndex(batch->archs[size_t(arch)]), f[0].toInt());
            for (int c = 2; c < f.size(); ++c)
                QCOMPARE(values.value({line, header[c]}, -1.0), f[c].toDouble()); // exact: same text
        }
        const MeasurementBatch::Row &last = batch->rows.back();
        QCOMPARE(last.line, 15626);
        QCOMPARE(batch->devices[last.device], QStringLiteral("gold_6240"));
    }

    void sharedNb201Accuracy()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "nb201/accuracy.csv");
        QString error;
        const auto batch = readMeasurementCsv(path, space(QStringLiteral("nb201")), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->datasets, QStringList({QStringLiteral("cifar10"), QStringLiteral("cifar100"),
                                               QStringLiteral("imagenet16_120")}));
        QVERIFY(batch->devices.isEmpty());
        QCOMPARE(int(batch->archs.size()), Nb201Space::kCells);
        QCOMPARE(batch->rows.size(), size_t(3 * Nb201Space::kCells));
        for (const MeasurementBatch::Row &row : batch->rows) {
            QCOMPARE(row.metric, Metric::Accuracy);
            QCOMPARE(row.device, -1);
            QVERIFY(row.dataset >= 0 && row.dataset < 3);
        }
        const QList<QByteArray> lines = fileLines(path);
        const QStringList header = QString::fromUtf8(lines[1]).split(u',');
        const auto values = valuesByLineAndColumn(*batch);
        for (int line : {2, 5, 10000, 15626}) {
            const QStringList f = QString::fromUtf8(lines[line]).trimmed().split(u',');
            QCOMPARE(batch->keys[line - 2], f[1]);
            for (int c = 2; c < 5; ++c)
                QCOMPARE(values.value({line, header[c]}, -1.0), f[c].toDouble());
        }
        QCOMPARE(values.value({2, QStringLiteral("cifar100")}), 53.67999998779297);
    }

    void sharedOfa_data()
    {
        QTest::addColumn<QString>("spaceName");
        QTest::newRow("w10") << QStringLiteral("ofa-mbv3-w10");
        QTest::newRow("w12") << QStringLiteral("ofa-mbv3-w12");
    }
    void sharedOfa()
    {
        QFETCH(QString, spaceName);
        EDGEFRONT_REQUIRE_SHARED(path, "ofa/archs_latency_ms.csv");
        QString error;
        const auto batch = readMeasurementCsv(path, space(spaceName), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->space, spaceName);
        QCOMPARE(batch->devices, QStringList({QStringLiteral("2080ti_1"), QStringLiteral("2080ti_32"),
                                              QStringLiteral("2080ti_64"), QStringLiteral("titan_xp_1"),
                                              QStringLiteral("titan_xp_32"), QStringLiteral("titan_xp_64")}));
        QCOMPARE(int(batch->archs.size()), 5000);
        QCOMPARE(batch->rows.size(), size_t(6 * 5000));

        const auto &ofa = static_cast<const OfaMbv3Space &>(space(spaceName));
        const QList<QByteArray> lines = fileLines(path);
        const QStringList header = QString::fromUtf8(lines[1]).split(u',');
        const auto values = valuesByLineAndColumn(*batch);
        for (int line : {2, 3, 2500, 5001}) {
            const QStringList f = QString::fromUtf8(lines[line]).trimmed().split(u',');
            const OfaMbv3Subnet net = ofa.subnet(batch->archs[size_t(line - 2)]);
            QCOMPARE(net.r, f[4].toInt());
            const QStringList ks = f[1].split(u'-'), e = f[2].split(u'-'), d = f[3].split(u'-');
            for (int s = 0; s < 5; ++s)
                QCOMPARE(net.d[size_t(s)], d[s].toInt());
            for (int i = 0; i < 20; ++i) {
                if (!OfaMbv3Subnet::isActive(net.d, i))
                    continue;
                QCOMPARE(net.ks[size_t(i)], ks[i].toInt());
                QCOMPARE(net.e[size_t(i)], e[i].toInt());
            }
            for (int c = 5; c < f.size(); ++c)
                QCOMPARE(values.value({line, header[c]}, -1.0), f[c].toDouble());
        }
    }

    void sharedOfaNeedsBitsForMixedPrecision()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "ofa/archs_latency_ms.csv");
        QString error;
        QVERIFY(!readMeasurementCsv(path, space(QStringLiteral("ofa-mbv3-w10-mp")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("missing architecture column(s) bits")), qPrintable(error));
        QVERIFY(!readMeasurementCsv(path, space(QStringLiteral("nb201")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not space nb201")), qPrintable(error));
    }

    // --- Long and wide tables ----------------------------------------------------------------

    void longFormat()
    {
        const QByteArray csv = "arch_str,device,latency_ms,energy_mj,accuracy\n"
                               + kCell0 + ",pixel3,3.5,12,81.9\r\n"
                               + kCell0 + ",jetson-nano.fp16,1.25,,81.9\r\n"
                               + kCell1 + ",pixel3,,7.5,\r\n";
        QString error;
        const auto batch = importText(csv, QStringLiteral("m.csv"), QStringLiteral("nb201"), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->devices, QStringList({QStringLiteral("pixel3"), QStringLiteral("jetson-nano.fp16")}));
        QCOMPARE(batch->keys, QStringList({QString::fromLatin1(kCell0), QString::fromLatin1(kCell1)}));
        QVERIFY(batch->datasets.isEmpty());
        // Accuracy repeated on both device rows is stored once, device-independent.
        QCOMPARE(batch->rows.size(), size_t(5));
        const auto &r = batch->rows;
        QCOMPARE(r[0].arch, 0); QCOMPARE(r[0].device, 0); QCOMPARE(r[0].metric, Metric::LatencyMs); QCOMPARE(r[0].value, 3.5);
        QCOMPARE(r[1].metric, Metric::EnergyMj); QCOMPARE(r[1].value, 12.0); QCOMPARE(r[1].line, 2);
        QCOMPARE(r[2].metric, Metric::Accuracy); QCOMPARE(r[2].device, -1); QCOMPARE(r[2].dataset, -1); QCOMPARE(r[2].value, 81.9);
        QCOMPARE(r[3].device, 1); QCOMPARE(r[3].value, 1.25); QCOMPARE(r[3].line, 3);
        QCOMPARE(r[4].arch, 1); QCOMPARE(r[4].metric, Metric::EnergyMj); QCOMPARE(r[4].value, 7.5); QCOMPARE(r[4].line, 4);
    }

    void longFormatDefaultDevice()
    {
        MeasurementCsvOptions options;
        options.device = QStringLiteral("rpi4");
        QString error;
        // No device column.
        auto batch = importText("nb201_index,latency_ms\n0,2.5\n1,3.5\n", QStringLiteral("t.csv"),
                                QStringLiteral("nb201"), options, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->devices, QStringList{QStringLiteral("rpi4")});
        QCOMPARE(batch->rows.size(), size_t(2));
        QCOMPARE(batch->archs[0], Nb201Space::fromOfficialIndex(0));
        QCOMPARE(batch->keys[0], QString::fromLatin1(kCell0));
        QCOMPARE(batch->keys[1], QString::fromLatin1(kCell1));
        // An empty device cell.
        batch = importText("arch,device,latency_ms\n" + kCell0 + ",,2.5\n" + kCell0 + ",pixel3,4\n",
                           QStringLiteral("t.csv"), QStringLiteral("nb201"), options, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->devices, QStringList({QStringLiteral("rpi4"), QStringLiteral("pixel3")}));
        QCOMPARE(batch->archs.size(), size_t(1));
        // An accuracy-only long table needs no device.
        batch = importText("arch,accuracy\n" + kCell0 + ",70\n", QStringLiteral("t.csv"), QStringLiteral("nb201"), {},
                           &error);
        QVERIFY2(batch, qPrintable(error));
        QVERIFY(batch->devices.isEmpty());
        QCOMPARE(batch->rows[0].device, -1);
    }

    void longFormatMetricOption()
    {
        MeasurementCsvOptions options;
        options.metric = Metric::EnergyMj;
        QString error;
        const auto batch = importText("arch,device,latency_ms,energy_mj\n" + kCell0 + ",pixel3,1,2\n",
                                      QStringLiteral("t.csv"), QStringLiteral("nb201"), options, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->rows.size(), size_t(1));
        QCOMPARE(batch->rows[0].metric, Metric::EnergyMj);
        options.metric = Metric::Accuracy;
        QVERIFY(!importText("arch,device,latency_ms\n" + kCell0 + ",pixel3,1\n", QStringLiteral("t.csv"),
                            QStringLiteral("nb201"), options, &error));
        QVERIFY2(error.contains(QStringLiteral("no accuracy column")), qPrintable(error));
    }

    void wideFormatMetricOption()
    {
        MeasurementCsvOptions options;
        options.metric = Metric::EnergyMj;
        QString error;
        const auto batch = importText("id,arch_str,nb201_index,pixel3,jetson_nano\n7," + kCell1 + ",1,3,4.5\n",
                                      QStringLiteral("measured.csv"), QStringLiteral("nb201"), options, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->devices, QStringList({QStringLiteral("pixel3"), QStringLiteral("jetson_nano")}));
        QCOMPARE(batch->rows.size(), size_t(2));
        QCOMPARE(batch->rows[1].metric, Metric::EnergyMj);
        QCOMPARE(batch->rows[1].value, 4.5);
        QCOMPARE(batch->rows[1].device, 1);
    }

    void configColumn()
    {
        // JSON with embedded commas and quotes, doubled inside a quoted field.
        const QString ks = dashed(QList<int>(20, 5)).replace(u'-', u',');
        const QString e = dashed(QList<int>(20, 6)).replace(u'-', u',');
        const QByteArray config = QStringLiteral("{\"\"space\"\": \"\"ofa-mbv3-w12\"\", \"\"ks\"\": [%1], "
                                                 "\"\"e\"\": [%2], \"\"d\"\": [4, 4, 4, 4, 4], \"\"r\"\": 192}")
                                      .arg(ks, e)
                                      .toUtf8();
        const QByteArray csv = "config,device,latency_ms\n\"" + config + "\",pixel3,21.5\n\"" + config + "\",s7,40\n";
        QString error;
        const auto batch = importText(csv, QStringLiteral("c.csv"), QStringLiteral("ofa-mbv3-w12"), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->archs.size(), size_t(1));
        const auto &ofa = static_cast<const OfaMbv3Space &>(space(QStringLiteral("ofa-mbv3-w12")));
        const OfaMbv3Subnet net = ofa.subnet(batch->archs[0]);
        QCOMPARE(net.r, 192);
        QCOMPARE(net.ks[19], 5);
        QCOMPARE(net.e[0], 6);
        QCOMPARE(batch->rows.size(), size_t(2));
        QCOMPARE(batch->rows[1].value, 40.0);

        const auto nb = importText("config,latency_ms,device\n\"{\"\"arch\"\": \"\"" + kCell1 + "\"\"}\",2,cpu\n",
                                   QStringLiteral("c.csv"), QStringLiteral("nb201"), {}, &error);
        QVERIFY2(nb, qPrintable(error));
        QCOMPARE(nb->keys, QStringList{QString::fromLatin1(kCell1)});
    }

    void ofaInactiveSlotsShareAnArchitecture()
    {
        // Two rows differing only in inactive slots (depth 2: slots 2, 3 of each stage) are one
        // network: one arch, and a second value for the same device is a duplicate.
        QList<int> ks(20, 3);
        const QByteArray a = dashed(ks).toUtf8();
        ks[3] = 7;
        const QByteArray b = dashed(ks).toUtf8();
        const QByteArray rest = "," + dashed(QList<int>(20, 4)).toUtf8() + ",2-2-2-2-2,160";
        QString error;
        auto batch = importText("ks,e,d,r,device,latency_ms\n" + a + rest + ",x,1\n" + b + rest + ",y,2\n",
                                QStringLiteral("o.csv"), QStringLiteral("ofa-mbv3-w10"), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->archs.size(), size_t(1));
        QCOMPARE(batch->rows.size(), size_t(2));
        batch = importText("ks,e,d,r,device,latency_ms\n" + a + rest + ",x,1\n" + b + rest + ",x,2\n",
                           QStringLiteral("o.csv"), QStringLiteral("ofa-mbv3-w10"), {}, &error);
        QVERIFY(!batch);
        QVERIFY2(error.contains(QStringLiteral("line 2 and line 3")), qPrintable(error));
    }

    void mixedPrecisionBits()
    {
        const QByteArray csv = "ks,e,d,r,bits,device,latency_ms\n" + ofaArch(5) + ","
                               + dashed(QList<int>(20, 8)).toUtf8() + ",npu,3\n";
        QString error;
        const auto batch = importText(csv, QStringLiteral("mp.csv"), QStringLiteral("ofa-mbv3-w10-mp"), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        const auto &ofa = static_cast<const OfaMbv3Space &>(space(QStringLiteral("ofa-mbv3-w10-mp")));
        QCOMPARE(ofa.subnet(batch->archs[0]).bits[0], 8);
    }

    void fileLimits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("latency_ms.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("arch,pixel3\n" + kCell0 + ",1\n");
        file.close();

        QString error;
        auto batch = readMeasurementCsv(path, space(QStringLiteral("nb201")), {}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->rows.size(), size_t(1));

        MeasurementCsvOptions small;
        small.maxBytes = 50;
        QVERIFY(!readMeasurementCsv(path, space(QStringLiteral("nb201")), small, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")) && error.contains(QStringLiteral("limit")),
                 qPrintable(error));

        QVERIFY(!readMeasurementCsv(dir.filePath(QStringLiteral("nope.csv")), space(QStringLiteral("nb201")), {},
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("nope.csv: cannot open")), qPrintable(error));

        // A sequential device of unknown size is cut off while reading.
        TrickleDevice stream("arch,pixel3\n" + kCell0 + ",1\n" + kCell1 + ",2\n", 16);
        stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QVERIFY(!readMeasurementCsv(stream, QStringLiteral("stdin_latency_ms"), space(QStringLiteral("nb201")), small,
                                    &error));
        QVERIFY2(error.startsWith(QStringLiteral("stdin_latency_ms:")) && error.contains(QStringLiteral("limit of 50 bytes")),
                 qPrintable(error));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("spaceName");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("device");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<qint64>("maxRows");
        QTest::addColumn<QString>("position"); // "file:line:" or "file:line:column:"
        QTest::addColumn<QStringList>("mentions");

        const QString lat = QStringLiteral("bench/latency_ms.csv");
        const QString nb = QStringLiteral("nb201");
        const QString w10 = QStringLiteral("ofa-mbv3-w10");
        const QString none;
        const qint64 mb = qint64(512) << 20;
        const qint64 rows = 10'000'000;
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

        row("truncated row") << "arch_str,pixel3,s7\n" + kCell0 + ",1,2\n" + kCell1 + ",3\n" << lat << nb << none << none
                             << mb << rows << QStringLiteral("bench/latency_ms.csv:3:98:")
                             << QStringList{QStringLiteral("truncated row: expected 3 fields, got 2")};
        row("overlong row") << "arch_str,pixel3\n" + kCell0 + ",1,2\n" << lat << nb << none << none << mb << rows
                            << QStringLiteral("bench/latency_ms.csv:2:99:")
                            << QStringList{QStringLiteral("overlong row: expected 2 fields, got 3")};
        row("unterminated quote") << "arch_str,pixel3\n" + kCell0 + ",\"1\n" << lat << nb << none << none << mb << rows
                                  << QStringLiteral("bench/latency_ms.csv:2:97:")
                                  << QStringList{QStringLiteral("unterminated quoted field")};
        row("unknown column") << "arch,device,latency_ms,foo\n" + kCell0 + ",x,1,2\n" << lat << nb << none << none << mb
                              << rows << QStringLiteral("bench/latency_ms.csv:1:24:")
                              << QStringList{QStringLiteral("unknown column \"foo\" (expected arch, arch_str"),
                                             QStringLiteral("latency_ms, energy_mj, accuracy)")};
        row("duplicate column") << "arch,pixel3,pixel3\n" + kCell0 + ",1,2\n" << lat << nb << none << none << mb << rows
                                << QStringLiteral("bench/latency_ms.csv:1:13:")
                                << QStringList{QStringLiteral("duplicate column \"pixel3\" (also column 2)")};
        row("missing architecture") << QByteArray("device,latency_ms\nx,1\n") << lat << nb << none << none << mb << rows
                                    << QStringLiteral("bench/latency_ms.csv:1:")
                                    << QStringList{QStringLiteral("missing architecture columns")};
        row("missing ofa column") << "ks,e,r,pixel3\n" + dashed(QList<int>(20, 3)).toUtf8() + ","
                                         + dashed(QList<int>(20, 3)).toUtf8() + ",224,1\n"
                                  << lat << w10 << none << none << mb << rows << QStringLiteral("bench/latency_ms.csv:1:")
                                  << QStringList{QStringLiteral("missing architecture column(s) d")};
        row("two ways to name the arch") << "arch,ks,pixel3\n" + kCell0 + ",3,1\n" << lat << nb << none << none << mb << rows
                                         << QStringLiteral("bench/latency_ms.csv:1:")
                                         << QStringList{QStringLiteral("more than one way")};
        row("wrong space: cell string on ofa") << "arch_str,pixel3\n" + kCell0 + ",1\n" << lat << w10 << none << none << mb
                                               << rows << QStringLiteral("bench/latency_ms.csv:2:1:")
                                               << QStringList{QStringLiteral("column \"arch_str\": architecture is not in "
                                                                             "space ofa-mbv3-w10: space ofa-mbv3-w10 has no "
                                                                             "text form")};
        row("wrong space: ofa lists on nb201") << "ks,e,d,r,pixel3\n" + ofaArch(3) + ",1\n" << lat << nb << none << none << mb
                                               << rows << QStringLiteral("bench/latency_ms.csv:1:1:")
                                               << QStringList{QStringLiteral("not space nb201 (wrong space?)")};
        row("wrong space: nb201_index on ofa") << QByteArray("nb201_index,pixel3\n3,1\n") << lat << w10 << none << none << mb
                                               << rows << QStringLiteral("bench/latency_ms.csv:1:1:")
                                               << QStringList{QStringLiteral("need the nb201 space, not ofa-mbv3-w10")};
        row("bad cell string") << QByteArray("arch_str,pixel3\n|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\n") << lat
                               << nb << none << none << mb << rows << QStringLiteral("bench/latency_ms.csv:2:1:")
                               << QStringList{QStringLiteral("column \"arch_str\": architecture is not in space nb201: "),
                                              QStringLiteral("unknown op \"conv\"")};
        row("ofa choice out of range") << "d,ks,e,r,pixel3\n2-2-2-2-2," + dashed(QList<int>(20, 9)).toUtf8() + ","
                                              + dashed(QList<int>(20, 4)).toUtf8() + ",224,1\n"
                                       << lat << w10 << none << none << mb << rows
                                       << QStringLiteral("bench/latency_ms.csv:2:11:")
                                       << QStringList{QStringLiteral("column \"ks\": architecture is not in space "
                                                                     "ofa-mbv3-w10: field \"ks[0]\": 9 is not one of 3, 5, 7")};
        row("ofa list not integers") << "ks,e,d,r,pixel3\n" + ofaArch(3, 2, 224).replace("2-2-2-2-2", "2-2-x-2-2") + ",1\n"
                                     << lat << w10 << none << none << mb << rows
                                     << QStringLiteral("bench/latency_ms.csv:2:81:")
                                     << QStringList{QStringLiteral("column \"d\": \"2-2-x-2-2\" is not a list of integers")};
        row("bits on a plain space") << "ks,e,d,r,bits,pixel3\n" + ofaArch(3) + "," + dashed(QList<int>(20, 8)).toUtf8()
                                            + ",1\n"
                                     << lat << w10 << none << none << mb << rows
                                     << QStringLiteral("bench/latency_ms.csv:1:10:")
                                     << QStringList{QStringLiteral("column \"bits\": space ofa-mbv3-w10 has no per-block")};
        row("malformed config") << QByteArray("config,pixel3\n\"{\"\"arch\"\": \",1\n") << lat << nb << none << none << mb
                                << rows << QStringLiteral("bench/latency_ms.csv:2:1:")
                                << QStringList{QStringLiteral("column \"config\": malformed JSON")};
        row("index disagrees with string") << "nb201_index,arch_str,pixel3\n1," + kCell0 + ",1\n" << lat << nb << none
                                           << none << mb << rows << QStringLiteral("bench/latency_ms.csv:2:1:")
                                           << QStringList{QStringLiteral("column \"nb201_index\": index 1 is ") + QString::fromLatin1(kCell1),
                                                          QStringLiteral("column \"arch_str\" names index 0")};
        row("index out of range") << QByteArray("nb201_index,pixel3\n0,1\n15625,2\n") << lat << nb << none << none << mb
                                  << rows << QStringLiteral("bench/latency_ms.csv:3:1:")
                                  << QStringList{QStringLiteral("\"15625\" is not a NAS-Bench-201 index (0..15624)")};
        row("nan") << "arch,pixel3,s7\n" + kCell0 + ",1,nan\n" << lat << nb << none << none << mb << rows
                   << QStringLiteral("bench/latency_ms.csv:2:99:")
                   << QStringList{QStringLiteral("column \"s7\": nan is not a finite number")};
        row("inf") << "arch,pixel3,s7\n" + kCell0 + ",-inf,1\n" << lat << nb << none << none << mb << rows
                   << QStringLiteral("bench/latency_ms.csv:2:97:")
                   << QStringList{QStringLiteral("column \"pixel3\": -inf is not a finite number")};
        row("not a number") << "arch,device,latency_ms\n" + kCell0 + ",x,12 ms\n" << lat << nb << none << none << mb << rows
                            << QStringLiteral("bench/latency_ms.csv:2:99:")
                            << QStringList{QStringLiteral("column \"latency_ms\": \"12 ms\" is not a number")};
        row("negative latency") << "arch,pixel3\n" + kCell0 + ",-1.5\n" << lat << nb << none << none << mb << rows
                                << QStringLiteral("bench/latency_ms.csv:2:97:")
                                << QStringList{QStringLiteral("latency_ms -1.5 is not positive")};
        row("zero energy") << "arch,device,energy_mj\n" + kCell0 + ",x,0\n" << lat << nb << none << none << mb << rows
                           << QStringLiteral("bench/latency_ms.csv:2:99:")
                           << QStringList{QStringLiteral("column \"energy_mj\": energy_mj 0 is not positive")};
        row("accuracy above 100") << "arch,cifar10\n" + kCell0 + ",100.5\n" << QStringLiteral("acc/accuracy.csv") << nb
                                  << none << none << mb << rows << QStringLiteral("acc/accuracy.csv:2:97:")
                                  << QStringList{QStringLiteral("column \"cifar10\": accuracy 100.5 is outside [0, 100]")};
        row("accuracy below 0") << "arch,accuracy\n" + kCell0 + ",-0.1\n" << lat << nb << none << none << mb << rows
                                << QStringLiteral("bench/latency_ms.csv:2:97:")
                                << QStringList{QStringLiteral("accuracy -0.1 is outside [0, 100]")};
        row("duplicate wide") << "arch,pixel3,s7\n" + kCell0 + ",1,\n" + kCell1 + ",1,2\n" + kCell0 + ",,3\n" + kCell0
                                     + ",4,\n"
                              << lat << nb << none << none << mb << rows << QStringLiteral("bench/latency_ms.csv:5:97:")
                              << QStringList{QStringLiteral("column \"pixel3\": duplicate latency_ms on device \"pixel3\""),
                                             QStringLiteral("line 2 and line 5")};
        row("duplicate long") << "arch,device,latency_ms\n" + kCell0 + ",a,1\n" + kCell0 + ",b,1\n" + kCell0 + ",a,2\n"
                              << lat << nb << none << none << mb << rows << QStringLiteral("bench/latency_ms.csv:4:99:")
                              << QStringList{QStringLiteral("duplicate latency_ms on device \"a\""),
                                             QStringLiteral("line 2 and line 4")};
        row("duplicate dataset") << "arch,cifar10\n" + kCell0 + ",50\n" + kCell0 + ",60\n"
                                 << QStringLiteral("accuracy.csv") << nb << none << none << mb << rows
                                 << QStringLiteral("accuracy.csv:3:97:")
                                 << QStringList{QStringLiteral("duplicate accuracy on dataset \"cifar10\""),
                                                QStringLiteral("line 2 and line 3")};
        row("conflicting accuracy") << "arch,device,accuracy\n" + kCell0 + ",a,70\n" + kCell0 + ",b,71\n" << lat << nb
                                    << none << none << mb << rows << QStringLiteral("bench/latency_ms.csv:3:99:")
                                    << QStringList{QStringLiteral("duplicate accuracy"), QStringLiteral("line 2 and line 3")};
        row("empty file") << QByteArray() << lat << nb << none << none << mb << rows
                          << QStringLiteral("bench/latency_ms.csv:1:") << QStringList{QStringLiteral("empty")};
        row("blank file") << QByteArray("\r\n\n") << lat << nb << none << none << mb << rows
                          << QStringLiteral("bench/latency_ms.csv:1:") << QStringList{QStringLiteral("empty")};
        row("header only") << QByteArray("arch,pixel3\n") << lat << nb << none << none << mb << rows
                           << QStringLiteral("bench/latency_ms.csv:1:") << QStringList{QStringLiteral("no data rows")};
        row("bad device header") << "arch,pixel 3\n" + kCell0 + ",1\n" << lat << nb << none << none << mb << rows
                                 << QStringLiteral("bench/latency_ms.csv:1:6:")
                                 << QStringList{QStringLiteral("column \"pixel 3\": not a valid device id")};
        row("long device header") << "arch," + QByteArray(65, 'x') + "\n" + kCell0 + ",1\n" << lat << nb << none << none
                                  << mb << rows << QStringLiteral("bench/latency_ms.csv:1:6:")
                                  << QStringList{QStringLiteral("not a valid device id (1-64 characters")};
        row("device header starts with a dot") << "arch,.pixel3\n" + kCell0 + ",1\n" << lat << nb << none << none << mb
                                               << rows << QStringLiteral("bench/latency_ms.csv:1:6:")
                                               << QStringList{QStringLiteral("column \".pixel3\": not a valid device id")};
        row("bad dataset header") << "arch,cifar/10\n" + kCell0 + ",1\n" << QStringLiteral("accuracy.csv") << nb << none
                                  << none << mb << rows << QStringLiteral("accuracy.csv:1:6:")
                                  << QStringList{QStringLiteral("not a valid dataset id")};
        row("bad device cell") << "arch,device,latency_ms\n" + kCell0 + ",a:b,1\n" << lat << nb << none << none << mb
                               << rows << QStringLiteral("bench/latency_ms.csv:2:97:")
                               << QStringList{QStringLiteral("column \"device\": \"a:b\" is not a valid device id")};
        row("empty device cell") << "arch,device,latency_ms\n" + kCell0 + ",a,1\n" + kCell1 + ", ,1\n" << lat << nb << none
                                 << none << mb << rows << QStringLiteral("bench/latency_ms.csv:3:97:")
                                 << QStringList{QStringLiteral("column \"device\": empty device id")};
        row("no device column") << "arch,latency_ms\n" + kCell0 + ",1\n" << lat << nb << none << none << mb << rows
                                << QStringLiteral("bench/latency_ms.csv:1:")
                                << QStringList{QStringLiteral("no \"device\" column")};
        row("metric unknown") << "arch,pixel3\n" + kCell0 + ",1\n" << QStringLiteral("bench/results.csv") << nb << none
                              << none << mb << rows << QStringLiteral("bench/results.csv:1:")
                              << QStringList{QStringLiteral("pass the metric")};
        row("empty architecture") << "arch,pixel3\n" + kCell0 + ",1\n,2\n" << lat << nb << none << none << mb << rows
                                  << QStringLiteral("bench/latency_ms.csv:3:1:")
                                  << QStringList{QStringLiteral("column \"arch\": empty architecture")};
        row("too many rows") << "arch,pixel3\n" + kCell0 + ",1\n" + kCell1 + ",2\n" << lat << nb << none << none << mb
                             << qint64(1) << QStringLiteral("bench/latency_ms.csv:3:")
                             << QStringList{QStringLiteral("more than 1 data rows")};
        row("too large") << "arch,pixel3\n" + kCell0 + ",1\n" << lat << nb << none << none << qint64(64) << rows
                         << QStringLiteral("bench/latency_ms.csv: ")
                         << QStringList{QStringLiteral("larger than the limit for measurement tables (64 bytes)")};
        row("bad default device") << "arch,device,latency_ms\n" + kCell0 + ",a,1\n" << lat << nb << none
                                  << QStringLiteral("my phone") << mb << rows << QStringLiteral("bench/latency_ms.csv: ")
                                  << QStringList{QStringLiteral("device \"my phone\" is not a valid device id")};
        row("wide metric option wrong column") << "arch,accuracy,pixel3\n" + kCell0 + ",1,2\n" << lat << nb
                                               << QStringLiteral("accuracy") << none << mb << rows
                                               << QStringLiteral("bench/latency_ms.csv:1:15:")
                                               << QStringList{QStringLiteral("unknown column \"pixel3\"")};
    }
    void badInput()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, source);
        QFETCH(QString, spaceName);
        QFETCH(QString, metric);
        QFETCH(QString, device);
        QFETCH(qint64, maxBytes);
        QFETCH(qint64, maxRows);
        QFETCH(QString, position);
        QFETCH(QStringList, mentions);
        MeasurementCsvOptions options;
        if (!metric.isEmpty())
            options.metric = metricFromString(metric);
        options.device = device;
        options.maxBytes = maxBytes;
        options.maxRows = maxRows;
        QString error;
        const auto batch = importText(csv, source, spaceName, options, &error);
        QVERIFY2(!batch, "the input was accepted");
        QVERIFY2(error.startsWith(position), qPrintable(error));
        for (const QString &m : mentions)
            QVERIFY2(error.contains(m), qPrintable(QStringLiteral("%1\n   does not mention: %2").arg(error, m)));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMeasurementCsv)
#include "tst_measurementcsv.moc"
