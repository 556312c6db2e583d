#pragma once
// Makes a device the current one (the explorer's front and the results follow it).

#include <QCoreApplication>
#include <QUndoCommand>

namespace edgefront {

class AnalysisState;

class SetCurrentDeviceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::SetCurrentDeviceCommand)

public:
    SetCurrentDeviceCommand(AnalysisState *state, const QString &id, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnalysisState *m_state;
    QString m_old;
    QString m_new;
};

} // namespace edgefront
