#include "ui/users/deleteconfirmdialog.h"

#include "core/clamp.h"
#include "core/lifecycle.h"
#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"
#include "ui/users/changeconfirmdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace usher {

DeleteConfirmDialog::DeleteConfirmDialog(const QString& name, const QString& email, bool forGood, bool askReason,
                                         QWidget* parent)
    : QDialog(parent)
    , m_expected(email.trimmed())
{
    setWindowTitle(tr("Delete %1?").arg(name));
    build(forGood ? tr("<b>%1</b> is deleted on the service now and for good, with their group memberships. The "
                       "service keeps no Deleted view: Usher cannot bring them back.")
                        .arg(name.toHtmlEscaped())
                  : tr("<b>%1</b> loses access now and moves to the Deleted view. You can restore them there for %n "
                       "day(s); after that they are purged for good.",
                       nullptr, recoveryDays)
                        .arg(name.toHtmlEscaped()),
          tr("Type <b>%1</b> to confirm:").arg(m_expected.toHtmlEscaped()), askReason);
}

DeleteConfirmDialog::DeleteConfirmDialog(qint64 count, bool forGood, bool askReason, QWidget* parent)
    : QDialog(parent)
    , m_expected(QString::number(count))
{
    const int n = clampToInt(count);
    setWindowTitle(tr("Delete %n User(s)?", nullptr, n));
    build(forGood ? tr("%n user(s) are deleted on the service now and for good, with their group memberships. The "
                       "service keeps no Deleted view: Usher cannot bring them back.",
                       nullptr, n)
                  : tr("%n user(s) lose access now and move to the Deleted view. You can restore them there for %1 "
                       "days; after that they are purged for good.",
                       nullptr, n)
                        .arg(recoveryDays),
          tr("Type the number of users, <b>%1</b>, to confirm:").arg(m_expected), askReason);
}

void DeleteConfirmDialog::build(const QString& message, const QString& prompt, bool askReason)
{
    setObjectName(QStringLiteral("deleteConfirmDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(message, this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("confirmField"));
    m_typed->setAccessibleName(tr("Confirmation"));
    promptLabel->setBuddy(m_typed);
    layout->addWidget(m_typed);
    if (askReason) {
        m_reason = addReasonField(this, layout);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setIcon(bundledIcon(QStringLiteral("delete")));
    m_delete->setEnabled(false);
    m_delete->setToolTip(tr("Type the confirmation above first."));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString& typed) {
        // Case and surrounding spaces do not matter for an address; everything else must match.
        const bool matches = typed.trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
        m_delete->setEnabled(matches);
        m_delete->setToolTip(matches ? QString() : tr("Type the confirmation above first."));
    });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    rememberSize(this, QStringLiteral("deleteConfirm"));
}

QString DeleteConfirmDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

} // namespace usher
