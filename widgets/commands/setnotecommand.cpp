#include "setnotecommand.h"

#include "analysisstate.h"

namespace edgefront {

SetNoteCommand::SetNoteCommand(AnalysisState *state, const QString &key, const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_key(key)
    , m_old(state->note(key))
    , m_new(text)
{
    setText(text.isEmpty() ? tr("Remove Note") : tr("Edit Note"));
}

void SetNoteCommand::undo()
{
    m_state->setNote(m_key, m_old);
}

void SetNoteCommand::redo()
{
    m_state->setNote(m_key, m_new);
}

} // namespace edgefront
