#include "ui/common/databaseerrordialog.h"

#include "ui/common/icons.h"
#include "ui/common/rememberedsize.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace usher {

DatabaseErrorDialog::DatabaseErrorDialog(const QString& location, const BackendError& error, Target target,
                                         QWidget* parent)
    : QDialog(parent)
    , m_reason(error.message)
{
    setObjectName(QStringLiteral("databaseErrorDialog"));
    setWindowTitle(tr("Cannot Open Database"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(
        target == Target::File ? tr("Usher cannot open this database") : tr("Usher cannot connect to this database"),
        this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);

    auto* file = new QLabel(QDir::toNativeSeparators(location), this);
    file->setObjectName(QStringLiteral("fileLabel"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    QFont mono = file->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    file->setFont(mono);

    auto* reason = new QLabel(error.message, this);
    reason->setObjectName(QStringLiteral("reasonLabel"));
    reason->setWordWrap(true);

    auto* untouched = new QLabel(target == Target::File ? tr("The file has not been changed.")
                                                        : tr("Nothing has been changed on the server."),
                                 this);
    untouched->setForegroundRole(QPalette::PlaceholderText);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(heading);
    text->addWidget(file);
    text->addWidget(reason);
    text->addWidget(untouched);
    if (!error.detail.isEmpty()) {
        auto* details = new QPlainTextEdit(error.detail, this);
        details->setObjectName(QStringLiteral("detailsText"));
        details->setReadOnly(true);
        details->setMaximumHeight(80);
        details->setAccessibleName(tr("Technical details"));
        text->addWidget(new QLabel(tr("Technical details:"), this));
        text->addWidget(details);
    }

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto addChoice = [this, buttons](const QString& text, const QString& name, const QIcon& icon, auto signal) {
        auto* button = buttons->addButton(text, QDialogButtonBox::AcceptRole);
        button->setObjectName(name);
        button->setIcon(icon);
        connect(button, &QPushButton::clicked, this, [this, signal] {
            accept();
            emit(this->*signal)();
        });
        return button;
    };
    QPushButton* first = nullptr;
    if (target == Target::File) {
        first = addChoice(tr("Open Another File…"), QStringLiteral("openAnotherButton"),
                          themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                          &DatabaseErrorDialog::openAnotherRequested);
        addChoice(tr("Create New Database…"), QStringLiteral("createNewButton"), bundledIcon(QStringLiteral("new-database")),
                  &DatabaseErrorDialog::createNewRequested);
    } else {
        first = addChoice(tr("Try Again"), QStringLiteral("retryButton"),
                          themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")),
                          &DatabaseErrorDialog::retryRequested);
        addChoice(tr("Edit Connection…"), QStringLiteral("editConnectionButton"), bundledIcon(QStringLiteral("connections")),
                  &DatabaseErrorDialog::editConnectionRequested);
        addChoice(tr("Use Local Database"), QStringLiteral("localDatabaseButton"), bundledIcon(QStringLiteral("file-database")),
                  &DatabaseErrorDialog::localDatabaseRequested);
    }
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    first->setDefault(true);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    rememberSize(this, QStringLiteral("databaseError"));
}

} // namespace usher
