#include "connection/ldap/ldapreader.h"

#include "connection/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <ldap.h>

#include <memory>
#include <vector>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::LdapReader)
};

/// How long a search may go without any answer before the directory counts as gone.
constexpr int silenceSeconds = 60;
/// Group names kept for choosing groups to sync.
constexpr int probeGroupNames = 500;

struct LdapDeleter
{
    void operator()(LDAP* ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
using LdapHandle = std::unique_ptr<LDAP, LdapDeleter>;

QString diagnosticOf(LDAP* ld)
{
    char* message = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) == LDAP_OPT_SUCCESS && message) {
        const QString text = QString::fromUtf8(message);
        ldap_memfree(message);
        return text;
    }
    return {};
}

int resultCodeOf(LDAP* ld)
{
    int code = LDAP_OTHER;
    ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &code);
    return code;
}

/// What a libldap failure means for the person at the screen.
BackendError errorOf(LDAP* ld, int code, const DirectorySource& source, const QString& base = {})
{
    const QString diagnostic = diagnosticOf(ld);
    BackendError error;
    error.detail = QString::fromUtf8(ldap_err2string(code)) + (diagnostic.isEmpty() ? QString() : QStringLiteral(": ") + diagnostic);
    switch (code) {
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_TIMEOUT:
    case LDAP_UNAVAILABLE:
    case LDAP_BUSY:
        if (diagnostic.contains(QLatin1String("certificate"), Qt::CaseInsensitive)
            || diagnostic.contains(QLatin1String("TLS"), Qt::CaseSensitive)) {
            error.kind = BackendError::Kind::Tls;
            error.message = Text::tr("The directory at %1 could not be verified: %2. Check the CA file, or that the "
                                     "address is the name on the server's certificate.")
                                .arg(source.url, diagnostic);
        } else {
            error.kind = BackendError::Kind::Unavailable;
            error.message = Text::tr("Usher cannot reach the directory at %1 (%2). Check the address and that the "
                                     "server is running.")
                                .arg(source.url, QString::fromUtf8(ldap_err2string(code)));
        }
        break;
    case LDAP_INVALID_CREDENTIALS:
        error.kind = BackendError::Kind::Authentication;
        error.message = Text::tr("The directory refused the bind DN or its password.");
        break;
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_UNWILLING_TO_PERFORM:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        error.kind = BackendError::Kind::Authentication;
        error.message = Text::tr("The directory refused this way of signing in (%1).").arg(error.detail);
        break;
    case LDAP_NO_SUCH_OBJECT:
        error.kind = BackendError::Kind::Invalid;
        error.message = Text::tr("The directory has no entry %1. Check the base DN.").arg(base);
        break;
    case LDAP_INVALID_DN_SYNTAX:
        error.kind = BackendError::Kind::Invalid;
        error.message = Text::tr("“%1” is not a DN the directory understands.").arg(base);
        break;
    case LDAP_INSUFFICIENT_ACCESS:
        error.kind = BackendError::Kind::Forbidden;
        error.message = Text::tr("The directory does not let the bind DN read %1.").arg(base);
        break;
    case LDAP_FILTER_ERROR:
    case LDAP_UNDEFINED_TYPE:
        error.kind = BackendError::Kind::Invalid;
        error.message = Text::tr("The directory does not know an attribute or class of the mapping (%1).").arg(error.detail);
        break;
    default:
        error.kind = BackendError::Kind::Unavailable;
        error.message = Text::tr("The directory answered with an error: %1.").arg(error.detail);
        break;
    }
    return error;
}

/// Connects to the source's server, sets up TLS as it asks, and binds.
Result<LdapHandle> connectAndBind(const DirectorySource& source, const QString& password, QStringList* findings)
{
    if (const std::optional<QString> problem = directorySourceProblem(source)) {
        return BackendError {BackendError::Kind::Invalid, *problem, {}};
    }
    if (!source.bindDn.isEmpty() && password.isEmpty()) {
        // LDAP answers a DN without a password with an unauthenticated "success" (RFC 4513 5.1.2).
        return BackendError {BackendError::Kind::Authentication,
                             Text::tr("Enter the password of the bind DN %1.").arg(source.bindDn), {}};
    }
    LDAP* raw = nullptr;
    int rc = ldap_initialize(&raw, source.url.trimmed().toUtf8().constData());
    LdapHandle ld(raw);
    if (rc != LDAP_SUCCESS) {
        return errorOf(ld.get(), rc, source);
    }
    const int version = LDAP_VERSION3;
    ldap_set_option(ld.get(), LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld.get(), LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval network {10, 0};
    ldap_set_option(ld.get(), LDAP_OPT_NETWORK_TIMEOUT, &network);
    timeval operation {silenceSeconds, 0};
    ldap_set_option(ld.get(), LDAP_OPT_TIMEOUT, &operation);

    if (source.tls != DirectoryTls::None) {
        const int demand = LDAP_OPT_X_TLS_DEMAND;
        ldap_set_option(ld.get(), LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
        if (!source.caFile.isEmpty()) {
            const QFileInfo ca(source.caFile);
            if (!ca.isFile() || !ca.isReadable()) {
                return BackendError {BackendError::Kind::Invalid,
                                     Text::tr("CA file: %1 cannot be read.").arg(QDir::toNativeSeparators(source.caFile)), {}};
            }
            ldap_set_option(ld.get(), LDAP_OPT_X_TLS_CACERTFILE, QFile::encodeName(source.caFile).constData());
        }
        const int client = 0;
        rc = ldap_set_option(ld.get(), LDAP_OPT_X_TLS_NEWCTX, &client); // takes the options above for this handle only
        if (rc != LDAP_OPT_SUCCESS) {
            return BackendError {BackendError::Kind::Tls,
                                 Text::tr("Usher could not set up TLS with the CA file %1.").arg(source.caFile),
                                 diagnosticOf(ld.get())};
        }
        if (source.tls == DirectoryTls::StartTls) {
            rc = ldap_start_tls_s(ld.get(), nullptr, nullptr);
            if (rc != LDAP_SUCCESS) {
                BackendError error = errorOf(ld.get(), rc, source);
                if (rc == LDAP_CONNECT_ERROR || rc == LDAP_PROTOCOL_ERROR || rc == LDAP_OPERATIONS_ERROR) {
                    // The TLS library rarely says more than "(unknown error code)": name what to check.
                    error.kind = BackendError::Kind::Tls;
                    error.message = Text::tr("StartTLS with the directory at %1 failed: its certificate was not "
                                             "accepted (check the CA file, and that the address is the name on the "
                                             "certificate), or the server does not offer StartTLS.")
                                        .arg(source.url);
                }
                return error;
            }
        }
    }

    QByteArray secret = password.toUtf8();
    berval credentials {ber_len_t(secret.size()), secret.data()};
    const QByteArray dn = source.bindDn.toUtf8();
    rc = ldap_sasl_bind_s(ld.get(), source.bindDn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &credentials,
                          nullptr, nullptr, nullptr);
    secret.fill('\0');
    if (rc != LDAP_SUCCESS) {
        return errorOf(ld.get(), rc, source);
    }
    if (findings) {
        switch (source.tls) {
        case DirectoryTls::StartTls:
            findings->append(Text::tr("Connected with StartTLS; the server's certificate was verified."));
            break;
        case DirectoryTls::Ldaps:
            findings->append(Text::tr("Connected with TLS (ldaps); the server's certificate was verified."));
            break;
        case DirectoryTls::None:
            findings->append(Text::tr("Connected without TLS: the password crossed the network readable."));
            break;
        }
        findings->append(source.bindDn.isEmpty() ? Text::tr("Signed in anonymously.")
                                                 : Text::tr("Signed in as %1.").arg(source.bindDn));
    }
    return LdapHandle(ld.release());
}

/// The entry's values of `attribute`, as text (a binary id in hex, objectGUID as a GUID).
QStringList valuesOf(LDAP* ld, LDAPMessage* entry, const QByteArray& attribute)
{
    QStringList values;
    berval** raw = ldap_get_values_len(ld, entry, attribute.constData());
    if (!raw) {
        return values;
    }
    for (berval** value = raw; *value; ++value) {
        const QByteArray bytes((*value)->bv_val, qsizetype((*value)->bv_len));
        if (bytes.size() == 16 && attribute.compare("objectGUID", Qt::CaseInsensitive) == 0) {
            values.append(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
            continue;
        }
        const QString text = QString::fromUtf8(bytes);
        values.append(text.toUtf8() == bytes ? text : QString::fromLatin1(bytes.toHex()));
    }
    ldap_value_free_len(raw);
    return values;
}

/// The name under which the entry carries `attribute` in ranges ("member;range=0-1499"), or
/// nothing when it carries it whole.
QString rangedName(LDAP* ld, LDAPMessage* entry, const QString& attribute)
{
    const QString prefix = attribute + QStringLiteral(";range=");
    QString found;
    BerElement* ber = nullptr;
    for (char* name = ldap_first_attribute(ld, entry, &ber); name; name = ldap_next_attribute(ld, entry, ber)) {
        const QString text = QString::fromUtf8(name);
        ldap_memfree(name);
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            found = text;
        }
    }
    if (ber) {
        ber_free(ber, 0);
    }
    return found;
}

QString firstOf(LDAP* ld, LDAPMessage* entry, const QByteArray& attribute)
{
    const QStringList values = valuesOf(ld, entry, attribute);
    return values.isEmpty() ? QString() : values.first();
}

QString dnOf(LDAP* ld, LDAPMessage* entry)
{
    char* dn = ldap_get_dn(ld, entry);
    const QString text = dn ? QString::fromUtf8(dn) : QString();
    ldap_memfree(dn);
    return text;
}

/// A DN as members name it, so that "uid=Ada, ou=People,…" finds "uid=ada,ou=people,…".
QString dnKey(const QString& dn)
{
    char* normal = nullptr;
    const QByteArray utf8 = dn.toUtf8();
    if (ldap_dn_normalize(utf8.constData(), LDAP_DN_FORMAT_LDAP, &normal, LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && normal) {
        const QString key = QString::fromUtf8(normal).toCaseFolded();
        ldap_memfree(normal);
        return key;
    }
    return dn.simplified().toCaseFolded();
}

/// How a search ended.
struct SearchEnd
{
    bool complete = true;
    QString why; ///< When not complete.
    bool paged = false; ///< The server answered the paging control.
};

/// Runs a paged subtree search, handing each entry to `each`; answers how it ended, or an error
/// (a stop, a lost connection, a refused search).
Result<SearchEnd> search(LDAP* ld, const DirectorySource& source, const QString& base, const QString& filter,
                         const QList<QByteArray>& attributes, const StopToken& stop,
                         const std::function<void(LDAPMessage*)>& each, int scope = LDAP_SCOPE_SUBTREE)
{
    std::vector<char*> attrs;
    for (const QByteArray& attribute : attributes) {
        attrs.push_back(const_cast<char*>(attribute.constData()));
    }
    attrs.push_back(nullptr);
    const QByteArray baseDn = base.toUtf8();
    const QByteArray filterText = filter.toUtf8();
    berval cookie {0, nullptr};
    const auto freeCookie = [&cookie]() {
        if (cookie.bv_val) {
            ber_memfree(cookie.bv_val);
            cookie = {0, nullptr};
        }
    };
    SearchEnd end;
    for (;;) {
        LDAPControl* page = nullptr;
        int rc = ldap_create_page_control(ld, LdapReader::pageSize, &cookie, 0, &page);
        if (rc != LDAP_SUCCESS) {
            freeCookie();
            return errorOf(ld, rc, source, base);
        }
        LDAPControl* controls[] = {page, nullptr};
        int messageId = 0;
        rc = ldap_search_ext(ld, baseDn.constData(), scope, filterText.constData(), attrs.data(), 0,
                             controls, nullptr, nullptr, LDAP_NO_LIMIT, &messageId);
        ldap_control_free(page);
        if (rc != LDAP_SUCCESS) {
            freeCookie();
            return errorOf(ld, rc, source, base);
        }
        QElapsedTimer silence;
        silence.start();
        bool pageDone = false;
        while (!pageDone) {
            if (stop.stopRequested()) {
                ldap_abandon_ext(ld, messageId, nullptr, nullptr);
                freeCookie();
                return BackendError {BackendError::Kind::Cancelled, Text::tr("The directory was not read to the end: stopped."), {}};
            }
            timeval wait {0, 200'000};
            LDAPMessage* message = nullptr;
            const int type = ldap_result(ld, messageId, LDAP_MSG_ONE, &wait, &message);
            if (type == 0) {
                if (silence.elapsed() > silenceSeconds * 1000) {
                    ldap_abandon_ext(ld, messageId, nullptr, nullptr);
                    freeCookie();
                    return errorOf(ld, LDAP_TIMEOUT, source, base);
                }
                continue;
            }
            if (type < 0) {
                freeCookie();
                return errorOf(ld, resultCodeOf(ld), source, base);
            }
            silence.restart();
            if (type == LDAP_RES_SEARCH_ENTRY) {
                for (LDAPMessage* entry = ldap_first_entry(ld, message); entry; entry = ldap_next_entry(ld, entry)) {
                    each(entry);
                }
                ldap_msgfree(message);
                continue;
            }
            if (type != LDAP_RES_SEARCH_RESULT) {
                // A reference to entries kept by another server, not followed: the listing
                // lacks them, so it is not complete.
                if (type == LDAP_RES_SEARCH_REFERENCE) {
                    end.complete = false;
                    end.why = Text::tr("part of it is kept by another server");
                }
                ldap_msgfree(message);
                continue;
            }
            int code = LDAP_SUCCESS;
            char* text = nullptr;
            LDAPControl** serverControls = nullptr;
            rc = ldap_parse_result(ld, message, &code, nullptr, &text, nullptr, &serverControls, 1);
            const QString serverText = text ? QString::fromUtf8(text) : QString();
            ldap_memfree(text);
            if (rc != LDAP_SUCCESS) {
                ldap_controls_free(serverControls);
                freeCookie();
                return errorOf(ld, rc, source, base);
            }
            if (code == LDAP_SIZELIMIT_EXCEEDED || code == LDAP_TIMELIMIT_EXCEEDED || code == LDAP_ADMINLIMIT_EXCEEDED
                || code == LDAP_PARTIAL_RESULTS || code == LDAP_REFERRAL) {
                end.complete = false;
                end.why = QString::fromUtf8(ldap_err2string(code));
            } else if (code != LDAP_SUCCESS) {
                ldap_controls_free(serverControls);
                freeCookie();
                return errorOf(ld, code, source, base);
            }
            freeCookie();
            LDAPControl* response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr);
            ber_int_t estimate = 0;
            if (response && ldap_parse_pageresponse_control(ld, response, &estimate, &cookie) == LDAP_SUCCESS) {
                end.paged = true;
            }
            ldap_controls_free(serverControls);
            pageDone = true;
        }
        if (!end.complete || cookie.bv_len == 0) {
            freeCookie();
            return end;
        }
    }
}

QString classFilter(const QString& objectClass, const QString& also = {})
{
    // The class is checked to be an attribute-like name and `also` one whole filter
    // (directorySourceProblem()), so neither can close the filter's parentheses.
    const QString byClass = QStringLiteral("(objectClass=%1)").arg(objectClass);
    return also.isEmpty() ? byClass : QStringLiteral("(&%1%2)").arg(byClass, also);
}

} // namespace

QString directoryPasswordKey(const Id& workspaceId, const DirectorySource& source)
{
    const QByteArray scope = (source.url.trimmed().toLower() + QLatin1Char('|') + source.bindDn.trimmed()
                              + QLatin1Char('|') + QString::number(int(source.tls)))
                                 .toUtf8();
    return QStringLiteral("ldap-password-%1-%2")
        .arg(workspaceId.text(),
             QString::fromLatin1(QCryptographicHash::hash(scope, QCryptographicHash::Sha256).toHex().left(12)));
}

Result<DirectorySnapshot> LdapReader::readNow(const DirectorySource& source, const QString& password,
                                              const StopToken& stop, const std::function<void(qint64)>& progress,
                                              const QString& changedSince)
{
    if (!changedSince.isEmpty() && !isGeneralizedTime(changedSince)) {
        return BackendError {BackendError::Kind::Invalid,
                             Text::tr("“%1” is not a time the directory understands.").arg(changedSince), {}};
    }
    const bool incremental = !changedSince.isEmpty();
    Result<LdapHandle> connected = connectAndBind(source, password, nullptr);
    if (!connected.ok()) {
        return connected.error();
    }
    LDAP* ld = connected.value().get();
    const DirectoryMapping& m = source.mapping;
    DirectorySnapshot snapshot;
    snapshot.sourceLabel = directorySourceLabel(source);
    snapshot.incremental = incremental;
    QHash<QString, QString> idByDn;
    QHash<QString, QString> idByLogin;
    qint64 entries = 0;

    const QByteArray idAttr = m.id.toUtf8();
    const QByteArray emailAttr = m.email.toUtf8();
    const QByteArray nameAttr = m.displayName.toUtf8();
    const QByteArray givenAttr = m.givenName.toUtf8();
    const QByteArray surnameAttr = m.surname.toUtf8();
    const QByteArray loginAttr = m.login.toUtf8();
    const QByteArray groupNameAttr = m.groupName.toUtf8();
    const QByteArray memberAttr = m.member.toUtf8();
    const QByteArray changedAttr = m.changed.toUtf8();
    const QByteArray cn("cn");
    // The attribute and the time are checked names and digits (directorySourceProblem(),
    // isGeneralizedTime()), so neither can close the filter's parenthesis.
    const auto filterOf = [&](const QString& objectClass) {
        const QString also = objectClass == m.personClass ? m.personFilter : QString();
        return incremental ? QStringLiteral("(&%1(%2>=%3))").arg(classFilter(objectClass, also), m.changed, changedSince)
                           : classFilter(objectClass, also);
    };
    const auto noteChange = [&](LDAPMessage* entry) {
        const QString changed = firstOf(ld, entry, changedAttr);
        if (changed > snapshot.highWater) {
            snapshot.highWater = changed;
        }
    };

    const Result<SearchEnd> people = search(
        ld, source, source.peopleBase, filterOf(m.personClass),
        {idAttr, emailAttr, nameAttr, cn, givenAttr, surnameAttr, loginAttr, changedAttr}, stop, [&](LDAPMessage* entry) {
            noteChange(entry);
            DirectoryPerson person;
            person.dn = dnOf(ld, entry);
            person.externalId = firstOf(ld, entry, idAttr);
            if (person.externalId.isEmpty()) {
                snapshot.skippedEntries.append(Text::tr("%1: no %2, so it cannot be followed.").arg(person.dn, m.id));
                return;
            }
            person.email = firstOf(ld, entry, emailAttr);
            person.displayName = firstOf(ld, entry, nameAttr);
            if (person.displayName.isEmpty()) {
                person.displayName = firstOf(ld, entry, cn);
            }
            person.firstName = firstOf(ld, entry, givenAttr);
            person.lastName = firstOf(ld, entry, surnameAttr);
            person.login = firstOf(ld, entry, loginAttr);
            idByDn.insert(dnKey(person.dn), person.externalId);
            if (!person.login.isEmpty()) {
                idByLogin.insert(person.login.toCaseFolded(), person.externalId);
            }
            snapshot.people.append(person);
            if (progress && ++entries % pageSize == 0) {
                progress(entries);
            }
        });
    if (!people.ok()) {
        return people.error();
    }
    if (!people.value().complete) {
        snapshot.complete = false;
        snapshot.incompleteWhy = Text::tr("the server stopped listing people after %n: %1", nullptr,
                                          int(snapshot.people.size()))
                                     .arg(people.value().why);
    } else if (!snapshot.skippedEntries.isEmpty()) {
        // Someone whose id could not be read (an access rule hiding it) would look like someone
        // who left.
        snapshot.complete = false;
        snapshot.incompleteWhy = Text::tr("%n entr(y/ies) without %1", nullptr, int(snapshot.skippedEntries.size()))
                                     .arg(m.id);
    }

    if (!source.groupsBase.isEmpty()) {
        // A changed group's members are named by DN or login, changed or not: in a run of
        // changes only, everyone's DN and id are read too (a few bytes each) to resolve them.
        QList<std::pair<DirectoryGroup, QStringList>> listedGroups;
        QList<std::pair<qsizetype, qint64>> partial; ///< Groups whose members came in part: where the rest starts.
        const Result<SearchEnd> groups = search(
            ld, source, source.groupsBase, filterOf(m.groupClass), {idAttr, groupNameAttr, memberAttr, changedAttr}, stop,
            [&](LDAPMessage* entry) {
                noteChange(entry);
                DirectoryGroup group;
                group.dn = dnOf(ld, entry);
                group.externalId = firstOf(ld, entry, idAttr);
                group.name = firstOf(ld, entry, groupNameAttr);
                if (group.externalId.isEmpty() || group.name.isEmpty()) {
                    snapshot.skippedEntries.append(Text::tr("%1: no %2 or %3, so it cannot be followed.")
                                                       .arg(group.dn, m.id, m.groupName));
                    return;
                }
                QStringList members = valuesOf(ld, entry, memberAttr);
                const QString ranged = rangedName(ld, entry, m.member);
                if (!ranged.isEmpty()) {
                    members += valuesOf(ld, entry, ranged.toUtf8());
                    if (const auto next = nextRangeStart(m.member, ranged)) {
                        partial.append({qsizetype(listedGroups.size()), *next});
                    }
                }
                listedGroups.append({group, members});
                if (progress && ++entries % pageSize == 0) {
                    progress(entries);
                }
            });
        if (!groups.ok()) {
            return groups.error();
        }
        // The rest of the members of groups handed out in ranges, part after part (a group
        // mirrored from half its members would lose the other half here).
        for (const auto& [at, start] : std::as_const(partial)) {
            auto& [group, members] = listedGroups[at];
            std::optional<qint64> next = start;
            for (int parts = 0; next; ++parts) {
                if (parts > 100'000) {
                    return BackendError {BackendError::Kind::Unavailable,
                                         Text::tr("The directory kept handing out more members of %1.").arg(group.dn), {}};
                }
                const QByteArray wanted = QStringLiteral("%1;range=%2-*").arg(m.member).arg(*next).toUtf8();
                QString carried;
                QStringList more;
                // A base search of the group itself: its DN is the base, not part of a filter.
                const Result<SearchEnd> part = search(ld, source, group.dn, QStringLiteral("(objectClass=*)"),
                                                      {wanted}, stop, [&](LDAPMessage* entry) {
                    carried = rangedName(ld, entry, m.member);
                    if (!carried.isEmpty()) {
                        more = valuesOf(ld, entry, carried.toUtf8());
                    }
                }, LDAP_SCOPE_BASE);
                if (!part.ok()) {
                    return part.error();
                }
                if (carried.isEmpty()) {
                    return BackendError {BackendError::Kind::Unavailable,
                                         Text::tr("The directory stopped handing out the members of %1 part way.")
                                             .arg(group.dn),
                                         {}};
                }
                members += more;
                next = nextRangeStart(m.member, carried);
            }
        }
        if (incremental && !listedGroups.isEmpty()) {
            const Result<SearchEnd> everyone = search(ld, source, source.peopleBase, classFilter(m.personClass, m.personFilter),
                                                      {idAttr, loginAttr}, stop, [&](LDAPMessage* entry) {
                const QString id = firstOf(ld, entry, idAttr);
                if (!id.isEmpty()) {
                    idByDn.insert(dnKey(dnOf(ld, entry)), id);
                    const QString login = firstOf(ld, entry, loginAttr);
                    if (!login.isEmpty()) {
                        idByLogin.insert(login.toCaseFolded(), id);
                    }
                }
            });
            if (!everyone.ok()) {
                return everyone.error();
            }
            if (!everyone.value().complete) {
                snapshot.complete = false;
                snapshot.incompleteWhy = Text::tr("the server stopped listing people: %1").arg(everyone.value().why);
            }
        }
        for (auto& [group, members] : listedGroups) {
            for (const QString& member : std::as_const(members)) {
                const QString id = m.memberIsDn ? idByDn.value(dnKey(member)) : idByLogin.value(member.toCaseFolded());
                if (!id.isEmpty()) {
                    group.memberIds.append(id);
                }
            }
            snapshot.groups.append(group);
        }
        if (!groups.value().complete) {
            snapshot.complete = false;
            snapshot.incompleteWhy = Text::tr("the server stopped listing groups after %n: %1", nullptr,
                                              int(snapshot.groups.size()))
                                         .arg(groups.value().why);
        }
    }
    if (progress) {
        progress(entries);
    }
    qCInfo(lcLdap) << "Read" << snapshot.people.size() << "people and" << snapshot.groups.size() << "groups from"
                   << source.url << (snapshot.complete ? "" : "(partial)");
    return snapshot;
}

Result<DirectoryProbe> LdapReader::probeNow(const DirectorySource& source, const QString& password)
{
    DirectoryProbe probe;
    Result<LdapHandle> connected = connectAndBind(source, password, &probe.findings);
    if (!connected.ok()) {
        return connected.error();
    }
    LDAP* ld = connected.value().get();
    const Result<SearchEnd> people = search(ld, source, source.peopleBase,
                                            classFilter(source.mapping.personClass, source.mapping.personFilter),
                                            {QByteArray("1.1")}, {}, [&](LDAPMessage*) { ++probe.people; });
    if (!people.ok()) {
        return people.error();
    }
    probe.findings.append(Text::tr("People: %n under %1.", nullptr, int(probe.people)).arg(source.peopleBase));
    if (!people.value().paged) {
        probe.findings.append(Text::tr("The server does not page its listings (RFC 2696): a size limit on it would "
                                       "stop a sync from disabling anyone."));
    }
    if (!people.value().complete) {
        probe.findings.append(Text::tr("The listing stopped early (%1): a sync would add and update people but "
                                       "disable nobody.")
                                  .arg(people.value().why));
    }
    if (!source.groupsBase.isEmpty()) {
        const QByteArray nameAttr = source.mapping.groupName.toUtf8();
        const Result<SearchEnd> groups
            = search(ld, source, source.groupsBase, classFilter(source.mapping.groupClass), {nameAttr}, {},
                     [&](LDAPMessage* entry) {
                         ++probe.groups;
                         if (probe.groupNames.size() < probeGroupNames) {
                             const QString name = firstOf(ld, entry, nameAttr);
                             if (!name.isEmpty()) {
                                 probe.groupNames.append(name);
                             }
                         }
                     });
        if (!groups.ok()) {
            return groups.error();
        }
        probe.groupNames.sort(Qt::CaseInsensitive);
        probe.findings.append(Text::tr("Groups: %n under %1.", nullptr, int(probe.groups)).arg(source.groupsBase));
    }
    return probe;
}

std::optional<qint64> LdapReader::nextRangeStart(const QString& attribute, const QString& carried)
{
    static const QRegularExpression range(QStringLiteral("^([^;]+);range=([0-9]+)-([0-9]+|\\*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = range.match(carried);
    if (!match.hasMatch() || match.captured(1).compare(attribute, Qt::CaseInsensitive) != 0
        || match.captured(3) == QLatin1String("*")) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 high = match.captured(3).toLongLong(&ok);
    if (!ok || high < match.captured(2).toLongLong()) {
        return std::nullopt;
    }
    return high + 1;
}

QFuture<Result<DirectorySnapshot>> LdapReader::read(const DirectorySource& source, const QString& password,
                                                    const StopToken& stop, const QString& changedSince)
{
    return QtConcurrent::run(
        [source, password, stop, changedSince]() { return readNow(source, password, stop, {}, changedSince); });
}

QFuture<Result<DirectoryProbe>> LdapReader::probe(const DirectorySource& source, const QString& password)
{
    return QtConcurrent::run([source, password]() { return probeNow(source, password); });
}

} // namespace usher
