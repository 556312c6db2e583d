#pragma once
// The design-space browser: pick a space, sample an architecture (seeded), and read its
// cost totals and per-layer table. Emits architectureChanged so other views (the decision
// tree) follow.

#include "architecture.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;

namespace edgefront {

class DesignSpace;
class LayerTableModel;

class DesignSpaceBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DesignSpaceBrowser(QWidget *parent = nullptr);

    const DesignSpace *space() const { return m_space; }
    const Architecture &architecture() const { return m_architecture; }
    LayerTableModel *layerModel() const { return m_model; }
    QTableView *layerView() const { return m_table; }
    QString summaryText() const;

    void setSpace(const QString &name);
    void setSeed(int seed);
    int seed() const;

public Q_SLOTS:
    // Samples with the current seed, then advances the seed so the next click shows another.
    void sampleNext();

Q_SIGNALS:
    void spaceChanged(const QString &name);
    void architectureChanged();

private:
    void sampleWithSeed(int seed);

    const DesignSpace *m_space = nullptr;
    Architecture m_architecture;
    QComboBox *m_spaceBox = nullptr;
    QSpinBox *m_seedBox = nullptr;
    QPushButton *m_sampleButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    LayerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace edgefront
