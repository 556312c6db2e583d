#pragma once
// The "Results" dock: the results table (ResultsTableModel behind a QSortFilterProxyModel) with
// a text filter, the Show mode, top K, Pin, Edit Note, Export Design (Once-for-All-style JSON
// config of the selected candidate) and Export Table (CSV of the rows shown), and a column
// chooser on the header's context menu (remembered in prefs::resultsHiddenColumns).
//
// Contract:
//  - The current row and the AnalysisState's selection follow each other: picking a row pushes
//    SelectCandidateCommand; a selection made elsewhere (the chart) selects and shows its row.
//  - Pins and notes go through undo commands (the model's setData). Exports write through
//    QSaveFile (whole or not at all) and report errors in a message box.

#include "analysisstate.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace edgefront {

class CandidateSet;
class ResultsTableModel;

class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(AnalysisState *state, QWidget *parent = nullptr);
    ~ResultsView() override;

    void setCandidates(std::shared_ptr<const CandidateSet> set);

    ResultsTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *showBox() const { return m_showBox; }
    QSpinBox *topKBox() const { return m_topKBox; }
    QString countText() const;

    QAction *pinAction() const { return m_pinAction; }
    QAction *editNoteAction() const { return m_noteAction; }
    QAction *exportDesignAction() const { return m_exportDesignAction; }
    QAction *exportTableAction() const { return m_exportTableAction; }

    // The candidate of the current row, or -1.
    int currentCandidate() const;
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;

    // Writes the Once-for-All-style config of a candidate (JSON) / the rows shown (CSV, stored
    // units). False and *error on failure.
    bool exportDesign(int candidate, const QString &path, QString *error) const;
    bool exportTable(const QString &path, QString *error) const;

public Q_SLOTS:
    void togglePinCurrent();
    void editNoteOfCurrent();
    void exportDesignDialog();
    void exportTableDialog();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showColumnMenu(const QPoint &pos);
    void onCurrentRowChanged();
    void followSelection();
    void updateCount();
    void updateActions();

    AnalysisState *m_state;
    ResultsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_showBox = nullptr;
    QSpinBox *m_topKBox = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_exportDesignAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    bool m_syncing = false;
};

} // namespace edgefront
