#pragma once

// Reading what a SCIM service answers (RFC 7643/7644) into Usher's types, and writing what
// it is sent. Pure functions without I/O, so the parser runs under a fuzz target: any bytes
// give a value or a problem, never a crash. Attribute names are matched case-insensitively,
// as the RFC asks and as servers that capitalise them need.

#include "connection/result.h"
#include "connection/scim/scimhttp.h"
#include "core/account.h"
#include "core/lifecycle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace usher::scim {

/// `object[name]`, with the name matched case-insensitively; Undefined when absent.
QJsonValue attribute(const QJsonObject& object, QLatin1String name);
/// A dotted path ("name.givenName", "meta.version") through sub-attributes.
QJsonValue attributePath(const QJsonObject& object, QLatin1String path);
/// The value of a multi-valued attribute's primary entry (or its first): "emails", "roles".
QString primaryValue(const QJsonObject& object, QLatin1String name);

/// A parsed JSON object, or why the bytes are not one. Nesting deeper than 64 levels or a
/// body over 64 MB is refused before parsing.
std::optional<QJsonObject> parseObject(const QByteArray& body, QString* problem);

/// One page of a listing (a ListResponse).
struct ListPage
{
    qint64 totalResults = 0;
    qint64 startIndex = 0; ///< Where the service says it started (1-based); 0 when it did not say.
    QList<QJsonObject> resources;
};
/// The ListResponse in `body`, or why it is not one.
std::optional<ListPage> parseListPage(const QByteArray& body, QString* problem);

/// A user resource as a row of the users table; `rolesAttribute` holds Usher's role.
UserSummary userSummaryOf(const QJsonObject& user);
/// The display name a user resource gives: displayName, name.formatted, given + family name,
/// or userName.
QString displayNameOf(const QJsonObject& user);
/// Usher's role from the user's roles (the primary one, else the first Usher knows); Member
/// when none is one of Usher's.
Role roleOf(const QJsonObject& user);

/// What an error answer says: RFC 7644 3.12's detail and scimType, and the status (from the
/// body, else the HTTP status: some servers leave it out).
struct ServiceError
{
    int status = 0;
    QString scimType;
    QString detail;
};
ServiceError serviceErrorOf(const HttpReply& reply);

/// A BackendError for a reply that was not a success, naming `what` was being done
/// ("Reading the users"): no answer (which network problem), 401 (sign-in), 403 (not
/// allowed), 404, 409 (uniqueness), 412 (changed since read), 429 (wait), 5xx; the
/// server's own detail is kept in the message.
BackendError backendErrorOf(const HttpReply& reply, const QString& what);

/// A value for a SCIM filter: quoted, with quotes and backslashes escaped.
QString filterString(const QString& text);

/// The resource to create for a new member (RFC 7643 4.1), with Usher's role in `roles`.
QJsonObject newUserResource(const NewMember& member, bool withRole);

} // namespace usher::scim
