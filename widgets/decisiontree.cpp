#include "decisiontree.h"

#include "designspace.h"

#include <QHeaderView>

namespace edgefront {

DecisionTree::DecisionTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Decision"), tr("Chosen"), tr("Choices")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Design-space decisions"));
    setToolTip(tr("Every decision of the design space; greyed values do not change the network"));
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void DecisionTree::showDecisions(const DesignSpace &space, const Architecture &arch)
{
    QStringList expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded())
            expanded.append(topLevelItem(i)->text(0));
    }
    clear();
    QTreeWidgetItem *group = nullptr;
    const QList<Decision> &decisions = space.decisions();
    for (int i = 0; i < decisions.size(); ++i) {
        const Decision &d = decisions[i];
        const QString chosen = arch.size() == decisions.size() ? d.labels.value(arch[i]) : QString();
        const bool active = arch.size() != decisions.size() || space.isActive(arch, i);
        if (d.slot < 0) {
            auto *item = new QTreeWidgetItem(this, {d.key, chosen, d.labels.join(u' ')});
            item->setToolTip(2, d.labels.join(u' '));
            group = nullptr;
            continue;
        }
        if (!group || group->text(0) != d.key) {
            group = new QTreeWidgetItem(this, {d.key, QString(), d.labels.join(u' ')});
            group->setExpanded(expanded.contains(d.key));
        }
        auto *item = new QTreeWidgetItem(group, {d.name(), chosen, d.labels.join(u' ')});
        if (!active) {
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(1, tr("Inactive: this block is beyond its stage's depth"));
        }
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->childCount() > 0)
            item->setText(1, tr("%n value(s)", nullptr, item->childCount()));
    }
}

} // namespace edgefront
