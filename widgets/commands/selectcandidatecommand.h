#pragma once
// Selects a candidate (by design key) in the analysis state; an empty key clears the selection.

#include <QCoreApplication>
#include <QUndoCommand>

namespace edgefront {

class AnalysisState;

class SelectCandidateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::SelectCandidateCommand)

public:
    SelectCandidateCommand(AnalysisState *state, const QString &key, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnalysisState *m_state;
    QString m_old;
    QString m_new;
};

} // namespace edgefront
