#include "audit/AuditTrailView.h"

#include "audit/AuditTrail.h"
#include "audit/AuditTrailFilter.h"
#include "audit/AuditTrailModel.h"
#include "audit/RequestTrailPanel.h"
#include "common/Text.h"
#include "session/WorkerPool.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>
#include <set>

namespace cs::ui {

namespace {

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Refills a combo with "all" plus `items` (text, data), keeping the chosen data when it is still there.
void refill(QComboBox *combo, const QString &all, const std::vector<std::pair<QString, QString>> &items)
{
    const QString kept = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int at = combo->findData(kept);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace

AuditTrailView::AuditTrailView(QWidget *parent) : QWidget(parent)
{
    m_model = new AuditTrailModel(this);
    m_filter = new AuditTrailFilter(this);
    m_filter->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTrailTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The rows come as a timeline (sorted off the UI thread); sorting is left off so that a
    // large store never sorts on the UI thread.
    m_table->setSortingEnabled(false);

    m_panel = new RequestTrailPanel(this);
    m_panel->setObjectName(QStringLiteral("requestTrailPanel"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailView::currentRowChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditTrailView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditTrailView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditTrailView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditTrailView::updateCount);
    fillChoices();
    updateCount();
}

QWidget *AuditTrailView::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_request = makeCombo(QStringLiteral("requestFilter"), tr("Filter by request"), bar);
    m_person = makeCombo(QStringLiteral("personFilter"), tr("Filter by person"), bar);
    m_role = makeCombo(QStringLiteral("roleFilter"), tr("Filter by role"), bar);
    m_type = makeCombo(QStringLiteral("typeFilter"), tr("Filter by entry type"), bar);
    m_useFrom = new QCheckBox(tr("From"), bar);
    m_useFrom->setObjectName(QStringLiteral("useFromDate"));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_useTo = new QCheckBox(tr("to"), bar);
    m_useTo->setObjectName(QStringLiteral("useToDate"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setToolTip(tr("Dates are UTC, like the times in the trail; both ends are included."));
    }
    auto *clear = new QPushButton(tr("Clear filters"), bar);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("trailCount"));

    row->addWidget(m_request);
    row->addWidget(m_person);
    row->addWidget(m_role);
    row->addWidget(m_type);
    row->addSpacing(8);
    row->addWidget(m_useFrom);
    row->addWidget(m_from);
    row->addWidget(m_useTo);
    row->addWidget(m_to);
    row->addWidget(clear);
    row->addStretch(1);
    row->addWidget(m_count);

    auto onCombo = [this](QComboBox *combo, std::function<void(const QString &)> set) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, set = std::move(set)] {
            if (m_filling)
                return;
            set(combo->currentData().toString());
        });
    };
    onCombo(m_person, [this](const QString &key) { m_filter->setAuthor(key); });
    onCombo(m_role, [this](const QString &role) { m_filter->setRole(role); });
    onCombo(m_type, [this](const QString &type) { m_filter->setType(type); });
    connect(m_request, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString id = m_request->currentData().toString();
        m_filter->setRequest(id);
        if (!id.isEmpty())
            m_panel->showRequest(m_trail, id.toStdString());
    });
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &AuditTrailView::applyDates);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditTrailView::applyDates);
    connect(clear, &QPushButton::clicked, this, &AuditTrailView::clearFilters);
    return bar;
}

void AuditTrailView::fillChoices()
{
    m_filling = true;
    std::vector<std::pair<QString, QString>> requests, people, roles, types;
    if (m_trail) {
        for (const auto &id : m_trail->requestIds)
            requests.emplace_back(qs(id), qs(id));
        for (const auto &p : m_trail->people) {
            const QString name = p.name.isEmpty() ? tr("unknown key") : p.name;
            people.emplace_back(tr("%1 (%2)").arg(name, p.fingerprint.left(9)), qs(p.key));
        }
        std::set<std::string> seenTypes;
        for (const auto &r : m_trail->rows)
            seenTypes.insert(r.type);
        for (const auto &type : seenTypes)
            types.emplace_back(entryTypeTitle(type), qs(type));
    }
    for (const char *role : audit::kRoles)
        roles.emplace_back(roleTitle(role), QString::fromLatin1(role));
    refill(m_request, tr("All requests"), requests);
    refill(m_person, tr("All people"), people);
    refill(m_role, tr("All roles"), roles);
    refill(m_type, tr("All entry types"), types);

    // The date edits start at the trail's first and last days.
    std::optional<std::int64_t> first, last;
    if (m_trail) {
        for (const auto &r : m_trail->rows) {
            if (!r.readable)
                continue;
            first = first ? std::min(*first, r.tsMs) : r.tsMs;
            last = last ? std::max(*last, r.tsMs) : r.tsMs;
        }
    }
    if (first && !m_useFrom->isChecked())
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC).date());
    if (last && !m_useTo->isChecked())
        m_to->setDate(QDateTime::fromMSecsSinceEpoch(*last, Qt::UTC).date());
    m_filling = false;

    // The filter follows what the combos kept.
    m_filter->setRequest(m_request->currentData().toString());
    m_filter->setAuthor(m_person->currentData().toString());
    m_filter->setRole(m_role->currentData().toString());
    m_filter->setType(m_type->currentData().toString());
    applyDates();
}

void AuditTrailView::applyDates()
{
    if (m_filling)
        return;
    std::optional<qint64> from, to;
    if (m_useFrom->isChecked())
        from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        to = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() - 1;
    m_filter->setTimeRange(from, to);
}

void AuditTrailView::setReport(std::shared_ptr<const audit::VerificationReport> report)
{
    const int generation = ++m_generation;
    m_building = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const AuditTrail>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const AuditTrail>>::finished, this, [this, watcher, generation] {
        auto trail = watcher->result();
        watcher->deleteLater();
        // Only the newest report wins; an older build finishing late would show a stale trail.
        if (generation != m_generation)
            return;
        m_building = false;
        setTrail(std::move(trail));
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &buildAuditTrail, std::move(report)));
}

void AuditTrailView::setTrail(std::shared_ptr<const AuditTrail> trail)
{
    const std::string shownRequest = m_panel->requestId();
    const QString selected = m_table->currentIndex().data(AuditTrailModel::EntryIdRole).toString();
    m_trail = std::move(trail);
    m_model->setTrail(m_trail);
    fillChoices();
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(200); // samples rows: a large store must not stall the UI
    m_table->resizeColumnsToContents();
    // Long texts are elided here and shown whole in their tooltip and the request panel.
    header->resizeSection(AuditTrailModel::StatusColumn, std::min(header->sectionSize(AuditTrailModel::StatusColumn), 240));
    header->resizeSection(AuditTrailModel::SummaryColumn, std::min(header->sectionSize(AuditTrailModel::SummaryColumn), 360));
    if (!selected.isEmpty())
        selectEntry(selected.toStdString());
    if (m_trail && !shownRequest.empty() && m_trail->status(shownRequest))
        m_panel->showRequest(m_trail, shownRequest);
    else if (!shownRequest.empty())
        m_panel->clearRequest();
    updateCount();
    emit trailChanged();
}

bool AuditTrailView::selectEntry(const std::string &entryId)
{
    const QString id = qs(entryId);
    int row = m_filter->proxyRowOf(id);
    if (row < 0 && m_trail && m_trail->row(entryId)) {
        clearFilters();
        row = m_filter->proxyRowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->index(row, AuditTrailModel::TimeColumn);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void AuditTrailView::showRequest(const std::string &requestId)
{
    const int at = m_request->findData(qs(requestId));
    m_request->setCurrentIndex(at < 0 ? 0 : at);
}

void AuditTrailView::clearFilters()
{
    m_filling = true;
    for (QComboBox *combo : {m_request, m_person, m_role, m_type})
        combo->setCurrentIndex(0);
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_filling = false;
    m_filter->clearCriteria();
}

void AuditTrailView::currentRowChanged()
{
    const QString request = m_table->currentIndex().data(AuditTrailModel::RequestIdRole).toString();
    if (!request.isEmpty() && request.toStdString() != m_panel->requestId())
        m_panel->showRequest(m_trail, request.toStdString());
}

QString AuditTrailView::countText() const
{
    return m_count->text();
}

void AuditTrailView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n entries", nullptr, total) : tr("%1 of %n entries", nullptr, total).arg(shown));
}

} // namespace cs::ui
