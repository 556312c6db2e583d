#pragma once
// The device library (content of the "Devices" dock): a filterable, sortable table of the
// project's devices, a details panel for the current device (specs, precisions, provenance,
// calibration record, measurement count), and the imports: device files (edgefront-device /
// edgefront-fleet JSON), Once-for-All latency lookup tables (a folder or *.yaml files) and
// measurement tables (CSV, for a design space the user picks).
//
// Contract:
//  - The project is borrowed (setProject), never owned; every import is one project
//    transaction, so on any error nothing is imported and a message box names the file and,
//    where the reader knows it, the line.
//  - Dropping files on the library runs importPaths() (after the drop returns); the actions
//    run the same functions after a file dialog.
//  - devicesChanged() follows every change to the project's devices or measurements;
//    deviceSelected(id) follows the current row.

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QUndoStack;
class QToolButton;

namespace edgefront {

class DeviceTableModel;
class ProjectStore;
struct DeviceProfile;

class DeviceLibrary : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceLibrary(QWidget *parent = nullptr);
    ~DeviceLibrary() override;

    void setProject(ProjectStore *project);
    ProjectStore *project() const { return m_project; }

    DeviceTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTextBrowser *detailsView() const { return m_details; }
    QString detailsText() const;

    QAction *importDevicesAction() const { return m_importDevicesAction; }
    QAction *importMeasurementsAction() const { return m_importMeasurementsAction; }
    QAction *removeDeviceAction() const { return m_removeAction; }

    QString currentDeviceId() const;
    QStringList selectedDeviceIds() const;

    // Imports become undoable steps on this stack (the main window's); none: not undoable.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // Design space preselected when a measurement import asks for one.
    void setDefaultSpace(const QString &space) { m_defaultSpace = space; }
    // Table beside the details (Qt::Horizontal) or above them (Qt::Vertical).
    void setDetailsOrientation(Qt::Orientation orientation);

    // What a drop does: *.json -> devices, *.csv -> measurements (asks the space), a folder or
    // *.yaml/*.yml files -> one lookup-table device. Returns whether anything was imported.
    bool importPaths(const QStringList &paths);
    // Device files and lookup tables (folders or YAML files) in one transaction.
    bool importDevicePaths(const QStringList &paths);
    // One measurement table. An empty `space` asks for the space (and the device of rows
    // without one); `device` names the device of such rows.
    bool importMeasurementsFile(const QString &path, const QString &space = {}, const QString &device = {});

public Q_SLOTS:
    void refresh();
    void selectDevices(const QStringList &ids);
    void importDevices();       // asks for files
    void importMeasurements();  // asks for a file, then the space
    void removeSelectedDevices(); // asks for confirmation

Q_SIGNALS:
    void devicesChanged();
    void deviceSelected(const QString &id);
    void statusMessage(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDetails(const QString &id);
    QString detailsHtml(const DeviceProfile &device) const;
    void updateCountLabel();
    void fitColumns();
    void updateActions();
    bool askSpace(const QString &path, QString *space, QString *device);
    void showError(const QString &title, const QString &text);
    void reloadAfterUndo();

    ProjectStore *m_project = nullptr;
    DeviceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_importDevicesAction = nullptr;
    QAction *m_importMeasurementsAction = nullptr;
    QAction *m_removeAction = nullptr;
    QList<QToolButton *> m_buttons;
    QString m_defaultSpace;
    QString m_lastDirectory;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace edgefront
