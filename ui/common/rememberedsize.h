#pragma once

class QWidget;
class QString;

namespace usher {

/// Restores a dialog's size saved under `key` now, and saves it again when the dialog
/// finishes, so dialogs open the size the person last left them.
void rememberSize(QWidget* dialog, const QString& key);

} // namespace usher
