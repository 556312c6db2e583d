#include "frontchart.h"

#include "axisrange.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QRubberBand>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace edgefront {

namespace {

const QColor kMarkedColour(128, 50, 200);

// A five-pointed star of outer radius r around c (the marked candidates' symbol).
QPolygonF starAt(QPointF c, double r)
{
    QPolygonF star;
    for (int k = 0; k < 10; ++k) {
        const double angle = -std::numbers::pi / 2 + k * std::numbers::pi / 5;
        const double radius = k % 2 ? r * 0.45 : r;
        star << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
    }
    return star;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// Viridis (matplotlib's perceptually uniform ramp), dark = low energy, yellow = high.
constexpr std::array<QRgb, 9> kRamp{0xff440154, 0xff472d7b, 0xff3b528b, 0xff2c728e, 0xff21918c,
                                    0xff28ae80, 0xff5ec962, 0xffaddc30, 0xfffde725};
constexpr int kColourLevels = 64; // points are painted in this many colour groups

QRgb rampColour(double t)
{
    if (!std::isfinite(t))
        return qRgb(160, 160, 160);
    t = std::clamp(t, 0.0, 1.0) * double(kRamp.size() - 1);
    const int i = std::min(int(t), int(kRamp.size()) - 2);
    const double f = t - i;
    auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    const QRgb a = kRamp[size_t(i)], b = kRamp[size_t(i + 1)];
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

// Data <-> chart coordinates for the current plot area and ranges (f = log on log axes).
struct Mapper
{
    bool logX = false, logY = false;
    double x0 = 0, sx = 1, y0 = 0, sy = 1, left = 0, bottom = 0;

    Mapper(const QRectF &plot, const std::array<double, 4> &r, bool lx, bool ly)
        : logX(lx)
        , logY(ly)
    {
        x0 = fx(r[0]);
        y0 = fy(r[2]);
        sx = plot.width() / std::max(fx(r[1]) - x0, 1e-300);
        sy = plot.height() / std::max(fy(r[3]) - y0, 1e-300);
        left = plot.left();
        bottom = plot.bottom();
    }
    double fx(double v) const { return logX ? std::log(v) : v; }
    double fy(double v) const { return logY ? std::log(v) : v; }
    bool valid(double x, double y) const
    {
        return std::isfinite(x) && std::isfinite(y) && (!logX || x > 0) && (!logY || y > 0);
    }
    QPointF map(double x, double y) const { return {left + (fx(x) - x0) * sx, bottom - (fy(y) - y0) * sy}; }
    QPointF unmap(const QPointF &p) const
    {
        const double u = x0 + (p.x() - left) / sx, v = y0 + (bottom - p.y()) / sy;
        return {logX ? std::exp(u) : u, logY ? std::exp(v) : v};
    }
};

// In "Breaks the %1 budget": one translated word per budgeted metric.
QString budgetMetricName(CandidateMetric m)
{
    switch (m) {
    case CandidateMetric::Latency: return QCoreApplication::translate("FrontChart", "latency");
    case CandidateMetric::Energy: return QCoreApplication::translate("FrontChart", "energy");
    case CandidateMetric::Memory: return QCoreApplication::translate("FrontChart", "memory");
    default: return candidateMetricDisplayName(m);
    }
}

} // namespace

// The chart view: mouse and wheel go to the FrontChart (hover, click, rubber band, pan).
class FrontChartView : public QChartView
{
public:
    FrontChartView(QChart *chart, FrontChart *owner)
        : QChartView(chart, owner)
        , m_owner(owner)
    {
        setRenderHint(QPainter::Antialiasing);
        setFocusPolicy(Qt::NoFocus);
        setFrameShape(QFrame::NoFrame);
        setRubberBand(QChartView::NoRubberBand);
        viewport()->setMouseTracking(true);
        m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    }

protected:
    bool viewportEvent(QEvent *event) override
    {
        // Qt asks for a tooltip once the cursor rests (~700 ms): over a candidate that is the
        // candidate's, not the chart's usage hint, which would otherwise replace it.
        if (event->type() == QEvent::Leave)
            m_owner->hoverAt(QPoint(-1000, -1000), {});
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const int index = m_owner->candidateAt(help->pos());
            if (index >= 0) {
                m_owner->m_lastToolTip = m_owner->toolTipText(index);
                QToolTip::showText(help->globalPos(), m_owner->m_lastToolTip, viewport(), QRect(), 30000);
                return true;
            }
        }
        return QChartView::viewportEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_button = event->button();
        m_press = m_last = event->position().toPoint();
        m_dragging = false;
        m_owner->setFocus(Qt::MouseFocusReason);
        event->accept();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (m_button == Qt::NoButton) {
            m_owner->hoverAt(pos, event->globalPosition().toPoint());
            return;
        }
        if (!m_dragging && (pos - m_press).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (!m_dragging)
            return;
        if (m_button == Qt::LeftButton) {
            m_band->setGeometry(QRect(m_press, pos).normalized());
            m_band->show();
        } else {
            const QRectF plot = chart()->plotArea();
            const QPoint d = pos - m_last;
            m_owner->pan(-d.x() / std::max(plot.width(), 1.0), d.y() / std::max(plot.height(), 1.0));
            m_last = pos;
        }
        event->accept();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (m_button == Qt::LeftButton) {
            if (m_dragging) {
                m_band->hide();
                const QRect r = QRect(m_press, pos).normalized();
                if (r.width() > 3 && r.height() > 3) {
                    const QPointF a = m_owner->fromScene(chart()->mapFromScene(mapToScene(r.bottomLeft())));
                    const QPointF b = m_owner->fromScene(chart()->mapFromScene(mapToScene(r.topRight())));
                    m_owner->zoomTo(a.x(), b.x(), a.y(), b.y());
                }
            } else {
                m_owner->clickAt(pos);
            }
        }
        m_button = Qt::NoButton;
        m_dragging = false;
        event->accept();
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        m_owner->resetZoom();
        event->accept();
    }
    void wheelEvent(QWheelEvent *event) override
    {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            m_owner->zoomBy(std::pow(1.2, steps));
        event->accept();
    }

private:
    FrontChart *m_owner;
    QRubberBand *m_band = nullptr;
    Qt::MouseButton m_button = Qt::NoButton;
    QPoint m_press, m_last;
    bool m_dragging = false;
};

// A layer of the plot painted by the chart itself, at a fixed stacking height, over the
// bounds the chart gives it (chart coordinates); it takes no mouse buttons.
class PlotLayer : public QGraphicsItem
{
public:
    PlotLayer(FrontChart *owner, QGraphicsItem *parent, qreal z)
        : QGraphicsItem(parent)
        , m_owner(owner)
    {
        setZValue(z);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void setBounds(const QRectF &r)
    {
        if (r == m_bounds)
            return;
        prepareGeometryChange();
        m_bounds = r;
    }
    QRectF boundingRect() const override { return m_bounds; }

protected:
    FrontChart *m_owner;
    QRectF m_bounds;
};

// The candidate cloud, painted in one pass above the grid and axes (3), below the series (4).
class CandidateLayer : public PlotLayer
{
public:
    CandidateLayer(FrontChart *owner, QGraphicsItem *parent)
        : PlotLayer(owner, parent, 3.9)
    {
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
};

// Selection, pins, hover and budget lines, over everything else.
class OverlayLayer : public PlotLayer
{
public:
    OverlayLayer(FrontChart *owner, QGraphicsItem *parent)
        : PlotLayer(owner, parent, 4.5)
    {
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
};

// The colour bar of energy and the key of the marks.
class FrontLegend : public QWidget
{
public:
    explicit FrontLegend(FrontChart *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setFixedWidth(150);
        setAccessibleName(FrontChart::tr("Chart legend"));
    }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    FrontChart *m_owner;
};

void CandidateLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FrontChart &o = *m_owner;
    if (!o.m_set)
        return;
    ++m_owner->m_paints;
    const QRectF plot = o.m_chart->plotArea();
    const Mapper map(plot, o.visibleRange(), o.m_logX, o.m_logY);
    const auto &xs = o.m_set->values(o.m_x);
    const auto &ys = o.m_set->values(o.m_y);
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing);

    // Over budget: grey crosses, all in one call.
    std::vector<QLineF> lines;
    lines.reserve(o.m_drawn.over.size() * 2);
    for (size_t k = 0; k < o.m_drawn.over.size(); ++k) {
        const size_t i = size_t(o.m_drawn.over[k]);
        const QPointF p = map.map(xs[i], ys[i]);
        const double r = o.m_drawn.overRadius[k] * 0.8;
        lines.emplace_back(p.x() - r, p.y() - r, p.x() + r, p.y() + r);
        lines.emplace_back(p.x() - r, p.y() + r, p.x() + r, p.y() - r);
    }
    painter->setPen(QPen(QColor(140, 140, 140, 150), 1.1));
    painter->drawLines(lines.data(), int(lines.size()));

    // Within the budgets, dominated: dimmed discs, grouped by colour (sorted in rebuild).
    painter->setPen(Qt::NoPen);
    QRgb current = 0;
    bool first = true;
    for (size_t k = 0; k < o.m_drawn.within.size(); ++k) {
        const size_t i = size_t(o.m_drawn.within[k]);
        const QRgb c = o.m_drawn.withinColour[k];
        if (first || c != current) {
            QColor colour = QColor::fromRgb(c);
            colour.setAlpha(120);
            painter->setBrush(colour);
            current = c;
            first = false;
        }
        const double r = o.m_drawn.withinRadius[k];
        painter->drawEllipse(map.map(xs[i], ys[i]), r, r);
    }

    // The front: full colour with a dark rim; front points over budget hollow and grey.
    for (int i : o.m_front) {
        if (i >= o.m_set->size() || !map.valid(xs[size_t(i)], ys[size_t(i)]))
            continue;
        const QPointF p = map.map(xs[size_t(i)], ys[size_t(i)]);
        const double r = o.radiusOf(i) + 1.0;
        if (size_t(i) < o.m_within.size() && o.m_within[size_t(i)]) {
            painter->setPen(QPen(QColor(30, 30, 30), 1.0));
            painter->setBrush(QColor::fromRgb(o.colourOf(i)));
        } else {
            painter->setPen(QPen(QColor(130, 130, 130), 1.2));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawEllipse(p, r, r);
    }
    painter->restore();
}

void OverlayLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FrontChart &o = *m_owner;
    if (!o.m_set)
        return;
    const QRectF plot = o.m_chart->plotArea();
    const Mapper map(plot, o.visibleRange(), o.m_logX, o.m_logY);
    painter->save();
    painter->setClipRect(plot.adjusted(-2, -2, 2, 2));
    painter->setRenderHint(QPainter::Antialiasing);

    // Budget lines on axes that show a budgeted metric.
    auto budgetOf = [&o](CandidateMetric m) {
        return m == CandidateMetric::Latency  ? o.m_budgets.latencyMs
             : m == CandidateMetric::Energy ? o.m_budgets.energyMj
             : m == CandidateMetric::Memory ? o.m_budgets.memoryMB
                                            : kInf;
    };
    QPen budgetPen(QColor(200, 40, 40, 200), 1.3, Qt::DashLine);
    painter->setPen(budgetPen);
    QFont small = painter->font();
    small.setPointSizeF(std::max(small.pointSizeF() * 0.85, 6.0));
    painter->setFont(small);
    const double bx = budgetOf(o.m_x), by = budgetOf(o.m_y);
    if (std::isfinite(bx) && (!o.m_logX || bx > 0)) {
        const double px = map.map(bx, o.m_logY ? 1.0 : 0.0).x();
        painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter->drawText(QPointF(px + 4, plot.top() + small.pointSizeF() * 1.6),
                          FrontChart::tr("%1 budget").arg(o.m_units.format(o.m_x, bx)));
    }
    if (std::isfinite(by) && (!o.m_logY || by > 0)) {
        const double py = map.map(o.m_logX ? 1.0 : 0.0, by).y();
        painter->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        painter->drawText(QPointF(plot.left() + 4, py - 4), FrontChart::tr("%1 budget").arg(o.m_units.format(o.m_y, by)));
    }

    const auto &xs = o.m_set->values(o.m_x);
    const auto &ys = o.m_set->values(o.m_y);
    auto at = [&](int i) -> std::optional<QPointF> {
        if (i < 0 || i >= o.m_set->size() || !map.valid(xs[size_t(i)], ys[size_t(i)]))
            return std::nullopt;
        return map.map(xs[size_t(i)], ys[size_t(i)]);
    };
    // Pins: orange diamonds.
    painter->setPen(QPen(QColor(230, 120, 0), 2.0));
    painter->setBrush(Qt::NoBrush);
    for (int i : o.m_pinned) {
        if (auto p = at(i)) {
            const double r = o.radiusOf(i) + 4.5;
            const QPointF d[4] = {{p->x(), p->y() - r}, {p->x() + r, p->y()}, {p->x(), p->y() + r}, {p->x() - r, p->y()}};
            painter->drawPolygon(d, 4);
        }
    }
    // Marked (a run's picks): purple stars with a white rim, so they read on any colour.
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(kMarkedColour);
    for (int i : o.m_marked) {
        if (auto p = at(i))
            painter->drawPolygon(starAt(*p, o.radiusOf(i) + 6.0));
    }
    painter->setBrush(Qt::NoBrush);
    if (auto p = at(o.m_hovered)) {
        painter->setPen(QPen(QColor(60, 60, 60, 180), 1.0));
        const double r = o.radiusOf(o.m_hovered) + 3.0;
        painter->drawEllipse(*p, r, r);
    }
    if (auto p = at(o.m_selected)) {
        const double r = o.radiusOf(o.m_selected) + 5.0;
        painter->setPen(QPen(Qt::white, 4.0));
        painter->drawEllipse(*p, r, r);
        painter->setPen(QPen(QColor(214, 39, 40), 2.2));
        painter->drawEllipse(*p, r, r);
    }
    painter->restore();
}

void FrontLegend::paintEvent(QPaintEvent *)
{
    const FrontChart &o = *m_owner;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    int y = 8;
    p.setPen(palette().text().color());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(8, y, width() - 12, line * 2), Qt::TextWordWrap, candidateMetricTitle(CandidateMetric::Energy, o.m_units));
    p.setFont(font());
    y += line * 2 + 4;

    // The colour bar: low energy at the bottom.
    const int barHeight = std::clamp(height() / 3, 60, 220);
    const QRect bar(10, y, 14, barHeight);
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (size_t i = 0; i < kRamp.size(); ++i)
        gradient.setColorAt(double(i) / double(kRamp.size() - 1), QColor::fromRgb(kRamp[i]));
    p.fillRect(bar, gradient);
    p.setPen(palette().mid().color());
    p.drawRect(bar);
    const auto [lo, hi] = o.m_energyRange;
    p.setPen(palette().text().color());
    if (o.m_set && std::isfinite(lo) && std::isfinite(hi)) {
        for (int k = 0; k <= 4; ++k) {
            const double t = k / 4.0;
            const double v = o.m_energyLog ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
            const int ty = bar.bottom() - int(std::lround(t * bar.height()));
            p.drawLine(bar.right(), ty, bar.right() + 4, ty);
            p.drawText(QRect(bar.right() + 7, ty - line / 2, width() - bar.right() - 8, line), Qt::AlignVCenter,
                       QLocale().toString(v * o.m_units.scale(CandidateMetric::Energy), 'g', 3));
        }
    }
    y = bar.bottom() + line;
    if (o.m_energyLog)
        p.drawText(QRect(8, y - line / 2, width() - 12, line), Qt::AlignLeft, FrontChart::tr("log scale"));
    y += line + 4;

    // The key.
    auto entry = [&](auto drawSymbol, const QString &text) {
        const QPointF c(17, y + line / 2.0);
        p.save();
        drawSymbol(c);
        p.restore();
        p.drawText(QRect(32, y, width() - 34, line), Qt::AlignVCenter, text);
        y += line + 4;
    };
    const QColor mid = QColor::fromRgb(rampColour(0.5));
    entry([&](QPointF c) {
        QColor dim = mid;
        dim.setAlpha(120);
        p.setPen(Qt::NoPen);
        p.setBrush(dim);
        p.drawEllipse(c, 3.5, 3.5);
    }, FrontChart::tr("dominated"));
    entry([&](QPointF c) {
        p.setPen(QPen(QColor(40, 40, 40), 1.6));
        p.drawLine(QPointF(c.x() - 8, c.y()), QPointF(c.x() + 8, c.y()));
        p.setPen(QPen(QColor(30, 30, 30), 1.0));
        p.setBrush(mid);
        p.drawEllipse(c, 4.0, 4.0);
    }, FrontChart::tr("Pareto front"));
    entry([&](QPointF c) {
        p.setPen(QPen(QColor(140, 140, 140), 1.3));
        p.drawLine(QPointF(c.x() - 3.5, c.y() - 3.5), QPointF(c.x() + 3.5, c.y() + 3.5));
        p.drawLine(QPointF(c.x() - 3.5, c.y() + 3.5), QPointF(c.x() + 3.5, c.y() - 3.5));
    }, FrontChart::tr("breaks a budget"));
    entry([&](QPointF c) {
        p.setPen(QPen(QColor(214, 39, 40), 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 6.0, 6.0);
    }, FrontChart::tr("selected"));
    entry([&](QPointF c) {
        p.setPen(QPen(QColor(230, 120, 0), 2.0));
        p.setBrush(Qt::NoBrush);
        const QPointF d[4] = {{c.x(), c.y() - 6}, {c.x() + 6, c.y()}, {c.x(), c.y() + 6}, {c.x() - 6, c.y()}};
        p.drawPolygon(d, 4);
    }, FrontChart::tr("pinned"));
    if (!o.m_marked.empty() && !o.m_markedLabel.isEmpty()) {
        entry([&](QPointF c) {
            p.setPen(QPen(Qt::white, 1.0));
            p.setBrush(kMarkedColour);
            p.drawPolygon(starAt(c, 7.0));
        }, o.m_markedLabel);
    }
    if (o.m_sizeMode == FrontChart::SizeMode::Memory && o.m_set) {
        y += 4;
        p.drawText(QRect(8, y, width() - 12, line), Qt::AlignLeft, FrontChart::tr("Size: peak memory"));
        y += line + 2;
        const auto [mlo, mhi] = o.m_memoryRange;
        for (double t : {0.0, 1.0}) {
            const double v = mlo * std::pow(std::max(mhi / mlo, 1.0), t);
            entry([&](QPointF c) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(110, 110, 110));
                const double r = 2.2 + 3.6 * t;
                p.drawEllipse(c, r, r);
            }, o.m_units.format(CandidateMetric::Memory, v));
        }
    }
}

FrontChart::FrontChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Front chart"));
    setToolTip(tr("Drag to zoom, right-drag to pan, double-click to reset; arrows pan, +/− zoom, 0 resets, "
                  "Ctrl+Left/Right step along the front"));

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF() * 1.05);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_frontLine = new QLineSeries;
    m_frontLine->setName(tr("Pareto front"));
    m_frontLine->setPen(QPen(QColor(40, 40, 40), 1.6));
    m_chart->addSeries(m_frontLine);

    m_view = new FrontChartView(m_chart, this);
    m_layer = new CandidateLayer(this, m_chart);
    m_overlay = new OverlayLayer(this, m_chart);
    m_legend = new FrontLegend(this);

    m_plotPage = new QWidget(this);
    auto *row = new QHBoxLayout(m_plotPage);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_view, 1);
    row->addWidget(m_legend);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_plotPage);
    m_stack->addWidget(m_message);

    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(kRedrawDelayMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &FrontChart::rebuild);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &) {
        m_layer->setBounds(m_chart->rect());
        m_overlay->setBounds(m_chart->rect());
        m_layer->update();
        m_overlay->update();
    });
    connect(m_chart, &QChart::geometryChanged, this, [this] {
        m_layer->setBounds(m_chart->rect());
        m_overlay->setBounds(m_chart->rect());
    });
    updateAxes();
    setMessage(tr("Computing the candidates…"));
}

FrontChart::~FrontChart() = default;

void FrontChart::setCandidates(std::shared_ptr<const CandidateSet> set)
{
    m_set = std::move(set);
    m_zoom.reset();
    m_selected = -1;
    m_hovered = -1;
    m_pinned.clear();
    m_marked.clear();
    m_markedNotes.clear();
    // Indices of the old set must not reach a paint of the new one.
    m_drawn = {};
    m_front.clear();
    m_onFront.clear();
    m_within.clear();
    m_frontLine->clear();
    m_frontDirty = true;
    m_stack->setCurrentWidget(m_plotPage);
    if (m_set) {
        m_energyRange = {m_set->range(CandidateMetric::Energy).first, m_set->range(CandidateMetric::Energy).second};
        m_energyLog = m_energyRange[0] > 0 && m_energyRange[1] / m_energyRange[0] > 20;
        const auto mem = m_set->range(CandidateMetric::Memory);
        m_memoryRange = {mem.first > 0 ? mem.first : 1.0, mem.second > 0 ? mem.second : 1.0};
    }
    scheduleRedraw();
}

void FrontChart::setAxes(CandidateMetric x, CandidateMetric y)
{
    if (x == m_x && y == m_y)
        return;
    m_x = x;
    m_y = y;
    m_zoom.reset();
    m_frontDirty = true;
    updateAxes();
    scheduleRedraw();
}

void FrontChart::setLogX(bool on)
{
    if (on == m_logX)
        return;
    m_logX = on;
    m_zoom.reset();
    updateAxes();
    scheduleRedraw();
}

void FrontChart::setLogY(bool on)
{
    if (on == m_logY)
        return;
    m_logY = on;
    m_zoom.reset();
    updateAxes();
    scheduleRedraw();
}

void FrontChart::setSizeMode(SizeMode mode)
{
    if (mode == m_sizeMode)
        return;
    m_sizeMode = mode;
    m_legend->update();
    scheduleRedraw();
}

void FrontChart::setBudgets(const CandidateBudgets &budgets)
{
    if (budgets == m_budgets)
        return;
    m_budgets = budgets;
    scheduleRedraw();
}

void FrontChart::setUnits(const DisplayUnits &units)
{
    if (units == m_units)
        return;
    m_units = units;
    updateAxes();
    m_legend->update();
    scheduleRedraw();
}

void FrontChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString FrontChart::title() const
{
    return m_chart->title();
}

void FrontChart::setMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString FrontChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void FrontChart::setSelected(int index)
{
    if (!m_set || index < -1 || index >= m_set->size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    m_overlay->update();
}

void FrontChart::setMarked(std::vector<int> indices, const QString &label, const QStringList &notes)
{
    m_markedNotes.clear();
    for (size_t k = 0; k < indices.size() && k < size_t(notes.size()); ++k) {
        if (notes[qsizetype(k)].isEmpty())
            continue;
        QString &note = m_markedNotes[indices[k]];
        note = note.isEmpty() ? notes[qsizetype(k)] : note + u'\n' + notes[qsizetype(k)];
    }
    if (m_set)
        std::erase_if(indices, [this](int i) { return i < 0 || i >= m_set->size(); });
    else
        indices.clear();
    m_marked = std::move(indices);
    m_markedLabel = label;
    m_overlay->update();
    m_legend->update();
}

QStringList FrontChart::legendEntries() const
{
    QStringList entries{tr("dominated"), tr("Pareto front"), tr("breaks a budget"), tr("selected"), tr("pinned")};
    if (!m_marked.empty() && !m_markedLabel.isEmpty())
        entries << m_markedLabel;
    return entries;
}

void FrontChart::setPinned(std::vector<int> indices)
{
    if (indices == m_pinned)
        return;
    m_pinned = std::move(indices);
    m_overlay->update();
}

std::array<double, 4> FrontChart::visibleRange() const
{
    return m_zoom ? *m_zoom : m_range;
}

void FrontChart::zoomTo(double x0, double x1, double y0, double y1)
{
    if (!(x1 > x0) || !(y1 > y0) || !std::isfinite(x0 + x1 + y0 + y1))
        return;
    if ((m_logX && !(x0 > 0)) || (m_logY && !(y0 > 0)))
        return;
    m_zoom = std::array<double, 4>{x0, x1, y0, y1};
    updateAxes();
    m_layer->update();
    m_overlay->update();
    scheduleRedraw();
    Q_EMIT zoomChanged();
}

void FrontChart::zoomBy(double factor)
{
    if (!(factor > 0))
        return;
    const auto r = visibleRange();
    const Mapper map(QRectF(0, 0, 1, 1), r, m_logX, m_logY);
    auto around = [](double a, double b, double f, bool log) {
        const double fa = log ? std::log(a) : a, fb = log ? std::log(b) : b;
        const double c = (fa + fb) / 2, h = (fb - fa) / 2 / f;
        return log ? std::pair{std::exp(c - h), std::exp(c + h)} : std::pair{c - h, c + h};
    };
    const auto [x0, x1] = around(r[0], r[1], factor, m_logX);
    const auto [y0, y1] = around(r[2], r[3], factor, m_logY);
    zoomTo(x0, x1, y0, y1);
}

void FrontChart::pan(double dx, double dy)
{
    const auto r = visibleRange();
    auto shift = [](double a, double b, double d, bool log) {
        if (log) {
            const double w = std::log(b) - std::log(a);
            return std::pair{a * std::exp(d * w), b * std::exp(d * w)};
        }
        const double w = b - a;
        return std::pair{a + d * w, b + d * w};
    };
    const auto [x0, x1] = shift(r[0], r[1], dx, m_logX);
    const auto [y0, y1] = shift(r[2], r[3], dy, m_logY);
    zoomTo(x0, x1, y0, y1);
}

void FrontChart::resetZoom()
{
    if (!m_zoom)
        return;
    m_zoom.reset();
    updateAxes();
    m_layer->update();
    m_overlay->update();
    scheduleRedraw();
    Q_EMIT zoomChanged();
}

void FrontChart::scheduleRedraw()
{
    // Coalesce: the first change starts the timer, later ones ride along.
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void FrontChart::redrawNow()
{
    if (m_redrawTimer->isActive()) {
        m_redrawTimer->stop();
        rebuild();
    }
}

bool FrontChart::isRedrawPending() const
{
    return m_redrawTimer->isActive();
}

int FrontChart::drawnPointCount() const
{
    return int(m_drawn.within.size() + m_drawn.over.size() + m_front.size());
}

void FrontChart::updateAxes()
{
    // Fit range of everything plottable (not only what is within budgets, so that moving a
    // budget never rescales the axes).
    if (m_set) {
        double r[4] = {kInf, -kInf, kInf, -kInf};
        const auto &xs = m_set->values(m_x);
        const auto &ys = m_set->values(m_y);
        for (size_t i = 0; i < xs.size(); ++i) {
            const double x = xs[i], y = ys[i];
            if (!std::isfinite(x) || !std::isfinite(y) || (m_logX && !(x > 0)) || (m_logY && !(y > 0)))
                continue;
            r[0] = std::min(r[0], x);
            r[1] = std::max(r[1], x);
            r[2] = std::min(r[2], y);
            r[3] = std::max(r[3], y);
        }
        if (r[0] > r[1]) {
            r[0] = r[2] = 1;
            r[1] = r[3] = 10;
        }
        m_range = {r[0], r[1], r[2], r[3]};
    }

    // Axes are replaced only when their kind (linear or log) changes; otherwise re-ranged.
    auto ensure = [this](Qt::Orientation orientation, bool log) -> QAbstractAxis * {
        const auto axes = m_chart->axes(orientation);
        QAbstractAxis *axis = axes.isEmpty() ? nullptr : axes.first();
        const bool isLog = qobject_cast<QLogValueAxis *>(axis) != nullptr;
        if (axis && isLog == log)
            return axis;
        // Detach the line first so Qt Charts never maps points onto a log axis they do not fit.
        m_frontLine->clear();
        if (axis) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        if (log) {
            auto *a = new QLogValueAxis;
            a->setLabelFormat(QStringLiteral("%g"));
            axis = a;
        } else {
            auto *a = new QValueAxis;
            a->setLabelFormat(QStringLiteral("%g"));
            axis = a;
        }
        m_chart->addAxis(axis, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        m_frontLine->attachAxis(axis);
        return axis;
    };
    // Sets the axis to [lo, hi] (stored units) times scale; a fitted (not zoomed) range is
    // padded and rounded. Returns the range as drawn, in stored units.
    auto apply = [this](QAbstractAxis *axis, double lo, double hi, double scale) -> std::pair<double, double> {
        const bool zoomed = m_zoom.has_value();
        if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
            AxisRange r = zoomed ? AxisRange{lo * scale, hi * scale, 10.0} : logAxisRange(lo * scale, hi * scale);
            if (zoomed && r.hi / r.lo < 10)
                r.base = 2.0;
            log->setBase(r.base);
            log->setMinorTickCount(r.base == 10.0 ? 8 : 0);
            log->setRange(r.lo, r.hi);
            return {r.lo / scale, r.hi / scale};
        }
        auto *value = static_cast<QValueAxis *>(axis);
        if (zoomed) {
            value->setRange(lo * scale, hi * scale);
        } else {
            const AxisRange r = linearAxisRange(lo * scale, hi * scale);
            value->setRange(r.lo, r.hi);
            value->applyNiceNumbers();
        }
        return {value->min() / scale, value->max() / scale};
    };
    QAbstractAxis *x = ensure(Qt::Horizontal, m_logX);
    QAbstractAxis *y = ensure(Qt::Vertical, m_logY);
    const auto view = visibleRange();
    const auto [x0, x1] = apply(x, view[0], view[1], m_units.scale(m_x));
    const auto [y0, y1] = apply(y, view[2], view[3], m_units.scale(m_y));
    (m_zoom ? *m_zoom : m_range) = {x0, x1, y0, y1};
    x->setTitleText(candidateMetricTitle(m_x, m_units));
    y->setTitleText(candidateMetricTitle(m_y, m_units));
    settleLayout();
}

void FrontChart::settleLayout()
{
    // New ranges change the axis labels and so the plot area, but Qt Charts lays the chart out
    // on a posted LayoutRequest. Until then plotArea() is stale: decimation would use the old
    // size and positionOf()/candidateAt() would disagree with what the next paint shows.
    // Laying out now keeps the mapping settled from the moment a redraw is announced.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

void FrontChart::rebuild()
{
    ++m_redraws;
    m_drawn = {};
    settleLayout(); // decimation and the hit test need the plot area as it will be painted
    if (!m_set) {
        m_frontLine->clear();
        m_front.clear();
        m_withinCount = m_visibleCount = m_visibleWithinCount = 0;
        m_layer->update();
        m_overlay->update();
        Q_EMIT redrawn();
        return;
    }
    const int n = m_set->size();
    if (m_frontDirty) {
        m_front = (m_x == CandidateMetric::Latency && m_y == CandidateMetric::Accuracy) ? m_set->front()
                                                                                        : m_set->front(m_x, m_y);
        m_onFront.assign(size_t(n), 0);
        for (int i : m_front)
            m_onFront[size_t(i)] = 1;
        m_frontDirty = false;
        updateAxes();
    }
    m_set->withinMask(m_budgets, m_within);
    m_withinCount = int(std::count(m_within.begin(), m_within.end(), quint8(1)));

    // Normalised positions of the visible non-front points, by layer.
    const auto view = visibleRange();
    const Mapper unit(QRectF(0, 0, 1, 1), view, m_logX, m_logY);
    const auto &xs = m_set->values(m_x);
    const auto &ys = m_set->values(m_y);
    struct Cell
    {
        int index;
        float u, v;
    };
    std::vector<Cell> within, over;
    within.reserve(size_t(n));
    int visible = 0, visibleWithin = 0;
    for (int i = 0; i < n; ++i) {
        const double x = xs[size_t(i)], y = ys[size_t(i)];
        if (!unit.valid(x, y))
            continue;
        const QPointF p = unit.map(x, y); // (u, 1 - v) in the unit square
        const double u = p.x(), v = 1.0 - p.y();
        if (u < 0 || u > 1 || v < 0 || v > 1)
            continue;
        ++visible;
        const bool in = m_within[size_t(i)] != 0;
        visibleWithin += in;
        if (m_onFront[size_t(i)])
            continue;
        (in ? within : over).push_back({i, float(u), float(v)});
    }
    m_visibleCount = visible;
    m_visibleWithinCount = visibleWithin;

    // One point per pixel-grid cell, cells grown until at most kMaxDrawnPoints remain.
    const QRectF plot = m_chart->plotArea();
    const double w = std::max(plot.width(), 200.0), h = std::max(plot.height(), 150.0);
    auto decimate = [&](const std::vector<Cell> &cells) {
        std::vector<int> kept;
        std::vector<quint32> stamp;
        double size = 2.5;
        for (quint32 pass = 1;; ++pass, size *= 1.5) {
            const int gx = std::max(1, int(w / size)), gy = std::max(1, int(h / size));
            stamp.assign(size_t(gx) * size_t(gy), 0);
            kept.clear();
            for (const Cell &c : cells) {
                const int cx = std::min(int(c.u * gx), gx - 1), cy = std::min(int(c.v * gy), gy - 1);
                quint32 &s = stamp[size_t(cy) * size_t(gx) + size_t(cx)];
                if (s != pass) {
                    s = pass;
                    kept.push_back(c.index);
                }
            }
            if (int(kept.size()) <= kMaxDrawnPoints)
                return kept;
        }
    };
    m_drawn.within = decimate(within);
    m_drawn.over = decimate(over);

    // Colours (quantised so the painter switches brushes rarely) and sizes.
    auto level = [this](int i) {
        const double t = energyFraction(m_set->value(CandidateMetric::Energy, i));
        return std::isfinite(t) ? int(std::lround(t * (kColourLevels - 1))) : -1;
    };
    std::vector<std::pair<int, int>> byLevel;
    byLevel.reserve(m_drawn.within.size());
    for (int i : m_drawn.within)
        byLevel.emplace_back(level(i), i);
    std::stable_sort(byLevel.begin(), byLevel.end(), [](auto a, auto b) { return a.first < b.first; });
    for (size_t k = 0; k < byLevel.size(); ++k) {
        const int i = byLevel[k].second;
        m_drawn.within[k] = i;
        m_drawn.withinColour.push_back(byLevel[k].first < 0 ? qRgb(160, 160, 160)
                                                            : rampColour(byLevel[k].first / double(kColourLevels - 1)));
        m_drawn.withinRadius.push_back(radiusOf(i));
    }
    for (int i : m_drawn.over)
        m_drawn.overRadius.push_back(radiusOf(i));

    // The front line, through the visible-axis-valid front points in x order.
    QList<QPointF> line;
    line.reserve(qsizetype(m_front.size()));
    const double sx = m_units.scale(m_x), sy = m_units.scale(m_y);
    for (int i : m_front) {
        const double x = xs[size_t(i)], y = ys[size_t(i)];
        if (unit.valid(x, y))
            line.append(QPointF(x * sx, y * sy));
    }
    m_frontLine->replace(line);

    setAccessibleDescription(tr("%1 candidates, %2 within budgets, %3 on the front")
                                 .arg(n)
                                 .arg(m_withinCount)
                                 .arg(m_front.size()));
    m_layer->update();
    m_overlay->update();
    m_legend->update();
    Q_EMIT redrawn();
}

double FrontChart::energyFraction(double e) const
{
    const auto [lo, hi] = m_energyRange;
    if (!std::isfinite(e) || !std::isfinite(lo) || !std::isfinite(hi))
        return std::numeric_limits<double>::quiet_NaN();
    if (hi <= lo)
        return 0.5;
    if (m_energyLog)
        return std::log(e / lo) / std::log(hi / lo);
    return (e - lo) / (hi - lo);
}

QRgb FrontChart::colourOf(int index) const
{
    return rampColour(energyFraction(m_set->value(CandidateMetric::Energy, index)));
}

float FrontChart::radiusOf(int index) const
{
    if (m_sizeMode == SizeMode::Uniform || !m_set)
        return 3.0f;
    const auto [lo, hi] = m_memoryRange;
    const double m = m_set->value(CandidateMetric::Memory, index);
    if (!(m > 0) || !(hi > lo))
        return 3.0f;
    const double t = std::clamp(std::log(m / lo) / std::log(hi / lo), 0.0, 1.0);
    return float(2.2 + 3.6 * t);
}

QPointF FrontChart::toScene(double x, double y) const
{
    return Mapper(m_chart->plotArea(), visibleRange(), m_logX, m_logY).map(x, y);
}

QPointF FrontChart::fromScene(const QPointF &p) const
{
    return Mapper(m_chart->plotArea(), visibleRange(), m_logX, m_logY).unmap(p);
}

std::optional<QPointF> FrontChart::sceneOf(int index) const
{
    if (!m_set || index < 0 || index >= m_set->size())
        return std::nullopt;
    const double x = m_set->value(m_x, index), y = m_set->value(m_y, index);
    const Mapper map(m_chart->plotArea(), visibleRange(), m_logX, m_logY);
    if (!map.valid(x, y))
        return std::nullopt;
    const QPointF p = map.map(x, y);
    if (!m_chart->plotArea().adjusted(-0.5, -0.5, 0.5, 0.5).contains(p))
        return std::nullopt;
    return p;
}

std::optional<QPoint> FrontChart::positionOf(int index) const
{
    const auto p = sceneOf(index);
    if (!p)
        return std::nullopt;
    return m_view->mapFromScene(m_chart->mapToScene(*p));
}

QWidget *FrontChart::plotWidget() const
{
    return m_view->viewport();
}

int FrontChart::candidateAt(const QPoint &pos) const
{
    if (!m_set || m_stack->currentWidget() != m_plotPage)
        return -1;
    const QPointF scene = m_chart->mapFromScene(m_view->mapToScene(pos));
    if (!m_chart->plotArea().adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius).contains(scene))
        return -1;
    const Mapper map(m_chart->plotArea(), visibleRange(), m_logX, m_logY);
    const auto &xs = m_set->values(m_x);
    const auto &ys = m_set->values(m_y);
    int best = -1;
    double bestDistance = double(kHitRadius) * kHitRadius;
    // What is drawn on top wins ties: selection and pins, then the front, then the rest.
    auto consider = [&](int i) {
        if (i < 0 || !map.valid(xs[size_t(i)], ys[size_t(i)]))
            return;
        const QPointF d = map.map(xs[size_t(i)], ys[size_t(i)]) - scene;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist < bestDistance) {
            bestDistance = dist;
            best = i;
        }
    };
    consider(m_selected);
    for (int i : m_marked)
        consider(i);
    for (int i : m_pinned)
        consider(i);
    for (int i : m_front)
        consider(i);
    for (int i : m_drawn.within)
        consider(i);
    for (int i : m_drawn.over)
        consider(i);
    return best;
}

QString FrontChart::toolTipText(int index) const
{
    if (!m_set || index < 0 || index >= m_set->size())
        return {};
    const CandidateSet &s = *m_set;
    const QString exact = tr("exact layer count");
    QStringList lines;
    lines << s.key(index);
    auto metric = [&](CandidateMetric m, const QString &provenance) {
        lines << tr("%1: %2 — %3").arg(candidateMetricDisplayName(m), m_units.format(m, s.value(m, index)), provenance);
    };
    metric(CandidateMetric::Accuracy, s.accuracyProvenance());
    metric(CandidateMetric::Latency, s.costProvenance());
    metric(CandidateMetric::Energy, s.costProvenance());
    metric(CandidateMetric::Macs, exact);
    metric(CandidateMetric::Params, exact);
    metric(CandidateMetric::Memory, tr("exact layer count (peak activations + weights)"));
    const bool front = index < int(m_onFront.size()) && m_onFront[size_t(index)];
    lines << (front ? tr("On the %1 × %2 Pareto front").arg(candidateMetricDisplayName(m_x), candidateMetricDisplayName(m_y))
                    : tr("Dominated in %1 × %2").arg(candidateMetricDisplayName(m_x), candidateMetricDisplayName(m_y)));
    QStringList broken;
    auto check = [&](CandidateMetric m, double limit) {
        const double v = s.value(m, index);
        if ((std::isfinite(limit) || m == CandidateMetric::Latency) && !(v <= limit))
            broken << budgetMetricName(m);
    };
    check(CandidateMetric::Latency, m_budgets.latencyMs);
    check(CandidateMetric::Energy, m_budgets.energyMj);
    check(CandidateMetric::Memory, m_budgets.memoryMB);
    lines << (broken.isEmpty() ? tr("Within the budgets") : tr("Breaks the %1 budget").arg(broken.join(tr(", "))));
    if (std::find(m_marked.begin(), m_marked.end(), index) != m_marked.end())
        lines << m_markedNotes.value(index, tr("Marked: %1").arg(m_markedLabel));
    return lines.join(u'\n');
}

void FrontChart::hoverAt(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int index = candidateAt(viewportPos);
    if (index == m_hovered)
        return;
    m_hovered = index;
    m_overlay->update();
    if (index < 0) {
        QToolTip::hideText();
    } else {
        m_lastToolTip = toolTipText(index);
        QToolTip::showText(globalPos, m_lastToolTip, m_view->viewport(), QRect(), 30000);
    }
    Q_EMIT candidateHovered(index);
}

void FrontChart::clickAt(const QPoint &viewportPos)
{
    const int index = candidateAt(viewportPos);
    if (index >= 0)
        Q_EMIT candidateClicked(index);
}

void FrontChart::stepAlongFront(int direction)
{
    if (m_front.empty())
        return;
    auto it = std::find(m_front.begin(), m_front.end(), m_selected);
    int k = 0;
    if (it != m_front.end()) {
        k = std::clamp(int(it - m_front.begin()) + direction, 0, int(m_front.size()) - 1);
    } else if (direction < 0) {
        k = int(m_front.size()) - 1;
    }
    Q_EMIT candidateClicked(m_front[size_t(k)]);
}

void FrontChart::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        ctrl ? stepAlongFront(-1) : pan(-0.1, 0);
        break;
    case Qt::Key_Right:
        ctrl ? stepAlongFront(1) : pan(0.1, 0);
        break;
    case Qt::Key_Up:
        pan(0, 0.1);
        break;
    case Qt::Key_Down:
        pan(0, -0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FrontChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRedraw(); // the decimation grid follows the plot's size in pixels
}

bool FrontChart::savePng(const QString &path)
{
    redrawNow();
    return grab().save(path, "PNG");
}

bool FrontChart::saveSvg(const QString &path)
{
    redrawNow();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(title());
    svg.setDescription(tr("EdgeFront front chart"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(&painter);
    return painter.end();
}

QSize FrontChart::sizeHint() const
{
    return {720, 480};
}

QSize FrontChart::minimumSizeHint() const
{
    return {360, 240};
}

} // namespace edgefront
