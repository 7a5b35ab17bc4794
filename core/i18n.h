#pragma once

#include <QString>

class QCoreApplication;

namespace usher {

/// Installs Qt's and Usher's translations for `language` ("nl", "de_DE"); an empty string
/// means the system locale. English installs only Usher's plural forms. Returns the locale
/// name installed ("nl_NL"), or "en" when Usher stays in English.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace usher
