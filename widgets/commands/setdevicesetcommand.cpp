#include "setdevicesetcommand.h"

#include "analysisstate.h"

namespace edgefront {

SetDeviceSetCommand::SetDeviceSetCommand(AnalysisState *state, const QStringList &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_old(state->deviceSet())
    , m_new(ids)
{
    setText(tr("Compare %n Device(s)", nullptr, int(ids.size())));
}

void SetDeviceSetCommand::undo()
{
    m_state->setDeviceSet(m_old);
}

void SetDeviceSetCommand::redo()
{
    m_state->setDeviceSet(m_new);
}

} // namespace edgefront
