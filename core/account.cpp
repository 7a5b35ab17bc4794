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
