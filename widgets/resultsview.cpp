#include "resultsview.h"

#include "candidateset.h"
#include "commands/pincandidatecommand.h"
#include "commands/selectcandidatecommand.h"
#include "commands/setnotecommand.h"
#include "preferences.h"
#include "resultstablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace edgefront {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

} // namespace

ResultsView::ResultsView(AnalysisState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("ResultsView"));
    m_model = new ResultsTableModel(state, this);
    m_model->setTopK(std::clamp(prefs::resultsTopK.value(), 1, 100000));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter designs and notes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter results"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_showBox = new QComboBox(this);
    m_showBox->setAccessibleName(tr("Rows shown"));
    m_showBox->addItem(tr("Within budgets"), int(ResultsTableModel::Show::WithinBudgets));
    m_showBox->addItem(tr("Pareto front"), int(ResultsTableModel::Show::Front));
    m_showBox->addItem(tr("Pinned"), int(ResultsTableModel::Show::Pinned));
    m_showBox->addItem(tr("All candidates"), int(ResultsTableModel::Show::All));
    connect(m_showBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(ResultsTableModel::Show(m_showBox->currentData().toInt())); });
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_showBox);

    m_topKBox = new QSpinBox(this);
    m_topKBox->setRange(1, 100000);
    m_topKBox->setGroupSeparatorShown(true);
    m_topKBox->setValue(m_model->topK());
    m_topKBox->setAccessibleName(tr("Top K"));
    m_topKBox->setToolTip(tr("How many of the most accurate matching candidates are listed"));
    connect(m_topKBox, &QSpinBox::valueChanged, this, [this](int k) {
        prefs::resultsTopK.setValue(k);
        m_model->setTopK(k);
    });
    auto *topLabel = new QLabel(tr("&Top:"), this);
    topLabel->setBuddy(m_topKBox);

    m_pinAction = new QAction(tr("&Pin Selected Candidate"), this);
    m_pinAction->setObjectName(QStringLiteral("actionPinCandidate"));
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_pinAction->setStatusTip(tr("Pin or unpin the selected candidate: pinned ones stay listed and marked"));
    connect(m_pinAction, &QAction::triggered, this, &ResultsView::togglePinCurrent);
    m_noteAction = new QAction(tr("Edit &Note…"), this);
    m_noteAction->setObjectName(QStringLiteral("actionEditNote"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_noteAction->setStatusTip(tr("Write a note on the selected candidate (saved in the project)"));
    connect(m_noteAction, &QAction::triggered, this, &ResultsView::editNoteOfCurrent);
    m_exportDesignAction = new QAction(tr("Export Desi&gn…"), this);
    m_exportDesignAction->setObjectName(QStringLiteral("actionExportDesign"));
    m_exportDesignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportDesignAction->setStatusTip(tr("Save the selected candidate as a Once-for-All-style JSON config"));
    connect(m_exportDesignAction, &QAction::triggered, this, &ResultsView::exportDesignDialog);
    m_exportTableAction = new QAction(tr("Export &Table…"), this);
    m_exportTableAction->setObjectName(QStringLiteral("actionExportTable"));
    m_exportTableAction->setStatusTip(tr("Save the listed candidates as CSV"));
    connect(m_exportTableAction, &QAction::triggered, this, &ResultsView::exportTableDialog);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(showLabel);
    bar->addWidget(m_showBox);
    bar->addWidget(topLabel);
    bar->addWidget(m_topKBox);
    for (QAction *a : {m_pinAction, m_noteAction, m_exportDesignAction, m_exportTableAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        bar->addWidget(button);
    }

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Results"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsTableModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_table->setColumnWidth(ResultsTableModel::RankColumn, 48);
    m_table->setColumnWidth(ResultsTableModel::DesignColumn, 300);
    m_table->setColumnWidth(ResultsTableModel::PinnedColumn, 56);
    m_table->setColumnWidth(ResultsTableModel::FrontColumn, 52);
    m_table->setColumnWidth(ResultsTableModel::BudgetsColumn, 64);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ResultsView::showColumnMenu);
    const QStringList hidden = prefs::resultsHiddenColumns.value();
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, hidden.contains(ResultsTableModel::columnName(c)));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Results count"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsView::onCurrentRowChanged);
    connect(m_model, &ResultsTableModel::rowsRebuilt, this, [this] {
        followSelection();
        updateCount();
    });
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, &ResultsView::followSelection);
    connect(m_state, &AnalysisState::selectionChanged, this, [this] {
        followSelection();
        updateActions();
    });
    connect(m_state, &AnalysisState::pinsChanged, this, &ResultsView::updateActions);
    updateCount();
    updateActions();
}

ResultsView::~ResultsView() = default;

void ResultsView::setCandidates(std::shared_ptr<const CandidateSet> set)
{
    m_model->setCandidates(std::move(set));
    updateActions();
}

QString ResultsView::countText() const
{
    return m_count->text();
}

int ResultsView::currentCandidate() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->candidateAt(m_proxy->mapToSource(current).row()) : -1;
}

void ResultsView::setColumnVisible(int column, bool visible)
{
    if (column == ResultsTableModel::DesignColumn)
        visible = true; // the row's identity always shows
    m_table->setColumnHidden(column, !visible);
    QStringList hidden;
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c)
        if (m_table->isColumnHidden(c))
            hidden.append(ResultsTableModel::columnName(c));
    prefs::resultsHiddenColumns.setValue(hidden);
}

bool ResultsView::isColumnVisible(int column) const
{
    return !m_table->isColumnHidden(column);
}

void ResultsView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(isColumnVisible(c));
        a->setEnabled(c != ResultsTableModel::DesignColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void ResultsView::onCurrentRowChanged()
{
    updateActions();
    if (m_syncing)
        return;
    const auto &set = m_model->candidates();
    const int i = currentCandidate();
    if (!set || i < 0)
        return;
    const QString key = set->key(i);
    if (key != m_state->selectedKey())
        m_state->execute(new SelectCandidateCommand(m_state, key));
}

void ResultsView::followSelection()
{
    const auto &set = m_model->candidates();
    const int row = set ? m_model->rowOfCandidate(set->indexOfKey(m_state->selectedKey())) : -1;
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, ResultsTableModel::DesignColumn)) : QModelIndex();
    m_syncing = true;
    if (index.isValid()) {
        if (m_table->currentIndex().row() != index.row() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    m_syncing = false;
}

void ResultsView::updateCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const int matching = m_model->matchingCount();
    QString what;
    switch (m_model->show()) {
    case ResultsTableModel::Show::WithinBudgets:
        what = tr("%1 of %2 candidates within budgets listed");
        break;
    case ResultsTableModel::Show::Front:
        what = tr("%1 of %2 front designs listed");
        break;
    case ResultsTableModel::Show::Pinned:
        what = tr("%1 of %2 pinned candidates listed");
        break;
    case ResultsTableModel::Show::All:
        what = tr("%1 of %2 candidates listed");
        break;
    }
    m_count->setText(what.arg(locale.toString(std::min(shown, std::max(matching, shown))), locale.toString(matching)));
}

void ResultsView::updateActions()
{
    const bool selected = m_model->candidates() && m_model->candidates()->indexOfKey(m_state->selectedKey()) >= 0;
    m_pinAction->setEnabled(selected);
    m_noteAction->setEnabled(selected);
    m_exportDesignAction->setEnabled(selected);
    m_exportTableAction->setEnabled(m_model->rowCount() > 0);
    m_pinAction->setText(selected && m_state->isPinned(m_state->selectedKey()) ? tr("Un&pin Selected Candidate")
                                                                               : tr("&Pin Selected Candidate"));
}

void ResultsView::togglePinCurrent()
{
    const QString key = m_state->selectedKey();
    if (key.isEmpty())
        return;
    m_state->execute(new PinCandidateCommand(m_state, key, !m_state->isPinned(key)));
}

void ResultsView::editNoteOfCurrent()
{
    const QString key = m_state->selectedKey();
    if (key.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit Note"), tr("Note on %1:").arg(key), m_state->note(key), &ok);
    if (ok && text.trimmed() != m_state->note(key))
        m_state->execute(new SetNoteCommand(m_state, key, text.trimmed()));
}

bool ResultsView::exportDesign(int candidate, const QString &path, QString *error) const
{
    const auto &set = m_model->candidates();
    if (!set || candidate < 0 || candidate >= set->size()) {
        *error = tr("No candidate is selected.");
        return false;
    }
    const QJsonObject config = set->space().toJson(set->architecture(candidate));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ResultsView::exportTable(const QString &path, QString *error) const
{
    const auto &set = m_model->candidates();
    if (!set) {
        *error = tr("There are no candidates to export.");
        return false;
    }
    QString csv = QStringLiteral("rank,design,accuracy_percent,latency_ms,energy_mj,macs,params,memory_mb,on_front,"
                                 "within_budgets,pinned,note,accuracy_source,cost_source,device,space\n");
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const int i = m_model->candidateAt(row);
        const QString key = set->key(i);
        const QVariant rank = m_model->index(row, ResultsTableModel::RankColumn).data(ResultsTableModel::SortRole);
        QStringList fields{rank.toInt() == std::numeric_limits<int>::max() ? QString() : rank.toString(), csvField(key)};
        for (CandidateMetric m : {CandidateMetric::Accuracy, CandidateMetric::Latency, CandidateMetric::Energy,
                                  CandidateMetric::Macs, CandidateMetric::Params, CandidateMetric::Memory})
            fields << csvNumber(set->value(m, i));
        fields << (set->isOnFront3(i) ? QStringLiteral("1") : QStringLiteral("0"))
               << (set->admits(m_state->budgets(), i) ? QStringLiteral("1") : QStringLiteral("0"))
               << (m_state->isPinned(key) ? QStringLiteral("1") : QStringLiteral("0")) << csvField(m_state->note(key))
               << csvField(set->accuracyProvenance()) << csvField(set->costProvenance()) << csvField(set->deviceId())
               << csvField(set->space().name());
        csv += fields.join(u',') + u'\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ResultsView::exportDesignDialog()
{
    const auto &set = m_model->candidates();
    const int candidate = set ? set->indexOfKey(m_state->selectedKey()) : -1;
    if (candidate < 0)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2.json").arg(set->space().name(), set->deviceId()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Design"), suggested, tr("JSON config (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDesign(candidate, path, &error)) {
        QMessageBox::warning(this, tr("Export Design"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Design saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ResultsView::exportTableDialog()
{
    const auto &set = m_model->candidates();
    if (!set)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("results-%1.csv").arg(set->deviceId()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), suggested, tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, &error)) {
        QMessageBox::warning(this, tr("Export Table"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Table saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace edgefront
