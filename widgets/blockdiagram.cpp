#include "blockdiagram.h"

#include "designspace.h"
#include "nb201space.h"
#include "ofambv3space.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

constexpr int kMargin = 8;
constexpr int kColumnGap = 16;
constexpr int kRowGap = 12;

QColor kernelColor(int kernel)
{
    switch (kernel) {
    case 3: return QColor(0xdb, 0xe9, 0xf6);
    case 5: return QColor(0x9e, 0xca, 0xe1);
    case 7: return QColor(0x42, 0x92, 0xc6);
    default: return QColor(0xee, 0xee, 0xee);
    }
}

QColor bitsColor(int bits)
{
    switch (bits) {
    case 4: return QColor(0x75, 0x6b, 0xb1);
    case 8: return QColor(0x31, 0xa3, 0x54);
    case 16: return QColor(0xe6, 0x55, 0x0d);
    default: return QColor(0x73, 0x73, 0x73);
    }
}

QString bitsName(int bits)
{
    switch (bits) {
    case 4: return QStringLiteral("int4");
    case 8: return QStringLiteral("int8");
    case 16: return QStringLiteral("fp16");
    default: return QStringLiteral("fp32");
    }
}

QColor opColor(int op)
{
    switch (Nb201Op(op)) {
    case Nb201Op::Conv3x3: return QColor(0x21, 0x66, 0xac);
    case Nb201Op::Conv1x1: return QColor(0x67, 0xa9, 0xcf);
    case Nb201Op::AvgPool3x3: return QColor(0x1a, 0x98, 0x50);
    case Nb201Op::SkipConnect: return QColor(0x52, 0x52, 0x52);
    case Nb201Op::None: break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QString opLabel(int op)
{
    switch (Nb201Op(op)) {
    case Nb201Op::None: return BlockDiagram::tr("none");
    case Nb201Op::SkipConnect: return BlockDiagram::tr("skip");
    case Nb201Op::Conv1x1: return BlockDiagram::tr("conv 1×1");
    case Nb201Op::Conv3x3: return BlockDiagram::tr("conv 3×3");
    case Nb201Op::AvgPool3x3: return BlockDiagram::tr("avg pool 3×3");
    }
    return {};
}

void drawArrow(QPainter &p, QPointF a, QPointF b)
{
    p.drawLine(a, b);
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1)
        return;
    const QPointF u = d / len, n(-u.y(), u.x());
    const QPointF tip = b, left = b - u * 6 + n * 3.5, right = b - u * 6 - n * 3.5;
    p.drawPolygon(QPolygonF{tip, left, right});
}

} // namespace

BlockDiagram::BlockDiagram(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Block diagram of the design"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_message = tr("No design selected.");
}

void BlockDiagram::setDesign(const DesignSpace &space, const Architecture &arch)
{
    m_space = space.name();
    m_message.clear();
    m_blocks.clear();
    m_ops.clear();
    m_focus = -1;
    m_isOfa = false;
    if (const auto *ofa = dynamic_cast<const OfaMbv3Space *>(&space)) {
        m_isOfa = true;
        m_mixedPrecision = ofa->isMixedPrecision();
        const OfaMbv3Subnet net = ofa->subnet(arch);
        m_resolution = net.r;
        const auto &w = ofa->network().widths();
        m_stemChannels = w[0];
        m_firstBlockChannels = w[1];
        m_headChannels = w[7];
        m_mixChannels = w[8];
        m_stageChannels.assign(5, 0);
        m_stageActivation.assign(5, QString());
        m_stageStride.assign(5, 1);
        m_stageSe.assign(5, false);
        // Stride, squeeze-excite and activation as the layer graph builds them.
        const LayerGraph graph = space.layerGraph(arch);
        for (int s = 0; s < OfaMbv3Subnet::kStages; ++s) {
            for (int b = 0; b < net.d[size_t(s)]; ++b) {
                const int slot = s * OfaMbv3Subnet::kBlocksPerStage + b;
                OfaBlock block;
                block.stage = s + 1;
                block.block = b;
                block.kernel = net.ks[size_t(slot)];
                block.expand = net.e[size_t(slot)];
                block.bits = net.isQuantized() ? net.bits[size_t(slot)] : 0;
                for (const Layer &l : graph.layers()) {
                    if (l.stage != s + 1 || l.block != b)
                        continue;
                    if (l.role == LayerRole::DepthwiseConv && l.type == LayerType::Depthwise)
                        block.stride = l.stride;
                    else if (l.type == LayerType::SqueezeExcite)
                        block.se = true;
                    else if (l.role == LayerRole::Project)
                        block.outChannels = l.out.c;
                    else if (l.type == LayerType::Activation && block.activation.isEmpty())
                        block.activation = activationKindToString(l.activation);
                }
                m_stageChannels[size_t(s)] = block.outChannels;
                m_stageActivation[size_t(s)] = block.activation;
                m_stageSe[size_t(s)] = m_stageSe[size_t(s)] || block.se;
                if (b == 0)
                    m_stageStride[size_t(s)] = block.stride;
                m_blocks.push_back(block);
            }
        }
        setAccessibleDescription(tr("%1: resolution %2, %n active block(s)", nullptr, int(m_blocks.size()))
                                     .arg(m_space)
                                     .arg(m_resolution));
    } else if (dynamic_cast<const Nb201Space *>(&space)) {
        const Nb201Cell cell = Nb201Space::cell(arch);
        QStringList ops;
        for (Nb201Op op : cell.ops) {
            m_ops.push_back(int(op));
            ops.append(opLabel(int(op)));
        }
        setAccessibleDescription(tr("NAS-Bench-201 cell, edges: %1").arg(ops.join(QStringLiteral(", "))));
    } else {
        m_message = tr("No block diagram for the design space %1.").arg(space.name());
    }
    relayout();
    update();
}

void BlockDiagram::clear(const QString &message)
{
    m_space.clear();
    m_blocks.clear();
    m_ops.clear();
    m_items.clear();
    m_focus = -1;
    m_isOfa = false;
    m_message = message.isEmpty() ? tr("No design selected.") : message;
    update();
}

const std::vector<BlockDiagram::Item> &BlockDiagram::items() const
{
    return m_items;
}

int BlockDiagram::activeBlockCount() const
{
    if (m_isOfa)
        return int(m_blocks.size());
    return int(std::count_if(m_ops.begin(), m_ops.end(), [](int op) { return op != int(Nb201Op::None); }));
}

int BlockDiagram::itemAt(const QPoint &pos) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        const Item &item = m_items[size_t(i)];
        if (isSelectable(item) && item.rect.adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

QSize BlockDiagram::sizeHint() const
{
    return {900, 330};
}

QSize BlockDiagram::minimumSizeHint() const
{
    return {420, 200};
}

bool BlockDiagram::isSelectable(const Item &item) const
{
    return item.kind == ItemKind::Block || item.kind == ItemKind::CellEdge;
}

void BlockDiagram::relayout()
{
    m_items.clear();
    if (!m_message.isEmpty())
        return;
    if (m_isOfa)
        layoutOfa();
    else if (!m_ops.empty())
        layoutNb201();
    if (m_focus >= int(m_items.size()))
        m_focus = -1;
}

void BlockDiagram::layoutOfa()
{
    const QFontMetrics fm(font());
    const double line = fm.lineSpacing();
    const double legend = line + 8;
    const int columns = 9; // input, stem, first block, 5 stages, head
    const double colW = std::max(40.0, (width() - 2.0 * kMargin - (columns - 1) * kColumnGap) / columns);
    const double headerH = 3 * line + 6;
    const double top = kMargin;
    const double bodyTop = top + headerH + 4;
    const double bodyH = height() - bodyTop - legend - kMargin;
    const double blockH = std::clamp((bodyH - 3 * kRowGap) / 4.0, 2 * line + 10, 5 * line);
    auto columnX = [&](int c) { return kMargin + c * (colW + kColumnGap); };

    auto fixed = [&](int column, const QString &title, const QStringList &lines, const QString &tip, int rows = 1) {
        Item it;
        it.kind = ItemKind::Fixed;
        it.rect = QRectF(columnX(column), bodyTop, colW, blockH * rows + kRowGap * (rows - 1));
        it.title = title;
        it.lines = lines;
        it.toolTip = tip;
        m_items.push_back(it);
    };
    fixed(0, tr("Input"), {QStringLiteral("3×%1×%1").arg(m_resolution)},
          tr("Input image, %1×%1 pixels").arg(m_resolution));
    fixed(1, tr("Stem"), {tr("conv 3×3 s2"), tr("%1 ch").arg(m_stemChannels)},
          tr("First convolution: 3×3, stride 2, %1 channels, h_swish").arg(m_stemChannels));
    fixed(2, tr("Block 0"), {tr("dw 3×3"), tr("%1 ch").arg(m_firstBlockChannels)},
          tr("First block: depthwise 3×3 and a 1×1 projection to %1 channels, relu (fixed)").arg(m_firstBlockChannels));
    fixed(8, tr("Head"),
          {tr("1×1 → %1").arg(m_headChannels), tr("pool"), tr("1×1 → %1").arg(m_mixChannels), tr("fc 1000")},
          tr("Final 1×1 expand to %1 channels, global pooling, 1×1 feature mix to %2 channels, classifier")
              .arg(m_headChannels)
              .arg(m_mixChannels),
          2);

    for (int s = 0; s < 5; ++s) {
        Item header;
        header.kind = ItemKind::StageHeader;
        header.rect = QRectF(columnX(3 + s), top, colW, headerH);
        header.title = tr("Stage %1").arg(s + 1);
        QString detail = tr("%1 ch").arg(m_stageChannels[size_t(s)]);
        if (m_stageStride[size_t(s)] > 1)
            detail += tr(" · s%1").arg(m_stageStride[size_t(s)]);
        header.lines = {detail, m_stageActivation[size_t(s)] + (m_stageSe[size_t(s)] ? tr(" · SE") : QString())};
        header.stage = s + 1;
        header.toolTip = tr("Stage %1: %2 output channels, stride %3, %4%5")
                             .arg(s + 1)
                             .arg(m_stageChannels[size_t(s)])
                             .arg(m_stageStride[size_t(s)])
                             .arg(m_stageActivation[size_t(s)],
                                  m_stageSe[size_t(s)] ? tr(", squeeze-and-excite") : QString());
        m_items.push_back(header);
    }
    for (const OfaBlock &b : m_blocks) {
        Item it;
        it.kind = ItemKind::Block;
        it.rect = QRectF(columnX(2 + b.stage), bodyTop + b.block * (blockH + kRowGap), colW, blockH);
        it.stage = b.stage;
        it.block = b.block;
        it.kernel = b.kernel;
        it.expand = b.expand;
        it.bits = b.bits;
        it.squeezeExcite = b.se;
        it.stride = b.stride;
        it.title = tr("%1×%1 · e%2").arg(b.kernel).arg(b.expand);
        if (m_mixedPrecision)
            it.lines.append(bitsName(b.bits));
        it.toolTip = tr("Stage %1, block %2: MBConv, kernel %3×%3, expand ratio %4, stride %5, %6 output channels, %7")
                         .arg(b.stage)
                         .arg(b.block + 1)
                         .arg(b.kernel)
                         .arg(b.expand)
                         .arg(b.stride)
                         .arg(b.outChannels)
                         .arg(b.activation);
        if (b.se)
            it.toolTip += tr(", squeeze-and-excite");
        if (m_mixedPrecision)
            it.toolTip += tr(", weights and activations %1").arg(bitsName(b.bits));
        m_items.push_back(it);
    }
}

void BlockDiagram::layoutNb201()
{
    const QFontMetrics fm(font());
    const double line = fm.lineSpacing();
    const double skeletonH = 3 * line + 12;
    const double cellTop = kMargin + line + 4; // title line
    const double cellBottom = height() - kMargin - skeletonH - 14;
    const double cy = (cellTop + cellBottom) / 2;
    const double cellW = width() - 2.0 * kMargin;
    const double arcUnit = std::max(18.0, (cellBottom - cellTop) / 2 - 10);
    const double r = std::clamp(line * 1.1, 12.0, 20.0);
    auto nodeX = [&](int n) { return kMargin + cellW * (0.08 + 0.84 * n / 3.0); };

    for (int n = 0; n < 4; ++n) {
        Item node;
        node.kind = ItemKind::CellNode;
        node.rect = QRectF(nodeX(n) - r, cy - r, 2 * r, 2 * r);
        node.title = QString::number(n);
        node.block = n;
        node.toolTip = n == 0 ? tr("Node 0: the cell's input")
                       : n == 3 ? tr("Node 3: the cell's output, the sum of its incoming edges")
                                : tr("Node %1: the sum of its incoming edges").arg(n);
        m_items.push_back(node);
    }
    for (int e = 0; e < Nb201Cell::kEdges; ++e) {
        const int from = Nb201Cell::kEdgeFrom[size_t(e)], to = Nb201Cell::kEdgeTo[size_t(e)];
        Item it;
        it.kind = ItemKind::CellEdge;
        it.block = e;
        it.stage = -1;
        it.from = QPointF(nodeX(from) + r, cy);
        it.to = QPointF(nodeX(to) - r, cy);
        const int span = to - from;
        // Neighbours straight; 0->2 above, 1->3 below, 0->3 high above.
        it.arc = span == 1 ? 0.0 : span == 3 ? -arcUnit : (from == 0 ? -arcUnit * 0.55 : arcUnit * 0.55);
        if (span > 1) {
            it.from = QPointF(nodeX(from), cy + (it.arc < 0 ? -r : r));
            it.to = QPointF(nodeX(to), cy + (it.arc < 0 ? -r : r));
        }
        it.title = opLabel(m_ops[size_t(e)]);
        it.kernel = m_ops[size_t(e)];
        const QPointF mid = (it.from + it.to) / 2 + QPointF(0, it.arc);
        const double w = fm.horizontalAdvance(it.title) + 12, h = line + 4;
        it.rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h);
        it.toolTip = tr("Edge %1 (node %2 → node %3): %4").arg(e).arg(from).arg(to).arg(Nb201Space::opNames()[m_ops[size_t(e)]]);
        m_items.push_back(it);
    }
    // The macro skeleton.
    struct Part
    {
        QString title, detail, tip;
    };
    const std::vector<Part> parts{
        {tr("Stem"), tr("conv 3×3, 16"), tr("3×3 convolution to 16 channels")},
        {tr("5 cells"), tr("16 ch, 32×32"), tr("Stage 1: five copies of the cell at 16 channels")},
        {tr("Reduce"), tr("res ↓2, 32"), tr("Residual reduction block: stride 2, 32 channels")},
        {tr("5 cells"), tr("32 ch, 16×16"), tr("Stage 2: five copies of the cell at 32 channels")},
        {tr("Reduce"), tr("res ↓2, 64"), tr("Residual reduction block: stride 2, 64 channels")},
        {tr("5 cells"), tr("64 ch, 8×8"), tr("Stage 3: five copies of the cell at 64 channels")},
        {tr("Head"), tr("pool, fc 10"), tr("BN + ReLU, global pooling, linear classifier (10 classes)")}};
    const int n = int(parts.size());
    const double gap = 18;
    const double w = (width() - 2.0 * kMargin - (n - 1) * gap) / n;
    const double y = height() - kMargin - skeletonH;
    for (int i = 0; i < n; ++i) {
        Item it;
        it.kind = ItemKind::Skeleton;
        it.rect = QRectF(kMargin + i * (w + gap), y, w, skeletonH);
        it.title = parts[size_t(i)].title;
        it.lines = {parts[size_t(i)].detail};
        it.toolTip = parts[size_t(i)].tip;
        it.stage = i == 1 ? 0 : i == 3 ? 1 : i == 5 ? 2 : -1; // cell stages
        m_items.push_back(it);
    }
}

void BlockDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_message.isEmpty() || m_items.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (m_isOfa)
        paintOfa(p);
    else
        paintNb201(p);
}

void BlockDiagram::paintBox(QPainter &p, const Item &item, const QColor &fill, bool focused) const
{
    const QColor text = fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20);
    p.setPen(QPen(focused ? palette().color(QPalette::Highlight) : QColor(0x60, 0x60, 0x60), focused ? 2.5 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(item.rect, 5, 5);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const double line = fm.lineSpacing();
    QRectF r = item.rect.adjusted(4, 3, -4, -3);
    p.setPen(text);
    p.setFont(bold);
    p.drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignHCenter | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(item.title, Qt::ElideRight, int(r.width())));
    p.setFont(font());
    double y = r.top() + line;
    for (const QString &l : item.lines) {
        if (y + line > r.bottom() + 2)
            break;
        p.drawText(QRectF(r.left(), y, r.width(), line), Qt::AlignHCenter | Qt::AlignVCenter,
                   fm.elidedText(l, Qt::ElideRight, int(r.width())));
        y += line;
    }
}

void BlockDiagram::paintOfa(QPainter &p) const
{
    const QFontMetrics fm(font());
    const double line = fm.lineSpacing();
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() - 1.5));
    const QFontMetrics sfm(small);
    const QColor arrow(0x80, 0x80, 0x80);

    // Flow arrows: along the first row between columns, down each stage's blocks.
    std::vector<QRectF> rowZero;
    for (const Item &it : m_items) {
        if (it.kind == ItemKind::Fixed || (it.kind == ItemKind::Block && it.block == 0))
            rowZero.push_back(it.rect);
    }
    std::sort(rowZero.begin(), rowZero.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    p.setPen(QPen(arrow, 1.3));
    p.setBrush(arrow);
    const double flowY = rowZero.empty() ? 0.0 : rowZero.front().top() + std::min(rowZero.front().height(), 4 * line) / 2;
    for (size_t i = 1; i < rowZero.size(); ++i)
        drawArrow(p, QPointF(rowZero[i - 1].right() + 1, flowY), QPointF(rowZero[i].left() - 1, flowY));
    for (const Item &it : m_items) {
        if (it.kind == ItemKind::Block && it.block > 0)
            drawArrow(p, QPointF(it.rect.center().x(), it.rect.top() - kRowGap + 1), QPointF(it.rect.center().x(), it.rect.top() - 1));
    }

    for (int i = 0; i < int(m_items.size()); ++i) {
        const Item &it = m_items[size_t(i)];
        const bool focused = i == m_focus && hasFocus();
        switch (it.kind) {
        case ItemKind::StageHeader: {
            p.setPen(palette().color(QPalette::Text));
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(QRectF(it.rect.left(), it.rect.top(), it.rect.width(), line), Qt::AlignCenter, it.title);
            p.setFont(font());
            for (int l = 0; l < it.lines.size(); ++l)
                p.drawText(QRectF(it.rect.left(), it.rect.top() + (l + 1) * line, it.rect.width(), line), Qt::AlignCenter,
                           fm.elidedText(it.lines[l], Qt::ElideRight, int(it.rect.width())));
            break;
        }
        case ItemKind::Fixed: paintBox(p, it, QColor(0xf0, 0xf0, 0xf0), false); break;
        case ItemKind::Block: {
            Item shown = it;
            shown.lines.clear();
            paintBox(p, shown, kernelColor(it.kernel), focused);
            const QRectF r = it.rect.adjusted(5, 3, -5, -4);
            // Expand ratio as a bar along the bottom: 3, 4 or 6 of 6.
            const double barH = std::max(4.0, r.height() * 0.12);
            const QRectF bar(r.left(), r.bottom() - barH, r.width(), barH);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 150));
            p.drawRect(bar);
            p.setBrush(QColor(0x08, 0x30, 0x6b));
            p.drawRect(QRectF(bar.left(), bar.top(), bar.width() * it.expand / 6.0, bar.height()));
            // Badges: bits, SE, stride.
            p.setFont(small);
            double x = r.left();
            const double by = r.top() + line + 2;
            auto badge = [&](const QString &text, const QColor &color) {
                const double w = sfm.horizontalAdvance(text) + 8;
                if (x + w > r.right() + 1 || by + sfm.height() > bar.top())
                    return;
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRoundedRect(QRectF(x, by, w, sfm.height() + 1), 3, 3);
                p.setPen(Qt::white);
                p.drawText(QRectF(x, by, w, sfm.height() + 1), Qt::AlignCenter, text);
                x += w + 3;
            };
            if (m_mixedPrecision)
                badge(bitsName(it.bits), bitsColor(it.bits));
            if (it.squeezeExcite)
                badge(tr("SE"), QColor(0x88, 0x41, 0x9d));
            if (it.stride > 1)
                badge(tr("s%1").arg(it.stride), QColor(0xb3, 0x00, 0x00));
            p.setFont(font());
            break;
        }
        default: break;
        }
    }

    // Legend.
    p.setFont(small);
    const double y = height() - kMargin - sfm.height();
    double x = kMargin;
    p.setPen(palette().color(QPalette::Text));
    auto swatch = [&](const QColor &c, const QString &text) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        p.setBrush(c);
        p.drawRect(QRectF(x, y + 2, 12, sfm.height() - 4));
        x += 16;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x, y + sfm.ascent()), text);
        x += sfm.horizontalAdvance(text) + 12;
    };
    swatch(kernelColor(3), tr("kernel 3"));
    swatch(kernelColor(5), tr("kernel 5"));
    swatch(kernelColor(7), tr("kernel 7"));
    swatch(QColor(0x08, 0x30, 0x6b), tr("bar: expand ratio (of 6)"));
    if (m_mixedPrecision) {
        for (int bits : {4, 8, 16})
            swatch(bitsColor(bits), bitsName(bits));
    }
    swatch(QColor(0x88, 0x41, 0x9d), tr("squeeze-excite"));
    swatch(QColor(0xb3, 0x00, 0x00), tr("stride 2"));
    p.setFont(font());
}

void BlockDiagram::paintNb201(QPainter &p) const
{
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRectF(kMargin, kMargin, width() - 2.0 * kMargin, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Cell (used 15 times): node j sums op(i → j)(node i) over i < j"));
    p.setFont(font());
    // Edges first, then their labels, then the nodes over them.
    for (const Item &it : m_items) {
        if (it.kind != ItemKind::CellEdge)
            continue;
        const bool none = it.kernel == int(Nb201Op::None);
        const QColor c = opColor(it.kernel);
        p.setPen(QPen(c, none ? 1.2 : 2.2, none ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        QPainterPath path(it.from);
        const QPointF mid = (it.from + it.to) / 2;
        path.quadTo(mid + QPointF(0, 2 * it.arc), it.to);
        p.drawPath(path);
        // Arrow head at the end, along the curve's final direction.
        const QPointF end = it.to, before = path.pointAtPercent(0.96);
        p.setBrush(c);
        p.setPen(QPen(c, 1));
        drawArrow(p, before, end);
    }
    for (int i = 0; i < int(m_items.size()); ++i) {
        const Item &it = m_items[size_t(i)];
        if (it.kind == ItemKind::CellEdge) {
            const bool focused = i == m_focus && hasFocus();
            const QColor c = opColor(it.kernel);
            p.setPen(QPen(focused ? palette().color(QPalette::Highlight) : c, focused ? 2.5 : 1.2));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(it.rect, 4, 4);
            p.setPen(it.kernel == int(Nb201Op::None) ? palette().color(QPalette::PlaceholderText) : c.darker(130));
            p.drawText(it.rect, Qt::AlignCenter, it.title);
        } else if (it.kind == ItemKind::CellNode) {
            p.setPen(QPen(QColor(0x40, 0x40, 0x40), 1.5));
            p.setBrush(it.block == 0 || it.block == 3 ? QColor(0xfe, 0xe0, 0x90) : QColor(0xf0, 0xf0, 0xf0));
            p.drawEllipse(it.rect);
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.setFont(bold);
            p.drawText(it.rect, Qt::AlignCenter, it.title);
            p.setFont(font());
        }
    }
    // The skeleton with arrows between its parts.
    std::vector<QRectF> parts;
    for (const Item &it : m_items) {
        if (it.kind != ItemKind::Skeleton)
            continue;
        paintBox(p, it, it.stage >= 0 ? QColor(0xdb, 0xe9, 0xf6) : QColor(0xf0, 0xf0, 0xf0), false);
        parts.push_back(it.rect);
    }
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.3));
    p.setBrush(QColor(0x80, 0x80, 0x80));
    for (size_t i = 1; i < parts.size(); ++i)
        drawArrow(p, QPointF(parts[i - 1].right() + 2, parts[i].center().y()), QPointF(parts[i].left() - 2, parts[i].center().y()));
}

void BlockDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void BlockDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int i = itemAt(event->position().toPoint());
    if (i < 0)
        return;
    m_focus = i;
    update();
    Q_EMIT blockClicked(m_items[size_t(i)].stage, m_items[size_t(i)].block);
}

void BlockDiagram::moveFocus(int delta)
{
    std::vector<int> selectable;
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (isSelectable(m_items[size_t(i)]))
            selectable.push_back(i);
    }
    if (selectable.empty())
        return;
    auto it = std::find(selectable.begin(), selectable.end(), m_focus);
    int pos = it == selectable.end() ? (delta > 0 ? -1 : int(selectable.size())) : int(it - selectable.begin());
    pos = std::clamp(pos + delta, 0, int(selectable.size()) - 1);
    m_focus = selectable[size_t(pos)];
    update();
    const Item &item = m_items[size_t(m_focus)];
    setAccessibleDescription(item.toolTip);
    QToolTip::showText(mapToGlobal(item.rect.bottomLeft().toPoint()), item.toolTip, this);
}

void BlockDiagram::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down: moveFocus(1); break;
    case Qt::Key_Left:
    case Qt::Key_Up: moveFocus(-1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focus >= 0)
            Q_EMIT blockClicked(m_items[size_t(m_focus)].stage, m_items[size_t(m_focus)].block);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool BlockDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = int(m_items.size()) - 1; i >= 0; --i) {
            const Item &it = m_items[size_t(i)];
            if (!it.toolTip.isEmpty() && it.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), it.toolTip, this, it.rect.toRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace edgefront
