#pragma once
// The EdgeFront workbench window: File, View, Run and Help menus, the design-space browser
// in the centre and docks around it: "Decisions", "Devices" (the project's device library),
// "Fleet SRCC" (the fleet's monotonicity heat map) and "Predictors" (the project's predictors
// and their quality, tabbed with the heat map).
//
// Contract: the window opens one project (ProjectStore) for its lifetime, given to the
// constructor (default: ProjectStore::defaultProjectPath(), created with the built-in fleet on
// first start). When it cannot be opened, the window shows why (after the event loop starts)
// and works on a temporary project instead; the title names the project file.

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QTemporaryDir;

namespace edgefront {

class DecisionTree;
class DesignSpaceBrowser;
class DeviceLibrary;
class FleetMonotonicityView;
class PredictorPanel;
class ProjectStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const QString &projectPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignSpaceBrowser *browser() const { return m_browser; }
    DecisionTree *decisionTree() const { return m_decisionTree; }
    DeviceLibrary *deviceLibrary() const { return m_deviceLibrary; }
    FleetMonotonicityView *fleetView() const { return m_fleetView; }
    PredictorPanel *predictorPanel() const { return m_predictorPanel; }
    ProjectStore *project() const { return m_project.get(); }
    // Why the requested project could not be opened (empty when it was).
    QString projectError() const { return m_projectError; }
    bool isTemporaryProject() const { return m_temporaryDir != nullptr; }

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openProject(const QString &path);
    void createDocks();
    void createMenus();
    void restoreLayout();

    std::unique_ptr<ProjectStore> m_project;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_projectError;
    DesignSpaceBrowser *m_browser = nullptr;
    DecisionTree *m_decisionTree = nullptr;
    DeviceLibrary *m_deviceLibrary = nullptr;
    FleetMonotonicityView *m_fleetView = nullptr;
    PredictorPanel *m_predictorPanel = nullptr;
    QDockWidget *m_decisionDock = nullptr;
    QDockWidget *m_devicesDock = nullptr;
    QDockWidget *m_fleetDock = nullptr;
    QDockWidget *m_predictorsDock = nullptr;
};

} // namespace edgefront
