#include "ui/invite/invitedialog.h"
#include "ui/invite/registrationlinks.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "ui/common/gate.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace usher {

namespace {
enum VerdictColumn { AddressColumn, NameColumn, VerdictColumn, WhyColumn, VerdictColumnCount };
constexpr int groupIdRole = Qt::UserRole + 1;
} // namespace

InviteDialog::InviteDialog(Backend* backend, const Operator& op, bool mailConfigured, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_mailConfigured(mailConfigured)
    , m_pages(new QStackedWidget(this))
    , m_addresses(new QPlainTextEdit(this))
    , m_verdicts(new QTableWidget(0, VerdictColumnCount, this))
    , m_summary(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_groups(new QListWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_reviewDelay(new QTimer(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_send(new QPushButton(this))
    , m_links(new RegistrationLinks(tr("The invitations are ready. Send each person their link: it is shown only "
                                       "now, and works once. \"Copy registration link\" in the Invitations view makes "
                                       "a new one later."),
                                    this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite People"));

    // The form page.
    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* addressesLabel = new QLabel(tr("&Addresses:"), this);
    addressesLabel->setBuddy(m_addresses);
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_addresses->setPlaceholderText(tr("Paste or type addresses: one per line, or separated by commas or semicolons. "
                                       "\"Name <address>\" works too, and so do cells copied from a spreadsheet."));
    m_addresses->setTabChangesFocus(true);
    m_verdicts->setObjectName(QStringLiteral("verdicts"));
    m_verdicts->setAccessibleName(tr("Addresses and their verdicts"));
    m_verdicts->setHorizontalHeaderLabels({tr("Address"), tr("Name"), tr("Verdict"), tr("Why")});
    m_verdicts->verticalHeader()->hide();
    m_verdicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_verdicts->setWordWrap(false);
    m_verdicts->horizontalHeader()->setStretchLastSection(true);
    m_verdicts->horizontalHeader()->resizeSection(AddressColumn, 230);
    m_verdicts->horizontalHeader()->resizeSection(NameColumn, 140);
    m_verdicts->horizontalHeader()->resizeSection(VerdictColumn, 150);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_addresses);
    split->addWidget(m_verdicts);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_role->setObjectName(QStringLiteral("role"));
    for (const Role role : allRoles()) {
        if (!refusalToGrant(op.role, role)) {
            m_role->addItem(roleDisplayName(role), int(role));
        }
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(Role::Member))));
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setAccessibleName(tr("First groups"));
    m_groups->setMaximumHeight(86);
    m_groups->addItem(tr("Loading groups…"));
    m_groups->setEnabled(false);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setPlaceholderText(tr("Optional: a few words of welcome, included in the mail."));
    m_message->setMaximumHeight(64);
    m_message->setTabChangesFocus(true);
    auto* options = new QFormLayout;
    options->addRow(tr("&Role:"), m_role);
    options->addRow(tr("&Groups:"), m_groups);
    options->addRow(tr("&Welcome message:"), m_message);
    auto* delivery = new QLabel(this);
    delivery->setObjectName(QStringLiteral("deliveryNote"));
    delivery->setWordWrap(true);
    delivery->setForegroundRole(QPalette::PlaceholderText);
    delivery->setText(mailConfigured
                          ? tr("Each person gets a mail with a link to choose a password. The link works once.")
                          : tr("No mail server is set up (Workspace ▸ Mail Server…): Usher makes the invitations and "
                               "gives you their links to send yourself."));

    formLayout->addWidget(addressesLabel);
    formLayout->addWidget(split, 1);
    formLayout->addWidget(m_summary);
    formLayout->addLayout(options);
    formLayout->addWidget(delivery);
    formLayout->addWidget(m_problem);
    m_pages->addWidget(form);

    // The links page, when no mail carries them.
    connect(m_links, &RegistrationLinks::copied, this, [this] { showProblem(m_problem, {}); });
    m_pages->addWidget(m_links);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &InviteDialog::send);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_reviewDelay->setSingleShot(true);
    m_reviewDelay->setInterval(300);
    connect(m_reviewDelay, &QTimer::timeout, this, &InviteDialog::runReview);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, &InviteDialog::scheduleReview);
    connect(m_message, &QPlainTextEdit::textChanged, this, &InviteDialog::updateSendButton);

    resize(780, 700);
    rememberSize(this, QStringLiteral("inviteDialog"));
    updateSendButton();

    if (!m_backend->groups()) {
        m_groups->clear();
        m_groups->addItem(m_backend->absence(Backend::Feature::Groups));
        return;
    }
    whenDone(m_backend->groups()->listGroups(op.workspaceId), this, [this](const Result<QList<GroupSummary>>& groups) {
        m_groups->clear();
        if (!groups.ok()) {
            m_groups->addItem(tr("The groups could not be read: %1").arg(groups.error().message));
            return;
        }
        if (groups.value().isEmpty()) {
            m_groups->addItem(tr("No groups yet"));
            return;
        }
        m_groups->setEnabled(true);
        for (const GroupSummary& group : groups.value()) {
            auto* item = new QListWidgetItem(bundledIcon(group.synced ? QStringLiteral("synced")
                                                                      : QStringLiteral("group")),
                                             group.name, m_groups);
            item->setData(groupIdRole, QVariant::fromValue(group.id));
            item->setCheckState(Qt::Unchecked);
            auto why = refusalToEditGroup(m_operator.role, group);
            if (!why) {
                why = refusalToGrantPermissions(m_operator.role, group.permissions);
            }
            if (why) {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(*why);
            }
        }
    });
}

void InviteDialog::setAddresses(const QString& text)
{
    m_addresses->setPlainText(text);
}

bool InviteDialog::isReviewing() const
{
    return m_reviewRunning || m_reviewDelay->isActive();
}

void InviteDialog::scheduleReview()
{
    m_reviewDelay->start();
    updateSendButton();
}

void InviteDialog::runReview()
{
    const QList<InviteAddress> addresses = parseInviteAddresses(m_addresses->toPlainText());
    const quint64 generation = m_generation.next();
    if (addresses.isEmpty()) {
        m_review = InviteReview{};
        m_reviewRunning = false;
        showReview();
        return;
    }
    if (addresses.size() > maxInvitationBatch) {
        m_review = InviteReview{};
        m_reviewRunning = false;
        showReview();
        showProblem(m_problem, tr("Invite at most %1 people at a time (this list has %2).")
                                   .arg(maxInvitationBatch)
                                   .arg(addresses.size()));
        updateSendButton();
        return;
    }
    m_reviewRunning = true;
    whenCurrent(m_backend->invitations()->reviewInvitations(m_operator.workspaceId, addresses), this, m_generation, generation,
             [this, generation](const Result<InviteReview>& review) {
                 m_reviewRunning = false;
                 if (!review.ok()) {
                     // Nothing may be sent on the strength of an older list's verdicts.
                     m_review = InviteReview{};
                     m_verdicts->setRowCount(0);
                     m_summary->clear();
                     showProblem(m_problem, review.error().message);
                     updateSendButton();
                     return;
                 }
                 m_review = review.value();
                 showReview();
             });
    updateSendButton();
}

void InviteDialog::showReview()
{
    showProblem(m_problem, {});
    m_verdicts->setRowCount(int(m_review.checks.size()));
    for (int row = 0; row < m_review.checks.size(); ++row) {
        const InviteCheck& check = m_review.checks.at(row);
        const bool ok = check.verdict == InviteVerdict::Ok;
        auto* verdict = new QTableWidgetItem(bundledIcon(ok ? QStringLiteral("add-user") : QStringLiteral("warning")),
                                             inviteVerdictName(check.verdict));
        verdict->setData(Qt::UserRole, int(check.verdict));
        auto* why = new QTableWidgetItem(check.why);
        why->setToolTip(check.why);
        if (!ok) {
            why->setForeground(QColor(0xb0, 0x2a, 0x1f));
        }
        m_verdicts->setItem(row, AddressColumn, new QTableWidgetItem(check.address.email));
        m_verdicts->setItem(row, NameColumn, new QTableWidgetItem(check.address.name));
        m_verdicts->setItem(row, VerdictColumn, verdict);
        m_verdicts->setItem(row, WhyColumn, why);
    }
    const int skipped = int(m_review.checks.size()) - m_review.acceptable;
    QStringList parts;
    if (!m_review.checks.isEmpty()) {
        parts.append(tr("%n ready", nullptr, m_review.acceptable));
        if (skipped > 0) {
            parts.append(tr("%n skipped (see why above)", nullptr, skipped));
        }
    }
    if (m_review.seatCap) {
        parts.append(tr("seats: %1 of %2 taken").arg(m_review.seatsUsed).arg(*m_review.seatCap));
    }
    if (!m_review.checks.isEmpty()) {
        parts.append(tr("links expire after %n day(s)", nullptr, m_review.expiryDays));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    if (m_review.seatRefusal) {
        showProblem(m_problem, *m_review.seatRefusal);
    }
    updateSendButton();
}

void InviteDialog::updateSendButton()
{
    const int ready = m_review.acceptable;
    if (ready == 0) {
        m_send->setText(m_mailConfigured ? tr("&Send Invitations") : tr("&Create Invitations"));
    } else {
        m_send->setText(m_mailConfigured ? tr("&Send %n Invitation(s)", nullptr, ready)
                                         : tr("&Create %n Invitation(s)", nullptr, ready));
    }
    QString why;
    if (m_sending) {
        why = tr("Sending…");
    } else if (isReviewing()) {
        why = tr("Checking the addresses…");
    } else if (m_review.checks.isEmpty()) {
        why = tr("Enter at least one address.");
    } else if (ready == 0) {
        why = tr("None of the addresses can be invited; see why beside each.");
    } else if (m_review.seatRefusal) {
        why = *m_review.seatRefusal;
    } else if (const auto problem = inviteMessageProblem(m_message->toPlainText())) {
        why = *problem;
    }
    m_send->setEnabled(why.isEmpty());
    m_send->setToolTip(why);
    // While invitations are being made, closing would lose their one-time links.
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(!m_sending);
    }
}

QList<Id> InviteDialog::checkedGroups() const
{
    QList<Id> ids;
    for (int row = 0; row < m_groups->count(); ++row) {
        const QListWidgetItem* item = m_groups->item(row);
        if (item->checkState() == Qt::Checked && item->data(groupIdRole).isValid()) {
            ids.append(item->data(groupIdRole).value<Id>());
        }
    }
    return ids;
}

void InviteDialog::send()
{
    if (m_pages->currentIndex() == 1) {
        accept();
        return;
    }
    InvitationRequest request;
    for (const InviteCheck& check : std::as_const(m_review.checks)) {
        request.addresses.append(check.address);
    }
    request.role = Role(m_role->currentData().toInt());
    request.groupIds = checkedGroups();
    request.message = m_message->toPlainText().trimmed();
    request.sendMail = m_mailConfigured;
    m_sending = true;
    updateSendButton();
    whenDone(m_backend->invitations()->createInvitations(m_operator, request), this,
             [this](const Result<QList<InvitationOutcome>>& result) {
                 m_sending = false;
                 if (!result.ok()) {
                     showProblem(m_problem, result.error().message);
                     updateSendButton();
                     return;
                 }
                 int created = 0;
                 bool queued = false;
                 QStringList refused;
                 for (const InvitationOutcome& outcome : result.value()) {
                     created += outcome.done ? 1 : 0;
                     queued = queued || outcome.mailQueued;
                     if (!outcome.done) {
                         refused.append(QStringLiteral("%1: %2").arg(outcome.email, outcome.why));
                     }
                 }
                 if (created == 0) {
                     // Things changed since the check (someone else invited them): say so, keep the list.
                     showProblem(m_problem, tr("Nobody was invited:") + QLatin1Char('\n')
                                                + refused.join(QLatin1Char('\n')));
                     runReview();
                     return;
                 }
                 emit invitationsCreated(created, queued);
                 if (queued) {
                     accept();
                 } else {
                     showLinks(result.value());
                 }
             });
}

void InviteDialog::showLinks(const QList<InvitationOutcome>& outcomes)
{
    m_links->showLinks(outcomes);
    m_pages->setCurrentIndex(1);
    m_send->setText(tr("&Done"));
    m_send->setEnabled(true);
    m_send->setToolTip({});
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->hide();
    }
}

} // namespace usher
