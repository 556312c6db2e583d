#pragma once
// An EdgeFront project: one SQLite file (".edgefront") holding devices, architectures,
// measurements, predictors (ONNX bytes + metadata), runs, results and notes.
//
// Contract:
//  - Schema versioned with PRAGMA user_version and migrated forward on open; the file is
//    marked with PRAGMA application_id 0x45444746 ("EDGF"). WAL journal, foreign keys on.
//  - Opening checks before writing anything: a non-SQLite file, a SQLite file of another
//    application, a corrupt file or one from a newer EdgeFront gives a clear error and the
//    file is left byte-for-byte untouched.
//  - Every import is one transaction: it lands whole or not at all.
//  - A missing file is created (with the built-in fleet when createWithFleet).

#include "deviceevaluator.h"
#include "deviceprofile.h"
#include "measurement.h"
#include "predictor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace edgefront {

struct ImportSummary
{
    int architectures = 0;  // distinct architectures in the batch
    int measurements = 0;   // rows stored
    QStringList newDevices; // measured devices created by the import
    QStringList devices;    // all devices the batch touched
    qint64 importId = -1;   // the imports row (removeImport takes it back)
};

class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x45444746; // "EDGF"

    ~ProjectStore();

    // Opens (or, when missing, creates) a project. nullptr and *error on failure.
    static std::unique_ptr<ProjectStore> open(const QString &path, QString *error, bool createWithFleet = true);
    // The user's default project (data folder/default.edgefront), created on first use.
    static QString defaultProjectPath();

    QString path() const { return m_path; }

    // Devices.
    QList<DeviceProfile> devices() const;
    std::optional<DeviceProfile> device(const QString &id) const;
    bool hasDevice(const QString &id) const;
    // Adds devices in one transaction; fails on an existing id unless replace.
    bool addDevices(const QList<DeviceProfile> &devices, QString *error, bool replace = false);
    bool removeDevice(const QString &id, QString *error);
    // Takes a measurement import back in one transaction: its measurements, and the measured
    // devices it created (`createdDevices`, ImportSummary::newDevices) with all their data.
    bool removeImport(qint64 importId, const QStringList &createdDevices, QString *error);
    // Measurements per device id (all spaces and metrics).
    QHash<QString, int> measurementCounts() const;

    // Measurements. Unknown device ids become measured devices. One transaction.
    std::optional<ImportSummary> importMeasurements(const MeasurementBatch &batch, QString *error);
    // Mean measured value per architecture key, for a device.
    MeasuredValues measuredValues(const QString &deviceId) const;
    // Device-independent accuracy measurements on `space` (mean per architecture key); an empty
    // dataset takes the first dataset in the project for that space.
    QHash<QString, double> accuracyTable(const QString &space, const QString &dataset = {}) const;
    QStringList accuracyDatasets(const QString &space) const;
    // The stored configs of the architectures measured on `space` (any device), by key.
    QHash<QString, QJsonObject> measuredArchitectures(const QString &space) const;
    // An evaluator for the device with its measurements loaded.
    std::optional<DeviceEvaluator> evaluator(const QString &deviceId, QString *error) const;

    // Predictors (ONNX bytes + their description). Returns the new id, or -1 and *error.
    qint64 addPredictor(const Predictor &predictor, QString *error);
    struct StoredPredictor
    {
        qint64 id = -1;
        PredictorInfo info;
    };
    QList<StoredPredictor> predictors() const;
    std::optional<Predictor> predictor(qint64 id, QString *error) const;
    bool removePredictor(qint64 id, QString *error);

    // Runs: one search or optimisation with its inputs, progress, results and timing.
    enum class RunStatus : quint8 { Running, Finished, Cancelled, Failed };
    static QString runStatusToString(RunStatus status); // "running", "finished", "cancelled", "failed"
    struct RunRecord
    {
        qint64 id = -1;
        QString kind;        // "search", "transfer", "optimizer", ...
        RunStatus status = RunStatus::Running;
        QJsonObject inputs;
        quint64 seed = 0;
        double progress = 0.0;
        QString startedAt;
        QString finishedAt;
        double elapsedMs = 0.0;
        QJsonArray results;  // payloads, in order
    };
    qint64 createRun(const QString &kind, const QJsonObject &inputs, quint64 seed, QString *error);
    bool updateRunProgress(qint64 id, double progress, QString *error);
    // Stores the results and the final status in one transaction.
    bool finishRun(qint64 id, RunStatus status, const QJsonArray &results, double elapsedMs, QString *error);
    QList<RunRecord> runs() const; // without results
    std::optional<RunRecord> run(qint64 id) const;

    // Notes on anything (a device id, an architecture key, a run); empty text removes.
    bool setNote(const QString &target, const QString &text, QString *error);
    QString note(const QString &target) const;

private:
    explicit ProjectStore(QString path, QString connection);
    bool createSchema(QString *error);
    bool migrate(int from, QString *error);

    QString m_path;
    QString m_connection;
};

} // namespace edgefront
