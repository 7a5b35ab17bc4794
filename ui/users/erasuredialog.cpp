#include "ui/users/erasuredialog.h"

#include "core/clamp.h"
#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace usher {

ErasureDialog::ErasureDialog(const ErasureCounts& counts, QWidget* parent)
    : QDialog(parent)
    , m_expected(counts.email.trimmed())
{
    setObjectName(QStringLiteral("erasureDialog"));
    const QString name = counts.name.isEmpty() ? counts.email : counts.name;
    setWindowTitle(tr("Erase %1?").arg(name));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    // What goes, item by item, only what there is.
    QStringList items{tr("their account and profile, with their membership of %1")
                          .arg(QLocale().createSeparatedList(counts.workspaces))};
    const auto add = [&items](qint64 n, const QString& text) {
        if (n > 0) {
            items.append(text);
        }
    };
    add(counts.groups, tr("%n group membership(s)", nullptr, clampToInt(counts.groups)));
    add(counts.invitations, tr("%n invitation(s)", nullptr, clampToInt(counts.invitations)));
    add(counts.sessions, tr("%n session(s)", nullptr, clampToInt(counts.sessions)));
    add(counts.signIns, tr("%n sign-in record(s)", nullptr, clampToInt(counts.signIns)));
    add(counts.passwordResets, tr("%n password reset(s)", nullptr, clampToInt(counts.passwordResets)));
    add(counts.mails, tr("%n mail(s) in the outbox", nullptr, clampToInt(counts.mails)));
    add(counts.waitlist, tr("%n waitlist entr(y/ies)", nullptr, clampToInt(counts.waitlist)));
    QString list;
    for (const QString& item : std::as_const(items)) {
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    auto* text = new QLabel(
        tr("<b>%1</b> (%2) asked to be erased. This removes, at once and for good:").arg(name.toHtmlEscaped(),
                                                                                          counts.email.toHtmlEscaped())
            + QStringLiteral("<ul>") + list + QStringLiteral("</ul>")
            + (counts.auditEvents > 0 ? tr("The %n audit log event(s) that name them are kept, with a pseudonym in place "
                                           "of their names and address. This cannot be undone.",
                                           nullptr, clampToInt(counts.auditEvents))
                                      : tr("This cannot be undone.")),
        this);
    text->setObjectName(QStringLiteral("erasureSummary"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto* form = new QFormLayout;
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceField"));
    m_reference->setMaxLength(200);
    m_reference->setPlaceholderText(tr("The ticket or letter number of the request"));
    form->addRow(tr("Request &reference:"), m_reference);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("confirmField"));
    m_typed->setPlaceholderText(m_expected);
    form->addRow(tr("Type their &address:"), m_typed);
    layout->addLayout(form);
    auto* kept = new QLabel(tr("The erasure log keeps who erased, when, the pseudonym and the reference; nothing about "
                               "the person."),
                            this);
    kept->setWordWrap(true);
    kept->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(kept);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setIcon(bundledIcon(QStringLiteral("delete")));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_reference, &QLineEdit::textChanged, this, &ErasureDialog::updateButton);
    connect(m_typed, &QLineEdit::textChanged, this, &ErasureDialog::updateButton);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButton();
    setMinimumWidth(500);
    rememberSize(this, QStringLiteral("erasure"));
}

QString ErasureDialog::reference() const
{
    return m_reference->text().trimmed();
}

void ErasureDialog::updateButton()
{
    const bool typed = m_typed->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
    const bool referenced = !reference().isEmpty();
    m_erase->setEnabled(typed && referenced);
    m_erase->setToolTip(!referenced ? tr("Enter the request's reference first.")
                        : !typed    ? tr("Type their address above first.")
                                    : QString());
}

} // namespace usher
