#include "core/email.h"

#include <QCoreApplication>
#include <QHash>

namespace usher {

namespace {
/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::Email)
};
} // namespace

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QString emailProblem(const QString& email)
{
    const QString address = email.trimmed();
    if (address.isEmpty()) {
        return Text::tr("the address is empty");
    }
    if (address.size() > 254) {
        return Text::tr("the address is longer than 254 characters");
    }
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return Text::tr("the address contains a space or control character");
        }
    }
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return Text::tr("the address has no @");
    }
    if (address.indexOf(QLatin1Char('@')) != at) {
        return Text::tr("the address has more than one @");
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty()) {
        return Text::tr("nothing before the @");
    }
    if (local.size() > 64) {
        return Text::tr("the part before the @ is longer than 64 characters");
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return Text::tr("misplaced dot before the @");
    }
    if (domain.isEmpty()) {
        return Text::tr("no domain after the @");
    }
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QLatin1String(".."))) {
        return Text::tr("the domain \"%1\" is not a full domain name").arg(domain);
    }
    return {};
}

QString asciiFolded(const QString& text)
{
    static const QHash<QChar, QString> special = {
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x00F8), QStringLiteral("o")},
        {QChar(0x00D8), QStringLiteral("O")},  {QChar(0x0142), QStringLiteral("l")},
        {QChar(0x0141), QStringLiteral("L")},  {QChar(0x0111), QStringLiteral("d")},
        {QChar(0x0110), QStringLiteral("D")},  {QChar(0x00E6), QStringLiteral("ae")},
        {QChar(0x00C6), QStringLiteral("AE")}, {QChar(0x0131), QStringLiteral("i")},
        {QChar(0x0153), QStringLiteral("oe")},
    };
    QString result;
    result.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const auto it = special.constFind(c);
        if (it != special.constEnd()) {
            result += *it;
        } else if (c.unicode() < 0x80) {
            result += c;
        }
    }
    return result;
}

} // namespace usher
