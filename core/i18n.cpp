#include "core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace usher {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool supported = locale.language() == QLocale::Dutch || locale.language() == QLocale::German;
    if (!supported) {
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    QLocale::setDefault(locale);
    if (supported) {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    auto* own = new QTranslator(&app);
    const QString file = supported ? QStringLiteral("usher_") + QLocale::languageToCode(locale.language())
                                   : QStringLiteral("usher_en");
    if (!own->load(file, QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    return supported ? locale.name() : QStringLiteral("en");
}

} // namespace usher
