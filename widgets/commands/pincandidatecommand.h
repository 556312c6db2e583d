#pragma once
// Pins or unpins a candidate (by design key) in the analysis state.

#include <QCoreApplication>
#include <QUndoCommand>

namespace edgefront {

class AnalysisState;

class PinCandidateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::PinCandidateCommand)

public:
    PinCandidateCommand(AnalysisState *state, const QString &key, bool pin, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnalysisState *m_state;
    QString m_key;
    bool m_pin;
    bool m_wasPinned;
};

} // namespace edgefront
