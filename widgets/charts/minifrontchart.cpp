#include "minifrontchart.h"

#include "paretofront.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace edgefront {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

const QColor kPointColor(120, 144, 170, 110);
const QColor kFrontColor(31, 119, 180);
const QColor kHighlightColor(230, 85, 13);

// Ticks at powers of `base` inside [lo, hi].
double tickCount(double lo, double hi, double base)
{
    const double lb = std::log(base);
    return std::floor(std::log(hi) / lb + 1e-9) - std::ceil(std::log(lo) / lb - 1e-9) + 1;
}

} // namespace

MiniFrontChart::MiniFrontChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Accuracy versus latency front"));
    m_latencyTitle = tr("Latency (ms)");
    m_accuracyTitle = tr("Accuracy (%)");

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF());
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_points = new QScatterSeries;
    m_points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_points->setMarkerSize(4.0);
    m_points->setColor(kPointColor);
    m_points->setBorderColor(Qt::transparent);

    m_frontLine = new QLineSeries;
    m_frontLine->setPen(QPen(kFrontColor, 1.6));

    m_frontPoints = new QScatterSeries;
    m_frontPoints->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_frontPoints->setMarkerSize(6.0);
    m_frontPoints->setColor(kFrontColor);
    m_frontPoints->setBorderColor(Qt::white);

    m_budgetLine = new QLineSeries;
    m_budgetLine->setPen(QPen(QColor(200, 40, 40), 1.2, Qt::DashLine));

    m_highlightSeries = new QScatterSeries;
    m_highlightSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_highlightSeries->setMarkerSize(13.0);
    m_highlightSeries->setColor(QColor(kHighlightColor.red(), kHighlightColor.green(), kHighlightColor.blue(), 90));
    m_highlightSeries->setBorderColor(kHighlightColor);
    m_highlightSeries->setPen(QPen(kHighlightColor, 2.5));

    // Bottom to top: the cloud, the front, the budget, the highlight.
    m_chart->addSeries(m_points);
    m_chart->addSeries(m_frontLine);
    m_chart->addSeries(m_frontPoints);
    m_chart->addSeries(m_budgetLine);
    m_chart->addSeries(m_highlightSeries);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(8);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(1, 1, 1, 1);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    rebuildAxes();
    updateAll();
}

MiniFrontChart::~MiniFrontChart() = default;

void MiniFrontChart::setCandidates(std::span<const double> latencyMs, std::span<const double> accuracy)
{
    const size_t n = std::min(latencyMs.size(), accuracy.size());
    m_latency.assign(latencyMs.begin(), latencyMs.begin() + qsizetype(n));
    m_accuracy.assign(accuracy.begin(), accuracy.begin() + qsizetype(n));
    if (m_highlight >= int(n))
        m_highlight = -1;
    m_stack->setCurrentWidget(m_view);
    updateAll();
}

void MiniFrontChart::clear()
{
    setCandidates({}, {});
}

void MiniFrontChart::setHighlighted(int index)
{
    if (index < -1 || index >= candidateCount())
        index = -1;
    if (index == m_highlight)
        return;
    m_highlight = index;
    // The highlight is always drawn: add it when thinning had left it out.
    const bool isDrawn = index < 0 || !drawable(size_t(index))
                         || std::find(m_drawn.begin(), m_drawn.end(), index) != m_drawn.end();
    if (!isDrawn)
        updateAll();
    else
        updateHighlight();
}

void MiniFrontChart::setBudget(double latencyMs)
{
    m_budget = std::isfinite(latencyMs) && latencyMs > 0 ? latencyMs : 0.0;
    updateBudgetLine();
}

void MiniFrontChart::setLogLatency(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_points, m_frontLine, m_frontPoints, m_budgetLine,
                                                             m_highlightSeries})
        s->clear();
    rebuildAxes();
    updateAll();
}

void MiniFrontChart::setAxisRanges(const std::array<double, 4> &ranges)
{
    m_shared = ranges;
    updateAll();
}

void MiniFrontChart::clearAxisRanges()
{
    if (!m_shared)
        return;
    m_shared.reset();
    updateAll();
}

bool MiniFrontChart::drawable(size_t i) const
{
    const double x = m_latency[i], y = m_accuracy[i];
    return std::isfinite(x) && std::isfinite(y) && (!m_log || x > 0);
}

std::optional<std::array<double, 4>> MiniFrontChart::dataExtremes() const
{
    std::array<double, 4> r{kInf, -kInf, kInf, -kInf};
    bool any = false;
    for (size_t i = 0; i < m_latency.size(); ++i) {
        if (!drawable(i))
            continue;
        any = true;
        r[0] = std::min(r[0], m_latency[i]);
        r[1] = std::max(r[1], m_latency[i]);
        r[2] = std::min(r[2], m_accuracy[i]);
        r[3] = std::max(r[3], m_accuracy[i]);
    }
    return any ? std::optional(r) : std::nullopt;
}

std::array<double, 4> MiniFrontChart::paddedRanges(const std::array<double, 4> &raw, bool logLatency)
{
    std::array<double, 4> r = raw;
    if (logLatency) {
        if (!(r[0] > 0) || !(r[1] > 0)) {
            r[0] = 1.0;
            r[1] = 10.0;
        }
        if (r[1] <= r[0]) {
            r[0] /= 2;
            r[1] *= 2;
        }
        const double pad = std::pow(r[1] / r[0], 0.05);
        r[0] /= pad;
        r[1] *= pad;
    } else {
        if (r[1] <= r[0]) {
            const double d = std::max(std::abs(r[0]) * 0.1, 1.0);
            r[0] -= d;
            r[1] += d;
        }
        const double pad = (r[1] - r[0]) * 0.05;
        r[0] = std::max(0.0, r[0] - pad);
        r[1] += pad;
    }
    if (r[3] <= r[2]) {
        r[2] -= 1.0;
        r[3] += 1.0;
    }
    const double pad = (r[3] - r[2]) * 0.06;
    r[2] -= pad;
    r[3] += pad;
    return r;
}

std::optional<std::array<double, 4>> MiniFrontChart::dataRanges() const
{
    const auto raw = dataExtremes();
    return raw ? std::optional(paddedRanges(*raw, m_log)) : std::nullopt;
}

std::array<double, 4> MiniFrontChart::axisRanges() const
{
    return m_ranges;
}

void MiniFrontChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    setAccessibleName(tr("Accuracy versus latency front: %1").arg(title));
}

QString MiniFrontChart::title() const
{
    return m_chart->title();
}

void MiniFrontChart::setAxisTitles(const QString &latency, const QString &accuracy)
{
    m_latencyTitle = latency;
    m_accuracyTitle = accuracy;
    const auto h = m_chart->axes(Qt::Horizontal);
    const auto v = m_chart->axes(Qt::Vertical);
    if (!h.isEmpty())
        h.first()->setTitleText(latency);
    if (!v.isEmpty())
        v.first()->setTitleText(accuracy);
}

void MiniFrontChart::setMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString MiniFrontChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QWidget *MiniFrontChart::plotWidget() const
{
    return m_view->viewport();
}

QPoint MiniFrontChart::positionOf(int index) const
{
    if (index < 0 || index >= candidateCount() || !drawable(size_t(index)))
        return {-1, -1};
    const QPointF chartPos = m_chart->mapToPosition(QPointF(m_latency[size_t(index)], m_accuracy[size_t(index)]), m_points);
    const QPointF scenePos = m_chart->mapToScene(chartPos);
    return m_view->mapFromScene(scenePos);
}

int MiniFrontChart::candidateAt(const QPoint &pos) const
{
    int best = -1;
    double bestDistance = double(kClickRadius) * kClickRadius + 0.5;
    const QRectF plot = m_chart->plotArea();
    for (int i : m_drawn) {
        const QPointF chartPos = m_chart->mapToPosition(QPointF(m_latency[size_t(i)], m_accuracy[size_t(i)]), m_points);
        if (!plot.adjusted(-1, -1, 1, 1).contains(chartPos))
            continue;
        const QPointF p = m_view->mapFromScene(m_chart->mapToScene(chartPos));
        const double dx = p.x() - pos.x(), dy = p.y() - pos.y();
        double d = dx * dx + dy * dy;
        // Ties and near-ties go to the front (what a user aims at).
        if (m_onFront[size_t(i)])
            d -= 0.25;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

QSize MiniFrontChart::sizeHint() const
{
    return {320, 240};
}

QSize MiniFrontChart::minimumSizeHint() const
{
    return {160, 120};
}

bool MiniFrontChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton) {
                setFocus(Qt::MouseFocusReason);
                const int index = candidateAt(mouse->position().toPoint());
                if (index >= 0) {
                    setHighlighted(index);
                    Q_EMIT candidateClicked(index);
                }
                return true;
            }
        } else if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int index = candidateAt(help->pos());
            if (index < 0) {
                QToolTip::hideText();
                event->ignore();
                return true;
            }
            const QLocale locale;
            QString text = m_tipProvider ? m_tipProvider(index) : QString();
            if (text.isEmpty())
                text = tr("%1: %2 ms\n%3: %4 %")
                           .arg(m_latencyTitle, locale.toString(m_latency[size_t(index)], 'g', 4), m_accuracyTitle,
                                locale.toString(m_accuracy[size_t(index)], 'f', 2));
            QToolTip::showText(help->globalPos(), text, m_view->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MiniFrontChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: stepAlongFront(-1, false); break;
    case Qt::Key_Right: stepAlongFront(1, false); break;
    case Qt::Key_Home: stepAlongFront(-1, true); break;
    case Qt::Key_End: stepAlongFront(1, true); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MiniFrontChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_chart->setBackgroundPen(QPen(palette().color(QPalette::Highlight), 2));
}

void MiniFrontChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    m_chart->setBackgroundPen(Qt::NoPen);
}

void MiniFrontChart::stepAlongFront(int delta, bool toEnd)
{
    if (m_front.empty())
        return;
    int position = -1;
    const auto it = std::find(m_front.begin(), m_front.end(), m_highlight);
    if (it != m_front.end())
        position = int(it - m_front.begin());
    const int last = int(m_front.size()) - 1;
    if (toEnd)
        position = delta < 0 ? 0 : last;
    else if (position < 0)
        position = delta < 0 ? last : 0;
    else
        position = std::clamp(position + delta, 0, last);
    setHighlighted(m_front[size_t(position)]);
    Q_EMIT candidateClicked(m_front[size_t(position)]);
}

void MiniFrontChart::rebuildAxes()
{
    const auto old = m_chart->axes();
    for (QAbstractAxis *axis : old) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    QAbstractAxis *x = nullptr;
    if (m_log) {
        auto *log = new QLogValueAxis;
        log->setLabelFormat(QStringLiteral("%g"));
        x = log;
    } else {
        auto *value = new QValueAxis;
        value->setLabelFormat(QStringLiteral("%g"));
        value->setTickCount(5);
        x = value;
    }
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1.0));
    for (QAbstractAxis *axis : {x, static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    x->setTitleText(m_latencyTitle);
    y->setTitleText(m_accuracyTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void MiniFrontChart::updateAll()
{
    const size_t n = m_latency.size();
    // The front of the drawable candidates.
    std::vector<int> rows;
    rows.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (drawable(i))
            rows.push_back(int(i));
    }
    m_front.clear();
    m_onFront.assign(n, false);
    if (!rows.empty()) {
        MatrixD points(Eigen::Index(rows.size()), 2);
        for (size_t r = 0; r < rows.size(); ++r) {
            points(Eigen::Index(r), 0) = m_latency[size_t(rows[r])];
            points(Eigen::Index(r), 1) = m_accuracy[size_t(rows[r])];
        }
        for (int r : paretoFront(points, {Direction::Minimize, Direction::Maximize})) {
            m_front.push_back(rows[size_t(r)]);
            m_onFront[size_t(rows[size_t(r)])] = true;
        }
    }

    // Ranges.
    const auto own = dataRanges();
    m_ranges = m_shared ? *m_shared : own ? *own : paddedRanges({1, 10, 0, 100}, m_log);
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (horizontal.isEmpty() || vertical.isEmpty())
        return;
    if (m_log) {
        auto *axis = static_cast<QLogValueAxis *>(horizontal.first());
        double lo = m_ranges[0], hi = m_ranges[1];
        double base = tickCount(lo, hi, 10.0) >= 2 ? 10.0 : 2.0;
        if (tickCount(lo, hi, base) < 2) {
            // Too narrow for two labelled ticks: widen to the enclosing powers of 2.
            lo = std::pow(2.0, std::floor(std::log2(lo)));
            hi = std::pow(2.0, std::ceil(std::log2(hi)));
            if (hi <= lo)
                hi = 2 * lo;
            m_ranges[0] = lo;
            m_ranges[1] = hi;
        }
        axis->setBase(base);
        axis->setMinorTickCount(base == 10.0 ? 8 : 0);
        axis->setRange(lo, hi);
    } else {
        static_cast<QValueAxis *>(horizontal.first())->setRange(m_ranges[0], m_ranges[1]);
    }
    static_cast<QValueAxis *>(vertical.first())->setRange(m_ranges[2], m_ranges[3]);

    // Markers: the front and the highlight always; the rest thinned when there are many.
    m_drawn.clear();
    std::vector<int> rest;
    for (int i : rows) {
        if (m_onFront[size_t(i)] || i == m_highlight)
            m_drawn.push_back(i);
        else
            rest.push_back(i);
    }
    const int room = std::max(0, kMaxDrawn - int(m_drawn.size()));
    if (int(rest.size()) > room) {
        auto plotX = [this](double v) { return m_log ? std::log(v) : v; };
        const double x0 = plotX(m_ranges[0]), xs = kThinningGrid / std::max(plotX(m_ranges[1]) - x0, 1e-300);
        const double y0 = m_ranges[2], ys = kThinningGrid / std::max(m_ranges[3] - y0, 1e-300);
        std::vector<bool> taken(size_t(kThinningGrid) * kThinningGrid, false);
        std::vector<int> thinned;
        for (int i : rest) {
            const int cx = std::clamp(int((plotX(m_latency[size_t(i)]) - x0) * xs), 0, kThinningGrid - 1);
            const int cy = std::clamp(int((m_accuracy[size_t(i)] - y0) * ys), 0, kThinningGrid - 1);
            const size_t cell = size_t(cy) * kThinningGrid + size_t(cx);
            if (!taken[cell]) {
                taken[cell] = true;
                thinned.push_back(i);
            }
        }
        if (int(thinned.size()) > room) {
            std::vector<int> strided;
            const double step = double(thinned.size()) / std::max(room, 1);
            for (int k = 0; k < room; ++k)
                strided.push_back(thinned[size_t(double(k) * step)]);
            thinned.swap(strided);
        }
        rest.swap(thinned);
    }

    QList<QPointF> cloud, front, line;
    cloud.reserve(qsizetype(rest.size()));
    for (int i : rest)
        cloud.append(QPointF(m_latency[size_t(i)], m_accuracy[size_t(i)]));
    for (int i : m_front) {
        const QPointF p(m_latency[size_t(i)], m_accuracy[size_t(i)]);
        front.append(p);
        line.append(p);
    }
    m_drawn.insert(m_drawn.end(), rest.begin(), rest.end());
    m_points->replace(cloud);
    m_frontPoints->replace(front);
    m_frontLine->replace(line);
    updateBudgetLine();
    updateHighlight();
}

void MiniFrontChart::updateHighlight()
{
    if (m_highlight >= 0 && m_highlight < candidateCount() && drawable(size_t(m_highlight)))
        m_highlightSeries->replace(
            QList<QPointF>{QPointF(m_latency[size_t(m_highlight)], m_accuracy[size_t(m_highlight)])});
    else
        m_highlightSeries->clear();
}

void MiniFrontChart::updateBudgetLine()
{
    if (m_budget > 0 && m_budget >= m_ranges[0] && m_budget <= m_ranges[1])
        m_budgetLine->replace(QList<QPointF>{{m_budget, m_ranges[2]}, {m_budget, m_ranges[3]}});
    else
        m_budgetLine->clear();
}

} // namespace edgefront
