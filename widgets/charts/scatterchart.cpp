#include "scatterchart.h"

#include "axisrange.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QOpenGLContext>
#include <QStackedLayout>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace edgefront {

namespace {

// OpenGL series need a real GL context; offscreen and minimal platforms have none (and a
// grab of a GL overlay there would come out blank), so those thin the points instead.
bool openGLAvailable()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1StringView("offscreen") || platform == QLatin1StringView("minimal"))
        return false;
    if (qEnvironmentVariableIsSet("EDGEFRONT_NO_OPENGL"))
        return false;
    QOpenGLContext context;
    return context.create();
}

} // namespace

ScatterChart::ScatterChart(QWidget *parent)
    : QWidget(parent)
{
    m_openGL = openGLAvailable();

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF());
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_series = new QScatterSeries;
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setMarkerSize(5.0);
    m_series->setColor(QColor(31, 119, 180, 150));
    m_series->setBorderColor(Qt::transparent);
    m_series->setUseOpenGL(m_openGL);

    m_identityLine = new QLineSeries;
    m_identityLine->setPen(QPen(QColor(80, 80, 80), 1.2));
    m_bandLow = new QLineSeries;
    m_bandHigh = new QLineSeries;
    for (QLineSeries *band : {m_bandLow, m_bandHigh})
        band->setPen(QPen(QColor(150, 150, 150), 1.0, Qt::DashLine));

    // The points first, the reference lines over them.
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_bandLow);
    m_chart->addSeries(m_bandHigh);
    m_chart->addSeries(m_identityLine);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    connect(m_series, &QScatterSeries::hovered, this, &ScatterChart::showPointTip);
    rebuildAxes();
    updateSeries();
}

ScatterChart::~ScatterChart() = default;

void ScatterChart::setPoints(std::span<const double> x, std::span<const double> y)
{
    m_x.clear();
    m_y.clear();
    const size_t n = std::min(x.size(), y.size());
    m_x.reserve(n);
    m_y.reserve(n);
    int invalid = 0;
    for (size_t i = 0; i < n; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            m_x.push_back(x[i]);
            m_y.push_back(y[i]);
        } else {
            ++invalid;
        }
    }
    m_invalid = invalid;
    m_stack->setCurrentWidget(m_view);
    updateSeries();
}

void ScatterChart::clear()
{
    setPoints({}, {});
}

void ScatterChart::setLogAxes(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    // Empty the series first: attaching a log axis to non-positive points makes Qt Charts warn.
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_series, m_identityLine, m_bandLow, m_bandHigh})
        s->clear();
    rebuildAxes();
    updateSeries();
}

void ScatterChart::setIdentityLine(bool on)
{
    m_identity = on;
    updateSeries();
}

void ScatterChart::setToleranceBand(double fraction)
{
    m_band = std::isfinite(fraction) && fraction > 0 && fraction < 1 ? fraction : 0.0;
    updateSeries();
}

void ScatterChart::setAxisTitles(const QString &x, const QString &y)
{
    m_xTitle = x;
    m_yTitle = y;
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (!horizontal.isEmpty())
        horizontal.first()->setTitleText(x);
    if (!vertical.isEmpty())
        vertical.first()->setTitleText(y);
}

void ScatterChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString ScatterChart::title() const
{
    return m_chart->title();
}

void ScatterChart::setMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ScatterChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool ScatterChart::saveImage(const QString &path)
{
    return grab().save(path, "PNG");
}

int ScatterChart::drawnPointCount() const
{
    return int(m_series->count());
}

std::array<double, 4> ScatterChart::axisRanges() const
{
    std::array<double, 4> r{0, 0, 0, 0};
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    auto read = [](QAbstractAxis *axis, double *lo, double *hi) {
        if (auto *v = qobject_cast<QValueAxis *>(axis)) {
            *lo = v->min();
            *hi = v->max();
        } else if (auto *l = qobject_cast<QLogValueAxis *>(axis)) {
            *lo = l->min();
            *hi = l->max();
        }
    };
    if (!horizontal.isEmpty())
        read(horizontal.first(), &r[0], &r[1]);
    if (!vertical.isEmpty())
        read(vertical.first(), &r[2], &r[3]);
    return r;
}

QSize ScatterChart::sizeHint() const
{
    return {420, 360};
}

QSize ScatterChart::minimumSizeHint() const
{
    return {200, 160};
}

void ScatterChart::rebuildAxes()
{
    const auto old = m_chart->axes();
    for (QAbstractAxis *axis : old) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto make = [this](const QString &title) -> QAbstractAxis * {
        QAbstractAxis *axis = nullptr;
        if (m_log) {
            auto *log = new QLogValueAxis;
            log->setLabelFormat(QStringLiteral("%g"));
            axis = log;
        } else {
            auto *value = new QValueAxis;
            value->setLabelFormat(QStringLiteral("%g"));
            axis = value;
        }
        axis->setTitleText(title);
        return axis;
    };
    QAbstractAxis *x = make(m_xTitle);
    QAbstractAxis *y = make(m_yTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ScatterChart::updateSeries()
{
    // The pairs this axis type can show.
    std::vector<size_t> kept;
    kept.reserve(m_x.size());
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    for (size_t i = 0; i < m_x.size(); ++i) {
        if (m_log && !(m_x[i] > 0 && m_y[i] > 0))
            continue;
        kept.push_back(i);
        xlo = std::min(xlo, m_x[i]);
        xhi = std::max(xhi, m_x[i]);
        ylo = std::min(ylo, m_y[i]);
        yhi = std::max(yhi, m_y[i]);
    }
    m_plotted = int(kept.size());
    m_skipped = m_invalid + int(m_x.size() - kept.size());
    if (kept.empty()) {
        xlo = ylo = 1.0;
        xhi = yhi = 10.0;
    }
    if (m_identity) {
        xlo = ylo = std::min(xlo, ylo);
        xhi = yhi = std::max(xhi, yhi);
    }

    // Axis ranges.
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (horizontal.isEmpty() || vertical.isEmpty())
        return;
    AxisRange rx, ry;
    if (m_log) {
        rx = logAxisRange(xlo, xhi);
        ry = logAxisRange(ylo, yhi);
        for (auto [axis, r] : {std::pair{horizontal.first(), rx}, std::pair{vertical.first(), ry}}) {
            auto *log = static_cast<QLogValueAxis *>(axis);
            log->setBase(r.base);
            log->setMinorTickCount(r.base == 10.0 ? 8 : 0);
            log->setRange(r.lo, r.hi);
        }
    } else {
        rx = linearAxisRange(xlo, xhi);
        ry = linearAxisRange(ylo, yhi);
        for (auto [axis, r] : {std::pair{horizontal.first(), rx}, std::pair{vertical.first(), ry}}) {
            auto *value = static_cast<QValueAxis *>(axis);
            value->setRange(r.lo, r.hi);
            value->applyNiceNumbers();
        }
    }

    // Points: all of them with OpenGL or when few, else one per grid cell in plot coordinates.
    QList<QPointF> points;
    if (m_openGL || int(kept.size()) <= kDirectLimit) {
        points.reserve(qsizetype(kept.size()));
        for (size_t i : kept)
            points.append(QPointF(m_x[i], m_y[i]));
    } else {
        auto plot = [this](double v) { return m_log ? std::log(v) : v; };
        const double x0 = plot(rx.lo), xs = kThinningGrid / std::max(plot(rx.hi) - x0, 1e-300);
        const double y0 = plot(ry.lo), ys = kThinningGrid / std::max(plot(ry.hi) - y0, 1e-300);
        std::vector<bool> taken(size_t(kThinningGrid) * kThinningGrid, false);
        for (size_t i : kept) {
            const int cx = std::clamp(int((plot(m_x[i]) - x0) * xs), 0, kThinningGrid - 1);
            const int cy = std::clamp(int((plot(m_y[i]) - y0) * ys), 0, kThinningGrid - 1);
            const size_t cell = size_t(cy) * kThinningGrid + size_t(cx);
            if (!taken[cell]) {
                taken[cell] = true;
                points.append(QPointF(m_x[i], m_y[i]));
            }
        }
    }
    m_series->replace(points);

    // Reference lines across the shared range.
    const double lo = std::min(rx.lo, ry.lo), hi = std::max(rx.hi, ry.hi);
    const bool lines = m_identity && !kept.empty();
    m_identityLine->replace(lines ? QList<QPointF>{{lo, lo}, {hi, hi}} : QList<QPointF>{});
    const bool band = lines && m_band > 0;
    m_bandLow->replace(band ? QList<QPointF>{{lo, lo * (1 - m_band)}, {hi, hi * (1 - m_band)}} : QList<QPointF>{});
    m_bandHigh->replace(band ? QList<QPointF>{{lo, lo * (1 + m_band)}, {hi, hi * (1 + m_band)}} : QList<QPointF>{});
}

void ScatterChart::showPointTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2\n%3: %4")
                           .arg(m_xTitle.isEmpty() ? tr("x") : m_xTitle, locale.toString(point.x(), 'g', 4),
                                m_yTitle.isEmpty() ? tr("y") : m_yTitle, locale.toString(point.y(), 'g', 4)),
                       this);
}

} // namespace edgefront
