#include "srccheatmap.h"

#include <QAccessible>
#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace edgefront {

namespace {

constexpr int kMargin = 6;
constexpr int kLegendBar = 10;

struct ColorStop
{
    double value;
    QRgb rgb;
};

// Diverging scale (ColorBrewer RdYlBu) with its neutral point at the proxy threshold: pairs
// that need adaptation are red to yellow, pairs a proxy serves as is are light to deep blue.
constexpr std::array<ColorStop, 7> kStops{{{0.30, 0xa50026},
                                           {0.50, 0xd73027},
                                           {0.70, 0xfc8d59},
                                           {0.85, 0xfee090},
                                           {0.90, 0xffffbf},
                                           {0.95, 0x91bfdb},
                                           {1.00, 0x4575b4}}};

QString format(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 2) : SrccHeatMap::tr("n/a");
}

} // namespace

SrccHeatMap::SrccHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Fleet SRCC heat map"));
    setWhatsThis(tr("Spearman rank correlation (SRCC) of every pair of devices' latencies on the same "
                    "architectures. Blue pairs (SRCC of 0.9 or more) can share a proxy device's search "
                    "results; red pairs need the proxy adapted. Arrow keys move the focus cell, Enter "
                    "selects its two devices."));
}

void SrccHeatMap::setResult(const MonotonicityResult &result, const QHash<QString, QString> &names)
{
    m_result = result;
    m_names = names;
    m_order = clusteredOrder(result.srcc);
    m_hover = m_pressed = QPoint(-1, -1);
    const int last = std::max(0, deviceCount() - 1);
    m_focus = QPoint(std::min(m_focus.x(), last), std::min(m_focus.y(), last));
    m_message.clear();
    updateGeometry();
    update();
}

void SrccHeatMap::clear(const QString &message)
{
    m_result = {};
    m_names.clear();
    m_order.clear();
    m_hover = m_pressed = QPoint(-1, -1);
    m_focus = QPoint(0, 0);
    m_message = message;
    update();
}

void SrccHeatMap::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QString SrccHeatMap::deviceAt(int position) const
{
    if (position < 0 || position >= deviceCount())
        return {};
    return m_result.devices.at(m_order[size_t(position)]);
}

QString SrccHeatMap::displayName(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

double SrccHeatMap::srccAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= deviceCount() || column >= deviceCount())
        return std::nan("");
    return m_result.srcc(m_order[size_t(row)], m_order[size_t(column)]);
}

double SrccHeatMap::kendallAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= deviceCount() || column >= deviceCount())
        return std::nan("");
    return m_result.kendall(m_order[size_t(row)], m_order[size_t(column)]);
}

QString SrccHeatMap::cellText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= deviceCount() || column >= deviceCount())
        return {};
    return tr("%1 vs %2: SRCC %3 (Kendall %4)")
        .arg(displayName(deviceAt(row)), displayName(deviceAt(column)), format(srccAt(row, column)),
             format(kendallAt(row, column)));
}

QColor SrccHeatMap::colorFor(double srcc)
{
    if (!std::isfinite(srcc))
        return {};
    const double v = std::clamp(srcc, kStops.front().value, kStops.back().value);
    for (size_t i = 1; i < kStops.size(); ++i) {
        if (v > kStops[i].value)
            continue;
        const double t = (v - kStops[i - 1].value) / (kStops[i].value - kStops[i - 1].value);
        const QColor a(kStops[i - 1].rgb), b(kStops[i].rgb);
        return QColor::fromRgbF(float(a.redF() + t * (b.redF() - a.redF())),
                                float(a.greenF() + t * (b.greenF() - a.greenF())),
                                float(a.blueF() + t * (b.blueF() - a.blueF())));
    }
    return QColor(kStops.back().rgb);
}

QSize SrccHeatMap::sizeHint() const
{
    const int n = std::max(deviceCount(), 10);
    return QSize(n * 14 + 140, n * 14 + 140 + 3 * fontMetrics().height());
}

QSize SrccHeatMap::minimumSizeHint() const
{
    return QSize(160, 160);
}

SrccHeatMap::Geometry SrccHeatMap::geometry() const
{
    Geometry g;
    g.labelFont = font();
    const int n = deviceCount();
    if (n == 0)
        return g;
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int legendHeight = kLegendBar + fontMetrics().height() + 10;
    // Labels get the widest name, up to 30 % of the smaller side; cells are what remains.
    // Returns whether every name fits whole.
    auto fit = [&](const QFont &labelFont) {
        const QFontMetrics metrics(labelFont);
        int widest = 0;
        for (const QString &id : m_result.devices)
            widest = std::max(widest, metrics.horizontalAdvance(displayName(id)));
        const int cap = std::max(40, std::min(area.width(), area.height()) * 3 / 10);
        g.labelWidth = std::min(widest + 8, cap);
        const int w = area.width() - g.labelWidth;
        const int h = area.height() - g.labelWidth - legendHeight;
        g.cell = std::max(1, std::min(w, h) / n);
        return widest + 8 <= cap;
    };
    // The largest label font (down to 7 px) whose lines fit the cells and whose names fit
    // whole; when even 7 px does not, 7 px labels (elided, on every few rows if need be; the
    // tooltips name every device).
    constexpr int kSmallestLabel = 7;
    const int fullSize = QFontInfo(g.labelFont).pixelSize();
    for (int pixels = fullSize; pixels >= kSmallestLabel; --pixels) {
        g.labelFont.setPixelSize(pixels);
        const bool whole = fit(g.labelFont);
        if (whole && g.cell >= QFontMetrics(g.labelFont).height() - 2)
            break;
    }
    const int line = QFontMetrics(g.labelFont).height() - 2;
    g.labelStep = std::max(1, (line + g.cell - 1) / g.cell);
    const int side = g.cell * n;
    const int left = area.left() + g.labelWidth + std::max(0, (area.width() - g.labelWidth - side) / 2);
    g.matrix = QRect(left, area.top() + g.labelWidth, side, side);
    const int legendWidth = std::max(side, std::min(area.width(), 160));
    g.legend = QRect(std::min(left, area.right() - legendWidth), g.matrix.bottom() + 8, legendWidth, kLegendBar);
    return g;
}

QRect SrccHeatMap::cellRect(int row, int column) const
{
    if (row < 0 || column < 0 || row >= deviceCount() || column >= deviceCount())
        return {};
    const Geometry g = geometry();
    return QRect(g.matrix.left() + column * g.cell, g.matrix.top() + row * g.cell, g.cell, g.cell);
}

QPoint SrccHeatMap::cellAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (deviceCount() == 0 || !g.matrix.contains(pos))
        return {-1, -1};
    return {(pos.x() - g.matrix.left()) / g.cell, (pos.y() - g.matrix.top()) / g.cell};
}

int SrccHeatMap::labelAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (deviceCount() == 0 || g.labelWidth == 0)
        return -1;
    const QRect rows(g.matrix.left() - g.labelWidth, g.matrix.top(), g.labelWidth, g.matrix.height());
    if (rows.contains(pos))
        return (pos.y() - g.matrix.top()) / g.cell;
    const QRect columns(g.matrix.left(), g.matrix.top() - g.labelWidth, g.matrix.width(), g.labelWidth);
    if (columns.contains(pos))
        return (pos.x() - g.matrix.left()) / g.cell;
    return -1;
}

void SrccHeatMap::setFocusCell(int row, int column)
{
    const int n = deviceCount();
    if (n == 0)
        return;
    const QPoint focus(std::clamp(column, 0, n - 1), std::clamp(row, 0, n - 1));
    if (focus == m_focus)
        return;
    m_focus = focus;
    update();
    announceFocus();
}

void SrccHeatMap::announceFocus()
{
    const QString text = cellText(m_focus.y(), m_focus.x());
    setAccessibleDescription(text);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    if (hasFocus() && !text.isEmpty()) {
        const QRect cell = cellRect(m_focus.y(), m_focus.x());
        QToolTip::showText(mapToGlobal(cell.bottomRight()), text, this, cell);
    }
}

bool SrccHeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPoint cell = cellAt(help->pos());
    if (cell.x() >= 0) {
        QToolTip::showText(help->globalPos(), cellText(cell.y(), cell.x()), this, cellRect(cell.y(), cell.x()));
        return true;
    }
    const int label = labelAt(help->pos());
    if (label >= 0) {
        const QString id = deviceAt(label);
        QToolTip::showText(help->globalPos(), tr("%1 (%2)").arg(displayName(id), id), this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void SrccHeatMap::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell == m_hover)
        return;
    m_hover = cell;
    update();
    // Keep a visible tooltip in step with the cell under the mouse.
    if (QToolTip::isVisible() && cell.x() >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), cellText(cell.y(), cell.x()), this,
                           cellRect(cell.y(), cell.x()));
}

void SrccHeatMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = cellAt(event->position().toPoint());
    if (m_pressed.x() >= 0)
        setFocusCell(m_pressed.y(), m_pressed.x());
}

void SrccHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    const bool click = event->button() == Qt::LeftButton && cell.x() >= 0 && cell == m_pressed;
    m_pressed = QPoint(-1, -1);
    if (click)
        Q_EMIT pairClicked(deviceAt(cell.y()), deviceAt(cell.x()));
    else
        QWidget::mouseReleaseEvent(event);
}

void SrccHeatMap::leaveEvent(QEvent *event)
{
    m_hover = QPoint(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

void SrccHeatMap::keyPressEvent(QKeyEvent *event)
{
    const int n = deviceCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int row = m_focus.y(), column = m_focus.x();
    switch (event->key()) {
    case Qt::Key_Left: setFocusCell(row, column - 1); break;
    case Qt::Key_Right: setFocusCell(row, column + 1); break;
    case Qt::Key_Up: setFocusCell(row - 1, column); break;
    case Qt::Key_Down: setFocusCell(row + 1, column); break;
    case Qt::Key_Home: setFocusCell(row, 0); break;
    case Qt::Key_End: setFocusCell(row, n - 1); break;
    case Qt::Key_PageUp: setFocusCell(0, column); break;
    case Qt::Key_PageDown: setFocusCell(n - 1, column); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        Q_EMIT pairClicked(deviceAt(row), deviceAt(column));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SrccHeatMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void SrccHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int n = deviceCount();
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message.isEmpty() ? tr("No SRCC matrix yet") : m_message);
        return;
    }
    const Geometry g = geometry();
    const int gap = g.cell >= 8 ? 1 : 0;
    const bool values = g.cell >= QFontMetrics(font()).horizontalAdvance(QStringLiteral("0.00")) + 6;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRect cell(g.matrix.left() + c * g.cell, g.matrix.top() + r * g.cell, g.cell - gap, g.cell - gap);
            const double v = srccAt(r, c);
            const QColor color = colorFor(v);
            if (color.isValid())
                painter.fillRect(cell, color);
            else
                painter.fillRect(cell, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
            if (values && color.isValid()) {
                painter.setPen(color.lightnessF() < 0.55 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, format(v));
            }
        }
    }

    // Row labels to the left, column labels rotated above; the hovered/focused pair in bold.
    if (g.labelWidth > 0) {
        const QFontMetrics metrics(g.labelFont);
        const int room = g.labelWidth - 6;
        QFont bold = g.labelFont;
        bold.setBold(true);
        const int activeRow = m_hover.x() >= 0 ? m_hover.y() : (hasFocus() ? m_focus.y() : -1);
        const int activeColumn = m_hover.x() >= 0 ? m_hover.x() : (hasFocus() ? m_focus.x() : -1);
        painter.setPen(palette().color(QPalette::WindowText));
        for (int i = 0; i < n; i += g.labelStep) {
            const QString text = metrics.elidedText(displayName(deviceAt(i)), Qt::ElideRight, room);
            painter.setFont(i == activeRow ? bold : g.labelFont);
            painter.drawText(QRect(g.matrix.left() - g.labelWidth, g.matrix.top() + i * g.cell, room, g.cell),
                             Qt::AlignRight | Qt::AlignVCenter, text);
            painter.save();
            painter.setFont(i == activeColumn ? bold : g.labelFont);
            painter.translate(g.matrix.left() + i * g.cell, g.matrix.top() - 6);
            painter.rotate(-90);
            painter.drawText(QRect(0, 0, room, g.cell), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(displayName(deviceAt(i)), Qt::ElideRight, room));
            painter.restore();
        }
        painter.setFont(font());
    }

    if (m_hover.x() >= 0) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_hover.y(), m_hover.x()).adjusted(0, 0, -1, -1));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_focus.y(), m_focus.x()).adjusted(1, 1, -1, -1));
    }
    paintLegend(painter, g);
}

void SrccHeatMap::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QRect bar = g.legend;
    const double span = 1.0 - kScaleMinimum;
    for (int x = 0; x < bar.width(); ++x) {
        const double v = kScaleMinimum + span * x / std::max(1, bar.width() - 1);
        painter.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), colorFor(v));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    const QFontMetrics metrics(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const double ticks[] = {kScaleMinimum, 0.5, 0.7, kProxyThreshold, 1.0};
    int lastRight = std::numeric_limits<int>::min();
    for (double t : ticks) {
        const int x = bar.left() + int(std::lround((t - kScaleMinimum) / span * (bar.width() - 1)));
        const bool threshold = t == kProxyThreshold;
        painter.drawLine(x, bar.top() - (threshold ? 3 : 0), x, bar.bottom() + 3);
        QString text = QLocale().toString(t, 'f', 1);
        if (t == kScaleMinimum)
            text.prepend(QStringLiteral("≤"));
        const int w = metrics.horizontalAdvance(text);
        const int left = std::clamp(x - w / 2, bar.left(), bar.right() - w);
        if (left <= lastRight + 4 && !threshold)
            continue;
        painter.drawText(QRect(left, bar.bottom() + 4, w, metrics.height()), Qt::AlignCenter, text);
        lastRight = left + w;
    }
    // Caption left of the bar, in the row-label column when there is one.
    const QString caption = tr("SRCC");
    const int w = metrics.horizontalAdvance(caption);
    if (bar.left() - w - 8 >= 0)
        painter.drawText(QRect(bar.left() - w - 8, bar.top() - metrics.height() / 2 + bar.height() / 2, w,
                               metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, caption);
}

} // namespace edgefront
