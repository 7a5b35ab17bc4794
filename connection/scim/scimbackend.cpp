#include "connection/scim/scimbackend.h"

#include "connection/logging.h"
#include "connection/scim/scimhttp.h"
#include "connection/scim/scimjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QWaitCondition>
#include <QPromise>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

namespace usher::scim {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::ScimBackend)
};

/// Adds `key=value` to a query with the value encoded in full: a "+" stays a plus (never a space)
/// and a "%22" typed into a search stays text (never a quote that ends the filter's string).
void addItem(QUrlQuery& query, const QString& key, const QString& value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

constexpr int maxAttempts = 3; ///< One try and two more, for idempotent requests and 429.
constexpr int maxRetryAfterSeconds = 10; ///< Longer waits are reported instead of waited out.
constexpr int writeConcurrency = 4; ///< Requests in flight at once in a change to many.
constexpr int idsPerFilter = 50; ///< Ids named in one "id eq … or …" filter.

const QString userSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString patchSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");

template<typename T> QFuture<Result<T>> failedNow(const BackendError& error)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(error));
    promise.finish();
    return promise.future();
}

BackendError unsupported(const QString& message)
{
    return {BackendError::Kind::Unsupported, message, {}};
}

/// The attribute a column sorts by on a SCIM service; empty where SCIM has no such data.
QString sortAttribute(UserField field, const RoleAttribute& role)
{
    switch (field) {
    case UserField::Name:
        return QStringLiteral("displayName");
    case UserField::Email:
        return QStringLiteral("emails.value");
    case UserField::Role:
        return role.filterPath();
    case UserField::Status:
        return QStringLiteral("active");
    case UserField::Joined:
        return QStringLiteral("meta.created");
    case UserField::Groups:
    case UserField::LastSeen:
    case UserField::Source:
        return {};
    }
    return {};
}

QJsonObject patchOperation(const QString& op, const QString& path, const QJsonValue& value)
{
    QJsonObject operation {{QStringLiteral("op"), op}};
    if (!value.isNull() && !value.isUndefined()) { // a remove names its target by path alone
        operation.insert(QStringLiteral("value"), value);
    }
    if (!path.isEmpty()) {
        operation.insert(QStringLiteral("path"), path);
    }
    return operation;
}

QJsonObject patchOf(const QJsonArray& operations)
{
    return {{QStringLiteral("schemas"), QJsonArray {patchSchema}}, {QStringLiteral("Operations"), operations}};
}

} // namespace

/// What the backend's workers share: the HTTP client, what discovery found, and what was seen
/// of the service's order. Workers block on requests (never the GUI thread), so each change
/// reads top to bottom.
class ScimEngine
{
public:
    /// An OAuth client (client credentials) whose access tokens this engine fetches.
    struct OAuthClient
    {
        QUrl tokenUrl;
        QString clientId;
        QString secret;
        QString scope; ///< Sent when not empty.
    };

    explicit ScimEngine(HttpSettings settings, std::optional<OAuthClient> oauth = std::nullopt)
        : http(std::move(settings))
        , m_oauth(std::move(oauth))
    {
    }

    ScimHttp http;
    RoleAttribute roleAttribute; ///< The profile's; set before the first request.
    std::atomic_bool closing {false};
    /// Set once the connection is open: from then on a refused secret (a token revoked or
    /// expired, a client secret changed) is told to `secretRefused`, once, from any thread.
    std::atomic_bool opened {false};
    std::function<void(const QString& message)> secretRefused;

    Discovery discovery() const
    {
        QMutexLocker lock(&m_mutex);
        return m_discovery;
    }
    void setDiscovery(const Discovery& found)
    {
        QMutexLocker lock(&m_mutex);
        m_discovery = found;
    }

    /// Sends `request` and waits for it: 2xx answered, anything else as a BackendError about
    /// `what`. A 429 is waited out (Retry-After up to maxRetryAfterSeconds) and sent again; so
    /// is a 5xx or a lost connection, but only for requests that do nothing twice.
    Result<HttpReply> call(const HttpRequest& asked, const QString& what)
    {
        Result<HttpReply> answer = send(asked, what);
        if (!answer.ok() && answer.error().kind == BackendError::Kind::Authentication && opened && !closing
            && !m_refusalTold.exchange(true) && secretRefused) {
            secretRefused(answer.error().message);
        }
        return answer;
    }

private:
    Result<HttpReply> send(const HttpRequest& asked, const QString& what)
    {
        HttpReply reply;
        HttpRequest request = asked;
        bool renewed = false;
        for (int attempt = 1;; ++attempt) {
            if (closing) {
                reply = {};
                reply.network = QNetworkReply::OperationCanceledError;
                return backendErrorOf(reply, what);
            }
            if (m_oauth) {
                const Result<QByteArray> token = accessToken(false, {});
                if (!token.ok()) {
                    return token.error();
                }
                request.bearer = token.value();
            }
            QFuture<HttpReply> sent = http.send(request);
            sent.waitForFinished();
            if (sent.resultCount() == 0) {
                reply = {};
                reply.network = QNetworkReply::OperationCanceledError;
                return backendErrorOf(reply, what);
            }
            reply = sent.result();
            if (reply.status >= 200 && reply.status < 300) {
                if (request.method != "GET") {
                    changed(); // counts and orders seen before are old now
                }
                return reply;
            }
            if (reply.status == 401 && m_oauth && !renewed) {
                // The access token expired early or was revoked: a new one, and the request
                // again (refused unprocessed, so safe for any method).
                renewed = true;
                const Result<QByteArray> token = accessToken(true, request.bearer);
                if (!token.ok()) {
                    return token.error();
                }
                --attempt;
                continue;
            }
            if (reply.status == 401 && m_oauth) {
                // A token just issued and still refused: the client's tokens are not for this service.
                BackendError error = backendErrorOf(reply, what);
                error.kind = BackendError::Kind::Forbidden;
                error.message = Text::tr("%1 failed: the service refuses the OAuth client's access tokens (check the "
                                         "client's audience and scopes for this service).")
                                    .arg(what);
                return error;
            }

            int waitMs = 250 << (attempt - 1);
            bool again = false;
            if (reply.status == 429) {
                again = reply.retryAfterSeconds <= maxRetryAfterSeconds;
                waitMs = reply.retryAfterSeconds >= 0 ? reply.retryAfterSeconds * 1000 : waitMs;
            } else if (request.idempotent()) {
                again = reply.status >= 500
                        || (reply.status == 0 && !reply.tlsFailed
                            && reply.network != QNetworkReply::OperationCanceledError)
                        || (reply.status == 0 && reply.timedOut);
            }
            if (!again || attempt >= maxAttempts || closing) {
                break;
            }
            qCInfo(lcScim) << request.method << request.path << "answered" << reply.status << reply.networkText
                           << "- trying again in" << waitMs << "ms";
            for (int waited = 0; waited < waitMs && !closing; waited += 50) {
                QThread::msleep(50);
            }
        }
        return backendErrorOf(reply, what);
    }

public:
    Result<QJsonObject> callObject(const HttpRequest& request, const QString& what)
    {
        const Result<HttpReply> reply = call(request, what);
        if (!reply.ok()) {
            return reply.error();
        }
        QString problem;
        if (std::optional<QJsonObject> object = parseObject(reply.value().body, &problem)) {
            if (!reply.value().etag.isEmpty() && attributePath(*object, QLatin1String("meta.version")).isUndefined()) {
                QJsonObject meta = attribute(*object, QLatin1String("meta")).toObject();
                meta.insert(QStringLiteral("version"), QString::fromUtf8(reply.value().etag));
                object->insert(QStringLiteral("meta"), meta);
            }
            return *object;
        }
        return BackendError {BackendError::Kind::Internal, Text::tr("%1 failed: %2").arg(what, problem),
                             QString::fromUtf8(reply.value().body.left(500))};
    }

    Result<ListPage> callList(const HttpRequest& request, const QString& what)
    {
        const Result<HttpReply> reply = call(request, what);
        if (!reply.ok()) {
            return reply.error();
        }
        QString problem;
        if (std::optional<ListPage> page = parseListPage(reply.value().body, &problem)) {
            return *page;
        }
        return BackendError {BackendError::Kind::Internal, Text::tr("%1 failed: %2").arg(what, problem),
                             QString::fromUtf8(reply.value().body.left(500))};
    }

    /// The OAuth access token: the one held while it has more than 30 seconds left (unless
    /// `renew`), else a new one from the token URL (RFC 6749 4.4, the client authenticated with
    /// HTTP Basic). One fetch at a time; the others wait for it.
    Result<QByteArray> accessToken(bool renew, const QByteArray& refused)
    {
        QMutexLocker lock(&m_tokenMutex);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Renewed early by a margin of its lifetime (30 s at most); a refused token that another
        // request has already replaced is not replaced again.
        const bool fresh = !m_accessToken.isEmpty() && now.secsTo(m_tokenExpires) > m_renewMargin;
        if (fresh && (!renew || m_accessToken != refused)) {
            return m_accessToken;
        }
        if (m_lastTokenFailure && m_lastTokenFailureAt.msecsTo(now) < 5000) {
            return *m_lastTokenFailure; // the token URL just failed: said again at once, not asked again
        }
        Result<QByteArray> fetched = fetchToken(now);
        if (fetched.ok()) {
            m_lastTokenFailure.reset();
        } else {
            m_lastTokenFailure = fetched.error();
            m_lastTokenFailureAt = now;
        }
        return fetched;
    }

    Result<QByteArray> fetchToken(const QDateTime& now)
    {
        const QString what = Text::tr("Getting an access token from %1").arg(m_oauth->tokenUrl.host());
        HttpRequest request;
        request.method = "POST";
        request.url = m_oauth->tokenUrl;
        request.form = "grant_type=client_credentials";
        if (!m_oauth->scope.trimmed().isEmpty()) {
            request.form += "&scope=" + QUrl::toPercentEncoding(m_oauth->scope.simplified());
        }
        request.authorization = "Basic "
            + (QUrl::toPercentEncoding(m_oauth->clientId) + ':' + QUrl::toPercentEncoding(m_oauth->secret)).toBase64();
        QFuture<HttpReply> sent = http.send(request);
        sent.waitForFinished();
        HttpReply reply;
        if (sent.resultCount() > 0) {
            reply = sent.result();
        } else {
            reply.network = QNetworkReply::OperationCanceledError;
        }
        if (reply.status == 0) {
            return backendErrorOf(reply, what);
        }
        QString problem;
        const std::optional<QJsonObject> body = parseObject(reply.body, &problem);
        if (reply.status != 200) {
            // RFC 6749 5.2: only invalid_client (or a bare 401) is about the id and secret; the
            // others (scope, grant, client not allowed) would not be helped by typing it again.
            const QString code = body ? attribute(*body, QLatin1String("error")).toString().left(100) : QString();
            const QString said = body ? attribute(*body, QLatin1String("error_description")).toString().left(500) : QString();
            const bool secret = code == QLatin1String("invalid_client") || (reply.status == 401 && code.isEmpty());
            BackendError error {secret                     ? BackendError::Kind::Authentication
                                : reply.status == 429      ? BackendError::Kind::RateLimited
                                : reply.status >= 500      ? BackendError::Kind::Unavailable
                                                           : BackendError::Kind::Forbidden,
                                secret ? Text::tr("%1 failed: the token URL did not accept the client id and secret.").arg(what)
                                       : Text::tr("%1 failed (HTTP %2).").arg(what).arg(reply.status),
                                QStringLiteral("HTTP %1 %2 %3").arg(reply.status).arg(code, said)};
            if (!said.isEmpty()) {
                error.message += QLatin1Char(' ') + Text::tr("The server says: “%1”").arg(said);
            }
            return error;
        }
        const QString token = body ? attribute(*body, QLatin1String("access_token")).toString() : QString();
        if (token.isEmpty()) {
            return BackendError {BackendError::Kind::Authentication,
                                 Text::tr("%1 failed: the answer held no access token.").arg(what), problem};
        }
        const QString type = body ? attribute(*body, QLatin1String("token_type")).toString() : QString();
        if (!type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
            return BackendError {BackendError::Kind::Unsupported,
                                 Text::tr("%1 failed: the token is of type “%2”; Usher sends bearer tokens only.")
                                     .arg(what, type.left(40)),
                                 {}};
        }
        const QJsonValue lifetime = body ? attribute(*body, QLatin1String("expires_in")) : QJsonValue();
        const double given = lifetime.isString() ? lifetime.toString().toDouble() : lifetime.toDouble();
        const qint64 seconds = given > 0 && given < 1e9 ? qint64(given) : 3600;
        m_accessToken = token.toUtf8();
        m_tokenExpires = now.addSecs(seconds);
        m_renewMargin = qMin<qint64>(30, seconds / 2);
        return m_accessToken;
    }

    /// Remembers which id the service put at each position of one listing, and answers whether
    /// `position` held another id before (the service's order changed between pages).
    bool orderChanged(const QString& listing, qint64 total, qint64 position, const Id& id)
    {
        QMutexLocker lock(&m_mutex);
        if (listing != m_orderListing || total != m_orderTotal || m_seen.size() > 100'000) {
            m_orderListing = listing;
            m_orderTotal = total;
            m_seen.clear();
        }
        const auto known = m_seen.constFind(position);
        if (known != m_seen.constEnd() && *known != id) {
            const bool first = !m_unstable;
            m_unstable = true;
            return first;
        }
        m_seen.insert(position, id);
        return false;
    }
    /// Forgets what was seen where: after a change Usher made, the service's order may differ
    /// for good reason (a renamed person sorts elsewhere), and the totals it gave are old.
    void forgetOrder()
    {
        QMutexLocker lock(&m_mutex);
        m_seen.clear();
        m_totals.clear();
        ++m_generation;
    }
    /// Something was changed on the service through this connection: totals kept are old.
    void changed()
    {
        QMutexLocker lock(&m_mutex);
        m_totals.clear();
        ++m_generation;
    }

    // A listing's answer carries its total, so a count asked for with it (the table asks for
    // both at once) waits for that answer instead of asking the service a second time.
    quint64 listingStarted(const QString& filterKey)
    {
        QMutexLocker lock(&m_mutex);
        ++m_listing[filterKey];
        return m_generation;
    }
    /// A total read before a change made meanwhile is not kept.
    void listingFinished(const QString& filterKey, std::optional<qint64> total, quint64 generation)
    {
        QMutexLocker lock(&m_mutex);
        if (--m_listing[filterKey] <= 0) {
            m_listing.remove(filterKey);
        }
        if (total && generation == m_generation) {
            m_totals.insert(filterKey, {*total, QDateTime::currentMSecsSinceEpoch()});
        }
        m_listingDone.wakeAll();
    }
    /// The total a listing of `filterKey` running now (or finished in the last two seconds) gave;
    /// nothing when none runs, and none has finished that recently since the last change.
    std::optional<qint64> listedTotal(const QString& filterKey, int waitMs)
    {
        QMutexLocker lock(&m_mutex);
        QDeadlineTimer deadline(waitMs);
        while (m_listing.contains(filterKey) && !closing) {
            if (!m_listingDone.wait(&m_mutex, deadline)) {
                break;
            }
        }
        // Only a total from a moment ago: later, someone else may have changed the service.
        const auto kept = m_totals.constFind(filterKey);
        if (kept == m_totals.constEnd() || QDateTime::currentMSecsSinceEpoch() - kept->second > 2000) {
            return std::nullopt;
        }
        return kept->first;
    }
    bool orderUnstable() const
    {
        QMutexLocker lock(&m_mutex);
        return m_unstable;
    }

private:
    std::optional<OAuthClient> m_oauth;
    std::atomic_bool m_refusalTold {false};
    QMutex m_tokenMutex;
    QByteArray m_accessToken;
    QDateTime m_tokenExpires;
    qint64 m_renewMargin = 30;
    std::optional<BackendError> m_lastTokenFailure;
    QDateTime m_lastTokenFailureAt;
    mutable QMutex m_mutex;
    Discovery m_discovery;
    QString m_orderListing;
    qint64 m_orderTotal = -1;
    QHash<qint64, Id> m_seen;
    bool m_unstable = false;
    QHash<QString, int> m_listing; ///< Listings running now, by filter.
    QHash<QString, std::pair<qint64, qint64>> m_totals; ///< Each filter's last listing's total, and when (ms).
    QWaitCondition m_listingDone;
    quint64 m_generation = 0; ///< Changes made through this connection.
};

namespace {

HttpRequest get(const QString& path, const QUrlQuery& query = {})
{
    HttpRequest request;
    request.path = path;
    request.query = query;
    return request;
}

/// Whether a change to many goes to /Bulk: where the service offers it and has no versions to
/// lose. Each bulk operation can carry a version, but services differ in whether they check
/// it (SCIMMY does not), and a change must never be made over someone else's unseen edit: with
/// ETags, every person gets a request of their own with If-Match.
bool usesBulk(const Discovery& found)
{
    return found.bulk && !found.etag;
}

/// Why people cannot be restored or removed from a workspace on a SCIM service.
QString noDeletedView()
{
    return Text::tr("A SCIM service keeps no Deleted view and no workspaces of Usher's: people it deletes are gone "
                    "for good, and nobody is restored or removed from a workspace.");
}

/// Several alternatives, in parentheses only when there are several.
QString anyOf(const QStringList& alternatives)
{
    return alternatives.size() > 1 ? QLatin1Char('(') + alternatives.join(QLatin1String(" or ")) + QLatin1Char(')')
                                   : alternatives.value(0);
}

/// The texts a search asks the service for, each as a filter string: what was typed, and where
/// the service tells capitals from small letters, also in small letters and with a capital at
/// the start of each word ("MIA" finds "mia@…" and "Mia Manager"), which is how names and
/// addresses are mostly written.
QStringList searchTexts(const QString& search, const Discovery& found)
{
    QStringList texts{search};
    if (found.caseExact) {
        const QString lower = search.toLower();
        QString capitals = lower;
        for (qsizetype i = 0; i < capitals.size(); ++i) {
            if (capitals.at(i).isLetter() && (i == 0 || !capitals.at(i - 1).isLetter())) {
                capitals[i] = capitals.at(i).toUpper();
            }
        }
        for (const QString& text : {lower, capitals}) {
            if (!texts.contains(text)) {
                texts.append(text);
            }
        }
    }
    for (QString& text : texts) {
        text = filterString(text);
    }
    return texts;
}

/// The SCIM filter for a UserFilter, as far as SCIM can say it. `nobody` is set when no user of
/// a service can match (invited or deleted people, who live only in Usher's own databases);
/// an error when the filter needs data SCIM does not have.
Result<QString> scimFilter(const UserFilter& filter, const Discovery& found, bool* nobody)
{
    *nobody = false;
    QStringList parts;
    if (filter.status) {
        switch (*filter.status) {
        case Status::Active:
            parts.append(QStringLiteral("active eq true"));
            break;
        case Status::Disabled:
            parts.append(QStringLiteral("active eq false"));
            break;
        case Status::Invited:
        case Status::Deleted:
            *nobody = true;
            return QString();
        }
    }
    if (filter.source && *filter.source != Source::DirectorySync) {
        *nobody = true;
        return QString();
    }
    if (filter.lastSeenBefore || filter.lastSeenSince) {
        return unsupported(Text::tr("A SCIM service does not tell when people last signed in."));
    }
    if (filter.role) {
        if (!found.roles) {
            return unsupported(Text::tr("This service keeps no roles, so people cannot be listed by role."));
        }
        parts.append(QStringLiteral("%1 eq %2").arg(found.roleAttribute.filterPath(), filterString(roleKey(*filter.role))));
    }
    if (filter.groupId) {
        parts.append(QStringLiteral("groups.value eq %1").arg(filterString(filter.groupId->text())));
    }
    if (filter.joinedBefore) {
        parts.append(QStringLiteral("meta.created lt %1").arg(filterString(filter.joinedBefore->toUTC().toString(Qt::ISODate))));
    }
    if (filter.joinedSince) {
        parts.append(QStringLiteral("meta.created ge %1").arg(filterString(filter.joinedSince->toUTC().toString(Qt::ISODate))));
    }
    const QString search = normalizedSearch(filter.search);
    if (!search.isEmpty()) {
        QStringList any;
        for (const QString& text : searchTexts(search, found)) {
            if (found.filterCo) {
                for (const char* attribute : {"userName", "displayName", "name.formatted", "emails.value"}) {
                    any.append(QStringLiteral("%1 co %2").arg(QLatin1String(attribute), text));
                }
            } else if (found.filterSw) {
                for (const char* attribute : {"userName", "displayName", "name.givenName", "name.familyName", "emails.value"}) {
                    any.append(QStringLiteral("%1 sw %2").arg(QLatin1String(attribute), text));
                }
            } else if (found.filterEq) {
                any.append(QStringLiteral("userName eq %1").arg(text));
                any.append(QStringLiteral("emails.value eq %1").arg(text));
            } else {
                return unsupported(Text::tr("This service cannot search."));
            }
        }
        parts.append(anyOf(any));
    }
    if (!parts.isEmpty() && !found.filter) {
        return unsupported(Text::tr("This service cannot filter its users, so only “All users” can be shown."));
    }
    return parts.join(QLatin1String(" and "));
}

QString idFilter(const QList<Id>& ids)
{
    QStringList any;
    for (const Id& id : ids) {
        any.append(QStringLiteral("id eq %1").arg(filterString(id.text())));
    }
    return anyOf(any);
}

/// Both filters. Each is a conjunction of comparisons and parenthesised alternatives, so they
/// are joined flat: parentheses around a single comparison or around a group are legal, but
/// SCIMMY rejects the second and misreads the first in "(a or b) and (c)" (it finds everyone
/// the alternatives find), and a service's parser is not to be tested on the people a change
/// is sent to.
QString joined(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() ? b : a;
    }
    return a + QLatin1String(" and ") + b;
}

} // namespace

ScimBackend::ScimBackend(ConnectionProfile profile, QString token, QObject* parent)
    : Backend(parent)
    , m_profile(std::move(profile))
{
    HttpSettings settings;
    std::optional<ScimEngine::OAuthClient> oauth;
    if (const ScimService* service = m_profile.scim()) {
        settings.base = QUrl(service->baseUrl.trimmed());
        settings.caFile = service->caFile;
        settings.timeoutMs = service->timeoutSeconds * 1000;
        if (service->auth == ScimAuth::ClientCredentials) {
            oauth = ScimEngine::OAuthClient {QUrl(service->tokenUrl.trimmed()), service->clientId.trimmed(), token,
                                             service->scope};
        }
    }
    if (!oauth) {
        settings.bearerToken = token.toUtf8();
    }
    m_engine = std::make_shared<ScimEngine>(settings, oauth);
    if (const ScimService* service = m_profile.scim()) {
        m_engine->roleAttribute = RoleAttribute::fromText(service->roleAttribute);
    }
    // Told from a worker thread, while this object waits for its workers before it goes.
    m_engine->secretRefused = [self = this](const QString& message) {
        QMetaObject::invokeMethod(self, [self, message] { emit self->secretRefused(message); }, Qt::QueuedConnection);
    };
    m_pool.setMaxThreadCount(writeConcurrency + 2);
}

ScimBackend::~ScimBackend()
{
    m_engine->closing = true;
    m_engine->http.abortAll();
    m_pool.clear();
    m_pool.waitForDone();
}

Id ScimBackend::workspace()
{
    return Id::fromText(QStringLiteral("scim"));
}

QString ScimBackend::kindName() const
{
    return ScimService::kindName();
}

QString ScimBackend::location() const
{
    return m_profile.location();
}

Discovery ScimBackend::discovery() const
{
    return m_engine->discovery();
}

QString ScimBackend::absence(Feature feature) const
{
    switch (feature) {
    case Feature::Groups:
        return m_engine->discovery().groups
                   ? Text::tr("This SCIM service cannot filter its users, so Usher cannot tell who is in a group.")
                   : Text::tr("This SCIM service has no groups.");
    case Feature::Invitations:
        return Text::tr("A SCIM service has no invitations: people are created there directly.");
    case Feature::Outbox:
        return Text::tr("A SCIM service sends no mail through Usher.");
    case Feature::AuditLog:
        return Text::tr("This SCIM service keeps no audit log that Usher can read.");
    case Feature::OperatorSignIn:
        return Text::tr("A SCIM connection acts as the holder of its token; there is nobody to sign in.");
    case Feature::PasswordHelp:
        return Text::tr("Passwords on a SCIM service are looked after by the service itself.");
    case Feature::Maintenance:
        return Text::tr("A SCIM service is looked after by whoever runs it.");
    case Feature::Import:
        return Text::tr("Importing lists of people into a SCIM service is not offered yet.");
    case Feature::Export:
        return Text::tr("Exporting the people of a SCIM service is not offered yet.");
    case Feature::PersonalData:
        return Text::tr("A SCIM service holds its people's data itself: Delete removes them there for good, and "
                        "Usher keeps nothing of them to erase.");
    case Feature::DirectorySync:
        return Text::tr("A SCIM service is itself the directory its people come from: sync it from LDAP there.");
    case Feature::Members:
        break;
    }
    return Backend::absence(feature);
}

namespace {

/// Discovery and probes, then who the token belongs to: what open() and probe() answer.
Result<OpenInfo> discover(ScimEngine& engine, const QString& name)
{
    Discovery found;
    const Result<QJsonObject> config
        = engine.callObject(get(QStringLiteral("/ServiceProviderConfig")), Text::tr("Reading the service's configuration"));
    if (!config.ok()) {
        BackendError error = config.error();
        if (error.kind == BackendError::Kind::NotFound || error.kind == BackendError::Kind::Internal) {
            error.message = Text::tr("No SCIM service answers at this address: it has no /ServiceProviderConfig. Check "
                                     "the base URL (it usually ends in /scim/v2).");
        }
        return error;
    }
    auto supported = [&](const char* feature) {
        return attributePath(config.value(), QLatin1String(QByteArray(feature) + ".supported")).toBool();
    };
    found.patch = supported("patch");
    found.etag = supported("etag");
    found.bulk = supported("bulk");
    found.changePassword = supported("changePassword");
    found.bulkMaxOperations = attributePath(config.value(), QLatin1String("bulk.maxOperations")).toInt();
    found.filter = supported("filter");
    found.sortAnnounced = supported("sort");

    const Result<HttpReply> types
        = engine.call(get(QStringLiteral("/ResourceTypes")), Text::tr("Reading the service's resource types"));
    if (types.ok()) {
        QString ignored;
        QList<QJsonObject> listed;
        if (auto page = parseListPage(types.value().body, &ignored)) {
            listed = page->resources;
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(types.value().body);
            for (const QJsonValue& type : document.array()) {
                listed.append(type.toObject());
            }
        }
        for (const QJsonObject& type : std::as_const(listed)) {
            const QString endpoint = attribute(type, QLatin1String("endpoint")).toString();
            if (endpoint.compare(QLatin1String("/Groups"), Qt::CaseInsensitive) == 0) {
                found.groups = true;
            }
            for (const QJsonValue& extension : attribute(type, QLatin1String("schemaExtensions")).toArray()) {
                found.enterprise = found.enterprise
                                   || attribute(extension.toObject(), QLatin1String("schema"))
                                          .toString()
                                          .contains(QLatin1String("enterprise"), Qt::CaseInsensitive);
            }
        }
    }
    // Where Usher's role lives: `roles` of the core User schema (RFC 7643 4.1.2), or the
    // attribute the profile names, in the core schema or its extension's; there when the schema
    // has it (a service that does not publish the schema is taken at its word).
    found.roleAttribute = engine.roleAttribute;
    found.roles = true;
    const QString roleSchema = found.roleAttribute.schema.isEmpty() ? userSchema : found.roleAttribute.schema;
    const Result<QJsonObject> schema
        = engine.callObject(get(QStringLiteral("/Schemas/") + roleSchema), Text::tr("Reading the User schema"));
    if (schema.ok()) {
        bool hasRoles = false;
        for (const QJsonValue& attributeValue : attribute(schema.value(), QLatin1String("attributes")).toArray()) {
            hasRoles = hasRoles
                       || attribute(attributeValue.toObject(), QLatin1String("name"))
                                  .toString()
                                  .compare(found.roleAttribute.name, Qt::CaseInsensitive)
                              == 0;
        }
        found.roles = hasRoles;
    } else if (!found.roleAttribute.schema.isEmpty()) {
        found.roles = false; // an extension the service does not know
    }

    QUrlQuery first;
    addItem(first, QStringLiteral("startIndex"), QStringLiteral("1"));
    addItem(first, QStringLiteral("count"), QStringLiteral("1"));
    const Result<ListPage> sample = engine.callList(get(QStringLiteral("/Users"), first), Text::tr("Reading the users"));
    if (!sample.ok()) {
        return sample.error();
    }
    found.users = sample.value().totalResults;

    // Probes: a filter operator works when a search with it finds the person it must find.
    if (found.filter && !sample.value().resources.isEmpty()) {
        const QJsonObject person = sample.value().resources.first();
        const QString id = attribute(person, QLatin1String("id")).toString();
        const QString userName = attribute(person, QLatin1String("userName")).toString();
        auto finds = [&](const QString& op, const QString& text) {
            QUrlQuery query;
            addItem(query, QStringLiteral("filter"), QStringLiteral("(userName %1 %2) and id eq %3")
                                                             .arg(op, filterString(text), filterString(id)));
            addItem(query, QStringLiteral("count"), QStringLiteral("1"));
            const Result<ListPage> answer = engine.callList(get(QStringLiteral("/Users"), query), QString());
            return answer.ok() && answer.value().totalResults == 1 && answer.value().resources.size() == 1
                   && attribute(answer.value().resources.first(), QLatin1String("id")).toString() == id;
        };
        if (userName.size() >= 3) {
            found.filterEq = finds(QStringLiteral("eq"), userName);
            found.filterSw = finds(QStringLiteral("sw"), userName.left(2));
            found.filterCo = finds(QStringLiteral("co"), userName.mid(1, userName.size() - 2));
            // The same person by the same operator, in other capitals.
            const QString op = found.filterEq ? QStringLiteral("eq") : found.filterSw ? QStringLiteral("sw") : QString();
            const QString text = found.filterEq ? userName : userName.left(2);
            const QString other = text.toUpper() != text ? text.toUpper() : text.toLower();
            found.caseExact = !op.isEmpty() && other != text && !finds(op, other);
        }
    } else {
        found.filterEq = found.filterSw = found.filterCo = found.filter;
    }
    // Sorting works when the first person of an ascending and a descending order differ.
    if (found.sortAnnounced && found.users >= 2) {
        auto firstBy = [&](const QString& order) {
            QUrlQuery query = first;
            addItem(query, QStringLiteral("sortBy"), QStringLiteral("userName"));
            addItem(query, QStringLiteral("sortOrder"), order);
            const Result<ListPage> answer = engine.callList(get(QStringLiteral("/Users"), query), QString());
            return answer.ok() && !answer.value().resources.isEmpty()
                       ? attribute(answer.value().resources.first(), QLatin1String("id")).toString()
                       : QString();
        };
        const QString ascending = firstBy(QStringLiteral("ascending"));
        found.sort = !ascending.isEmpty() && ascending != firstBy(QStringLiteral("descending"));
    } else {
        found.sort = found.sortAnnounced;
    }

    OpenInfo info;
    info.workspaceId = ScimBackend::workspace();
    info.workspaceName = name;
    info.activeAdmins = 1; // nobody signs in: the token's holder acts
    Operator op;
    op.workspaceId = info.workspaceId;
    const Result<QJsonObject> me = engine.callObject(get(QStringLiteral("/Me")), Text::tr("Asking who the token belongs to"));
    if (me.ok()) {
        found.me = true;
        const UserSummary who = userSummaryOf(me.value(), found.roleAttribute);
        op.accountId = who.accountId;
        op.displayName = who.displayName;
        op.email = who.email;
        op.role = found.roles ? who.role : Role::Admin;
    } else {
        // The service does not say: the token may do what the service lets it, so Usher's own
        // checks assume the most and the service has the last word.
        op.accountId = Id::fromText(QStringLiteral("scim:token"));
        op.displayName = Text::tr("This connection's token");
        op.role = Role::Admin;
    }
    info.connectedAs = op;

    const QString yes = Text::tr("yes");
    const QString no = Text::tr("no");
    info.findings.append(Text::tr("Users: %1.").arg(QLocale().toString(found.users)));
    info.findings.append(Text::tr("Acts as: %1.").arg(found.me ? QStringLiteral("%1 <%2>").arg(op.displayName, op.email)
                                                                  : Text::tr("the token (the service has no /Me)")));
    info.findings.append(Text::tr("Search: %1.")
                             .arg(found.filterCo   ? Text::tr("names and addresses containing the text")
                                  : found.filterSw ? Text::tr("names and addresses starting with the text")
                                  : found.filterEq ? Text::tr("exact user names and addresses only")
                                                   : Text::tr("none")));
    if (found.caseExact) {
        info.findings.append(Text::tr("Capitals: the service tells them from small letters, so a search also looks "
                                      "for the text in small letters and with capitals at the start of words."));
    }
    info.findings.append(Text::tr("Sorting: %1.")
                             .arg(found.sort             ? yes
                                  : found.sortAnnounced ? Text::tr("announced, but the service ignores it")
                                                         : no));
    info.findings.append(Text::tr("Versions (ETags): %1.").arg(found.etag ? yes : no));
    info.findings.append(Text::tr("Partial changes (PATCH): %1.").arg(found.patch ? yes : no));
    info.findings.append(Text::tr("Bulk changes: %1.")
                             .arg(!found.bulk ? no
                                  : usesBulk(found)
                                      ? Text::tr("yes, used for changes to several people")
                                      : Text::tr("offered, but not used: each person is changed with their own version")));
    info.findings.append(found.roleAttribute.isRoles()
                             ? Text::tr("Roles: %1.").arg(found.roles ? yes : no)
                             : found.roles ? Text::tr("Roles: kept in %1.").arg(found.roleAttribute.path())
                                           : Text::tr("Roles: the service has no attribute %1.").arg(found.roleAttribute.path()));
    info.findings.append(Text::tr("Enterprise extension: %1.").arg(found.enterprise ? yes : no));
    info.findings.append(found.changePassword
                             ? Text::tr("Password changes: offered by the service; Usher's password help needs sign-in "
                                        "history a SCIM service does not give, so it is not offered.")
                             : Text::tr("Password changes: no."));
    info.findings.append(Text::tr("Groups: %1.").arg(found.groups ? yes : no));
    engine.setDiscovery(found);
    qCInfo(lcScim) << "discovered" << info.findings.join(QLatin1Char(' '));
    return info;
}

} // namespace

QFuture<Result<OpenInfo>> ScimBackend::open()
{
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        return failedNow<OpenInfo>({BackendError::Kind::Invalid, problem, {}});
    }
    const QString name = m_profile.name.isEmpty() ? QUrl(m_profile.location()).host() : m_profile.name;
    return QtConcurrent::run(&m_pool, [engine = m_engine, name] {
        Result<OpenInfo> info = discover(*engine, name);
        engine->opened = info.ok();
        return info;
    });
}

QFuture<Result<OpenInfo>> ScimBackend::probe()
{
    return open();
}

DirectoryAbilities ScimBackend::abilities() const
{
    const Discovery found = m_engine->discovery();
    DirectoryAbilities can;
    can.sortable.clear();
    if (found.sort) {
        can.sortable = {UserField::Name, UserField::Email, UserField::Status, UserField::Joined};
        if (found.roles) {
            can.sortable.append(UserField::Role);
        }
        can.sortLimit = Text::tr("This service sorts by name, address, role, status and the date joined only.");
    } else {
        can.sortLimit = Text::tr("This service does not sort: people are listed in its own order.");
    }
    can.statuses = {Status::Active, Status::Disabled};
    can.columns = {UserField::Name, UserField::Email, UserField::Groups, UserField::Status, UserField::Source,
                   UserField::Joined};
    if (found.roles) {
        can.columns.insert(2, UserField::Role);
    }
    can.editsPictures = false;
    can.views = {SavedView::AllUsers, SavedView::Disabled};
    can.operations = {MemberOperation::Disable, MemberOperation::Reactivate, MemberOperation::Delete};
    if (found.roles) {
        can.operations.append(MemberOperation::ChangeRole);
    }
    can.deletesForGood = true;
    can.operationLimit = noDeletedView();
    if (!found.filter) {
        can.views = {SavedView::AllUsers};
    }
    if (found.filterCo) {
        can.searchLimit.clear();
    } else if (found.filterSw) {
        can.searchLimit = Text::tr("This service only finds names and addresses that start with the text.");
    } else if (found.filterEq) {
        can.searchLimit = Text::tr("This service only finds exact user names and addresses.");
    } else {
        can.searchLimit = Text::tr("This service cannot search.");
    }
    if (found.caseExact && (found.filterCo || found.filterSw || found.filterEq)) {
        const QString capitals = Text::tr("It tells capitals from small letters: Usher also looks for the text in small "
                                          "letters and with capitals at the start of words.");
        can.searchLimit = can.searchLimit.isEmpty() ? Text::tr("This service tells capitals from small letters: Usher "
                                                               "also looks for the text in small letters and with "
                                                               "capitals at the start of words.")
                                                    : can.searchLimit + QLatin1Char(' ') + capitals;
    }
    if (m_engine->orderUnstable()) {
        can.orderLimit = Text::tr("This service changed its order between pages: while you scroll, someone may "
                                  "appear twice or be missed. Search or sort to narrow the list.");
    }
    can.editsProfiles = true;
    can.createsMembers = true;
    return can;
}

QFuture<Result<UserPage>> ScimBackend::listUsers(const UserPageRequest& request)
{
    QPointer<ScimBackend> self(this);
    return QtConcurrent::run(&m_pool, [engine = m_engine, request, self]() -> Result<UserPage> {
        const Discovery found = engine->discovery();
        bool nobody = false;
        const Result<QString> filter = scimFilter(request.filter, found, &nobody);
        if (!filter.ok()) {
            return filter.error();
        }
        UserPage page;
        page.offset = request.offset;
        if (nobody) {
            return page;
        }
        const QString what = Text::tr("Reading the users");
        if (request.filter.accountIds) {
            // Chosen people: asked for by id, a few dozen at a time, in the order asked.
            const QList<Id>& ids = *request.filter.accountIds;
            QHash<Id, UserSummary> byId;
            for (qsizetype at = 0; at < ids.size(); at += idsPerFilter) {
                QUrlQuery query;
                addItem(query, QStringLiteral("filter"), joined(filter.value(), idFilter(ids.mid(at, idsPerFilter))));
                addItem(query, QStringLiteral("count"), QString::number(idsPerFilter));
                const Result<ListPage> answer = engine->callList(get(QStringLiteral("/Users"), query), what);
                if (!answer.ok()) {
                    return answer.error();
                }
                for (const QJsonObject& resource : answer.value().resources) {
                    const UserSummary row = userSummaryOf(resource, found.roleAttribute);
                    byId.insert(row.accountId, row);
                }
            }
            for (const Id& id : ids) {
                if (byId.contains(id)) {
                    page.rows.append(byId.value(id));
                }
            }
            page.rows = page.rows.mid(request.offset, request.limit);
            return page;
        }
        QUrlQuery base;
        if (!filter.value().isEmpty()) {
            addItem(base, QStringLiteral("filter"), filter.value());
        }
        const QString sortBy = found.sort ? sortAttribute(request.sort.field, found.roleAttribute) : QString();
        if (!sortBy.isEmpty()) {
            addItem(base, QStringLiteral("sortBy"), sortBy);
            addItem(base, QStringLiteral("sortOrder"), request.sort.order == Qt::AscendingOrder
                                                               ? QStringLiteral("ascending")
                                                               : QStringLiteral("descending"));
        }
        const QString listing = base.toString();
        const QString filterKey = request.filter.key();
        const quint64 generation = engine->listingStarted(filterKey);
        std::optional<qint64> total;
        const auto finished = qScopeGuard([&] { engine->listingFinished(filterKey, total, generation); });
        // One row before the page too, where there is one: if the service put someone else
        // there than when that row was read, its order is not stable between pages.
        qint64 next = qMax<qint64>(0, request.offset - 1);
        bool changed = false;
        while (page.rows.size() < request.limit) {
            QUrlQuery query = base;
            addItem(query, QStringLiteral("startIndex"), QString::number(next + 1));
            addItem(query, QStringLiteral("count"),
                               QString::number(request.limit - page.rows.size() + (next < request.offset ? 1 : 0)));
            const Result<ListPage> answer = engine->callList(get(QStringLiteral("/Users"), query), what);
            if (!answer.ok()) {
                return answer.error();
            }
            const ListPage& got = answer.value();
            total = got.totalResults;
            for (const QJsonObject& resource : got.resources) {
                UserSummary row = userSummaryOf(resource, found.roleAttribute);
                changed = engine->orderChanged(listing, got.totalResults, next, row.accountId) || changed;
                if (next >= request.offset && page.rows.size() < request.limit) {
                    page.rows.append(std::move(row));
                }
                ++next;
            }
            // Fewer than asked is not the end (services cap count); the total says where it is.
            if (got.resources.isEmpty() || next >= got.totalResults) {
                break;
            }
        }
        if (changed && self) {
            QMetaObject::invokeMethod(self.data(), [self] {
                if (self) {
                    emit self->abilitiesChanged();
                }
            }, Qt::QueuedConnection);
        }
        return page;
    });
}

QFuture<Result<qint64>> ScimBackend::countUsers(const UserFilter& userFilter)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, userFilter]() -> Result<qint64> {
        bool nobody = false;
        const Result<QString> filter = scimFilter(userFilter, engine->discovery(), &nobody);
        if (!filter.ok()) {
            return filter.error();
        }
        if (nobody) {
            return qint64(0);
        }
        if (userFilter.accountIds) {
            qint64 found = 0;
            const QList<Id>& ids = *userFilter.accountIds;
            for (qsizetype at = 0; at < ids.size(); at += idsPerFilter) {
                QUrlQuery query;
                addItem(query, QStringLiteral("filter"), joined(filter.value(), idFilter(ids.mid(at, idsPerFilter))));
                addItem(query, QStringLiteral("count"), QStringLiteral("0"));
                const Result<ListPage> answer
                    = engine->callList(get(QStringLiteral("/Users"), query), Text::tr("Counting the users"));
                if (!answer.ok()) {
                    return answer.error();
                }
                found += answer.value().totalResults;
            }
            return found;
        }
        // The table asks for the count and the first page together: a moment for the page's
        // request to start, then its total, rather than a second request the service would
        // answer after the first.
        QThread::msleep(20);
        if (const std::optional<qint64> listed = engine->listedTotal(userFilter.key(), 3000)) {
            return *listed;
        }
        QUrlQuery query;
        if (!filter.value().isEmpty()) {
            addItem(query, QStringLiteral("filter"), filter.value());
        }
        addItem(query, QStringLiteral("count"), QStringLiteral("0"));
        const Result<ListPage> answer = engine->callList(get(QStringLiteral("/Users"), query), Text::tr("Counting the users"));
        if (!answer.ok()) {
            return answer.error();
        }
        return answer.value().totalResults;
    });
}

namespace {

MemberDetails detailsOf(const QJsonObject& user, const RoleAttribute& role)
{
    const UserSummary row = userSummaryOf(user, role);
    MemberDetails details;
    details.account.id = row.accountId;
    details.account.email = row.email;
    details.account.firstName = attributePath(user, QLatin1String("name.givenName")).toString();
    details.account.lastName = attributePath(user, QLatin1String("name.familyName")).toString();
    details.account.displayName = row.displayName;
    details.account.createdAt = row.joined;
    details.membership.id = row.accountId;
    details.membership.accountId = row.accountId;
    details.membership.workspaceId = ScimBackend::workspace();
    details.membership.role = row.role;
    details.membership.status = row.status;
    details.membership.source = row.source;
    details.membership.joinedAt = row.joined;
    details.membership.version = row.version;
    details.updatedAt
        = QDateTime::fromString(attributePath(user, QLatin1String("meta.lastModified")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& group : attribute(user, QLatin1String("groups")).toArray()) {
        const QJsonObject entry = group.toObject();
        GroupGrant grant;
        grant.groupId = Id::fromText(attribute(entry, QLatin1String("value")).toString());
        grant.name = attribute(entry, QLatin1String("display")).toString();
        if (grant.name.isEmpty()) {
            grant.name = grant.groupId.text();
        }
        grant.synced = true;
        details.groups.append(grant);
    }
    details.permissions = effectivePermissions(row.role, details.groups);
    details.auditWithheld = Text::tr("This SCIM service keeps no audit log that Usher can read.");
    return details;
}

/// Why Usher would not make this change itself (its own rules, checked before sending), as
/// advice: the service may enforce other rules, and its answer is what counts.
QString advisory(const QString& why)
{
    return why + QLatin1Char(' ') + Text::tr("(Usher's rule, checked before asking the service.)");
}

} // namespace

QFuture<Result<MemberDetails>> ScimBackend::memberDetails(const Id&, const Id& accountId, const Id&)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, accountId]() -> Result<MemberDetails> {
        const Result<QJsonObject> user = engine->callObject(get(QStringLiteral("/Users/") + accountId.text()),
                                                            Text::tr("Reading this person"));
        if (!user.ok()) {
            return user.error();
        }
        return detailsOf(user.value(), engine->discovery().roleAttribute);
    });
}

QFuture<Result<Id>> ScimBackend::createMember(const Operator& op, const NewMember& member)
{
    if (const auto why = profileProblem(member.firstName, member.lastName, member.email)) {
        return failedNow<Id>({BackendError::Kind::Invalid, *why, {}});
    }
    if (!canGrantRole(op.role, member.role)) {
        return failedNow<Id>({BackendError::Kind::Refused,
                              advisory(Text::tr("You may not give someone the role %1.").arg(roleDisplayName(member.role))),
                              {}});
    }
    return QtConcurrent::run(&m_pool, [engine = m_engine, member]() -> Result<Id> {
        HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/Users");
        request.body = QJsonDocument(newUserResource(member, engine->discovery().roles ? std::optional(engine->discovery().roleAttribute) : std::nullopt));
        const Result<QJsonObject> created
            = engine->callObject(request, Text::tr("Creating %1").arg(composeDisplayName(member.firstName, member.lastName)));
        if (!created.ok()) {
            return created.error();
        }
        const Id id = Id::fromText(attribute(created.value(), QLatin1String("id")).toString());
        if (id.isNull()) {
            return BackendError {BackendError::Kind::Internal,
                                 Text::tr("The service created the person but did not say their id. Reload to see them."),
                                 {}};
        }
        return id;
    });
}

QFuture<Result<Version>> ScimBackend::updateProfile(const Operator& op, const Id& accountId, const ProfileEdit& edit,
                                                const Version& expectedVersion)
{
    Q_UNUSED(op)
    if (edit.avatar) {
        return failedNow<Version>(unsupported(Text::tr("Pictures cannot be changed on a SCIM service from Usher.")));
    }
    return QtConcurrent::run(&m_pool, [engine = m_engine, accountId, edit, expectedVersion]() -> Result<Version> {
        const Discovery found = engine->discovery();
        const Result<QJsonObject> current
            = engine->callObject(get(QStringLiteral("/Users/") + accountId.text()), Text::tr("Reading this person"));
        if (!current.ok()) {
            return current.error();
        }
        const UserSummary was = userSummaryOf(current.value(), found.roleAttribute);
        const QString what = Text::tr("Saving %1").arg(was.displayName);
        if (found.etag && !expectedVersion.isNull() && !was.version.isNull() && was.version != expectedVersion) {
            return BackendError {BackendError::Kind::Conflict,
                                 Text::tr("%1 failed: it was changed on the service since you loaded it. Reload and try "
                                          "again.")
                                     .arg(what),
                                 {}};
        }
        const QString first = edit.firstName.value_or(attributePath(current.value(), QLatin1String("name.givenName")).toString());
        const QString last = edit.lastName.value_or(attributePath(current.value(), QLatin1String("name.familyName")).toString());
        const QString email = edit.email.value_or(was.email);
        if (const auto why = profileProblem(first, last, email)) {
            return BackendError {BackendError::Kind::Invalid, *why, {}};
        }
        const QString display = composeDisplayName(first, last);
        const bool renamed = edit.firstName || edit.lastName;
        // The new address replaces the primary one; the person's other addresses stay.
        QJsonArray emails {QJsonObject {{QStringLiteral("value"), email},
                                        {QStringLiteral("type"), QStringLiteral("work")},
                                        {QStringLiteral("primary"), true}}};
        for (const QJsonValue& entry : attribute(current.value(), QLatin1String("emails")).toArray()) {
            QJsonObject other = entry.toObject();
            const QString value = attribute(other, QLatin1String("value")).toString();
            if (value.compare(was.email, Qt::CaseInsensitive) != 0 && value.compare(email, Qt::CaseInsensitive) != 0) {
                other.insert(QStringLiteral("primary"), false);
                emails.append(other);
            }
        }
        // The user name follows the address where it was the address.
        const QString userName = attribute(current.value(), QLatin1String("userName")).toString();
        const bool renameUser = edit.email && userName.compare(was.email, Qt::CaseInsensitive) == 0;
        HttpRequest request;
        request.path = QStringLiteral("/Users/") + accountId.text();
        request.ifMatch = found.etag ? (expectedVersion.isNull() ? was.version : expectedVersion).text().toUtf8() : QByteArray();
        if (found.patch) {
            // Only what was edited is sent.
            QJsonArray operations;
            if (edit.firstName) {
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("name.givenName"), first));
            }
            if (edit.lastName) {
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("name.familyName"), last));
            }
            if (renamed) {
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("name.formatted"), display));
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("displayName"), display));
            }
            if (edit.email) {
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("emails"), emails));
            }
            if (renameUser) {
                operations.append(patchOperation(QStringLiteral("replace"), QStringLiteral("userName"), email));
            }
            if (operations.isEmpty()) {
                return was.version;
            }
            request.method = "PATCH";
            request.body = QJsonDocument(patchOf(operations));
        } else {
            QJsonObject whole = current.value();
            whole.remove(QStringLiteral("meta"));
            whole.remove(QStringLiteral("groups"));
            if (renamed) {
                QJsonObject name = attribute(whole, QLatin1String("name")).toObject();
                name.insert(QStringLiteral("givenName"), first);
                name.insert(QStringLiteral("familyName"), last);
                name.insert(QStringLiteral("formatted"), display);
                whole.insert(QStringLiteral("name"), name);
                whole.insert(QStringLiteral("displayName"), display);
            }
            if (edit.email) {
                whole.insert(QStringLiteral("emails"), emails);
            }
            if (renameUser) {
                whole.insert(QStringLiteral("userName"), email);
            }
            request.method = "PUT";
            request.body = QJsonDocument(whole);
        }
        const Result<HttpReply> saved = engine->call(request, what);
        if (!saved.ok()) {
            return saved.error();
        }
        engine->forgetOrder();
        QString ignored;
        if (const auto after = parseObject(saved.value().body, &ignored)) {
            const Version version = userSummaryOf(*after).version;
            return version.isNull() ? Version::fromText(QString::fromUtf8(saved.value().etag)) : version;
        }
        return Version::fromText(QString::fromUtf8(saved.value().etag));
    });
}

namespace {

struct Target
{
    MemberTarget asked;
    std::optional<QJsonObject> user;
    BackendError readError;
};

/// Everyone `filter` lists now, by id (a change to everyone a filter matches).
/// Whether `user` (read just now, `row` its summary) is one `filter` lists: checked here for
/// every person of a change to "everyone matching", whatever the service's listing said, so a
/// service that filters wrongly (or someone changed since) changes nobody the filter did not mean.
bool stillMatches(const QJsonObject& user, const UserSummary& row, const UserFilter& filter)
{
    // The search by what the service searches: its user name and every address too.
    UserFilter rest = filter;
    rest.search.clear();
    if (!rowMatches(row, rest)) {
        return false;
    }
    if (const QString search = normalizedSearch(filter.search); !search.isEmpty()) {
        QStringList texts{row.displayName, attribute(user, QLatin1String("userName")).toString(),
                          attributePath(user, QLatin1String("name.formatted")).toString()};
        for (const QJsonValue& email : attribute(user, QLatin1String("emails")).toArray()) {
            texts.append(attribute(email.toObject(), QLatin1String("value")).toString());
        }
        if (std::none_of(texts.cbegin(), texts.cend(), [&](const QString& text) {
                return text.simplified().contains(search, Qt::CaseInsensitive);
            })) {
            return false;
        }
    }
    if (filter.groupId) {
        const QJsonArray groups = attribute(user, QLatin1String("groups")).toArray();
        return std::any_of(groups.begin(), groups.end(), [&](const QJsonValue& group) {
            return attribute(group.toObject(), QLatin1String("value")).toString() == filter.groupId->text();
        });
    }
    return true;
}

Result<QList<MemberTarget>> everyoneMatching(ScimEngine& engine, const UserFilter& userFilter)
{
    bool nobody = false;
    const Result<QString> filter = scimFilter(userFilter, engine.discovery(), &nobody);
    if (!filter.ok()) {
        return filter.error();
    }
    QList<MemberTarget> targets;
    if (nobody) {
        return targets;
    }
    // Everyone once, in a stable order where the service sorts; a service that answers the same
    // page again, or claims more than it ever lists, ends the listing instead of looping.
    QSet<Id> seen;
    qint64 next = 0;
    qint64 total = -1;
    const QString what = Text::tr("Listing the people to change");
    while (!engine.closing) {
        QUrlQuery query;
        if (!filter.value().isEmpty()) {
            addItem(query, QStringLiteral("filter"), filter.value());
        }
        if (engine.discovery().sort) {
            addItem(query, QStringLiteral("sortBy"), QStringLiteral("meta.created"));
        }
        addItem(query, QStringLiteral("attributes"), QStringLiteral("id"));
        addItem(query, QStringLiteral("startIndex"), QString::number(next + 1));
        addItem(query, QStringLiteral("count"), QStringLiteral("200"));
        const Result<ListPage> answer = engine.callList(get(QStringLiteral("/Users"), query), what);
        if (!answer.ok()) {
            return answer.error();
        }
        if (total < 0) {
            total = answer.value().totalResults;
        }
        if (answer.value().startIndex != 0 && answer.value().startIndex != next + 1) {
            return BackendError {BackendError::Kind::Internal,
                                 Text::tr("%1 failed: the service answered from position %2 when asked for %3, so "
                                          "Usher cannot tell who it means. Nobody was changed.")
                                     .arg(what)
                                     .arg(answer.value().startIndex)
                                     .arg(next + 1),
                                 {}};
        }
        bool anyNew = false;
        for (const QJsonObject& resource : answer.value().resources) {
            const Id id = Id::fromText(attribute(resource, QLatin1String("id")).toString());
            if (!id.isNull() && !seen.contains(id)) {
                seen.insert(id);
                targets.append({id, {}});
                anyNew = true;
            }
        }
        next += answer.value().resources.size();
        if (!anyNew || next >= total) {
            return targets;
        }
    }
    return BackendError {BackendError::Kind::Cancelled, Text::tr("%1 was stopped.").arg(what), {}};
}

/// `requests` sent `writeConcurrency` at a time; answers in the same order.
QList<Result<HttpReply>> sendAll(ScimEngine& engine, const QList<std::pair<HttpRequest, QString>>& requests)
{
    QList<QFuture<Result<HttpReply>>> running;
    QThreadPool lanes;
    lanes.setMaxThreadCount(writeConcurrency);
    for (const auto& [request, what] : requests) {
        running.append(QtConcurrent::run(&lanes, [&engine, request = request, what = what] { return engine.call(request, what); }));
    }
    QList<Result<HttpReply>> answers;
    for (QFuture<Result<HttpReply>>& future : running) {
        future.waitForFinished();
        answers.append(future.result());
    }
    return answers;
}

/// People read and written per step of a change to many: one /Bulk request's worth, or one
/// request each for the lanes.
int changeBatch(const Discovery& found)
{
    return usesBulk(found) ? qBound(2, found.bulkMaxOperations > 0 ? found.bulkMaxOperations : 50, 50) : writeConcurrency;
}

/// `requests` (changes to people) sent as one /Bulk request, each answered on its own as if
/// sent alone: the service applies what it can and says for each what happened (RFC 7644
/// 3.7). When the request as a whole gets no answer, nobody can say what was applied, and each
/// outcome says so.
QList<Result<HttpReply>> sendBulk(ScimEngine& engine, const QList<std::pair<HttpRequest, QString>>& requests)
{
    QJsonArray operations;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const HttpRequest& request = requests.at(i).first;
        QJsonObject operation{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                              {QStringLiteral("bulkId"), QString::number(i + 1)},
                              {QStringLiteral("path"), request.path}};
        if (request.body) {
            operation.insert(QStringLiteral("data"), request.body->object());
        }
        operations.append(operation);
    }
    HttpRequest bulk;
    bulk.method = "POST";
    bulk.path = QStringLiteral("/Bulk");
    bulk.body = QJsonDocument(QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")}},
        {QStringLiteral("Operations"), operations}});
    const Result<HttpReply> answer = engine.call(bulk, Text::tr("Sending the changes together"));
    QList<Result<HttpReply>> replies;
    if (!answer.ok()) {
        // Refused as a whole for what was asked (4xx): nothing applied. No answer, or the
        // service failing on its side: nobody can say.
        BackendError error = answer.error();
        if (error.kind == BackendError::Kind::Unavailable) {
            error.message += QLatin1Char(' ')
                             + Text::tr("The service may have made this change before the connection failed; "
                                        "reload to see.");
        }
        for (qsizetype i = 0; i < requests.size(); ++i) {
            replies.append(error);
        }
        return replies;
    }
    QString problem;
    const std::optional<QJsonObject> body = parseObject(answer.value().body, &problem);
    // Each answer to its request: by bulkId where the service repeats it (it must only for
    // POST), else by method and resource, in order (several changes to one group).
    QHash<qsizetype, QJsonObject> answered;
    for (const QJsonValue& value : body ? attribute(*body, QLatin1String("Operations")).toArray() : QJsonArray()) {
        const QJsonObject operation = value.toObject();
        const QString bulkId = attribute(operation, QLatin1String("bulkId")).toVariant().toString();
        const QString method = attribute(operation, QLatin1String("method")).toString();
        const QString location = QUrl(attribute(operation, QLatin1String("location")).toString()).path();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const HttpRequest& request = requests.at(i).first;
            const bool same = !bulkId.isEmpty() ? bulkId == QString::number(i + 1)
                                                : method.compare(QLatin1String(request.method), Qt::CaseInsensitive) == 0
                                                      && !location.isEmpty() && location.endsWith(request.path);
            if (same && !answered.contains(i)) {
                answered.insert(i, operation);
                break;
            }
        }
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const auto found = answered.constFind(i);
        if (found == answered.constEnd()) {
            // Left out of the answer: the service stopped before it (failOnErrors, or a limit).
            replies.append(BackendError{BackendError::Kind::Internal,
                                        Text::tr("%1 failed: the service's answer did not mention this change, so it "
                                                 "was not made.")
                                            .arg(requests.at(i).second),
                                        problem});
            continue;
        }
        HttpReply reply;
        reply.status = attribute(*found, QLatin1String("status")).toVariant().toInt();
        reply.etag = attribute(*found, QLatin1String("version")).toString().toUtf8();
        const QJsonValue response = attribute(*found, QLatin1String("response"));
        if (response.isObject()) {
            reply.body = QJsonDocument(response.toObject()).toJson(QJsonDocument::Compact);
        }
        if (reply.status >= 200 && reply.status < 300) {
            replies.append(reply);
        } else {
            replies.append(backendErrorOf(reply, requests.at(i).second));
        }
    }
    return replies;
}

/// The writes of one step of a change to many: as one /Bulk request where the change uses it,
/// else each on its own, `writeConcurrency` at a time.
QList<Result<HttpReply>> writeAll(ScimEngine& engine, const QList<std::pair<HttpRequest, QString>>& writes)
{
    return usesBulk(engine.discovery()) && writes.size() > 1 ? sendBulk(engine, writes) : sendAll(engine, writes);
}

/// The report for someone a stopped change did not reach.
MemberOutcome notReached(const Id& accountId)
{
    MemberOutcome outcome;
    outcome.accountId = accountId;
    outcome.name = accountId.text();
    outcome.notReached = true;
    outcome.why = Text::tr("Stopped before their turn; nothing was sent for them.");
    return outcome;
}

/// Each of `ids` as the service has them now, read `writeConcurrency` at a time, in order.
QList<Result<HttpReply>> readPeople(ScimEngine& engine, const QList<Id>& ids)
{
    QList<std::pair<HttpRequest, QString>> reads;
    for (const Id& id : ids) {
        reads.append({get(QStringLiteral("/Users/") + id.text()), Text::tr("Reading this person")});
    }
    return sendAll(engine, reads);
}

} // namespace

QFuture<Result<QList<MemberOutcome>>> ScimBackend::changeMembers(const Operator& op, const MemberChange& change)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, op, change](QPromise<Result<QList<MemberOutcome>>>& promise) {
        const Discovery found = engine->discovery();
        QList<MemberTarget> targets = change.targets;
        if (change.matching) {
            const Result<QList<MemberTarget>> everyone = everyoneMatching(*engine, *change.matching);
            if (!everyone.ok()) {
                promise.addResult(everyone.error());
                return;
            }
            targets = everyone.value();
        }
        promise.setProgressRange(0, int(targets.size()));
        const bool offered = change.operation == MemberOperation::Disable
                             || change.operation == MemberOperation::Reactivate
                             || change.operation == MemberOperation::Delete
                             || (change.operation == MemberOperation::ChangeRole && found.roles);
        WorkspaceCounts counts;
        bool adminsUnknown = false;
        QList<MemberOutcome> outcomes;
        QList<int> adminDeltas; // per write: what it did to counts.activeAdmins, undone if it fails
        int done = 0;
        const int batchSize = changeBatch(found);
        for (qsizetype at = 0; at < targets.size(); at += batchSize) {
            const QList<MemberTarget> batch = targets.mid(at, batchSize);
            QList<Id> ids;
            for (const MemberTarget& target : batch) {
                ids.append(target.accountId);
            }
            if (change.stop.stopRequested()) {
                for (const Id& id : std::as_const(ids)) {
                    outcomes.append(notReached(id));
                }
                done += int(batch.size());
                promise.setProgressValue(done);
                continue;
            }
            // Read each as the service has them now, decide with core's rules, then write.
            const QList<Result<HttpReply>> read = readPeople(*engine, ids);
            QList<std::pair<HttpRequest, QString>> writes;
            QList<qsizetype> writing; // index into outcomes of each write
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const MemberTarget& target = batch.at(i);
                MemberOutcome outcome;
                outcome.accountId = target.accountId;
                outcome.name = target.accountId.text();
                if (!read.at(i).ok()) {
                    outcome.why = read.at(i).error().message;
                    outcomes.append(outcome);
                    continue;
                }
                QString problem;
                const std::optional<QJsonObject> user = parseObject(read.at(i).value().body, &problem);
                if (!user) {
                    outcome.why = problem;
                    outcomes.append(outcome);
                    continue;
                }
                UserSummary row = userSummaryOf(*user, found.roleAttribute);
                if (row.version.isNull()) {
                    row.version = Version::fromText(QString::fromUtf8(read.at(i).value().etag));
                }
                outcome.name = row.displayName;
                outcome.version = row.version;
                if (!offered) {
                    outcome.why = noDeletedView();
                    outcomes.append(outcome);
                    continue;
                }
                if (change.matching && !stillMatches(*user, row, *change.matching)) {
                    outcome.why = noLongerMatches(row.displayName);
                    outcomes.append(outcome);
                    continue;
                }
                const MemberState state {row.role, row.status, Status::Active, row.version};
                const Version expected = found.etag ? target.expectedVersion : Version();
                MemberDecision decision = decideMemberChange(op.role, target.accountId == op.accountId, targets.size(),
                                                             change, expected, state, counts);
                if (decision.verdict == MemberDecision::Verdict::NeedsCounts) {
                    // A service has no seat cap of Usher's; its Admins are counted by the service,
                    // where it can say (a service without filters cannot).
                    counts.loaded = true;
                    counts.seatCap.reset();
                    UserFilter admins;
                    admins.status = Status::Active;
                    admins.role = Role::Admin;
                    bool nobody = false;
                    const Result<QString> filter = scimFilter(admins, found, &nobody);
                    if (filter.ok()) {
                        QUrlQuery query;
                        addItem(query, QStringLiteral("filter"), filter.value());
                        addItem(query, QStringLiteral("count"), QStringLiteral("0"));
                        const Result<ListPage> counted
                            = engine->callList(get(QStringLiteral("/Users"), query), Text::tr("Counting the Admins"));
                        if (!counted.ok()) {
                            counts.loaded = false;
                            outcome.why = counted.error().message;
                            outcomes.append(outcome);
                            continue;
                        }
                        counts.activeAdmins = counted.value().totalResults;
                    } else {
                        adminsUnknown = true;
                        counts.activeAdmins = std::numeric_limits<qint64>::max() / 2;
                    }
                    decision = decideMemberChange(op.role, target.accountId == op.accountId, targets.size(), change,
                                                  expected, state, counts);
                }
                if (adminsUnknown && decision.verdict == MemberDecision::Verdict::Apply && isActiveAdmin(row.role, row.status)
                    && !isActiveAdmin(decision.newRole, decision.newStatus)) {
                    outcome.why = advisory(Text::tr("Usher cannot count this service's Admins, so it does not take "
                                                    "an Admin's access away here."));
                    outcomes.append(outcome);
                    continue;
                }
                switch (decision.verdict) {
                case MemberDecision::Verdict::Refused:
                    outcome.why = advisory(decision.why);
                    outcomes.append(outcome);
                    continue;
                case MemberDecision::Verdict::Conflict:
                    outcome.conflict = true;
                    outcome.why = Text::tr("%1 was changed on the service since you loaded the list. Reload and try "
                                           "again.")
                                      .arg(row.displayName);
                    outcomes.append(outcome);
                    continue;
                case MemberDecision::Verdict::Unchanged:
                    outcome.done = true;
                    outcomes.append(outcome);
                    continue;
                case MemberDecision::Verdict::NeedsCounts:
                case MemberDecision::Verdict::Apply:
                    break;
                }
                HttpRequest request;
                request.path = QStringLiteral("/Users/") + target.accountId.text();
                request.ifMatch = found.etag ? row.version.text().toUtf8() : QByteArray();
                const bool active = decision.newStatus == Status::Active;
                if (change.operation == MemberOperation::Delete) {
                    request.method = "DELETE"; // for good: confirmed as such (DirectoryAbilities::deletesForGood)
                } else if (found.patch) {
                    request.method = "PATCH";
                    request.body = QJsonDocument(patchOf(
                        {change.operation == MemberOperation::ChangeRole
                             ? found.roleAttribute.patchFor(*user, decision.newRole)
                             : patchOperation(QStringLiteral("replace"), QStringLiteral("active"), active)}));
                } else {
                    QJsonObject whole = *user;
                    whole.remove(QStringLiteral("meta"));
                    whole.remove(QStringLiteral("groups"));
                    if (change.operation == MemberOperation::ChangeRole) {
                        found.roleAttribute.writeInto(whole, decision.newRole);
                    } else {
                        whole.insert(QStringLiteral("active"), active);
                    }
                    request.method = "PUT";
                    request.body = QJsonDocument(whole);
                }
                writing.append(outcomes.size());
                adminDeltas.append(int(isActiveAdmin(decision.newRole, decision.newStatus))
                                   - int(isActiveAdmin(row.role, row.status)));
                outcomes.append(outcome);
                writes.append({request, Text::tr("Changing %1").arg(row.displayName)});
            }
            const QList<Result<HttpReply>> written = writeAll(*engine, writes);
            for (qsizetype i = 0; i < written.size(); ++i) {
                MemberOutcome& outcome = outcomes[writing.at(i)];
                if (!written.at(i).ok()) {
                    outcome.conflict = written.at(i).error().kind == BackendError::Kind::Conflict;
                    outcome.why = written.at(i).error().message;
                    counts.activeAdmins -= adminDeltas.at(adminDeltas.size() - written.size() + i); // not so after all
                    continue;
                }
                outcome.done = true;
                // The version after the change: from the answer, else unknown (never the one before).
                outcome.version = Version();
                QString ignored;
                if (const auto after = parseObject(written.at(i).value().body, &ignored)) {
                    outcome.version = userSummaryOf(*after).version;
                }
                if (!written.at(i).value().etag.isEmpty()) {
                    outcome.version = Version::fromText(QString::fromUtf8(written.at(i).value().etag));
                }
            }
            if (!written.isEmpty()) {
                engine->forgetOrder(); // the service's order may change with what was just changed
            }
            done += int(batch.size());
            promise.setProgressValue(done);
        }
        promise.addResult(outcomes);
    });
}

QFuture<Result<int>> ScimBackend::revokeSessions(const Operator&, const Id&, const Id&)
{
    return failedNow<int>(unsupported(Text::tr("A SCIM service does not show sessions that Usher could end.")));
}

GroupDirectory* ScimBackend::groups()
{
    // Member counts and member lists are the users a filter finds; without filters, no groups.
    const Discovery found = m_engine->discovery();
    return found.groups && found.filter ? this : nullptr;
}

namespace {

const QString groupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");

GroupSummary groupSummaryOf(const QJsonObject& group)
{
    GroupSummary summary;
    summary.id = Id::fromText(attribute(group, QLatin1String("id")).toString());
    summary.name = attribute(group, QLatin1String("displayName")).toString();
    summary.createdAt
        = QDateTime::fromString(attributePath(group, QLatin1String("meta.created")).toString(), Qt::ISODateWithMs);
    summary.externalId = attribute(group, QLatin1String("externalId")).toString();
    summary.keptBy = ScimService::kindName();
    const QJsonValue members = attribute(group, QLatin1String("members"));
    summary.memberCount = members.isArray() ? members.toArray().size() : -1;
    return summary;
}

/// A "displayName co …" (or sw, or eq) filter for a group search, as the service can search.
QString groupSearch(const QString& text, const Discovery& found)
{
    const QString search = normalizedSearch(text);
    if (search.isEmpty()) {
        return {};
    }
    const QString op = found.filterCo ? QStringLiteral("co") : found.filterSw ? QStringLiteral("sw") : QStringLiteral("eq");
    QStringList any;
    for (const QString& text : searchTexts(search, found)) {
        any.append(QStringLiteral("displayName %1 %2").arg(op, text));
    }
    return any.join(QLatin1String(" or "));
}

/// One page of groups with their member counts (asked for without their members, which may be
/// many: the counts come from the users, a few requests at a time).
Result<GroupPage> groupPage(ScimEngine& engine, const GroupPageRequest& request)
{
    const Discovery found = engine.discovery();
    QUrlQuery query;
    addItem(query, QStringLiteral("excludedAttributes"), QStringLiteral("members"));
    if (const QString filter = groupSearch(request.search, found); !filter.isEmpty()) {
        addItem(query, QStringLiteral("filter"), filter);
    }
    if (found.sort) {
        addItem(query, QStringLiteral("sortBy"), request.sort == GroupSortColumn::Created ? QStringLiteral("meta.created")
                                                                                               : QStringLiteral("displayName"));
        addItem(query, QStringLiteral("sortOrder"), request.order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                                             : QStringLiteral("descending"));
    }
    GroupPage page;
    qint64 next = request.offset;
    const qint64 wanted = request.limit > 0 ? request.limit : std::numeric_limits<int>::max();
    while (page.rows.size() < wanted) {
        QUrlQuery one = query;
        addItem(one, QStringLiteral("startIndex"), QString::number(next + 1));
        addItem(one, QStringLiteral("count"), QString::number(qMin<qint64>(wanted - page.rows.size(), 1000)));
        const Result<ListPage> answer = engine.callList(get(QStringLiteral("/Groups"), one), Text::tr("Reading the groups"));
        if (!answer.ok()) {
            return answer.error();
        }
        page.total = answer.value().totalResults;
        for (const QJsonObject& group : answer.value().resources) {
            page.rows.append(groupSummaryOf(group));
        }
        next += answer.value().resources.size();
        if (answer.value().resources.isEmpty() || next >= page.total) {
            break;
        }
    }
    QList<std::pair<HttpRequest, QString>> counts;
    for (const GroupSummary& group : std::as_const(page.rows)) {
        QUrlQuery count;
        addItem(count, QStringLiteral("filter"), QStringLiteral("groups.value eq %1").arg(filterString(group.id.text())));
        addItem(count, QStringLiteral("count"), QStringLiteral("0"));
        counts.append({get(QStringLiteral("/Users"), count), Text::tr("Counting the members of %1").arg(group.name)});
    }
    const QList<Result<HttpReply>> counted = sendAll(engine, counts);
    for (qsizetype i = 0; i < counted.size(); ++i) {
        if (!counted.at(i).ok()) {
            return counted.at(i).error();
        }
        QString problem;
        const std::optional<ListPage> listed = parseListPage(counted.at(i).value().body, &problem);
        page.rows[i].memberCount = listed ? listed->totalResults : 0;
    }
    return page;
}

/// The group as the service holds it now (with its members).
Result<QJsonObject> readGroup(ScimEngine& engine, const Id& groupId)
{
    return engine.callObject(get(QStringLiteral("/Groups/") + groupId.text()), Text::tr("Reading the group"));
}

/// Refuses what a SCIM group cannot hold: a description or permissions of Usher's.
std::optional<BackendError> groupEditProblem(const GroupEdit& edit)
{
    if ((edit.description && !edit.description->trimmed().isEmpty()) || (edit.permissions && !edit.permissions->isEmpty())) {
        return unsupported(Text::tr("A group on a SCIM service has a name and members only; Usher cannot keep a "
                                    "description or permissions there."));
    }
    if (edit.name) {
        if (const auto why = groupNameProblem(*edit.name)) {
            return BackendError {BackendError::Kind::Invalid, *why, {}};
        }
    }
    return std::nullopt;
}

} // namespace

QFuture<Result<QList<GroupSummary>>> ScimBackend::listGroups(const Id&)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine]() -> Result<QList<GroupSummary>> {
        GroupPageRequest request;
        request.limit = 0;
        const Result<GroupPage> page = groupPage(*engine, request);
        if (!page.ok()) {
            return page.error();
        }
        QList<GroupSummary> rows = page.value().rows;
        std::sort(rows.begin(), rows.end(), [](const GroupSummary& a, const GroupSummary& b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return rows;
    });
}

QFuture<Result<GroupPage>> ScimBackend::listGroupPage(const GroupPageRequest& request)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, request] { return groupPage(*engine, request); });
}

QFuture<Result<GroupMembersPage>> ScimBackend::listGroupMembers(const GroupMembersRequest& request)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, request]() -> Result<GroupMembersPage> {
        UserFilter filter;
        filter.workspaceId = workspace();
        filter.groupId = request.groupId;
        filter.search = request.search;
        bool nobody = false;
        const Result<QString> scimFilterText = scimFilter(filter, engine->discovery(), &nobody);
        if (!scimFilterText.ok()) {
            return scimFilterText.error();
        }
        GroupMembersPage page;
        qint64 next = request.offset;
        const qint64 wanted = request.limit > 0 ? request.limit : std::numeric_limits<int>::max();
        while (page.rows.size() < wanted) {
            QUrlQuery query;
            addItem(query, QStringLiteral("filter"), scimFilterText.value());
            if (engine->discovery().sort) {
                addItem(query, QStringLiteral("sortBy"), QStringLiteral("displayName"));
            }
            addItem(query, QStringLiteral("startIndex"), QString::number(next + 1));
            addItem(query, QStringLiteral("count"), QString::number(qMin<qint64>(wanted - page.rows.size(), 500)));
            const Result<ListPage> answer
                = engine->callList(get(QStringLiteral("/Users"), query), Text::tr("Reading the group's members"));
            if (!answer.ok()) {
                return answer.error();
            }
            page.total = answer.value().totalResults;
            for (const QJsonObject& user : answer.value().resources) {
                const UserSummary row = userSummaryOf(user, engine->discovery().roleAttribute);
                page.rows.append({row.accountId, row.displayName, row.email, row.role, row.status, {}});
            }
            next += answer.value().resources.size();
            if (answer.value().resources.isEmpty() || next >= page.total) {
                break;
            }
        }
        return page;
    });
}

QFuture<Result<Id>> ScimBackend::createGroup(const Operator& op, const GroupEdit& group)
{
    if (const auto why = refusal(op.role, Action::ManageGroups)) {
        return failedNow<Id>({BackendError::Kind::Refused, advisory(*why), {}});
    }
    if (const auto problem = groupEditProblem(group)) {
        return failedNow<Id>(*problem);
    }
    if (!group.name) {
        return failedNow<Id>({BackendError::Kind::Invalid, *groupNameProblem(QString()), {}});
    }
    return QtConcurrent::run(&m_pool, [engine = m_engine, name = group.name->trimmed()]() -> Result<Id> {
        HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/Groups");
        request.body = QJsonDocument(QJsonObject {{QStringLiteral("schemas"), QJsonArray {groupSchema}},
                                                  {QStringLiteral("displayName"), name},
                                                  {QStringLiteral("members"), QJsonArray {}}});
        const Result<QJsonObject> created = engine->callObject(request, Text::tr("Creating the group “%1”").arg(name));
        if (!created.ok()) {
            return created.error();
        }
        const Id id = Id::fromText(attribute(created.value(), QLatin1String("id")).toString());
        if (id.isNull()) {
            return BackendError {BackendError::Kind::Internal,
                                 Text::tr("The service created the group but did not say its id. Reload to see it."),
                                 {}};
        }
        return id;
    });
}

QFuture<Result<Done>> ScimBackend::updateGroup(const Operator& op, const Id& groupId, const GroupEdit& edit)
{
    if (const auto why = refusal(op.role, Action::ManageGroups)) {
        return failedNow<Done>({BackendError::Kind::Refused, advisory(*why), {}});
    }
    if (const auto problem = groupEditProblem(edit)) {
        return failedNow<Done>(*problem);
    }
    return QtConcurrent::run(&m_pool, [engine = m_engine, groupId, edit]() -> Result<Done> {
        if (!edit.name) {
            return Done {};
        }
        const Discovery found = engine->discovery();
        const Result<QJsonObject> group = readGroup(*engine, groupId);
        if (!group.ok()) {
            return group.error();
        }
        const QString what = Text::tr("Renaming the group “%1”").arg(attribute(group.value(), QLatin1String("displayName")).toString());
        HttpRequest request;
        request.path = QStringLiteral("/Groups/") + groupId.text();
        request.ifMatch = found.etag ? attributePath(group.value(), QLatin1String("meta.version")).toString().toUtf8() : QByteArray();
        if (found.patch) {
            request.method = "PATCH";
            request.body = QJsonDocument(
                patchOf({patchOperation(QStringLiteral("replace"), QStringLiteral("displayName"), edit.name->trimmed())}));
        } else {
            // A PUT replaces the whole group: without its members in hand it would empty it.
            if (!attribute(group.value(), QLatin1String("members")).isArray()) {
                return unsupported(Text::tr("This service did not show the group's members, and without partial "
                                            "changes (PATCH) a new name would replace them. Rename it on the service."));
            }
            QJsonObject whole = group.value();
            whole.remove(QStringLiteral("meta"));
            whole.insert(QStringLiteral("displayName"), edit.name->trimmed());
            request.method = "PUT";
            request.body = QJsonDocument(whole);
        }
        const Result<HttpReply> saved = engine->call(request, what);
        if (!saved.ok()) {
            return saved.error();
        }
        return Done {};
    });
}

QFuture<Result<GroupDeleteImpact>> ScimBackend::groupDeleteImpact(const Id&, const Id& groupId)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, groupId]() -> Result<GroupDeleteImpact> {
        const Result<QJsonObject> group = readGroup(*engine, groupId);
        if (!group.ok()) {
            return group.error();
        }
        GroupDeleteImpact impact;
        impact.group = groupSummaryOf(group.value());
        // Counted by the service's users (a group's own member list may be left out or cut short).
        QUrlQuery count;
        addItem(count, QStringLiteral("filter"), QStringLiteral("groups.value eq %1").arg(filterString(groupId.text())));
        addItem(count, QStringLiteral("count"), QStringLiteral("0"));
        const Result<ListPage> members
            = engine->callList(get(QStringLiteral("/Users"), count), Text::tr("Counting the members"));
        if (!members.ok()) {
            return members.error();
        }
        impact.group.memberCount = members.value().totalResults;
        // A SCIM group grants nothing of Usher's: its members lose only their place in it.
        impact.keepEverything = impact.group.memberCount;
        return impact;
    });
}

QFuture<Result<Done>> ScimBackend::deleteGroup(const Operator& op, const Id& groupId)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, op, groupId]() -> Result<Done> {
        const Result<QJsonObject> group = readGroup(*engine, groupId);
        if (!group.ok()) {
            return group.error();
        }
        const GroupSummary summary = groupSummaryOf(group.value());
        // The members' roles, for the rule that nobody takes a group from people above them.
        QList<Role> roles;
        for (const Role role : allRoles()) {
            if (roleRank(role) > roleRank(op.role)) {
                UserFilter above;
                above.workspaceId = workspace();
                above.groupId = groupId;
                above.role = role;
                bool nobody = false;
                const Result<QString> filter = scimFilter(above, engine->discovery(), &nobody);
                if (!filter.ok()) {
                    return filter.error();
                }
                QUrlQuery query;
                addItem(query, QStringLiteral("filter"), filter.value());
                addItem(query, QStringLiteral("count"), QStringLiteral("0"));
                const Result<ListPage> counted = engine->callList(get(QStringLiteral("/Users"), query), Text::tr("Reading the group's members"));
                if (!counted.ok()) {
                    return counted.error();
                }
                if (counted.value().totalResults > 0) {
                    roles.append(role);
                }
            }
        }
        if (const auto why = refusalToDeleteGroup(op.role, summary, roles)) {
            return BackendError {BackendError::Kind::Refused, advisory(*why), {}};
        }
        HttpRequest request;
        request.method = "DELETE";
        request.path = QStringLiteral("/Groups/") + groupId.text();
        request.ifMatch = engine->discovery().etag ? attributePath(group.value(), QLatin1String("meta.version")).toString().toUtf8()
                                                   : QByteArray();
        const Result<HttpReply> deleted = engine->call(request, Text::tr("Deleting the group “%1”").arg(summary.name));
        if (!deleted.ok()) {
            return deleted.error();
        }
        return Done {};
    });
}

QFuture<Result<QList<MemberOutcome>>> ScimBackend::changeGroupMembers(const Operator& op, const GroupMembersChange& change)
{
    return QtConcurrent::run(&m_pool, [engine = m_engine, op, change](QPromise<Result<QList<MemberOutcome>>>& promise) {
        const Result<QJsonObject> group = readGroup(*engine, change.groupId);
        if (!group.ok()) {
            promise.addResult(group.error());
            return;
        }
        const GroupSummary summary = groupSummaryOf(group.value());
        QList<Id> ids = change.accountIds;
        if (change.matching) {
            const Result<QList<MemberTarget>> everyone = everyoneMatching(*engine, *change.matching);
            if (!everyone.ok()) {
                promise.addResult(everyone.error());
                return;
            }
            ids.clear();
            for (const MemberTarget& target : everyone.value()) {
                ids.append(target.accountId);
            }
        }
        // Who is in it already, where the service showed its members (some leave them out or cut
        // them short for large groups: then every change is sent, and the service decides).
        const QJsonValue shown = attribute(group.value(), QLatin1String("members"));
        const bool membersKnown = shown.isArray();
        QSet<QString> already;
        for (const QJsonValue& member : shown.toArray()) {
            already.insert(attribute(member.toObject(), QLatin1String("value")).toString());
        }
        promise.setProgressRange(0, int(ids.size()));
        QList<MemberOutcome> outcomes;
        int done = 0;
        const int batchSize = changeBatch(engine->discovery());
        for (qsizetype at = 0; at < ids.size(); at += batchSize) {
            const QList<Id> batch = ids.mid(at, batchSize);
            if (change.stop.stopRequested()) {
                for (const Id& id : batch) {
                    outcomes.append(notReached(id));
                }
                done += int(batch.size());
                promise.setProgressValue(done);
                continue;
            }
            const QList<Result<HttpReply>> read = readPeople(*engine, batch);
            QList<std::pair<HttpRequest, QString>> writes;
            QList<qsizetype> writing;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                MemberOutcome outcome;
                outcome.accountId = batch.at(i);
                outcome.name = batch.at(i).text();
                QString problem;
                const std::optional<QJsonObject> user
                    = read.at(i).ok() ? parseObject(read.at(i).value().body, &problem) : std::nullopt;
                if (!user) {
                    outcome.why = read.at(i).ok() ? problem : read.at(i).error().message;
                    outcomes.append(outcome);
                    continue;
                }
                const UserSummary row = userSummaryOf(*user, engine->discovery().roleAttribute);
                outcome.name = row.displayName;
                if (change.matching && !stillMatches(*user, row, *change.matching)) {
                    outcome.why = noLongerMatches(row.displayName);
                    outcomes.append(outcome);
                    continue;
                }
                if (const auto why = refusalOfSelfAmongMany(batch.at(i) == op.accountId, ids.size())) {
                    outcome.why = advisory(*why);
                    outcomes.append(outcome);
                    continue;
                }
                if (const auto why = refusalToChangeGroupMember(op.role, summary, change.add, row.role)) {
                    outcome.why = advisory(*why);
                    outcomes.append(outcome);
                    continue;
                }
                if (membersKnown && already.contains(batch.at(i).text()) == change.add) {
                    outcome.done = true; // already so: nothing to send
                    outcomes.append(outcome);
                    continue;
                }
                HttpRequest request;
                request.method = "PATCH";
                request.path = QStringLiteral("/Groups/") + change.groupId.text();
                const QJsonObject member {{QStringLiteral("value"), batch.at(i).text()}};
                request.body = QJsonDocument(patchOf(
                    {change.add ? patchOperation(QStringLiteral("add"), QStringLiteral("members"), QJsonArray {member})
                                : patchOperation(QStringLiteral("remove"),
                                                 QStringLiteral("members[value eq %1]").arg(filterString(batch.at(i).text())),
                                                 QJsonValue())}));
                writing.append(outcomes.size());
                outcomes.append(outcome);
                writes.append({request, change.add ? Text::tr("Adding %1 to “%2”").arg(row.displayName, summary.name)
                                                   : Text::tr("Removing %1 from “%2”").arg(row.displayName, summary.name)});
            }
            const QList<Result<HttpReply>> written = writeAll(*engine, writes);
            for (qsizetype i = 0; i < written.size(); ++i) {
                MemberOutcome& outcome = outcomes[writing.at(i)];
                // Removing someone who is not in it: the service says there is no such member, so already so.
                const bool absent = !written.at(i).ok() && !change.add
                                    && written.at(i).error().detail.contains(QLatin1String("noTarget"), Qt::CaseInsensitive);
                outcome.done = written.at(i).ok() || absent;
                outcome.why = outcome.done ? QString() : written.at(i).error().message;
            }
            done += int(batch.size());
            promise.setProgressValue(done);
        }
        promise.addResult(outcomes);
    });
}

} // namespace usher::scim
