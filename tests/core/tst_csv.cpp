#include "core/csv.h"
#include "core/csvdocument.h"
#include "core/csvreader.h"
#include "core/userexport.h"
#include "core/userlist.h"
#include "core/userlistchecks.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace usher;

namespace {

QString toQ(const char* text)
{
    return QString::fromUtf8(text);
}
QString toQ(const QString& text)
{
    return text;
}
/// A QStringList of literals (the project builds with QT_NO_CAST_FROM_ASCII).
template <typename... T>
QStringList L(const T&... texts)
{
    return QStringList{toQ(texts)...};
}

QByteArray utf16(const QString& text, bool little)
{
    QByteArray out(little ? "\xFF\xFE" : "\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (little) {
            out.append(char(u & 0xFF)).append(char(u >> 8));
        } else {
            out.append(char(u >> 8)).append(char(u & 0xFF));
        }
    }
    return out;
}

/// Every record as "a|b" lines, for compact expectations.
QStringList flattened(const CsvTable& table)
{
    QStringList rows;
    for (const CsvRecord& record : table.records) {
        rows.append(record.fields.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatRealFilesHold_data();
    void readsWhatRealFilesHold();
    void stopsWhereTheFileIsBroken_data();
    void stopsWhereTheFileIsBroken();
    void raggedRowsAreLocatedAndReadingGoesOn();
    void recordsKeepTheirLines();
    void chunkBoundariesSplitNothing();
    void overridesWin();
    void writtenRecordsReadBack();
    void writtenRecordsAreExact();
    void exportedTimesAreIsoUtc();
    void recognisesHeaders_data();
    void recognisesHeaders();
    void headerKeys_data();
    void headerKeys();
    void checksRows_data();
    void checksRows();
    void repeatedAddressesAreRefusedOnTheLaterLine();
    void aDocumentIsWrittenBackAsItWasRead_data();
    void aDocumentIsWrittenBackAsItWasRead();
    void anEditedCellChangesOnlyItself();
    void aDocumentSaysWhatItsEncodingCannotWrite();
    void editedListChecksFollowEveryChange();
    void offlineChecksUseWhatTheLastConnectionSaw();
    void spreadsheetPastesKeepTheirShape();
};

void TestCsv::readsWhatRealFilesHold_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("rows");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << toQ("UTF-8") << toQ(",") << ab << L("1|2", "3|4");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n") << toQ("UTF-8") << toQ(",") << ab << L("1|2", "3|4");
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r") << toQ("UTF-8") << toQ(",") << ab << L("1|2", "3|4");
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2\n3,4") << toQ("UTF-8") << toQ(",") << ab
                                         << L("1|2", "3|4");
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFname,city\nJos\xC3\xA9,K\xC3\xB6ln\n") << toQ("UTF-8")
                                    << toQ(",") << L("name", "city") << L(QStringLiteral("José|Köln"));
    QTest::newRow("utf-8 without bom") << QByteArray("name\n\xE7\x94\xB0\xE4\xB8\xAD\n") << toQ("UTF-8") << toQ(",")
                                       << L("name") << L(QStringLiteral("田中"));
    QTest::newRow("utf-16 le") << utf16(QStringLiteral("name;city\r\nJosé;Köln\r\n"), true) << toQ("UTF-16 LE") << toQ(";")
                               << L("name", "city") << L(QStringLiteral("José|Köln"));
    QTest::newRow("utf-16 be") << utf16(QStringLiteral("name\tcity\nJosé\tKöln\n"), false) << toQ("UTF-16 BE") << toQ("\t")
                               << L("name", "city") << L(QStringLiteral("José|Köln"));
    QTest::newRow("windows-1252") << QByteArray("name;price\nJos\xE9;\x80 5\n\x93quoted\x94;\x8A\n")
                                  << toQ("Windows-1252 (Latin-1)")
                                  << toQ(";") << L("name", "price")
                                  << L(QStringLiteral("José|€ 5"), QStringLiteral("“quoted”|Š"));
    QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n") << toQ("UTF-8") << toQ(";") << ab << L("1|2");
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << toQ("UTF-8") << toQ("\t") << ab << L("1|2");
    QTest::newRow("bar") << QByteArray("a|b\n1|2\n") << toQ("UTF-8") << toQ("|") << L("a", "b")
                         << L("1|2");
    QTest::newRow("commas inside quotes do not decide") << QByteArray("\"x, y\";b\n\"1, 2, 3\";4\n") << toQ("UTF-8") << toQ(";")
                                                        << L("x, y", "b") << L("1, 2, 3|4");
    QTest::newRow("quoted delimiter, doubled quote, line break")
        << QByteArray("a,b\n\"Lovelace, Ada\",\"She said \"\"hi\"\"\"\n\"two\r\nlines\",x\n") << toQ("UTF-8") << toQ(",") << ab
        << L("Lovelace, Ada|She said \"hi\"", "two\nlines|x");
    QTest::newRow("excel sep line") << QByteArray("sep=;\r\na;b\r\n1,5;2\r\n") << toQ("UTF-8") << toQ(";") << ab
                                    << L("1,5|2");
    QTest::newRow("entra version line")
        << QByteArray("version:v1.0,,\nName [displayName] Required,User name [userPrincipalName] Required,Job title\n"
                      "Ada,ada@example.org,\n")
        << toQ("UTF-8") << toQ(",")
        << L("Name [displayName] Required", "User name [userPrincipalName] Required", "Job title")
        << L("Ada|ada@example.org|");
    QTest::newRow("trailing empty columns") << QByteArray("a,b,,\n1,2,,\n3,4,\n") << toQ("UTF-8") << toQ(",") << ab
                                            << L("1|2", "3|4");
    QTest::newRow("blank lines and empty rows") << QByteArray("a,b\n\n1,2\n,\n\r\n3,4\n\n") << toQ("UTF-8") << toQ(",") << ab
                                                << L("1|2", "3|4");
    QTest::newRow("spaces around quotes") << QByteArray("a,b\n1, \"x,y\" \n") << toQ("UTF-8") << toQ(",") << ab
                                          << L("1|x,y");
    QTest::newRow("a quote inside unquoted text stays") << QByteArray("a,b\n5\" disk,2\n") << toQ("UTF-8") << toQ(",") << ab
                                                        << L("5\" disk|2");
    QTest::newRow("one column") << QByteArray("email\nada@example.org\n") << toQ("UTF-8") << toQ(",") << L("email")
                                << L("ada@example.org");
    QTest::newRow("empty file") << QByteArray() << toQ("UTF-8") << toQ(",") << QStringList() << QStringList();
    QTest::newRow("header only") << QByteArray("a,b") << toQ("UTF-8") << toQ(",") << ab << QStringList();
}

void TestCsv::readsWhatRealFilesHold()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, rows);
    const CsvTable table = readCsv(bytes);
    QVERIFY2(!table.fatal, qPrintable(table.fatal ? table.fatal->text() : QString()));
    QCOMPARE(csvEncodingName(table.dialect.encoding), encoding);
    QCOMPARE(QString(table.dialect.delimiter), delimiter);
    QCOMPARE(table.header, header);
    QCOMPARE(flattened(table), rows);
    for (const CsvRecord& record : table.records) {
        QVERIFY(!record.problem);
    }
}

void TestCsv::stopsWhereTheFileIsBroken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QStringList>("rowsBefore");

    QTest::newRow("quote never closed") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3 << 3 << toQ("never closed")
                                        << L("1|2");
    QTest::newRow("nul byte") << QByteArray("a,b\n1,2\nx,y\0z\n", 16) << 3 << 4 << toQ("NUL") << L("1|2");
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << toQ("doubled")
                                                << QStringList();
    // Valid UTF-8 for longer than the 64 KiB the encoding is detected from, then one Latin-1 "é".
    QByteArray lateLatin1("a,b\n");
    for (int i = 0; i < 20000; ++i) {
        lateLatin1.append("1,2\n");
    }
    lateLatin1.append("\xC3\xA9,2\nJos\xE9,3\n");
    QTest::newRow("a latin-1 byte in utf-8") << lateLatin1 << 20003 << 4 << toQ("0xE9") << L("1|2", "é|2");
    QTest::newRow("cut-off utf-8 at the end") << QByteArray("a,b\n1,\xC3") << 2 << 3 << toQ("0xC3") << QStringList();
    const QByteArray huge = QByteArray("a,b\n1,2\n3,\"") + QByteArray(1024 * 1024, 'x') + QByteArray("\"\n");
    QTest::newRow("a 1 MB field") << huge << 3 << 3 << toQ("longer than") << L("1|2");
}

void TestCsv::stopsWhereTheFileIsBroken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    QFETCH(QStringList, rowsBefore);
    const CsvTable table = readCsv(bytes);
    QVERIFY(table.fatal);
    QVERIFY2(table.fatal->message.contains(says), qPrintable(table.fatal->text()));
    QCOMPARE(table.fatal->at.line, qint64(line));
    QCOMPARE(table.fatal->at.column, qint64(column));
    // The rows before the problem were read (the last of them compared).
    const QStringList rows = flattened(table);
    QCOMPARE(rows.mid(qMax(0, int(rows.size() - rowsBefore.size()))), rowsBefore);
    if (!QByteArray(QTest::currentDataTag()).contains("latin-1")) {
        QCOMPARE(rows.size(), rowsBefore.size());
    } else {
        QCOMPARE(rows.size(), 20001);
    }
}

void TestCsv::raggedRowsAreLocatedAndReadingGoesOn()
{
    const CsvTable table = readCsv("email,name,role\nada@example.org,Ada\nbob@example.org,Bob,member,extra\n"
                                   "cy@example.org,Cy,admin\n");
    QVERIFY(!table.fatal);
    QCOMPARE(table.records.size(), 3);
    QVERIFY(table.records.at(0).problem);
    QCOMPARE(table.records.at(0).problem->at.line, 2);
    QVERIFY2(table.records.at(0).problem->message.contains(QLatin1String("2 field")),
             qPrintable(table.records.at(0).problem->message));
    QVERIFY(table.records.at(1).problem);
    QCOMPARE(table.records.at(1).problem->at.line, 3);
    QCOMPARE(table.records.at(1).problem->at.column, 28); // where "extra" starts
    QVERIFY(!table.records.at(2).problem);
    QCOMPARE(table.records.at(2).fields, L("cy@example.org", "Cy", "admin"));
}

void TestCsv::recordsKeepTheirLines()
{
    // Quoted line breaks and blank lines move the lines of the records after them.
    const CsvTable table = readCsv("sep=,\nname,note\nAda,\"one\ntwo\nthree\"\n\nBob,x\n");
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records.at(0).line, 3);
    QCOMPARE(table.records.at(1).line, 7);
    QCOMPARE(table.records.at(1).starts.at(1).column, 5);
}

void TestCsv::chunkBoundariesSplitNothing()
{
    // The reader decodes 64 KiB at a time: a two-byte letter and a CRLF straddle the edges.
    for (int shift = 0; shift < 4; ++shift) {
        QByteArray bytes("name\r\n");
        bytes.append(QByteArray(65536 - bytes.size() - 1 + shift, 'x'));
        bytes.append("\xC3\xA9\r\n\xC3\xA9\r\nend\r\n");
        const CsvTable table = readCsv(bytes);
        QVERIFY2(!table.fatal, qPrintable(table.fatal ? table.fatal->text() : QString()));
        QCOMPARE(table.records.size(), 3);
        QVERIFY(table.records.at(0).fields.at(0).endsWith(QStringLiteral("xé")));
        QCOMPARE(table.records.at(1).fields.at(0), QStringLiteral("é"));
        QCOMPARE(table.records.at(2).line, 4);
    }
}

void TestCsv::overridesWin()
{
    const QByteArray bytes("a;b,c\n1;2,3\n");
    CsvOptions options;
    options.delimiter = QLatin1Char(',');
    options.encoding = CsvEncoding::Windows1252;
    const CsvTable table = readCsv(bytes, options);
    QCOMPARE(table.header, L("a;b", "c"));
    QVERIFY(!table.dialect.delimiterDetected);
    QVERIFY(!table.dialect.encodingDetected);
    // Read as UTF-8 on purpose, a Windows-1252 file stops at its first letter outside ASCII.
    options = {};
    options.encoding = CsvEncoding::Utf8;
    const CsvTable wrong = readCsv("name\nJos\xE9\n", options);
    QVERIFY(wrong.fatal);
    QCOMPARE(wrong.fatal->at.line, 2);
    QCOMPARE(wrong.fatal->at.column, 4);
}

void TestCsv::writtenRecordsReadBack()
{
    const QList<QStringList> rows{L("Lovelace, Ada", "She said \"hi\"", "two\nlines"),
                                  L("=SUM(A1)", "+31 6 1234", "plain"), L("", "-", "@home")};
    QByteArray bytes;
    for (const QStringList& row : rows) {
        bytes += csvRecord(row).toUtf8();
    }
    CsvOptions options;
    options.header = false;
    const CsvTable table = readCsv(bytes, options);
    QVERIFY(!table.fatal);
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(0).fields, rows.at(0));
    // What a spreadsheet would run as a formula comes back with the apostrophe that stops it.
    QCOMPARE(table.records.at(1).fields, L("'=SUM(A1)", "'+31 6 1234", "plain"));
    QCOMPARE(table.records.at(2).fields, L("", "'-", "'@home"));
}

void TestCsv::writtenRecordsAreExact()
{
    QCOMPARE(csvRecord(L("a", "", "b c")), toQ("a,,b c\r\n"));
    QCOMPARE(csvRecord(L("Lovelace, Ada", "say \"hi\"")), toQ("\"Lovelace, Ada\",\"say \"\"hi\"\"\"\r\n"));
    // Neutralised and quoted: the apostrophe goes inside the quotes.
    QCOMPARE(csvRecord(L("-1,5", "\rx")), toQ("\"'-1,5\",\"'\rx\"\r\n"));
    QCOMPARE(csvPlainRecord(L("-1,5", "=A1")), toQ("\"-1,5\",=A1\r\n"));
    QCOMPARE(csvRecord({}), toQ("\r\n"));
}

void TestCsv::exportedTimesAreIsoUtc()
{
    // The export writes times as Qt::ISODate writes UTC, across leap years, centuries, the
    // epoch and times before it.
    QList<qint64> seconds{0,           -1,          86399,        86400,         951782400 /* 2000-02-29 */,
                          -2203891200 /* 1900-03-01 */, 4107456000 /* 2100-02-28 */, 1709164800,
                          253402300799 /* 9999-12-31T23:59:59 */, -62135596800 /* 0001-01-01 */};
    for (qint64 s = -62135596800; s < 253402300799; s += 86400LL * 3652 + 3601 * 7 + 13) {
        seconds.append(s);
    }
    for (const qint64 s : std::as_const(seconds)) {
        UserSummary user;
        user.lastSeen = QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
        const QString written = exportFields(user, {ExportColumn::LastSeen}).value(0);
        QCOMPARE(written, user.lastSeen.toString(Qt::ISODate));
    }
    UserSummary never;
    QCOMPARE(exportFields(never, {ExportColumn::LastSeen}).value(0), QString());
}

void TestCsv::recognisesHeaders_data()
{
    QTest::addColumn<QString>("preamble");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("meanings"); // one letter per column

    // e email, u username, d display name, f first, l last, r role, g groups, p password, - ignored
    QTest::newRow("usher") << toQ("") << L("Email", "Name", "Role", "Groups") << toQ("Usher") << toQ("edrg");
    QTest::newRow("entra") << toQ("version:v1.0")
                           << L("Name [displayName] Required", "User name [userPrincipalName] Required",
                                          "Initial password [passwordProfile] Required",
                                          "Block sign in (Yes/No) [accountEnabled] Required", "First name [givenName]",
                                          "Last name [surname]", "Job title [jobTitle]", "Department [department]")
                           << toQ("Microsoft Entra") << toQ("dup-fl--");
    QTest::newRow("google") << toQ("")
                            << L("First Name [Required]", "Last Name [Required]", "Email Address [Required]",
                                           "Password [Required]", "Password Hash Function [UPLOAD ONLY]",
                                           "Org Unit Path [Required]", "New Primary Email [UPLOAD ONLY]",
                                           "Recovery Email", "Work Secondary Email", "Manager Email")
                            << toQ("Google Workspace") << toQ("flepp-----");
    QTest::newRow("okta") << toQ("") << L("login", "firstName", "lastName", "email", "secondEmail") << toQ("Okta")
                          << toQ("ufle-");
    QTest::newRow("zoom") << toQ("") << L("Email", "First Name", "Last Name", "Department", "User Group")
                          << toQ("Zoom") << toQ("efl-g");
    QTest::newRow("atlassian") << toQ("") << L("Username", "First Name", "Last Name", "Email Address")
                               << toQ("Atlassian") << toQ("ufle");
    QTest::newRow("dutch") << toQ("") << L("E-mailadres", "Voornaam", "Achternaam", "Rol", "Groepen") << toQ("")
                           << toQ("eflrg");
    QTest::newRow("german") << toQ("") << L("E-Mail-Adresse", "Vorname", "Nachname", "Rolle", "Gruppen",
                                                 "Passwort")
                            << toQ("") << toQ("eflrgp");
    QTest::newRow("case, accents and spaces") << toQ("") << L("  EMAIL  ", "Prénom", "NAME", "name") << toQ("")
                                              << toQ("e-d-");
}

void TestCsv::recognisesHeaders()
{
    QFETCH(QString, preamble);
    QFETCH(QStringList, header);
    QFETCH(QString, format);
    QFETCH(QString, meanings);
    const UserColumnMapping mapping = recogniseUserColumns(header, preamble);
    QCOMPARE(mapping.format, format);
    const QHash<UserColumn, QChar> letters{
        {UserColumn::Email, u'e'},     {UserColumn::Username, u'u'}, {UserColumn::DisplayName, u'd'},
        {UserColumn::FirstName, u'f'}, {UserColumn::LastName, u'l'}, {UserColumn::Role, u'r'},
        {UserColumn::Groups, u'g'},    {UserColumn::Password, u'p'}, {UserColumn::Ignored, u'-'}};
    QString got;
    for (const UserColumn column : mapping.columns) {
        got.append(letters.value(column));
    }
    QCOMPARE(got, meanings);
    QVERIFY(mapping.problem().isEmpty());
}

void TestCsv::headerKeys_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::newRow("hint") << toQ("Email Address [Required]")
                          << toQ("emailaddress");
    QTest::newRow("required word") << toQ("Name [displayName] Required")
                                   << toQ("name");
    QTest::newRow("accents and dash") << toQ("E-Mail-Straße")
                                      << toQ("emailstrase");
    QTest::newRow("parentheses") << toQ("Block sign in (Yes/No)")
                                 << toQ("blocksignin");
}

void TestCsv::headerKeys()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(csvHeaderKey(header), key);
}

void TestCsv::checksRows_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<int>("problemColumn"); // -2: none

    // Header: Email, First name, Last name, Role, Groups, Password
    QTest::newRow("plain") << L(" ada@example.org ", "Ada", "Lovelace", "editor", "Math; Engines |math", "x")
                           << toQ("ada@example.org")
                           << toQ("Ada Lovelace")
                           << toQ("editor") << L("Math", "Engines") << -2;
    QTest::newRow("role by its name") << L("bob@example.org", "Bob", "", "Manager", "", "")
                                      << toQ("bob@example.org")
                                      << toQ("Bob")
                                      << toQ("manager") << QStringList() << -2;
    QTest::newRow("no role") << L("cy@example.org", "", "", "", "", "") << toQ("cy@example.org")
                             << toQ("")
                             << toQ("") << QStringList() << -2;
    QTest::newRow("internationalised domain") << L("jürgen@bücher.example", "J", "", "", "", "")
                                              << toQ("jürgen@bücher.example")
                                              << toQ("J")
                                              << toQ("") << QStringList() << -2;
    QTest::newRow("bad address") << L("ada.example.org", "Ada", "", "", "", "") << toQ("ada.example.org")
                                 << toQ("Ada")
                                 << toQ("") << QStringList() << 0;
    QTest::newRow("unknown role") << L("dee@example.org", "Dee", "", "owner", "", "") << toQ("dee@example.org")
                                  << toQ("Dee")
                                  << toQ("") << QStringList() << 3;
    QTest::newRow("group name with a control character")
        << L("eve@example.org", "Eve", "", "", QStringLiteral("Ops\x01"), "") << toQ("eve@example.org")
        << toQ("Eve")
        << toQ("") << L(QStringLiteral("Ops\x01")) << 4;
}

void TestCsv::checksRows()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QStringList, groups);
    QFETCH(int, problemColumn);
    const QStringList header = L("Email", "First name", "Last name", "Role", "Groups", "Password");
    UserListChecker checker(recogniseUserColumns(header));
    CsvRecord record;
    record.fields = fields;
    record.line = 2;
    const UserListRow row = checker.check(record);
    QCOMPARE(row.email, email);
    QCOMPARE(row.name, name);
    QCOMPARE(row.role ? roleKey(*row.role) : QString(), role);
    QCOMPARE(row.groups, groups);
    if (problemColumn == -2) {
        QVERIFY2(row.ok(), qPrintable(row.problemText(header)));
    } else {
        QCOMPARE(row.problems.size(), 1);
        QCOMPARE(row.problems.first().column, problemColumn);
        QVERIFY(row.problemText(header).startsWith(header.at(problemColumn) + QLatin1Char(':')));
    }
}

void TestCsv::repeatedAddressesAreRefusedOnTheLaterLine()
{
    const CsvTable table = readCsv("email\nAda@Example.org\nbob@example.org\n ada@example.ORG\nbroken\n");
    UserListChecker checker(recogniseUserColumns(table.header));
    QList<UserListRow> rows;
    for (const CsvRecord& record : table.records) {
        rows.append(checker.check(record));
    }
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).ok());
    QVERIFY(rows.at(1).ok());
    QVERIFY(!rows.at(2).ok());
    QVERIFY2(rows.at(2).problems.first().message.contains(QLatin1String("line 2")),
             qPrintable(rows.at(2).problems.first().message));
    QVERIFY(!rows.at(3).ok());
    // A mapping without an address column says so before any row is read.
    QVERIFY(!recogniseUserColumns(L("Name", "Role")).problem().isEmpty());
}

CsvDocument documentOf(const QByteArray& bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const CsvDocumentRead read = readCsvDocument(&buffer);
    return read.document;
}

void TestCsv::aDocumentIsWrittenBackAsItWasRead_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("crlf with a final break") << QByteArray("email,name\r\na@example.org,Ann\r\n");
    QTest::newRow("lf without a final break") << QByteArray("email,name\na@example.org,Ann");
    QTest::newRow("cr") << QByteArray("email,name\ra@example.org,Ann\r");
    QTest::newRow("semicolons and quotes where the file had them")
        << QByteArray("\"email\";name\n\"a@example.org\";\"Ann; Bo\"\nb@example.org;\"Say \"\"hi\"\"\"\n");
    QTest::newRow("a quoted line break") << QByteArray("email,note\na@example.org,\"two\nlines\"\n");
    QTest::newRow("tabs") << QByteArray("email\tname\na@example.org\tAnn\n");
    QTest::newRow("leading zeros, numbers and dates stay text")
        << QByteArray("email,id,phone,joined\na@example.org,007,+31 6 12345678,2024-01-02\n");
    QTest::newRow("excel's sep line") << QByteArray("sep=;\r\nemail;name\r\na@example.org;Ann\r\n");
    QTest::newRow("utf-8 with a byte-order mark") << QByteArray("\xEF\xBB\xBF" "email,name\na@example.org,J\xC3\xBCrgen\n");
    QTest::newRow("windows-1252") << QByteArray("email,name\na@example.org,J\xFCrgen \x80\n");
    QTest::newRow("utf-16 le") << utf16(QStringLiteral("email,name\r\na@example.org,Łukasz\r\n"), true);
    QTest::newRow("utf-16 be") << utf16(QStringLiteral("email,name\na@example.org,Łukasz\n"), false);
    QTest::newRow("everything quoted") << QByteArray("\"email\",\"name\"\r\n\"a@example.org\",\"Ann\"\r\n");
    QTest::newRow("a row wider than the header") << QByteArray("email,name\nb@example.org,Bo,extra\n");
}

void TestCsv::aDocumentIsWrittenBackAsItWasRead()
{
    QFETCH(QByteArray, file);
    const CsvDocument document = documentOf(file);
    QCOMPARE(encodeCsvDocument(document), file);
}

void TestCsv::anEditedCellChangesOnlyItself()
{
    // A fixed address in a semicolon file with quoted names and LF: the other cells, their
    // quotes, the delimiter and the line breaks are as they were.
    const QByteArray file("email;name;phone\n\"a@example\";\"Ann\";0031612345678\nb@example.org;Bo;+31 6\n");
    CsvDocument document = documentOf(file);
    QCOMPARE(document.format.delimiter, QLatin1Char(';'));
    QCOMPARE(document.format.lineEnding, CsvLineEnding::Lf);
    document.rows[0].cells[0] = QStringLiteral("a@example.org");
    document.rows[1].cells[1] = QStringLiteral("Bo; the second");
    document.rows.append(CsvRow{{QStringLiteral("c@example.org"), QStringLiteral("Cy \"C\"")}, {}});
    QCOMPARE(encodeCsvDocument(document),
             QByteArray("email;name;phone\n\"a@example.org\";\"Ann\";0031612345678\n"
                        "b@example.org;\"Bo; the second\";+31 6\nc@example.org;\"Cy \"\"C\"\"\";\n"));
    // A new list: UTF-8 with a byte-order mark, commas, CRLF.
    CsvDocument fresh;
    fresh.format = CsvFormat::newList();
    fresh.header.cells = L("Email", "Name");
    fresh.rows.append(CsvRow{L("d@example.org", "Dé"), {}});
    QCOMPARE(encodeCsvDocument(fresh), QByteArray("\xEF\xBB\xBF" "Email,Name\r\nd@example.org,D\xC3\xA9\r\n"));
    // A short row gets the fields the import needs; empty ones beyond the header go.
    fresh.rows.append(CsvRow{L("e@example.org"), {}});
    fresh.rows.append(CsvRow{L("f@example.org", "F", "", ""), {}});
    QVERIFY(encodeCsvDocument(fresh).endsWith("\r\ne@example.org,\r\nf@example.org,F\r\n"));
}

void TestCsv::aDocumentSaysWhatItsEncodingCannotWrite()
{
    CsvDocument document = documentOf("email,name\na@example.org,J\xFCrgen\n");
    QCOMPARE(document.format.encoding, CsvEncoding::Windows1252);
    QVERIFY(!firstUnwritable(document));
    document.rows[0].cells[1] = QStringLiteral("Łukasz");
    const auto unwritable = firstUnwritable(document);
    QVERIFY(unwritable);
    QCOMPARE(unwritable->row, 0);
    QCOMPARE(unwritable->column, 1);
    QCOMPARE(unwritable->character, QChar(0x0141));
    QVERIFY2(unwritable->text(document).contains(QLatin1String("Row 1, name")), qPrintable(unwritable->text(document)));
}

void TestCsv::editedListChecksFollowEveryChange()
{
    CsvDocument document = documentOf("Email,Name,Role\nann@example.org,Ann,member\nbo@example,Bo,boss\n"
                                      "ANN@example.org,Ann again,\n,,\n");
    QCOMPARE(document.rows.size(), 3); // a line of delimiters only is blank: the reader skips it
    UserListChecks checks;
    checks.reset(document);
    document.rows.append(CsvRow{L("", "", ""), {}}); // as Insert Row makes one
    checks.rowsInserted(document, 3, 1);
    QVERIFY(checks.listProblem().isEmpty());
    QVERIFY(!checks.hasProblems(0));
    QCOMPARE(checks.problems(1).size(), 2); // no domain, and no such role
    QVERIFY(!checks.cellProblem(1, 0).isEmpty());
    QVERIFY(!checks.cellProblem(1, 2).isEmpty());
    QVERIFY(checks.cellProblem(1, 1).isEmpty());
    QVERIFY2(checks.cellProblem(2, 0).contains(QLatin1String("row 1")), qPrintable(checks.cellProblem(2, 0)));
    QVERIFY(!checks.hasProblems(3)); // an empty row is skipped, as the import does
    QCOMPARE(checks.problemRows(), QList<int>({1, 2}));
    QCOMPARE(checks.problemCount(), 3);

    // Fixing the first Ann's address to another one moves the repeat's flag away from row 3;
    // both rows are answered as touched.
    document.rows[0].cells[0] = QStringLiteral("anna@example.org");
    QList<int> touched = checks.rowsChanged(document, 0, 0);
    QVERIFY(touched.contains(0) && touched.contains(2));
    QVERIFY(!checks.hasProblems(2));
    // Typing the same address into the empty row flags that row, not the first.
    document.rows[3].cells = L("ANNA@example.org", "Copy", "");
    touched = checks.rowsChanged(document, 3, 3);
    QVERIFY(touched.contains(0) && touched.contains(3));
    QVERIFY(!checks.hasProblems(0));
    QVERIFY(checks.cellProblem(3, 0).contains(QLatin1String("row 1")));
    // A row inserted above moves every number; removing the first leaves the copy alone.
    document.rows.insert(0, CsvRow{L("new@example.org", "New", "editor"), {}});
    checks.rowsInserted(document, 0, 1);
    QVERIFY(checks.cellProblem(4, 0).contains(QLatin1String("row 2")));
    document.rows.remove(1);
    checks.rowsRemoved(1, 1);
    QVERIFY(!checks.hasProblems(3));
    QCOMPARE(checks.problemRows(), QList<int>({1}));
    // A cell beyond the header is flagged; without an address column the list says so.
    document.rows[0].cells.append(QStringLiteral("stray"));
    checks.rowsChanged(document, 0, 0);
    QVERIFY(!checks.cellProblem(0, 3).isEmpty());
    document.header.cells[0] = QStringLiteral("Note");
    checks.reset(document);
    QVERIFY(!checks.listProblem().isEmpty());
}

void TestCsv::offlineChecksUseWhatTheLastConnectionSaw()
{
    WorkspaceKnowledge knowledge;
    knowledge.source = QStringLiteral("Head office");
    knowledge.workspace = QStringLiteral("Acme");
    knowledge.takenAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    knowledge.groups = L("Sales", "HR");
    knowledge.syncedGroups = L("HR");
    knowledge.salt = WorkspaceKnowledge::newSalt();
    knowledge.membersKnown = true;
    knowledge.addMember(QStringLiteral("Ann@Example.org"));
    knowledge.seatsUsed = 2;
    knowledge.seatCap = 3;

    // Kept as JSON without a single address in it, and read back the same.
    const QByteArray json = QJsonDocument(knowledge.toJson()).toJson();
    QVERIFY(!json.contains("ann") && !json.contains("example.org"));
    const auto restored = WorkspaceKnowledge::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(restored);
    QVERIFY(restored->isMember(QStringLiteral(" ANN@example.org")));
    QVERIFY(!restored->isMember(QStringLiteral("bo@example.org")));
    QVERIFY(!WorkspaceKnowledge::fromJson(QJsonObject{{QStringLiteral("groups"), 1}}));

    CsvDocument document = documentOf("Email,Groups\nann@example.org,Sales\nbo@example.org,sales\ncy@example.org,\n"
                                      "dee@example.org,HR\neve@example.org,Nope\n");
    UserListChecks checks;
    checks.reset(document);
    QVERIFY(checks.listProblem().isEmpty()); // nothing known: only the file's own rules
    QVERIFY(checks.problemRows().isEmpty());
    checks.setKnowledge(*restored);
    checks.reset(document);
    QCOMPARE(checks.memberRows(), 1);           // Ann is updated, not invited
    QCOMPARE(checks.problemRows(), QList<int>({3, 4}));
    QVERIFY2(checks.cellProblem(3, 1).contains(QLatin1String("synced")), qPrintable(checks.cellProblem(3, 1)));
    QVERIFY2(checks.cellProblem(4, 1).contains(QStringLiteral("has no group “Nope”")), qPrintable(checks.cellProblem(4, 1)));
    QVERIFY(checks.cellProblem(4, 1).contains(QLatin1String("from Head office")));
    // Bo and Cy are new: two people for one free seat.
    QCOMPARE(checks.newPeople(), 2);
    QVERIFY2(checks.listProblem().contains(QLatin1String("from Head office")), qPrintable(checks.listProblem()));
    document.rows[2].cells = L("ann@example.org"); // Cy's row becomes a repeat of Ann
    checks.rowsChanged(document, 2, 2);
    QCOMPARE(checks.newPeople(), 1);
    QVERIFY(checks.listProblem().isEmpty());
}

void TestCsv::spreadsheetPastesKeepTheirShape()
{
    // Three rows copied with an empty one in the middle, a cell holding a tab and a line break
    // (quoted, as spreadsheets copy them), a doubled quote, and the final line break.
    const QList<QStringList> rows = parseTabSeparated(
        QStringLiteral("a@example.org\tAnn\r\n\t\r\n\"b\t\nc\"\t\"say \"\"hi\"\"\"\r\nversion:1\n"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), L("a@example.org", "Ann"));
    QCOMPARE(rows.at(1), L("", ""));
    QCOMPARE(rows.at(2), L("b\t\nc", "say \"hi\""));
    QCOMPARE(rows.at(3), L("version:1")); // a cell, not a preamble
    QCOMPARE(parseTabSeparated(QStringLiteral("one")), QList<QStringList>({L("one")}));
    QVERIFY(parseTabSeparated(QString()).isEmpty());

    // Rows a person inserted are written as wide as the header (not one field wider), and
    // Windows-1252 gets no byte-order mark even when it was asked for.
    CsvDocument document;
    document.format = CsvFormat::newList();
    document.format.encoding = CsvEncoding::Windows1252;
    document.header.cells = L("Email", "Name", "Role");
    document.rows.append(CsvRow{});
    QCOMPARE(encodeCsvDocument(document), QByteArray("Email,Name,Role\r\n,,\r\n"));
    // A row of spaces is not blank: the import reads it and refuses it, so the workbench says so.
    document.rows[0].cells = L(" ", "", "");
    UserListChecks checks;
    checks.reset(document);
    QVERIFY(checks.hasProblems(0));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
