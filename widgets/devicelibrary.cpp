#include "devicelibrary.h"

#include "builtinfleet.h"
#include "commands/importcommands.h"
#include "designspacecatalog.h"
#include "devicetablemodel.h"
#include "latencylookuptable.h"
#include "measurementcsv.h"
#include "projectstore.h"

#include <QAction>
#include <QUndoStack>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace edgefront {

namespace {

constexpr qint64 kMaxDeviceFileBytes = qint64(256) * 1024 * 1024;

// Shows a busy cursor for the lifetime of the guard (reading large files on the GUI thread).
struct WaitCursor
{
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

bool isLookupTableFile(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1StringView("yaml") || suffix == QLatin1StringView("yml");
}

bool isImportable(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return info.isDir() || isLookupTableFile(info) || suffix == QLatin1StringView("json")
        || suffix == QLatin1StringView("csv");
}

// A device id from a folder name, e.g. "note10_lut" -> "note10-lut" (DeviceProfile::isValidId).
QString deviceIdFrom(const QString &base)
{
    QString id;
    for (QChar c : base.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id.append(c);
        else if (c == u'.' || c == u'-')
            id.append(c);
        else
            id.append(u'-');
    }
    while (!id.isEmpty() && !id.front().isLetterOrNumber())
        id.remove(0, 1);
    id.truncate(64);
    return DeviceProfile::isValidId(id) ? id : QStringLiteral("lookup-table");
}

QString number(double value)
{
    const QLocale locale;
    return value >= 1000 ? locale.toString(value, 'f', 0) : locale.toString(value, 'g', 3);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>").arg(label, value);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isString())
        return value.toString().toHtmlEscaped();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).toHtmlEscaped();
}

} // namespace

DeviceLibrary::DeviceLibrary(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    setToolTip(tr("Drop device files (.json), lookup tables (.yaml or a folder) or measurement tables (.csv) here"));

    m_model = new DeviceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeviceTableModel::SortRole);
    m_proxy->setFilterRole(DeviceTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter devices"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only devices whose name, id, class, provenance or precisions contain this text"));
    m_filter->setAccessibleName(tr("Device filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCountLabel();
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Number of devices shown"));

    m_importDevicesAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import &Devices…"), this);
    m_importDevicesAction->setObjectName(QStringLiteral("actionImportDevices"));
    m_importDevicesAction->setStatusTip(tr("Import device profiles (JSON) or Once-for-All latency lookup tables (YAML)"));
    m_importDevicesAction->setToolTip(m_importDevicesAction->statusTip());
    connect(m_importDevicesAction, &QAction::triggered, this, &DeviceLibrary::importDevices);

    m_importMeasurementsAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                             tr("Import &Measurements…"), this);
    m_importMeasurementsAction->setObjectName(QStringLiteral("actionImportMeasurements"));
    m_importMeasurementsAction->setStatusTip(tr("Import a table of measured latencies, energies or accuracies (CSV)"));
    m_importMeasurementsAction->setToolTip(m_importMeasurementsAction->statusTip());
    connect(m_importMeasurementsAction, &QAction::triggered, this, &DeviceLibrary::importMeasurements);

    m_removeAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove Device"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveDevice"));
    m_removeAction->setStatusTip(tr("Remove the selected devices and their measurements from the project"));
    m_removeAction->setToolTip(m_removeAction->statusTip());
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &DeviceLibrary::removeSelectedDevices);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_countLabel);
    for (QAction *action : {m_importDevicesAction, m_importMeasurementsAction, m_removeAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        m_buttons.append(button);
        bar->addWidget(button);
    }

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Devices"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the project's order first
    m_table->setSortingEnabled(true);
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_importDevicesAction, m_importMeasurementsAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(DeviceTableModel::IdRole).toString();
                showDetails(id);
                if (!id.isEmpty())
                    Q_EMIT deviceSelected(id);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeviceLibrary::updateActions);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_details->setAccessibleName(tr("Device details"));
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::StyledPanel);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_defaultSpace = defaultDesignSpaceName();
    setDetailsOrientation(Qt::Vertical);
    showDetails({});
    updateCountLabel();
    updateActions();
}

DeviceLibrary::~DeviceLibrary() = default;

void DeviceLibrary::setProject(ProjectStore *project)
{
    m_project = project;
    refresh();
}

void DeviceLibrary::setDetailsOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    // Beside the table the details get a third of the room, below it two fifths; buttons
    // show their text where the dock is wide enough.
    const bool wide = orientation == Qt::Horizontal;
    m_splitter->setStretchFactor(0, wide ? 2 : 3);
    m_splitter->setStretchFactor(1, wide ? 1 : 2);
    // Proportions: the splitter scales them to its size, also before it has one.
    m_splitter->setSizes(wide ? QList<int>{2000, 1000} : QList<int>{3000, 2000});
    for (QToolButton *button : std::as_const(m_buttons))
        button->setToolButtonStyle(wide ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

void DeviceLibrary::fitColumns()
{
    // Contents decide, but no column may crowd out the others (full text is in the tooltip).
    m_table->resizeColumnsToContents();
    const int character = m_table->fontMetrics().averageCharWidth();
    for (int c = 0; c < DeviceTableModel::ColumnCount - 1; ++c) {
        const int widest = character * (c == DeviceTableModel::NameColumn ? 26 : 18);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    }
}

QString DeviceLibrary::detailsText() const
{
    return m_details->toPlainText();
}

QString DeviceLibrary::currentDeviceId() const
{
    return m_table->currentIndex().data(DeviceTableModel::IdRole).toString();
}

QStringList DeviceLibrary::selectedDeviceIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeviceTableModel::IdRole).toString());
    return ids;
}

void DeviceLibrary::refresh()
{
    const QString current = currentDeviceId();
    const QStringList selected = selectedDeviceIds();
    m_model->refresh(m_project);
    fitColumns();
    if (!selected.isEmpty()) {
        QStringList keep = selected;
        // The current device first, so it stays current.
        if (keep.removeOne(current))
            keep.prepend(current);
        selectDevices(keep);
    }
    if (currentDeviceId().isEmpty())
        showDetails({});
    updateCountLabel();
    updateActions();
}

void DeviceLibrary::selectDevices(const QStringList &ids)
{
    // A filter that hides one of the devices is cleared, so the selection is visible.
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        rows.append(row);
        if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            m_filter->clear();
    }
    QItemSelectionModel *selection = m_table->selectionModel();
    if (rows.isEmpty()) {
        selection->clear();
        return;
    }
    const QModelIndex first = m_proxy->mapFromSource(m_model->index(rows.first(), 0));
    selection->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int row : std::as_const(rows).mid(1)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(first);
}

void DeviceLibrary::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n device(s)", nullptr, total)
                                         : tr("%1 of %2").arg(shown).arg(total));
}

void DeviceLibrary::updateActions()
{
    m_importDevicesAction->setEnabled(m_project != nullptr);
    m_importMeasurementsAction->setEnabled(m_project != nullptr);
    m_removeAction->setEnabled(m_project != nullptr && m_table->selectionModel()->hasSelection());
}

void DeviceLibrary::showDetails(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        m_details->setHtml(tr("<p>Select a device to see its specs, precisions and where its numbers come "
                              "from.</p><p>Drop device files (.json), lookup tables (.yaml or a folder) or "
                              "measurement tables (.csv) here to import them.</p>"));
        return;
    }
    m_details->setHtml(detailsHtml(m_model->device(row)));
}

QString DeviceLibrary::detailsHtml(const DeviceProfile &d) const
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(d.name.toHtmlEscaped(), d.id.toHtmlEscaped(), deviceClassDisplayName(d.deviceClass).toHtmlEscaped());
    if (!d.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(d.description.toHtmlEscaped());

    QString provenance;
    switch (d.provenance) {
    case DeviceProvenance::Virtual: provenance = tr("simulated by the analytic roofline cost model"); break;
    case DeviceProvenance::Measured: provenance = tr("measured values imported from files"); break;
    case DeviceProvenance::LookupTable: provenance = tr("Once-for-All per-operator latency lookup tables"); break;
    case DeviceProvenance::Calibrated: provenance = tr("analytic model fitted to measurements"); break;
    }
    const QStringList precisions = d.precisionNames();
    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    html += row(tr("Provenance"), tr("%1: %2").arg(DeviceTableModel::provenanceDisplayName(d.provenance), provenance));
    html += row(tr("Precisions"), precisions.isEmpty() ? tr("none declared") : precisions.join(QStringLiteral(", ")));
    html += row(tr("Measurements"), QLocale().toString(m_model->measurementCount(d.id)));
    html += QStringLiteral("</table>");

    const DeviceSpecs &s = d.specs;
    if (d.provenance == DeviceProvenance::Virtual || d.provenance == DeviceProvenance::Calibrated) {
        QStringList peaks;
        for (Precision p : kAllPrecisions) {
            if (s.peak(p) > 0)
                peaks.append(tr("%1: %2 GMAC/s").arg(precisionToString(p), number(s.peak(p))));
        }
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"2\" cellpadding=\"2\">").arg(tr("Specs"));
        html += row(tr("Peak throughput"), peaks.isEmpty() ? tr("none") : peaks.join(QStringLiteral("<br>")));
        html += row(tr("Memory bandwidth"), tr("%1 GB/s").arg(number(s.memoryBandwidthGBs)));
        html += row(tr("On-chip memory"), tr("%1 KB").arg(number(s.onChipMemoryKB)));
        html += row(tr("Cores"), tr("%1 at %2 MHz").arg(s.cores).arg(number(s.clockMHz)));
        html += row(tr("Power"), tr("%1 W idle, %2 W active").arg(number(s.idlePowerW), number(s.activePowerW)));
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No hardware specs: this device's numbers come from its measurements or tables."));
    }

    if (!d.lookupTable.isEmpty()) {
        QStringList resolutions = d.lookupTable.value(QStringLiteral("tables")).toObject().keys();
        std::sort(resolutions.begin(), resolutions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"2\" cellpadding=\"2\">").arg(tr("Lookup tables"));
        html += row(tr("Width multiplier"), jsonText(d.lookupTable.value(QStringLiteral("width"))));
        html += row(tr("Resolutions"), resolutions.join(QStringLiteral(", ")));
        html += QStringLiteral("</table>");
    }
    if (!d.calibration.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"2\" cellpadding=\"2\">").arg(tr("Calibration"));
        for (auto it = d.calibration.begin(); it != d.calibration.end(); ++it)
            html += row(it.key().toHtmlEscaped(), jsonText(it.value()));
        html += QStringLiteral("</table>");
    }
    return html;
}

void DeviceLibrary::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setInformativeText(tr("Nothing was imported."));
    box.exec();
}

void DeviceLibrary::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_project || !mime->hasUrls())
        return;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && isImportable(QFileInfo(url.toLocalFile()))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void DeviceLibrary::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty() || !m_project)
        return;
    event->acceptProposedAction();
    // Dialogs must not run inside the drop: the drag source would wait for them.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

bool DeviceLibrary::importPaths(const QStringList &paths)
{
    QStringList devicePaths, tables, unsupported;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            unsupported.append(tr("%1: no such file or folder").arg(path));
        else if (!isImportable(info))
            unsupported.append(tr("%1: not a device file (.json), lookup table (.yaml or a folder) or "
                                  "measurement table (.csv)").arg(path));
        else if (info.suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0)
            tables.append(path);
        else
            devicePaths.append(path);
    }
    if (!unsupported.isEmpty()) {
        showError(tr("Import"), unsupported.join(u'\n'));
        return false;
    }
    bool imported = false;
    if (!devicePaths.isEmpty()) {
        if (!importDevicePaths(devicePaths))
            return false;
        imported = true;
    }
    for (const QString &table : std::as_const(tables))
        imported = importMeasurementsFile(table) || imported;
    return imported;
}

bool DeviceLibrary::importDevicePaths(const QStringList &paths)
{
    if (!m_project)
        return false;
    QList<DeviceProfile> devices;
    QStringList yamlFiles;
    QString error;
    auto lookupTableDevice = [this](const QString &source, const std::optional<LatencyLookupTable> &table,
                                            const QString &base) -> std::optional<DeviceProfile> {
        if (!table)
            return std::nullopt;
        QStringList resolutions;
        for (int r : table->resolutions())
            resolutions.append(QString::number(r));
        DeviceProfile d;
        d.id = deviceIdFrom(base);
        d.name = base;
        d.deviceClass = DeviceClass::PhoneCpuBig;
        d.provenance = DeviceProvenance::LookupTable;
        d.description = tr("Once-for-All per-operator latency tables from %1 (resolutions %2)")
                            .arg(QFileInfo(source).fileName(), resolutions.join(QStringLiteral(", ")));
        d.lookupTable = table->toJson();
        return d;
    };
    {
        WaitCursor busy;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            if (info.isDir()) {
                const auto d = lookupTableDevice(path, LatencyLookupTable::loadYamlDirectory(path, &error), info.fileName());
                if (!d)
                    break;
                devices.append(*d);
            } else if (isLookupTableFile(info)) {
                yamlFiles.append(path);
            } else {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    error = tr("%1: cannot open: %2").arg(path, file.errorString());
                    break;
                }
                if (file.size() > kMaxDeviceFileBytes) {
                    error = tr("%1: %2 bytes is too large for a device file").arg(path).arg(file.size());
                    break;
                }
                const auto read = readDevicesJson(file.readAll(), path, &error);
                if (!read)
                    break;
                devices.append(*read);
            }
        }
        if (error.isEmpty() && !yamlFiles.isEmpty()) {
            const QFileInfo first(yamlFiles.first());
            const auto d = lookupTableDevice(first.absolutePath(), LatencyLookupTable::loadYamlFiles(yamlFiles, &error),
                                             first.absoluteDir().dirName());
            if (d)
                devices.append(*d);
        }
    }
    if (error.isEmpty() && devices.isEmpty())
        error = tr("no devices in %1").arg(paths.join(QStringLiteral(", ")));
    QSet<QString> ids;
    QStringList existing;
    for (const DeviceProfile &d : std::as_const(devices)) {
        if (error.isEmpty() && ids.contains(d.id))
            error = tr("device \"%1\" appears twice in the imported files").arg(d.id);
        ids.insert(d.id);
        if (m_project->hasDevice(d.id))
            existing.append(d.id);
    }
    if (!error.isEmpty()) {
        showError(tr("Import Devices"), error);
        return false;
    }
    bool replace = false;
    if (!existing.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Import Devices"),
                        tr("The project already has %n of these device(s): %1. Replace them?", nullptr,
                           int(existing.size()))
                            .arg(existing.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setInformativeText(tr("Their measurements are kept."));
        ask.setDefaultButton(QMessageBox::Cancel);
        if (ask.exec() != QMessageBox::Yes)
            return false;
        replace = true;
    }
    QList<DeviceProfile> replaced;
    for (const QString &id : std::as_const(existing)) {
        if (auto old = m_project->device(id))
            replaced.append(*old);
    }
    if (!m_project->addDevices(devices, &error, replace)) {
        showError(tr("Import Devices"), error);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new ImportDevicesCommand(m_project, devices, replaced, [this] { reloadAfterUndo(); }));
    QStringList imported;
    for (const DeviceProfile &d : std::as_const(devices))
        imported.append(d.id);
    refresh();
    selectDevices(imported);
    Q_EMIT devicesChanged();
    Q_EMIT statusMessage(tr("Imported %n device(s): %1", nullptr, int(imported.size()))
                             .arg(imported.join(QStringLiteral(", "))));
    return true;
}

bool DeviceLibrary::askSpace(const QString &path, QString *space, QString *device)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("measurementImportDialog"));
    dialog.setWindowTitle(tr("Import Measurements"));

    auto *spaceBox = new QComboBox(&dialog);
    spaceBox->setObjectName(QStringLiteral("spaceBox"));
    spaceBox->addItems(designSpaceNames());
    spaceBox->setCurrentText(m_defaultSpace);
    spaceBox->setAccessibleName(tr("Design space"));
    spaceBox->setToolTip(tr("The design space the table's architectures belong to"));

    auto *deviceBox = new QComboBox(&dialog);
    deviceBox->setObjectName(QStringLiteral("deviceBox"));
    deviceBox->addItem(tr("Named in the table"), QString());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const DeviceProfile &d = m_model->device(r);
        deviceBox->addItem(tr("%1 (%2)").arg(d.name, d.id), d.id);
    }
    deviceBox->setAccessibleName(tr("Device of rows without one"));
    deviceBox->setToolTip(tr("For tables without a device column: the device the values were measured on"));

    auto *note = new QLabel(tr("Devices the project does not have yet become measured devices."), &dialog);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QFileInfo(path).fileName(), &dialog));
    form->addRow(tr("&Design space:"), spaceBox);
    form->addRow(tr("De&vice:"), deviceBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    if (dialog.exec() != QDialog::Accepted)
        return false;
    *space = spaceBox->currentText();
    *device = deviceBox->currentData().toString();
    m_defaultSpace = *space;
    return true;
}

bool DeviceLibrary::importMeasurementsFile(const QString &path, const QString &space, const QString &device)
{
    if (!m_project)
        return false;
    QString spaceName = space;
    QString deviceId = device;
    if (spaceName.isEmpty() && !askSpace(path, &spaceName, &deviceId))
        return false;
    QString error;
    const DesignSpace *designSpace = findDesignSpace(spaceName, &error);
    std::optional<ImportSummary> summary;
    std::optional<MeasurementBatch> batch;
    if (designSpace) {
        WaitCursor busy;
        MeasurementCsvOptions options;
        options.device = deviceId;
        batch = readMeasurementCsv(path, *designSpace, options, &error);
        if (batch)
            summary = m_project->importMeasurements(*batch, &error);
    }
    if (!summary) {
        showError(tr("Import Measurements"), error);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new ImportMeasurementsCommand(m_project, std::move(*batch), *summary, [this] { reloadAfterUndo(); }));
    refresh();
    Q_EMIT devicesChanged();
    QString message = tr("Imported %Ln measurement(s) of %1 from %2", nullptr, summary->measurements)
                          .arg(spaceName, QFileInfo(path).fileName());
    if (!summary->newDevices.isEmpty())
        message += tr("; new measured devices: %1").arg(summary->newDevices.join(QStringLiteral(", ")));
    Q_EMIT statusMessage(message);
    if (!summary->devices.isEmpty())
        selectDevices(summary->devices);
    return true;
}

void DeviceLibrary::reloadAfterUndo()
{
    refresh();
    Q_EMIT devicesChanged();
}

void DeviceLibrary::importDevices()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Devices"), m_lastDirectory,
        tr("Device files and lookup tables (*.json *.yaml *.yml);;Device files (*.json);;"
           "Once-for-All lookup tables (*.yaml *.yml);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastDirectory = QFileInfo(paths.first()).absolutePath();
    importDevicePaths(paths);
}

void DeviceLibrary::importMeasurements()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Measurements"), m_lastDirectory,
                                                      tr("Measurement tables (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    importMeasurementsFile(path);
}

void DeviceLibrary::removeSelectedDevices()
{
    const QStringList ids = selectedDeviceIds();
    if (!m_project || ids.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Device"),
                    tr("Remove %n device(s) from the project: %1?", nullptr, int(ids.size()))
                        .arg(ids.join(QStringLiteral(", "))),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setInformativeText(tr("Their measurements are removed too. This cannot be undone."));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.button(QMessageBox::Yes)->setText(tr("&Remove"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    QString error;
    QStringList removed;
    for (const QString &id : ids) {
        if (!m_project->removeDevice(id, &error)) {
            QMessageBox::warning(this, tr("Remove Device"), error);
            break;
        }
        removed.append(id);
    }
    refresh();
    if (removed.isEmpty())
        return;
    Q_EMIT devicesChanged();
    Q_EMIT statusMessage(tr("Removed %n device(s): %1", nullptr, int(removed.size()))
                             .arg(removed.join(QStringLiteral(", "))));
}

} // namespace edgefront
