#include "pincandidatecommand.h"

#include "analysisstate.h"

namespace edgefront {

PinCandidateCommand::PinCandidateCommand(AnalysisState *state, const QString &key, bool pin, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_key(key)
    , m_pin(pin)
    , m_wasPinned(state->isPinned(key))
{
    setText(pin ? tr("Pin Candidate") : tr("Unpin Candidate"));
}

void PinCandidateCommand::undo()
{
    m_state->setPinned(m_key, m_wasPinned);
}

void PinCandidateCommand::redo()
{
    m_state->setPinned(m_key, m_pin);
}

} // namespace edgefront
