#include "core/invitemail.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace usher {

namespace {

constexpr char context[] = "usher::Mail";

/// Translates into one language, whatever the application's (mails go out in the workspace's).
class Phrasebook
{
public:
    explicit Phrasebook(const QString& language)
        : m_locale(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                   : QLocale(language))
    {
        if (language != QLatin1String("en")
            && !m_translator.load(QStringLiteral("usher_") + language, QStringLiteral(":/i18n"))) {
            m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        }
    }

    QString operator()(const char* source) const
    {
        const QString text = m_translator.isEmpty() ? QString() : m_translator.translate(context, source);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }

    QString role(Role role) const
    {
        const QString text =
            m_translator.isEmpty() ? QString() : m_translator.translate("usher::Role", roleSourceName(role));
        return text.isEmpty() ? QString::fromUtf8(roleSourceName(role)) : text;
    }

    QString when(const QDateTime& time) const
    {
        const QDateTime utc = time.toUTC();
        return m_locale.toString(utc.date(), QLocale::LongFormat) + QLatin1String(", ")
            + m_locale.toString(utc.time(), QLocale::ShortFormat) + QLatin1String(" UTC");
    }

private:
    QTranslator m_translator;
    QLocale m_locale;
};

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        html += QStringLiteral("<p>") + paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
            + QStringLiteral("</p>\n");
    }
    return html;
}

} // namespace

QString registrationLinkPlaceholder()
{
    return QStringLiteral("{{usher-registration-link}}");
}

ComposedMail composeInvitationMail(const InvitationMailFacts& facts)
{
    const Phrasebook say(facts.language);
    const QString link = registrationLinkPlaceholder();
    // The inviter's words must not smuggle a link placeholder in.
    const QString message = QString(facts.message).remove(link).trimmed();

    ComposedMail mail;
    QString greeting = facts.inviteeName.trimmed().isEmpty()
        ? say(QT_TRANSLATE_NOOP("usher::Mail", "Hello,"))
        : say(QT_TRANSLATE_NOOP("usher::Mail", "Hello %1,")).arg(facts.inviteeName.trimmed());
    QString lead;
    if (facts.approval) {
        mail.subject = say(QT_TRANSLATE_NOOP("usher::Mail", "Your request to join %1 was approved"))
                           .arg(facts.workspaceName);
        lead = say(QT_TRANSLATE_NOOP("usher::Mail", "Your request to join %1 was approved. You join as %2."))
                   .arg(facts.workspaceName, say.role(facts.role));
    } else {
        mail.subject = say(QT_TRANSLATE_NOOP("usher::Mail", "%1 invited you to join %2"))
                           .arg(facts.inviterName, facts.workspaceName);
        lead = say(QT_TRANSLATE_NOOP("usher::Mail", "%1 invited you to join %2 as %3."))
                   .arg(facts.inviterName, facts.workspaceName, say.role(facts.role));
    }
    const QString action = say(QT_TRANSLATE_NOOP("usher::Mail", "Choose your password to accept:"));
    const QString button = say(QT_TRANSLATE_NOOP("usher::Mail", "Accept the invitation"));
    const QString expiry =
        say(QT_TRANSLATE_NOOP("usher::Mail", "The link works once and expires on %1.")).arg(say.when(facts.expiresAt));
    const QString ignore = say(QT_TRANSLATE_NOOP("usher::Mail", "If you did not expect this mail, ignore it: "
                                                                "nothing happens until the link is used."));
    const QString from = facts.approval
        ? QString()
        : say(QT_TRANSLATE_NOOP("usher::Mail", "A message from %1:")).arg(facts.inviterName);

    QStringList text{greeting, lead};
    if (!message.isEmpty()) {
        text << from + QLatin1Char('\n') + message;
    }
    text << action + QLatin1Char('\n') + link << expiry << ignore;
    mail.text = text.join(QStringLiteral("\n\n")) + QLatin1Char('\n');

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "</head>\n<body style=\"font-family: sans-serif; line-height: 1.5;\">\n")
                       .arg(facts.language, mail.subject.toHtmlEscaped());
    html += paragraphs(greeting) + paragraphs(lead);
    if (!message.isEmpty()) {
        html += paragraphs(from) + QStringLiteral("<blockquote style=\"border-left: 3px solid #ccc; margin-left: 0; "
                                                  "padding-left: 1em;\">\n")
            + paragraphs(message) + QStringLiteral("</blockquote>\n");
    }
    html += QStringLiteral("<p><a href=\"%1\" style=\"display: inline-block; padding: 0.6em 1.2em; background: "
                           "#2b6cb0; color: #ffffff; text-decoration: none; border-radius: 4px;\">%2</a></p>\n")
                .arg(link, button.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size: small;\">%1<br><a href=\"%2\">%2</a></p>\n")
                .arg(action.toHtmlEscaped(), link);
    html += paragraphs(expiry) + paragraphs(ignore) + QStringLiteral("</body></html>\n");
    mail.html = html;
    return mail;
}

namespace {
/// A mail of plain paragraphs, with a button for the link between those before and after it when `button` is given.
ComposedMail simpleMail(const QString& language, const QString& subject, const QStringList& paragraphsBefore,
                        const QString& button, const QStringList& paragraphsAfter)
{
    const QString link = registrationLinkPlaceholder();
    ComposedMail mail;
    mail.subject = subject;
    QStringList text = paragraphsBefore;
    if (!button.isEmpty()) {
        text << link;
    }
    text << paragraphsAfter;
    mail.text = text.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "</head>\n<body style=\"font-family: sans-serif; line-height: 1.5;\">\n")
                       .arg(language, subject.toHtmlEscaped());
    for (const QString& paragraph : paragraphsBefore) {
        html += paragraphs(paragraph);
    }
    if (!button.isEmpty()) {
        html += QStringLiteral("<p><a href=\"%1\" style=\"display: inline-block; padding: 0.6em 1.2em; background: "
                               "#2b6cb0; color: #ffffff; text-decoration: none; border-radius: 4px;\">%2</a></p>\n"
                               "<p style=\"font-size: small;\"><a href=\"%1\">%1</a></p>\n")
                    .arg(link, button.toHtmlEscaped());
    }
    for (const QString& paragraph : paragraphsAfter) {
        html += paragraphs(paragraph);
    }
    mail.html = html + QStringLiteral("</body></html>\n");
    return mail;
}

QString greetingFor(const Phrasebook& say, const QString& name)
{
    return name.trimmed().isEmpty() ? say(QT_TRANSLATE_NOOP("usher::Mail", "Hello,"))
                                    : say(QT_TRANSLATE_NOOP("usher::Mail", "Hello %1,")).arg(name.trimmed());
}
} // namespace

ComposedMail composePasswordResetMail(const PasswordMailFacts& facts)
{
    const Phrasebook say(facts.language);
    const QString lead = facts.helperName.isEmpty()
        ? say(QT_TRANSLATE_NOOP("usher::Mail", "Someone asked to reset the password of your account in %1. "
                                               "Choose a new password with this link:"))
              .arg(facts.workspaceName)
        : say(QT_TRANSLATE_NOOP("usher::Mail", "%1 sent you this link to choose a new password for %2:"))
              .arg(facts.helperName, facts.workspaceName);
    const QString expiry = say(QT_TRANSLATE_NOOP("usher::Mail", "The link works once and expires on %1. Links sent "
                                                                "before it no longer work."))
                               .arg(say.when(facts.expiresAt));
    const QString ignore = say(QT_TRANSLATE_NOOP("usher::Mail", "If you did not ask for this, ignore this mail: your "
                                                                "password stays as it is."));
    return simpleMail(facts.language,
                      say(QT_TRANSLATE_NOOP("usher::Mail", "Choose a new password for %1")).arg(facts.workspaceName),
                      {greetingFor(say, facts.personName), lead},
                      say(QT_TRANSLATE_NOOP("usher::Mail", "Choose a new password")), {expiry, ignore});
}

ComposedMail composePasswordNotice(const PasswordMailFacts& facts)
{
    const Phrasebook say(facts.language);
    const QString lead = say(QT_TRANSLATE_NOOP("usher::Mail", "%1 reset the password of your Admin account in %2."))
                             .arg(facts.helperName, facts.workspaceName);
    const QString check = say(QT_TRANSLATE_NOOP("usher::Mail", "If you did not ask for this, tell your other Admins at "
                                                               "once: someone may be trying to take over your "
                                                               "account."));
    return simpleMail(facts.language,
                      say(QT_TRANSLATE_NOOP("usher::Mail", "Your Admin password in %1 was reset")).arg(facts.workspaceName),
                      {greetingFor(say, facts.personName), lead, check}, {}, {});
}

ComposedMail composeEmailChangedNotice(const PasswordMailFacts& facts, const QString& newEmail)
{
    const Phrasebook say(facts.language);
    const QString lead = say(QT_TRANSLATE_NOOP("usher::Mail", "%1 changed the email address of your account in %2 to "
                                                              "%3. Mail about your account, password resets too, now "
                                                              "goes there."))
                             .arg(facts.helperName, facts.workspaceName, newEmail);
    const QString check = say(QT_TRANSLATE_NOOP("usher::Mail", "If you did not expect this, tell the workspace's "
                                                               "Admins at once."));
    return simpleMail(facts.language,
                      say(QT_TRANSLATE_NOOP("usher::Mail", "Your email address in %1 was changed")).arg(facts.workspaceName),
                      {greetingFor(say, facts.personName), lead, check}, {}, {});
}

ComposedMail withLink(ComposedMail mail, const QString& link)
{
    mail.text.replace(registrationLinkPlaceholder(), link);
    mail.html.replace(registrationLinkPlaceholder(), link.toHtmlEscaped());
    return mail;
}

} // namespace usher
