#include "ui/common/aboutdialog.h"

#include "ui/common/icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace usher {

AboutDialog::AboutDialog(const QString& databaseDescription, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Usher"));

    auto* logo = new QLabel(this);
    logo->setPixmap(bundledIcon(QStringLiteral("usher")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);

    auto* name = new QLabel(tr("Usher %1").arg(QApplication::applicationVersion()), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto* summary = new QLabel(tr("Manage your organisation's users and groups: members and their roles, groups and "
                                  "permissions, invitations, the signup waitlist and the audit log."),
                               this);
    summary->setWordWrap(true);
    auto* details
        = new QLabel(tr("Database: %1\nBuilt with Qt %2, running on Qt %3.")
                         .arg(databaseDescription, QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                     this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setForegroundRole(QPalette::PlaceholderText);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(summary);
    text->addWidget(details);
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(logo);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace usher
