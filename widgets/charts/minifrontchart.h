#pragma once
// A compact accuracy-vs-latency scatter of one candidate set on one device, for grids of
// small multiples (the compare view): the candidates, their Pareto front (accuracy max,
// latency min) as a line, one highlighted candidate, an optional latency budget line.
//
// This is part of EdgeFront's own chart interface: only files in widgets/charts include
// Qt Charts.
//
// Contract:
//  - Candidate i is (latency[i], accuracy[i]); indices are the caller's (the same index names
//    the same design on every chart of a grid). Non-finite pairs (and, on a log latency axis,
//    non-positive latencies) are not drawn and never on the front.
//  - Light: at most about kMaxDrawn markers are drawn. Beyond that the dominated candidates
//    are thinned to one per cell of a grid in plot coordinates (then, if still too many, every
//    k-th); front members and the highlighted candidate are always drawn.
//  - Axis ranges follow the data unless setAxisRanges gives shared ones (clearAxisRanges
//    returns to the data's own).
//  - A left click on (or within a few pixels of) a drawn marker highlights the nearest one and
//    emits candidateClicked(index). With keyboard focus, Left/Right step along the front and
//    Home/End jump to its ends, likewise. setHighlighted never emits.

#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>
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

class MiniFrontChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxDrawn = 3000;
    static constexpr int kThinningGrid = 90;
    static constexpr int kClickRadius = 8; // pixels

    explicit MiniFrontChart(QWidget *parent = nullptr);
    ~MiniFrontChart() override;

    void setCandidates(std::span<const double> latencyMs, std::span<const double> accuracy);
    void clear();
    int candidateCount() const { return int(m_latency.size()); }

    // -1 highlights nothing. Does not emit candidateClicked.
    void setHighlighted(int index);
    int highlighted() const { return m_highlight; }

    // A dashed vertical line at the latency budget; non-finite or <= 0 hides it.
    void setBudget(double latencyMs);
    void setLogLatency(bool on);
    bool logLatency() const { return m_log; }

    // Shared ranges (latency lo/hi, accuracy lo/hi, already padded); clearAxisRanges goes
    // back to ranges of this chart's own data.
    void setAxisRanges(const std::array<double, 4> &ranges);
    void clearAxisRanges();
    bool hasSharedRanges() const { return m_shared.has_value(); }
    // The data's own padded ranges (nullopt without drawable candidates).
    std::optional<std::array<double, 4>> dataRanges() const;
    // Ranges as drawn (latency min, max, accuracy min, max).
    std::array<double, 4> axisRanges() const;
    // Pads raw extremes (latency lo/hi, accuracy lo/hi) the way every chart does; the compare
    // view combines charts' raw extremes with it.
    static std::array<double, 4> paddedRanges(const std::array<double, 4> &raw, bool logLatency);
    // Raw extremes of the drawable data.
    std::optional<std::array<double, 4>> dataExtremes() const;

    void setTitle(const QString &title);
    QString title() const;
    void setAxisTitles(const QString &latency, const QString &accuracy);
    // Shows a text instead of the plot until the next setCandidates.
    void setMessage(const QString &text);
    QString message() const;
    // Extra tooltip text for a candidate (hover); default: its two values.
    void setToolTipProvider(std::function<QString(int)> provider) { m_tipProvider = std::move(provider); }

    // Pareto-optimal candidate indices, by increasing latency.
    const std::vector<int> &front() const { return m_front; }
    // Candidate indices drawn as markers (front included).
    const std::vector<int> &drawnIndices() const { return m_drawn; }
    int drawnPointCount() const { return int(m_drawn.size()); }

    // The widget the plot is drawn on (mouse events go there) and a candidate's marker centre
    // in its coordinates ((-1, -1) when not drawn).
    QWidget *plotWidget() const;
    QPoint positionOf(int index) const;
    // The drawn candidate nearest to `pos` (plotWidget coordinates) within kClickRadius, or -1.
    int candidateAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void candidateClicked(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool drawable(size_t i) const;
    void rebuildAxes();
    void updateAll();
    void updateHighlight();
    void updateBudgetLine();
    void stepAlongFront(int delta, bool toEnd);

    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_frontPoints = nullptr;
    QLineSeries *m_frontLine = nullptr;
    QScatterSeries *m_highlightSeries = nullptr;
    QLineSeries *m_budgetLine = nullptr;
    QLabel *m_message = nullptr;

    std::vector<double> m_latency, m_accuracy;
    std::vector<int> m_front, m_drawn;
    std::vector<bool> m_onFront;
    int m_highlight = -1;
    double m_budget = 0.0;
    bool m_log = true;
    std::optional<std::array<double, 4>> m_shared;
    std::array<double, 4> m_ranges{1, 10, 0, 1};
    QString m_latencyTitle, m_accuracyTitle;
    std::function<QString(int)> m_tipProvider;
};

} // namespace edgefront
