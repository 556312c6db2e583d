#pragma once
// A heat map of a fleet's monotonicity: the SRCC of every device pair, devices in clustered
// order (clusteredOrder, so devices that rank architectures alike sit together), on a
// diverging colour scale whose neutral point is the proxy threshold 0.9 (OneProxy: a device
// with SRCC >= 0.9 to a proxy can reuse the proxy's Pareto set), with a legend bar.
//
// Contract: rows and columns are display positions (0..n-1 in clustered order); order()
// maps them to indices of result().devices. Hovering a cell shows "A vs B: SRCC 0.87
// (Kendall 0.71)"; a click, or Enter on the keyboard focus cell (moved with the arrow keys),
// emits pairClicked(row device id, column device id).

#include "monotonicity.h"

#include <QHash>
#include <QWidget>

#include <vector>

namespace edgefront {

class SrccHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit SrccHeatMap(QWidget *parent = nullptr);

    // Shows a result; `names` maps device ids to display names (ids where missing).
    void setResult(const MonotonicityResult &result, const QHash<QString, QString> &names = {});
    // No matrix; `message` is drawn instead (e.g. why there is nothing to show).
    void clear(const QString &message = {});
    void setMessage(const QString &message);

    const MonotonicityResult &result() const { return m_result; }
    const std::vector<int> &order() const { return m_order; }
    int deviceCount() const { return int(m_order.size()); }
    QString deviceAt(int position) const;
    QString displayName(const QString &id) const;

    double srccAt(int row, int column) const;
    double kendallAt(int row, int column) const;
    // Widget rectangle of a cell, empty when there is no such cell.
    QRect cellRect(int row, int column) const;
    // The hover text of a cell: "A vs B: SRCC 0.87 (Kendall 0.71)".
    QString cellText(int row, int column) const;

    QPoint focusCell() const { return m_focus; } // x = column, y = row
    void setFocusCell(int row, int column);

    // The colour scale: <= 0.3 dark red, 0.9 neutral, 1.0 blue; NaN has no colour (invalid).
    static QColor colorFor(double srcc);
    static constexpr double kScaleMinimum = 0.3;
    static constexpr double kProxyThreshold = 0.9;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pairClicked(const QString &a, const QString &b);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRect matrix;      // the cells
        int cell = 0;      // cell side, pixels
        int labelWidth = 0; // room for row labels (and height for the rotated column labels)
        QFont labelFont;
        int labelStep = 1; // label every labelStep-th row and column
        QRect legend;      // the colour bar
    };
    Geometry geometry() const;
    QPoint cellAt(const QPoint &pos) const; // (column, row), (-1, -1) outside
    int labelAt(const QPoint &pos) const;   // display position of the axis label under pos, or -1
    void paintLegend(QPainter &painter, const Geometry &g) const;
    void announceFocus();

    MonotonicityResult m_result;
    QHash<QString, QString> m_names;
    std::vector<int> m_order;
    QString m_message;
    QPoint m_hover{-1, -1};
    QPoint m_pressed{-1, -1};
    QPoint m_focus{0, 0};
};

} // namespace edgefront
