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

/// Where a service keeps Usher's role: in `roles` (RFC 7643's multi-valued attribute, the
/// default), or in another attribute a profile names, single-valued: a core one ("userType",
/// "title") or an extension's by its full name
/// ("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division"), for services
/// without roles.
struct RoleAttribute
{
    QString schema; ///< The extension's URN; empty for a core attribute.
    QString name = QStringLiteral("roles");

    /// From a profile's text; empty or blank text is `roles`.
    static RoleAttribute fromText(const QString& text);
    bool isRoles() const;
    /// Its full name, for PATCH paths and the findings.
    QString path() const;
    /// What a filter or sortBy names: "roles.value", or the attribute itself.
    QString filterPath() const;
    /// Usher's role in `user`; Member when none of Usher's is there.
    Role in(const QJsonObject& user) const;
    /// The PATCH operation that gives `user` `role`; the service's other roles stay.
    QJsonObject patchFor(const QJsonObject& user, Role role) const;
    /// `user` (a whole resource, for PUT or POST) with `role`; the service's other roles stay.
    void writeInto(QJsonObject& user, Role role) const;
};

/// A user resource as a row of the users table, with Usher's role from `role`.
UserSummary userSummaryOf(const QJsonObject& user, const RoleAttribute& role = {});
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

/// The resource to create for a new member (RFC 7643 4.1), with Usher's role where `role`
/// says, or none.
QJsonObject newUserResource(const NewMember& member, const std::optional<RoleAttribute>& role);

} // namespace usher::scim
