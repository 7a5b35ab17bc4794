#include "connection/mail/smtpclient.h"

#include "connection/logging.h"
#include "connection/loopback.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace usher {

namespace {

struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct MimeDeleter
{
    void operator()(curl_mime* mime) const { curl_mime_free(mime); }
};
struct SlistDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using CurlPtr = std::unique_ptr<CURL, CurlDeleter>;
using MimePtr = std::unique_ptr<curl_mime, MimeDeleter>;
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

/// libcurl's global state, set up once for the whole process (and never torn down: other threads may still send).
bool curlReady()
{
    static std::once_flag once;
    static CURLcode initialised = CURLE_FAILED_INIT;
    std::call_once(once, [] { initialised = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return initialised == CURLE_OK;
}

/// The server's replies as curl reads them, keeping the latest refusal so a failure can quote the server.
struct ReplyLog
{
    QStringList current; ///< Lines of the reply being read ("250-..." continues, "250 ..." ends it).
    QStringList refusal; ///< The latest complete 4xx/5xx reply; forgotten when a later command succeeds.

    void addLine(const QString& line)
    {
        if (line.size() < 3 || !line.at(0).isDigit() || !line.at(1).isDigit() || !line.at(2).isDigit()) {
            return;
        }
        current.append(line);
        if (line.size() > 3 && line.at(3) == QLatin1Char('-')) {
            return;
        }
        const QChar kind = line.at(0);
        if (kind == QLatin1Char('4') || kind == QLatin1Char('5')) {
            refusal = current;
        } else if (!line.startsWith(QLatin1String("221"))) { // QUIT's goodbye after a refusal does not undo it
            refusal.clear();
        }
        current.clear();
    }
};

int onCurlDebug(CURL*, curl_infotype type, char* data, size_t size, void* userData)
{
    // Only what the server says: what we send (CURLINFO_HEADER_OUT) includes the AUTH exchange.
    if (type == CURLINFO_HEADER_IN) {
        auto* replies = static_cast<ReplyLog*>(userData);
        const QString chunk = QString::fromUtf8(data, qsizetype(size));
        for (QString line : chunk.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            while (line.endsWith(QLatin1Char('\r'))) {
                line.chop(1);
            }
            replies->addLine(line);
        }
    }
    return 0;
}

/// An address curl can put between angle brackets without letting anything else into the envelope or headers.
bool isPlainAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 254) {
        return false;
    }
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(',');
    });
}

/// Header text on one line: control characters (CR and LF above all) become spaces.
QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

bool needsEncoding(const QString& text)
{
    return text.size() > 900 || text.contains(QLatin1String("=?"))
        || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7e; });
}

/// RFC 2047 "B" encoded words of at most 39 bytes of UTF-8 each, never splitting a character, folded onto
/// continuation lines so that every header line stays within 78 characters.
QByteArray encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > 39) {
            flush();
        }
        chunk += character;
        i += length;
    }
    flush();
    return words.join("\r\n ");
}

/// A display name as RFC 5322 wants it: bare, quoted when it holds specials, encoded when not plain ASCII.
QByteArray displayName(const QString& name)
{
    const QString clean = oneLine(name).trimmed();
    if (needsEncoding(clean)) {
        return encodedWords(clean);
    }
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    if (std::none_of(clean.cbegin(), clean.cend(), [](QChar c) { return specials.contains(c); })) {
        return clean.toLatin1();
    }
    QString quoted = clean;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

/// "Name <address>" for From and To, with the address on a continuation line when one line would be too long.
QByteArray mailbox(const QString& name, const QString& address)
{
    const QByteArray display = displayName(name);
    const QByteArray angled = '<' + address.toUtf8() + '>';
    if (display.isEmpty()) {
        return angled;
    }
    const qsizetype lastLine = display.size() - display.lastIndexOf('\n') - 1;
    const qsizetype header = display.contains('\n') ? 0 : qsizetype(sizeof("From: ") - 1);
    return display + (header + lastLine + 1 + angled.size() > 78 ? "\r\n " : " ") + angled;
}

QByteArray subjectValue(const QString& subject)
{
    const QString clean = oneLine(subject);
    return needsEncoding(clean) ? encodedWords(clean) : clean.toLatin1();
}

QByteArray rfc2822Date(const QDateTime& now)
{
    const int minutes = now.offsetFromUtc() / 60;
    const QString zone
        = QString::asprintf("%c%02d%02d", minutes < 0 ? '-' : '+', qAbs(minutes) / 60, qAbs(minutes) % 60);
    return (QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QByteArray messageId(const QString& fromAddress)
{
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray id = QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
    const QString domain = fromAddress.mid(fromAddress.lastIndexOf(QLatin1Char('@')) + 1);
    return '<' + id + '.' + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '@' + domain.toUtf8() + '>';
}

/// Body text as UTF-8 with CRLF line ends, so quoted-printable keeps line breaks as line breaks.
QByteArray crlfUtf8(const QString& text)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normal.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    return normal.toUtf8();
}

bool append(SlistPtr& list, const QByteArray& line)
{
    curl_slist* extended = curl_slist_append(list.get(), line.constData());
    if (!extended) {
        return false;
    }
    list.release();
    list.reset(extended);
    return true;
}

bool addTextPart(curl_mime* mime, const QString& text, const char* type)
{
    curl_mimepart* part = curl_mime_addpart(mime);
    const QByteArray bytes = crlfUtf8(text);
    return part && curl_mime_data(part, bytes.constData(), size_t(bytes.size())) == CURLE_OK
        && curl_mime_type(part, type) == CURLE_OK && curl_mime_encoder(part, "quoted-printable") == CURLE_OK;
}

/// The top level of the body: a multipart/alternative with the text part first and the HTML part last (the
/// one a mail program prefers when it can show it).
bool buildBody(CURL* curl, curl_mime* mime, const MailMessage& message)
{
    MimePtr alternative(curl_mime_init(curl));
    if (!alternative) {
        return false;
    }
    const bool both = !message.html.isEmpty();
    if ((!message.text.isEmpty() || !both)
        && !addTextPart(alternative.get(), message.text, "text/plain; charset=utf-8")) {
        return false;
    }
    if (both && !addTextPart(alternative.get(), message.html, "text/html; charset=utf-8")) {
        return false;
    }
    curl_mimepart* part = curl_mime_addpart(mime);
    if (!part || curl_mime_subparts(part, alternative.get()) != CURLE_OK) {
        return false;
    }
    alternative.release(); // the part owns it now
    return curl_mime_type(part, "multipart/alternative") == CURLE_OK;
}

QByteArray serverUrl(const SmtpSettings& settings)
{
    QString host = settings.host.trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))) {
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    }
    const QString scheme
        = settings.security == SmtpSettings::Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(settings.port).toUtf8();
}

/// Translation context of the mail client's messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::SmtpClient)
};

/// Whether a reply refuses this one mail (the recipient, or the message itself) rather than
/// every mail (the sign-in, the sender, the server as a whole): only the former is final.
bool refusesThisMail(const QString& reply)
{
    static const QStringList codes{QStringLiteral("550"), QStringLiteral("551"), QStringLiteral("552"),
                                   QStringLiteral("553"), QStringLiteral("556")};
    for (const QString& code : codes) {
        if (reply.startsWith(code)) {
            return !reply.contains(QLatin1String("5.7.")) && !reply.contains(QLatin1String("5.1.7"))
                && !reply.contains(QLatin1String("5.1.8"));
        }
    }
    return false;
}

QString plainTextRefused()
{
    return Text::tr("Security: without encryption, only a mail server on this computer (localhost) can be used; "
                    "choose STARTTLS or TLS.");
}

} // namespace

std::optional<QString> securityProblem(const SmtpSettings& settings)
{
    if (settings.security == SmtpSettings::Security::None && !mayBeLoopback(settings.host)) {
        return plainTextRefused();
    }
    return std::nullopt;
}

bool SmtpSettings::isConfigured() const
{
    return !host.trimmed().isEmpty() && !fromAddress.trimmed().isEmpty();
}

SmtpOutcome sendMail(const SmtpSettings& settings, const MailMessage& message)
{
    const auto failure = [&](QString error, bool permanent) {
        if (!settings.password.isEmpty()) {
            error.replace(settings.password, QLatin1String("********"));
        }
        qCWarning(lcMail).noquote() << "Mail via" << settings.host << "not sent:" << error;
        return SmtpOutcome{false, error, permanent};
    };
    if (!settings.isConfigured()) {
        return failure(Text::tr("No mail server or sender address is set up."), false);
    }
    if (const auto problem = securityProblem(settings)) {
        return failure(*problem, false);
    }
    // Plain text goes only where the name resolves now, all of it to this computer; curl is
    // pinned to those addresses so it cannot resolve the name differently a moment later.
    SlistPtr pinned;
    if (settings.security == SmtpSettings::Security::None) {
        const QList<QHostAddress> addresses = loopbackAddresses(settings.host);
        if (addresses.isEmpty()) {
            return failure(plainTextRefused(), false);
        }
        QStringList parts;
        for (const QHostAddress& address : addresses) {
            parts.append(address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString());
        }
        const QString host = settings.host.trimmed();
        if (!host.contains(QLatin1Char(':'))
            && !append(
                pinned,
                QStringLiteral("%1:%2:%3").arg(host).arg(settings.port).arg(parts.join(QLatin1Char(','))).toUtf8())) {
            return failure(Text::tr("Out of memory while preparing the mail."), false);
        }
    }
    if (!isPlainAddress(settings.fromAddress)) {
        return failure(Text::tr("Invalid sender address \"%1\".").arg(oneLine(settings.fromAddress)), false);
    }
    if (!isPlainAddress(message.to)) {
        return failure(Text::tr("Invalid recipient address \"%1\".").arg(oneLine(message.to)), true);
    }
    if (!curlReady()) {
        return failure(Text::tr("The mail library (libcurl) could not be started."), false);
    }

    // Declared before the handle so they outlive it: curl_easy_cleanup may still talk to the server (QUIT).
    ReplyLog replies;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    SlistPtr headers;
    SlistPtr recipients;
    MimePtr mime;
    CurlPtr curl(curl_easy_init());
    if (!curl) {
        return failure(Text::tr("The mail library (libcurl) could not be started."), false);
    }
    mime.reset(curl_mime_init(curl.get()));
    const bool built = mime && buildBody(curl.get(), mime.get(), message)
        && append(headers, "From: " + mailbox(settings.fromName, settings.fromAddress))
        && append(headers, "To: " + mailbox(message.toName, message.to))
        && append(headers, "Subject: " + subjectValue(message.subject))
        && append(headers, "Date: " + rfc2822Date(QDateTime::currentDateTime()))
        && append(headers, "Message-ID: " + messageId(settings.fromAddress))
        && append(recipients, '<' + message.to.toUtf8() + '>');
    if (!built) {
        return failure(Text::tr("Out of memory while preparing the mail."), false);
    }

    const long timeout = std::max(1, settings.timeoutSeconds);
    CURLcode status = CURLE_OK;
    const auto set = [&](CURLoption option, auto value) {
        if (status == CURLE_OK) {
            status = curl_easy_setopt(curl.get(), option, value);
        }
    };
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    set(CURLOPT_URL, serverUrl(settings).constData());
    if (pinned) {
        set(CURLOPT_RESOLVE, pinned.get());
    }
    set(CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    set(CURLOPT_USE_SSL, long(settings.security == SmtpSettings::Security::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    if (!settings.user.isEmpty()) {
        set(CURLOPT_USERNAME, settings.user.toUtf8().constData());
        set(CURLOPT_PASSWORD, settings.password.toUtf8().constData());
    }
    set(CURLOPT_MAIL_FROM, ('<' + settings.fromAddress.toUtf8() + '>').constData());
    set(CURLOPT_MAIL_RCPT, recipients.get());
    set(CURLOPT_HTTPHEADER, headers.get());
    set(CURLOPT_MIMEPOST, mime.get());
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_CONNECTTIMEOUT, timeout);
    set(CURLOPT_TIMEOUT, timeout);
    set(CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    set(CURLOPT_FORBID_REUSE, 1L); // say QUIT now, within the time limit, not in curl_easy_cleanup
    set(CURLOPT_VERBOSE, 1L);
    set(CURLOPT_DEBUGFUNCTION, &onCurlDebug);
    set(CURLOPT_DEBUGDATA, &replies);
    if (status != CURLE_OK) {
        return failure(QString::fromUtf8(curl_easy_strerror(status)), false);
    }

    const CURLcode result = curl_easy_perform(curl.get());
    if (result == CURLE_OK) {
        qCInfo(lcMail).noquote() << "Mail sent via" << settings.host;
        return SmtpOutcome{true, {}, false};
    }
    if (!replies.refusal.isEmpty()) {
        const QString reply = replies.refusal.join(QLatin1Char('\n'));
        return failure(reply, refusesThisMail(reply));
    }
    if (result == CURLE_OPERATION_TIMEDOUT) {
        return failure(Text::tr("%1 after %2 s").arg(QString::fromUtf8(curl_easy_strerror(result))).arg(timeout),
                       false);
    }
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    return failure(detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(result)) : detail, false);
}

} // namespace usher
