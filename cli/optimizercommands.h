#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli optimizer label --space S [--devices ...] [--shard i/N] --out FILE.edgefront
int runOptimizerLabelCommand(const QStringList &args, CliIo &io);
// edgefront-cli optimizer train --space S [--devices ...] [--labels part_*.edgefront] --out FILE.onnx
int runOptimizerTrainCommand(const QStringList &args, CliIo &io);
// edgefront-cli optimizer run --optimizer FILE --device ID|all --latency-ms X [--energy-mj Y]
int runOptimizerRunCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
