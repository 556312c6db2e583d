#include "designspacebrowser.h"

#include "designspacecatalog.h"
#include "layertablemodel.h"
#include "seededgenerator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace edgefront {

namespace {

QString megas(qint64 value)
{
    return QLocale().toString(double(value) / 1e6, 'f', 2);
}

QString mebibytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 2);
}

} // namespace

DesignSpaceBrowser::DesignSpaceBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_spaceBox = new QComboBox(this);
    m_spaceBox->addItems(designSpaceNames());
    m_spaceBox->setToolTip(tr("Design space to browse"));
    m_spaceBox->setAccessibleName(tr("Design space"));

    m_seedBox = new QSpinBox(this);
    m_seedBox->setRange(0, 1'000'000'000);
    m_seedBox->setToolTip(tr("Random seed of the sampled architecture; the same seed gives the same architecture"));
    m_seedBox->setAccessibleName(tr("Seed"));

    m_sampleButton = new QPushButton(tr("&Sample"), this);
    m_sampleButton->setToolTip(tr("Sample a random architecture with this seed, then advance the seed"));

    auto *spaceLabel = new QLabel(tr("Sp&ace:"), this);
    spaceLabel->setBuddy(m_spaceBox);
    auto *seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seedBox);

    // Space on one row, seed and Sample on the next: the dock stays narrow beside the explorer.
    auto *bar = new QGridLayout;
    bar->addWidget(spaceLabel, 0, 0);
    bar->addWidget(m_spaceBox, 0, 1, 1, 2);
    bar->addWidget(seedLabel, 1, 0);
    bar->addWidget(m_seedBox, 1, 1);
    bar->addWidget(m_sampleButton, 1, 2);
    bar->setColumnStretch(1, 1);

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Architecture summary"));

    m_model = new LayerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LayerTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LayerTableModel::IndexColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Layer table"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_spaceBox, &QComboBox::currentTextChanged, this, &DesignSpaceBrowser::setSpace);
    connect(m_sampleButton, &QPushButton::clicked, this, &DesignSpaceBrowser::sampleNext);
    connect(m_seedBox, &QSpinBox::valueChanged, this, &DesignSpaceBrowser::sampleWithSeed);

    setSpace(m_spaceBox->currentText());
}

void DesignSpaceBrowser::setSpace(const QString &name)
{
    const DesignSpace *space = findDesignSpace(name);
    if (!space || space == m_space)
        return;
    m_space = space;
    if (m_spaceBox->currentText() != name)
        m_spaceBox->setCurrentText(name);
    sampleWithSeed(seed());
    Q_EMIT spaceChanged(name);
}

void DesignSpaceBrowser::setSeed(int seed)
{
    m_seedBox->setValue(seed);
}

int DesignSpaceBrowser::seed() const
{
    return m_seedBox->value();
}

void DesignSpaceBrowser::sampleNext()
{
    // Advancing the spin box resamples through valueChanged.
    m_seedBox->setValue(m_seedBox->value() + 1);
}

void DesignSpaceBrowser::sampleWithSeed(int seed)
{
    if (!m_space)
        return;
    QRandomGenerator rng = seededGenerator(quint64(seed)); // the CLI's --seed gives the same
    m_architecture = m_space->sample(rng);
    const LayerGraph graph = m_space->layerGraph(m_architecture);
    const CostTotals totals = graph.totals();
    m_summary->setText(
        tr("<b>%1</b> &nbsp; %2<br>%3 M MACs · %4 M parameters · %5 MiB weights · %6 MiB peak activations · %7 layers")
            .arg(m_space->name().toHtmlEscaped(), m_space->key(m_architecture).toHtmlEscaped(),
                 megas(totals.macs), megas(totals.params), mebibytes(totals.weightBytes),
                 mebibytes(totals.peakActivationBytes))
            .arg(graph.size()));
    m_summary->setToolTip(QString::fromUtf8(QJsonDocument(m_space->toJson(m_architecture)).toJson(QJsonDocument::Compact)));
    m_model->setGraph(graph);
    Q_EMIT architectureChanged();
}

QString DesignSpaceBrowser::summaryText() const
{
    return m_summary->text();
}

} // namespace edgefront
