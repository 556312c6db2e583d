// The project file: creation with the built-in fleet, transactional imports, reopening, and
// every way a file can be wrong (not SQLite, another application's, newer, corrupt), each
// refused with a clear error and the file left byte-for-byte untouched.

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a plain connection (to craft foreign or damaged files).
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

MeasurementBatch smallBatch(const QString &device, int n, quint32 seed)
{
    const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
    MeasurementBatch b;
    b.space = space->name();
    b.source = QStringLiteral("test.csv");
    b.devices = {device};
    QRandomGenerator rng(seed);
    QSet<QString> seen;
    while (int(b.archs.size()) < n) {
        const Architecture a = space->sample(rng);
        if (seen.contains(space->key(a)))
            continue;
        seen.insert(space->key(a));
        b.archs.push_back(a);
        b.keys.append(space->key(a));
        b.rows.push_back({int(b.archs.size()) - 1, 0, -1, Metric::LatencyMs, 1.0 + rng.generateDouble(), int(b.archs.size()) + 1});
    }
    return b;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void createsWithFleetAndReopens()
    {
        QString error;
        const QString file = path("new.edgefront");
        {
            auto p = ProjectStore::open(file, &error);
            QVERIFY2(p, qPrintable(error));
            QCOMPARE(p->devices().size(), builtinFleet().size());
            QVERIFY(p->hasDevice(QStringLiteral("mcu-a")));
            QVERIFY(p->setNote(QStringLiteral("mcu-a"), QStringLiteral("flash is tight"), &error));
        }
        auto again = ProjectStore::open(file, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->devices().size(), builtinFleet().size());
        for (const DeviceProfile &d : builtinFleet())
            QCOMPARE(again->device(d.id)->toJson(), d.toJson());
        QCOMPARE(again->note(QStringLiteral("mcu-a")), QStringLiteral("flash is tight"));
        again.reset();
        // The file is an SQLite database marked as ours, schema 1, in WAL mode.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(16), QByteArray("SQLite format 3\0", 16));
    }

    void importIsOneTransaction()
    {
        QString error;
        auto p = ProjectStore::open(path("import.edgefront"), &error);
        QVERIFY2(p, qPrintable(error));
        const int devicesBefore = int(p->devices().size());

        const MeasurementBatch good = smallBatch(QStringLiteral("lab-phone"), 40, 3);
        const auto summary = p->importMeasurements(good, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->measurements, 40);
        QCOMPARE(summary->newDevices, QStringList{QStringLiteral("lab-phone")});
        QCOMPARE(p->device(QStringLiteral("lab-phone"))->provenance, DeviceProvenance::Measured);
        QCOMPARE(p->measurementCounts().value(QStringLiteral("lab-phone")), 40);
        const MeasuredValues values = p->measuredValues(QStringLiteral("lab-phone"));
        QCOMPARE(values.count(QStringLiteral("nb201"), Metric::LatencyMs), 40);
        QCOMPARE(values.find(QStringLiteral("nb201"), Metric::LatencyMs)->value(good.keys[7]), good.rows[7].value);

        // The same measurements again are refused.
        QVERIFY(!p->importMeasurements(good, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(p->measurementCounts().value(QStringLiteral("lab-phone")), 40);

        // A batch that fails at its last row (NaN is not a value) leaves nothing behind: not
        // its new device, not its architectures' measurements.
        MeasurementBatch bad = smallBatch(QStringLiteral("lab-npu"), 30, 4);
        bad.rows.back().value = std::nan("");
        QVERIFY(!p->importMeasurements(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing was stored")), qPrintable(error));
        QVERIFY(!p->hasDevice(QStringLiteral("lab-npu")));
        QCOMPARE(p->devices().size(), devicesBefore + 1);
        QCOMPARE(p->measurementCounts().value(QStringLiteral("lab-npu")), 0);

        // Devices: duplicates refused unless replacing; removal cascades to measurements.
        QVERIFY(!p->addDevices({builtinFleet().first()}, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(p->addDevices({builtinFleet().first()}, &error, true));
        QVERIFY(p->removeDevice(QStringLiteral("lab-phone"), &error));
        QCOMPARE(p->measurementCounts().value(QStringLiteral("lab-phone")), 0);
        QVERIFY(!p->removeDevice(QStringLiteral("lab-phone"), &error));
    }

    void badFilesStayUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not an SQLite database");
        QTest::newRow("other application") << QStringLiteral("foreign") << QStringLiteral("another application");
        QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer EdgeFront");
        QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("corrupt");
    }
    void badFilesStayUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const QString file = m_dir.filePath(kind + QStringLiteral(".edgefront"));
        QString error;
        if (kind == QLatin1StringView("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,latency\nphone,12\n");
        } else if (kind == QLatin1StringView("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1StringView("foreign")) {
            rawSql(file, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")});
        } else {
            {
                auto p = ProjectStore::open(file, &error);
                QVERIFY2(p, qPrintable(error));
            }
            if (kind == QLatin1StringView("newer")) {
                rawSql(file, {QStringLiteral("PRAGMA user_version = 99")});
            } else {
                // Overwrite the middle of the file (table b-tree pages) with garbage.
                rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE")});
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 8192);
                f.seek(4096);
                f.write(QByteArray(int(size - 8192), '\x5a'));
            }
        }
        const QByteArray before = fileHash(file);
        auto p = ProjectStore::open(file, &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.startsWith(file), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(fileHash(file), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
