#include "setbudgetcommand.h"

#include "commandids.h"

#include <cmath>

namespace edgefront {

SetBudgetCommand::SetBudgetCommand(AnalysisState *state, BudgetKind kind, double value, bool open, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_state(state)
    , m_kind(kind)
    , m_old(state->budget(kind))
    , m_new(std::isnan(value) || value <= 0 ? std::numeric_limits<double>::infinity() : value)
    , m_open(open)
{
    updateText();
    // No change (e.g. the release that closes a drag): QUndoStack merges it or drops it.
    setObsolete(m_new == m_old);
}

void SetBudgetCommand::undo()
{
    m_state->setBudget(m_kind, m_old);
}

void SetBudgetCommand::redo()
{
    m_state->setBudget(m_kind, m_new);
}

int SetBudgetCommand::id() const
{
    return int(CommandId::SetBudget);
}

bool SetBudgetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetBudgetCommand *>(other);
    if (!m_open || o->m_state != m_state || o->m_kind != m_kind)
        return false;
    m_new = o->m_new;
    m_open = o->m_open;
    updateText();
    // A drag that ends where it started leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

void SetBudgetCommand::updateText()
{
    const CandidateMetric metric = m_kind == BudgetKind::Latency  ? CandidateMetric::Latency
                                 : m_kind == BudgetKind::Energy   ? CandidateMetric::Energy
                                                                  : CandidateMetric::Memory;
    if (std::isinf(m_new)) {
        setText(m_kind == BudgetKind::Latency  ? tr("Remove Latency Budget")
                : m_kind == BudgetKind::Energy ? tr("Remove Energy Budget")
                                               : tr("Remove Memory Budget"));
        return;
    }
    const QString value = m_state->units().format(metric, m_new);
    setText(m_kind == BudgetKind::Latency  ? tr("Latency Budget %1").arg(value)
            : m_kind == BudgetKind::Energy ? tr("Energy Budget %1").arg(value)
                                           : tr("Memory Budget %1").arg(value));
}

} // namespace edgefront
