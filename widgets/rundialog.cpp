#include "rundialog.h"

#include "proxytransferjson.h"

#include "designspacecatalog.h"
#include "neuraloptimizer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace edgefront {

namespace {

constexpr int kIdRole = Qt::UserRole;

// The progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto status = RunsModel::Status(index.data(RunsModel::StatusRole).toInt());
        if (status != RunsModel::Status::Running && status != RunsModel::Status::Queued) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(std::lround(1000 * index.data(RunsModel::ProgressRole).toDouble()));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QString fmt(const QJsonValue &v, int significant = 4)
{
    return v.isDouble() ? QLocale().toString(v.toDouble(), 'g', significant) : QStringLiteral("–");
}

QString percent(const QJsonValue &v)
{
    return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 2) + QStringLiteral(" %") : QStringLiteral("–");
}

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, int value, const QString &name, const QString &tip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    box->setAccessibleName(name);
    box->setToolTip(tip);
    return box;
}

// A budget box: 0 shows "none".
QDoubleSpinBox *budgetBox(QWidget *parent, const QString &suffix, double value, const QString &name, const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 1e7);
    box->setDecimals(3);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setSpecialValueText(RunDialog::tr("none"));
    box->setSuffix(suffix);
    box->setValue(value);
    box->setAccessibleName(name);
    box->setToolTip(tip);
    return box;
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(kIdRole).toString());
    }
    return out;
}

QString designLine(const QJsonObject &c)
{
    return RunDialog::tr("%1 — accuracy %2, latency %3 ms, energy %4 mJ")
        .arg(c.value(QStringLiteral("key")).toString().toHtmlEscaped(), percent(c.value(QStringLiteral("accuracy"))),
             fmt(c.value(QStringLiteral("latency_ms"))), fmt(c.value(QStringLiteral("energy_mj"))));
}

// The branch a target took: the method, and among the adaptations the model that won (for
// reuse, the target model whose searches added candidates, if any).
QString branchText(const QString &method, const QString &winner, const QString &reuseModel)
{
    if (method == QLatin1StringView("reuse")) {
        if (reuseModel == QLatin1StringView("known-devices"))
            return RunDialog::tr("reuse the proxy's front, with searches on known devices");
        if (reuseModel == QLatin1StringView("calibrated-proxy"))
            return RunDialog::tr("reuse the proxy's front, with searches on the calibrated proxy");
        if (reuseModel == QLatin1StringView("adapted-proxy"))
            return RunDialog::tr("reuse the proxy's front, with searches on the adapted proxy");
        if (!reuseModel.isEmpty())
            return RunDialog::tr("reuse the proxy's front, with searches on a linear model from scratch");
        return RunDialog::tr("reuse the proxy's front");
    }
    if (winner == QLatin1StringView("calibrated-proxy"))
        return RunDialog::tr("adapted: calibrated the proxy's cost model");
    if (winner == QLatin1StringView("known-devices"))
        return RunDialog::tr("adapted: combined the proxy with known devices");
    if (method == QLatin1StringView("scratch-linear") || winner == QLatin1StringView("scratch-linear"))
        return RunDialog::tr("adapted: linear model from scratch won");
    if (method == QLatin1StringView("adapted"))
        return RunDialog::tr("adapted the proxy");
    return method;
}

} // namespace

QString runResultHtml(const ProjectStore::RunRecord &run)
{
    const QLocale locale;
    QString html = RunDialog::tr("<h3>Run %1: %2</h3>").arg(run.id).arg(run.kind.toHtmlEscaped());
    html += RunDialog::tr("<p>Status: <b>%1</b>, %2 s. %3</p>")
                .arg(RunsModel::statusText(RunsModel::fromRunStatus(run.status)), locale.toString(run.elapsedMs / 1000.0, 'f', 2),
                     describeRunInputs(run.kind, run.inputs).toHtmlEscaped());
    const QString accuracy = run.inputs.value(QStringLiteral("accuracy")).toString();
    if (!accuracy.isEmpty())
        html += RunDialog::tr("<p>Accuracy: %1</p>").arg(accuracy.toHtmlEscaped());
    if (run.status == ProjectStore::RunStatus::Running)
        html += RunDialog::tr("<p>The run is still going (or was interrupted without being recorded).</p>");
    if (run.results.isEmpty())
        return html + RunDialog::tr("<p>No results stored.</p>");

    if (run.kind == QLatin1StringView("search")) {
        const QJsonObject r = run.results.first().toObject();
        if (r.contains(QStringLiteral("best")))
            html += RunDialog::tr("<p><b>Best design:</b> %1</p>").arg(designLine(r.value(QStringLiteral("best")).toObject()));
        else
            html += RunDialog::tr("<p>%1</p>").arg(r.value(QStringLiteral("note")).toString().toHtmlEscaped());
        html += RunDialog::tr("<p>%1 evaluations (%2 distinct); cost: %3</p>")
                    .arg(r.value(QStringLiteral("evaluations")).toInt())
                    .arg(r.value(QStringLiteral("distinct_evaluations")).toInt())
                    .arg(r.value(QStringLiteral("cost_source")).toString().toHtmlEscaped());
        if (r.value(QStringLiteral("cancelled")).toBool())
            html += RunDialog::tr("<p>Cancelled after %n generation(s); the best design so far is shown.</p>", nullptr,
                                  r.value(QStringLiteral("generations_run")).toInt());
        if (r.contains(QStringLiteral("front")))
            html += RunDialog::tr("<p>Front: %n design(s).</p>", nullptr, int(r.value(QStringLiteral("front")).toArray().size()));
        return html;
    }
    if (run.kind == QLatin1StringView("transfer")) {
        // Group the per-budget rows by target.
        QStringList order;
        QHash<QString, QList<QJsonObject>> byDevice;
        for (const QJsonValue &v : run.results) {
            const QJsonObject r = v.toObject();
            const QString d = r.value(QStringLiteral("device")).toString();
            if (!byDevice.contains(d))
                order.append(d);
            byDevice[d].append(r);
        }
        const double threshold = run.inputs.value(QStringLiteral("threshold")).toDouble(0.9);
        html += RunDialog::tr("<p>SRCC check against the threshold %1: at or above it the proxy's Pareto set is reused, "
                              "below it the proxy is adapted: its linear latency model refitted, a linear model fitted from "
                              "scratch, its cost model calibrated to the target, or the proxy combined with other known "
                              "devices, whichever ranks held-out samples best. SRCC after is that model's score. A reused "
                              "target fits the same models; when the best ranks the samples better than the proxy, its "
                              "searches add candidates and SRCC after is its score.</p>")
                    .arg(locale.toString(threshold, 'f', 2));
        html += RunDialog::tr("<table border=\"0\" cellspacing=\"6\"><tr><th align=\"left\">Target</th><th>SRCC before</th>"
                              "<th align=\"left\">Branch</th><th>SRCC after</th><th align=\"left\">Picks (budget: accuracy, "
                              "latency, meets)</th></tr>");
        for (const QString &d : order) {
            const QList<QJsonObject> &rows = byDevice[d];
            const QJsonObject &first = rows.first();
            if (first.contains(QStringLiteral("error"))) {
                html += RunDialog::tr("<tr><td>%1</td><td colspan=\"4\">not processed: %2</td></tr>")
                            .arg(d.toHtmlEscaped(), first.value(QStringLiteral("error")).toString().toHtmlEscaped());
                continue;
            }
            const QString method = first.value(QStringLiteral("method")).toString();
            QStringList picks;
            for (const QJsonObject &r : rows) {
                if (!r.contains(QStringLiteral("budget_ms")))
                    continue;
                if (r.value(QStringLiteral("config")).isObject())
                    picks.append(RunDialog::tr("%1 ms: %2, %3 ms, %4")
                                     .arg(fmt(r.value(QStringLiteral("budget_ms"))), percent(r.value(QStringLiteral("accuracy"))),
                                          fmt(r.value(QStringLiteral("latency_ms"))),
                                          r.value(QStringLiteral("meets_budget")).toBool() ? RunDialog::tr("yes")
                                                                                           : RunDialog::tr("<b>no</b>")));
                else
                    picks.append(RunDialog::tr("%1 ms: none (%2)")
                                     .arg(fmt(r.value(QStringLiteral("budget_ms"))),
                                          r.value(QStringLiteral("note")).toString().toHtmlEscaped()));
            }
            // The score of the model that won: adapted proxy, calibrated proxy, known devices or
            // scratch model (reuse: the model whose searches added candidates, else none).
            const double after = transferWinnerSrcc(first);
            const QJsonValue afterValue = std::isfinite(after) ? QJsonValue(after) : QJsonValue();
            const QString winner = first.value(QStringLiteral("winner")).toString();
            html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td>%3</td><td align=\"center\">%4</td><td>%5</td></tr>")
                        .arg(d.toHtmlEscaped(), fmt(first.value(QStringLiteral("srcc_before")), 3),
                             branchText(method, winner, first.value(QStringLiteral("reuse_model")).toString()).toHtmlEscaped(),
                             std::isfinite(after) ? fmt(afterValue, 3) : QStringLiteral("–"), picks.join(QStringLiteral("<br>")));
        }
        return html + QStringLiteral("</table>");
    }
    if (run.kind == QLatin1StringView("optimizer")) {
        html += RunDialog::tr("<table border=\"0\" cellspacing=\"6\"><tr><th align=\"left\">Device</th><th align=\"left\">"
                              "Design</th><th>Meets budgets</th><th>Time (ms)</th></tr>");
        for (const QJsonValue &v : run.results) {
            const QJsonObject r = v.toObject();
            const QString design = r.contains(QStringLiteral("design")) ? designLine(r.value(QStringLiteral("design")).toObject())
                                                                        : r.value(QStringLiteral("note")).toString().toHtmlEscaped();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"right\">%4</td></tr>")
                        .arg(r.value(QStringLiteral("device")).toString().toHtmlEscaped(), design,
                             r.value(QStringLiteral("meets_budgets")).toBool() ? RunDialog::tr("yes") : RunDialog::tr("no"),
                             locale.toString(r.value(QStringLiteral("seconds")).toDouble() * 1000.0, 'f', 3));
        }
        return html + QStringLiteral("</table>");
    }
    if (run.kind == QLatin1StringView("optimizer-train")) {
        const QJsonObject r = run.results.first().toObject();
        return html
               + RunDialog::tr("<p>Wrote <b>%1</b>: %2 labels, %3 training rows, %4 epochs (best %5), validation "
                               "cross-entropy %6, head accuracy %7.</p>")
                     .arg(r.value(QStringLiteral("out")).toString().toHtmlEscaped())
                     .arg(r.value(QStringLiteral("labels")).toInt())
                     .arg(r.value(QStringLiteral("train_rows")).toInt())
                     .arg(r.value(QStringLiteral("epochs_run")).toInt())
                     .arg(r.value(QStringLiteral("best_epoch")).toInt())
                     .arg(fmt(r.value(QStringLiteral("validation_loss")), 3),
                          r.value(QStringLiteral("head_accuracy")).isDouble()
                              ? locale.toString(100 * r.value(QStringLiteral("head_accuracy")).toDouble(), 'f', 1) + QStringLiteral(" %")
                              : QStringLiteral("–"));
    }
    // Any other kind: the results as JSON.
    return html + QStringLiteral("<pre>%1</pre>").arg(QString::fromUtf8(QJsonDocument(run.results).toJson(QJsonDocument::Indented)).toHtmlEscaped());
}

// ---------------------------------------------------------------------------------------------

RunDialog::RunDialog(RunQueue *queue, QWidget *parent)
    : QDialog(parent)
    , m_queue(queue)
{
    setWindowTitle(tr("Runs"));
    setObjectName(QStringLiteral("RunDialog"));
    setSizeGripEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createSearchTab(), tr("Per-device searc&h"));
    m_tabs->addTab(createTransferTab(), tr("Proxy &transfer"));
    m_tabs->addTab(createOptimizerTab(), tr("&Neural optimizer"));
    m_tabs->setAccessibleName(tr("Kind of run"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("runDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000"));
    m_error->setAccessibleName(tr("Why the run cannot be queued"));
    m_queueButton = new QPushButton(tr("&Queue Run"), this);
    m_queueButton->setDefault(true);
    m_queueButton->setToolTip(tr("Queue the run of the current tab; runs go one at a time (Ctrl+Return)"));
    m_queueButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *queueRow = new QHBoxLayout;
    queueRow->addWidget(m_error, 1);
    queueRow->addWidget(m_queueButton);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tabs, 1);
    topLayout->addLayout(queueRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(createRunsPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queueButton, &QPushButton::clicked, this, &RunDialog::queueCurrent);
    connect(m_queue, &RunQueue::runFinished, this, &RunDialog::runFinished);
    connect(m_queue, &RunQueue::runEnded, this, &RunDialog::runEnded);
    connect(m_queue, &RunQueue::runStarted, this, &RunDialog::queueStateChanged);
    connect(m_queue, &RunQueue::runProgress, this, [this](int, double fraction, const QString &stage) {
        m_progress->setValue(int(std::lround(fraction * RunQueue::kProgressSteps)));
        m_stage->setText(stage);
    });

    refreshDevices();
    queueStateChanged();
    resize(1100, 820);
}

RunDialog::~RunDialog() = default;

QWidget *RunDialog::createSearchTab()
{
    auto *tab = new QWidget(this);
    m_searchMethod = new QComboBox(tab);
    m_searchMethod->addItem(tr("Evolution (Once-for-All)"), QStringLiteral("evo"));
    m_searchMethod->addItem(tr("NSGA-II (the whole front)"), QStringLiteral("nsga2"));
    m_searchMethod->addItem(tr("Exhaustive (nb201)"), QStringLiteral("exhaustive"));
    m_searchMethod->addItem(tr("Random (baseline)"), QStringLiteral("random"));
    m_searchMethod->setAccessibleName(tr("Search method"));
    m_searchMethod->setToolTip(tr("How the device's best design is searched"));
    m_searchSpace = new QComboBox(tab);
    m_searchSpace->addItems(designSpaceNames());
    m_searchSpace->setCurrentText(defaultDesignSpaceName());
    m_searchSpace->setAccessibleName(tr("Design space of the search"));
    m_searchDevice = new QComboBox(tab);
    m_searchDevice->setAccessibleName(tr("Device to search for"));
    m_searchDevice->setToolTip(tr("Devices that can give latencies on the space"));
    m_searchLatency = budgetBox(tab, tr(" ms"), 10.0, tr("Latency budget"), tr("Latency budget in milliseconds (none: no budget)"));
    m_searchEnergy = budgetBox(tab, tr(" mJ"), 0.0, tr("Energy budget"), tr("Energy budget in millijoules (none: no budget)"));
    m_searchGenerations = spinBox(tab, 1, 1'000'000, 500, tr("Generations"),
                                  tr("Generations of evolution (Once-for-All: 500) or NSGA-II (200)"));
    m_searchPopulation = spinBox(tab, 4, 100'000, 100, tr("Population"), tr("Population size (Once-for-All: 100)"));
    m_searchSamples = spinBox(tab, 1, 10'000'000, 5000, tr("Samples"), tr("Random designs drawn by random search"));
    m_searchSeed = spinBox(tab, 0, std::numeric_limits<int>::max(), 0, tr("Seed"), tr("The same seed gives the same run"));
    m_searchHint = new QLabel(tab);
    m_searchHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Meth&od:"), m_searchMethod);
    form->addRow(tr("S&pace:"), m_searchSpace);
    form->addRow(tr("De&vice:"), m_searchDevice);
    form->addRow(tr("&Latency budget:"), m_searchLatency);
    form->addRow(tr("&Energy budget:"), m_searchEnergy);
    form->addRow(tr("&Generations:"), m_searchGenerations);
    form->addRow(tr("Pop&ulation:"), m_searchPopulation);
    form->addRow(tr("Sa&mples:"), m_searchSamples);
    form->addRow(tr("See&d:"), m_searchSeed);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_searchHint);
    layout->addStretch(1);

    connect(m_searchMethod, &QComboBox::currentIndexChanged, this, &RunDialog::updateSearchMethod);
    connect(m_searchSpace, &QComboBox::currentTextChanged, this, [this](const QString &space) {
        fillDeviceBox(m_searchDevice, space);
        updateSearchMethod();
    });
    updateSearchMethod();
    return tab;
}

QWidget *RunDialog::createTransferTab()
{
    auto *tab = new QWidget(this);
    m_transferSpace = new QComboBox(tab);
    m_transferSpace->addItems(designSpaceNames());
    m_transferSpace->setCurrentText(defaultDesignSpaceName());
    m_transferSpace->setAccessibleName(tr("Design space of the transfer"));
    m_transferProxy = new QComboBox(tab);
    m_transferProxy->setAccessibleName(tr("Proxy device"));
    m_transferProxy->setToolTip(tr("The device searched once; its Pareto set serves the targets"));
    m_transferTargets = new QListWidget(tab);
    m_transferTargets->setAccessibleName(tr("Target devices"));
    m_transferTargets->setToolTip(tr("Devices that get a design from the proxy's search; Space toggles"));
    m_transferTargets->setMinimumHeight(120);
    auto *all = new QPushButton(tr("&All"), tab);
    all->setToolTip(tr("Check every target"));
    auto *none = new QPushButton(tr("N&one"), tab);
    none->setToolTip(tr("Uncheck every target"));
    m_transferBudgetMode = new QComboBox(tab);
    m_transferBudgetMode->addItem(tr("Fixed budgets (ms)"), QStringLiteral("ms"));
    m_transferBudgetMode->addItem(tr("Per-target quantiles of its latencies"), QStringLiteral("quantiles"));
    m_transferBudgetMode->setAccessibleName(tr("Kind of latency budgets"));
    m_transferBudgetMode->setToolTip(tr("Fixed budgets are the same on every target; quantiles suit fleets whose latencies "
                                        "span orders of magnitude"));
    m_transferBudgets = new QLineEdit(QStringLiteral("5, 10, 20"), tab);
    m_transferBudgets->setAccessibleName(tr("Latency budgets"));
    m_transferBudgets->setToolTip(tr("Comma-separated: milliseconds, or quantiles in (0, 1]"));
    m_transferSamples = spinBox(tab, 3, 100'000, 60, tr("Training samples"),
                                tr("Target measurements for the SRCC check and the adaptation (published recipe: 60)"));
    m_transferValidation = spinBox(tab, 3, 100'000, 10, tr("Validation samples"),
                                   tr("Target measurements for choosing the adaptation's penalty (published recipe: 10)"));
    m_transferThreshold = new QDoubleSpinBox(tab);
    m_transferThreshold->setRange(-1.0, 1.0);
    m_transferThreshold->setDecimals(2);
    m_transferThreshold->setSingleStep(0.05);
    m_transferThreshold->setValue(0.9);
    m_transferThreshold->setAccessibleName(tr("SRCC threshold"));
    m_transferThreshold->setToolTip(tr("At or above it the proxy's front is reused; below it the proxy is adapted (OneProxy: 0.9)"));
    m_transferGenerations = spinBox(tab, 1, 1'000'000, 500, tr("Generations"), tr("Generations of every evolutionary search"));
    m_transferPopulation = spinBox(tab, 4, 100'000, 100, tr("Population"), tr("Population of every evolutionary search"));
    m_transferGrid = spinBox(tab, 1, 1000, 10, tr("Proxy grid"), tr("Latency budgets of the proxy's offline searches"));
    m_transferReference = new QCheckBox(tr("Re&ference search per target (for the regret)"), tab);
    m_transferReference->setToolTip(tr("Also search every target on its own to report how much accuracy the transfer gave "
                                       "up; costs a search per target"));
    m_transferSeed = spinBox(tab, 0, std::numeric_limits<int>::max(), 0, tr("Seed"), tr("The same seed gives the same run"));

    auto *targetButtons = new QVBoxLayout;
    targetButtons->addWidget(all);
    targetButtons->addWidget(none);
    targetButtons->addStretch(1);
    auto *targets = new QHBoxLayout;
    targets->addWidget(m_transferTargets, 1);
    targets->addLayout(targetButtons);
    auto *budgets = new QHBoxLayout;
    budgets->addWidget(m_transferBudgetMode);
    budgets->addWidget(m_transferBudgets, 1);

    auto *left = new QFormLayout;
    left->addRow(tr("S&pace:"), m_transferSpace);
    left->addRow(tr("Prox&y:"), m_transferProxy);
    // Rows holding a layout get a label of their own, so that its mnemonic has a buddy.
    auto *targetsLabel = new QLabel(tr("Targ&ets:"), tab);
    targetsLabel->setBuddy(m_transferTargets);
    left->addRow(targetsLabel, targets);
    auto *budgetsLabel = new QLabel(tr("&Budgets:"), tab);
    budgetsLabel->setBuddy(m_transferBudgetMode);
    left->addRow(budgetsLabel, budgets);
    auto *right = new QFormLayout;
    right->addRow(tr("T&raining samples:"), m_transferSamples);
    right->addRow(tr("&Validation samples:"), m_transferValidation);
    right->addRow(tr("SRCC thresho&ld:"), m_transferThreshold);
    right->addRow(tr("&Generations:"), m_transferGenerations);
    right->addRow(tr("Pop&ulation:"), m_transferPopulation);
    right->addRow(tr("Proxy gr&id:"), m_transferGrid);
    right->addRow(tr("See&d:"), m_transferSeed);
    right->addRow(m_transferReference);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    auto *hint = new QLabel(tr("The proxy is searched once over a grid of its latencies. Each target measures the training "
                               "and validation samples; SRCC at or above the threshold reuses the proxy's Pareto set, below "
                               "it the proxy is adapted: its linear latency model is refitted to the target and compared with a "
                               "linear model fitted from scratch, with the proxy's cost model calibrated to the target and "
                               "with the proxy combined with other known devices; the best-ranking one is searched (a "
                               "reused target searches it too when it ranks the samples better than the proxy). The "
                               "result shows each target's SRCC, which branch ran and the winning model's score."),
                            tab);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(columns, 1);
    layout->addWidget(hint);

    connect(m_transferSpace, &QComboBox::currentTextChanged, this, [this](const QString &space) {
        fillDeviceBox(m_transferProxy, space);
        updateTransferTargets();
    });
    connect(m_transferProxy, &QComboBox::currentIndexChanged, this, &RunDialog::updateTransferTargets);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_transferTargets->count(); ++i)
            m_transferTargets->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_transferTargets->count(); ++i)
            m_transferTargets->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_transferBudgetMode, &QComboBox::currentIndexChanged, this, [this] {
        m_transferBudgets->setText(m_transferBudgetMode->currentData().toString() == QLatin1StringView("ms")
                                       ? QStringLiteral("5, 10, 20")
                                       : QStringLiteral("0.25, 0.5, 0.75"));
    });
    return tab;
}

QWidget *RunDialog::createOptimizerTab()
{
    auto *tab = new QWidget(this);
    // Run an optimizer.
    auto *run = new QGroupBox(tr("Run a trained optimizer"), tab);
    m_optimizerFile = new QLineEdit(run);
    m_optimizerFile->setPlaceholderText(tr("optimizer.onnx (edgefront-cli optimizer train, or train one below)"));
    m_optimizerFile->setAccessibleName(tr("Optimizer file"));
    m_optimizerFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), run);
    browse->setToolTip(tr("Choose a neural optimizer (ONNX)"));
    m_optimizerInfo = new QLabel(run);
    m_optimizerInfo->setWordWrap(true);
    m_optimizerDevices = new QListWidget(run);
    m_optimizerDevices->setAccessibleName(tr("Devices to design for"));
    m_optimizerDevices->setToolTip(tr("Devices the optimizer designs for; Space toggles"));
    m_optimizerLatency = budgetBox(run, tr(" ms"), 10.0, tr("Latency budget of the optimizer"), tr("Latency budget in milliseconds"));
    m_optimizerEnergy = budgetBox(run, tr(" mJ"), 0.0, tr("Energy budget of the optimizer"),
                                  tr("Energy budget in millijoules (optimizers trained with energy budgets only)"));
    m_optimizerSamples = spinBox(run, 0, 100'000, 0, tr("Sampled designs"), tr("Designs drawn from the optimizer's heads per query, verified too"));
    m_optimizerRounds = spinBox(run, 0, 1000, 0, tr("Refinement rounds"), tr("Rounds of the best single-decision change, verified"));
    m_optimizerSeed = spinBox(run, 0, std::numeric_limits<int>::max(), 0, tr("Seed"), tr("The same seed gives the same run"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_optimizerFile, 1);
    fileRow->addWidget(browse);
    auto *runForm = new QFormLayout(run);
    auto *optimizerLabel = new QLabel(tr("Optimi&zer:"), run);
    optimizerLabel->setBuddy(m_optimizerFile);
    runForm->addRow(optimizerLabel, fileRow);
    runForm->addRow(QString(), m_optimizerInfo);
    runForm->addRow(tr("De&vices:"), m_optimizerDevices);
    runForm->addRow(tr("&Latency budget:"), m_optimizerLatency);
    runForm->addRow(tr("&Energy budget:"), m_optimizerEnergy);
    runForm->addRow(tr("Sa&mpled designs:"), m_optimizerSamples);
    runForm->addRow(tr("Re&finement rounds:"), m_optimizerRounds);
    runForm->addRow(tr("See&d:"), m_optimizerSeed);

    // Train one.
    auto *train = new QGroupBox(tr("Train a small optimizer"), tab);
    m_trainSpace = new QComboBox(train);
    m_trainSpace->addItems(designSpaceNames());
    m_trainSpace->setCurrentText(defaultDesignSpaceName());
    m_trainSpace->setAccessibleName(tr("Design space of the optimizer"));
    m_trainBudgets = spinBox(train, 1, 1000, 4, tr("Budgets per device"), tr("Latency budgets labelled per device"));
    m_trainGenerations = spinBox(train, 1, 100'000, 60, tr("Label generations"),
                                 tr("Generations of each labelling search (Once-for-All's recipe: 500)"));
    m_trainPopulation = spinBox(train, 4, 10'000, 50, tr("Label population"), tr("Population of each labelling search"));
    m_trainEpochs = spinBox(train, 1, 100'000, 200, tr("Epochs"), tr("Most training epochs (early stopping)"));
    m_trainOut = new QLineEdit(QDir(QDir::homePath()).filePath(QStringLiteral("optimizer.onnx")), train);
    m_trainOut->setAccessibleName(tr("Where to write the optimizer"));
    auto *trainBrowse = new QPushButton(tr("Bro&wse…"), train);
    trainBrowse->setToolTip(tr("Choose where to write the trained optimizer"));
    m_trainButton = new QPushButton(tr("Queue Tra&ining"), train);
    m_trainButton->setToolTip(tr("Label every virtual device of the project by evolutionary search, train the optimizer "
                                 "and write it; it then appears above"));
    auto *note = new QLabel(tr("Training labels each virtual device of the project at several budgets by evolutionary "
                               "search, then trains the network; with these small settings it takes a minute or two and "
                               "runs in the queue like any run. For the full recipe (500 generations, sharded labelling "
                               "over many devices) use <tt>edgefront-cli optimizer label</tt> and <tt>optimizer train</tt>, "
                               "then choose the file above."),
                            train);
    note->setWordWrap(true);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_trainOut, 1);
    outRow->addWidget(trainBrowse);
    auto *trainForm = new QFormLayout(train);
    trainForm->addRow(tr("Sp&ace:"), m_trainSpace);
    trainForm->addRow(tr("Budgets pe&r device:"), m_trainBudgets);
    trainForm->addRow(tr("Label &generations:"), m_trainGenerations);
    trainForm->addRow(tr("Label pop&ulation:"), m_trainPopulation);
    trainForm->addRow(tr("E&pochs:"), m_trainEpochs);
    auto *outLabel = new QLabel(tr("&Output:"), train);
    outLabel->setBuddy(m_trainOut);
    trainForm->addRow(outLabel, outRow);
    trainForm->addRow(note);
    trainForm->addRow(QString(), m_trainButton);

    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(run, 3);
    layout->addWidget(train, 2);

    connect(browse, &QPushButton::clicked, this, &RunDialog::browseOptimizer);
    connect(trainBrowse, &QPushButton::clicked, this, &RunDialog::browseTrainingOutput);
    connect(m_optimizerFile, &QLineEdit::editingFinished, this, &RunDialog::updateOptimizerInfo);
    connect(m_trainButton, &QPushButton::clicked, this, &RunDialog::queueTraining);
    updateOptimizerInfo();
    return tab;
}

QWidget *RunDialog::createRunsPanel()
{
    auto *panel = new QWidget(this);
    m_progress = new QProgressBar(panel);
    m_progress->setRange(0, RunQueue::kProgressSteps);
    m_progress->setAccessibleName(tr("Progress of the running run"));
    m_stage = new QLabel(panel);
    m_stage->setObjectName(QStringLiteral("runStage"));
    m_stage->setAccessibleName(tr("What the running run is doing"));
    m_stage->setMinimumWidth(260);
    m_cancelButton = new QPushButton(tr("&Cancel Run"), panel);
    m_cancelButton->setToolTip(tr("Stop the running run; it is recorded as cancelled"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_stage, 3);
    progressRow->addWidget(m_cancelButton);

    m_runsView = new QTableView(panel);
    m_runsView->setModel(m_queue->model());
    m_runsView->setItemDelegateForColumn(RunsModel::ProgressColumn, new ProgressDelegate(m_runsView));
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setWordWrap(false);
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setColumnWidth(RunsModel::ProgressColumn, 110);
    m_runsView->setColumnWidth(RunsModel::StageColumn, 220);
    m_runsView->setColumnWidth(RunsModel::DescriptionColumn, 330);
    m_cancelSelectedButton = new QPushButton(tr("Cancel &Selected"), panel);
    m_cancelSelectedButton->setToolTip(tr("Cancel the selected queued or running run"));
    m_openButton = new QPushButton(tr("Open in E&xplorer"), panel);
    m_openButton->setToolTip(tr("Show the selected run's designs in the explorer (double-click or Enter does too)"));
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_cancelSelectedButton);
    runButtons->addWidget(m_openButton);
    runButtons->addStretch(1);
    auto *list = new QWidget(panel);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_runsView, 1);
    listLayout->addLayout(runButtons);

    m_result = new QTextBrowser(panel);
    m_result->setAccessibleName(tr("Result of the selected run"));
    m_result->setOpenLinks(false);
    m_result->setPlaceholderText(tr("Select a run to see its result."));

    auto *split = new QSplitter(Qt::Horizontal, panel);
    split->addWidget(list);
    split->addWidget(m_result);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &RunDialog::cancelRunning);
    connect(m_cancelSelectedButton, &QPushButton::clicked, this, &RunDialog::cancelSelected);
    connect(m_openButton, &QPushButton::clicked, this, &RunDialog::openSelected);
    connect(m_runsView, &QTableView::activated, this, &RunDialog::openSelected);
    // QAbstractItemView ignores Enter after emitting activated, so the dialog would also press
    // its default button and queue another run; the filter opens the run and stops the key.
    m_runsView->installEventFilter(this);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunDialog::runsSelectionChanged);
    connect(m_queue->model(), &QAbstractItemModel::modelReset, this, [this] {
        // Keep showing the run that was shown.
        if (m_shownRunId >= 0) {
            const int row = m_queue->model()->rowOfRun(m_shownRunId);
            if (row >= 0)
                m_runsView->selectionModel()->setCurrentIndex(m_queue->model()->index(row, 0),
                                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        queueStateChanged();
    });
    return panel;
}

void RunDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

RunDialog::Tab RunDialog::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void RunDialog::setDefaults(const QString &space, const QString &device)
{
    for (QComboBox *box : {m_searchSpace, m_transferSpace, m_trainSpace}) {
        if (box->findText(space) >= 0)
            box->setCurrentText(space);
    }
    for (QComboBox *box : {m_searchDevice, m_transferProxy}) {
        const int i = box->findData(device);
        if (i >= 0)
            box->setCurrentIndex(i);
    }
}

void RunDialog::refreshDevices()
{
    fillDeviceBox(m_searchDevice, m_searchSpace->currentText());
    fillDeviceBox(m_transferProxy, m_transferSpace->currentText());
    updateTransferTargets();
    updateOptimizerInfo();
}

QList<DeviceProfile> RunDialog::latencyDevices(const QString &space, const QString &exclude) const
{
    QList<DeviceProfile> out;
    const ProjectStore *project = m_queue->project();
    const DesignSpace *s = findDesignSpace(space);
    if (!project || !s)
        return out;
    for (const DeviceProfile &d : project->devices()) {
        if (d.id == exclude)
            continue;
        QString why;
        auto e = project->evaluator(d.id, &why);
        if (e && e->canEvaluate(*s, Metric::LatencyMs))
            out.append(d);
    }
    return out;
}

QString RunDialog::deviceLabel(const DeviceProfile &d)
{
    return d.name.isEmpty() ? d.id : tr("%1 (%2)").arg(d.name, d.id);
}

void RunDialog::fillDeviceBox(QComboBox *box, const QString &space, const QString &exclude) const
{
    const QString previous = box->currentData().toString();
    box->clear();
    for (const DeviceProfile &d : latencyDevices(space, exclude))
        box->addItem(deviceLabel(d), d.id);
    const int i = box->findData(previous);
    if (i >= 0)
        box->setCurrentIndex(i);
}

void RunDialog::fillDeviceList(QListWidget *list, const QString &space, const QString &exclude) const
{
    const QStringList previous = checkedIds(list);
    list->clear();
    for (const DeviceProfile &d : latencyDevices(space, exclude)) {
        auto *item = new QListWidgetItem(deviceLabel(d), list);
        item->setData(kIdRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(previous.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void RunDialog::updateSearchMethod()
{
    const QString method = m_searchMethod->currentData().toString();
    const bool evolutionary = method == QLatin1StringView("evo") || method == QLatin1StringView("nsga2");
    m_searchGenerations->setEnabled(evolutionary);
    m_searchPopulation->setEnabled(evolutionary);
    m_searchSamples->setEnabled(method == QLatin1StringView("random"));
    m_searchSeed->setEnabled(method != QLatin1StringView("exhaustive"));
    if (method == QLatin1StringView("nsga2") && m_searchGenerations->value() == 500)
        m_searchGenerations->setValue(200);
    else if (method == QLatin1StringView("evo") && m_searchGenerations->value() == 200)
        m_searchGenerations->setValue(500);
    const bool enumerable = m_searchSpace->currentText() == QLatin1StringView("nb201");
    if (method == QLatin1StringView("evo"))
        m_searchHint->setText(tr("Once-for-All's evolutionary search: the most accurate design within the budgets."));
    else if (method == QLatin1StringView("nsga2"))
        m_searchHint->setText(tr("NSGA-II: the whole accuracy × latency × energy front in one run; its most accurate "
                                 "member within the budgets is the pick."));
    else if (method == QLatin1StringView("exhaustive"))
        m_searchHint->setText(enumerable ? tr("Every design of the space, exact.")
                                         : tr("Exhaustive search needs an enumerable space such as nb201."));
    else
        m_searchHint->setText(tr("The best of N random designs: a baseline for the other methods."));
}

void RunDialog::updateTransferTargets()
{
    fillDeviceList(m_transferTargets, m_transferSpace->currentText(), m_transferProxy->currentData().toString());
}

void RunDialog::updateOptimizerInfo()
{
    const QString path = m_optimizerFile->text().trimmed();
    m_optimizerSpace.clear();
    if (path.isEmpty()) {
        m_optimizerInfo->setText(tr("No optimizer chosen."));
        m_optimizerDevices->clear();
        return;
    }
    QString error;
    const auto optimizer = NeuralOptimizer::fromFile(path, &error);
    if (!optimizer) {
        m_optimizerInfo->setText(tr("Cannot read it: %1").arg(error));
        m_optimizerDevices->clear();
        return;
    }
    m_optimizerSpace = optimizer->space().name();
    const QJsonObject p = optimizer->provenance();
    m_optimizerInfo->setText(tr("%1 optimizer, %2 input(s)%3; trained on: %4")
                                 .arg(m_optimizerSpace)
                                 .arg(optimizer->inputSize())
                                 .arg(optimizer->hasEnergyInputs() ? tr(", energy budgets") : QString())
                                 .arg(p.value(QStringLiteral("devices_spec")).toString(tr("unknown devices"))));
    fillDeviceList(m_optimizerDevices, m_optimizerSpace);
}

void RunDialog::browseOptimizer()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Neural Optimizer"), m_optimizerFile->text(),
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_optimizerFile->setText(path);
    updateOptimizerInfo();
}

void RunDialog::browseTrainingOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the Optimizer To"), m_trainOut->text(),
                                                      tr("ONNX models (*.onnx)"));
    if (!path.isEmpty())
        m_trainOut->setText(path);
}

std::optional<RunRequest> RunDialog::currentRequest(QString *error) const
{
    RunRequest r;
    QJsonObject &o = r.options;
    switch (currentTab()) {
    case SearchTab: {
        r.kind = QStringLiteral("search");
        if (m_searchDevice->currentIndex() < 0) {
            *error = tr("Choose a device (none of the project's devices can give latencies on %1).").arg(m_searchSpace->currentText());
            return std::nullopt;
        }
        o.insert(QStringLiteral("method"), m_searchMethod->currentData().toString());
        o.insert(QStringLiteral("space"), m_searchSpace->currentText());
        o.insert(QStringLiteral("device"), m_searchDevice->currentData().toString());
        if (m_searchLatency->value() > 0)
            o.insert(QStringLiteral("latency_ms"), m_searchLatency->value());
        if (m_searchEnergy->value() > 0)
            o.insert(QStringLiteral("energy_mj"), m_searchEnergy->value());
        o.insert(QStringLiteral("generations"), m_searchGenerations->value());
        o.insert(QStringLiteral("population"), m_searchPopulation->value());
        o.insert(QStringLiteral("samples"), m_searchSamples->value());
        r.seed = quint64(m_searchSeed->value());
        break;
    }
    case TransferTab: {
        r.kind = QStringLiteral("transfer");
        o.insert(QStringLiteral("space"), m_transferSpace->currentText());
        o.insert(QStringLiteral("proxy"), m_transferProxy->currentData().toString());
        o.insert(QStringLiteral("targets"), QJsonArray::fromStringList(checkedIds(m_transferTargets)));
        const bool quantiles = m_transferBudgetMode->currentData().toString() == QLatin1StringView("quantiles");
        QJsonArray values;
        for (const QString &part : m_transferBudgets->text().split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = QLocale::c().toDouble(part.trimmed(), &ok);
            const double w = ok ? v : QLocale().toDouble(part.trimmed(), &ok);
            if (!ok || !(w > 0) || (quantiles && w > 1) || !std::isfinite(w)) {
                *error = quantiles ? tr("Budgets: \"%1\" is not a quantile in (0, 1].").arg(part.trimmed())
                                   : tr("Budgets: \"%1\" is not a positive number of milliseconds.").arg(part.trimmed());
                return std::nullopt;
            }
            values.append(w);
        }
        if (values.isEmpty()) {
            *error = tr("Give at least one latency budget.");
            return std::nullopt;
        }
        o.insert(quantiles ? QStringLiteral("budget_quantiles") : QStringLiteral("budgets_ms"), values);
        o.insert(QStringLiteral("training_samples"), m_transferSamples->value());
        o.insert(QStringLiteral("validation_samples"), m_transferValidation->value());
        o.insert(QStringLiteral("threshold"), m_transferThreshold->value());
        o.insert(QStringLiteral("generations"), m_transferGenerations->value());
        o.insert(QStringLiteral("population"), m_transferPopulation->value());
        o.insert(QStringLiteral("grid"), m_transferGrid->value());
        o.insert(QStringLiteral("reference"), m_transferReference->isChecked());
        r.seed = quint64(m_transferSeed->value());
        break;
    }
    case OptimizerTab: {
        r.kind = QStringLiteral("optimizer");
        if (m_optimizerFile->text().trimmed().isEmpty()) {
            *error = tr("Choose an optimizer file, or queue the training of one.");
            return std::nullopt;
        }
        o.insert(QStringLiteral("optimizer"), m_optimizerFile->text().trimmed());
        o.insert(QStringLiteral("devices"), QJsonArray::fromStringList(checkedIds(m_optimizerDevices)));
        if (m_optimizerLatency->value() > 0)
            o.insert(QStringLiteral("latency_ms"), m_optimizerLatency->value());
        if (m_optimizerEnergy->value() > 0)
            o.insert(QStringLiteral("energy_mj"), m_optimizerEnergy->value());
        o.insert(QStringLiteral("samples"), m_optimizerSamples->value());
        o.insert(QStringLiteral("rounds"), m_optimizerRounds->value());
        r.seed = quint64(m_optimizerSeed->value());
        break;
    }
    }
    return r;
}

std::optional<RunRequest> RunDialog::trainingRequest(QString *error) const
{
    RunRequest r;
    r.kind = QStringLiteral("optimizer-train");
    if (m_trainOut->text().trimmed().isEmpty()) {
        *error = tr("Choose where to write the optimizer.");
        return std::nullopt;
    }
    r.options = {{QStringLiteral("space"), m_trainSpace->currentText()},
                 {QStringLiteral("budgets_per_device"), m_trainBudgets->value()},
                 {QStringLiteral("generations"), m_trainGenerations->value()},
                 {QStringLiteral("population"), m_trainPopulation->value()},
                 {QStringLiteral("epochs"), m_trainEpochs->value()},
                 {QStringLiteral("hidden"), QJsonArray{128, 128}},
                 {QStringLiteral("out"), m_trainOut->text().trimmed()}};
    return r;
}

QString RunDialog::errorText() const
{
    return m_error->text();
}

QString RunDialog::resultHtml() const
{
    return m_result->toHtml();
}

int RunDialog::queueCurrent()
{
    QString error;
    const auto request = currentRequest(&error);
    if (!request) {
        showError(error);
        return -1;
    }
    const int id = m_queue->enqueue(*request, &error);
    showError(id < 0 ? error : QString());
    return id;
}

int RunDialog::queueTraining()
{
    QString error;
    const auto request = trainingRequest(&error);
    if (!request) {
        showError(error);
        return -1;
    }
    const int id = m_queue->enqueue(*request, &error);
    showError(id < 0 ? error : QString());
    return id;
}

void RunDialog::showError(const QString &text)
{
    m_error->setText(text);
}

void RunDialog::showRun(qint64 runId)
{
    const ProjectStore *project = m_queue->project();
    const auto record = project ? project->run(runId) : std::nullopt;
    if (!record)
        return;
    m_shownRunId = runId;
    m_result->setHtml(runResultHtml(*record));
    const int row = m_queue->model()->rowOfRun(runId);
    if (row >= 0 && m_runsView->selectionModel()->currentIndex().row() != row)
        m_runsView->selectionModel()->setCurrentIndex(m_queue->model()->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool RunDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_runsView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RunDialog::cancelRunning()
{
    if (m_queue->isBusy())
        m_queue->cancel(m_queue->runningLiveId());
}

void RunDialog::cancelSelected()
{
    const int live = selectedLiveId();
    if (live > 0)
        m_queue->cancel(live);
}

void RunDialog::openSelected()
{
    const qint64 id = selectedRunId();
    const ProjectStore *project = m_queue->project();
    const auto record = project && id >= 0 ? project->run(id) : std::nullopt;
    if (!record)
        return;
    Q_EMIT openRunRequested(id, runPicks(*record));
}

qint64 RunDialog::selectedRunId() const
{
    const QModelIndex current = m_runsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunsModel::RunIdRole).toLongLong() : -1;
}

int RunDialog::selectedLiveId() const
{
    const QModelIndex current = m_runsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunsModel::LiveIdRole).toInt() : 0;
}

void RunDialog::queueStateChanged()
{
    const bool busy = m_queue->isBusy();
    m_cancelButton->setEnabled(busy);
    m_progress->setEnabled(busy);
    if (!busy) {
        m_progress->setValue(0);
        m_stage->setText(m_queue->queuedCount() > 0 ? tr("Starting the next run…") : tr("No run is going."));
    } else {
        m_progress->setValue(int(std::lround(m_queue->progress() * RunQueue::kProgressSteps)));
        m_stage->setText(m_queue->stage());
    }
    runsSelectionChanged();
}

void RunDialog::runsSelectionChanged()
{
    const QModelIndex current = m_runsView->selectionModel()->currentIndex();
    const auto status = current.isValid() ? RunsModel::Status(current.data(RunsModel::StatusRole).toInt())
                                          : RunsModel::Status::Finished;
    const bool live = current.isValid() && (status == RunsModel::Status::Queued || status == RunsModel::Status::Running)
                      && current.data(RunsModel::LiveIdRole).toInt() > 0;
    m_cancelSelectedButton->setEnabled(live);
    const qint64 runId = selectedRunId();
    m_openButton->setEnabled(runId >= 0 && status != RunsModel::Status::Running);
    if (!current.isValid())
        return;
    if (runId >= 0 && status != RunsModel::Status::Running && status != RunsModel::Status::Queued) {
        if (runId != m_shownRunId)
            showRun(runId);
    } else if (runId < 0 || status == RunsModel::Status::Running) {
        m_shownRunId = -1;
        const QString stage = current.sibling(current.row(), RunsModel::StageColumn).data().toString();
        m_result->setPlainText(status == RunsModel::Status::Failed ? tr("The run failed: %1").arg(stage)
                                                                   : RunsModel::statusText(status) + QStringLiteral(": ") + stage);
    }
}

void RunDialog::runEnded(const RunOutcome &outcome)
{
    if (outcome.status == RunsModel::Status::Failed && outcome.runId < 0 && !outcome.error.isEmpty())
        showError(tr("The run failed: %1").arg(outcome.error));
    if (outcome.runId >= 0) {
        showRun(outcome.runId);
        // A trained optimizer is ready to run.
        const ProjectStore *project = m_queue->project();
        const auto record = project ? project->run(outcome.runId) : std::nullopt;
        if (record && record->kind == QLatin1StringView("optimizer-train") && record->status == ProjectStore::RunStatus::Finished
            && !record->results.isEmpty()) {
            m_optimizerFile->setText(record->results.first().toObject().value(QStringLiteral("out")).toString());
            updateOptimizerInfo();
        }
    }
    queueStateChanged();
}

} // namespace edgefront
