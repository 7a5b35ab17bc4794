<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>usher::AboutDialog</name>
    <message>
        <source>About Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
Built with Qt %2, running on Qt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Application</name>
    <message numerus="yes">
        <source>purge-expired  Purge members deleted more than %n day(s) ago, for cron (usher purge-expired --help).</source>
        <translation>
            <numerusform>purge-expired  Purge members deleted more than %n day ago, for cron (usher purge-expired --help).</numerusform>
            <numerusform>purge-expired  Purge members deleted more than %n days ago, for cron (usher purge-expired --help).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the SQLite database &lt;file&gt; (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &lt;count&gt; sample people when the database has no members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, nl, de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo needs a number of people between 1 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as the member &quot;&lt;name&gt; &lt;email&gt;&quot; of a local database; on a new one, become its first Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purges members deleted more than %n day(s) ago, with everything that belongs only to them. For cron; Usher also does it each time it connects.</source>
        <translation>
            <numerusform>Purges members deleted more than %n day ago, with everything that belongs only to them. For cron; Usher also does it each time it connects.</numerusform>
            <numerusform>Purges members deleted more than %n days ago, with everything that belongs only to them. For cron; Usher also does it each time it connects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: purged %n member(s).</source>
        <translation>
            <numerusform>%1: purged %n member.</numerusform>
            <numerusform>%1: purged %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher manages an organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: print &quot;first-paint &lt;ms&gt;&quot; once the users table shows its first page, then quit (for the benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The users table showed no first page within %n second(s).</source>
        <translation>
            <numerusform>The users table showed no first page within %n second.</numerusform>
            <numerusform>The users table showed no first page within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv check      Check a list of people (CSV): its format, its columns and every row; needs no connection (usher csv --help).
  csv import     Import a list of people: invite the new, update the members (usher csv --help).
  csv edit       Prepare or fix a list of people in the workbench, with no connection (usher csv edit [FILE…]).
  users export   Write the members, a view or a search to CSV (usher users --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy erase  Erase everything held about a person who asks (GDPR; usher privacy --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy export Write everything held about a person to a ZIP file (GDPR; usher privacy --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync           Sync people and groups from the workspace&apos;s LDAP directory, for cron (usher sync --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::AuditView</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown (all of them, not only those loaded) as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see who changed what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters. Widen the period or clear a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to members is recorded here: who did it, to whom, when, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Backend</name>
    <message>
        <source>A %1 connection does not list members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection does not send invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection does not send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection keeps no audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection signs you in when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection cannot unlock sign-ins or reset passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection is looked after elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection cannot import lists of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection cannot export its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection cannot erase someone&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection does not sync people from a directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::BulkResultDialog</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the change to finish, or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was stopped before it started; nobody was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next person; what is done stays done and is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Changed: %1; refused: %2; %n person(s) not reached and left as they were.</source>
        <translation>
            <numerusform>Stopped. Changed: %1; refused: %2; %n person not reached and left as they were.</numerusform>
            <numerusform>Stopped. Changed: %1; refused: %2; %n people not reached and left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n person(s).</source>
        <translation>
            <numerusform>Done for %n person.</numerusform>
            <numerusform>Done for all %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for %1; %n person(s) not changed — see why below.</source>
        <translation>
            <numerusform>Done for %1; %n person not changed — see why below.</numerusform>
            <numerusform>Done for %1; %n people not changed — see why below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::CallerCheckDialog</name>
    <message>
        <source>Check Who Is Asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you check that the caller is this person? Attackers phone helpdesks pretending to be employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the audit log (required for another way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;sign them out everywhere (their open sessions end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ChangeConfirmDialog</name>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: left the company on 30 November</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::CommandLine</name>
    <message>
        <source>The SQLite database &lt;file&gt; (default: the local one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved connection &lt;name&gt;; its password comes from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are with --as EMAIL: changes are made, checked and audited as a member of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with a password: set USHER_PASSWORD or run the command at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection name cannot contain a colon (:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file that signed its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection details cannot contain a semicolon (;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine (localhost); choose Encrypted and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, for example https://idp.example.org/scim/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL cannot hold a query, a fragment or a user name; the token is asked for separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token may travel unencrypted (http://) only to a service on this machine (localhost); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-out must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth token URL, for example https://idp.example.org/oauth2/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret may travel unencrypted (http://) only to a token URL on this machine (localhost); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role attribute “%1” is not an attribute name: use a name such as userType, or an extension&apos;s attribute by its full name (urn:…:User:division).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ConnectionsDialog</name>
    <message>
        <source>Save the password in the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when connecting if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this connection and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its saved password? The database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, with the password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved without the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”, schema version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”. Usher will upgrade its schema from version %3 to %4 when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open but not saved; Save keeps it in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the secret in the &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::CredentialStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Usher does not store passwords in plain text; it can ask for the password each time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every saved password could be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Csv</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte 0x%1 cannot be read as %2. The file may be in another encoding; choose it and read the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has more than %n field(s); the delimiter may be wrong.</source>
        <translation>
            <numerusform>This row has more than %n field; the delimiter may be wrong.</numerusform>
            <numerusform>This row has more than %n fields; the delimiter may be wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>This quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a NUL byte here: it is not a text file, or it is UTF-16 without a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the closing quote comes “%1”; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A field longer than %n character(s) starts here; a closing quote may be missing.</source>
        <translation>
            <numerusform>A field longer than %n character starts here; a closing quote may be missing.</numerusform>
            <numerusform>A field longer than %n characters starts here; a closing quote may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names only %1 column(s).</source>
        <translation>
            <numerusform>This row has %n field, but the header names only %1 columns.</numerusform>
            <numerusform>This row has %n fields, but the header names only %1 columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names %1 column(s).</source>
        <translation>
            <numerusform>This row has %n field, but the header names %1 columns.</numerusform>
            <numerusform>This row has %n fields, but the header names %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows (CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux and macOS (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic Mac (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header, column %1: %2 cannot write “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3 cannot write “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::CsvCommand</name>
    <message>
        <source>Name one file: usher csv check FILE (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; | or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 ready to import, %2 refused.</source>
        <translation>
            <numerusform>%n row read: %1 ready to import, %2 refused.</numerusform>
            <numerusform>%n rows read: %1 ready to import, %2 refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a list of people (CSV) as an import would, with no connection: the file&apos;s encoding and delimiter, its columns, and each row&apos;s address, name, role and groups. The members, groups and seats of a workspace are checked when the file is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as &lt;encoding&gt; (utf-8, utf-16le, utf-16be, windows-1252) instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split fields on &lt;delimiter&gt; (, ; | or tab) instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file: usher csv import FILE (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1 would be invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports it: new addresses are invited, members get the file&apos;s name, role and groups (an import never removes anyone from a group). Each row stands on its own unless --all-or-nothing is given; --dry-run checks everything and changes nothing. Exit codes: 0 all rows done, 1 rows refused or not reached, 2 bad input, 3 no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as the member &lt;email&gt; (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything the import would do, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every row or none: one refused row or a Stop (Ctrl+C) undoes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mail the invitations now; send them later from the Invitations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown csv command; use: usher csv check FILE, or usher csv import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::DatabaseErrorDialog</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher cannot open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher cannot connect to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Local Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::DeleteConfirmDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; loses access now and moves to the Deleted view. You can restore them there for %n day(s); after that they are purged for good.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; loses access now and moves to the Deleted view. You can restore them there for %n day; after that they are purged for good.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; loses access now and moves to the Deleted view. You can restore them there for %n days; after that they are purged for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)?</source>
        <translation>
            <numerusform>Delete %n User?</numerusform>
            <numerusform>Delete %n Users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose access now and move to the Deleted view. You can restore them there for %1 days; after that they are purged for good.</source>
        <translation>
            <numerusform>%n user loses access now and move to the Deleted view. You can restore them there for %1 days; after that they are purged for good.</numerusform>
            <numerusform>%n users lose access now and move to the Deleted view. You can restore them there for %1 days; after that they are purged for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of users, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the confirmation above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation>
            <numerusform>%n user is deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</numerusform>
            <numerusform>%n users are deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::DirectorySync</name>
    <message>
        <source>Server: enter the directory&apos;s address, such as ldap://ldap.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: “%1” is not an LDAP address; it starts with ldap:// or ldaps:// and names a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: give the base DNs in their own fields, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: an ldaps:// address uses TLS from the start; choose “TLS (ldaps)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: “TLS (ldaps)” needs an ldaps:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People base DN: enter where the people are, such as ou=people,dc=example,dc=org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups base DN: syncing the members of chosen groups needs to know where the groups are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when disabling more than: give a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an attribute or class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reactivated</source>
        <translation>
            <numerusform>%n reactivated</numerusform>
            <numerusform>%n reactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped for the seat limit</source>
        <translation>
            <numerusform>%n skipped for the seat limit</numerusform>
            <numerusform>%n skipped for the seat limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) changed</source>
        <translation>
            <numerusform>%n group changed</numerusform>
            <numerusform>%n groups changed</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory gives no usable address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person in the directory has the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins as %1, from the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Usher: restore or remove them before the sync can follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s new address %1 is already %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member with this address: followed by the sync from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s listing was not complete (%1), so nobody is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You run this sync: disable yourself by hand if you mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the directory, but stays active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This sync would disable %n of the %1 people it follows, more than the %2 % you allow. A wrong base DN or a directory that answered only in part looks like this; check the directory before you confirm.</source>
        <translation>
            <numerusform>This sync would disable %n of the %1 people it follows, more than the %2 % you allow. A wrong base DN or a directory that answered only in part looks like this; check the directory before you confirm.</numerusform>
            <numerusform>This sync would disable %n of the %1 people it follows, more than the %2 % you allow. A wrong base DN or a directory that answered only in part looks like this; check the directory before you confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be added or reactivated: the workspace has no free seat.</source>
        <translation>
            <numerusform>%n person could not be added or reactivated: the workspace has no free seat.</numerusform>
            <numerusform>%n people could not be added or reactivated: the workspace has no free seat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another synced group is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher already has a group called “%1” of its own: rename it to sync this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n member added</numerusform>
            <numerusform>%n members added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>%n member removed</numerusform>
            <numerusform>%n members removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer in the directory: its %n member(s) removed</source>
        <translation>
            <numerusform>No longer in the directory: its %n member removed</numerusform>
            <numerusform>No longer in the directory: its %n members removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: tick at least one group whose members are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: give minutes from 0 (only when asked) to a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is %1&apos;s, who is linked to another entry of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the directory or its chosen groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another group of the directory is also called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory listed no groups, so the synced groups keep their members. Check the groups base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person filter: write one LDAP filter in parentheses, such as (department=Sales).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased from Usher at their request: take them out of the directory (or the synced groups) to end this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::DirectorySyncDialog</name>
    <message>
        <source>Members are named by their DN (member, uniqueMember)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenLDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeIPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the attributes this kind of directory usually uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ldap://ldap.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — test servers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the password and everyone&apos;s data unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: cn=usher,ou=services,dc=example,dc=org (empty: anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ou=people,dc=example,dc=org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: groups are not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone under the people base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the groups ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Usher is open; for a server, run “usher sync” from cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync that would disable more of the people it follows stops and asks first: a wrong base DN or a directory that answered only in part looks like everyone leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with the settings as typed and counts what a sync would see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People base DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups base DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when &amp;disabling more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that never changes while the entry lives: people are matched by it, never by their address alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s people and groups can follow an LDAP directory: new people are added, names and addresses followed, and people who leave are disabled, never deleted. Synced groups are changed only in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s directory settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the directory&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the settings, reads the directory and shows what a sync would change, before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection lists the directory&apos;s groups here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved; the password is asked for each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled runs read only the entries changed since the last one, and the whole directory once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password for this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as (department=Sales)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Email</name>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address contains a space or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced dot before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a full domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ErasureDialog</name>
    <message>
        <source>Erase %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their account and profile, with their membership of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n group membership</numerusform>
            <numerusform>%n group memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in record(s)</source>
        <translation>
            <numerusform>%n sign-in record</numerusform>
            <numerusform>%n sign-in records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password reset(s)</source>
        <translation>
            <numerusform>%n password reset</numerusform>
            <numerusform>%n password resets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n mail in the outbox</numerusform>
            <numerusform>%n mails in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlist entr(y/ies)</source>
        <translation>
            <numerusform>%n waitlist entry</numerusform>
            <numerusform>%n waitlist entries</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) asked to be erased. This removes, at once and for good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n audit log event(s) that name them are kept, with a pseudonym in place of their names and address. This cannot be undone.</source>
        <translation>
            <numerusform>The %n audit log event that names them is kept, with a pseudonym in place of their names and address. This cannot be undone.</numerusform>
            <numerusform>The %n audit log events that name them are kept, with a pseudonym in place of their names and address. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket or letter number of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure log keeps who erased, when, the pseudonym and the reference; nothing about the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their address above first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ExportDialog</name>
    <message>
        <source>Plain data for programs: write fields exactly as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member (not the deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people listed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected person(s)</source>
        <translation>
            <numerusform>The %n selected person</numerusform>
            <numerusform>The %n selected people</numerusform>
        </translation>
    </message>
    <message>
        <source>Select people in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise a field starting with = + - or @ gets an apostrophe, so a spreadsheet shows it instead of running it as a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Gate</name>
    <message>
        <source>Say who you are first (File ▸ Sign In…): every change records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the people are kept.&lt;/b&gt; Usher starts on a database file on this computer. To work in your team&apos;s shared database, add it under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring people in.&lt;/b&gt; %1 sends invitations by mail or as links; %2 reads a list saved as CSV from a spreadsheet; %3 adds one person by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide what they may do.&lt;/b&gt; A person&apos;s role (%1) sets what they may change in Usher; groups (%2) give permissions to many people at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;When someone leaves.&lt;/b&gt; %1 stops them signing in and can be undone; %2 takes them out of the lists, and %3 brings them back within %n day(s).</source>
        <translation>
            <numerusform>&lt;b&gt;When someone leaves.&lt;/b&gt; %1 stops them signing in and can be undone; %2 takes them out of the lists, and %3 brings them back within %n day.</numerusform>
            <numerusform>&lt;b&gt;When someone leaves.&lt;/b&gt; %1 stops them signing in and can be undone; %2 takes them out of the lists, and %3 brings them back within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher keeps the people of your organisation: who they are, which role they have and which groups they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key is listed under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is lost.&lt;/b&gt; Every change is written to the audit log (%1), with who made it and when.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GroupDeleteDialog</name>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out who would lose what…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once Usher knows who would lose what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher could not work out what the deletion would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no members. Deleting it changes nobody&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody loses access: the %n member(s) of “%1” keep everything through their role or other groups.</source>
        <translation>
            <numerusform>Nobody loses access: the only member of “%1” keeps everything through their role or other groups.</numerusform>
            <numerusform>Nobody loses access: the %n members of “%1” keep everything through their role or other groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will lose access they have only through “%1”:</source>
        <translation>
            <numerusform>%n member will lose access they have only through “%1”:</numerusform>
            <numerusform>%n members will lose access they have only through “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) keep everything through their role or other groups.</source>
        <translation>
            <numerusform>%n other member keeps everything through their role or other groups.</numerusform>
            <numerusform>%n other members keep everything through their role or other groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GroupEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Support, Finance, Contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this group may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GroupMembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Groups</name>
    <message>
        <source>View people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the workspace&apos;s members, their groups and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations and approve the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles, disable, delete and restore members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reset links, set temporary passwords, unlock accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and delete groups and change their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who changed what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan, the seat cap and payment details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change automated workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 100 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: “%1” is not a permission Usher knows (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is synced from %2 (last sync: %3). Change its name and members there; Usher would undo a change made here at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot give people “%2”, which their own role does not have. Ask an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot take “%2” away from people, which their own role does not have. Ask an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot delete “%2”: it has members whose role (%3) is above their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GroupsModel</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in Usher: its name and members are changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from %1; last sync %2. Its name and members are changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the %1 service; Usher changes its name and members there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::GroupsView</name>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Members of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members and what it grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from %1, last sync %2. Its name and members are changed in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in Usher on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants no permissions; members have what their role gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members may: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group and choose what it grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the group grants (its name comes from the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group or change what it grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group, after seeing who loses what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people and add them to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select members in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected members out of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the members and since when as a CSV file, for an access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at names and descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups grant permissions to their members: make one for each team or job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Members to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Person(s)</source>
        <translation>
            <numerusform>Add %n Person</numerusform>
            <numerusform>Add %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>Adding %n person to “%1”</numerusform>
            <numerusform>Adding %n people to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>Removing %n person from “%1”</numerusform>
            <numerusform>Removing %n people from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1.</source>
        <translation>
            <numerusform>%n member exported to %1.</numerusform>
            <numerusform>%n members exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, their members and what they grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::HelpdeskView</name>
    <message>
        <source>&amp;Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can&apos;t someone sign in? Reset, unlock and diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is calling? Name, email or id, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or email above and press Enter.
Their sign-in state, what stops them and the fix appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row, not locked</source>
        <translation>
            <numerusform>%n wrong password in a row, not locked</numerusform>
            <numerusform>%n wrong passwords in a row, not locked</numerusform>
        </translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary, to be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, works until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the caller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: fix that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail a single-use link to choose a new password; it unlocks sign-in too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-use link to choose a new password, to copy (no mail server is set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generated password, shown once, to be changed at the next sign-in; it unlocks sign-in too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wrong passwords to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the wrong passwords, so the next sign-in is checked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-minute, single-use sign-in to the web product as this person, shown with a banner there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1, which you cannot do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Invitation Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old link no longer works. Give them this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new invitation is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk: the person could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 a password reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-use link goes to %1. Earlier links stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get a single-use link to give them. Earlier links stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their current password stops working. They choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their next password is checked at once. If they forgot it, send a reset instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in unlocked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-use sign-in to the web product as %1 for 15 minutes, marked there with a banner and recorded in the audit log. Why do you need it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sign-in Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser within 15 minutes; it works once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the link can use it until then: do not send it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Temporary Password Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reset Link Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n session signed out.</numerusform>
            <numerusform>%n sessions signed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reset link is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this to %1 or hand it over; it is shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They must choose their own password when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this link to %1; it is shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works once, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Sign-in Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import People from a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of people from a spreadsheet: Usher&apos;s template, or a user export of Microsoft Entra, Google Workspace, Okta, Zoom or Atlassian. You can also drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with Usher&apos;s columns and one example row, to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a new list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column of the file holds. Usher recognised what it could; change any that are wrong. Columns marked Not imported are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked in the workspace as the import would check it, and nothing is changed yet. New addresses are invited; members get the file&apos;s name, role and groups (an import never removes anyone from a group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each row on its own: refused rows are skipped and listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all rows or none: one refused row, or Stop, changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the invitations now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the invitations wait; send them from the Invitations page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…); the invitations wait, and can be sent from the Invitations page later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are imported as checked, in the workspace as it is now. Rows that were not imported come first, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next row; what is done stays done and is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row with what became of it, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a List of People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering; Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, %3%4.</source>
        <translation>
            <numerusform>%1: %n row, %2, %3%4.</numerusform>
            <numerusform>%1: %n rows, %2, %3%4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Fix the file, or choose another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem in the file itself; the next page lists them.</source>
        <translation>
            <numerusform>%n row has a problem in the file itself; the next page lists it.</numerusform>
            <numerusform>%n rows have a problem in the file itself; the next page lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be invited, %2 updated and %3 left unchanged; %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not reached.</source>
        <translation>
            <numerusform>%n row not reached.</numerusform>
            <numerusform>%n rows not reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) in the workspace…</source>
        <translation>
            <numerusform>Checking %n row in the workspace…</numerusform>
            <numerusform>Checking %n rows in the workspace…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped; change an option to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n row(s) are refused, and this import takes all rows or none. Fix them in the file, or import each row on its own.</source>
        <translation>
            <numerusform>Nothing would be imported: %n row is refused, and this import takes all rows or none. Fix it in the file, or import each row on its own.</numerusform>
            <numerusform>Nothing would be imported: %n rows are refused, and this import takes all rows or none. Fix them in the file, or import each row on its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import: everyone in the file is already as it says, or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3; reading the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the workbench, as it stands)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Invitations</name>
    <message>
        <source>Allowed domains: &quot;%1&quot; is not a domain name like example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed before; invited once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited; resend the invitation from the Invitations view instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted member; restore them from the Deleted view instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an allowed domain (allowed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message: keep it under 2,000 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was accepted on %1 and works only once. Sign in to %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation to %1 was cancelled on %2. Ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer invitation to %1 was sent on %2 and replaces this link. Use the link in the latest mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation to %1 expired on %2. Ask an administrator to resend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation link is not known. Check that the whole link was copied, or ask an administrator to resend the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>Password: use at least %n characters.</numerusform>
            <numerusform>Password: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: use more than spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role: people who sign up get at most Editor; promote them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha: &quot;%1&quot; is not a provider Usher knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations expire after: choose between 1 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration page: enter a web address such as https://app.example.org/join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail language: &quot;%1&quot; is not one of Usher&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats free: %1; invitations in this batch: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is synced from a directory, which decides its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” grants more than an Editor has; people who sign up get at most that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These links lead to a placeholder page that nobody can open: the workspace&apos;s registration page is not set. Set it in Workspace ▸ Signup Settings, then send the invitations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset links expire after: choose between 5 minutes and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::InvitationsModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, next try %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist (approved by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::InvitationsView</name>
    <message>
        <source>&amp;Invite People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Registration &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not accepted after %n day(s)</source>
        <translation>
            <numerusform>Not accepted after %n day</numerusform>
            <numerusform>Not accepted after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No open invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who sign up while the waitlist is on appear here for you to approve or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend (New Link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone invited has joined. Invite people with Invite People… (Ctrl+I); their invitations wait here until accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open invitation matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one invitation: each link is for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invitation sent again to %n person(s).</source>
        <translation>
            <numerusform>Invitation sent again to %n person.</numerusform>
            <numerusform>Invitation sent again to %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new registration link for %1 is on the clipboard; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitation(s)? Their links stop working and the people leave the workspace.</source>
        <translation>
            <numerusform>Cancel %n invitation? Their links stop working and the people leave the workspace.</numerusform>
            <numerusform>Cancel %n invitations? Their links stop working and the people leave the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) cancelled.</source>
        <translation>
            <numerusform>%n invitation cancelled.</numerusform>
            <numerusform>%n invitations cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n signup(s)? They are taken off the waitlist.</source>
        <translation>
            <numerusform>Reject %n signup? They are taken off the waitlist.</numerusform>
            <numerusform>Reject %n signups? They are taken off the waitlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) approved.</source>
        <translation>
            <numerusform>%n signup approved.</numerusform>
            <numerusform>%n signups approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) rejected.</source>
        <translation>
            <numerusform>%n signup rejected.</numerusform>
            <numerusform>%n signups rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up: send each person their link. The links are shown only now, and each works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link replaces the one mailed (or being mailed) to %1, which stops working. Copy a new link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>Send %n Invitation Again</numerusform>
            <numerusform>Send %n Invitations Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n New Link(s)</source>
        <translation>
            <numerusform>Copy %n New Link</numerusform>
            <numerusform>Copy %n New Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Invitation(s)</source>
        <translation>
            <numerusform>Cancel %n Invitation</numerusform>
            <numerusform>Cancel %n Invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Signup(s)</source>
        <translation>
            <numerusform>Approve %n Signup</numerusform>
            <numerusform>Approve %n Signups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Signup(s)</source>
        <translation>
            <numerusform>Reject %n Signup</numerusform>
            <numerusform>Reject %n Signups</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invitations and the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::InviteDialog</name>
    <message>
        <source>Invite People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type addresses: one per line, or separated by commas or semicolons. &quot;Name &lt;address&gt;&quot; works too, and so do cells copied from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and their verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few words of welcome, included in the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person gets a mail with a link to choose a password. The link works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…): Usher makes the invitations and gives you their links to send yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations are ready. Send each person their link: it is shown only now, and works once. &quot;Copy registration link&quot; in the Invitations view makes a new one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite at most %1 people at a time (this list has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see why above)</source>
        <translation>
            <numerusform>%n skipped (see why above)</numerusform>
            <numerusform>%n skipped (see why above)</numerusform>
        </translation>
    </message>
    <message>
        <source>seats: %1 of %2 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>links expire after %n day(s)</source>
        <translation>
            <numerusform>links expire after %n day</numerusform>
            <numerusform>links expire after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Invitation(s)</source>
        <translation>
            <numerusform>&amp;Send %n Invitation</numerusform>
            <numerusform>&amp;Send %n Invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Invitation(s)</source>
        <translation>
            <numerusform>&amp;Create %n Invitation</numerusform>
            <numerusform>&amp;Create %n Invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the addresses can be invited; see why beside each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was invited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::LdapReader</name>
    <message>
        <source>The directory at %1 could not be verified: %2. Check the CA file, or that the address is the name on the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher cannot reach the directory at %1 (%2). Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused the bind DN or its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused this way of signing in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no entry %1. Check the base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DN the directory understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory does not let the bind DN read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory does not know an attribute or class of the mapping (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory answered with an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the bind DN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file: %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher could not set up TLS with the CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS with the directory at %1 failed: its certificate was not accepted (check the CA file, and that the address is the name on the certificate), or the server does not offer StartTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with StartTLS; the server&apos;s certificate was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with TLS (ldaps); the server&apos;s certificate was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected without TLS: the password crossed the network readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was not read to the end: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2, so it cannot be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing people after %n: %1</source>
        <translation>
            <numerusform>the server stopped listing people after %n: %1</numerusform>
            <numerusform>the server stopped listing people after %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 or %3, so it cannot be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing groups after %n: %1</source>
        <translation>
            <numerusform>the server stopped listing groups after %n: %1</numerusform>
            <numerusform>the server stopped listing groups after %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %n under %1.</source>
        <translation>
            <numerusform>People: %n under %1.</numerusform>
            <numerusform>People: %n under %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not page its listings (RFC 2696): a size limit on it would stop a sync from disabling anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing stopped early (%1): a sync would add and update people but disable nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Groups: %n under %1.</source>
        <translation>
            <numerusform>Groups: %n under %1.</numerusform>
            <numerusform>Groups: %n under %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time the directory understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped listing people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of it is kept by another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) without %1</source>
        <translation>
            <numerusform>%n entry without %1</numerusform>
            <numerusform>%n entries without %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory kept handing out more members of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory stopped handing out the members of %1 part way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Lifecycle</name>
    <message>
        <source>Restore this person before changing their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has not accepted their invitation yet; cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active members can be disabled; this person is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only disabled members can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deleted members can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 100 characters per part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged after the recovery window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out of Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captcha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation expiry (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: this is you. A change to several people leaves you out; select only yourself to change your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also belongs to another workspace where you cannot change them. Their name, email, picture and password are shared by all their workspaces; ask someone who may change them in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a password, which only its owner may use or change (through a password reset sent to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to another workspace, so its password is not chosen here. Set it through a password reset sent to %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail server user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in slowed down after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password chosen with a reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in as this person issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary password replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset link expiry (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Mail</name>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request to join %1 was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request to join %1 was approved. You join as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to join %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to join %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your password to accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works once and expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this mail, ignore it: nothing happens until the link is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked to reset the password of your account in %1. Choose a new password with this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent you this link to choose a new password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works once and expires on %1. Links sent before it no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset the password of your Admin account in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not ask for this, tell your other Admins at once: someone may be trying to take over your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Admin password in %1 was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the email address of your account in %2 to %3. Mail about your account, password resets too, now goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this, tell the workspace&apos;s Admins at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address in %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::MailConfig</name>
    <message>
        <source>Server host: enter the mail server&apos;s name, such as smtp.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host: enter the server&apos;s name alone, without spaces or a scheme such as smtp://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: choose a port between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: choose between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::MailSettingsDialog</name>
    <message>
        <source>Send &amp;Test Mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — local test servers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the password and every mail unencrypted: only for a test server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server needs no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: people@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Example Inc. (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that has not answered by then counts as unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one mail with the settings as typed here, before saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to replace the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher test mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test mail from Usher. The mail server %1 accepted it, so invitations can be sent the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the test mail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test mail was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher sends this workspace&apos;s invitations through this server, whoever sends them. The password is kept in your keychain, never in a file or the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s mail server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::MainWindow</name>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n realistic people to this workspace</source>
        <translation>
            <numerusform>Add %n realistic person to this workspace</numerusform>
            <numerusform>Add %n realistic people to this workspace</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has members; no sample data was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n sample people…</source>
        <translation>
            <numerusform>Adding %n sample person…</numerusform>
            <numerusform>Adding %n sample people…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample people.</source>
        <translation>
            <numerusform>Added %n sample person.</numerusform>
            <numerusform>Added %n sample people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget All Saved Passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget All Saved Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved password(s) from the keychain? Usher will ask for them when it next connects.</source>
        <translation>
            <numerusform>Remove %n saved password from the keychain? Usher will ask for it when it next connects.</numerusform>
            <numerusform>Remove %n saved passwords from the keychain? Usher will ask for them when it next connects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n saved password(s).</source>
        <translation>
            <numerusform>Forgot %n saved password.</numerusform>
            <numerusform>Forgot %n saved passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) selected</source>
        <translation>
            <numerusform>All %n user selected</numerusform>
            <numerusform>All %n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are first: the workspaces listed are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Someone &amp;Else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited and active members hold a seat; disabled and deleted members do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 has no active Admin. Nobody can change its settings; make someone an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 has only one active Admin. If they lose access, nobody can manage the workspace: make a second Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces you belong to; your role is shown with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent.</source>
        <translation>
            <numerusform>%n mail sent.</numerusform>
            <numerusform>%n mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent, %1 failed: see the Invitations view.</source>
        <translation>
            <numerusform>%n mail sent, %1 failed: see the Invitations view.</numerusform>
            <numerusform>%n mails sent, %1 failed: see the Invitations view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent…</source>
        <translation>
            <numerusform>Sending mail: %n sent…</numerusform>
            <numerusform>Sending mail: %n sent…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent, %1 failed…</source>
        <translation>
            <numerusform>Sending mail: %n sent, %1 failed…</numerusform>
            <numerusform>Sending mail: %n sent, %1 failed…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s password could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people by email (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public signup, allowed domains, waitlist and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server invitations are sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made; the mails are on their way.</source>
        <translation>
            <numerusform>%n invitation made; the mail is on its way.</numerusform>
            <numerusform>%n invitations made; the mails are on their way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made.</source>
        <translation>
            <numerusform>%n invitation made.</numerusform>
            <numerusform>%n invitations made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending after the current mail; the rest stays queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is not going out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail to %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin of this workspace can load sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data goes only into a workspace with no members besides you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s invitations go out through %1 as %2. Enter that password to send them; Usher keeps it in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation mail waits in the outbox until someone with the mail server&apos;s password sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is at the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport People from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite and update many people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, the people listed or the selection, as a CSV file (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n people to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;User List (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a list of people to import, with no connection needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open User &amp;List (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and groups that follow an LDAP directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::MemberActions</name>
    <message numerus="yes">
        <source>all %n user(s) matching the current view and filters</source>
        <translation>
            <numerusform>all %n user matching the current view and filters</numerusform>
            <numerusform>all %n users matching the current view and filters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block sign-in and end their sessions; everything else is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let them sign in again with their old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move to the Deleted view, restorable for %n day(s)</source>
        <translation>
            <numerusform>Move to the Deleted view, restorable for %n day</numerusform>
            <numerusform>Move to the Deleted view, restorable for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back from the Deleted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End their membership of this workspace; their account and other workspaces stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected users %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected users another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role can be given to this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a member directly, without an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one user to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %n User(s) %1</source>
        <translation>
            <numerusform>Make %n User %1</numerusform>
            <numerusform>Make %n Users %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n User(s)</source>
        <translation>
            <numerusform>Disable %n User</numerusform>
            <numerusform>Disable %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n User(s)</source>
        <translation>
            <numerusform>Reactivate %n User</numerusform>
            <numerusform>Reactivate %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>Delete %n User</numerusform>
            <numerusform>Delete %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n User(s)</source>
        <translation>
            <numerusform>Restore %n User</numerusform>
            <numerusform>Restore %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s) from the Workspace</source>
        <translation>
            <numerusform>Remove %n User from the Workspace</numerusform>
            <numerusform>Remove %n Users from the Workspace</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Their account and their other workspaces stay; their groups and sessions here end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected users to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected users out of a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no groups yet: make one on the Groups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>Adding %n person to “%1”</numerusform>
            <numerusform>Adding %n people to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>Removing %n person from “%1”</numerusform>
            <numerusform>Removing %n people from “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected users can be changed so: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n selected user</numerusform>
            <numerusform>%n selected users</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 %2? What they may do changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in and their sessions end now; everything else is kept and Reactivate undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again with their old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from the Deleted view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person is checked on their own; you will see who was changed and who was not. You are left out of a change to several people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Invitation Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the selected invited users a new link; their earlier links stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the workspace&apos;s mail server first (Workspace ▸ Mail Server…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more invited users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open invitation: only invited users are sent one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected users is invited: only invited users are sent an invitation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>Send %n Invitation Again</numerusform>
            <numerusform>Send %n Invitations Again</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new invitation to %1? Each gets a new link by mail and their earlier links stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected users has no open invitation and is left alone.</source>
        <translation>
            <numerusform>%n of the selected users has no open invitation and is left alone.</numerusform>
            <numerusform>%n of the selected users have no open invitation and are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this view is invited: only invited users are sent an invitation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the invited among them are sent one; the others are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection keeps no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete on the service at once and for good; it cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one person: each erasure answers one person&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased; the audit log names them “erased person %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything Usher holds about this person, in every workspace, when they ask (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one person: each export answers one person&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) where you are not an Admin were left out.</source>
        <translation>
            <numerusform>%n workspace where you are not an Admin was left out.</numerusform>
            <numerusform>%n workspaces where you are not an Admin were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything Usher holds about this person to a ZIP file, when they ask (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::MemberPickerDialog</name>
    <message>
        <source>Type a name or email address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click someone to take them off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Showing the first match; type more to narrow them down.</numerusform>
            <numerusform>Showing the first %n matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick someone first: tick them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: they join the group, but cannot sign in until they are reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: they join the group now and can use it once they accept the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: they are removed for good unless restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::OperatorDialog</name>
    <message>
        <source>Set Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no Admin yet. You will be its first Admin; every change you make is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address in &lt;b&gt;%1&lt;/b&gt;. Every change you make is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Usher account for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…?invite=… or …?reset=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link a colleague gave you and choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot Password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail a reset link to the address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with a &amp;Password Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose your own now (at least %n characters); the temporary one stops working.</source>
        <translation>
            <numerusform>You signed in with a temporary password. Choose your own now (at least %n character); the temporary one stops working.</numerusform>
            <numerusform>You signed in with a temporary password. Choose your own now (at least %n characters); the temporary one stops working.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste the invitation or password reset link you were given, and choose your password (at least %n characters). The link works once.</source>
        <translation>
            <numerusform>Paste the invitation or password reset link you were given, and choose your password (at least %n character). The link works once.</numerusform>
            <numerusform>Paste the invitation or password reset link you were given, and choose your password (at least %n characters). The link works once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: enter your address first; the reset link goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 belongs to this workspace, a reset link is on its way there. Open it, or paste it here with &quot;I Have an Invitation or Reset Link&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I Have an Invitation or Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher needs the password of &lt;b&gt;%1&lt;/b&gt; on %2 to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the operating system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept in memory until Usher closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher needs a bearer token for the SCIM service at %1 to connect. Whoever runs the service issues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in the operating system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory until Usher closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher needs the secret of the OAuth client &lt;b&gt;%1&lt;/b&gt; to connect to the SCIM service at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Permissions</name>
    <message>
        <source>A %1 cannot see the members of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot change people&apos;s names, email or picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot create users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot invite people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot resend invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Managers and Admins change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Managers and Admins disable or reactivate people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Managers and Admins delete or restore people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot help with passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Managers and Admins manage groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot see the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Admins change the workspace&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot change someone whose role (%2) is above their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot give the role %2, which is above their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the workspace&apos;s last Admin. Make someone else an Admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).</source>
        <translation>
            <numerusform>Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).</numerusform>
            <numerusform>Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only Admins export or erase someone&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::PersonChange</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::PostgresServerEditor</name>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty; Usher will set it up when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the server is verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Privacy</name>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They also belong to the workspace “%1”, where you are not an active member: an erasure reaches every workspace, so only someone who is an Admin in all of them can make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the last active Admin of the workspace “%1”; make someone else an Admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference (a ticket or letter number): the erasure log keeps it instead of the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s reference is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::PrivacyCommand</name>
    <message>
        <source>Erases everything held about one person, in every workspace, when they ask (GDPR): their account, memberships, groups, invitations, sessions, sign-ins, password resets, mails and waitlist entries; the audit log keeps its events with a pseudonym. Irreversible. Prints a JSON summary. Exit codes: 0 erased, 1 refused or not confirmed, 2 bad input, 3 no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the person to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase as the member &lt;email&gt; (an Admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s reference &lt;ref&gt; (a ticket or letter number), kept in the erasure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request&apos;s reference with --reference: the erasure log keeps it instead of the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased: confirm at a terminal, or add --yes for a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this workspace has the address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address again to erase, anything else to stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 &lt;%2&gt; from %3, for good? Removed with the account: group memberships %4, invitations %5, sessions %6, sign-in records %7, mails %8, waitlist entries %9. Audit events kept with a pseudonym: %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usher privacy export EMAIL FILE.zip writes everything held about them, in the workspaces where you are an Admin, to a ZIP file of JSON and CSV files with a README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: usher privacy export EMAIL FILE.zip [--as EMAIL], or usher privacy erase EMAIL --reference REF [--as EMAIL] [--yes].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ProfileEditor</name>
    <message>
        <source>The system&apos;s certificate authorities if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::RegistrationLinks</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy All Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Role</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SavedView</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited over 3 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in for 90+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 no longer matches the filter (changed since the change began).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SavedViewsModel</name>
    <message numerus="yes">
        <source>%1, %n user(s)</source>
        <translation>
            <numerusform>%1, %n user</numerusform>
            <numerusform>%1, %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::ScheduledSync</name>
    <message>
        <source>Directory sync: the workspace has no directory any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Directory sync stopped without changing anything: it would disable %n people. Open Workspace ▸ Directory Sync… to check the directory and confirm.</source>
        <translation>
            <numerusform>Directory sync stopped without changing anything: it would disable %n person. Open Workspace ▸ Directory Sync… to check the directory and confirm.</numerusform>
            <numerusform>Directory sync stopped without changing anything: it would disable %n people. Open Workspace ▸ Directory Sync… to check the directory and confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync did not run: no password for the directory is saved in your keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ScimBackend</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service does not tell when people last signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service keeps no roles, so people cannot be listed by role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot filter its users, so only “All users” can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SCIM service has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service has no invitations: people are created there directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service sends no mail through Usher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SCIM service keeps no audit log that Usher can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM connection acts as the holder of its token; there is nobody to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords on a SCIM service are looked after by the service itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service is looked after by whoever runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing lists of people into a SCIM service is not offered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the people of a SCIM service is not offered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the service&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SCIM service answers at this address: it has no /ServiceProviderConfig. Check the base URL (it usually ends in /scim/v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the service&apos;s resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the User schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking who the token belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token (the service has no /Me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names and addresses containing the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names and addresses starting with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact user names and addresses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced, but the service ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (ETags): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial changes (PATCH): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service sorts by name, address, role, status and the date joined only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not sort: people are listed in its own order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service only finds names and addresses that start with the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service only finds exact user names and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service changed its order between pages: while you scroll, someone may appear twice or be missed. Search or sort to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Usher&apos;s rule, checked before asking the service.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give someone the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service created the person but did not say their id. Reload to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures cannot be changed on a SCIM service from Usher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the service since you loaded it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the people to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service answered from position %2 when asked for %3, so Usher cannot tell who it means. Nobody was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before their turn; nothing was sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher cannot count this service&apos;s Admins, so it does not take an Admin&apos;s access away here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on the service since you loaded the list. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service does not show sessions that Usher could end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group on a SCIM service has a name and members only; Usher cannot keep a description or permissions there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered more than 64 MB at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s list has no usable totalResults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s list has Resources that are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s list holds something that is not a resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s certificate could not be verified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: nothing accepts connections at this address. Is the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the host name is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the connection to the service was lost (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service did not accept the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service does not allow this connection&apos;s account to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service has no such resource (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service already has someone with this name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: it conflicts with what the service holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: the service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 failed: the service asks to wait %n second before trying again.</numerusform>
            <numerusform>%1 failed: the service asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: the service asks to wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service had a problem of its own (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an access token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the token URL did not accept the client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the answer held no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service refuses the OAuth client&apos;s access tokens (check the client&apos;s audience and scopes for this service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the token is of type “%2”; Usher sends bearer tokens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SCIM service cannot filter its users, so Usher cannot tell who is in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service created the group but did not say its id. Reload to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service did not show the group&apos;s members, and without partial changes (PATCH) a new name would replace them. Rename it on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service keeps no Deleted view and no workspaces of Usher&apos;s: people it deletes are gone for good, and nobody is restored or removed from a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals: the service tells them from small letters, so a search also looks for the text in small letters and with capitals at the start of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, used for changes to several people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered, but not used: each person is changed with their own version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: the service has no attribute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise extension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changes: offered by the service; Usher&apos;s password help needs sign-in history a SCIM service does not give, so it is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changes: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may have made this change before the connection failed; reload to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s answer did not mention this change, so it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service holds its people&apos;s data itself: Delete removes them there for good, and Usher keeps nothing of them to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service is itself the directory its people come from: sync it from LDAP there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ScimServiceEditor</name>
    <message>
        <source>SCIM 2.0 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.org/scim/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.org/oauth2/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None if left empty; some servers need one, e.g. api://usher/.default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the service keeps each person&apos;s Usher role. Leave empty for the standard roles attribute; for a service without roles, name another attribute, such as userType, or an extension&apos;s by its full name (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role attribute:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SecretShownOnceDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Session</name>
    <message>
        <source>Usher cannot connect to this kind of connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search box and table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search; when it is empty, go to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+arrows, Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SignInHelp</name>
    <message>
        <source>Called back on the number on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by their manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, with an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way (say which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how you checked who is asking: callers pretending to be someone else are how accounts are taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: say how you checked who is asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot help yourself from here: change your own password by signing in, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Admins may sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signs in as an Admin: their rights are too wide to borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from this workspace on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their account still exists (for their other workspaces), but it has no place here any more. Invite them again if they should be back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1; restorable until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted person cannot sign in. Restoring gives back their access as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; too long ago to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is about to be purged. Invite them again once it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled, and every seat is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone disabled their access; their password still works once they are reactivated. Check why before reactivating (the Activity tab says who).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating them needs a free seat: free one, or raise the seat limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, not accepted yet; the link works until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in once they have chosen a password with the link in their invitation. Lost the mail? Send a new link; the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, but the invitation no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link in their mail no longer works. Send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n wrong password(s), until %1 (%2)</source>
        <translation>
            <numerusform>Locked after %n wrong password, until %1 (%2)</numerusform>
            <numerusform>Locked after %n wrong passwords, until %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every password they try before then is refused unchecked. Unlock if you are sure it is them; if they do not remember the password, send a reset instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a temporary password, not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with the temporary password they were given and then choose their own. Lost it? Send a reset link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: signs in through their organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with their organisation&apos;s account; problems there are for the team that runs it. A reset link gives them a password here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They never chose a password (or never finished). A reset link lets them choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong on our side; last signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong on our side; never signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their account is active and can sign in. Check the address they type and the page they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their account is active; the wrong passwords below have not locked it. If they forgot the password, send a reset link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No password set; last signed in %1 another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have signed in without a password here (with a link or their organisation&apos;s account). A reset link lets them choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too soon after wrong passwords, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary password, not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SignupSettingsDialog</name>
    <message>
        <source>Reading the signup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public signup: anyone may sign up on the registration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waitlist: hold signups for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who sign up wait in the Waitlist until someone approves or rejects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org, example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses at these domains may sign up or be invited. Empty: every domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations &amp;expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.org/join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrati&amp;on page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web page where invited people choose their password. Links in the mails add ?invite=… to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captcha keys cannot be read or stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key to replace the saved one; an empty field leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are kept in this computer&apos;s keychain, never in the database or a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha: enter the site key %1 gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha: enter the secret key %1 gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup settings were saved, but the captcha keys were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a placeholder nobody can open: enter your web product&apos;s registration page, or invitations lead nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a password reset link sent by the helpdesk or asked for with &quot;Forgot password?&quot; works. The link works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset links expire &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SmtpClient</name>
    <message>
        <source>Security: without encryption, only a mail server on this computer (localhost) can be used; choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server or sender address is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sender address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid recipient address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while preparing the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Source</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by an admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SqliteFileEditor</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist yet; Usher will create it when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::Status</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SyncCommand</name>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync as the member &lt;email&gt; (an Admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the sync would change, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the sync disable up to &lt;count&gt; people even above the workspace&apos;s threshold (after a dry run showed who).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: usher sync [--dry-run] [--confirm-disables COUNT] [--as EMAIL].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm-disables: give the number of people, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n person(s) and %1 group(s) from %2.</source>
        <translation>
            <numerusform>Read %n person and %1 group(s) from %2.</numerusform>
            <numerusform>Read %n people and %1 group(s) from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. After checking, run again with --confirm-disables %1 to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from: set one up in Usher (Workspace ▸ Directory Sync…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 is saved in the keychain: set USHER_LDAP_PASSWORD, or save it in Usher&apos;s Directory Sync dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the entries changed since the last complete sync (faster; finds nobody who left: run without it now and then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete sync yet to read the changes since: reading the whole directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the workspace&apos;s directory (set up in Usher: Workspace ▸ Directory Sync…) and syncs its people and groups: new people added, names and addresses followed, people who left disabled (never deleted). The changes are audited; a JSON report goes to standard output. The bind password comes from USHER_LDAP_PASSWORD (with USHER_LDAP_URL naming the directory it is for), else the keychain. Exit codes: 0 synced, 1 some people refused or skipped, or stopped to ask, 2 bad input, 3 no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USHER_LDAP_PASSWORD is sent only to the directory USHER_LDAP_URL names, over TLS; the workspace&apos;s directory is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SyncOutcomeModel</name>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::SyncPreviewDialog</name>
    <message>
        <source>&amp;Apply Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the directory was read to the end: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n person(s) with the workspace…</source>
        <translation>
            <numerusform>Comparing %n person with the workspace…</numerusform>
            <numerusform>Comparing %n people with the workspace…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync could not be planned: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped part way: %n person(s) or group(s) were not reached; what was done stays. Planned: %1.</source>
        <translation>
            <numerusform>Stopped part way: %n person or group was not reached; what was done stays. Planned: %1.</numerusform>
            <numerusform>Stopped part way: %n people or groups were not reached; what was done stays. Planned: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n directory entr(y/ies) could not be read as people and were left out, such as: %1</source>
        <translation>
            <numerusform>%n directory entry could not be read as a person and was left out: %1</numerusform>
            <numerusform>%n directory entries could not be read as people and were left out, such as: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have checked the directory: disable these %n people.</source>
        <translation>
            <numerusform>I have checked the directory: disable this %n person.</numerusform>
            <numerusform>I have checked the directory: disable these %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the changes listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the directory to be read and compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the workspace follows the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick that you checked the directory before disabling this many people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Directory Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the sync from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who left the directory will be disabled (never deleted): they can no longer sign in, and their sessions end.</source>
        <translation>
            <numerusform>%n person who left the directory will be disabled (never deleted): they can no longer sign in, and their sessions end.</numerusform>
            <numerusform>%n people who left the directory will be disabled (never deleted): they can no longer sign in, and their sessions end.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was not applied: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not applied: the workspace changed since the preview, and the sync would now disable %n people. Check again before confirming.</source>
        <translation>
            <numerusform>Not applied: the workspace changed since the preview, and the sync would now disable %n person. Check again before confirming.</numerusform>
            <numerusform>Not applied: the workspace changed since the preview, and the sync would now disable %n people. Check again before confirming.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::TimeFormat</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UserDetailsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users selected.</source>
        <translation>
            <numerusform>%n users selected.</numerusform>
            <numerusform>%n users selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to restore</source>
        <translation>
            <numerusform>%n day left to restore</numerusform>
            <numerusform>%n days left to restore</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this person out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions Not Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to take them out of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to add them to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions: neither their role nor a group grants any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s): sign-in waits until %1</source>
        <translation>
            <numerusform>%n wrong password: sign-in waits until %1</numerusform>
            <numerusform>%n wrong passwords: sign-in waits until %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget this person&apos;s wrong passwords, so their next sign-in is checked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wrong passwords since this person last signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open: invite them again to send a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be accepted until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed for good after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in anywhere now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed about this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their next password is checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password Help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they cannot sign in, a reset link or a temporary password, in the helpdesk panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UserEditDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB; choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a picture Usher can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but not the role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is the member as saved now. Make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UserExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UserImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted; restore them from the Deleted view before importing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group “%1”; create it first, or let the import create the groups it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group “%1”, and it cannot be created for you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the new group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file would invite %n new people, more than the free seats: %1</source>
        <translation>
            <numerusform>The file would invite %n new person, more than the free seats: %1</numerusform>
            <numerusform>The file would invite %n new people, more than the free seats: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::UserList</name>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (never imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the email addresses. Choose the column that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain “%1” is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a group’s name (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the header names only %n column(s); the import refuses a row with more</source>
        <translation>
            <numerusform>the header names only %n column; the import refuses a row with more</numerusform>
            <numerusform>the header names only %n columns; the import refuses a row with more</numerusform>
        </translation>
    </message>
    <message>
        <source>this address is already in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is synced from a directory: people join it there, not by import (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no group “%2” (%3); the import creates it only when asked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list has %n new people; free seats in %1: %2 (%3). The import refuses a list that does not fit.</source>
        <translation>
            <numerusform>The list has %n new person; free seats in %1: %2 (%3). The import refuses a list that does not fit.</numerusform>
            <numerusform>The list has %n new people; free seats in %1: %2 (%3). The import refuses a list that does not fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UserListModel</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: Usher does not recognise this column’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n Row(s)</source>
        <translation>
            <numerusform>Insert %n Row</numerusform>
            <numerusform>Insert %n Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>Delete %n Row</numerusform>
            <numerusform>Delete %n Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UsersCommand</name>
    <message>
        <source>Writes the members of a workspace to a CSV file (or - for standard output): everyone, a saved view, or a search, in name order. The file comes back through usher csv import unchanged. Exit codes: 0 written, 1 stopped, 2 bad input, 3 no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people of the saved view &lt;view&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people whose name or email contains &lt;text&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people with role &lt;role&gt; (admin, manager, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns to write, comma-separated (default: all): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain data for programs: no apostrophe before fields starting with = + - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: usher users export FILE (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view “%1”; the views are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n people to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UsersModel</name>
    <message>
        <source>This person has never signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::UsersView</name>
    <message>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All except deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no members. Invite people, or load sample data to explore Usher with a realistic organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one&apos;s name or email contains “%1”. Check the spelling or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing Usher database, or create a new one to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name column cannot be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “%1” chooses the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in “%1” right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches these filters. Choose others or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by role, source, group and when people last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations and waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some selected rows are still loading; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who of the selected people this view still lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected person&apos;s details beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no such data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::WaitlistModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchDocument</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem to go to its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose UTF-8 in Save As, or change the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems in %n row(s)</source>
        <translation>
            <numerusform>Problems in %n row</numerusform>
            <numerusform>Problems in %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Rename a column (double-click its heading) so that Usher recognises it, for example “Email”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n already member(s)</source>
        <translation>
            <numerusform> · %n already a member</numerusform>
            <numerusform> · %n already members</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row passes the import’s checks. Problems show here as you type, and the import would refuse the rows they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell beyond the last column and were left out; insert a column first to keep them.</source>
        <translation>
            <numerusform>%n pasted cell fell beyond the last column and was left out; insert a column first to keep it.</numerusform>
            <numerusform>%n pasted cells fell beyond the last column and were left out; insert a column first to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchWindow</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save User List As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order mark (spreadsheets then read accents right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is saved as its file was unless you change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file, or start a new list. Usher checks every row as the import would, and saves the file as it was: no connection is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the top selected cell into the cells below it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows and Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort A to &amp;Z by This Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Z to A by This Co&amp;lumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection in Usher&apos;s main window to import a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n row(s) the import would refuse; they are listed beside the table.</source>
        <translation>
            <numerusform>Saved with %n row the import would refuse; it is listed beside the table.</numerusform>
            <numerusform>Saved with %n rows the import would refuse; they are listed beside the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save User List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don’t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or start a list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this list against the workspace and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — User List Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User List Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column’s name (Usher recognises names such as Email, First name, Last name, Role and Groups):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cell only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s). Undo takes it back in one step.</source>
        <translation>
            <numerusform>Replaced in %n cell. Undo takes it back in one step.</numerusform>
            <numerusform>Replaced in %n cells. Undo takes it back in one step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved User Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Usher closed before %n user list(s) were saved. Open them again?</source>
        <translation>
            <numerusform>Usher closed before %n user list was saved. Open it again?</numerusform>
            <numerusform>Usher closed before %n user lists were saved. Open them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept either way; the next start asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) with unsaved changes opened again.</source>
        <translation>
            <numerusform>%n list with unsaved changes opened again.</numerusform>
            <numerusform>%n lists with unsaved changes opened again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against %1 %2 · &lt;a href=&quot;forget&quot;&gt;Forget&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by the file’s own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection in Usher’s main window to check groups, members and seats too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 has no byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, members (kept as salted hashes, not as a list of addresses) and seats as Usher saw them then. Forget removes them from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::sql::Migrator</name>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade to version %1 (%2) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade to version %1 could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this login may upgrade the database could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no Usher tables yet, and the login “%1” may not create them. Connect once as its owner, the login “%2”, to set it up; Usher changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s schema is at version %1 and this version of Usher needs version %2. Only its owner, the login “%3”, may upgrade it: connect once as “%3” with this version of Usher. The login “%4” changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::sql::SqlBackend</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read as a database; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a SQLite database of another application, not an Usher database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be added; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change got in the way; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user lacks the permission for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is out of resources (disk or memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the user name “%2” or its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be verified: its certificate is not signed by the CA in “%2” or not issued to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted connection to %1 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check that it is running and that the host and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not an active member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a member of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload to see the change, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer a member of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot work in Usher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 here; Usher is for the people who look after the workspace&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your membership could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least 12 characters; others will sign in to this shared database too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Admin could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has an Admin already; ask them to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could not be signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be removed from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching members could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the change was stopped before reaching this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1 is already a member of this workspace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: at most 1 MB after scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1 already belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expired deletions could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expired deletions could not be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted more than %n day(s) ago.</source>
        <translation>
            <numerusform>Deleted more than %n day ago.</numerusform>
            <numerusform>Deleted more than %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s members could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group&apos;s deletion would change could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be added to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be removed from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted; restore them before adding them to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your membership could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: there is already a group called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: enter at least one email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: invite at most %1 people at a time (this list has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: one of the groups no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is no longer open: it was accepted, cancelled or sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a newer invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is no longer pending in %1: the membership was changed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to join %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail could not be taken from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the mail could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default groups: one of the groups no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waitlist could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not keep a waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes signups only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed up before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signups could not be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signups could not be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signup was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains now (%2); cancel the invitation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend it by mail instead: the link then goes only to the invited person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password changed just now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup&apos;s default groups: %1 Change them in Signup Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data goes only into the workspace this file opened with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active Admin of this workspace can load sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sample data goes only into a workspace with no members besides you; this one has %n other member(s).</source>
        <translation>
            <numerusform>Sample data goes only into a workspace with no members besides you; this one has %n other member.</numerusform>
            <numerusform>Sample data goes only into a workspace with no members besides you; this one has %n other members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample data was loaded into this workspace before; it is loaded only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared database you sign in with your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to become this workspace&apos;s Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was removed from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains a view, “%1”, that Usher did not create; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains a trigger, “%1”, that Usher did not create; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine, and %1 is not (or could not be found); choose Encrypted and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: try again in %n second(s), at %1. An Admin can unlock sign-in sooner.</source>
        <translation>
            <numerusform>Too many wrong passwords for this account: try again in %n second, at %1. An Admin can unlock sign-in sooner.</numerusform>
            <numerusform>Too many wrong passwords for this account: try again in %n seconds, at %1. An Admin can unlock sign-in sooner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: only PNG images are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are generated in bulk only into a SQLite file; a PostgreSQL database gets them copied from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be generated; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating people was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at most %1 rows at a time (this list has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the import was stopped, and it imports all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: line %1 was refused, and this import imports all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the dry run was stopped before this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be read for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no open invitation (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace could not be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary password: choose your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset link was used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer reset link or a temporary password replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset link expired before it could be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not known: check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not accepted their invitation yet: resend it instead; they choose their password with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: their password cannot help them sign in until that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no mail server yet, so nothing can be mailed: copy the link instead and give it to %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in as this person could be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why you need to see the product as this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be signed in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops this person from signing in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with this address is or was a member of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset link was used already; each link works once. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset link expired at %1. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link was used or replaced already; each works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link expired; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever issued this sign-in link is no longer an active Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer active in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset link could not be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace sends no mail, so no reset link can reach you. Ask an Admin or the helpdesk for a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: paste the whole link from your mail (it contains &quot;invite=&quot; or &quot;reset=&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This temporary password no longer works (it expired, or a newer one or a reset link replaced it). Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This no longer works: whoever gave it may no longer help this account&apos;s password. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set, but you cannot work in Usher here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset link was withdrawn: a newer link, a temporary password or a change of address replaced it. Use the newest, or ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer there; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an erasure would remove could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data could not be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Usher holds about %1, exported on %2 at their request.

profile.json      Their profile (never their password: only whether they have one), and their membership
                  of each workspace included: role, status, how they joined, when they were last seen,
                  their groups, and every permission they have there with what grants it.
picture.png       Their picture, when they have one.
sessions.csv      Their sign-in sessions: device, browser, IP address, place, when.
sign-ins.csv      Every sign-in attempt recorded: when, whether it succeeded and why not, from where.
invitations.csv   The invitations sent to them or their address.
mails.csv         The mails Usher sent or is sending them (links in them are never kept).
waitlist.csv      Their requests to join through signup, and what was decided.
audit.csv         The audit log&apos;s events about them and by them, with names as they were then.

Workspaces included: %3. Workspaces left out (where whoever exported may not look): %4.
Times are in UTC (ISO 8601). CSV files are UTF-8, comma-separated.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an account already (another workspace): keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and address not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s address %1 is another account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the directory (directory sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the directory (directory sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: the sync was stopped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory sync could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from; set one up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped part way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory settings were changed since the directory was read; read it again before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usher::sql::SqliteFile</name>
    <message>
        <source>Its folder does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder is read-only, so a new database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a SQLite database (the file does not start with a SQLite header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is damaged: its header gives an impossible page size (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is truncated: it should hold %1 bytes but holds only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is truncated or damaged: its size is not a whole number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only. Usher needs to write to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder is read-only. Usher needs to write a journal file beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
