#pragma once
// The EdgeFront workbench window: File, View, Run and Help menus, the design-space browser
// in the centre and docks around it. Later views (fronts, devices, runs) dock here too.

#include <QMainWindow>

class QDockWidget;

namespace edgefront {

class DecisionTree;
class DesignSpaceBrowser;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignSpaceBrowser *browser() const { return m_browser; }
    DecisionTree *decisionTree() const { return m_decisionTree; }

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();

    DesignSpaceBrowser *m_browser = nullptr;
    DecisionTree *m_decisionTree = nullptr;
    QDockWidget *m_decisionDock = nullptr;
};

} // namespace edgefront
