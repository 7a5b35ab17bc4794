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

DatabaseErrorDialog::DatabaseErrorDialog(const QString& location, const BackendError& error, QWidget* parent)
    : QDialog(parent)
    , m_reason(error.message)
{
    setObjectName(QStringLiteral("databaseErrorDialog"));
    setWindowTitle(tr("Cannot Open Database"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(tr("Usher cannot open this database"), this);
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

    auto* untouched = new QLabel(tr("The file has not been changed."), this);
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
    auto* openAnother = buttons->addButton(tr("Open Another File…"), QDialogButtonBox::AcceptRole);
    openAnother->setObjectName(QStringLiteral("openAnotherButton"));
    openAnother->setIcon(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")));
    auto* createNew = buttons->addButton(tr("Create New Database…"), QDialogButtonBox::AcceptRole);
    createNew->setObjectName(QStringLiteral("createNewButton"));
    createNew->setIcon(themedIcon(QStringLiteral("document-new"), QStringLiteral("new-database")));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    openAnother->setDefault(true);

    connect(openAnother, &QPushButton::clicked, this, [this] {
        accept();
        emit openAnotherRequested();
    });
    connect(createNew, &QPushButton::clicked, this, [this] {
        accept();
        emit createNewRequested();
    });
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
