#include "traindialog.h"

#include "designspacecatalog.h"
#include "predictordata.h"
#include "projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kDeviceIdRole = Qt::UserRole;

PredictorKind kindOf(TrainDialog::Choice c)
{
    switch (c) {
    case TrainDialog::Choice::LatencyMlp:
    case TrainDialog::Choice::EnergyMlp: return PredictorKind::Mlp;
    case TrainDialog::Choice::Linear: return PredictorKind::Linear;
    case TrainDialog::Choice::Macs: return PredictorKind::Macs;
    case TrainDialog::Choice::Accuracy: return PredictorKind::Accuracy;
    case TrainDialog::Choice::Scalable: return PredictorKind::Scalable;
    }
    return PredictorKind::Mlp;
}

Metric metricOf(TrainDialog::Choice c)
{
    switch (c) {
    case TrainDialog::Choice::EnergyMlp: return Metric::EnergyMj;
    case TrainDialog::Choice::Accuracy: return Metric::Accuracy;
    default: return Metric::LatencyMs;
    }
}

bool usesMlp(TrainDialog::Choice c)
{
    return c != TrainDialog::Choice::Linear && c != TrainDialog::Choice::Macs;
}

} // namespace

TrainDialog::TrainDialog(ProjectStore *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Train Predictor"));
    setObjectName(QStringLiteral("TrainDialog"));

    m_choiceBox = new QComboBox(this);
    m_choiceBox->addItem(tr("Latency MLP (one device)"), int(Choice::LatencyMlp));
    m_choiceBox->addItem(tr("Energy MLP (one device)"), int(Choice::EnergyMlp));
    m_choiceBox->addItem(tr("Linear, operator-level latency (one device)"), int(Choice::Linear));
    m_choiceBox->addItem(tr("MACs baseline latency (one device)"), int(Choice::Macs));
    m_choiceBox->addItem(tr("Accuracy MLP (accuracy table)"), int(Choice::Accuracy));
    m_choiceBox->addItem(tr("Scalable latency (many devices, any device)"), int(Choice::Scalable));
    m_choiceBox->setAccessibleName(tr("Predictor kind"));
    m_choiceBox->setToolTip(tr("What to train: a per-device MLP, the operator-level linear model proxy adaptation "
                               "scales, the MACs baseline, an accuracy MLP, or one device-conditioned predictor "
                               "for any device"));

    m_spaceBox = new QComboBox(this);
    m_spaceBox->addItems(designSpaceNames());
    m_spaceBox->setCurrentText(defaultDesignSpaceName());
    m_spaceBox->setAccessibleName(tr("Design space"));
    m_spaceBox->setToolTip(tr("The design space whose architectures the predictor takes"));

    m_deviceBox = new QComboBox(this);
    m_deviceBox->setAccessibleName(tr("Device"));
    m_deviceBox->setToolTip(tr("The device whose measurements (measured devices) or simulated measurements "
                               "(virtual devices) the predictor learns"));

    m_deviceList = new QListWidget(this);
    m_deviceList->setAccessibleName(tr("Devices of the scalable predictor"));
    m_deviceList->setToolTip(tr("Check the devices to train on (Space toggles); each needs latencies of the "
                                "space's signature architectures"));
    m_deviceList->setMinimumHeight(8 * m_deviceList->fontMetrics().lineSpacing());

    m_datasetBox = new QComboBox(this);
    m_datasetBox->setAccessibleName(tr("Accuracy table"));
    m_datasetBox->setToolTip(tr("The dataset of the imported accuracy measurements to learn"));

    m_samplesBox = new QSpinBox(this);
    m_samplesBox->setRange(3, 10'000'000);
    m_samplesBox->setSingleStep(500);
    m_samplesBox->setGroupSeparatorShown(true);
    m_samplesBox->setValue(1000);
    m_samplesBox->setAccessibleName(tr("Samples per device"));
    m_samplesBox->setToolTip(tr("Architectures per device: simulated measurements of distinct random architectures "
                                "(virtual devices) or at most this many measurements (measured devices); 20 % "
                                "are held out to measure the quality"));

    m_epochsBox = new QSpinBox(this);
    m_epochsBox->setRange(1, 100'000);
    m_epochsBox->setValue(200);
    m_epochsBox->setAccessibleName(tr("Epochs"));
    m_epochsBox->setToolTip(tr("Training epochs at most (training stops early when the validation loss stops improving)"));

    m_hiddenEdit = new QLineEdit(QStringLiteral("128,128"), this);
    m_hiddenEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*[1-9][0-9]{0,3}(\\s*,\\s*[1-9][0-9]{0,3})*\\s*$")), m_hiddenEdit));
    m_hiddenEdit->setAccessibleName(tr("Hidden layer widths"));
    m_hiddenEdit->setToolTip(tr("Widths of the MLP's hidden layers, comma-separated (e.g. 128,128)"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setPlaceholderText(tr("Automatic"));
    m_nameEdit->setAccessibleName(tr("Predictor name"));
    m_nameEdit->setToolTip(tr("Name in the predictor list; empty: a summary such as \"mlp latency_ms of mcu-a for nb201\""));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setAccessibleName(tr("Training progress"));
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Training status"));
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(this);
    m_trainButton = m_buttons->addButton(tr("&Train"), QDialogButtonBox::ActionRole);
    m_trainButton->setDefault(true);
    m_trainButton->setToolTip(tr("Read the training data and train the predictor; it is stored in the project"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setToolTip(tr("Stop the training (nothing is stored), or close the dialog"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Kind:"), m_choiceBox);
    m_form->addRow(tr("&Space:"), m_spaceBox);
    m_form->addRow(tr("&Device:"), m_deviceBox);
    m_form->addRow(tr("De&vices:"), m_deviceList);
    m_form->addRow(tr("&Accuracy table:"), m_datasetBox);
    m_form->addRow(tr("Sa&mples per device:"), m_samplesBox);
    m_form->addRow(tr("&Epochs:"), m_epochsBox);
    m_form->addRow(tr("&Hidden widths:"), m_hiddenEdit);
    m_form->addRow(tr("&Name:"), m_nameEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_choiceBox, &QComboBox::currentIndexChanged, this, &TrainDialog::choiceChanged);
    connect(m_spaceBox, &QComboBox::currentTextChanged, this, &TrainDialog::updateDevices);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainDialog::train);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isTraining())
            cancelTraining();
        else
            QDialog::reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TrainDialog::finished);

    setBusy(false);
    choiceChanged();
}

TrainDialog::~TrainDialog()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

TrainDialog::Choice TrainDialog::choice() const
{
    return Choice(m_choiceBox->currentData().toInt());
}

void TrainDialog::setChoice(Choice choice)
{
    m_choiceBox->setCurrentIndex(m_choiceBox->findData(int(choice)));
}

QString TrainDialog::space() const
{
    return m_spaceBox->currentText();
}

void TrainDialog::setSpace(const QString &space)
{
    if (findDesignSpace(space))
        m_spaceBox->setCurrentText(space);
}

QString TrainDialog::device() const
{
    return m_deviceBox->currentData(kDeviceIdRole).toString();
}

void TrainDialog::setDevice(const QString &id)
{
    const int i = m_deviceBox->findData(id, kDeviceIdRole);
    auto *model = qobject_cast<QStandardItemModel *>(m_deviceBox->model());
    if (i >= 0 && (!model || model->item(i)->isEnabled()))
        m_deviceBox->setCurrentIndex(i);
}

QStringList TrainDialog::scalableDevices() const
{
    QStringList ids;
    for (int i = 0; i < m_deviceList->count(); ++i) {
        const QListWidgetItem *item = m_deviceList->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            ids.append(item->data(kDeviceIdRole).toString());
    }
    return ids;
}

void TrainDialog::setScalableDevices(const QStringList &ids)
{
    for (int i = 0; i < m_deviceList->count(); ++i) {
        QListWidgetItem *item = m_deviceList->item(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(ids.contains(item->data(kDeviceIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString TrainDialog::dataset() const
{
    return m_datasetBox->currentText();
}

int TrainDialog::samples() const
{
    return m_samplesBox->value();
}

void TrainDialog::setSamples(int samples)
{
    m_samplesBox->setValue(samples);
}

int TrainDialog::epochs() const
{
    return m_epochsBox->value();
}

void TrainDialog::setEpochs(int epochs)
{
    m_epochsBox->setValue(epochs);
}

QString TrainDialog::hiddenWidths() const
{
    return m_hiddenEdit->text();
}

void TrainDialog::setHiddenWidths(const QString &widths)
{
    m_hiddenEdit->setText(widths);
}

void TrainDialog::setPredictorName(const QString &name)
{
    m_nameEdit->setText(name);
}

QString TrainDialog::statusText() const
{
    return m_status->text();
}

void TrainDialog::choiceChanged()
{
    const Choice c = choice();
    const bool scalable = c == Choice::Scalable;
    const bool accuracy = c == Choice::Accuracy;
    m_form->setRowVisible(m_deviceBox, !scalable && !accuracy);
    m_form->setRowVisible(m_deviceList, scalable);
    m_form->setRowVisible(m_datasetBox, accuracy);
    m_epochsBox->setEnabled(usesMlp(c));
    m_hiddenEdit->setEnabled(usesMlp(c));
    // The defaults edgefront-cli uses for each kind.
    m_epochsBox->setValue(scalable ? 40 : 200);
    m_hiddenEdit->setText(scalable ? QStringLiteral("256,256") : QStringLiteral("128,128"));
    m_samplesBox->setValue(accuracy ? 100'000 : 1000);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_samplesBox)))
        label->setText(accuracy ? tr("Rows at &most:") : tr("Sa&mples per device:"));
    updateDevices();
    adjustSize();
}

void TrainDialog::updateDevices()
{
    const QString previous = device();
    const QStringList previousChecked = scalableDevices();
    const bool hadChecks = m_deviceList->count() > 0;
    m_deviceBox->clear();
    m_deviceList->clear();
    m_datasetBox->clear();
    const DesignSpace *space = findDesignSpace(this->space());
    if (!m_project || !space)
        return;
    const Choice c = choice();
    if (c == Choice::Accuracy) {
        m_datasetBox->addItems(m_project->accuracyDatasets(space->name()));
        if (m_datasetBox->count() == 0)
            setStatus(tr("The project has no accuracy measurements on %1; import an accuracy table "
                         "(File > Import Measurements) first.").arg(space->name()));
        else
            setStatus({});
        return;
    }
    const Metric metric = metricOf(c);
    const bool scalable = c == Choice::Scalable;
    auto *comboModel = qobject_cast<QStandardItemModel *>(m_deviceBox->model());
    int usable = 0;
    for (const DeviceProfile &d : m_project->devices()) {
        QString why;
        auto evaluator = m_project->evaluator(d.id, &why);
        bool ok = evaluator && evaluator->canEvaluate(*space, metric, &why);
        if (ok && scalable)
            ok = deviceFeatures(*evaluator, *space, &why).has_value();
        usable += ok ? 1 : 0;
        const QString label = tr("%1 (%2)").arg(d.name, d.id);
        if (scalable) {
            auto *item = new QListWidgetItem(label, m_deviceList);
            item->setData(kDeviceIdRole, d.id);
            item->setFlags(ok ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
            item->setCheckState(ok && (!hadChecks || previousChecked.contains(d.id) || previousChecked.isEmpty())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            item->setToolTip(ok ? d.description : why);
        } else {
            m_deviceBox->addItem(label, d.id);
            const int i = m_deviceBox->count() - 1;
            m_deviceBox->setItemData(i, ok ? d.description : why, Qt::ToolTipRole);
            if (!ok && comboModel)
                comboModel->item(i)->setEnabled(false);
        }
    }
    if (scalable) {
        // Wide enough for the longest name, so the list needs no horizontal scroll bar.
        m_deviceList->setMinimumWidth(m_deviceList->sizeHintForColumn(0) + 2 * m_deviceList->frameWidth()
                                      + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    } else {
        // Keep the previous device when it is still usable, else the first usable one.
        setDevice(previous);
        if (comboModel && (m_deviceBox->currentIndex() < 0 || !comboModel->item(m_deviceBox->currentIndex())->isEnabled())) {
            for (int i = 0; i < m_deviceBox->count(); ++i) {
                if (comboModel->item(i)->isEnabled()) {
                    m_deviceBox->setCurrentIndex(i);
                    break;
                }
            }
        }
    }
    if (usable == 0)
        setStatus(tr("No device of the project can give %1 on %2.")
                      .arg(metricToString(metric), space->name()), true);
    else if (scalable && usable < 2)
        setStatus(tr("A scalable predictor needs at least 2 devices with signature latencies on %1.").arg(space->name()), true);
    else
        setStatus({});
}

std::optional<PredictorTrainingOptions> TrainDialog::trainingOptions(QString *error) const
{
    const Choice c = choice();
    PredictorTrainingOptions o;
    o.kind = kindOf(c);
    o.metric = metricOf(c);
    o.name = m_nameEdit->text().trimmed();
    if (c == Choice::Accuracy)
        o.dataset = dataset();
    if (c == Choice::Scalable)
        o.mlp.validationShare = 0.05;
    o.mlp.epochs = m_epochsBox->value();
    o.mlp.hidden.clear();
    for (const QString &w : m_hiddenEdit->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = w.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 8192) {
            *error = tr("Hidden widths: \"%1\" is not a width in 1..8192.").arg(w.trimmed());
            return std::nullopt;
        }
        o.mlp.hidden.push_back(v);
    }
    if (usesMlp(c) && o.mlp.hidden.empty()) {
        *error = tr("Hidden widths: give at least one width, e.g. 128,128.");
        return std::nullopt;
    }
    if (!o.isValid(error) || !o.mlp.isValid(error))
        return std::nullopt;
    return o;
}

QList<DeviceDataRequest> TrainDialog::dataRequests(QString *error) const
{
    const Choice c = choice();
    QStringList devices;
    if (c == Choice::Scalable) {
        devices = scalableDevices();
        if (devices.size() < 2) {
            *error = tr("Check at least 2 devices for a scalable predictor.");
            return {};
        }
    } else if (c == Choice::Accuracy) {
        if (dataset().isEmpty()) {
            *error = tr("The project has no accuracy table on %1.").arg(space());
            return {};
        }
        devices = {QString()};
    } else {
        if (device().isEmpty()) {
            *error = tr("Choose a device.");
            return {};
        }
        devices = {device()};
    }
    QList<DeviceDataRequest> requests;
    for (int i = 0; i < devices.size(); ++i) {
        DeviceDataRequest r;
        r.deviceId = devices[i];
        r.metric = metricOf(c);
        r.dataset = c == Choice::Accuracy ? dataset() : QString();
        r.samples = samples();
        r.seed = quint64(i); // as edgefront-cli predictor train (seed 0 + device index)
        r.withFeatures = c == Choice::Scalable;
        requests.append(r);
    }
    return requests;
}

void TrainDialog::train()
{
    if (isTraining() || !m_project)
        return;
    QString error;
    const auto options = trainingOptions(&error);
    const QList<DeviceDataRequest> requests = options ? dataRequests(&error) : QList<DeviceDataRequest>{};
    if (!options || requests.isEmpty()) {
        setStatus(error, true);
        return;
    }
    setBusy(true);
    m_progress->setValue(0);
    setStatus(tr("Reading the training data of %n device(s)…", nullptr, int(requests.size())));
    m_watcher.setFuture(QtConcurrent::run(&TrainDialog::run, m_project->path(), space(), requests, *options));
}

void TrainDialog::run(QPromise<Outcome> &promise, const QString &path, const QString &spaceName,
                      const QList<DeviceDataRequest> &requests, const PredictorTrainingOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    promise.setProgressRange(0, kProgressSteps);
    Outcome out;
    const DesignSpace *space = findDesignSpace(spaceName, &out.error);
    auto project = space ? ProjectStore::open(path, &out.error, false) : nullptr;
    if (!project) {
        promise.addResult(std::move(out));
        return;
    }
    // Reading the data takes the first tenth of the bar, training the rest.
    constexpr double kDataShare = 0.1;
    std::vector<DeviceData> data;
    for (int i = 0; i < requests.size(); ++i) {
        if (promise.isCanceled())
            return;
        auto d = deviceData(*project, *space, requests[i], &out.error);
        if (!d) {
            promise.addResult(std::move(out));
            return;
        }
        data.push_back(std::move(*d));
        promise.setProgressValue(int(std::lround(kDataShare * (i + 1) / requests.size() * kProgressSteps)));
    }
    out.predictor = trainPredictor(*space, data, options, &out.error, [&promise](double f) {
        promise.setProgressValue(int(std::lround((kDataShare + (1 - kDataShare) * f) * kProgressSteps)));
        return !promise.isCanceled();
    });
    out.elapsedMs = timer.elapsed();
    promise.addResult(std::move(out));
}

void TrainDialog::cancelTraining()
{
    if (!isTraining())
        return;
    m_watcher.cancel();
    setStatus(tr("Cancelling…"));
}

void TrainDialog::reject()
{
    if (isTraining()) {
        // Closing stops the training; nothing is stored.
        m_closeWhenStopped = true;
        m_watcher.cancel();
        m_watcher.waitForFinished();
        return; // finished() closes
    }
    QDialog::reject();
}

void TrainDialog::finished()
{
    setBusy(false);
    const QFuture<Outcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        setStatus(tr("Training cancelled; nothing was stored."));
        Q_EMIT trainingFinished(false);
        if (m_closeWhenStopped) {
            m_closeWhenStopped = false;
            QDialog::reject();
        }
        return;
    }
    const Outcome out = future.result();
    if (!out.predictor) {
        setStatus(tr("Could not train the predictor: %1").arg(out.error), true);
        Q_EMIT trainingFinished(false);
        return;
    }
    QString error;
    const qint64 id = m_project ? m_project->addPredictor(*out.predictor, &error) : -1;
    if (id < 0) {
        setStatus(tr("Could not store the predictor: %1").arg(error), true);
        Q_EMIT trainingFinished(false);
        return;
    }
    m_predictorId = id;
    setStatus(tr("Trained in %1 s.").arg(QLocale().toString(double(out.elapsedMs) / 1000.0, 'f', 1)));
    Q_EMIT predictorStored(id);
    Q_EMIT trainingFinished(true);
    accept();
}

void TrainDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_trainButton->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_choiceBox), static_cast<QWidget *>(m_spaceBox),
                       static_cast<QWidget *>(m_deviceBox), static_cast<QWidget *>(m_deviceList),
                       static_cast<QWidget *>(m_datasetBox), static_cast<QWidget *>(m_samplesBox),
                       static_cast<QWidget *>(m_nameEdit)})
        w->setEnabled(!busy);
    m_epochsBox->setEnabled(!busy && usesMlp(choice()));
    m_hiddenEdit->setEnabled(!busy && usesMlp(choice()));
}

void TrainDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Errors in a dark red that reads on light and dark palettes alike.
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, p.color(QPalette::Window).lightness() < 128 ? QColor(255, 120, 110)
                                                                                   : QColor(170, 20, 20));
    m_status->setPalette(p);
}

} // namespace edgefront
