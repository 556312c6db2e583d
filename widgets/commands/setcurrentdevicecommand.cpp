#include "setcurrentdevicecommand.h"

#include "analysisstate.h"

namespace edgefront {

SetCurrentDeviceCommand::SetCurrentDeviceCommand(AnalysisState *state, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_old(state->deviceId())
    , m_new(id)
{
    setText(tr("Show Device %1").arg(id));
}

void SetCurrentDeviceCommand::undo()
{
    m_state->setDeviceId(m_old);
}

void SetCurrentDeviceCommand::redo()
{
    m_state->setDeviceId(m_new);
}

} // namespace edgefront
