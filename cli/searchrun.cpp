#include "searchrun.h"

#include "projectstore.h"

#include <QJsonDocument>

#include <csignal>
#include <cmath>

namespace edgefront {

namespace {
std::atomic<bool> g_cancel{false};
extern "C" void onSignal(int) { g_cancel.store(true); }
using Handler = void (*)(int);
Handler g_oldInt = nullptr, g_oldTerm = nullptr;
} // namespace

void addAccuracyOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("accuracy-predictor"),
                      QStringLiteral("Accuracy predictor (ONNX). Default: the project's for the space, else its accuracy "
                                     "table, else the built-in surrogate (ofa-mbv3 spaces)."),
                      QStringLiteral("file")});
}

std::shared_ptr<AccuracySource> accuracyFromOptions(const QCommandLineParser &parser, const ProjectStore &project,
                                                    const DesignSpace &space, CliIo &io)
{
    QString error;
    if (parser.isSet(QStringLiteral("accuracy-predictor"))) {
        const QString path = parser.value(QStringLiteral("accuracy-predictor"));
        auto p = Predictor::fromOnnxFile(path, std::nullopt, &error);
        if (!p) {
            io.fail(error);
            return nullptr;
        }
        if (p->info().metric != Metric::Accuracy || p->info().space != space.name()) {
            io.fail(QStringLiteral("%1: predicts %2, not accuracy on %3").arg(path, p->info().summary(), space.name()));
            return nullptr;
        }
        return AccuracySource::fromPredictor(*p);
    }
    auto source = defaultAccuracySource(project, space, &error);
    if (!source)
        io.fail(error);
    return source;
}

CancelOnSignal::CancelOnSignal()
{
    g_cancel.store(false);
    g_oldInt = std::signal(SIGINT, onSignal);
    g_oldTerm = std::signal(SIGTERM, onSignal);
}

CancelOnSignal::~CancelOnSignal()
{
    std::signal(SIGINT, g_oldInt ? g_oldInt : SIG_DFL);
    std::signal(SIGTERM, g_oldTerm ? g_oldTerm : SIG_DFL);
}

bool CancelOnSignal::requested()
{
    return g_cancel.load();
}

StderrProgress::StderrProgress(CliIo &io, QString label)
    : m_io(io)
    , m_label(std::move(label))
{
    m_timer.start();
}

bool StderrProgress::operator()(double fraction)
{
    if (m_timer.elapsed() > 1000) {
        const int tenth = int(fraction * 10);
        if (tenth != m_lastTenth) {
            m_io.err << m_label << ": " << int(fraction * 100) << " %" << Qt::endl;
            m_lastTenth = tenth;
        }
    }
    return !CancelOnSignal::requested();
}

QJsonObject candidateJson(const DesignSpace &space, const Candidate &c)
{
    auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("config"), space.toJson(c.arch)},
            {QStringLiteral("key"), space.key(c.arch)},
            {QStringLiteral("accuracy"), num(c.metrics.accuracy)},
            {QStringLiteral("latency_ms"), num(c.metrics.latencyMs)},
            {QStringLiteral("energy_mj"), num(c.metrics.energyMj)}};
}

} // namespace edgefront
