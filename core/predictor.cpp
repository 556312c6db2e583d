#include "predictor.h"

#include "designspacecatalog.h"
#include "jsonfields.h"
#include "onnxmodel.h"

#include <QFile>
#include <QRandomGenerator>
#include <QJsonDocument>

#include <cmath>

namespace edgefront {

namespace {

constexpr const char *kKindNames[] = {"macs", "linear", "mlp", "accuracy", "scalable", "imported"};
const QString kMetadataKey = QStringLiteral("edgefront");

} // namespace

QString predictorKindToString(PredictorKind kind)
{
    return QString::fromLatin1(kKindNames[size_t(kind)]);
}

std::optional<PredictorKind> predictorKindFromString(QStringView name)
{
    for (size_t i = 0; i < std::size(kKindNames); ++i) {
        if (name == QLatin1StringView(kKindNames[i]))
            return PredictorKind(i);
    }
    return std::nullopt;
}

QJsonObject PredictorInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("edgefront-predictor")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), predictorKindToString(kind)},
                  {QStringLiteral("space"), space},
                  {QStringLiteral("metric"), metricToString(metric)},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("provenance"), provenance},
                  {QStringLiteral("created"), created}};
    if (!device.isEmpty())
        o.insert(QStringLiteral("device"), device);
    if (!dataset.isEmpty())
        o.insert(QStringLiteral("dataset"), dataset);
    if (signatureSize > 0)
        o.insert(QStringLiteral("signature_size"), signatureSize);
    if (outputFactor != 1.0)
        o.insert(QStringLiteral("output_factor"), outputFactor);
    if (quality)
        o.insert(QStringLiteral("quality"), quality->toJson());
    return o;
}

std::optional<PredictorInfo> PredictorInfo::fromJson(const QJsonObject &o, QString *error)
{
    PredictorInfo info;
    const auto kind = predictorKindFromString(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("field \"kind\": %1 is not a predictor kind").arg(json::describe(o.value(QStringLiteral("kind"))));
        return std::nullopt;
    }
    info.kind = *kind;
    const auto metric = metricFromString(o.value(QStringLiteral("metric")).toString());
    if (!metric) {
        *error = QStringLiteral("field \"metric\": %1 is not latency_ms, energy_mj or accuracy")
                     .arg(json::describe(o.value(QStringLiteral("metric"))));
        return std::nullopt;
    }
    info.metric = *metric;
    info.space = o.value(QStringLiteral("space")).toString();
    if (!findDesignSpace(info.space, error)) {
        *error = QStringLiteral("field \"space\": ") + *error;
        return std::nullopt;
    }
    info.name = o.value(QStringLiteral("name")).toString();
    info.device = o.value(QStringLiteral("device")).toString();
    info.dataset = o.value(QStringLiteral("dataset")).toString();
    info.encoding = o.value(QStringLiteral("encoding")).toString(QStringLiteral("onehot"));
    info.signatureSize = o.value(QStringLiteral("signature_size")).toInt();
    info.outputFactor = o.value(QStringLiteral("output_factor")).toDouble(1.0);
    info.provenance = o.value(QStringLiteral("provenance")).toString();
    info.created = o.value(QStringLiteral("created")).toString();
    if (o.contains(QStringLiteral("quality")))
        info.quality = PredictionQuality::fromJson(o.value(QStringLiteral("quality")).toObject());
    if (!std::isfinite(info.outputFactor) || info.outputFactor == 0 || info.signatureSize < 0 || info.signatureSize > 1000) {
        *error = QStringLiteral("field \"output_factor\" or \"signature_size\" out of range");
        return std::nullopt;
    }
    return info;
}

QString PredictorInfo::summary() const
{
    QString s = predictorKindToString(kind) + u' ' + metricToString(metric);
    if (!device.isEmpty())
        s += QStringLiteral(" of ") + device;
    else if (kind == PredictorKind::Scalable)
        s += QStringLiteral(" (any device, %1 signature measurements)").arg(signatureSize);
    if (!dataset.isEmpty())
        s += QStringLiteral(" on ") + dataset;
    return s + QStringLiteral(" for ") + space;
}

Predictor::Predictor(PredictorInfo info, MlpModel model)
    : m_info(std::move(info))
    , m_mlp(std::move(model))
{
}

Predictor::Predictor(PredictorInfo info, std::shared_ptr<const OnnxModel> onnx, QByteArray onnxBytes)
    : m_info(std::move(info))
    , m_onnx(std::move(onnx))
    , m_onnxBytes(std::move(onnxBytes))
{
}

Predictor::~Predictor() = default;
Predictor::Predictor(const Predictor &) = default;
Predictor &Predictor::operator=(const Predictor &) = default;
Predictor::Predictor(Predictor &&) noexcept = default;
Predictor &Predictor::operator=(Predictor &&) noexcept = default;

int Predictor::inputWidth() const
{
    return m_mlp ? m_mlp->inputSize() : (m_onnx ? m_onnx->inputWidth() : 0);
}

int Predictor::encodingWidth(const DesignSpace &space, const QString &encoding, int signatureSize)
{
    if (encoding == QLatin1StringView("log_macs"))
        return 1;
    if (encoding == QLatin1StringView("onehot+signature"))
        return space.encodingSize(QStringLiteral("onehot")) + DeviceFeatures::inputCount(signatureSize);
    return space.encodingSize(encoding);
}

std::optional<MatrixF> Predictor::inputs(const ArchitectureBatch &batch, const DeviceFeatures *features,
                                         QString *error) const
{
    const DesignSpace &space = batch.space();
    if (space.name() != m_info.space) {
        *error = QStringLiteral("predictor is for %1, not %2").arg(m_info.space, space.name());
        return std::nullopt;
    }
    const Eigen::Index n = Eigen::Index(batch.size());
    if (m_info.encoding == QLatin1StringView("log_macs")) {
        MatrixF x(n, 1);
        for (Eigen::Index i = 0; i < n; ++i)
            x(i, 0) = float(std::log(double(std::max<qint64>(1, batch.graphs()[size_t(i)].totals().macs))));
        return x;
    }
    if (m_info.encoding == QLatin1StringView("onehot+signature")) {
        if (!features || int(features->logLatency.size()) != m_info.signatureSize) {
            *error = QStringLiteral("this scalable predictor needs the device's %1 signature latencies").arg(m_info.signatureSize);
            return std::nullopt;
        }
        if (!features->isValid(error))
            return std::nullopt;
        const int e = space.encodingSize(QStringLiteral("onehot"));
        const std::vector<float> f = features->inputs();
        MatrixF x(n, e + Eigen::Index(f.size()));
        x.leftCols(e) = space.encodeBatch(batch.archs(), QStringLiteral("onehot"));
        for (size_t j = 0; j < f.size(); ++j)
            x.col(e + Eigen::Index(j)).setConstant(f[j]);
        return x;
    }
    if (space.encodingSize(m_info.encoding) < 0) {
        *error = QStringLiteral("space %1 has no encoding \"%2\"").arg(space.name(), m_info.encoding);
        return std::nullopt;
    }
    return space.encodeBatch(batch.archs(), m_info.encoding);
}

std::optional<std::vector<double>> Predictor::predict(const ArchitectureBatch &batch, const DeviceFeatures *features,
                                                      QString *error, int threads) const
{
    const auto x = inputs(batch, features, error);
    if (!x)
        return std::nullopt;
    if (x->cols() != inputWidth()) {
        *error = QStringLiteral("the model expects %1 inputs; encoding %2 gives %3")
                     .arg(inputWidth()).arg(m_info.encoding).arg(x->cols());
        return std::nullopt;
    }
    MatrixF y;
    if (m_mlp) {
        y = m_mlp->predict(*x, threads);
    } else {
        y = m_onnx->evaluate(*x, error);
        if (y.rows() != x->rows())
            return std::nullopt;
    }
    std::vector<double> out(size_t(y.rows()));
    for (Eigen::Index i = 0; i < y.rows(); ++i)
        out[size_t(i)] = double(y(i, 0)) * m_info.outputFactor;
    return out;
}

QByteArray Predictor::toOnnx() const
{
    if (!m_mlp)
        return m_onnxBytes;
    OnnxExportOptions options;
    options.graphName = QStringLiteral("edgefront_") + predictorKindToString(m_info.kind);
    options.docString = QStringLiteral("EdgeFront predictor: ") + m_info.summary();
    options.metadata.insert(kMetadataKey, QString::fromUtf8(QJsonDocument(m_info.toJson()).toJson(QJsonDocument::Compact)));
    options.metadata.insert(QStringLiteral("space"), m_info.space);
    options.metadata.insert(QStringLiteral("metric"), metricToString(m_info.metric));
    options.metadata.insert(QStringLiteral("encoding"), m_info.encoding);
    return OnnxModel::exportMlp(*m_mlp, options);
}

std::optional<Predictor> Predictor::fromOnnx(const QByteArray &bytes, const QString &source,
                                             const std::optional<PredictorInfo> &defaults, QString *error)
{
    auto model = OnnxModel::fromBytes(bytes, source, error);
    if (!model)
        return std::nullopt;
    PredictorInfo info;
    const QMap<QString, QString> metadata = model->metadata();
    if (metadata.contains(kMetadataKey)) {
        QString e;
        const auto parsed = PredictorInfo::fromJson(QJsonDocument::fromJson(metadata.value(kMetadataKey).toUtf8()).object(), &e);
        if (!parsed) {
            *error = QStringLiteral("%1: EdgeFront metadata: %2").arg(source, e);
            return std::nullopt;
        }
        info = *parsed;
        if (defaults) { // the user may rename or re-target an EdgeFront file
            if (!defaults->name.isEmpty())
                info.name = defaults->name;
        }
    } else {
        if (!defaults) {
            *error = QStringLiteral("%1: not an EdgeFront predictor; say which space and metric it is for").arg(source);
            return std::nullopt;
        }
        info = *defaults;
        info.kind = PredictorKind::Imported;
        if (info.provenance.isEmpty())
            info.provenance = QStringLiteral("imported from %1 (producer %2)").arg(source, model->producerName());
    }
    const DesignSpace *space = findDesignSpace(info.space, error);
    if (!space) {
        *error = source + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    const int width = encodingWidth(*space, info.encoding, info.signatureSize);
    if (width < 0) {
        *error = QStringLiteral("%1: space %2 has no encoding \"%3\"").arg(source, space->name(), info.encoding);
        return std::nullopt;
    }
    if (model->inputWidth() != width) {
        *error = QStringLiteral("%1: the model takes %2 inputs, but the %3 encoding of %4 has %5")
                     .arg(source).arg(model->inputWidth()).arg(info.encoding, space->name()).arg(width);
        return std::nullopt;
    }
    if (model->outputWidth() < 1) {
        *error = QStringLiteral("%1: the model has no output").arg(source);
        return std::nullopt;
    }
    if (const MlpModel *mlp = model->mlp()) {
        // EdgeFront's own export: use the MLP engine, after checking it agrees with the graph.
        QRandomGenerator rng(7);
        MatrixF probe(4, width);
        for (Eigen::Index i = 0; i < probe.size(); ++i)
            probe.data()[i] = float(rng.generateDouble());
        QString ignored;
        const MatrixF a = model->evaluate(probe, &ignored);
        const MatrixF b = mlp->predict(probe);
        if (a.rows() == b.rows() && a.cols() >= 1 && b.cols() >= 1
            && ((a.col(0) - b.col(0)).array().abs() <= 1e-4f * b.col(0).array().abs().max(1e-3f)).all())
            return Predictor(info, *mlp);
    }
    return Predictor(info, std::make_shared<const OnnxModel>(std::move(*model)), bytes);
}

std::optional<Predictor> Predictor::fromOnnxFile(const QString &path, const std::optional<PredictorInfo> &defaults,
                                                 QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > OnnxModel::kMaxFileBytes) {
        *error = QStringLiteral("%1: %2 bytes is too large for a predictor").arg(path).arg(file.size());
        return std::nullopt;
    }
    return fromOnnx(file.readAll(), path, defaults, error);
}

} // namespace edgefront
