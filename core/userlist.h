#pragma once

#include "core/csvreader.h"
#include "core/role.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace usher {

/// What one column of a user list holds. Usher reads the first six; a password column is
/// recognised so that it can be named and left out (Usher never imports passwords: people
/// choose their own when they accept the invitation).
enum class UserColumn { Ignored, Email, Username, DisplayName, FirstName, LastName, Role, Groups, Password };

/// The column's meaning for people ("Email", "First name").
QString userColumnName(UserColumn column);
/// Every meaning a column can be given, in the order a chooser offers them.
QList<UserColumn> allUserColumns();

/// Which header column holds what, recognised from the names people's tools write: Usher's
/// template, Microsoft Entra bulk create, Google Workspace, Okta, Zoom, Atlassian, and
/// English, Dutch and German names, matched ignoring case, accents, punctuation and hints in
/// brackets ("Email Address [Required]", "Name [displayName] Required", "E-mailadres").
struct UserColumnMapping
{
    QList<UserColumn> columns; ///< one per header column
    QStringList header;        ///< the names the columns were recognised from
    /// The tool the header comes from ("Google Workspace"), empty when not recognised.
    QString format;

    /// The first column with that meaning, or -1.
    int indexOf(UserColumn column) const;
    /// The column the addresses come from: Email, else a Username (Entra's user principal
    /// name, Okta's login) whose values are addresses.
    int emailColumn() const;
    /// Why rows cannot be read through this mapping, or empty.
    QString problem() const;
    /// The same header layout gives the same key, so a mapping someone corrected can be
    /// remembered for the next file.
    static QString layoutKey(const QStringList& header);
};

/// Recognises each column of `header`; `preamble` is the line the reader skipped (Entra's
/// `version:v1.0` tells its format apart).
UserColumnMapping recogniseUserColumns(const QStringList& header, const QString& preamble = {});
/// A header cell reduced to what is compared: lower case, no accents, no punctuation, no
/// bracketed hints or "Required" ("Email Address [Required]" → "emailaddress").
QString csvHeaderKey(const QString& header);

/// A problem with one cell (or the whole row, column -1), translated.
struct CellProblem
{
    CellProblem(int column = -1, QString message = {}) : column(column), message(std::move(message)) {}

    int column = -1;
    QString message;
    QString columnName; ///< The header's name for the column, when the checker knew it
};

/// One person of a user list as read and checked on its own, before the directory is asked
/// (members, groups, seats and the operator's rights are the backend's to check).
struct UserListRow
{
    qint64 line = 0;
    QString email;
    QString name;      ///< The whole name: the file's display name, or its first and last name
    QString firstName; ///< When the file has first- and last-name columns
    QString lastName;
    std::optional<Role> role; ///< absent when the row names none (new people become Members)
    QStringList groups;       ///< as written, trimmed, without repeats
    QList<CellProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    /// All problems as one sentence each, "Email: the address has no @" (the names from
    /// `header`, else those the checker knew).
    QString problemText(const QStringList& header = {}) const;
};

/// Reads rows through a mapping and checks what can be checked without a connection: the
/// address (syntax, internationalised domains), the name, the role, the groups, the row's
/// fit to the header, and an address repeated in the file (the later row is refused).
class UserListChecker
{
public:
    explicit UserListChecker(UserColumnMapping mapping);
    UserListRow check(const CsvRecord& record);
    /// The checks of one row that need no other row (all but the repeated address).
    UserListRow checkOnItsOwn(const CsvRecord& record) const;

    /// Roles as the file may write them: "admin", "Admin", and the names of the language
    /// Usher runs in ("Beheerder").
    static std::optional<Role> roleFromText(const QString& text);
    /// A groups cell split on ; or |, trimmed, without empty names or repeats (ignoring case).
    static QStringList splitGroups(const QString& text);

private:
    UserColumnMapping m_mapping;
    QHash<QString, qint64> m_lineOfEmail; ///< normalised address → first line it is on
};

/// What reading a whole user list found.
struct UserListSummary
{
    CsvDialect dialect;
    QStringList header;
    UserColumnMapping mapping;
    /// Why reading stopped before the end, if it did.
    std::optional<CsvProblem> fatal;
    /// Why no row could be read (no header, no address column), or empty.
    QString problem;
    qint64 rows = 0;
    qint64 refused = 0;

    bool readable() const { return !fatal && problem.isEmpty(); }
};

/// Reads and checks a user list row by row in constant memory, handing each row to `onRow`
/// with what was found so far (the header and the mapping, for messages), which answers false
/// to stop early. The columns are recognised from the header unless
/// `mapping` is given. The one reading the wizard, the workbench and `usher csv` share.
UserListSummary readUserList(QIODevice* device, const CsvOptions& options,
                             const std::function<bool(const UserListRow&, const UserListSummary&)>& onRow,
                             const std::optional<UserColumnMapping>& mapping = std::nullopt);

} // namespace usher
