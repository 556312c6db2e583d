#include "fleetmonotonicityview.h"

#include "designspacecatalog.h"
#include "projectstore.h"
#include "srccheatmap.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

const QString kDefaultSpace = QStringLiteral("ofa-mbv3-w12-mp");
constexpr int kProgressSteps = 1000;

} // namespace

FleetMonotonicityView::FleetMonotonicityView(QWidget *parent)
    : QWidget(parent)
{
    m_spaceBox = new QComboBox(this);
    m_spaceBox->addItems(designSpaceNames());
    m_spaceBox->setCurrentText(findDesignSpace(kDefaultSpace) ? kDefaultSpace : defaultDesignSpaceName());
    m_spaceBox->setAccessibleName(tr("Design space of the SRCC matrix"));
    m_spaceBox->setToolTip(tr("The design space whose architectures the devices rank"));

    m_archBox = new QSpinBox(this);
    m_archBox->setRange(10, 1'000'000);
    m_archBox->setSingleStep(500);
    m_archBox->setValue(kDefaultArchitectures);
    m_archBox->setGroupSeparatorShown(true);
    m_archBox->setAccessibleName(tr("Number of architectures"));
    m_archBox->setToolTip(tr("Random architectures every device is evaluated on (measured devices: their "
                             "common measured architectures, at most this many)"));

    m_recomputeButton = new QPushButton(tr("Re&compute"), this);
    m_recomputeButton->setToolTip(tr("Compute the SRCC of every device pair again"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the computation; the map keeps the previous matrix"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setAccessibleName(tr("SRCC computation progress"));
    m_progress->setTextVisible(false);
    // Hidden when idle, but keeping their room so the map does not jump on every recompute.
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelButton)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("SRCC summary"));
    // Two lines reserved, so a longer summary does not shift the map.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *spaceLabel = new QLabel(tr("S&pace:"), this);
    spaceLabel->setBuddy(m_spaceBox);
    auto *archLabel = new QLabel(tr("Archi&tectures:"), this);
    archLabel->setBuddy(m_archBox);

    auto *controls = new QGridLayout;
    controls->addWidget(spaceLabel, 0, 0);
    controls->addWidget(m_spaceBox, 0, 1, 1, 2);
    controls->addWidget(archLabel, 1, 0);
    controls->addWidget(m_archBox, 1, 1);
    controls->addWidget(m_recomputeButton, 1, 2);
    controls->setColumnStretch(1, 1);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    m_heatMap = new SrccHeatMap(this);
    m_heatMap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_heatMap, 1);

    connect(m_recomputeButton, &QPushButton::clicked, this, &FleetMonotonicityView::recompute);
    connect(m_cancelButton, &QPushButton::clicked, this, &FleetMonotonicityView::cancel);
    connect(m_spaceBox, &QComboBox::currentTextChanged, this, &FleetMonotonicityView::recompute);
    connect(m_archBox, &QSpinBox::editingFinished, this, [this] {
        if (m_archBox->value() != m_computedArchitectures)
            recompute();
    });
    connect(m_heatMap, &SrccHeatMap::pairClicked, this, &FleetMonotonicityView::pairClicked);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FleetMonotonicityView::finished);

    setBusy(false);
    m_heatMap->clear(tr("Open a project to see the SRCC of its devices."));
}

FleetMonotonicityView::~FleetMonotonicityView()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FleetMonotonicityView::setProjectPath(const QString &path)
{
    m_projectPath = path;
    if (path.isEmpty()) {
        cancel();
        m_heatMap->clear(tr("Open a project to see the SRCC of its devices."));
        m_status->clear();
        return;
    }
    recompute();
}

QString FleetMonotonicityView::space() const
{
    return m_spaceBox->currentText();
}

void FleetMonotonicityView::setSpace(const QString &space)
{
    m_spaceBox->setCurrentText(space);
}

int FleetMonotonicityView::architectureCount() const
{
    return m_archBox->value();
}

void FleetMonotonicityView::setArchitectureCount(int count)
{
    m_archBox->setValue(count);
}

MonotonicityOptions FleetMonotonicityView::options() const
{
    MonotonicityOptions options;
    options.space = space();
    options.architectures = architectureCount();
    return options;
}

bool FleetMonotonicityView::isComputing() const
{
    return m_watcher.isRunning() || m_restart;
}

QString FleetMonotonicityView::statusText() const
{
    return m_status->text();
}

void FleetMonotonicityView::recompute()
{
    if (m_projectPath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // Start again once the running one has seen the cancel (finished() does).
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    start();
}

void FleetMonotonicityView::cancel()
{
    m_restart = false;
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void FleetMonotonicityView::start()
{
    m_restart = false;
    setBusy(true);
    m_progress->setValue(0);
    const MonotonicityOptions opts = options();
    m_status->setText(tr("Computing the SRCC of the fleet on %n %1 architecture(s)…", nullptr, opts.architectures)
                          .arg(opts.space));
    if (m_heatMap->deviceCount() == 0)
        m_heatMap->setMessage(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(&FleetMonotonicityView::compute, m_projectPath, opts));
}

void FleetMonotonicityView::compute(QPromise<Computation> &promise, const QString &path,
                                    const MonotonicityOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    promise.setProgressRange(0, kProgressSteps);
    Computation c;
    // This thread's own connection to the project.
    auto project = ProjectStore::open(path, &c.error, false);
    if (project) {
        const QList<DeviceProfile> devices = project->devices();
        for (const DeviceProfile &d : devices)
            c.names.insert(d.id, d.name);
        c.result = computeMonotonicity(*project, options, &c.error, [&promise](double fraction) {
            promise.setProgressValue(int(std::lround(fraction * kProgressSteps)));
            return !promise.isCanceled();
        });
    }
    c.elapsedMs = timer.elapsed();
    promise.addResult(std::move(c));
}

void FleetMonotonicityView::finished()
{
    const QFuture<Computation> future = m_watcher.future();
    if (m_restart) {
        start();
        return;
    }
    setBusy(false);
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(tr("Cancelled; the map shows the previous matrix."));
        if (m_heatMap->deviceCount() == 0)
            m_heatMap->setMessage(tr("Cancelled. Press Recompute to compute the SRCC matrix."));
        Q_EMIT computationFinished(false);
        return;
    }
    const Computation c = future.result();
    if (!c.result) {
        m_heatMap->clear(c.error);
        m_status->setText(tr("Could not compute the SRCC matrix: %1").arg(c.error));
        Q_EMIT computationFinished(false);
        return;
    }
    const MonotonicityResult &r = *c.result;
    m_computedArchitectures = architectureCount();
    m_heatMap->setResult(r, c.names);
    // Summary: how many device pairs a proxy serves as is (SRCC >= 0.9, OneProxy).
    const int n = int(r.devices.size());
    int pairs = 0, proxyPairs = 0;
    double lowest = 1.0;
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double s = r.srcc(a, b);
            if (!std::isfinite(s))
                continue;
            ++pairs;
            proxyPairs += s >= SrccHeatMap::kProxyThreshold ? 1 : 0;
            lowest = std::min(lowest, s);
        }
    }
    const QLocale locale;
    m_status->setText(tr("%1 devices, %2 architectures of %3 in %4 s. Pairs with SRCC ≥ 0.9: %5 of %6; lowest SRCC %7.")
                          .arg(n)
                          .arg(locale.toString(r.architectures), r.space, locale.toString(double(c.elapsedMs) / 1000.0, 'f', 1))
                          .arg(proxyPairs)
                          .arg(pairs)
                          .arg(locale.toString(lowest, 'f', 2)));
    Q_EMIT computationFinished(true);
}

void FleetMonotonicityView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

} // namespace edgefront
