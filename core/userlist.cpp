#include "core/userlist.h"

#include "core/account.h"
#include "core/email.h"
#include "core/group.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace usher {

namespace {

/// Translation context for the messages of this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(usher::UserList)
};

/// Header keys (see csvHeaderKey) and what they mean, from the tools people export from and
/// in the languages Usher speaks.
const QHash<QString, UserColumn>& knownHeaders()
{
    static const QHash<QString, UserColumn> known = [] {
        QHash<QString, UserColumn> table;
        auto add = [&table](UserColumn column, std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                table.insert(QString::fromLatin1(key), column);
            }
        };
        add(UserColumn::Email, {"email", "emailaddress", "mail", "primaryemail", "workemail", "emailadres",
                                "emailadresse", "mailadres", "mailadresse"});
        add(UserColumn::Username, {"username", "login", "loginname", "userprincipalname", "upn", "benutzername",
                                   "anmeldename", "gebruikersnaam"});
        add(UserColumn::DisplayName, {"name", "displayname", "fullname", "naam", "volledigenaam", "weergavenaam",
                                      "anzeigename", "vollstandigername"});
        add(UserColumn::FirstName, {"firstname", "givenname", "first", "voornaam", "vorname"});
        add(UserColumn::LastName, {"lastname", "surname", "familyname", "last", "achternaam", "nachname",
                                   "familienname"});
        add(UserColumn::Role, {"role", "usherrole", "rol", "rolle"});
        add(UserColumn::Groups, {"groups", "group", "usergroup", "usergroups", "groepen", "groep", "gruppen",
                                 "gruppe"});
        add(UserColumn::Password, {"password", "initialpassword", "passwordprofile", "passwordhashfunction",
                                   "temporarypassword", "passwort", "kennwort", "initialeskennwort", "wachtwoord"});
        return table;
    }();
    return known;
}

QString foldedLettersAndDigits(const QString& text)
{
    QString key;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            key.append(c == QChar(0x00DF) ? QLatin1Char('s') : c);
        }
    }
    return key;
}

/// The meaning of a header cell: a bracketed attribute name that Usher knows (Entra's
/// "[displayName]") wins over the words around it (Google's "[Required]" is only a hint).
UserColumn meaningOf(const QString& header)
{
    static const QRegularExpression bracketed(QStringLiteral("\\[([^\\]]*)\\]|\\(([^)]*)\\)"));
    const QHash<QString, UserColumn>& known = knownHeaders();
    for (auto it = bracketed.globalMatch(header); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString inside = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
        if (const auto found = known.constFind(foldedLettersAndDigits(inside)); found != known.constEnd()) {
            return *found;
        }
    }
    return known.value(csvHeaderKey(header), UserColumn::Ignored);
}

} // namespace

QString userColumnName(UserColumn column)
{
    switch (column) {
    case UserColumn::Ignored:
        return Text::tr("Not imported");
    case UserColumn::Email:
        return Text::tr("Email");
    case UserColumn::Username:
        return Text::tr("User name (an address)");
    case UserColumn::DisplayName:
        return Text::tr("Name");
    case UserColumn::FirstName:
        return Text::tr("First name");
    case UserColumn::LastName:
        return Text::tr("Last name");
    case UserColumn::Role:
        return Text::tr("Role");
    case UserColumn::Groups:
        return Text::tr("Groups");
    case UserColumn::Password:
        return Text::tr("Password (never imported)");
    }
    return {};
}

QList<UserColumn> allUserColumns()
{
    return {UserColumn::Email,    UserColumn::Username, UserColumn::DisplayName, UserColumn::FirstName,
            UserColumn::LastName, UserColumn::Role,     UserColumn::Groups,      UserColumn::Password,
            UserColumn::Ignored};
}

QString csvHeaderKey(const QString& header)
{
    static const QRegularExpression hints(
        QStringLiteral("\\[[^\\]]*\\]|\\([^)]*\\)|\\b(required|optional|verplicht|erforderlich|pflichtfeld)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString text = header;
    text.remove(hints);
    return foldedLettersAndDigits(text);
}

int UserColumnMapping::indexOf(UserColumn column) const
{
    return int(columns.indexOf(column));
}

int UserColumnMapping::emailColumn() const
{
    const int email = indexOf(UserColumn::Email);
    return email >= 0 ? email : indexOf(UserColumn::Username);
}

QString UserColumnMapping::problem() const
{
    if (emailColumn() < 0) {
        return Text::tr("No column holds the email addresses. Choose the column that does.");
    }
    return {};
}

QString UserColumnMapping::layoutKey(const QStringList& header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString& cell : header) {
        keys.append(foldedLettersAndDigits(cell));
    }
    return keys.join(QLatin1Char('|'));
}

UserColumnMapping recogniseUserColumns(const QStringList& header, const QString& preamble)
{
    UserColumnMapping mapping;
    mapping.header = header;
    QSet<UserColumn> taken;
    QSet<QString> keys;
    for (const QString& cell : header) {
        UserColumn meaning = meaningOf(cell);
        keys.insert(csvHeaderKey(cell));
        // Two columns of one meaning: the first is read; passwords are all named.
        if (meaning != UserColumn::Password && meaning != UserColumn::Ignored && taken.contains(meaning)) {
            meaning = UserColumn::Ignored;
        }
        taken.insert(meaning);
        mapping.columns.append(meaning);
    }
    const QString joined = header.join(QLatin1Char('\n'));
    if (preamble.startsWith(QLatin1String("version:"), Qt::CaseInsensitive)
        || joined.contains(QLatin1String("[userPrincipalName]"), Qt::CaseInsensitive)) {
        mapping.format = QStringLiteral("Microsoft Entra");
    } else if (keys.contains(QStringLiteral("orgunitpath"))) {
        mapping.format = QStringLiteral("Google Workspace");
    } else if (keys.contains(QStringLiteral("login")) && keys.contains(QStringLiteral("firstname"))) {
        mapping.format = QStringLiteral("Okta");
    } else if (keys.contains(QStringLiteral("usergroup"))) {
        mapping.format = QStringLiteral("Zoom");
    } else if (keys.contains(QStringLiteral("username")) && keys.contains(QStringLiteral("emailaddress"))) {
        mapping.format = QStringLiteral("Atlassian");
    } else if (QStringList(keys.begin(), keys.end()).size() == 4 && keys.contains(QStringLiteral("email"))
               && keys.contains(QStringLiteral("name")) && keys.contains(QStringLiteral("role"))
               && keys.contains(QStringLiteral("groups"))) {
        mapping.format = QStringLiteral("Usher");
    }
    return mapping;
}

QString UserListRow::problemText(const QStringList& header) const
{
    QStringList sentences;
    for (const CellProblem& problem : problems) {
        if (problem.column >= 0 && problem.column < header.size()) {
            sentences.append(Text::tr("%1: %2").arg(header.at(problem.column).trimmed(), problem.message));
        } else if (!problem.columnName.isEmpty()) {
            sentences.append(Text::tr("%1: %2").arg(problem.columnName, problem.message));
        } else {
            sentences.append(problem.message);
        }
    }
    return sentences.join(QLatin1String("; "));
}

UserListChecker::UserListChecker(UserColumnMapping mapping) : m_mapping(std::move(mapping)) {}

std::optional<Role> UserListChecker::roleFromText(const QString& text)
{
    const QString wanted = text.trimmed();
    Role role = Role::Member;
    if (roleFromKey(wanted, &role)) {
        return role;
    }
    for (const Role candidate : allRoles()) {
        if (wanted.compare(roleDisplayName(candidate), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(roleSourceName(candidate)), Qt::CaseInsensitive) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
}

QStringList UserListChecker::splitGroups(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;|]"));
    QStringList groups;
    QSet<QString> seen;
    for (const QString& part : text.split(separators)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            groups.append(name);
        }
    }
    return groups;
}

UserListRow UserListChecker::check(const CsvRecord& record)
{
    UserListRow row = checkOnItsOwn(record);
    const int emailColumn = m_mapping.emailColumn();
    const bool emailOk = !record.problem && std::none_of(row.problems.cbegin(), row.problems.cend(), [&](const CellProblem& p) {
        return p.column == emailColumn;
    });
    if (emailOk) {
        const QString key = normalizedEmail(row.email);
        const auto earlier = m_lineOfEmail.constFind(key);
        if (earlier != m_lineOfEmail.constEnd()) {
            CellProblem repeated{emailColumn, Text::tr("%1 is already on line %2 of this file").arg(row.email).arg(*earlier)};
            if (emailColumn >= 0 && emailColumn < m_mapping.header.size()) {
                repeated.columnName = m_mapping.header.at(emailColumn).trimmed();
            }
            row.problems.prepend(repeated);
        } else {
            m_lineOfEmail.insert(key, row.line);
        }
    }
    return row;
}

UserListRow UserListChecker::checkOnItsOwn(const CsvRecord& record) const
{
    UserListRow row;
    row.line = record.line;
    if (record.problem) {
        row.problems.append({-1, record.problem->message});
        return row;
    }
    auto cell = [&record](int column) {
        QString text = column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
        // Usher's own exports guard a field a spreadsheet would run as a formula with an
        // apostrophe (core/csv.h); read back, the field is what it was.
        if (text.size() > 1 && text.front() == QLatin1Char('\'')
            && QStringLiteral("=+-@").contains(text.at(1))) {
            text.remove(0, 1);
        }
        return text;
    };

    const int emailColumn = m_mapping.emailColumn();
    row.email = cell(emailColumn);
    if (const QString problem = emailProblem(row.email); !problem.isEmpty()) {
        row.problems.append({emailColumn, problem});
    } else {
        // An internationalised domain ("bücher.example") must have an ASCII form mail can use.
        const QString domain = row.email.mid(row.email.lastIndexOf(QLatin1Char('@')) + 1);
        if (QUrl::toAce(domain).isEmpty()) {
            row.problems.append({emailColumn, Text::tr("the domain “%1” is not a valid domain name").arg(domain)});
        }
    }

    const QString displayName = cell(m_mapping.indexOf(UserColumn::DisplayName));
    row.firstName = cell(m_mapping.indexOf(UserColumn::FirstName)).simplified();
    row.lastName = cell(m_mapping.indexOf(UserColumn::LastName)).simplified();
    row.name = !displayName.isEmpty() ? displayName.simplified() : composeDisplayName(row.firstName, row.lastName);
    if (!displayName.isEmpty()) {
        // The display name wins: first and last name come from it, as Usher splits names.
        row.firstName.clear();
        row.lastName.clear();
    }
    const int nameColumn = m_mapping.indexOf(UserColumn::DisplayName) >= 0 && !displayName.isEmpty()
        ? m_mapping.indexOf(UserColumn::DisplayName)
        : m_mapping.indexOf(UserColumn::FirstName);
    if (row.name.size() > 200) {
        row.problems.append({nameColumn, Text::tr("the name is longer than 200 characters")});
    } else if (std::any_of(row.name.cbegin(), row.name.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; })) {
        row.problems.append({nameColumn, Text::tr("the name contains a control character")});
    }

    const int roleColumn = m_mapping.indexOf(UserColumn::Role);
    if (const QString roleText = cell(roleColumn); !roleText.isEmpty()) {
        row.role = roleFromText(roleText);
        if (!row.role) {
            QStringList known;
            for (const Role role : allRoles()) {
                known.append(roleDisplayName(role));
            }
            row.problems.append({roleColumn, Text::tr("“%1” is not a role; the roles are %2")
                                                 .arg(roleText, known.join(QLatin1String(", ")))});
        }
    }

    const int groupsColumn = m_mapping.indexOf(UserColumn::Groups);
    row.groups = splitGroups(cell(groupsColumn));
    for (const QString& group : std::as_const(row.groups)) {
        if (const auto problem = groupNameProblem(group)) {
            row.problems.append({groupsColumn, Text::tr("“%1” cannot be a group’s name (%2)")
                                                   .arg(group.size() > 40 ? group.left(40) + QChar(0x2026) : group,
                                                        *problem)});
            break;
        }
    }
    for (CellProblem& problem : row.problems) {
        if (problem.column >= 0 && problem.column < m_mapping.header.size()) {
            problem.columnName = m_mapping.header.at(problem.column).trimmed();
        }
    }
    return row;
}

UserListSummary readUserList(QIODevice* device, const CsvOptions& options,
                             const std::function<bool(const UserListRow&, const UserListSummary&)>& onRow,
                             const std::optional<UserColumnMapping>& mapping)
{
    CsvReader reader(device, options);
    UserListSummary summary;
    summary.dialect = reader.dialect();
    if (!reader.readHeader()) {
        summary.fatal = reader.fatal();
        summary.problem = Text::tr("The file has no header row naming its columns.");
        return summary;
    }
    summary.header = reader.header();
    summary.mapping = mapping ? *mapping : recogniseUserColumns(summary.header, summary.dialect.preamble);
    summary.problem = summary.mapping.problem();
    if (!summary.problem.isEmpty()) {
        return summary;
    }
    UserListChecker checker(summary.mapping);
    CsvRecord record;
    while (reader.next(&record)) {
        const UserListRow row = checker.check(record);
        ++summary.rows;
        summary.refused += row.ok() ? 0 : 1;
        if (!onRow(row, summary)) {
            break;
        }
    }
    summary.fatal = reader.fatal();
    return summary;
}

} // namespace usher
