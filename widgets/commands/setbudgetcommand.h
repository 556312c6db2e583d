#pragma once
// Sets one budget (latency, energy or memory) of the analysis state; infinity removes it.
// Commands made while a slider is dragged are "open": the next change of the same budget
// merges into them, so one drag is one undo step (the release closes it).

#include "analysisstate.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace edgefront {

class SetBudgetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::SetBudgetCommand)

public:
    SetBudgetCommand(AnalysisState *state, BudgetKind kind, double value, bool open = false,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    BudgetKind kind() const { return m_kind; }
    double oldValue() const { return m_old; }
    double newValue() const { return m_new; }

private:
    void updateText();

    AnalysisState *m_state;
    BudgetKind m_kind;
    double m_old;
    double m_new;
    bool m_open;
};

} // namespace edgefront
