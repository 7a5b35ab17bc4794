#include "ui/common/personchange.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace usher {

void showNotChanged(QWidget* parent, const QString& who, const QString& why)
{
    const QString text = who.isEmpty() || why.contains(who)
        ? why
        : QCoreApplication::translate("usher::PersonChange", "%1: %2").arg(who, why);
    auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("usher::PersonChange", "Not Changed"),
                                text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("changeRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace usher
