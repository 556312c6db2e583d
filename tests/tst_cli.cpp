// edgefront-cli as a user runs it: the real executable through QProcess. Output contracts
// (JSON keys, JSONL lines) and the error convention: non-zero exit, one line on stderr naming
// the problem, nothing on stdout, no crash.

#include "designspacecatalog.h"
#include "testdata.h"

#include <edgefront/version.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace edgefront;

namespace {

struct Result
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("EDGEFRONT_CLI"), args);
    Result r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("EDGEFRONT_CLI")), "EDGEFRONT_CLI must name the built edgefront-cli");
        QVERIFY(m_dir.isValid());
    }

    void version()
    {
        const Result r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("edgefront-cli " EDGEFRONT_VERSION));
        // The version header comes from CMake's project(VERSION); it must look like one.
        QVERIFY(QString::fromLatin1(EDGEFRONT_VERSION).count(u'.') == 2);
    }

    void spacesJson()
    {
        const Result r = runCli({QStringLiteral("spaces"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray spaces = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("spaces")).toArray();
        QStringList names;
        for (const QJsonValue &s : spaces) {
            names.append(s[QStringLiteral("name")].toString());
            QVERIFY(s[QStringLiteral("encodings")].toObject().contains(QStringLiteral("onehot")));
            QVERIFY(!s[QStringLiteral("decisions")].toArray().isEmpty());
        }
        QCOMPARE(names, designSpaceNames());
        QCOMPARE(spaces[4][QStringLiteral("encodings")][QStringLiteral("onehot")].toInt(), 31);
    }

    void archInfoJson_data()
    {
        QTest::addColumn<QString>("space");
        for (const QString &s : designSpaceNames())
            QTest::newRow(qPrintable(s)) << s;
    }
    void archInfoJson()
    {
        QFETCH(QString, space);
        const Result r = runCli({QStringLiteral("arch"), QStringLiteral("info"), QStringLiteral("--space"), space,
                                 QStringLiteral("--random"), QStringLiteral("--seed"), QStringLiteral("12"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        for (const char *key : {"macs", "params", "weight_bytes", "peak_activation_bytes", "activation_bytes"}) {
            QVERIFY2(totals.value(QString::fromLatin1(key)).toInteger() > 0, key);
            QCOMPARE(o.value(QString::fromLatin1(key)), totals.value(QString::fromLatin1(key)));
        }
        // Per-layer rows add up to the totals, and the config reads back in-process.
        qint64 macs = 0, params = 0;
        const QJsonArray layers = o.value(QStringLiteral("layers")).toArray();
        QVERIFY(layers.size() > 10);
        for (const QJsonValue &l : layers) {
            macs += l[QStringLiteral("macs")].toInteger();
            params += l[QStringLiteral("params")].toInteger();
            QCOMPARE(l[QStringLiteral("input")].toArray().size(), 3);
            QVERIFY(!l[QStringLiteral("type")].toString().isEmpty());
        }
        QCOMPARE(macs, totals.value(QStringLiteral("macs")).toInteger());
        QCOMPARE(params, totals.value(QStringLiteral("params")).toInteger());
        const DesignSpace *s = findDesignSpace(space);
        QString error;
        const auto arch = s->fromJson(o.value(QStringLiteral("config")).toObject(), &error);
        QVERIFY2(arch, qPrintable(error));
        QCOMPARE(s->costs(*arch).macs, macs);
        QCOMPARE(o.value(QStringLiteral("key")).toString(), s->key(*arch));

        // Same architecture through --config FILE and the text table.
        const QString path = m_dir.filePath(space + QStringLiteral(".json"));
        writeFile(path, QJsonDocument(o.value(QStringLiteral("config")).toObject()).toJson());
        const Result text = runCli({QStringLiteral("arch"), QStringLiteral("info"), QStringLiteral("--space"), space,
                                    QStringLiteral("--config"), path});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QByteArray("macs                   ") + QByteArray::number(macs)));
        QVERIFY(text.out.contains("first_conv") || text.out.contains("cell0.0"));
    }

    void nb201ByString()
    {
        const Result r = runCli({QStringLiteral("arch"), QStringLiteral("info"), QStringLiteral("--space"), QStringLiteral("nb201"),
                                 QStringLiteral("--arch"),
                                 QStringLiteral("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("macs")).toInteger(), qint64(220119680));
    }

    void sampleWritesJsonLines_data()
    {
        QTest::addColumn<QString>("space");
        for (const QString &s : designSpaceNames())
            QTest::newRow(qPrintable(s)) << s;
    }
    void sampleWritesJsonLines()
    {
        QFETCH(QString, space);
        const QString a = m_dir.filePath(space + QStringLiteral("-a.jsonl"));
        const QString b = m_dir.filePath(space + QStringLiteral("-b.jsonl"));
        const QStringList args{QStringLiteral("arch"), QStringLiteral("sample"), QStringLiteral("--space"), space,
                               QStringLiteral("--n"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("--out")};
        QCOMPARE(runCli(args + QStringList{a}).code, 0);
        QCOMPARE(runCli(args + QStringList{b}).code, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        QCOMPARE(bytes, fb.readAll()); // same seed, same file
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 50);
        const DesignSpace *s = findDesignSpace(space);
        QSet<QString> keys;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (space == QLatin1StringView("nb201"))
                QCOMPARE(o.keys(), QStringList{QStringLiteral("arch")});
            QString error;
            const auto arch = s->fromJson(o, &error);
            QVERIFY2(arch, qPrintable(error));
            keys.insert(s->key(*arch));
        }
        QVERIFY(keys.size() > 40);
    }

    void sampleOfaSearchResolutions()
    {
        const Result r = runCli({QStringLiteral("arch"), QStringLiteral("sample"), QStringLiteral("--space"),
                                 QStringLiteral("ofa-mbv3-w12"), QStringLiteral("--n"), QStringLiteral("200"),
                                 QStringLiteral("--ofa-search")});
        QCOMPARE(r.code, 0);
        QSet<int> seen;
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            seen.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("r")).toInt());
        QCOMPARE(seen, QSet<int>({160, 176, 192, 208, 224}));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fileContent"); // written to FILE, which replaces "FILE" in args
        QTest::addColumn<QString>("mentions");
        const QString info = QStringLiteral("arch info --space ofa-mbv3-w10 --config FILE");
        auto split = [](const QString &s) { return s.split(u' '); };
        QTest::newRow("unknown space") << split(QStringLiteral("arch info --space resnet --random")) << QString() << QStringLiteral("resnet");
        QTest::newRow("missing space") << split(QStringLiteral("arch info --random")) << QString() << QStringLiteral("--space");
        QTest::newRow("unknown command") << split(QStringLiteral("arch build")) << QString() << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << split(QStringLiteral("spaces --colour")) << QString() << QStringLiteral("colour");
        QTest::newRow("malformed json") << split(info) << QStringLiteral("{\n  \"ks\": [3, 5,\n}") << QStringLiteral(":3:1: malformed JSON");
        QTest::newRow("not an object") << split(info) << QStringLiteral("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("out of range") << split(info)
            << QStringLiteral("{\"ks\": [9,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3], \"e\": [3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3], \"d\": [2,2,2,2,2], \"r\": 224}")
            << QStringLiteral("\"ks[0]\"");
        QTest::newRow("wrong block count") << split(info)
            << QStringLiteral("{\"ks\": [3,3,3], \"e\": [3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3], \"d\": [2,2,2,2,2], \"r\": 224}")
            << QStringLiteral("\"ks\": expected 20 values");
        QTest::newRow("missing file") << split(QStringLiteral("arch info --space nb201 --config /nonexistent/x.json")) << QString() << QStringLiteral("/nonexistent/x.json");
        QTest::newRow("bad nb201") << split(QStringLiteral("arch info --space nb201 --arch |conv~0|+|none~0|none~1|+|none~0|none~1|none~2|")) << QString() << QStringLiteral("\"conv\"");
        QTest::newRow("two sources") << split(QStringLiteral("arch info --space nb201 --random --arch x")) << QString() << QStringLiteral("exactly one");
        QTest::newRow("n zero") << split(QStringLiteral("arch sample --space nb201 --n 0")) << QString() << QStringLiteral("--n");
        QTest::newRow("n text") << split(QStringLiteral("arch sample --space nb201 --n many")) << QString() << QStringLiteral("--n");
        QTest::newRow("n absurd") << split(QStringLiteral("arch sample --space nb201 --n 99999999999")) << QString() << QStringLiteral("--n");
        QTest::newRow("seed negative") << split(QStringLiteral("arch sample --space nb201 --n 2 --seed -4")) << QString() << QStringLiteral("--seed");
        QTest::newRow("bad restriction") << split(QStringLiteral("arch sample --space ofa-mbv3-w10 --n 2 --restrict r=161")) << QString() << QStringLiteral("161");
        QTest::newRow("unwritable out") << split(QStringLiteral("arch sample --space nb201 --n 2 --out /nonexistent/dir/x.jsonl")) << QString() << QStringLiteral("/nonexistent/dir/x.jsonl");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fileContent);
        QFETCH(QString, mentions);
        if (!fileContent.isNull()) {
            const QString path = m_dir.filePath(QStringLiteral("bad-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'));
            writeFile(path, fileContent.toUtf8());
            args.replace(args.indexOf(QStringLiteral("FILE")), path);
        }
        const Result r = runCli(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY(r.code != 0);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void failedSampleKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.jsonl"));
        writeFile(path, "precious\n");
        const Result r = runCli({QStringLiteral("arch"), QStringLiteral("sample"), QStringLiteral("--space"),
                                 QStringLiteral("nb201"), QStringLiteral("--n"), QStringLiteral("0"),
                                 QStringLiteral("--out"), path});
        QVERIFY(r.code != 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
