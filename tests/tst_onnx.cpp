// ONNX import and export: the published Once-for-All accuracy predictor against its reference
// predictions, fixtures written by PyTorch and onnx.helper (tests/data/onnx, made by
// make_onnx_fixtures.py) against their producers' outputs, rejected files, the MlpModel export
// round trip, and exported models run through ONNX Runtime (onnxruntime-node) when present.
//
// Tolerances: relativeDifference() below; 1e-5 against other tools (float32 kernels that sum
// in another order), 1e-6 for export -> import against MlpModel::predict (same kernels).

#include "csvreader.h"
#include "mlp.h"
#include "onnxmodel.h"
#include "seededgenerator.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

// |value - reference| relative to the reference; magnitudes below 1e-2 count as 1e-2, since
// float32 rounding of values near zero is absolute, not relative.
double relativeDifference(double value, double reference)
{
    return std::abs(value - reference) / std::max(std::abs(reference), 1e-2);
}

double maxRelativeDifference(const MatrixF &values, const MatrixF &reference)
{
    if (values.rows() != reference.rows() || values.cols() != reference.cols())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double d = relativeDifference(values.data()[i], reference.data()[i]);
        worst = std::isnan(d) ? std::numeric_limits<double>::infinity() : std::max(worst, d);
    }
    return worst;
}

struct Table
{
    QStringList header;
    QList<QStringList> rows;
};

Table readCsv(const QString &path)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    CsvReader reader(file);
    QStringList fields;
    while (reader.readRecord(fields)) {
        if (table.header.isEmpty())
            table.header = fields;
        else
            table.rows.append(fields);
    }
    if (reader.hasError())
        qFatal("%s:%d: %s", qPrintable(path), reader.errorLine(), qPrintable(reader.errorString()));
    return table;
}

// The columns whose names start with `prefix` (x0, x1, ... or y0, y1, ...) as a matrix.
MatrixF columns(const Table &table, QLatin1StringView prefix)
{
    QList<int> picked;
    for (int c = 0; c < table.header.size(); ++c) {
        if (table.header[c].startsWith(prefix))
            picked.append(c);
    }
    MatrixF m(table.rows.size(), picked.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int j = 0; j < picked.size(); ++j)
            m(r, j) = table.rows[r][picked[j]].toFloat();
    }
    return m;
}

MatrixF randomInputs(int rows, int cols, quint64 seed, double scale = 1.0)
{
    QRandomGenerator rng = seededGenerator(seed);
    MatrixF x(rows, cols);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = float(scale * (2.0 * rng.generateDouble() - 1.0));
    return x;
}

VectorF randomVector(int size, quint64 seed, double lo, double hi)
{
    QRandomGenerator rng = seededGenerator(seed);
    VectorF v(size);
    for (int i = 0; i < size; ++i)
        v[i] = float(lo + (hi - lo) * rng.generateDouble());
    return v;
}

// A random MLP with every feature the export writes: normalisation, the chosen hidden
// activation, output scale/offset and optionally log output.
MlpModel exampleMlp(const std::vector<int> &widths, MlpActivation hidden, bool normalise, bool logOutput, quint64 seed)
{
    MlpModel m = MlpModel::random(widths, seed);
    for (size_t i = 0; i + 1 < m.layers.size(); ++i) {
        m.layers[i].activation = hidden;
        m.layers[i].leakySlope = 0.05f;
        m.layers[i].bias = randomVector(m.layers[i].outputs(), seed + 10 + i, -0.3, 0.3);
    }
    if (normalise) {
        m.inputMean = randomVector(m.inputSize(), seed + 1, -0.5, 0.5);
        m.inputScale = randomVector(m.inputSize(), seed + 2, 0.5, 2.0);
        m.outputScale = randomVector(m.outputSize(), seed + 3, 0.05, 0.3);
        m.outputOffset = randomVector(m.outputSize(), seed + 4, -1.0, 1.0);
    }
    m.logOutput = logOutput;
    return m;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QString onnxRuntimeDir()
{
    return QDir::cleanPath(QStringLiteral(EDGEFRONT_TEST_DATA_DIR "/../onnxruntime"));
}

} // namespace

class TestOnnx : public QObject
{
    Q_OBJECT

private slots:
    void ofaAccuracyPredictor();
    void fixtures_data();
    void fixtures();
    void fixtureMetadata();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsTruncatedAndGarbage();
    void rejectsOversizedFile();
    void evaluateChecksWidth();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void exportRefusesInvalid();
    void onnxRuntimeAgrees_data();
    void onnxRuntimeAgrees();
};

void TestOnnx::ofaAccuracyPredictor()
{
    EDGEFRONT_REQUIRE_SHARED(modelPath, "ofa/ofa_mbv3_w12_acc_predictor.onnx");
    EDGEFRONT_REQUIRE_SHARED(csvPath, "ofa/acc_predictor_reference.csv");
    QString error;
    const auto model = OnnxModel::fromFile(modelPath, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->inputWidth(), 128);
    QCOMPARE(model->outputWidth(), 1);
    QCOMPARE(model->inputName(), QStringLiteral("x"));
    QCOMPARE(model->outputName(), QStringLiteral("accuracy"));
    QCOMPARE(model->opsetVersion(), 13);
    QCOMPARE(model->producerName(), QStringLiteral("prepare_data.py"));
    QVERIFY(model->docString().contains(QLatin1StringView("Once-for-All")));
    QVERIFY(model->metadata().value(QStringLiteral("source")).contains(QLatin1StringView("acc_predictor.pth")));
    QCOMPARE(model->parameterCount(), 128 * 400 + 400 + 2 * (400 * 400 + 400) + 400 + 1);

    const Table table = readCsv(csvPath);
    const int encoding = table.header.indexOf(QStringLiteral("encoding"));
    const int accuracy = table.header.indexOf(QStringLiteral("accuracy"));
    QVERIFY(encoding >= 0 && accuracy >= 0);
    QCOMPARE(table.rows.size(), 200);
    MatrixF x(table.rows.size(), 128);
    MatrixF expected(table.rows.size(), 1);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QString bits = table.rows[r][encoding];
        QCOMPARE(bits.size(), 128);
        for (int i = 0; i < 128; ++i) {
            QVERIFY(bits[i] == QLatin1Char('0') || bits[i] == QLatin1Char('1'));
            x(r, i) = bits[i] == QLatin1Char('1') ? 1.0f : 0.0f;
        }
        expected(r, 0) = table.rows[r][accuracy].toFloat();
    }
    const MatrixF y = model->evaluate(x, &error);
    QVERIFY2(y.rows() == 200, qPrintable(error));
    const double worst = (y - expected).cwiseAbs().maxCoeff();
    QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max |difference| %1 > 1e-5").arg(worst)));
    // One architecture at a time gives the same numbers as the batch.
    QCOMPARE(model->evaluate(x.row(17), &error)(0, 0), y(17, 0));

    QVERIFY(model->evaluate(MatrixF::Zero(2, 31), &error).size() == 0);
    QCOMPARE(error, modelPath + QStringLiteral(": expected 128 inputs, got 31"));
}

void TestOnnx::fixtures_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"torch_relu", "torch_leaky_sigmoid", "torch_tanh", "torch_mixed", "helper_ops",
                             "helper_gemm", "helper_opset10"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestOnnx::fixtures()
{
    QFETCH(QString, name);
    const QString path = testdata::ownFile(QStringLiteral("onnx/%1.onnx").arg(name));
    QString error;
    const auto model = OnnxModel::fromFile(path, &error);
    QVERIFY2(model, qPrintable(error));
    const Table table = readCsv(testdata::ownFile(QStringLiteral("onnx/%1.csv").arg(name)));
    const MatrixF x = columns(table, QLatin1StringView("x"));
    const MatrixF expected = columns(table, QLatin1StringView("y"));
    QCOMPARE(model->inputWidth(), int(x.cols()));
    QCOMPARE(model->outputWidth(), int(expected.cols()));
    const MatrixF y = model->evaluate(x, &error);
    QVERIFY2(y.size() > 0, qPrintable(error));
    const double worst = maxRelativeDifference(y, expected);
    QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max relative difference %1 > 1e-5").arg(worst)));
    // A batch of one (where Squeeze without axes or a [N] output could go wrong) agrees.
    const MatrixF first = model->evaluate(x.topRows(1), &error);
    QVERIFY2(first.size() > 0, qPrintable(error));
    QCOMPARE(first.row(0), y.row(0));
}

void TestOnnx::fixtureMetadata()
{
    QString error;
    const auto model = OnnxModel::fromFile(testdata::ownFile(QStringLiteral("onnx/helper_ops.onnx")), &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->producerName(), QStringLiteral("make_onnx_fixtures.py"));
    QCOMPARE(model->docString(), QStringLiteral("onnx.helper fixture for EdgeFront's importer"));
    QCOMPARE(model->graphName(), QStringLiteral("helper_ops"));
    QCOMPARE(model->irVersion(), 8);
    QCOMPARE(model->opsetVersion(), 13);
    const QMap<QString, QString> expected{{QStringLiteral("space"), QStringLiteral("test")},
                                          {QStringLiteral("metric"), QStringLiteral("score")}};
    QCOMPARE(model->metadata(), expected);
    QCOMPARE(model->inputName(), QStringLiteral("x"));
    QCOMPARE(model->outputName(), QStringLiteral("y"));
    QCOMPARE(model->outputWidth(), 1); // [N] output, as one column

    const auto opset10 = OnnxModel::fromFile(testdata::ownFile(QStringLiteral("onnx/helper_opset10.onnx")), &error);
    QVERIFY2(opset10, qPrintable(error));
    QCOMPARE(opset10->opsetVersion(), 10);
    QCOMPARE(opset10->inputName(), QStringLiteral("x")); // initializers listed as inputs are weights
}

void TestOnnx::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("unsupported Conv")
        << QStringLiteral("bad_conv")
        << QStringList{QStringLiteral("node 1 (\"conv1\"): operator Conv is not supported (supported: Add, Clip,")};
    QTest::newRow("NaN weight") << QStringLiteral("bad_nan")
                                << QStringList{QStringLiteral("initializer 'fc.weight'"), QStringLiteral("NaN")};
    QTest::newRow("double input") << QStringLiteral("bad_double_input")
                                  << QStringList{QStringLiteral("input 'x'"), QStringLiteral("DOUBLE"),
                                                 QStringLiteral("only float32")};
    QTest::newRow("two inputs") << QStringLiteral("bad_two_inputs")
                                << QStringList{QStringLiteral("2 inputs (x, x2)"), QStringLiteral("exactly one")};
    QTest::newRow("symbolic width") << QStringLiteral("bad_dynamic_width")
                                    << QStringList{QStringLiteral("input 'x'"), QStringLiteral("fixed width")};
    QTest::newRow("100M parameters") << QStringLiteral("bad_huge")
                                     << QStringList{QStringLiteral("initializer 'huge'"),
                                                    QStringLiteral("more than 100000000 parameters")};
}

void TestOnnx::rejectsBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QStringList, fragments);
    const QString path = testdata::ownFile(QStringLiteral("onnx/%1.onnx").arg(name));
    QVERIFY(QFileInfo::exists(path));
    QString error;
    QVERIFY(!OnnxModel::fromFile(path, &error));
    QVERIFY2(error.startsWith(path + QLatin1StringView(": ")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, error)));
}

void TestOnnx::rejectsTruncatedAndGarbage()
{
    const QByteArray good = readBytes(testdata::ownFile(QStringLiteral("onnx/torch_mixed.onnx")));
    QString error;
    QVERIFY2(OnnxModel::fromBytes(good, QStringLiteral("whole.onnx"), &error), qPrintable(error));
    // Every cut (a stride through the file, and each of the last 24 bytes) is refused.
    QList<qsizetype> lengths;
    for (qsizetype length = 0; length < good.size() - 24; length += 37)
        lengths.append(length);
    for (qsizetype length = good.size() - 24; length < good.size(); ++length)
        lengths.append(length);
    int cuts = 0;
    for (const qsizetype length : lengths) {
        error.clear();
        const auto model = OnnxModel::fromBytes(good.left(length), QStringLiteral("cut.onnx"), &error);
        QVERIFY2(!model, qPrintable(QStringLiteral("accepted the first %1 of %2 bytes").arg(length).arg(good.size())));
        QVERIFY2(error.startsWith(QLatin1StringView("cut.onnx: ")) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        ++cuts;
    }
    QVERIFY(cuts > 40);
    QVERIFY(!OnnxModel::fromBytes(good.left(good.size() / 2), QStringLiteral("half.onnx"), &error));
    QVERIFY2(error.contains(QLatin1StringView("half.onnx: not an ONNX model")), qPrintable(error));

    QVERIFY(!OnnxModel::fromBytes(QByteArray(), QStringLiteral("empty.onnx"), &error));
    QCOMPARE(error, QStringLiteral("empty.onnx: the file is empty"));
    QVERIFY(!OnnxModel::fromBytes(QByteArrayLiteral("ks,e,d,r\n3-5-7,4-6,2-3,224\n"), QStringLiteral("table.csv"), &error));
    QVERIFY2(error.startsWith(QLatin1StringView("table.csv: ")), qPrintable(error));
    QRandomGenerator rng = seededGenerator(5);
    for (int trial = 0; trial < 20; ++trial) {
        QByteArray garbage(64 + trial * 50, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QVERIFY(!OnnxModel::fromBytes(garbage, QStringLiteral("garbage.onnx"), &error));
        QVERIFY2(error.startsWith(QLatin1StringView("garbage.onnx: ")), qPrintable(error));
    }
}

void TestOnnx::rejectsOversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.onnx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(OnnxModel::kMaxFileBytes + 1)); // sparse: nothing is written
    file.close();
    QString error;
    QVERIFY(!OnnxModel::fromFile(path, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1StringView("256 MB limit")), qPrintable(error));

    QVERIFY(!OnnxModel::fromFile(dir.filePath(QStringLiteral("missing.onnx")), &error));
    QVERIFY2(error.contains(QLatin1StringView("missing.onnx: cannot open")), qPrintable(error));
}

void TestOnnx::evaluateChecksWidth()
{
    const QString path = testdata::ownFile(QStringLiteral("onnx/helper_ops.onnx"));
    QString error;
    const auto model = OnnxModel::fromFile(path, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->inputWidth(), 3);
    QVERIFY(model->evaluate(MatrixF::Zero(4, 31), &error).size() == 0);
    QCOMPARE(error, path + QStringLiteral(": expected 3 inputs, got 31"));
    QVERIFY(model->evaluate(MatrixF::Zero(4, 31), nullptr).size() == 0); // no error wanted: fine too
    const MatrixF none = model->evaluate(MatrixF::Zero(0, 3), &error);
    QCOMPARE(none.rows(), 0);
    QCOMPARE(none.cols(), 1);
}

void TestOnnx::exportRoundTrip_data()
{
    QTest::addColumn<QList<int>>("widths");
    QTest::addColumn<int>("activation");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<bool>("logOutput");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("relu, plain") << QList<int>{8, 16, 1} << int(MlpActivation::Relu) << false << false << quint64(1);
    QTest::newRow("relu, normalised, exp") << QList<int>{128, 64, 64, 3} << int(MlpActivation::Relu) << true << true << quint64(2);
    QTest::newRow("leaky relu") << QList<int>{20, 12, 12, 2} << int(MlpActivation::LeakyRelu) << true << false << quint64(3);
    QTest::newRow("sigmoid, exp") << QList<int>{10, 7, 1} << int(MlpActivation::Sigmoid) << true << true << quint64(4);
    QTest::newRow("tanh") << QList<int>{6, 9, 9, 4} << int(MlpActivation::Tanh) << true << false << quint64(5);
    QTest::newRow("linear, one layer") << QList<int>{5, 2} << int(MlpActivation::None) << true << true << quint64(6);
}

void TestOnnx::exportRoundTrip()
{
    QFETCH(QList<int>, widths);
    QFETCH(int, activation);
    QFETCH(bool, normalise);
    QFETCH(bool, logOutput);
    QFETCH(quint64, seed);
    const MlpModel mlp = exampleMlp({widths.begin(), widths.end()}, MlpActivation(activation), normalise, logOutput, seed);
    QString error;
    QVERIFY2(mlp.isValid(&error), qPrintable(error));

    OnnxExportOptions options;
    options.inputName = QStringLiteral("encoding");
    options.outputName = QStringLiteral("latency_ms");
    options.docString = QStringLiteral("round trip");
    options.metadata = {{QStringLiteral("space"), QStringLiteral("ofa_mbv3")},
                        {QStringLiteral("metric"), QStringLiteral("latency")},
                        {QStringLiteral("edgefront_kind"), QStringLiteral("mlp")}};
    const QByteArray bytes = OnnxModel::exportMlp(mlp, options);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(OnnxModel::exportMlp(mlp, options), bytes); // deterministic

    const auto model = OnnxModel::fromBytes(bytes, QStringLiteral("exported.onnx"), &error); // runs the checker
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->inputName(), options.inputName);
    QCOMPARE(model->outputName(), options.outputName);
    QCOMPARE(model->inputWidth(), mlp.inputSize());
    QCOMPARE(model->outputWidth(), mlp.outputSize());
    QCOMPARE(model->irVersion(), 8);
    QCOMPARE(model->opsetVersion(), 13);
    QCOMPARE(model->producerName(), QStringLiteral("EdgeFront"));
    QCOMPARE(model->docString(), options.docString);
    QCOMPARE(model->metadata(), options.metadata);
    const qint64 extra = normalise ? 2 * mlp.inputSize() + 2 * mlp.outputSize() : 0;
    QCOMPARE(model->parameterCount(), mlp.parameterCount() + extra);

    const MatrixF x = randomInputs(257, mlp.inputSize(), seed + 100, 2.0);
    const MatrixF y = model->evaluate(x, &error);
    QVERIFY2(y.size() > 0, qPrintable(error));
    const MatrixF expected = mlp.predict(x);
    const double worst = maxRelativeDifference(y, expected);
    QVERIFY2(worst <= 1e-6, qPrintable(QStringLiteral("max relative difference %1 > 1e-6").arg(worst)));
    QVERIFY(expected.cwiseAbs().maxCoeff() > 0.0f); // the comparison is not of zeros
}

void TestOnnx::exportRefusesInvalid()
{
    QVERIFY(OnnxModel::exportMlp(MlpModel{}).isEmpty());
    MlpModel broken = MlpModel::random({4, 3, 1}, 9);
    broken.layers[0].weight(1, 1) = std::numeric_limits<float>::quiet_NaN();
    QVERIFY(OnnxModel::exportMlp(broken).isEmpty());

    const MlpModel mlp = exampleMlp({4, 3, 1}, MlpActivation::Relu, true, false, 9);
    OnnxExportOptions same;
    same.outputName = same.inputName;
    QString error;
    QVERIFY(!same.isValid(&error));
    QVERIFY(OnnxModel::exportMlp(mlp, same).isEmpty());
    OnnxExportOptions clash;
    clash.inputName = QStringLiteral("input_mean"); // an initializer's name
    QVERIFY(OnnxModel::exportMlp(mlp, clash).isEmpty());
    QVERIFY(!OnnxModel::exportMlp(mlp).isEmpty());
}

void TestOnnx::onnxRuntimeAgrees_data()
{
    QTest::addColumn<QList<int>>("widths");
    QTest::addColumn<int>("activation");
    QTest::addColumn<bool>("logOutput");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("relu, exp") << QList<int>{128, 64, 64, 1} << int(MlpActivation::Relu) << true << quint64(21);
    QTest::newRow("relu, 3 outputs") << QList<int>{31, 40, 3} << int(MlpActivation::Relu) << false << quint64(22);
    QTest::newRow("leaky relu, exp") << QList<int>{12, 16, 16, 2} << int(MlpActivation::LeakyRelu) << true << quint64(23);
    QTest::newRow("sigmoid") << QList<int>{9, 11, 1} << int(MlpActivation::Sigmoid) << false << quint64(24);
    QTest::newRow("tanh, exp") << QList<int>{7, 8, 8, 2} << int(MlpActivation::Tanh) << true << quint64(25);
}

// Exported models through a real ONNX Runtime (tests/onnxruntime/run_model.mjs), so the
// export means to other tools what it means to EdgeFront.
void TestOnnx::onnxRuntimeAgrees()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node (Node.js) is not on PATH; ONNX Runtime check skipped");
    const QString ortDir = onnxRuntimeDir();
    if (!QFileInfo::exists(ortDir + QStringLiteral("/node_modules/onnxruntime-node/package.json")))
        QSKIP(qPrintable(QStringLiteral("onnxruntime-node is not installed in %1 (run: cd %1 && npm ci "
                                        "--ignore-scripts); ONNX Runtime check skipped").arg(ortDir)));

    QFETCH(QList<int>, widths);
    QFETCH(int, activation);
    QFETCH(bool, logOutput);
    QFETCH(quint64, seed);
    const MlpModel mlp = exampleMlp({widths.begin(), widths.end()}, MlpActivation(activation), true, logOutput, seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString modelPath = dir.filePath(QStringLiteral("model.onnx"));
    const QString inputPath = dir.filePath(QStringLiteral("inputs.csv"));
    const QString outputPath = dir.filePath(QStringLiteral("outputs.csv"));
    {
        QFile file(modelPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(OnnxModel::exportMlp(mlp)) > 0);
    }
    const MatrixF x = randomInputs(50, mlp.inputSize(), seed + 7, 2.0);
    {
        QFile file(inputPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text;
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            for (Eigen::Index c = 0; c < x.cols(); ++c)
                text += (c ? "," : "") + QByteArray::number(x(r, c), 'g', 9);
            text += '\n';
        }
        file.write(text);
    }

    QProcess process;
    process.start(node, {ortDir + QStringLiteral("/run_model.mjs"), modelPath, inputPath, outputPath});
    QVERIFY2(process.waitForFinished(120000), "node did not finish within 2 minutes");
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 2)
        QSKIP(qPrintable(QStringLiteral("ONNX Runtime does not load here: %1").arg(stderrText)));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(stderrText));

    const MatrixF y = columns(readCsv(outputPath), QLatin1StringView("y"));
    const MatrixF expected = mlp.predict(x);
    const double worst = maxRelativeDifference(y, expected);
    QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("ONNX Runtime vs predict: max relative difference %1 > 1e-5").arg(worst)));
}

QTEST_GUILESS_MAIN(TestOnnx)
#include "tst_onnx.moc"
