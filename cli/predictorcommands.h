#pragma once
#include "clicommand.h"

namespace edgefront {

// predictor train --kind accuracy|latency|energy|linear|macs|scalable --space S
//                 [--device ID | --devices ID,...|all] [--samples N] --out FILE.onnx
int runPredictorTrainCommand(const QStringList &args, CliIo &io);
// predictor eval --predictor FILE --device ID [--json]
int runPredictorEvalCommand(const QStringList &args, CliIo &io);
// predictor import FILE.onnx --space S --metric M
int runPredictorImportCommand(const QStringList &args, CliIo &io);
// predictor adapt --predictor FILE --device ID --samples N --out FILE
int runPredictorAdaptCommand(const QStringList &args, CliIo &io);
// predictor crossval --space S --devices ID,...|measured [--with-fleet] [--samples N] [--adapt 0,20,50,100] [--json]
int runPredictorCrossvalCommand(const QStringList &args, CliIo &io);
// predict --predictor FILE --space S --archs FILE.jsonl [--device ID] [--csv]
int runPredictCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
