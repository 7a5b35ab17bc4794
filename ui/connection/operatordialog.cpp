#include "ui/connection/operatordialog.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "core/invitation.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace usher {

OperatorDialog::OperatorDialog(Mode mode, Backend* backend, const Id& workspaceId, const QString& workspaceName,
                               const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_backend(backend)
    , m_workspaceId(workspaceId)
    , m_email(new QLineEdit(email, this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto* intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_form = form;
    const bool shared = backend->operatorSignIn()->requiresSignIn();
    switch (mode) {
    case Mode::FirstAdmin:
        setWindowTitle(tr("Set Up %1").arg(workspaceName));
        intro->setText(tr("<b>%1</b> has no Admin yet. You will be its first Admin; every change you make is "
                          "recorded under your name.")
                           .arg(workspaceName.toHtmlEscaped()));
        m_firstName = new QLineEdit(this);
        m_firstName->setObjectName(QStringLiteral("firstNameField"));
        m_lastName = new QLineEdit(this);
        m_lastName->setObjectName(QStringLiteral("lastNameField"));
        form->addRow(tr("&First name:"), m_firstName);
        form->addRow(tr("&Last name:"), m_lastName);
        form->addRow(tr("&Email:"), m_email);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Up"));
        if (shared) {
            m_password = new QLineEdit(this);
            m_repeat = new QLineEdit(this);
            m_repeat->setObjectName(QStringLiteral("repeatField"));
            m_repeat->setEchoMode(QLineEdit::Password);
            form->addRow(tr("&Password:"), m_password);
            form->addRow(tr("&Repeat password:"), m_repeat);
        }
        break;
    case Mode::Identify:
        setWindowTitle(tr("Who Are You?"));
        intro->setText(tr("Enter your email address in <b>%1</b>. Every change you make is recorded under your "
                          "name.")
                           .arg(workspaceName.toHtmlEscaped()));
        form->addRow(tr("&Email:"), m_email);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
        break;
    case Mode::SignIn:
        setWindowTitle(tr("Sign In to %1").arg(workspaceName));
        intro->setText(tr("Sign in with your Usher account for <b>%1</b>.").arg(workspaceName.toHtmlEscaped()));
        m_password = new QLineEdit(this);
        form->addRow(tr("&Email:"), m_email);
        form->addRow(tr("&Password:"), m_password);
        // The other ways in: a link a colleague was given, and a new password after a temporary one.
        m_link = new QLineEdit(this);
        m_link->setObjectName(QStringLiteral("linkField"));
        m_link->setPlaceholderText(tr("https://…?invite=… or …?reset=…"));
        m_newPassword = new QLineEdit(this);
        m_newPassword->setObjectName(QStringLiteral("newPasswordField"));
        m_newPassword->setEchoMode(QLineEdit::Password);
        m_newRepeat = new QLineEdit(this);
        m_newRepeat->setObjectName(QStringLiteral("newRepeatField"));
        m_newRepeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Link:"), m_link);
        form->addRow(tr("&New password:"), m_newPassword);
        form->addRow(tr("&Repeat new password:"), m_newRepeat);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
        break;
    }
    m_email->setObjectName(QStringLiteral("emailField"));
    if (m_password) {
        m_password->setObjectName(QStringLiteral("passwordField"));
        m_password->setEchoMode(QLineEdit::Password);
    }
    layout->addLayout(form);
    if (m_link) {
        auto* ways = new QHBoxLayout;
        m_haveLink = new QPushButton(tr("&I Have an Invitation or Reset Link"), this);
        m_haveLink->setObjectName(QStringLiteral("haveLinkButton"));
        m_haveLink->setFlat(true);
        m_haveLink->setToolTip(tr("Paste the link a colleague gave you and choose your password"));
        m_forgot = new QPushButton(tr("&Forgot Password?"), this);
        m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
        m_forgot->setFlat(true);
        m_forgot->setToolTip(tr("Mail a reset link to the address above"));
        ways->addWidget(m_haveLink);
        ways->addWidget(m_forgot);
        ways->addStretch();
        layout->addLayout(ways);
        connect(m_haveLink, &QPushButton::clicked, this,
                [this] { setStage(m_stage == Stage::Link ? Stage::Password : Stage::Link); });
        connect(m_forgot, &QPushButton::clicked, this, &OperatorDialog::forgotPassword);
    }
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    for (QLineEdit* field : findChildren<QLineEdit*>()) {
        connect(field, &QLineEdit::textChanged, this, &OperatorDialog::updateButtons);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_firstName ? m_firstName : (email.isEmpty() || !m_password ? m_email : m_password))->setFocus();
    setMinimumWidth(440);
    rememberSize(this, QStringLiteral("operator"));
    if (m_link) {
        setStage(Stage::Password);
    }
    updateButtons();
}

void OperatorDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool link = stage == Stage::Link;
    const bool choosing = stage != Stage::Password;
    m_form->setRowVisible(m_password, stage == Stage::Password || stage == Stage::NewPassword);
    m_form->setRowVisible(m_email, !link);
    m_form->setRowVisible(m_link, link);
    m_form->setRowVisible(m_newPassword, choosing);
    m_form->setRowVisible(m_newRepeat, choosing);
    m_email->setReadOnly(stage == Stage::NewPassword);
    m_password->setReadOnly(stage == Stage::NewPassword);
    m_forgot->setVisible(stage == Stage::Password);
    m_haveLink->setText(link ? tr("Sign In with a &Password Instead") : tr("&I Have an Invitation or Reset Link"));
    m_haveLink->setVisible(stage != Stage::NewPassword);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (stage) {
    case Stage::Password:
        ok->setText(tr("Sign In"));
        break;
    case Stage::NewPassword:
        m_intro->setText(tr("You signed in with a temporary password. Choose your own now (at least %n characters); "
                            "the temporary one stops working.",
                            nullptr, minPasswordLength));
        ok->setText(tr("Save and Sign In"));
        m_newPassword->setFocus();
        break;
    case Stage::Link:
        m_intro->setText(tr("Paste the invitation or password reset link you were given, and choose your password "
                            "(at least %n characters). The link works once.",
                            nullptr, minPasswordLength));
        ok->setText(tr("Save and Sign In"));
        m_link->setFocus();
        break;
    }
    showProblem(m_problem, {});
    updateButtons();
    if (isVisible()) {
        resize(width(), qMax(height(), sizeHint().height()));
    }
}

void OperatorDialog::forgotPassword()
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        showProblem(m_problem, tr("Email: enter your address first; the reset link goes there."));
        m_email->setFocus();
        return;
    }
    m_busy = true;
    updateButtons();
    whenDone(m_backend->operatorSignIn()->requestPasswordReset(m_workspaceId, email), this,
             [this, email](const Result<Done>& result) {
                 m_busy = false;
                 updateButtons();
                 if (!result.ok()) {
                     showProblem(m_problem, result.error().message);
                     return;
                 }
                 m_intro->setText(tr("If %1 belongs to this workspace, a reset link is on its way there. Open it, or "
                                     "paste it here with \"I Have an Invitation or Reset Link\".")
                                      .arg(email.toHtmlEscaped()));
                 showProblem(m_problem, {});
             });
}

void OperatorDialog::updateButtons()
{
    bool complete = !m_email->text().trimmed().isEmpty();
    if (m_password) {
        complete = complete && !m_password->text().isEmpty();
    }
    if (m_stage == Stage::Link) {
        complete = !m_link->text().trimmed().isEmpty();
    }
    if (m_stage != Stage::Password) {
        complete = complete && !m_newPassword->text().isEmpty() && !m_newRepeat->text().isEmpty();
    }
    if (m_repeat) {
        complete = complete && !m_repeat->text().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void OperatorDialog::submit()
{
    if (m_repeat && m_repeat->text() != m_password->text()) {
        showProblem(m_problem, tr("Repeat password: the two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    if (m_stage != Stage::Password && m_newRepeat->text() != m_newPassword->text()) {
        showProblem(m_problem, tr("Repeat new password: the two passwords differ."));
        m_newRepeat->setFocus();
        return;
    }
    QFuture<Result<Operator>> future;
    switch (m_mode) {
    case Mode::FirstAdmin:
        future = m_backend->operatorSignIn()->setUpFirstAdmin(m_workspaceId,
                                            NewMember{m_firstName->text(), m_lastName->text(), m_email->text(),
                                                      Role::Admin, m_password ? m_password->text() : QString()});
        break;
    case Mode::Identify:
        future = m_backend->operatorSignIn()->identify(m_workspaceId, m_email->text());
        break;
    case Mode::SignIn:
        future = m_stage == Stage::Link
            ? m_backend->operatorSignIn()->redeemLink(m_workspaceId, m_link->text(), m_newPassword->text())
            : m_stage == Stage::NewPassword
            ? m_backend->operatorSignIn()->changePassword(m_workspaceId, m_email->text(), m_password->text(),
                                                          m_newPassword->text())
            : m_backend->operatorSignIn()->signIn(m_workspaceId, m_email->text(), m_password->text());
        break;
    }
    m_busy = true;
    updateButtons();
    showProblem(m_problem, {});
    whenDone(future, this, [this](const Result<Operator>& result) {
        m_busy = false;
        updateButtons();
        if (!result.ok()) {
            if (result.error().kind == BackendError::Kind::PasswordChangeRequired && m_link) {
                setStage(Stage::NewPassword);
                return;
            }
            showProblem(m_problem, result.error().message);
            if (m_password && m_stage == Stage::Password) {
                m_password->selectAll();
            }
            return;
        }
        emit operatorReady(result.value());
        accept();
    });
}

} // namespace usher
