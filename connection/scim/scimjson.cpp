#include "connection/scim/scimjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace usher::scim {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::ScimBackend)
};

constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;
constexpr int maxNesting = 64;

/// Whether the JSON text nests deeper than `limit` (counted outside strings), so QJsonDocument
/// is never handed a pathological document.
bool nestsTooDeep(const QByteArray& body, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit) {
                return true;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

QDateTime dateOf(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

QJsonValue attribute(const QJsonObject& object, QLatin1String name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd()) {
        return *exact;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue attributePath(const QJsonObject& object, QLatin1String path)
{
    const QByteArrayView text(path.data(), path.size());
    const qsizetype dot = text.indexOf('.');
    if (dot < 0) {
        return attribute(object, path);
    }
    const QJsonValue parent = attribute(object, QLatin1String(path.data(), dot));
    return parent.isObject() ? attributePath(parent.toObject(), QLatin1String(path.data() + dot + 1, path.size() - dot - 1))
                             : QJsonValue(QJsonValue::Undefined);
}

QString primaryValue(const QJsonObject& object, QLatin1String name)
{
    const QJsonArray entries = attribute(object, name).toArray();
    QString first;
    for (const QJsonValue& entry : entries) {
        const QJsonObject item = entry.toObject();
        const QString value = attribute(item, QLatin1String("value")).toString();
        if (attribute(item, QLatin1String("primary")).toBool() && !value.isEmpty()) {
            return value;
        }
        if (first.isEmpty()) {
            first = value;
        }
    }
    return first;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* problem)
{
    if (body.size() > maxBodyBytes) {
        *problem = Text::tr("The service answered more than 64 MB at once.");
        return std::nullopt;
    }
    if (nestsTooDeep(body, maxNesting)) {
        *problem = Text::tr("The service's answer nests deeper than %1 levels.").arg(maxNesting);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = error.error != QJsonParseError::NoError
                       ? Text::tr("The service's answer is not valid JSON (%1 at byte %2).")
                             .arg(error.errorString())
                             .arg(error.offset)
                       : Text::tr("The service's answer is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

std::optional<ListPage> parseListPage(const QByteArray& body, QString* problem)
{
    const std::optional<QJsonObject> object = parseObject(body, problem);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue total = attribute(*object, QLatin1String("totalResults"));
    const QJsonValue resources = attribute(*object, QLatin1String("Resources"));
    if (!total.isDouble() || total.toDouble() < 0 || total.toDouble() > 9e15) {
        *problem = Text::tr("The service's list has no usable totalResults.");
        return std::nullopt;
    }
    if (!resources.isUndefined() && !resources.isArray()) {
        *problem = Text::tr("The service's list has Resources that are not a list.");
        return std::nullopt;
    }
    ListPage page;
    page.totalResults = qint64(total.toDouble());
    const QJsonValue start = attribute(*object, QLatin1String("startIndex"));
    page.startIndex = start.isDouble() && start.toDouble() >= 1 && start.toDouble() < 9e15 ? qint64(start.toDouble()) : 0;
    for (const QJsonValue& resource : resources.toArray()) {
        if (!resource.isObject()) {
            *problem = Text::tr("The service's list holds something that is not a resource.");
            return std::nullopt;
        }
        page.resources.append(resource.toObject());
    }
    return page;
}

QString displayNameOf(const QJsonObject& user)
{
    const QString display = attribute(user, QLatin1String("displayName")).toString().trimmed();
    if (!display.isEmpty()) {
        return display;
    }
    const QString formatted = attributePath(user, QLatin1String("name.formatted")).toString().trimmed();
    if (!formatted.isEmpty()) {
        return formatted;
    }
    const QString composed = composeDisplayName(attributePath(user, QLatin1String("name.givenName")).toString(),
                                                attributePath(user, QLatin1String("name.familyName")).toString());
    return composed.isEmpty() ? attribute(user, QLatin1String("userName")).toString() : composed;
}

Role roleOf(const QJsonObject& user)
{
    Role role = Role::Member;
    if (roleFromKey(primaryValue(user, QLatin1String("roles")), &role)) {
        return role;
    }
    for (const QJsonValue& entry : attribute(user, QLatin1String("roles")).toArray()) {
        if (roleFromKey(attribute(entry.toObject(), QLatin1String("value")).toString(), &role)) {
            return role;
        }
    }
    return Role::Member;
}

namespace {

/// `roles` with Usher's role replaced by `role` (the primary one), the service's other roles kept.
QJsonArray withUsherRole(const QJsonArray& roles, Role role)
{
    QJsonArray kept {QJsonObject {{QStringLiteral("value"), roleKey(role)}, {QStringLiteral("primary"), true}}};
    for (const QJsonValue& entry : roles) {
        QJsonObject other = entry.toObject();
        Role ignored = Role::Member;
        if (!roleFromKey(attribute(other, QLatin1String("value")).toString(), &ignored)) {
            other.insert(QStringLiteral("primary"), false);
            kept.append(other);
        }
    }
    return kept;
}

} // namespace

RoleAttribute RoleAttribute::fromText(const QString& text)
{
    RoleAttribute where;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return where;
    }
    // "urn:…:User:division": the extension's URN up to its last colon.
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (trimmed.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) && colon > 4) {
        where.schema = trimmed.left(colon);
        where.name = trimmed.mid(colon + 1);
    } else {
        where.name = trimmed;
    }
    return where;
}

bool RoleAttribute::isRoles() const
{
    return schema.isEmpty() && name.compare(QLatin1String("roles"), Qt::CaseInsensitive) == 0;
}

QString RoleAttribute::path() const
{
    return schema.isEmpty() ? name : schema + QLatin1Char(':') + name;
}

QString RoleAttribute::filterPath() const
{
    return isRoles() ? QStringLiteral("roles.value") : path();
}

Role RoleAttribute::in(const QJsonObject& user) const
{
    if (isRoles()) {
        return roleOf(user);
    }
    const QByteArray key = name.toUtf8();
    QJsonValue value;
    if (schema.isEmpty()) {
        value = attribute(user, QLatin1String(key));
    } else {
        const QByteArray urn = schema.toUtf8();
        value = attribute(attribute(user, QLatin1String(urn)).toObject(), QLatin1String(key));
    }
    Role role = Role::Member;
    return roleFromKey(value.toString().trimmed().toLower(), &role) ? role : Role::Member;
}

QJsonObject RoleAttribute::patchFor(const QJsonObject& user, Role role) const
{
    QJsonObject operation{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("path"), path()}};
    if (isRoles()) {
        operation.insert(QStringLiteral("value"), withUsherRole(attribute(user, QLatin1String("roles")).toArray(), role));
    } else {
        operation.insert(QStringLiteral("value"), roleKey(role));
    }
    return operation;
}

void RoleAttribute::writeInto(QJsonObject& user, Role role) const
{
    if (isRoles()) {
        user.insert(QStringLiteral("roles"), withUsherRole(attribute(user, QLatin1String("roles")).toArray(), role));
    } else if (schema.isEmpty()) {
        user.insert(name, roleKey(role));
    } else {
        QJsonObject extension = user.value(schema).toObject();
        extension.insert(name, roleKey(role));
        user.insert(schema, extension);
        QJsonArray schemas = user.value(QStringLiteral("schemas")).toArray();
        if (!schemas.contains(QJsonValue(schema))) {
            schemas.append(schema);
            user.insert(QStringLiteral("schemas"), schemas);
        }
    }
}

UserSummary userSummaryOf(const QJsonObject& user, const RoleAttribute& role)
{
    UserSummary row;
    row.accountId = Id::fromText(attribute(user, QLatin1String("id")).toString());
    row.displayName = displayNameOf(user);
    row.email = primaryValue(user, QLatin1String("emails"));
    if (row.email.isEmpty()) {
        row.email = attribute(user, QLatin1String("userName")).toString();
    }
    row.role = role.in(user);
    const QJsonValue active = attribute(user, QLatin1String("active"));
    row.status = active.isBool() && !active.toBool() ? Status::Disabled : Status::Active;
    row.source = Source::DirectorySync;
    for (const QJsonValue& group : attribute(user, QLatin1String("groups")).toArray()) {
        const QJsonObject entry = group.toObject();
        const QString name = attribute(entry, QLatin1String("display")).toString();
        row.groups.append(name.isEmpty() ? attribute(entry, QLatin1String("value")).toString() : name);
    }
    row.joined = dateOf(attributePath(user, QLatin1String("meta.created")));
    row.version = Version::fromText(attributePath(user, QLatin1String("meta.version")).toString());
    return row;
}

ServiceError serviceErrorOf(const HttpReply& reply)
{
    ServiceError error;
    error.status = reply.status;
    QString ignored;
    if (const std::optional<QJsonObject> body = parseObject(reply.body, &ignored)) {
        const QJsonValue status = attribute(*body, QLatin1String("status"));
        const int said = status.isString() ? status.toString().toInt() : status.toInt();
        if (said >= 400 && said < 600) {
            error.status = said;
        }
        error.scimType = attribute(*body, QLatin1String("scimType")).toString();
        error.detail = attribute(*body, QLatin1String("detail")).toString().left(1000);
    }
    return error;
}

BackendError backendErrorOf(const HttpReply& reply, const QString& what)
{
    using Kind = BackendError::Kind;
    BackendError error;
    if (reply.status == 0) {
        error.detail = reply.networkText;
        if (reply.tlsFailed) {
            error.kind = Kind::Tls;
            error.message = Text::tr("%1 failed: the service's certificate could not be verified (%2).")
                                .arg(what, reply.tlsErrors.isEmpty() ? reply.networkText : reply.tlsErrors);
        } else if (reply.timedOut) {
            error.kind = Kind::Unavailable;
            error.message = Text::tr("%1 failed: the service did not answer in time.").arg(what);
        } else if (reply.network == QNetworkReply::ConnectionRefusedError) {
            error.kind = Kind::Unavailable;
            error.message = Text::tr("%1 failed: nothing accepts connections at this address. Is the service running?")
                                .arg(what);
        } else if (reply.network == QNetworkReply::HostNotFoundError) {
            error.kind = Kind::Unavailable;
            error.message = Text::tr("%1 failed: the host name is unknown.").arg(what);
        } else if (reply.network == QNetworkReply::OperationCanceledError) {
            error.kind = Kind::Cancelled;
            error.message = Text::tr("%1 was stopped.").arg(what);
        } else {
            error.kind = Kind::Unavailable;
            error.message = Text::tr("%1 failed: the connection to the service was lost (%2).").arg(what, reply.networkText);
        }
        return error;
    }
    const ServiceError said = serviceErrorOf(reply);
    error.detail = QStringLiteral("HTTP %1%2%3")
                       .arg(reply.status)
                       .arg(said.scimType.isEmpty() ? QString() : QStringLiteral(" ") + said.scimType,
                            said.detail.isEmpty() ? QString() : QStringLiteral(": ") + said.detail);
    const QString server = said.detail.isEmpty() ? QString() : Text::tr(" The service says: “%1”").arg(said.detail);
    switch (said.status) {
    case 401:
        error.kind = Kind::Authentication;
        error.message = Text::tr("%1 failed: the service did not accept the token.").arg(what) + server;
        break;
    case 403:
        error.kind = Kind::Forbidden;
        error.message = Text::tr("%1 failed: the service does not allow this connection's account to do it.").arg(what)
                        + server;
        break;
    case 404:
        error.kind = Kind::NotFound;
        error.message = Text::tr("%1 failed: the service has no such resource (it may have been deleted).").arg(what)
                        + server;
        break;
    case 409:
        error.kind = Kind::Conflict;
        error.message = said.scimType.compare(QLatin1String("uniqueness"), Qt::CaseInsensitive) == 0
                            ? Text::tr("%1 failed: the service already has someone with this name or address.").arg(what)
                                  + server
                            : Text::tr("%1 failed: it conflicts with what the service holds.").arg(what) + server;
        break;
    case 412:
        error.kind = Kind::Conflict;
        error.message = Text::tr("%1 failed: it was changed on the service since you loaded it. Reload and try again.")
                            .arg(what)
                        + server;
        break;
    case 429:
        error.kind = Kind::RateLimited;
        error.retryAfterSeconds = qMax(0, reply.retryAfterSeconds);
        error.message = reply.retryAfterSeconds > 0
                            ? Text::tr("%1 failed: the service asks to wait %n second(s) before trying again.", nullptr,
                                       reply.retryAfterSeconds)
                                  .arg(what)
                            : Text::tr("%1 failed: the service asks to wait before trying again.").arg(what);
        error.message += server;
        break;
    default:
        if (said.status >= 500) {
            error.kind = Kind::Unavailable;
            error.message = Text::tr("%1 failed: the service had a problem of its own (HTTP %2).").arg(what).arg(said.status)
                            + server;
        } else {
            error.kind = Kind::Invalid;
            error.message = Text::tr("%1 failed: the service refused the request (HTTP %2).").arg(what).arg(said.status)
                            + server;
        }
    }
    return error;
}

QString filterString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QJsonObject newUserResource(const NewMember& member, const std::optional<RoleAttribute>& role)
{
    QJsonObject user;
    user.insert(QStringLiteral("schemas"), QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
    user.insert(QStringLiteral("userName"), member.email);
    const QString display = composeDisplayName(member.firstName, member.lastName);
    user.insert(QStringLiteral("name"), QJsonObject {{QStringLiteral("givenName"), member.firstName},
                                                     {QStringLiteral("familyName"), member.lastName},
                                                     {QStringLiteral("formatted"), display}});
    user.insert(QStringLiteral("displayName"), display);
    user.insert(QStringLiteral("emails"), QJsonArray {QJsonObject {{QStringLiteral("value"), member.email},
                                                                   {QStringLiteral("type"), QStringLiteral("work")},
                                                                   {QStringLiteral("primary"), true}}});
    user.insert(QStringLiteral("active"), true);
    if (role) {
        role->writeInto(user, member.role);
    }
    return user;
}

} // namespace usher::scim
