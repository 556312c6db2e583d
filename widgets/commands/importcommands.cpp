#include "importcommands.h"

#include <QSet>

namespace edgefront {

ImportDevicesCommand::ImportDevicesCommand(ProjectStore *store, QList<DeviceProfile> imported,
                                           QList<DeviceProfile> replaced, std::function<void()> changed,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_imported(std::move(imported))
    , m_replaced(std::move(replaced))
    , m_changed(std::move(changed))
{
    setText(tr("Import %n Device(s)", nullptr, int(m_imported.size())));
}

void ImportDevicesCommand::undo()
{
    QSet<QString> replaced;
    for (const DeviceProfile &d : std::as_const(m_replaced))
        replaced.insert(d.id);
    QString error;
    for (const DeviceProfile &d : std::as_const(m_imported)) {
        if (!replaced.contains(d.id))
            m_store->removeDevice(d.id, &error);
    }
    if (!m_replaced.isEmpty())
        m_store->addDevices(m_replaced, &error, true);
    m_applied = false;
    if (m_changed)
        m_changed();
}

void ImportDevicesCommand::redo()
{
    if (m_applied)
        return; // pushed after the import itself
    QString error;
    m_store->addDevices(m_imported, &error, true);
    m_applied = true;
    if (m_changed)
        m_changed();
}

ImportMeasurementsCommand::ImportMeasurementsCommand(ProjectStore *store, MeasurementBatch batch, ImportSummary summary,
                                                     std::function<void()> changed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_batch(std::move(batch))
    , m_summary(std::move(summary))
    , m_changed(std::move(changed))
{
    setText(tr("Import %n Measurement(s)", nullptr, m_summary.measurements));
}

void ImportMeasurementsCommand::undo()
{
    QString error;
    if (m_store->removeImport(m_summary.importId, m_summary.newDevices, &error))
        m_applied = false;
    if (m_changed)
        m_changed();
}

void ImportMeasurementsCommand::redo()
{
    if (m_applied)
        return; // pushed after the import itself
    QString error;
    if (const auto summary = m_store->importMeasurements(m_batch, &error)) {
        m_summary = *summary;
        m_applied = true;
    }
    if (m_changed)
        m_changed();
}

} // namespace edgefront
