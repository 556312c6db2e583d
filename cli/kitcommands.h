#pragma once
// edgefront-cli's measurement-kit commands: the loop that makes real devices part of a project
// (core/measurementkit.h).
#include "clicommand.h"

namespace edgefront {

// export kit --space S [--n N] [--seed K] [--archs FILE.jsonl] [--no-signature] [--float] --out DIR
int runExportKitCommand(const QStringList &args, CliIo &io);
// import kit-results FILE.csv --name NAME [--space S] [--class CLASS]
int runImportKitResultsCommand(const QStringList &args, CliIo &io);
// kit score FILE.csv (--device ID | --predictor FILE.onnx [--device ID]) [--space S] [--designs-only] [--json]
//   How well a device model or predictor predicts a kit's measured latencies: Spearman,
//   Kendall, mean and median absolute percentage error.
int runKitScoreCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
