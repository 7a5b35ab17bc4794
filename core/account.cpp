#include "core/account.h"

namespace usher {

QString composeDisplayName(const QString& firstName, const QString& lastName)
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty() || last.isEmpty()) {
        return first + last;
    }
    return first + QLatin1Char(' ') + last;
}

PersonName splitDisplayName(const QString& name)
{
    const QString text = name.simplified();
    if (const int comma = text.indexOf(QLatin1Char(',')); comma > 0) {
        return {text.mid(comma + 1).trimmed(), text.left(comma).trimmed()};
    }
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2) {
        return {text, QString()};
    }
    // Particles that begin a family name in the languages Usher's people write in.
    static const QStringList particles{
        QStringLiteral("al"),  QStringLiteral("bin"), QStringLiteral("da"),  QStringLiteral("das"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("den"),
        QStringLiteral("der"), QStringLiteral("di"),  QStringLiteral("do"),  QStringLiteral("dos"),
        QStringLiteral("du"),  QStringLiteral("el"),  QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("te"),  QStringLiteral("ten"), QStringLiteral("ter"), QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("zu"),
    };
    qsizetype lastStarts = words.size() - 1;
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (particles.contains(words.at(i), Qt::CaseInsensitive)) { // "De Vries" as "de Vries"
            lastStarts = i;
            break;
        }
    }
    return {words.mid(0, lastStarts).join(QLatin1Char(' ')), words.mid(lastStarts).join(QLatin1Char(' '))};
}

QString initialsOf(const QString& displayName)
{
    const QStringList words = displayName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return QStringLiteral("?");
    }
    // Take whole code points (surrogate pairs) so emoji and CJK extension letters stay intact.
    auto firstLetter = [](const QString& word) {
        const int len = (word.size() > 1 && word.at(0).isHighSurrogate()) ? 2 : 1;
        return word.left(len);
    };
    QString initials = firstLetter(words.first());
    if (words.size() > 1 && words.first().at(0).isLetter() && words.first().at(0).unicode() < 0x2E80) {
        initials += firstLetter(words.last());
    }
    return initials.toUpper();
}

} // namespace usher
