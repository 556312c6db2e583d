#pragma once
// The results table's model: the best candidates of the current device, one row each, with
// every metric (in the display units named in the headers), whether it is on the front and
// within the budgets, the pinned flag, the note and the provenance of its numbers.
//
// Contract:
//  - Rows: the candidates that match the Show mode (within budgets, on the accuracy x latency x
//    energy front, pinned, or all), ranked by accuracy (ties: faster first), the first topK of
//    them; pinned candidates and the selected one are always rows (after the ranked ones when
//    they are not among them). Rank is the place in that ranking (0 = not ranked).
//  - The rows follow the AnalysisState: budgets (coalesced, ~40 ms), pins, selection and notes.
//    rebuildNow() applies a pending budget change at once.
//  - Editing goes through undo commands: checking Pinned pushes PinCandidateCommand, editing
//    Note pushes SetNoteCommand (the note lands in the project).
//  - SortRole gives numbers for numeric columns; CandidateRole the candidate index; KeyRole the
//    design key.

#include "analysisstate.h"
#include "candidateset.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

class QTimer;

namespace edgefront {

class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        DesignColumn,
        AccuracyColumn,
        LatencyColumn,
        EnergyColumn,
        MacsColumn,
        ParamsColumn,
        MemoryColumn,
        FrontColumn,
        BudgetsColumn,
        PinnedColumn,
        NoteColumn,
        AccuracySourceColumn,
        CostSourceColumn,
        ColumnCount
    };
    enum class Show : quint8 { WithinBudgets, Front, Pinned, All };
    enum Role { SortRole = Qt::UserRole + 1, CandidateRole, KeyRole };

    static constexpr int kRebuildDelayMs = 40;

    explicit ResultsTableModel(AnalysisState *state, QObject *parent = nullptr);
    ~ResultsTableModel() override;

    void setCandidates(std::shared_ptr<const CandidateSet> set);
    const std::shared_ptr<const CandidateSet> &candidates() const { return m_set; }
    void setShow(Show show);
    Show show() const { return m_show; }
    void setTopK(int k);
    int topK() const { return m_topK; }

    // Candidates that match the Show mode (before top K).
    int matchingCount() const { return m_matching; }
    int candidateAt(int row) const;
    int rowOfCandidate(int index) const;
    void rebuildNow();

    // Settings name of a column ("design", "accuracy", ...; see prefs::resultsHiddenColumns).
    static QString columnName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // After the rows changed (a rebuild).
    void rowsRebuilt();

private:
    void scheduleRebuild();
    void rebuild();
    void onSelectionChanged();
    void onNoteChanged(const QString &key);
    bool matches(int index) const;

    AnalysisState *m_state;
    std::shared_ptr<const CandidateSet> m_set;
    std::vector<int> m_order; // candidates by accuracy, best first
    std::vector<int> m_rows;
    std::vector<int> m_rank;  // per row, 1-based; 0 = not ranked
    std::vector<quint8> m_within;
    Show m_show = Show::WithinBudgets;
    int m_topK = 100;
    int m_matching = 0;
    QTimer *m_timer = nullptr;
};

} // namespace edgefront
