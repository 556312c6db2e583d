#pragma once
// A block diagram of one design, readable at a glance.
//
//  - ofa-mbv3 spaces: the network left to right — input, stem, first block, the five stages as
//    columns of their active MBConv blocks (inactive slots are absent), head. Each block shows
//    its kernel and expand ratio, its bit-width on -mp spaces, squeeze-excite and a stride of 2;
//    the box colour deepens with the kernel and a bar fills with the expand ratio. A stage's
//    header gives its output channels, activation and stride.
//  - nb201: the cell's 4 nodes and 6 edges with their operations (a `none` edge dashed), and
//    the macro skeleton below (stem, 3 stages of 5 cells joined by reduction blocks, head).
//
// Contract: items() lists what is drawn (for tests and accessibility); activeBlockCount() is
// the number of MBConv blocks drawn (ofa) or of edges that are not `none` (nb201). A click on a
// block (or an edge), or Enter on the keyboard focus item (arrow keys move it), emits
// blockClicked(stage, block) with the layer-graph position of the block (ofa: stage 1..5 and
// block 0..3, first block: stage 0 block 0; nb201: stage -1, block = edge 0..5).

#include "architecture.h"

#include <QWidget>

#include <vector>

namespace edgefront {

class DesignSpace;

class BlockDiagram : public QWidget
{
    Q_OBJECT

public:
    enum class ItemKind : quint8 { Fixed, StageHeader, Block, CellNode, CellEdge, Skeleton };

    struct Item
    {
        ItemKind kind = ItemKind::Fixed;
        QRectF rect;
        QString title;     // e.g. "k5 e4"
        QStringList lines; // further lines (bits, SE, stride...)
        QString toolTip;
        int stage = -1;
        int block = -1;
        int kernel = 0;
        int expand = 0;
        int bits = 0;
        bool squeezeExcite = false;
        int stride = 1;
        QPointF from, to;  // cell edges: endpoints; arc height in rect
        double arc = 0.0;  // cell edges: signed arc height (0 = straight)
    };

    explicit BlockDiagram(QWidget *parent = nullptr);

    void setDesign(const DesignSpace &space, const Architecture &arch);
    void clear(const QString &message = {});
    QString spaceName() const { return m_space; }

    // What is drawn, in widget coordinates (laid out for the current size).
    const std::vector<Item> &items() const;
    int activeBlockCount() const;
    // Index into items() under `pos` (blocks and edges only), or -1.
    int itemAt(const QPoint &pos) const;
    int focusItem() const { return m_focus; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void blockClicked(int stage, int block);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct OfaBlock
    {
        int stage = 0; // 1..5
        int block = 0;
        int kernel = 3;
        int expand = 3;
        int bits = 0;  // 0: float32 network
        bool se = false;
        int stride = 1;
        int outChannels = 0;
        QString activation;
    };
    void layoutOfa();
    void layoutNb201();
    void relayout();
    bool isSelectable(const Item &item) const;
    void moveFocus(int delta);
    void paintOfa(QPainter &p) const;
    void paintNb201(QPainter &p) const;
    void paintBox(QPainter &p, const Item &item, const QColor &fill, bool focused) const;

    QString m_space;
    QString m_message;
    bool m_isOfa = false;
    bool m_mixedPrecision = false;
    // ofa
    int m_resolution = 0;
    std::vector<OfaBlock> m_blocks;
    std::vector<int> m_stageChannels; // stage 1..5 output channels
    std::vector<QString> m_stageActivation;
    std::vector<int> m_stageStride;
    std::vector<bool> m_stageSe;
    int m_stemChannels = 0, m_firstBlockChannels = 0, m_headChannels = 0, m_mixChannels = 0;
    // nb201
    std::vector<int> m_ops; // op index per edge

    std::vector<Item> m_items;
    int m_focus = -1;
};

} // namespace edgefront
