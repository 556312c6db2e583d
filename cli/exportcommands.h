#pragma once
// edgefront-cli's export commands: chosen designs and runs as files other tools read.
#include "clicommand.h"

namespace edgefront {

// export onnx --space S (--config FILE.json | --arch TEXT | --random) --out FILE.onnx [--seed K] [--float]
//   A runnable ONNX model of the design (core/onnxarchitectureexport.h); --seed seeds the
//   weights (and --random's sample).
int runExportOnnxCommand(const QStringList &args, CliIo &io);
// export config --space S (--config FILE.json | --arch TEXT | --random [--seed K]) --out FILE.json
int runExportConfigCommand(const QStringList &args, CliIo &io);
// export front --space S --device ID --out FILE.csv [front's options]
//   The device's Pareto front as the designs CSV of core/designexports.h (all metrics, units,
//   provenance, MACs, params, peak memory, config).
int runExportFrontCommand(const QStringList &args, CliIo &io);
// export report --run ID --out FILE.md|FILE.html
int runExportReportCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
