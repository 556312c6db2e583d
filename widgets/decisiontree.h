#pragma once
// The decisions of a design space and their choices, with the value the current
// architecture takes (inactive decisions greyed).

#include "architecture.h"

#include <QTreeWidget>

namespace edgefront {

class DesignSpace;

class DecisionTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DecisionTree(QWidget *parent = nullptr);

    void showDecisions(const DesignSpace &space, const Architecture &arch);
};

} // namespace edgefront
