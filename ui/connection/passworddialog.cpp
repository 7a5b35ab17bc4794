#include "ui/connection/passworddialog.h"

#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace usher {

PasswordDialog::PasswordDialog(const ConnectionProfile& profile, const QString& problem, bool keychainAvailable,
                               QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    const bool token = profile.secretIsToken();
    setWindowTitle(token ? tr("Token for %1").arg(profile.name) : tr("Password for %1").arg(profile.name));

    const bool client = profile.scim() && profile.scim()->auth == ScimAuth::ClientCredentials;
    auto* intro = new QLabel(client  ? tr("Usher needs the secret of the OAuth client <b>%1</b> to connect to the SCIM "
                                          "service at %2.")
                                           .arg(profile.account().toHtmlEscaped(), profile.location().toHtmlEscaped())
                             : token ? tr("Usher needs a bearer token for the SCIM service at %1 to connect. Whoever "
                                          "runs the service issues it.")
                                           .arg(profile.location().toHtmlEscaped())
                                   : tr("Usher needs the password of <b>%1</b> on %2 to connect.")
                                         .arg(profile.account().toHtmlEscaped(), profile.location().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        QLabel* why = makeProblemLabel(this);
        showProblem(why, problem);
        layout->addWidget(why);
    }

    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(client ? tr("Client secret") : token ? tr("Token") : tr("Password"));
    auto* form = new QFormLayout;
    form->addRow(client ? tr("Client &secret:") : token ? tr("&Token:") : tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    m_remember->setToolTip(keychainAvailable
                               ? (token ? tr("Keep the token in the operating system's keychain, never in a file.")
                                        : tr("Keep the password in the operating system's keychain, never in a file."))
                               : (token ? tr("No keychain is available, so the token is kept in memory until Usher closes.")
                                        : tr("No keychain is available, so the password is kept in memory until Usher "
                                             "closes.")));
    layout->addWidget(m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    rememberSize(this, QStringLiteral("password"));
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace usher
