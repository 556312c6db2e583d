#pragma once
// The shared analysis state of the workbench window: the design space, the current device, the
// device set compared side by side, the budgets (latency, energy, memory), the selected
// candidate, the pinned candidates, the display units, and notes on candidates (stored in the
// project). Views read it and follow its change signals; they change it through undo commands
// (widgets/commands/), which call the setters below.
//
// Contract:
//  - Candidates are named by their design key (DesignSpace::key), so selection, pins and notes
//    survive a recomputed candidate set. Budgets are in ms, mJ and MB; infinity = no budget.
//  - Setters emit their signal only on a real change.
//  - execute(command) pushes the command on the undo stack when one is set (the main window's),
//    else runs it once and deletes it (standalone views, tests).
//  - Notes are stored in the project under the target "<space>:<design key>" (keys of the
//    ofa-mbv3 widths look alike); the project is borrowed; without one notes stay in memory.

#include "candidateset.h"

#include <QObject>
#include <QSet>
#include <QStringList>

class QUndoCommand;
class QUndoStack;

namespace edgefront {

class ProjectStore;

enum class BudgetKind : quint8 { Latency, Energy, Memory };

// Display units of latency, energy and memory (values are kept in ms, mJ and MB).
struct DisplayUnits
{
    enum class Latency : quint8 { Microseconds, Milliseconds, Seconds };
    enum class Energy : quint8 { Microjoules, Millijoules, Joules };
    enum class Memory : quint8 { Kilobytes, Megabytes, Gigabytes };

    Latency latency = Latency::Milliseconds;
    Energy energy = Energy::Millijoules;
    Memory memory = Memory::Megabytes;

    // Factor from the stored unit (ms, mJ, MB; MACs and parameters: 1) to the display unit.
    double scale(CandidateMetric metric) const;
    // "ms", "mJ", "MB", "%", "M" (millions: MACs, parameters).
    QString symbol(CandidateMetric metric) const;
    // A value in the display unit with its symbol, e.g. "12.3 ms", "77.41 %", "312 M".
    QString format(CandidateMetric metric, double storedValue) const;
    // Settings names: "us"/"ms"/"s", "uJ"/"mJ"/"J", "kB"/"MB"/"GB".
    static QString toString(Latency u);
    static QString toString(Energy u);
    static QString toString(Memory u);
    static DisplayUnits fromStrings(const QString &latency, const QString &energy, const QString &memory);
    friend bool operator==(const DisplayUnits &, const DisplayUnits &) = default;
};

// Translated display name of a metric ("Accuracy", "Latency", ...).
QString candidateMetricDisplayName(CandidateMetric metric);
// "Latency (ms)", "Accuracy (%)", "MACs (M)".
QString candidateMetricTitle(CandidateMetric metric, const DisplayUnits &units);

class AnalysisState : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisState(QObject *parent = nullptr);
    ~AnalysisState() override;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Runs `command` through the undo stack (or once, without one). Takes ownership.
    void execute(QUndoCommand *command);

    void setProject(ProjectStore *project);
    ProjectStore *project() const { return m_project; }

    QString spaceName() const { return m_space; }
    void setSpaceName(const QString &space);
    QString deviceId() const { return m_device; }
    void setDeviceId(const QString &id);
    QStringList deviceSet() const { return m_deviceSet; }
    void setDeviceSet(const QStringList &ids);

    CandidateBudgets budgets() const { return m_budgets; }
    double budget(BudgetKind kind) const;
    void setBudget(BudgetKind kind, double value);
    void setBudgets(const CandidateBudgets &budgets);

    QString selectedKey() const { return m_selected; }
    void setSelectedKey(const QString &key);

    QStringList pinnedKeys() const { return m_pinned; } // in pinning order
    bool isPinned(const QString &key) const { return m_pinned.contains(key); }
    void setPinned(const QString &key, bool pinned);

    // The project's note target of a candidate of the current space.
    QString noteTarget(const QString &key) const { return m_space + u':' + key; }
    QString note(const QString &key) const;
    // Stores the note in the project (empty removes); false and *error when that fails.
    bool setNote(const QString &key, const QString &text, QString *error = nullptr);

    DisplayUnits units() const { return m_units; }
    void setUnits(const DisplayUnits &units);

    // Forgets selection, pins and budgets (a new project).
    void reset();

Q_SIGNALS:
    void projectChanged();
    void spaceChanged(const QString &space);
    void deviceChanged(const QString &id);
    void deviceSetChanged(const QStringList &ids);
    void budgetsChanged();
    void selectionChanged(const QString &key);
    void pinsChanged();
    void noteChanged(const QString &key);
    void unitsChanged();

private:
    QUndoStack *m_undoStack = nullptr;
    ProjectStore *m_project = nullptr;
    QString m_space;
    QString m_device;
    QStringList m_deviceSet;
    CandidateBudgets m_budgets;
    QString m_selected;
    QStringList m_pinned;
    QHash<QString, QString> m_memoryNotes; // without a project
    DisplayUnits m_units;
};

} // namespace edgefront
