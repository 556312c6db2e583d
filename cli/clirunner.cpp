#include "clirunner.h"

#include "archcommands.h"
#include "clicommand.h"
#include "devicecommands.h"
#include "exportcommands.h"
#include "importmodelcommand.h"
#include "kitcommands.h"
#include "measurecommands.h"
#include "optimizercommands.h"
#include "predictorcommands.h"
#include "searchcommands.h"
#include "spacecommands.h"
#include "transfercommand.h"

#include <edgefront/version.h>

#include <functional>

namespace edgefront {

namespace {

struct Command
{
    QStringList path; // e.g. {"arch", "info"}
    QString summary;
    std::function<int(const QStringList &, CliIo &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {{QStringLiteral("spaces")}, QStringLiteral("List the design spaces [--json]"), runSpacesCommand},
        {{QStringLiteral("arch"), QStringLiteral("info")},
         QStringLiteral("Config, cost totals and layer table of one architecture"), runArchInfoCommand},
        {{QStringLiteral("arch"), QStringLiteral("sample")},
         QStringLiteral("Random architectures as JSON lines"), runArchSampleCommand},
        {{QStringLiteral("arch"), QStringLiteral("signature")},
         QStringLiteral("The space's signature set (device features)"), runArchSignatureCommand},
        {{QStringLiteral("devices"), QStringLiteral("list")}, QStringLiteral("The project's devices [--json]"),
         runDevicesListCommand},
        {{QStringLiteral("devices"), QStringLiteral("show")}, QStringLiteral("One device's profile"),
         runDevicesShowCommand},
        {{QStringLiteral("devices"), QStringLiteral("import")},
         QStringLiteral("Import device/fleet JSON or Once-for-All lookup tables"), runDevicesImportCommand},
        {{QStringLiteral("devices"), QStringLiteral("export")}, QStringLiteral("Write a device to a JSON file"),
         runDevicesExportCommand},
        {{QStringLiteral("import"), QStringLiteral("measurements")},
         QStringLiteral("Import a measurement table (CSV), one transaction"), runImportMeasurementsCommand},
        {{QStringLiteral("measure")}, QStringLiteral("Measure architectures on a device, to CSV"), runMeasureCommand},
        {{QStringLiteral("monotonicity")}, QStringLiteral("Rank correlation of device latencies (SRCC, Kendall)"),
         runMonotonicityCommand},
        {{QStringLiteral("calibrate")}, QStringLiteral("Fit a virtual device to a measured one"), runCalibrateCommand},
        {{QStringLiteral("predictor"), QStringLiteral("train")}, QStringLiteral("Train a predictor, write ONNX"),
         runPredictorTrainCommand},
        {{QStringLiteral("predictor"), QStringLiteral("eval")}, QStringLiteral("Quality of a predictor on a device"),
         runPredictorEvalCommand},
        {{QStringLiteral("predictor"), QStringLiteral("import")}, QStringLiteral("Import an ONNX predictor"),
         runPredictorImportCommand},
        {{QStringLiteral("predictor"), QStringLiteral("adapt")}, QStringLiteral("Adapt a scalable predictor to a device"),
         runPredictorAdaptCommand},
        {{QStringLiteral("predictor"), QStringLiteral("crossval")},
         QStringLiteral("Leave-one-device-out quality of the scalable predictor"), runPredictorCrossvalCommand},
        {{QStringLiteral("predict")}, QStringLiteral("Predict architectures with a predictor"), runPredictCommand},
        {{QStringLiteral("search")}, QStringLiteral("Best design for a device (evo, nsga2, exhaustive, random)"),
         runSearchCommand},
        {{QStringLiteral("front")}, QStringLiteral("Pareto front of a device, to CSV"), runFrontCommand},
        {{QStringLiteral("transfer")}, QStringLiteral("Proxy-device transfer to targets"), runTransferCommand},
        {{QStringLiteral("optimizer"), QStringLiteral("label")},
         QStringLiteral("Label devices x budgets for the neural optimizer (shardable)"), runOptimizerLabelCommand},
        {{QStringLiteral("optimizer"), QStringLiteral("train")}, QStringLiteral("Train the neural optimizer"),
         runOptimizerTrainCommand},
        {{QStringLiteral("optimizer"), QStringLiteral("run")}, QStringLiteral("Designs from the neural optimizer"),
         runOptimizerRunCommand},
        {{QStringLiteral("runs")}, QStringLiteral("Runs recorded in the project [--json] [--id N]"), runRunsCommand},
        // Exports and the measurement-kit loop (exportcommands.h, kitcommands.h).
        {{QStringLiteral("export"), QStringLiteral("onnx")}, QStringLiteral("A design as a runnable ONNX model"),
         runExportOnnxCommand},
        {{QStringLiteral("export"), QStringLiteral("config")}, QStringLiteral("A design's config (Once-for-All JSON)"),
         runExportConfigCommand},
        {{QStringLiteral("export"), QStringLiteral("front")}, QStringLiteral("A device's front as CSV (all metrics)"),
         runExportFrontCommand},
        {{QStringLiteral("export"), QStringLiteral("report")}, QStringLiteral("A run's summary as markdown or HTML"),
         runExportReportCommand},
        {{QStringLiteral("export"), QStringLiteral("kit")}, QStringLiteral("A measurement kit (ONNX models + runners)"),
         runExportKitCommand},
        {{QStringLiteral("import"), QStringLiteral("kit-results")},
         QStringLiteral("A kit's results CSV as a measured device"), runImportKitResultsCommand},
        {{QStringLiteral("import"), QStringLiteral("model")},
         QStringLiteral("A CNN from ONNX, costed on the project's devices"), runImportModelCommand},
        {{QStringLiteral("kit"), QStringLiteral("score")}, QStringLiteral("Predictions against a kit's measurements"),
         runKitScoreCommand},
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << "Usage: edgefront-cli <command> [options]\n\n"
           "EdgeFront " EDGEFRONT_VERSION " - design one neural network for many edge devices.\n\n"
           "Commands:\n";
    for (const Command &c : commands())
        out << "  " << c.path.join(u' ').leftJustified(22) << c.summary << '\n';
    out << "\nGlobal options:\n"
           "  --version     Print the version.\n"
           "  --help        This text; '<command> --help' describes a command.\n";
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliIo io{out, err};
    if (args.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    if (args.first() == QLatin1StringView("--version") || args.first() == QLatin1StringView("-v")) {
        out << "edgefront-cli " EDGEFRONT_VERSION "\n";
        return ExitOk;
    }
    if (args.first() == QLatin1StringView("--help") || args.first() == QLatin1StringView("-h")
        || args.first() == QLatin1StringView("help")) {
        printUsage(out);
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (args.size() >= c.path.size() && args.mid(0, c.path.size()) == c.path) {
            // QCommandLineParser expects a program name first: give it the command path.
            QStringList rest = args.mid(c.path.size());
            rest.prepend(c.path.join(u' '));
            return c.run(rest, io);
        }
    }
    QStringList known;
    for (const Command &c : commands())
        known.append(c.path.join(u' '));
    return io.fail(QStringLiteral("unknown command \"%1\" (commands: %2)")
                       .arg(args.mid(0, 2).join(u' '), known.join(u", ")),
                   ExitUsage);
}

} // namespace edgefront
