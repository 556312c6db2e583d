#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli import measurements FILE --space S [--metric M] [--device ID]
int runImportMeasurementsCommand(const QStringList &args, CliIo &io);
// edgefront-cli measure --device ID --space S (--archs FILE.jsonl | --n N --seed K)
//                       --metrics latency,energy --out FILE.csv
int runMeasureCommand(const QStringList &args, CliIo &io);
// edgefront-cli monotonicity --space S --devices all|ID,ID,... --n N [--seed K] [--json]
int runMonotonicityCommand(const QStringList &args, CliIo &io);
// edgefront-cli calibrate --device ID --space S [--samples 50] [--seed K] [--id NEW] [--json]
int runCalibrateCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
