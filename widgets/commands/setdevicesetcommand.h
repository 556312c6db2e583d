#pragma once
// Sets the devices compared side by side (ids, in display order).

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace edgefront {

class AnalysisState;

class SetDeviceSetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::SetDeviceSetCommand)

public:
    SetDeviceSetCommand(AnalysisState *state, const QStringList &ids, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnalysisState *m_state;
    QStringList m_old;
    QStringList m_new;
};

} // namespace edgefront
