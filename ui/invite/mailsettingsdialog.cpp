#include "ui/invite/mailsettingsdialog.h"

#include "connection/backend.h"
#include "connection/credentialstore.h"
#include "connection/mail/mailconfig.h"
#include "connection/session.h"
#include "connection/whendone.h"
#include "core/email.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace usher {

namespace {

/// The port each kind of security is usually served on.
int defaultPort(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::StartTls:
        return 587;
    case SmtpSettings::Security::Tls:
        return 465;
    case SmtpSettings::Security::None:
        return 25;
    }
    Q_UNREACHABLE();
}

} // namespace

MailSettingsDialog::MailSettingsDialog(Session* session, CredentialStore* credentials, const QString& profile,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_backend(session->backend())
    , m_operator(session->currentOperator().value_or(Operator{}))
    , m_credentials(credentials)
    , m_profile(profile)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keychainStatus(new QLabel(this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_test(new QPushButton(tr("Send &Test Mail…"), this))
    , m_testBusy(new QProgressBar(this))
    , m_testResult(new QLabel(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail Server"));

    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("For example: smtp.example.org"));
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (port 587)"), int(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS (port 465)"), int(SmtpSettings::Security::Tls));
    m_security->addItem(tr("None — local test servers only"), int(SmtpSettings::Security::None));
    m_security->setItemData(m_security->count() - 1,
                            tr("Sends the password and every mail unencrypted: only for a test server on this "
                               "computer."),
                            Qt::ToolTipRole);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setPlaceholderText(tr("Empty: the server needs no sign-in"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_keychainStatus->setTextFormat(Qt::PlainText);
    m_keychainStatus->hide();
    m_fromAddress->setObjectName(QStringLiteral("senderAddress"));
    m_fromAddress->setPlaceholderText(tr("For example: people@example.org"));
    m_fromName->setObjectName(QStringLiteral("senderName"));
    m_fromName->setPlaceholderText(tr("For example: Example Inc. (optional)"));
    m_timeout->setObjectName(QStringLiteral("smtpTimeout"));
    m_timeout->setRange(1, maxSmtpTimeoutSeconds);
    m_timeout->setSuffix(tr(" seconds"));
    m_timeout->setToolTip(tr("A server that has not answered by then counts as unreachable."));

    showSettings(SmtpSettings{});

    auto* intro = new QLabel(tr("Usher sends this workspace's invitations through this server, whoever sends them. "
                                "The password is kept in your keychain, never in a file or the database."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Server &host:"), m_host);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keychainStatus);
    form->addRow(tr("Sender &address:"), m_fromAddress);
    form->addRow(tr("Sender &name:"), m_fromName);
    form->addRow(tr("T&imeout:"), m_timeout);

    m_test->setObjectName(QStringLiteral("sendTestMail"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Sends one mail with the settings as typed here, before saving them."));
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setAccessibleName(tr("Sending the test mail"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(120);
    m_testBusy->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testBusy);
    testRow->addStretch(1);

    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("okButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_security, qOverload<int>(&QComboBox::currentIndexChanged), this, &MailSettingsDialog::securityChanged);
    for (QLineEdit* field : {m_host, m_user, m_password, m_fromAddress, m_fromName}) {
        connect(field, &QLineEdit::textChanged, this, &MailSettingsDialog::updateState);
    }
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &MailSettingsDialog::updateState);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    const auto touched = [this] {
        m_touched = true;
        updateState();
    };
    for (QLineEdit* field : {m_host, m_user, m_password, m_fromAddress, m_fromName}) {
        connect(field, &QLineEdit::textEdited, this, touched);
    }
    connect(m_security, &QComboBox::activated, this, touched);
    connect(m_port, &QSpinBox::editingFinished, this, touched);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsDialog::sendTestMail);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancelled while the keychain was writing: its answer no longer closes the dialog.
    connect(this, &QDialog::rejected, this, [this] { m_saving = false; });

    setMinimumWidth(460);
    resize(580, 520);
    rememberSize(this, QStringLiteral("mailSettingsDialog"));
    updateState();
    readSettings();
    readPassword();
}

void MailSettingsDialog::showSettings(const SmtpSettings& saved)
{
    m_host->setText(saved.host);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(saved.security))));
    m_shownSecurity = SmtpSettings::Security(m_security->currentData().toInt());
    m_port->setValue(saved.port);
    m_user->setText(saved.user);
    m_fromAddress->setText(saved.fromAddress);
    m_fromName->setText(saved.fromName);
    m_timeout->setValue(saved.timeoutSeconds);
}

void MailSettingsDialog::readSettings()
{
    m_readingSettings = true;
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_security, m_port, m_user, m_fromAddress,
                                                          m_fromName, m_timeout}) {
        field->setEnabled(false);
    }
    updateState();
    whenDone(m_backend->outbox()->mailServer(m_operator.workspaceId), this, [this](const Result<SmtpSettings>& read) {
        m_readingSettings = false;
        for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_security, m_port, m_user, m_fromAddress,
                                                              m_fromName, m_timeout}) {
            field->setEnabled(true);
        }
        if (!read.ok()) {
            showProblem(m_problem, read.error().message);
            return;
        }
        // A workspace without a server yet is offered what an older Usher kept for this connection.
        showSettings(read.value().isConfigured() ? read.value() : loadSmtpSettings(m_profile));
        updateState();
    });
}

SmtpSettings MailSettingsDialog::settings() const
{
    SmtpSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = SmtpSettings::Security(m_security->currentData().toInt());
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.fromAddress = m_fromAddress->text().trimmed();
    settings.fromName = m_fromName->text().trimmed();
    settings.timeoutSeconds = m_timeout->value();
    return settings;
}

void MailSettingsDialog::readPassword()
{
    m_readingPassword = true;
    m_password->setEnabled(false);
    m_password->setPlaceholderText(tr("Reading the keychain…"));
    m_keychainStatus->setText(tr("Reading the keychain…"));
    m_keychainStatus->show();
    updateState();
    const QFuture<Result<QString>> reading = m_credentials->read(m_profile, smtpPasswordKey(m_operator.workspaceId));
    whenDone(reading, this, [this](const Result<QString>& read) {
        m_readingPassword = false;
        updateState();
        m_password->setPlaceholderText(QString());
        if (read.ok() || read.error().kind == BackendError::Kind::NotFound) {
            m_password->setText(read.ok() ? read.value() : QString());
            m_password->setEnabled(true);
            m_keychainStatus->hide();
            return;
        }
        if (read.error().kind == BackendError::Kind::KeychainUnavailable) {
            // Usher keeps no password in a file, so without a keychain there is nowhere to keep one.
            m_keychainUnavailable = true;
            m_password->setToolTip(read.error().message);
            m_password->setPlaceholderText(tr("No keychain available"));
            m_keychainStatus->setText(read.error().message);
            return;
        }
        // Refused or failed: a password typed now replaces the saved one; an empty field keeps it.
        m_password->setEnabled(true);
        m_password->setPlaceholderText(tr("Unchanged"));
        m_keychainStatus->setText(read.error().message + QLatin1Char(' ')
                                  + tr("Type the password to replace the saved one."));
    });
}

void MailSettingsDialog::securityChanged()
{
    const auto chosen = SmtpSettings::Security(m_security->currentData().toInt());
    // A port the person chose stays; the default of the previous security follows the new one.
    if (m_port->value() == defaultPort(m_shownSecurity)) {
        m_port->setValue(defaultPort(chosen));
    }
    m_shownSecurity = chosen;
}

QString MailSettingsDialog::problem() const
{
    return mailServerProblem(settings()).value_or(QString());
}

void MailSettingsDialog::updateState()
{
    const QString why = problem();
    // An untouched form is not yet wrong: it only cannot be saved, and Save's tooltip says why.
    showProblem(m_problem, m_touched ? why : QString());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Save);
    ok->setEnabled(why.isEmpty() && !m_saving && !m_readingPassword && !m_readingSettings);
    ok->setToolTip(m_readingPassword ? tr("Waiting for the keychain to answer.")
                                     : (m_readingSettings ? tr("Reading the workspace's mail server…") : why));
    m_test->setEnabled(why.isEmpty() && !m_testing);
}

void MailSettingsDialog::sendTestMail()
{
    if (m_testing || !problem().isEmpty()) {
        return;
    }
    // Opened, not exec'd: the dialog keeps no nested event loop, and tests can answer it.
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("testRecipientDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Send Test Mail"));
    ask->setLabelText(tr("Send a test mail to:"));
    ask->setTextValue(m_fromAddress->text().trimmed());
    ask->setOkButtonText(tr("Send"));
    connect(ask, &QInputDialog::textValueSelected, this, &MailSettingsDialog::sendTestMailTo);
    ask->open();
}

void MailSettingsDialog::sendTestMailTo(const QString& recipient)
{
    const QString to = recipient.trimmed();
    if (const QString why = emailProblem(to); !why.isEmpty()) {
        showTestResult(tr("Recipient: %1.").arg(why), false);
        return;
    }
    if (m_testing || !problem().isEmpty()) {
        return;
    }
    const SmtpSettings smtp = settings();
    MailMessage message;
    message.to = to;
    message.subject = tr("Usher test mail");
    message.text = tr("This is a test mail from Usher. The mail server %1 accepted it, so invitations can be sent "
                      "the same way.")
                       .arg(smtp.host);
    message.html = QStringLiteral("<p>%1</p>").arg(message.text.toHtmlEscaped());

    m_testing = true;
    m_testBusy->show();
    updateState();
    showTestResult(tr("Sending a test mail to %1…").arg(to), true);
    whenDone(m_session->sendTestMail(smtp, message), this, [this, to](const SmtpOutcome& outcome) {
        m_testing = false;
        m_testBusy->hide();
        updateState();
        if (outcome.sent) {
            showTestResult(tr("The server accepted the test mail to %1.").arg(to), true);
        } else {
            showTestResult(tr("The test mail was not sent: %1").arg(outcome.error), false);
        }
    });
}

void MailSettingsDialog::showTestResult(const QString& text, bool good)
{
    m_testResult->setText(text);
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText, good ? palette.color(QPalette::Text) : QColor(0xc5, 0x22, 0x1f));
    m_testResult->setPalette(palette);
    m_testResult->setProperty("good", good);
    m_testResult->show();
}

void MailSettingsDialog::save()
{
    if (m_saving || m_readingPassword || m_readingSettings || !problem().isEmpty()) {
        return;
    }
    const SmtpSettings wanted = settings();
    m_saving = true;
    updateState();
    // The workspace's settings first (the backend checks the operator may change them), then the
    // password, which only this operator's keychain holds.
    whenDone(m_backend->outbox()->saveMailServer(m_operator, wanted), this, [this, wanted](const Result<Done>& saved) {
        if (!m_saving) {
            return; // cancelled meanwhile
        }
        if (!saved.ok()) {
            m_saving = false;
            updateState();
            showProblem(m_problem, saved.error().message);
            return;
        }
        storePassword(wanted);
    });
}

void MailSettingsDialog::storePassword(const SmtpSettings& wanted)
{
    if (m_keychainUnavailable || !m_passwordEdited) {
        // Nothing for the keychain: the saved password (if any) stays as it is.
        m_saving = false;
        accept();
        return;
    }
    const QString key = smtpPasswordKey(m_operator.workspaceId);
    const QFuture<Result<Done>> job = wanted.password.isEmpty() ? m_credentials->remove(m_profile, key)
                                                                : m_credentials->write(m_profile, wanted.password, key);
    whenDone(job, this, [this](const Result<Done>& stored) {
        if (!m_saving) {
            return; // cancelled meanwhile
        }
        m_saving = false;
        updateState();
        if (!stored.ok()) {
            showProblem(m_problem, stored.error().message);
            return;
        }
        m_passwordEdited = false;
        accept();
    });
}

} // namespace usher
