#include "ui/users/changeconfirmdialog.h"

#include "ui/common/rememberedsize.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace usher {

QLineEdit* addReasonField(QWidget* dialog, QBoxLayout* layout)
{
    auto* label = new QLabel(ChangeConfirmDialog::tr("&Reason (optional, kept in the audit log):"), dialog);
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reasonField"));
    reason->setMaxLength(500);
    reason->setPlaceholderText(ChangeConfirmDialog::tr("For example: left the company on 30 November"));
    label->setBuddy(reason);
    layout->addWidget(label);
    layout->addWidget(reason);
    return reason;
}

ChangeConfirmDialog::ChangeConfirmDialog(const QString& title, const QString& message, const QString& action,
                                         bool askReason, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmChange"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("confirmText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    top->addWidget(text, 1);
    layout->addLayout(top);
    if (askReason) {
        m_reason = addReasonField(this, layout);
    }
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* go = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    go->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(go, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    rememberSize(this, QStringLiteral("confirmChange"));
}

QString ChangeConfirmDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

} // namespace usher
