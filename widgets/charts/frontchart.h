#pragma once
// The explorer's chart: the candidates of one device as a scatter of two metrics (accuracy,
// latency, energy, MACs, parameters, peak memory; each axis linear or logarithmic), coloured
// by energy (a perceptual colour ramp, explained by the colour bar beside the plot), sized by
// peak memory (optional), with the Pareto front of the two metrics drawn as a line, dominated
// points dimmed, points that break a budget drawn as grey crosses, and budget lines. Pinned
// candidates are orange diamonds, marked ones (a run's picks) purple stars.
//
// This is EdgeFront's own chart interface: only files in widgets/charts include Qt Charts, so
// a move to Qt Graphs replaces this folder and nothing else.
//
// Contract:
//  - Every change (data, axes, budgets, size) schedules one redraw after kRedrawDelayMs
//    (coalesced: many changes in that time cost one redraw); redrawNow() runs a pending one at
//    once. Selection, pins and hover repaint only the overlay.
//  - Smooth at 100,000 candidates: the points are decimated on a pixel grid of the plot (one
//    point per cell, the cell grown until at most kMaxDrawnPoints per layer remain: "within
//    budgets" and "over budget"), the same with or without OpenGL so screen, PNG and SVG
//    agree. Front points, the selection and pinned candidates are always drawn.
//  - Mouse: hover shows a tooltip (the full design key and every metric with its provenance)
//    and emits candidateHovered; a click on a point emits candidateClicked(index); a left drag
//    zooms to the rubber band; a right or middle drag pans; the wheel zooms around the cursor;
//    a double click resets the zoom. Keyboard (the chart takes focus): arrows pan, + and -
//    zoom, 0 or Home resets, Ctrl+Left/Right step the selection along the front.
//  - Counts are of the whole set, not of what decimation keeps: withinBudgetCount() equals
//    CandidateSet::countWithin(budgets).

#include "analysisstate.h"
#include "candidateset.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QStackedLayout;
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace edgefront {

class FrontChartView;
class FrontLegend;
class CandidateLayer;
class OverlayLayer;

class FrontChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRedrawDelayMs = 40;
    static constexpr int kMaxDrawnPoints = 4000; // per layer (within budgets, over budget)
    static constexpr int kHitRadius = 8;          // pixels

    enum class SizeMode : quint8 { Uniform, Memory };

    explicit FrontChart(QWidget *parent = nullptr);
    ~FrontChart() override;

    void setCandidates(std::shared_ptr<const CandidateSet> set);
    const std::shared_ptr<const CandidateSet> &candidates() const { return m_set; }

    void setAxes(CandidateMetric x, CandidateMetric y);
    CandidateMetric xMetric() const { return m_x; }
    CandidateMetric yMetric() const { return m_y; }
    void setLogX(bool on);
    void setLogY(bool on);
    bool logX() const { return m_logX; }
    bool logY() const { return m_logY; }
    void setSizeMode(SizeMode mode);
    SizeMode sizeMode() const { return m_sizeMode; }
    void setBudgets(const CandidateBudgets &budgets);
    CandidateBudgets budgets() const { return m_budgets; }
    void setUnits(const DisplayUnits &units);
    void setTitle(const QString &title);
    QString title() const;
    // Shows a text instead of the plot until the next setCandidates.
    void setMessage(const QString &text);
    QString message() const;

    // -1 clears. Drawn whether or not decimation kept the point.
    void setSelected(int index);
    int selected() const { return m_selected; }
    void setPinned(std::vector<int> indices);
    const std::vector<int> &pinned() const { return m_pinned; }
    // Marked candidates (e.g. a run's picks): drawn as purple stars over everything but the
    // selection, with `label` as their legend entry ("run 12 picks") and notes[k] (why
    // indices[k] is marked) added to its tooltip. Cleared by setCandidates.
    void setMarked(std::vector<int> indices, const QString &label, const QStringList &notes = {});
    const std::vector<int> &marked() const { return m_marked; }
    QString markedLabel() const { return m_markedLabel; }
    // Legend entries in the order drawn ("dominated", "Pareto front", ..., the marked label).
    QStringList legendEntries() const;

    // View range: zoom to a rectangle in data units (x0, x1, y0, y1), by a factor around the
    // centre (> 1 zooms in), pan by fractions of the visible range, reset to fit the data.
    void zoomTo(double x0, double x1, double y0, double y1);
    void zoomBy(double factor);
    void pan(double dx, double dy);
    void resetZoom();
    bool isZoomed() const { return m_zoom.has_value(); }
    // Axis ranges as drawn (x min, x max, y min, y max).
    std::array<double, 4> visibleRange() const;

    void redrawNow();
    bool isRedrawPending() const;
    int redrawCount() const { return m_redraws; }
    // Times the candidates were painted (screen, PNG or SVG): what a benchmark waits for.
    int paintCount() const { return m_paints; }

    // Candidates within the budgets (the whole set).
    int withinBudgetCount() const { return m_withinCount; }
    // Candidates plotted (finite on both axes, positive on log axes, inside the view range),
    // and those of them within the budgets.
    int visibleCount() const { return m_visibleCount; }
    int visibleWithinBudgetCount() const { return m_visibleWithinCount; }
    // Markers painted after decimation (within, over budget, front).
    int drawnPointCount() const;
    // The front of the two axis metrics, ordered by x.
    const std::vector<int> &frontIndices() const { return m_front; }

    // Position of a candidate in plotWidget() coordinates (nullopt when it is not in view).
    std::optional<QPoint> positionOf(int index) const;
    // The drawn candidate nearest to a plotWidget() position within kHitRadius, or -1.
    int candidateAt(const QPoint &pos) const;
    QWidget *plotWidget() const;
    QString toolTipText(int index) const;
    int hovered() const { return m_hovered; }
    QString lastToolTip() const { return m_lastToolTip; }

    bool savePng(const QString &path);
    bool saveSvg(const QString &path);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void candidateClicked(int index);
    void candidateHovered(int index);
    void redrawn();
    void zoomChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class FrontChartView;
    friend class CandidateLayer;
    friend class OverlayLayer;
    friend class FrontLegend;

    struct Drawn
    {
        std::vector<int> within; // dimmed (dominated) points within the budgets
        std::vector<int> over;   // points breaking a budget
        std::vector<QRgb> withinColour;
        std::vector<float> withinRadius;
        std::vector<float> overRadius;
    };

    void scheduleRedraw();
    void rebuild();
    void updateAxes();
    void settleLayout();
    void updateOverlay();
    void hoverAt(const QPoint &viewportPos, const QPoint &globalPos);
    void clickAt(const QPoint &viewportPos);
    void stepAlongFront(int direction);
    // Data -> chart (scene) coordinates with the current plot area and ranges.
    QPointF toScene(double x, double y) const;
    std::optional<QPointF> sceneOf(int index) const;
    QPointF fromScene(const QPointF &p) const;
    QRgb colourOf(int index) const;
    float radiusOf(int index) const;
    double energyFraction(double energy) const;

    std::shared_ptr<const CandidateSet> m_set;
    CandidateMetric m_x = CandidateMetric::Latency;
    CandidateMetric m_y = CandidateMetric::Accuracy;
    bool m_logX = false;
    bool m_logY = false;
    SizeMode m_sizeMode = SizeMode::Memory;
    CandidateBudgets m_budgets;
    DisplayUnits m_units;
    int m_selected = -1;
    std::vector<int> m_pinned;
    std::vector<int> m_marked;
    QString m_markedLabel;
    QHash<int, QString> m_markedNotes;
    int m_hovered = -1;
    QString m_lastToolTip;

    // Data ranges (fit) and the zoomed view, in data units.
    std::optional<std::array<double, 4>> m_zoom;
    std::array<double, 4> m_range{0, 1, 0, 1};
    std::array<double, 2> m_energyRange{1, 1};
    bool m_energyLog = false;
    std::array<double, 2> m_memoryRange{1, 1};

    std::vector<quint8> m_within; // per candidate
    std::vector<int> m_front;
    std::vector<quint8> m_onFront;
    Drawn m_drawn;
    int m_withinCount = 0;
    int m_visibleCount = 0;
    int m_visibleWithinCount = 0;
    int m_redraws = 0;
    int m_paints = 0;
    bool m_frontDirty = true;

    QStackedLayout *m_stack = nullptr;
    QWidget *m_plotPage = nullptr;
    QLabel *m_message = nullptr;
    FrontChartView *m_view = nullptr;
    FrontLegend *m_legend = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_frontLine = nullptr;
    CandidateLayer *m_layer = nullptr;
    OverlayLayer *m_overlay = nullptr;
    QTimer *m_redrawTimer = nullptr;
};

} // namespace edgefront
