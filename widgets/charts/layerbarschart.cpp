#include "layerbarschart.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace edgefront {

namespace {

// Tableau 10, the categorical palette most readers know.
constexpr std::array<QRgb, 10> kPalette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                        0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
const QColor kSelected(0x10, 0x10, 0x10);

double finiteOrZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

} // namespace

LayerBarsChart::LayerBarsChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Per-layer latency and energy"));
    m_charts = new QWidget(this);
    auto *column = new QVBoxLayout(m_charts);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    setUpPanel(m_latency, tr("Latency per layer"), tr("ms"));
    setUpPanel(m_energy, tr("Energy per layer"), tr("mJ"));
    m_latency.view->setParent(m_charts);
    m_energy.view->setParent(m_charts);
    column->addWidget(m_latency.view, 1);
    column->addWidget(m_energy.view, 1);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_charts);
    m_stack->addWidget(m_message);
    setMessage(tr("No design selected."));
}

LayerBarsChart::~LayerBarsChart() = default;

void LayerBarsChart::setUpPanel(Panel &panel, const QString &title, const QString &unit)
{
    panel.chart = new QChart;
    panel.chart->setTitle(title);
    panel.chart->setBackgroundRoundness(0);
    panel.chart->setMargins(QMargins(2, 2, 2, 2));
    panel.chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = panel.chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF());
    titleFont.setBold(true);
    panel.chart->setTitleFont(titleFont);
    panel.chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = font();
    legendFont.setPointSizeF(std::max(6.5, font().pointSizeF() - 1.0));
    panel.chart->legend()->setFont(legendFont);

    panel.x = new QValueAxis;
    panel.x->setLabelFormat(QStringLiteral("%.0f"));
    panel.x->setTitleText(tr("Layer (execution order)"));
    panel.x->setTickType(QValueAxis::TicksDynamic);
    panel.x->setTickAnchor(0);
    panel.x->setTickInterval(10);
    panel.x->setMinorTickCount(0);
    panel.y = new QValueAxis;
    panel.y->setLabelFormat(QStringLiteral("%g"));
    panel.y->setTitleText(unit);
    for (QValueAxis *axis : {panel.x, panel.y}) {
        axis->setLabelsFont(legendFont);
        axis->setTitleFont(legendFont);
    }
    panel.chart->addAxis(panel.x, Qt::AlignBottom);
    panel.chart->addAxis(panel.y, Qt::AlignLeft);

    panel.view = new QChartView(panel.chart, this);
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFocusPolicy(Qt::NoFocus);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->viewport()->installEventFilter(this);
}

void LayerBarsChart::setLayers(const std::vector<Bar> &bars)
{
    m_bars = bars;
    m_selected = -1;
    m_groups.clear();
    m_groupOf.clear();
    m_skipped = 0;
    for (const Bar &b : m_bars) {
        qsizetype g = m_groups.indexOf(b.group);
        if (g < 0) {
            g = m_groups.size();
            m_groups.append(b.group);
        }
        m_groupOf.push_back(int(g));
        m_skipped += !std::isfinite(b.latencyMs) || !std::isfinite(b.energyMj);
    }
    fillPanel(m_latency, Metric::Latency);
    fillPanel(m_energy, Metric::Energy);
    m_energy.chart->legend()->hide();
    m_stack->setCurrentWidget(m_charts);
}

void LayerBarsChart::clear()
{
    setLayers({});
}

void LayerBarsChart::fillPanel(Panel &panel, Metric metric)
{
    if (panel.series) {
        panel.chart->removeSeries(panel.series);
        delete panel.series;
        panel.series = nullptr;
        panel.sets.clear();
    }
    panel.series = new QStackedBarSeries;
    panel.series->setBarWidth(0.85);
    const int n = int(m_bars.size());
    double maxValue = 0.0;
    for (int g = 0; g < m_groups.size(); ++g) {
        auto *set = new QBarSet(m_groups[g]);
        const QColor color = QColor::fromRgb(kPalette[size_t(g) % kPalette.size()]);
        set->setColor(color);
        set->setBorderColor(color);
        set->setSelectedColor(kSelected);
        QList<qreal> values(n, 0.0);
        for (int i = 0; i < n; ++i) {
            if (m_groupOf[size_t(i)] != g)
                continue;
            const double v = finiteOrZero(metric == Metric::Latency ? m_bars[size_t(i)].latencyMs : m_bars[size_t(i)].energyMj);
            values[i] = v;
            maxValue = std::max(maxValue, v);
        }
        set->append(values);
        panel.series->append(set);
        panel.sets.push_back(set);
    }
    panel.chart->addSeries(panel.series);
    panel.series->attachAxis(panel.x);
    panel.series->attachAxis(panel.y);
    panel.x->setRange(-0.5, std::max(0.5, n - 0.5));
    panel.x->setTickInterval(n > 200 ? 50 : n > 80 ? 20 : n > 30 ? 10 : 5);
    panel.y->setRange(0.0, maxValue > 0 ? maxValue * 1.08 : 1.0);
    panel.y->applyNiceNumbers();
}

double LayerBarsChart::latencySum() const
{
    double s = 0.0;
    for (const Bar &b : m_bars)
        s += finiteOrZero(b.latencyMs);
    return s;
}

double LayerBarsChart::energySum() const
{
    double s = 0.0;
    for (const Bar &b : m_bars)
        s += finiteOrZero(b.energyMj);
    return s;
}

void LayerBarsChart::setSelectedLayer(int index)
{
    if (index < -1 || index >= layerCount())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    updateSelection();
}

void LayerBarsChart::updateSelection()
{
    for (Panel *p : {&m_latency, &m_energy}) {
        for (QBarSet *set : p->sets)
            set->deselectAllBars();
        if (m_selected >= 0 && !p->sets.empty())
            p->sets[size_t(m_groupOf[size_t(m_selected)])]->selectBar(m_selected);
    }
    if (m_selected >= 0) {
        const Bar &b = m_bars[size_t(m_selected)];
        setAccessibleDescription(tr("Layer %1 %2: %3 ms, %4 mJ")
                                     .arg(m_selected)
                                     .arg(b.name, QLocale().toString(b.latencyMs, 'g', 4), QLocale().toString(b.energyMj, 'g', 4)));
    }
}

void LayerBarsChart::setMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString LayerBarsChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QWidget *LayerBarsChart::plotWidget(Metric metric) const
{
    return panel(metric).view->viewport();
}

QPoint LayerBarsChart::barPosition(int index, Metric metric) const
{
    if (index < 0 || index >= layerCount() || !panel(metric).series)
        return {-1, -1};
    const Panel &p = panel(metric);
    const Bar &b = m_bars[size_t(index)];
    const double v = finiteOrZero(metric == Metric::Latency ? b.latencyMs : b.energyMj);
    const QPointF chartPos = p.chart->mapToPosition(QPointF(index, v / 2), p.series);
    return p.view->mapFromScene(p.chart->mapToScene(chartPos));
}

int LayerBarsChart::layerAt(const QPoint &pos, Metric metric) const
{
    const Panel &p = panel(metric);
    if (!p.series || m_bars.empty())
        return -1;
    const QPointF chartPos = p.chart->mapFromScene(p.view->mapToScene(pos));
    if (!p.chart->plotArea().contains(chartPos))
        return -1;
    const QPointF value = p.chart->mapToValue(chartPos, p.series);
    const int i = int(std::lround(value.x()));
    return i >= 0 && i < layerCount() ? i : -1;
}

QSize LayerBarsChart::sizeHint() const
{
    return {700, 420};
}

QSize LayerBarsChart::minimumSizeHint() const
{
    return {240, 200};
}

bool LayerBarsChart::eventFilter(QObject *watched, QEvent *event)
{
    for (Metric metric : {Metric::Latency, Metric::Energy}) {
        if (watched != plotWidget(metric))
            continue;
        if (event->type() == QEvent::MouseButtonPress) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            setFocus(Qt::MouseFocusReason);
            const int i = layerAt(mouse->position().toPoint(), metric);
            if (i >= 0) {
                setSelectedLayer(i);
                Q_EMIT layerClicked(i);
            }
            return true;
        }
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int i = layerAt(help->pos(), metric);
            if (i < 0) {
                QToolTip::hideText();
                event->ignore();
                return true;
            }
            const Bar &b = m_bars[size_t(i)];
            const QLocale locale;
            QToolTip::showText(help->globalPos(),
                               tr("Layer %1: %2 (%3)\nlatency %4 ms\nenergy %5 mJ")
                                   .arg(i)
                                   .arg(b.name, b.group, locale.toString(b.latencyMs, 'g', 4),
                                        locale.toString(b.energyMj, 'g', 4)),
                               plotWidget(metric));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LayerBarsChart::keyPressEvent(QKeyEvent *event)
{
    if (m_bars.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int next = m_selected;
    switch (event->key()) {
    case Qt::Key_Left: next = m_selected < 0 ? 0 : std::max(0, m_selected - 1); break;
    case Qt::Key_Right: next = std::min(layerCount() - 1, m_selected + 1); break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = layerCount() - 1; break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
    setSelectedLayer(next);
    Q_EMIT layerClicked(next);
}

} // namespace edgefront
