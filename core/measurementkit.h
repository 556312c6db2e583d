#pragma once
// A measurement kit: the way real devices come into a project. EdgeFront writes a folder with
// runnable ONNX models of the space's signature set plus N chosen or sampled designs, a
// manifest and runner scripts for ONNX Runtime; the user runs it on the device; the results
// CSV comes back through importResults() as a measured device whose signature measurements
// are its features, so predictors, transfer and the optimizer use it at once.
//
// Kit folder:
//   manifest.json   {"format": "edgefront-kit", "version": 1, "space", "seed", "created",
//                    "edgefront_version", "classes", "arch_columns": ["ks","e","d","r"(,"bits")]
//                    or ["arch"], "models": [{"id", "file", "role": "signature"|"design",
//                    "key", "config", "columns": {column: CSV cell}, "macs", "params",
//                    "input_shape": [1,3,r,r], "output_shape": [1,classes]}]}
//   models/*.onnx   exportArchitectureOnnx (weights seeded by the kit's seed); ids sig-00..,
//                   d-000..
//   run_kit.mjs     Node.js + onnxruntime-node runner; package.json pins onnxruntime-node
//   run_kit.py      Python + onnxruntime runner (same options and outputs)
//   README.md       how to run it and bring the results back
// The runner scripts are embedded in the library from resources/kit/ (Qt resource
// :/kit/...), so an installed edgefront-cli writes the same scripts as the source tree holds.
// The runners write results.csv (id,device,<arch_columns>,latency_ms: readMeasurementCsv's
// long format; latency = median over rounds x repeats) and results.json (runtime, threads,
// host, per-model statistics).
//
// Writing refuses a folder that exists and is not empty (unless `overwrite`); the manifest is
// written last, so an interrupted export leaves no kit that looks complete.

#include "architecture.h"
#include "deviceprofile.h"
#include "onnxarchitectureexport.h"
#include "projectstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace edgefront {

class DesignSpace;

struct MeasurementKitOptions
{
    int designs = 100;               // sampled designs, when `archs` is empty
    std::vector<Architecture> archs; // chosen designs instead of sampled ones
    quint64 seed = 0;                // of the sample and of the weights
    bool includeSignature = true;
    bool overwrite = false;          // write into a non-empty folder
    bool quantize = true;            // ArchitectureExportOptions::quantize

    bool isValid(QString *error) const;
};

struct KitModel
{
    QString id;
    QString file; // relative to the kit folder
    QString role; // "signature" or "design"
    Architecture arch;
    QString key;
    qint64 macs = 0;
    qint64 params = 0;
};

struct KitManifest
{
    static constexpr int kVersion = 1;

    QString space;
    quint64 seed = 0;
    QString created;
    std::vector<KitModel> models;

    QJsonObject toJson(const DesignSpace &space) const;
    // Reads and checks a manifest (every config valid in its space). Errors name the file.
    static std::optional<KitManifest> read(const QString &path, QString *error);
};

struct KitImportOptions
{
    QString deviceId;    // the measured device to create or extend (NAME)
    QString space;       // empty: from the kit manifest next to the CSV
    DeviceClass deviceClass = DeviceClass::Other;

    bool isValid(QString *error) const;
};

struct KitImportResult
{
    QString device;
    QString space;
    ImportSummary summary;
    bool newDevice = false;
    int signatureSize = 0;
    int signatureMeasured = 0;
    bool featuresComplete = false;
    QString featuresNote; // why the features are incomplete
    QString runtime;      // from results.json, e.g. "onnxruntime-node 1.30.0, 1 thread"
};

class MeasurementKit
{
public:
    // Writes the kit into `directory` (created when missing). progress(fraction) may cancel.
    static std::optional<KitManifest> write(const DesignSpace &space, const QString &directory,
                                            const MeasurementKitOptions &options, QString *error,
                                            const std::function<bool(double)> &progress = {});

    // Imports a runner's results CSV as measurements of options.deviceId (created as a measured
    // device when new; an existing measured device gains the measurements). The CSV's device
    // column is replaced by that id. The space comes from options.space or the manifest.json
    // next to the CSV (both given: they must agree). One transaction for the measurements;
    // the result says whether the device's signature features are complete.
    static std::optional<KitImportResult> importResults(ProjectStore &project, const QString &csvPath,
                                                        const KitImportOptions &options, QString *error);

    // The runner files written into every kit: run_kit.mjs, run_kit.py, package.json.
    static QStringList runnerFiles();
    static QByteArray runnerFile(const QString &name);
};

} // namespace edgefront
