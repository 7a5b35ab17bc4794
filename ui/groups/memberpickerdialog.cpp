#include "ui/groups/memberpickerdialog.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "core/userquery.h"
#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace usher {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int noteRole = Qt::UserRole + 2; ///< What their status means for joining, for people who are not active.

/// The person's name over their address, and what their status means for joining a group.
QString personText(const UserSummary& user)
{
    QString text = user.displayName.isEmpty() ? user.email : user.displayName + QLatin1Char('\n') + user.email;
    if (user.status != Status::Active) {
        text += QStringLiteral(" · ") + statusDisplayName(user.status);
    }
    return text;
}

/// Why adding someone who is not active may not do what the operator expects; empty for the active.
QString statusNote(Status status)
{
    switch (status) {
    case Status::Disabled:
        return MemberPickerDialog::tr("Disabled: they join the group, but cannot sign in until they are reactivated.");
    case Status::Invited:
        return MemberPickerDialog::tr("Invited: they join the group now and can use it once they accept the "
                                      "invitation.");
    case Status::Deleted:
        return MemberPickerDialog::tr("Deleted: they are removed for good unless restored.");
    case Status::Active:
        break;
    }
    return {};
}
} // namespace

MemberPickerDialog::MemberPickerDialog(Backend* backend, const Id& workspaceId, const QString& title,
                                       std::function<QString(int)> acceptText, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_workspaceId(workspaceId)
    , m_acceptText(std::move(acceptText))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_picked(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("memberPicker"));
    setWindowTitle(title);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Type a name or email address…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->setAccessibleName(tr("People found"));
    m_picked->setObjectName(QStringLiteral("pickerPicked"));
    m_picked->setAccessibleName(tr("People picked"));
    m_picked->setToolTip(tr("Double-click someone to take them off the list."));
    for (QListWidget* list : {m_results, m_picked}) {
        list->setAlternatingRowColors(true); // a person is two lines: name over address
        list->setSpacing(2);
    }
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setWordWrap(true);

    auto* found = new QVBoxLayout;
    auto* searchLabel = new QLabel(tr("&Find people:"), this);
    searchLabel->setBuddy(m_search);
    found->addWidget(searchLabel);
    found->addWidget(m_search);
    found->addWidget(m_results, 1);
    found->addWidget(m_status);
    auto* chosen = new QVBoxLayout;
    auto* pickedLabel = new QLabel(tr("&Picked:"), this);
    pickedLabel->setBuddy(m_picked);
    chosen->addWidget(pickedLabel);
    chosen->addWidget(m_picked, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(found, 3);
    columns->addSpacing(12);
    columns->addLayout(chosen, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &MemberPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemChanged, this, &MemberPickerDialog::toggle);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_picked, &QListWidget::itemActivated, this, &MemberPickerDialog::unpick);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rememberSize(this, QStringLiteral("memberPicker"));
    if (size().width() < 640) {
        resize(680, 460);
    }
    updateCount();
    search();
}

QList<Id> MemberPickerDialog::picked() const
{
    return m_order;
}

void MemberPickerDialog::search()
{
    UserPageRequest request;
    request.filter.workspaceId = m_workspaceId;
    request.filter.search = m_search->text();
    request.limit = resultLimit + 1; // one more, to know there are more
    const quint64 generation = m_generation.next();
    m_status->setText(tr("Searching…"));
    whenCurrent(m_backend->members()->listUsers(request), this, m_generation, generation, [this, generation](const Result<UserPage>& result) {
        if (!result.ok()) {
            m_status->setText(result.error().message);
            return;
        }
        showResults(generation, result.value().rows);
    });
}

void MemberPickerDialog::showResults(quint64, const QList<UserSummary>& users)
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const UserSummary& user : users.mid(0, resultLimit)) {
        auto* item = new QListWidgetItem(personText(user), m_results);
        item->setData(idRole, QVariant::fromValue(user.accountId));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_names.contains(user.accountId) ? Qt::Checked : Qt::Unchecked);
        const QString note = statusNote(user.status);
        item->setToolTip(note.isEmpty() ? tr("%1 · %2").arg(roleDisplayName(user.role), statusDisplayName(user.status))
                                        : note);
        if (!note.isEmpty()) {
            item->setIcon(bundledIcon(QStringLiteral("warning")));
            item->setData(noteRole, note);
        }
    }
    if (users.isEmpty()) {
        m_status->setText(m_search->text().trimmed().isEmpty() ? tr("No members in this workspace yet.")
                                                                : tr("Nobody matches “%1”.").arg(m_search->text().trimmed()));
    } else if (users.size() > resultLimit) {
        m_status->setText(tr("Showing the first %n matches; type more to narrow them down.", nullptr, resultLimit));
    } else {
        m_status->setText(tr("%n match(es).", nullptr, int(users.size())));
    }
}

void MemberPickerDialog::toggle(QListWidgetItem* item)
{
    const Id id = item->data(idRole).value<Id>();
    if (item->checkState() == Qt::Checked && !m_names.contains(id)) {
        m_names.insert(id, item->text());
        m_order.append(id);
        auto* picked = new QListWidgetItem(item->icon(), item->text(), m_picked);
        picked->setData(idRole, QVariant::fromValue(id));
        picked->setToolTip(item->data(noteRole).toString());
    } else if (item->checkState() == Qt::Unchecked && m_names.contains(id)) {
        m_names.remove(id);
        m_order.removeAll(id);
        for (int row = 0; row < m_picked->count(); ++row) {
            if (m_picked->item(row)->data(idRole).value<Id>() == id) {
                delete m_picked->takeItem(row);
                break;
            }
        }
    }
    updateCount();
}

void MemberPickerDialog::unpick(QListWidgetItem* item)
{
    const Id id = item->data(idRole).value<Id>();
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(idRole).value<Id>() == id) {
            m_results->item(row)->setCheckState(Qt::Unchecked); // toggle() does the rest
            return;
        }
    }
    m_names.remove(id);
    m_order.removeAll(id);
    delete m_picked->takeItem(m_picked->row(item));
    updateCount();
}

void MemberPickerDialog::updateCount()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_acceptText(int(m_order.size())));
    ok->setEnabled(!m_order.isEmpty());
    ok->setToolTip(m_order.isEmpty() ? tr("Pick someone first: tick them in the list.") : QString());
}

} // namespace usher
