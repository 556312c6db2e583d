#pragma once
// Per-layer latency and energy of one design on one device as two bar charts (latency above,
// energy below) over the layers in execution order, bars coloured by layer group (e.g. the
// layer type), one layer selectable.
//
// This is part of EdgeFront's own chart interface: only files in widgets/charts include
// Qt Charts.
//
// Contract:
//  - Bar i is layer i of setLayers; non-finite values draw as 0 (and are reported by
//    skippedCount()). latencySum()/energySum() are the sums of the finite values drawn.
//  - A left click anywhere in a chart's plot area over layer i's column (so that thin bars are
//    easy to hit) selects layer i and emits layerClicked(i); with keyboard focus, Left/Right
//    move the selection and emit too. setSelectedLayer highlights a layer's bars in both charts
//    and never emits.

#include <QString>
#include <QWidget>

#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QStackedLayout;
class QValueAxis;
QT_END_NAMESPACE

namespace edgefront {

class LayerBarsChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString name;   // e.g. "s2.b1.dw"
        QString group;  // legend entry and colour, e.g. "depthwise"
        double latencyMs = 0.0;
        double energyMj = 0.0;
    };
    enum class Metric : quint8 { Latency, Energy };

    explicit LayerBarsChart(QWidget *parent = nullptr);
    ~LayerBarsChart() override;

    void setLayers(const std::vector<Bar> &bars);
    void clear();
    int layerCount() const { return int(m_bars.size()); }
    const std::vector<Bar> &bars() const { return m_bars; }
    double latencySum() const;
    double energySum() const;
    int skippedCount() const { return m_skipped; }
    QStringList groups() const { return m_groups; }

    void setSelectedLayer(int index);
    int selectedLayer() const { return m_selected; }

    void setMessage(const QString &text);
    QString message() const;

    // The widget a chart is drawn on (mouse events go there) and the centre of layer i's bar in
    // its coordinates ((-1, -1) for no such layer).
    QWidget *plotWidget(Metric metric) const;
    QPoint barPosition(int index, Metric metric) const;
    // The layer whose column contains `pos` (plotWidget coordinates), or -1.
    int layerAt(const QPoint &pos, Metric metric) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void layerClicked(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Panel
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QStackedBarSeries *series = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        std::vector<QBarSet *> sets; // one per group
    };
    void setUpPanel(Panel &panel, const QString &title, const QString &unit);
    void fillPanel(Panel &panel, Metric metric);
    void updateSelection();
    const Panel &panel(Metric metric) const { return metric == Metric::Latency ? m_latency : m_energy; }

    QStackedLayout *m_stack = nullptr;
    QWidget *m_charts = nullptr;
    QLabel *m_message = nullptr;
    Panel m_latency, m_energy;
    std::vector<Bar> m_bars;
    QStringList m_groups;
    std::vector<int> m_groupOf;
    int m_selected = -1;
    int m_skipped = 0;
};

} // namespace edgefront
