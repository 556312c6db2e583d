// Device profiles: the edgefront-device file format (round trip, versioning, field errors)
// and the built-in fleet's coverage.

#include "builtinfleet.h"
#include "deviceprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace edgefront;

class TestDeviceProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinFleetCoversTheClasses()
    {
        const QList<DeviceProfile> fleet = builtinFleet();
        QVERIFY2(fleet.size() >= 30, qPrintable(QString::number(fleet.size())));
        QSet<QString> ids;
        QSet<DeviceClass> classes;
        for (const DeviceProfile &d : fleet) {
            QVERIFY(DeviceProfile::isValidId(d.id));
            QVERIFY2(!ids.contains(d.id), qPrintable(d.id));
            ids.insert(d.id);
            classes.insert(d.deviceClass);
            QCOMPARE(d.provenance, DeviceProvenance::Virtual);
            QVERIFY(!d.precisionNames().isEmpty());
            QVERIFY(d.specs.memoryBandwidthGBs > 0);
        }
        const QList<DeviceClass> required{DeviceClass::PhoneCpuBig, DeviceClass::PhoneCpuLittle, DeviceClass::PhoneGpu,
                                          DeviceClass::PhoneNpu, DeviceClass::Microcontroller, DeviceClass::EdgeGpu,
                                          DeviceClass::EdgeTpu, DeviceClass::DesktopCpu, DeviceClass::DesktopGpu,
                                          DeviceClass::Fpga};
        for (DeviceClass c : required)
            QVERIFY2(classes.contains(c), qPrintable(deviceClassToString(c)));
    }

    void fleetSpecsWithinClassRanges()
    {
        // Order-of-magnitude sanity of the generated specs (see resources/fleet/make_fleet.py).
        for (const DeviceProfile &d : builtinFleet()) {
            const double best = *std::max_element(d.specs.peakGmacs.begin(), d.specs.peakGmacs.end());
            switch (d.deviceClass) {
            case DeviceClass::Microcontroller:
                QVERIFY2(best < 20 && d.specs.onChipMemoryKB <= 4096 && d.supportsNatively(Precision::Int8), qPrintable(d.id));
                break;
            case DeviceClass::PhoneNpu:
            case DeviceClass::EdgeTpu:
                QVERIFY2(d.supportsNatively(Precision::Int8) && !d.supportsNatively(Precision::Fp32), qPrintable(d.id));
                break;
            case DeviceClass::DesktopGpu:
                QVERIFY2(best > 10000, qPrintable(d.id));
                break;
            case DeviceClass::PhoneCpuLittle:
                QVERIFY2(best < 200, qPrintable(d.id));
                break;
            default:
                QVERIFY2(best > 10 && best < 1e6, qPrintable(d.id));
            }
        }
    }

    void roundTrip()
    {
        for (const DeviceProfile &d : builtinFleet()) {
            const QByteArray text = QJsonDocument(d.toJson()).toJson();
            QString error;
            const auto back = DeviceProfile::fromJson(QJsonDocument::fromJson(text).object(), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->toJson(), d.toJson());
        }
    }

    void fleetFileErrors()
    {
        QString error;
        QVERIFY(!readDevicesJson("{\"format\": \"edgefront-fleet\", \"devices\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
                                 QStringLiteral("f.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("f.json: devices[1]")) && error.contains(QStringLiteral("twice")), qPrintable(error));
        QVERIFY(!readDevicesJson("{\"format\": \"edgefront-fleet\", \"devices\": [\n{\"id\": \"a\",}]}", QStringLiteral("g.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("g.json:2:")), qPrintable(error));
        const auto one = readDevicesJson("{\"id\": \"solo\", \"class\": \"fpga\"}", QStringLiteral("h.json"), &error);
        QVERIFY2(one && one->size() == 1 && one->first().deviceClass == DeviceClass::Fpga, qPrintable(error));
    }

    void badFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no id") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("\"id\"");
        QTest::newRow("bad id") << QByteArray("{\"id\": \"has space\"}") << QStringLiteral("\"id\"");
        QTest::newRow("id newline") << QByteArray("{\"id\": \"abc\\n\"}") << QStringLiteral("\"id\"");
        QTest::newRow("class") << QByteArray("{\"id\": \"a\", \"class\": \"toaster\"}") << QStringLiteral("\"class\"");
        QTest::newRow("newer") << QByteArray("{\"id\": \"a\", \"version\": 7}") << QStringLiteral("\"version\"");
        QTest::newRow("format") << QByteArray("{\"id\": \"a\", \"format\": \"onnx\"}") << QStringLiteral("\"format\"");
        QTest::newRow("negative bandwidth") << QByteArray("{\"id\": \"a\", \"specs\": {\"memory_bandwidth_gbs\": -3}}")
                                            << QStringLiteral("specs.memory_bandwidth_gbs");
        QTest::newRow("zero bandwidth") << QByteArray("{\"id\": \"a\", \"specs\": {\"memory_bandwidth_gbs\": 0}}")
                                        << QStringLiteral("specs.memory_bandwidth_gbs");
        QTest::newRow("text peak") << QByteArray("{\"id\": \"a\", \"specs\": {\"peak_gmacs\": {\"int8\": \"fast\"}}}")
                                   << QStringLiteral("specs.peak_gmacs.int8");
        QTest::newRow("unknown precision") << QByteArray("{\"id\": \"a\", \"specs\": {\"peak_gmacs\": {\"int2\": 5}}}")
                                           << QStringLiteral("int2");
        QTest::newRow("listed without peak") << QByteArray("{\"id\": \"a\", \"precisions\": [\"int4\"]}") << QStringLiteral("int4");
        QTest::newRow("efficiency > 1") << QByteArray("{\"id\": \"a\", \"cost_model\": {\"efficiency\": {\"conv\": 1.5}}}")
                                        << QStringLiteral("cost_model.efficiency.conv");
        QTest::newRow("fractional cores") << QByteArray("{\"id\": \"a\", \"specs\": {\"cores\": 2.5}}") << QStringLiteral("specs.cores");
        QTest::newRow("fallback to missing") << QByteArray("{\"id\": \"a\", \"specs\": {\"peak_gmacs\": {\"fp32\": 5}}, "
                                                           "\"cost_model\": {\"fallback\": {\"int8\": {\"run_as\": \"fp16\", \"penalty\": 2}}}}")
                                             << QStringLiteral("fallback.int8.run_as");
        QTest::newRow("provenance") << QByteArray("{\"id\": \"a\", \"provenance\": \"guessed\"}") << QStringLiteral("\"provenance\"");
    }
    void badFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void enumNamesRoundTrip()
    {
        for (int c = 0; c < kDeviceClassCount; ++c)
            QCOMPARE(deviceClassFromString(deviceClassToString(DeviceClass(c))), std::optional<DeviceClass>(DeviceClass(c)));
        for (Precision p : kAllPrecisions)
            QCOMPARE(precisionFromString(precisionToString(p)), std::optional<Precision>(p));
        QCOMPARE(precisionForBits(4), Precision::Int4);
        QCOMPARE(precisionForBits(8), Precision::Int8);
        QCOMPARE(precisionForBits(16), Precision::Fp16);
        QCOMPARE(precisionForBits(32), Precision::Fp32);
    }
};

QTEST_GUILESS_MAIN(TestDeviceProfile)
#include "tst_deviceprofile.moc"
