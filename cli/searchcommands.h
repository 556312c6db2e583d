#pragma once
#include "clicommand.h"

namespace edgefront {

// search --method evo|nsga2|exhaustive|random --space S --device ID [--latency-ms X]
//        [--energy-mj Y] [--accuracy-predictor FILE.onnx] [--seed N] [--json]
int runSearchCommand(const QStringList &args, CliIo &io);
// front --space S --device ID [--objectives accuracy,latency,energy] --out FILE.csv
int runFrontCommand(const QStringList &args, CliIo &io);
// runs [--json] [--id N]
int runRunsCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
