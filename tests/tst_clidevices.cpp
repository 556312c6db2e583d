// edgefront-cli's device, measurement, monotonicity and calibration commands, run as a user
// runs them: the real executable against temporary project files.

#include "testdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace edgefront;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(QStringList args)
{
    QProcess p;
    p.start(qEnvironmentVariable("EDGEFRONT_CLI"), args);
    Result r;
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCliDevices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QStringList withProject(QStringList args) const { return args << QStringLiteral("--project") << m_project; }

    // What a user can observe of the project: devices and their measurement counts.
    QByteArray snapshot() const
    {
        return cli(withProject({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")})).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("cli.edgefront"));
    }

    void listsTheFleet()
    {
        const Result r = cli(withProject({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        const QJsonArray devices = QJsonDocument::fromJson(r.out).array();
        QVERIFY(devices.size() >= 30);
        QSet<QString> classes;
        for (const QJsonValue &d : devices) {
            for (const char *key : {"id", "name", "class", "provenance"})
                QVERIFY2(d.toObject().contains(QString::fromLatin1(key)), key);
            classes.insert(d[QStringLiteral("class")].toString());
        }
        QVERIFY(classes.size() >= 8);

        const Result show = cli(withProject({QStringLiteral("devices"), QStringLiteral("show"), QStringLiteral("edge-tpu-a"), QStringLiteral("--json")}));
        QCOMPARE(show.code, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("class")).toString(), QStringLiteral("edge_tpu"));
        const Result text = cli(withProject({QStringLiteral("devices"), QStringLiteral("show"), QStringLiteral("edge-tpu-a")}));
        QVERIFY(text.out.contains("peak GMAC/s"));
    }

    void exportImportRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("mcu.json"));
        QCOMPARE(cli(withProject({QStringLiteral("devices"), QStringLiteral("export"), QStringLiteral("mcu-b"), file})).code, 0);
        QJsonObject device = QJsonDocument::fromJson([&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }()).object();
        QCOMPARE(device.value(QStringLiteral("format")).toString(), QStringLiteral("edgefront-device"));
        // Import as a new device into the same project, under another id.
        device.insert(QStringLiteral("id"), QStringLiteral("mcu-b-copy"));
        write(file, QJsonDocument(device).toJson());
        QCOMPARE(cli(withProject({QStringLiteral("devices"), QStringLiteral("import"), file})).code, 0);
        const Result again = cli(withProject({QStringLiteral("devices"), QStringLiteral("import"), file}));
        QVERIFY(again.code != 0);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());
        const Result shown = cli(withProject({QStringLiteral("devices"), QStringLiteral("show"), QStringLiteral("mcu-b-copy"), QStringLiteral("--json")}));
        QJsonObject back = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(back, device);
    }

    void measureImportCalibrate()
    {
        // Simulated measurements of a virtual phone CPU, re-imported as a lab device, calibrated.
        const QString csv = m_dir.filePath(QStringLiteral("lab.csv"));
        const Result m = cli(withProject({QStringLiteral("measure"), QStringLiteral("--device"), QStringLiteral("phone-cpu-little-b"),
                                          QStringLiteral("--space"), QStringLiteral("nb201"), QStringLiteral("--n"), QStringLiteral("300"),
                                          QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--metrics"), QStringLiteral("latency,energy"),
                                          QStringLiteral("--out"), csv}));
        QCOMPARE(m.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.startsWith("device,arch,latency_ms,energy_mj\n"));
        text.replace("phone-cpu-little-b,", "lab-phone,");
        write(csv, text);
        const Result imported = cli(withProject({QStringLiteral("import"), QStringLiteral("measurements"), csv,
                                                 QStringLiteral("--space"), QStringLiteral("nb201")}));
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.err.contains("new measured devices: lab-phone"), imported.err.constData());

        const Result cal = cli(withProject({QStringLiteral("calibrate"), QStringLiteral("--device"), QStringLiteral("lab-phone"),
                                            QStringLiteral("--space"), QStringLiteral("nb201"), QStringLiteral("--json")}));
        QCOMPARE(cal.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(cal.out).object();
        QCOMPARE(report.value(QStringLiteral("device")).toString(), QStringLiteral("lab-phone-calibrated"));
        QCOMPARE(report.value(QStringLiteral("held_out")).toInt(), 250);
        QVERIFY2(report.value(QStringLiteral("srcc")).toDouble() >= 0.9, cal.out.constData());
        // The calibrated device predicts another space.
        const Result other = cli(withProject({QStringLiteral("measure"), QStringLiteral("--device"), QStringLiteral("lab-phone-calibrated"),
                                              QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w10"), QStringLiteral("--n"), QStringLiteral("3")}));
        QCOMPARE(other.code, 0);
        QCOMPARE(other.out.trimmed().split('\n').size(), 4);
    }

    void monotonicityJson()
    {
        const Result r = cli(withProject({QStringLiteral("monotonicity"), QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w10"),
                                          QStringLiteral("--devices"), QStringLiteral("phone-cpu-big-a,phone-gpu-a,edge-tpu-a"),
                                          QStringLiteral("--n"), QStringLiteral("300"), QStringLiteral("--json")}));
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("devices")).toArray().size(), 3);
        for (const char *key : {"srcc", "kendall"}) {
            const QJsonArray m = o.value(QString::fromLatin1(key)).toArray();
            QCOMPARE(m.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(m[i].toArray().size(), 3);
                QCOMPARE(m[i][i].toDouble(), 1.0);
                QCOMPARE(m[i][(i + 1) % 3].toDouble(), m[(i + 1) % 3][i].toDouble());
            }
        }
        const Result all = cli(withProject({QStringLiteral("monotonicity"), QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w12-mp"),
                                            QStringLiteral("--devices"), QStringLiteral("all"), QStringLiteral("--n"), QStringLiteral("200"),
                                            QStringLiteral("--json")}));
        QCOMPARE(all.code, 0);
        QVERIFY(QJsonDocument::fromJson(all.out).object().value(QStringLiteral("devices")).toArray().size() >= 30);
    }

    void badMeasurementFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("space");
        QTest::addColumn<QString>("mentions"); // besides the file name
        const QByteArray head = "device,arch,latency_ms\n";
        const QByteArray a = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        const QByteArray b = "|none~0|+|skip_connect~0|none~1|+|skip_connect~0|none~1|nor_conv_1x1~2|";
        QTest::newRow("truncated") << head + "lab," + a + ",1.5\nlab," + b << QStringLiteral("nb201") << QStringLiteral(":3:");
        QTest::newRow("unknown column") << QByteArray("device,arch,latency_ms,temperature\nlab," + a + ",1.5,30\n")
                                        << QStringLiteral("nb201") << QStringLiteral("temperature");
        QTest::newRow("nan") << head + "lab," + a + ",1.5\nlab," + b + ",nan\n" << QStringLiteral("nb201") << QStringLiteral(":3:");
        QTest::newRow("negative latency") << head + "lab," + a + ",-2\n" << QStringLiteral("nb201") << QStringLiteral(":2:");
        QTest::newRow("duplicate architecture") << head + "lab," + a + ",1.5\nlab," + b + ",2\nlab," + a + ",1.7\n"
                                                << QStringLiteral("nb201") << QStringLiteral(":4:");
        QTest::newRow("wrong space") << head + "lab," + a + ",1.5\n" << QStringLiteral("ofa-mbv3-w10") << QStringLiteral("arch");
    }
    void badMeasurementFilesChangeNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, space);
        QFETCH(QString, mentions);
        const QString file = m_dir.filePath(QStringLiteral("bad-%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        write(file, csv);
        const QByteArray before = snapshot();
        const Result r = cli(withProject({QStringLiteral("import"), QStringLiteral("measurements"), file, QStringLiteral("--space"), space}));
        QVERIFY(r.code != 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(file) && err.contains(mentions), qPrintable(err));
        QCOMPARE(snapshot(), before);
    }

    void badProjectFiles()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.edgefront"));
        write(text, "my notes\n");
        const QByteArray before = hashOf(text);
        const Result r = cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--project"), text});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("not an SQLite database"), r.err.constData());
        QCOMPARE(hashOf(text), before);
    }

    void lookupTableDevice()
    {
        EDGEFRONT_REQUIRE_SHARED(dir, "ofa/note10_lut");
        QCOMPARE(cli(withProject({QStringLiteral("devices"), QStringLiteral("import"), dir, QStringLiteral("--id"),
                                  QStringLiteral("note10")})).code, 0);
        const Result m = cli(withProject({QStringLiteral("measure"), QStringLiteral("--device"), QStringLiteral("note10"),
                                          QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w12"), QStringLiteral("--n"),
                                          QStringLiteral("20"), QStringLiteral("--ofa-search")}));
        QCOMPARE(m.code, 0);
        const QList<QByteArray> lines = m.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.first().startsWith("device,ks,e,d,r,latency_ms"));
        // Resolutions without a table, and quantized networks, are refused, not guessed.
        const Result mp = cli(withProject({QStringLiteral("measure"), QStringLiteral("--device"), QStringLiteral("note10"),
                                           QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w12-mp"), QStringLiteral("--n"), QStringLiteral("2")}));
        QVERIFY(mp.code != 0);
        QVERIFY2(mp.err.contains("float width-1.2"), mp.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDevices)
#include "tst_clidevices.moc"
