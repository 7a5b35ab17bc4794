#include "ui/connection/operatordialog.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
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
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
        break;
    }
    m_email->setObjectName(QStringLiteral("emailField"));
    if (m_password) {
        m_password->setObjectName(QStringLiteral("passwordField"));
        m_password->setEchoMode(QLineEdit::Password);
    }
    layout->addLayout(form);
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
    updateButtons();
}

void OperatorDialog::updateButtons()
{
    bool complete = !m_email->text().trimmed().isEmpty();
    if (m_password) {
        complete = complete && !m_password->text().isEmpty();
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
        future = m_backend->operatorSignIn()->signIn(m_workspaceId, m_email->text(), m_password->text());
        break;
    }
    m_busy = true;
    updateButtons();
    showProblem(m_problem, {});
    whenDone(future, this, [this](const Result<Operator>& result) {
        m_busy = false;
        updateButtons();
        if (!result.ok()) {
            showProblem(m_problem, result.error().message);
            if (m_password) {
                m_password->selectAll();
            }
            return;
        }
        emit operatorReady(result.value());
        accept();
    });
}

} // namespace usher
