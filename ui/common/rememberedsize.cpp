#include "ui/common/rememberedsize.h"

#include <QDialog>
#include <QSettings>

namespace usher {

bool rememberSize(QWidget* dialog, const QString& key)
{
    const QString settingsKey = QStringLiteral("dialogs/%1/size").arg(key);
    const QSize saved = QSettings().value(settingsKey).toSize();
    if (saved.isValid()) {
        dialog->resize(saved);
    }
    if (auto* asDialog = qobject_cast<QDialog*>(dialog)) {
        QObject::connect(asDialog, &QDialog::finished, asDialog,
                         [asDialog, settingsKey] { QSettings().setValue(settingsKey, asDialog->size()); });
    }
    return saved.isValid();
}

} // namespace usher
