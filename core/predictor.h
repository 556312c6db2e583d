#pragma once
// A predictor: architecture (and, for scalable ones, device features) -> accuracy, latency
// or energy. Every predictor is an MLP-shaped model over an input encoding, so every one is
// stored and exchanged as ONNX (opset 13) with its description in the model's metadata
// (key "edgefront", a JSON object), and evaluated by EdgeFront's own engine:
//   - trained here: an MlpModel (fast path);
//   - imported (ONNX written by other tools): the OnnxModel interpreter.
//
// Kinds (stored by name): macs (latency/energy = exp(a + b log MACs)), linear (operator-level:
// w . onehot + c), mlp (per device and metric), accuracy, scalable (device-conditioned:
// onehot + signature features), imported.
// Encodings: "onehot" / "ofa-acc" (the space's), "log_macs", "onehot+signature" (onehot
// followed by DeviceFeatures::inputs()).

#include "deviceevaluator.h"
#include "mlp.h"
#include "predictionquality.h"
#include "signatureset.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace edgefront {

class OnnxModel;

enum class PredictorKind : quint8 { Macs, Linear, Mlp, Accuracy, Scalable, Imported };
QString predictorKindToString(PredictorKind kind);
std::optional<PredictorKind> predictorKindFromString(QStringView name);

struct PredictorInfo
{
    QString name;
    PredictorKind kind = PredictorKind::Mlp;
    QString space;
    Metric metric = Metric::LatencyMs;
    QString device;      // the device predicted; empty for accuracy and device-conditioned ones
    QString dataset;     // accuracy: the dataset of the training table (e.g. cifar10)
    QString encoding = QStringLiteral("onehot");
    int signatureSize = 0;     // scalable: K
    double outputFactor = 1.0; // imported: outputs are multiplied by this (e.g. 100: fraction -> %)
    QString provenance;        // training data, e.g. "1000 simulated measurements of mcu-a"
    std::optional<PredictionQuality> quality; // on held-out data
    QString created;           // ISO date

    QJsonObject toJson() const;
    static std::optional<PredictorInfo> fromJson(const QJsonObject &o, QString *error);
    // e.g. "mlp latency_ms of pixel3 on nb201"
    QString summary() const;
};

class Predictor
{
public:
    Predictor(PredictorInfo info, MlpModel model);
    Predictor(PredictorInfo info, std::shared_ptr<const OnnxModel> onnx, QByteArray onnxBytes);
    ~Predictor();
    Predictor(const Predictor &);
    Predictor &operator=(const Predictor &);
    Predictor(Predictor &&) noexcept;
    Predictor &operator=(Predictor &&) noexcept;

    const PredictorInfo &info() const { return m_info; }
    PredictorInfo &info() { return m_info; }
    bool needsDeviceFeatures() const { return m_info.encoding == QLatin1StringView("onehot+signature"); }
    int inputWidth() const;
    const MlpModel *mlp() const { return m_mlp ? &*m_mlp : nullptr; }

    // The model input for a batch (rows = architectures); nullopt + *error when the encoding
    // cannot be built (features missing, space mismatch).
    std::optional<MatrixF> inputs(const ArchitectureBatch &batch, const DeviceFeatures *features, QString *error) const;
    // One value per architecture, in the metric's units (ms, mJ, accuracy %).
    std::optional<std::vector<double>> predict(const ArchitectureBatch &batch, const DeviceFeatures *features,
                                               QString *error, int threads = 1) const;

    // ONNX bytes with the description in metadata. Imported models keep their own graph.
    QByteArray toOnnx() const;
    // Reads EdgeFront's ONNX (description from metadata) or a foreign one; `defaults` supplies
    // what the file does not say (space, metric, encoding, ...) and is checked against the
    // model's input width.
    static std::optional<Predictor> fromOnnx(const QByteArray &bytes, const QString &source,
                                             const std::optional<PredictorInfo> &defaults, QString *error);
    static std::optional<Predictor> fromOnnxFile(const QString &path, const std::optional<PredictorInfo> &defaults,
                                                 QString *error);

    // Width of an encoding on a space (scalable: + K + 1); -1 when unknown.
    static int encodingWidth(const DesignSpace &space, const QString &encoding, int signatureSize);

private:
    PredictorInfo m_info;
    std::optional<MlpModel> m_mlp;
    std::shared_ptr<const OnnxModel> m_onnx;
    QByteArray m_onnxBytes;
};

} // namespace edgefront
