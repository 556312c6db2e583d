#pragma once
// Imports into the project as undoable steps. The import has already happened when the
// command is pushed (its first redo does nothing); undo takes it back in one transaction,
// redo stores it again. `changed` runs after every undo and redo (the device library reloads).
//  - ImportDevicesCommand: device profiles; undo removes the new ones (with their data) and
//    puts back the profiles that the import replaced (their measurements were kept).
//  - ImportMeasurementsCommand: one measurement table; undo removes its measurements and the
//    measured devices it created.

#include "deviceprofile.h"
#include "measurement.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace edgefront {

class ImportDevicesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::ImportDevicesCommand)

public:
    ImportDevicesCommand(ProjectStore *store, QList<DeviceProfile> imported, QList<DeviceProfile> replaced,
                         std::function<void()> changed, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectStore *m_store;
    QList<DeviceProfile> m_imported;
    QList<DeviceProfile> m_replaced;
    std::function<void()> m_changed;
    bool m_applied = true;
};

class ImportMeasurementsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(edgefront::ImportMeasurementsCommand)

public:
    ImportMeasurementsCommand(ProjectStore *store, MeasurementBatch batch, ImportSummary summary,
                              std::function<void()> changed, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectStore *m_store;
    MeasurementBatch m_batch;
    ImportSummary m_summary;
    std::function<void()> m_changed;
    bool m_applied = true;
};

} // namespace edgefront
