#include "selectcandidatecommand.h"

#include "analysisstate.h"

namespace edgefront {

SelectCandidateCommand::SelectCandidateCommand(AnalysisState *state, const QString &key, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_old(state->selectedKey())
    , m_new(key)
{
    setText(key.isEmpty() ? tr("Clear Selection") : tr("Select Candidate"));
}

void SelectCandidateCommand::undo()
{
    m_state->setSelectedKey(m_old);
}

void SelectCandidateCommand::redo()
{
    m_state->setSelectedKey(m_new);
}

} // namespace edgefront
