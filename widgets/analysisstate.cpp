#include "analysisstate.h"

#include "projectstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>

namespace edgefront {

double DisplayUnits::scale(CandidateMetric metric) const
{
    switch (metric) {
    case CandidateMetric::Latency:
        return latency == Latency::Microseconds ? 1e3 : latency == Latency::Seconds ? 1e-3 : 1.0;
    case CandidateMetric::Energy:
        return energy == Energy::Microjoules ? 1e3 : energy == Energy::Joules ? 1e-3 : 1.0;
    case CandidateMetric::Memory:
        return memory == Memory::Kilobytes ? 1e3 : memory == Memory::Gigabytes ? 1e-3 : 1.0;
    case CandidateMetric::Macs:
    case CandidateMetric::Params:
        return 1e-6;
    case CandidateMetric::Accuracy:
        break;
    }
    return 1.0;
}

QString DisplayUnits::symbol(CandidateMetric metric) const
{
    switch (metric) {
    case CandidateMetric::Accuracy:
        return QStringLiteral("%");
    case CandidateMetric::Latency:
        return toString(latency) == QLatin1StringView("us") ? QStringLiteral("µs") : toString(latency);
    case CandidateMetric::Energy:
        return toString(energy) == QLatin1StringView("uJ") ? QStringLiteral("µJ") : toString(energy);
    case CandidateMetric::Memory:
        return toString(memory);
    case CandidateMetric::Macs:
    case CandidateMetric::Params:
        return QStringLiteral("M");
    }
    return {};
}

QString DisplayUnits::format(CandidateMetric metric, double storedValue) const
{
    if (!std::isfinite(storedValue))
        return QCoreApplication::translate("edgefront::AnalysisState", "n/a");
    const double v = storedValue * scale(metric);
    const QLocale locale;
    // Accuracy to two decimals (predictors differ in the second); the rest to 4 significant digits.
    const QString number = metric == CandidateMetric::Accuracy ? locale.toString(v, 'f', 2) : locale.toString(v, 'g', 4);
    return number + u' ' + symbol(metric);
}

QString DisplayUnits::toString(Latency u)
{
    return u == Latency::Microseconds ? QStringLiteral("us") : u == Latency::Seconds ? QStringLiteral("s") : QStringLiteral("ms");
}

QString DisplayUnits::toString(Energy u)
{
    return u == Energy::Microjoules ? QStringLiteral("uJ") : u == Energy::Joules ? QStringLiteral("J") : QStringLiteral("mJ");
}

QString DisplayUnits::toString(Memory u)
{
    return u == Memory::Kilobytes ? QStringLiteral("kB") : u == Memory::Gigabytes ? QStringLiteral("GB") : QStringLiteral("MB");
}

DisplayUnits DisplayUnits::fromStrings(const QString &latency, const QString &energy, const QString &memory)
{
    DisplayUnits u;
    for (Latency l : {Latency::Microseconds, Latency::Milliseconds, Latency::Seconds})
        if (toString(l) == latency)
            u.latency = l;
    for (Energy e : {Energy::Microjoules, Energy::Millijoules, Energy::Joules})
        if (toString(e) == energy)
            u.energy = e;
    for (Memory m : {Memory::Kilobytes, Memory::Megabytes, Memory::Gigabytes})
        if (toString(m) == memory)
            u.memory = m;
    return u;
}

QString candidateMetricDisplayName(CandidateMetric metric)
{
    switch (metric) {
    case CandidateMetric::Accuracy:
        return AnalysisState::tr("Accuracy");
    case CandidateMetric::Latency:
        return AnalysisState::tr("Latency");
    case CandidateMetric::Energy:
        return AnalysisState::tr("Energy");
    case CandidateMetric::Macs:
        return AnalysisState::tr("MACs");
    case CandidateMetric::Params:
        return AnalysisState::tr("Parameters");
    case CandidateMetric::Memory:
        return AnalysisState::tr("Peak memory");
    }
    return {};
}

QString candidateMetricTitle(CandidateMetric metric, const DisplayUnits &units)
{
    return AnalysisState::tr("%1 (%2)").arg(candidateMetricDisplayName(metric), units.symbol(metric));
}

AnalysisState::AnalysisState(QObject *parent)
    : QObject(parent)
{
}

AnalysisState::~AnalysisState() = default;

void AnalysisState::execute(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
        return;
    }
    command->redo();
    delete command;
}

void AnalysisState::setProject(ProjectStore *project)
{
    m_project = project;
    m_memoryNotes.clear();
    Q_EMIT projectChanged();
}

void AnalysisState::setSpaceName(const QString &space)
{
    if (space == m_space)
        return;
    m_space = space;
    Q_EMIT spaceChanged(space);
}

void AnalysisState::setDeviceId(const QString &id)
{
    if (id == m_device)
        return;
    m_device = id;
    Q_EMIT deviceChanged(id);
}

void AnalysisState::setDeviceSet(const QStringList &ids)
{
    if (ids == m_deviceSet)
        return;
    m_deviceSet = ids;
    Q_EMIT deviceSetChanged(ids);
}

double AnalysisState::budget(BudgetKind kind) const
{
    switch (kind) {
    case BudgetKind::Latency:
        return m_budgets.latencyMs;
    case BudgetKind::Energy:
        return m_budgets.energyMj;
    case BudgetKind::Memory:
        return m_budgets.memoryMB;
    }
    return std::numeric_limits<double>::infinity();
}

void AnalysisState::setBudget(BudgetKind kind, double value)
{
    CandidateBudgets b = m_budgets;
    const double v = std::isnan(value) || value <= 0 ? std::numeric_limits<double>::infinity() : value;
    switch (kind) {
    case BudgetKind::Latency:
        b.latencyMs = v;
        break;
    case BudgetKind::Energy:
        b.energyMj = v;
        break;
    case BudgetKind::Memory:
        b.memoryMB = v;
        break;
    }
    setBudgets(b);
}

void AnalysisState::setBudgets(const CandidateBudgets &budgets)
{
    if (budgets == m_budgets)
        return;
    m_budgets = budgets;
    Q_EMIT budgetsChanged();
}

void AnalysisState::setSelectedKey(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    Q_EMIT selectionChanged(key);
}

void AnalysisState::setPinned(const QString &key, bool pinned)
{
    if (key.isEmpty() || pinned == m_pinned.contains(key))
        return;
    if (pinned)
        m_pinned.append(key);
    else
        m_pinned.removeAll(key);
    Q_EMIT pinsChanged();
}

QString AnalysisState::note(const QString &key) const
{
    if (key.isEmpty())
        return {};
    return m_project ? m_project->note(noteTarget(key)) : m_memoryNotes.value(noteTarget(key));
}

bool AnalysisState::setNote(const QString &key, const QString &text, QString *error)
{
    if (key.isEmpty())
        return false;
    if (note(key) == text)
        return true;
    QString why;
    if (m_project) {
        if (!m_project->setNote(noteTarget(key), text, &why)) {
            if (error)
                *error = why;
            return false;
        }
    } else if (text.isEmpty()) {
        m_memoryNotes.remove(noteTarget(key));
    } else {
        m_memoryNotes.insert(noteTarget(key), text);
    }
    Q_EMIT noteChanged(key);
    return true;
}

void AnalysisState::setUnits(const DisplayUnits &units)
{
    if (units == m_units)
        return;
    m_units = units;
    Q_EMIT unitsChanged();
}

void AnalysisState::reset()
{
    setSelectedKey({});
    if (!m_pinned.isEmpty()) {
        m_pinned.clear();
        Q_EMIT pinsChanged();
    }
    setBudgets({});
}

} // namespace edgefront
