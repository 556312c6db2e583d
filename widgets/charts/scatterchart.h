#pragma once
// A scatter plot of (x, y) pairs, e.g. predicted vs measured latency, with optional logarithmic
// axes, an identity line y = x and a relative tolerance band (y = (1 ± f) x).
//
// This is EdgeFront's own chart interface: only files in widgets/charts include Qt Charts, so
// a move to Qt Graphs replaces this folder and nothing else.
//
// Contract:
//  - setPoints keeps every finite pair (on log axes only pairs with x > 0 and y > 0; the rest
//    are counted in skippedCount()). Drawing stays responsive for tens of thousands of points:
//    with OpenGL the series is drawn as is; without it (e.g. offscreen) the points are thinned
//    to at most one per cell of a fine grid in plot coordinates (at most ~1 px apart on a
//    typical chart), so the picture is unchanged but the scene holds a few thousand markers.
//  - With the identity line on, both axes share one range so the line is the diagonal.
//  - setMessage shows a text instead of the plot until the next setPoints.
//  - saveImage writes what is on screen as PNG (QWidget::grab).

#include <QString>
#include <QWidget>

#include <array>
#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QStackedLayout;
QT_END_NAMESPACE

namespace edgefront {

class ScatterChart : public QWidget
{
    Q_OBJECT

public:
    // Grid cells per axis used when thinning points (without OpenGL).
    static constexpr int kThinningGrid = 400;
    // Up to this many points are drawn as they are even without OpenGL.
    static constexpr int kDirectLimit = 3000;

    explicit ScatterChart(QWidget *parent = nullptr);
    ~ScatterChart() override;

    void setPoints(std::span<const double> x, std::span<const double> y);
    void clear();
    void setLogAxes(bool on);
    bool logAxes() const { return m_log; }
    void setIdentityLine(bool on);
    bool identityLine() const { return m_identity; }
    // Dashed lines y = (1 - f) x and y = (1 + f) x; 0 hides them.
    void setToleranceBand(double fraction);
    void setAxisTitles(const QString &x, const QString &y);
    void setTitle(const QString &title);
    QString title() const;
    void setMessage(const QString &text);
    QString message() const;
    bool saveImage(const QString &path);

    // Pairs plotted (after dropping non-finite and, on log axes, non-positive ones).
    int pointCount() const { return m_plotted; }
    int drawnPointCount() const;
    int skippedCount() const { return m_skipped; }
    bool usesOpenGL() const { return m_openGL; }
    // Axis ranges as drawn (x min, x max, y min, y max).
    std::array<double, 4> axisRanges() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuildAxes();
    void updateSeries();
    void showPointTip(const QPointF &point, bool state);

    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QScatterSeries *m_series = nullptr;
    QLineSeries *m_identityLine = nullptr;
    QLineSeries *m_bandLow = nullptr;
    QLineSeries *m_bandHigh = nullptr;
    QLabel *m_message = nullptr;
    std::vector<double> m_x, m_y; // finite pairs as given
    int m_invalid = 0; // non-finite pairs given
    int m_plotted = 0;
    int m_skipped = 0;
    bool m_log = false;
    bool m_identity = false;
    double m_band = 0.0;
    bool m_openGL = false;
    QString m_xTitle, m_yTitle;
};

} // namespace edgefront
