#pragma once
// What the search-like commands share: the accuracy source from options, the device's cost
// source, progress on stderr for work over a second, Ctrl+C as cancel, and recording a run.

#include "clicommand.h"
#include "evolutionsearch.h"

#include <QElapsedTimer>

#include <atomic>

namespace edgefront {

class ProjectStore;

// --accuracy-predictor FILE.onnx
void addAccuracyOption(QCommandLineParser &parser);
// The given predictor, else the project's default for the space.
std::shared_ptr<AccuracySource> accuracyFromOptions(const QCommandLineParser &parser, const ProjectStore &project,
                                                    const DesignSpace &space, CliIo &io);

// SIGINT / SIGTERM set a flag that progress callbacks read: a running search stops at its next
// generation and the command records the run as cancelled.
class CancelOnSignal
{
public:
    CancelOnSignal();
    ~CancelOnSignal();
    static bool requested();
};

// Progress lines on stderr, only once the work has taken more than a second.
class StderrProgress
{
public:
    StderrProgress(CliIo &io, QString label);
    // Returns false when cancelled (Ctrl+C).
    bool operator()(double fraction);

private:
    CliIo &m_io;
    QString m_label;
    QElapsedTimer m_timer;
    int m_lastTenth = -1;
};

QJsonObject candidateJson(const DesignSpace &space, const Candidate &c);

} // namespace edgefront
