#pragma once

class QWidget;
class QString;

namespace usher {

/// Restores a dialog's size saved under `key` now, and saves it again when the dialog
/// finishes, so dialogs open the size the person last left them. True when a size was restored
/// (a dialog that sizes itself to what it shows then leaves the person's size alone).
bool rememberSize(QWidget* dialog, const QString& key);

} // namespace usher
