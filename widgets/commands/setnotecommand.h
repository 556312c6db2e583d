#pragma once
// Sets the note on a candidate (stored in the project); empty text removes it.

#include <QCoreApplication>
#include <QUndoCommand>

namespace edgefront {

class AnalysisState;

class SetNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::SetNoteCommand)

public:
    SetNoteCommand(AnalysisState *state, const QString &key, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnalysisState *m_state;
    QString m_key;
    QString m_old;
    QString m_new;
};

} // namespace edgefront
