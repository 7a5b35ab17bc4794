#include "ui/helpdesk/callercheckdialog.h"

#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QUrl>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace usher {

CallerCheckDialog::CallerCheckDialog(const QString& what, const QString& consequence, bool offerSignOut,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ways(new QButtonGroup(this))
    , m_note(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("callerCheckDialog"));
    setWindowTitle(tr("Check Who Is Asking"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("callerCheckWhat"));
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!consequence.isEmpty()) {
        auto* consequenceLabel = new QLabel(consequence, this);
        consequenceLabel->setWordWrap(true);
        layout->addWidget(consequenceLabel);
    }
    auto* question = new QLabel(tr("How did you check that the caller is this person? Attackers phone helpdesks "
                                   "pretending to be employees."),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);
    int number = 1;
    for (const CallerCheck check : callerChecks()) {
        auto* way = new QRadioButton(tr("&%1  %2").arg(number).arg(callerCheckDisplayName(check)), this);
        way->setObjectName(QStringLiteral("check_") + callerCheckKey(check));
        m_ways->addButton(way, int(check));
        layout->addWidget(way);
        ++number;
    }
    m_note->setObjectName(QStringLiteral("callerCheckNote"));
    m_note->setPlaceholderText(tr("Note for the audit log (required for another way)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(500);
    layout->addWidget(m_note);
    if (offerSignOut) {
        m_signOut = new QCheckBox(tr("Also &sign them out everywhere (their open sessions end)"), this);
        m_signOut->setObjectName(QStringLiteral("signOutEverywhere"));
        layout->addWidget(m_signOut);
    }
    layout->addWidget(m_problem);
    layout->addStretch();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Go Ahead"));
    layout->addWidget(m_buttons);
    connect(m_ways, &QButtonGroup::idToggled, this, &CallerCheckDialog::updateState);
    connect(m_note, &QLineEdit::textChanged, this, &CallerCheckDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CallerCheckDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ways->buttons().constFirst()->setFocus(); // 1-4 answer at once from here
    setMinimumWidth(460);
    rememberSize(this, QStringLiteral("callerCheck"));
    updateState();
}

CallerVerification CallerCheckDialog::verification() const
{
    CallerVerification verification;
    if (m_ways->checkedId() >= 0) {
        verification.how = CallerCheck(m_ways->checkedId());
    }
    verification.note = m_note->text().trimmed();
    return verification;
}

bool CallerCheckDialog::signOutEverywhere() const
{
    return m_signOut && m_signOut->isChecked();
}

void CallerCheckDialog::keyPressEvent(QKeyEvent* event)
{
    // 1-4 outside the note choose a way; one that needs no note goes ahead at once.
    const int index = event->key() - Qt::Key_1;
    const QList<CallerCheck> checks = callerChecks();
    if (!m_note->hasFocus() && event->modifiers() == Qt::NoModifier && index >= 0 && index < checks.size()) {
        m_ways->button(int(checks.at(index)))->setChecked(true);
        if (checks.at(index) == CallerCheck::Other) {
            m_note->setFocus();
        } else {
            confirm();
        }
        return;
    }
    QDialog::keyPressEvent(event);
}

void CallerCheckDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!verificationProblem(verification()));
    showProblem(m_problem, {});
}

void CallerCheckDialog::confirm()
{
    if (const auto problem = verificationProblem(verification())) {
        showProblem(m_problem, *problem);
        return;
    }
    accept();
}

SecretShownOnceDialog::SecretShownOnceDialog(const QString& title, const QString& intro, const QString& secret,
                                             const QString& note, QWidget* parent, bool openable)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretShownOnceDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    auto* field = new QLineEdit(secret, this);
    field->setObjectName(QStringLiteral("secretField"));
    field->setReadOnly(true);
    field->setAccessibleName(title);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    field->setFont(mono);
    field->setCursorPosition(0);
    layout->addWidget(field);
    auto* copiedNote = new QLabel(tr("Copied to the clipboard."), this);
    copiedNote->setObjectName(QStringLiteral("copiedNote"));
    layout->addWidget(copiedNote);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        noteLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(noteLabel);
    }
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("&Copy Again"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySecretButton"));
    if (openable) {
        auto* open = buttons->addButton(tr("Open in &Browser"), QDialogButtonBox::ActionRole);
        open->setObjectName(QStringLiteral("openSecretButton"));
        connect(open, &QPushButton::clicked, this, [secret] { QDesktopServices::openUrl(QUrl(secret)); });
    }
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, [this, secret] {
        QApplication::clipboard()->setText(secret);
        emit copied();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    close->setFocus();
    QApplication::clipboard()->setText(secret);
}

} // namespace usher
