<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>usher::AboutDialog</name>
    <message>
        <source>About Usher</source>
        <translation>Über Usher</translation>
    </message>
    <message>
        <source>Usher %1</source>
        <translation>Usher %1</translation>
    </message>
    <message>
        <source>Database: %1
Built with Qt %2, running on Qt %3.</source>
        <translation>Datenbank: %1
Erstellt mit Qt %2, läuft unter Qt %3.</translation>
    </message>
    <message>
        <source>Manage your organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation>Verwalten Sie die Benutzer und Gruppen Ihrer Organisation: Mitglieder und ihre Rollen, Gruppen und Berechtigungen, Einladungen, die Warteliste für Registrierungen und das Prüfprotokoll.</translation>
    </message>
</context>
<context>
    <name>usher::Application</name>
    <message>
        <source>Open the SQLite database &lt;file&gt; (created if missing).</source>
        <translation>Die SQLite-Datenbank &lt;file&gt; öffnen (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Load &lt;count&gt; sample people when the database has no members yet.</source>
        <translation>&lt;count&gt; Beispielpersonen laden, wenn die Datenbank noch keine Mitglieder hat.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, nl, de) instead of the system&apos;s.</source>
        <translation>&lt;language&gt; (en, nl, de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>--demo needs a number of people between 1 and 10000000.</source>
        <translation>--demo erwartet eine Anzahl von Personen zwischen 1 und 10000000.</translation>
    </message>
    <message>
        <source>Open the saved connection &lt;name&gt;.</source>
        <translation>Die gespeicherte Verbindung &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Work as the member &quot;&lt;name&gt; &lt;email&gt;&quot; of a local database; on a new one, become its first Admin.</source>
        <translation>Als das Mitglied &quot;&lt;name&gt; &lt;email&gt;&quot; einer lokalen Datenbank arbeiten; bei einer neuen Datenbank werden Sie deren erster Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Purges members deleted more than %n day(s) ago, with everything that belongs only to them. For cron; Usher also does it each time it connects.</source>
        <translation>
            <numerusform>Löscht Mitglieder, die vor mehr als %n Tag gelöscht wurden, samt allem, was nur ihnen gehört, endgültig. Für Cron gedacht; Usher erledigt dies auch bei jedem Verbindungsaufbau.</numerusform>
            <numerusform>Löscht Mitglieder, die vor mehr als %n Tagen gelöscht wurden, samt allem, was nur ihnen gehört, endgültig. Für Cron gedacht; Usher erledigt dies auch bei jedem Verbindungsaufbau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: purged %n member(s).</source>
        <translation>
            <numerusform>%1: %n Mitglied endgültig gelöscht.</numerusform>
            <numerusform>%1: %n Mitglieder endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher manages an organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation>Usher verwaltet die Benutzer und Gruppen einer Organisation: Mitglieder und ihre Rollen, Gruppen und Berechtigungen, Einladungen, die Warteliste für Registrierungen und das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message numerus="yes">
        <source>purge-expired  Purge members deleted more than %n day(s) ago, for cron (usher purge-expired --help).</source>
        <translation>
            <numerusform>purge-expired  Mitglieder, die vor mehr als %n Tag gelöscht wurden, endgültig löschen; für Cron (usher purge-expired --help).</numerusform>
            <numerusform>purge-expired  Mitglieder, die vor mehr als %n Tagen gelöscht wurden, endgültig löschen; für Cron (usher purge-expired --help).</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics: print &quot;first-paint &lt;ms&gt;&quot; once the users table shows its first page, then quit (for the benchmark).</source>
        <translation>Diagnose: „first-paint &lt;ms&gt;“ ausgeben, sobald die Benutzertabelle ihre erste Seite zeigt, dann beenden (für den Benchmark).</translation>
    </message>
    <message numerus="yes">
        <source>The users table showed no first page within %n second(s).</source>
        <translation>
            <numerusform>Die Benutzertabelle zeigte innerhalb von %n Sekunde keine erste Seite.</numerusform>
            <numerusform>Die Benutzertabelle zeigte innerhalb von %n Sekunden keine erste Seite.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv check      Check a list of people (CSV): its format, its columns and every row; needs no connection (usher csv --help).
  csv import     Import a list of people: invite the new, update the members (usher csv --help).
  csv edit       Prepare or fix a list of people in the workbench, with no connection (usher csv edit [FILE…]).
  users export   Write the members, a view or a search to CSV (usher users --help).</source>
        <translation>csv check      Eine Personenliste (CSV) prüfen: Format, Spalten und jede Zeile; ohne Verbindung (usher csv --help).
  csv import     Eine Personenliste importieren: Neue einladen, Mitglieder aktualisieren (usher csv --help).
  csv edit       Eine Personenliste in der Werkbank vorbereiten oder korrigieren, ohne Verbindung (usher csv edit [DATEI…]).
  users export   Die Mitglieder, eine Ansicht oder eine Suche als CSV schreiben (usher users --help).</translation>
    </message>
    <message>
        <source>privacy erase  Erase everything held about a person who asks (GDPR; usher privacy --help).</source>
        <translation>privacy erase  Alles löschen, was über eine Person gespeichert ist, auf ihre Anfrage (DSGVO; usher privacy --help).</translation>
    </message>
    <message>
        <source>privacy export Write everything held about a person to a ZIP file (GDPR; usher privacy --help).</source>
        <translation>privacy export Alles, was über eine Person gespeichert ist, in eine ZIP-Datei schreiben (DSGVO; usher privacy --help).</translation>
    </message>
    <message>
        <source>sync           Sync people and groups from the workspace&apos;s LDAP directory, for cron (usher sync --help).</source>
        <translation>sync           Personen und Gruppen aus dem LDAP-Verzeichnis des Arbeitsbereichs synchronisieren; für Cron (usher sync --help).</translation>
    </message>
</context>
<context>
    <name>usher::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>usher::AuditView</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Beliebige Änderung</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitpunkt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Wa&amp;s:</translation>
    </message>
    <message>
        <source>Wh&amp;om:</source>
        <translation>Be&amp;trifft:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Wa&amp;nn:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the events shown (all of them, not only those loaded) as a CSV file</source>
        <translation>Die angezeigten Ereignisse (alle, nicht nur die geladenen) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a database to see who changed what.</source>
        <translation>Öffnen Sie eine Datenbank, um zu sehen, wer was geändert hat.</translation>
    </message>
    <message>
        <source>No matching changes</source>
        <translation>Keine passenden Änderungen</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters. Widen the period or clear a filter.</source>
        <translation>Nichts im Protokoll entspricht diesen Filtern. Wählen Sie einen längeren Zeitraum oder setzen Sie einen Filter zurück.</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Noch keine Änderungen protokolliert</translation>
    </message>
    <message>
        <source>Every change to members is recorded here: who did it, to whom, when, and what changed.</source>
        <translation>Jede Änderung an Mitgliedern wird hier protokolliert: wer sie vorgenommen hat, bei wem, wann und was sich geändert hat.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The audit log cannot be shown</source>
        <translation>Das Prüfprotokoll kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Wer hat was wann geändert</translation>
    </message>
</context>
<context>
    <name>usher::Backend</name>
    <message>
        <source>A %1 connection does not list members.</source>
        <translation>Eine %1-Verbindung listet keine Mitglieder auf.</translation>
    </message>
    <message>
        <source>A %1 connection has no groups.</source>
        <translation>Eine %1-Verbindung hat keine Gruppen.</translation>
    </message>
    <message>
        <source>A %1 connection does not send invitations.</source>
        <translation>Eine %1-Verbindung versendet keine Einladungen.</translation>
    </message>
    <message>
        <source>A %1 connection does not send mail.</source>
        <translation>Eine %1-Verbindung versendet keine E-Mails.</translation>
    </message>
    <message>
        <source>A %1 connection keeps no audit log.</source>
        <translation>Eine %1-Verbindung führt kein Prüfprotokoll.</translation>
    </message>
    <message>
        <source>A %1 connection signs you in when it connects.</source>
        <translation>Eine %1-Verbindung meldet Sie beim Verbinden an.</translation>
    </message>
    <message>
        <source>A %1 connection cannot unlock sign-ins or reset passwords.</source>
        <translation>Eine %1-Verbindung kann weder Anmeldungen entsperren noch Passwörter zurücksetzen.</translation>
    </message>
    <message>
        <source>A %1 connection is looked after elsewhere.</source>
        <translation>Eine %1-Verbindung wird anderswo gewartet.</translation>
    </message>
    <message>
        <source>A %1 connection cannot import lists of people.</source>
        <translation>Eine %1-Verbindung kann keine Personenlisten importieren.</translation>
    </message>
    <message>
        <source>A %1 connection cannot export its members.</source>
        <translation>Eine %1-Verbindung kann ihre Mitglieder nicht exportieren.</translation>
    </message>
    <message>
        <source>A %1 connection cannot erase someone&apos;s personal data.</source>
        <translation>Eine %1-Verbindung kann die personenbezogenen Daten einer Person nicht löschen.</translation>
    </message>
    <message>
        <source>A %1 connection does not sync people from a directory.</source>
        <translation>Eine %1-Verbindung synchronisiert keine Personen aus einem Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>usher::BulkResultDialog</name>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Wait for the change to finish, or stop it.</source>
        <translation>Warten Sie, bis die Änderung abgeschlossen ist, oder halten Sie sie an.</translation>
    </message>
    <message>
        <source>The change was stopped before it started; nobody was changed.</source>
        <translation>Die Änderung wurde angehalten, bevor sie begonnen hat; niemand wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht an der Reihe gewesen</translation>
    </message>
    <message>
        <source>Stop before the next person; what is done stays done and is listed.</source>
        <translation>Vor der nächsten Person anhalten; bereits Erledigtes bleibt bestehen und wird aufgelistet.</translation>
    </message>
    <message>
        <source>Stopping after the current people…</source>
        <translation>Wird nach den Personen angehalten, die gerade an der Reihe sind…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Changed: %1; refused: %2; %n person(s) not reached and left as they were.</source>
        <translation>
            <numerusform>Angehalten. Geändert: %1; abgelehnt: %2; %n Person war nicht an der Reihe und bleibt unverändert.</numerusform>
            <numerusform>Angehalten. Geändert: %1; abgelehnt: %2; %n Personen waren nicht an der Reihe und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n person(s).</source>
        <translation>
            <numerusform>Für %n Person erledigt.</numerusform>
            <numerusform>Für alle %n Personen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for %1; %n person(s) not changed — see why below.</source>
        <translation>
            <numerusform>Für %1 erledigt; %n Person nicht geändert — den Grund finden Sie unten.</numerusform>
            <numerusform>Für %1 erledigt; %n Personen nicht geändert — die Gründe finden Sie unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::CallerCheckDialog</name>
    <message>
        <source>Check Who Is Asking</source>
        <translation>Identität der anfragenden Person prüfen</translation>
    </message>
    <message>
        <source>How did you check that the caller is this person? Attackers phone helpdesks pretending to be employees.</source>
        <translation>Wie haben Sie geprüft, dass die anrufende Person wirklich diese Person ist? Angreifer rufen bei Helpdesks an und geben sich als Mitarbeiter aus.</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Note for the audit log (required for another way)</source>
        <translation>Notiz für das Prüfprotokoll (erforderlich bei „Auf andere Weise“)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Also &amp;sign them out everywhere (their open sessions end)</source>
        <translation>Die Person auch überall &amp;abmelden (offene Sitzungen werden beendet)</translation>
    </message>
    <message>
        <source>Go Ahead</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>usher::ChangeConfirmDialog</name>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation>&amp;Grund (optional, wird im Prüfprotokoll gespeichert):</translation>
    </message>
    <message>
        <source>For example: left the company on 30 November</source>
        <translation>Zum Beispiel: hat das Unternehmen am 30. November verlassen</translation>
    </message>
</context>
<context>
    <name>usher::CommandLine</name>
    <message>
        <source>The SQLite database &lt;file&gt; (default: the local one).</source>
        <translation>Die SQLite-Datenbank &lt;file&gt; (Standard: die lokale).</translation>
    </message>
    <message>
        <source>The saved connection &lt;name&gt;; its password comes from the keychain.</source>
        <translation>Die gespeicherte Verbindung &lt;name&gt;; ihr Passwort kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Say who you are with --as EMAIL: changes are made, checked and audited as a member of the workspace.</source>
        <translation>Geben Sie mit --as E-MAIL an, wer Sie sind: Änderungen werden als Mitglied des Arbeitsbereichs vorgenommen, geprüft und protokolliert.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1 signs in with a password: set USHER_PASSWORD or run the command at a terminal.</source>
        <translation>%1 verlangt ein Passwort: Setzen Sie USHER_PASSWORD oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
</context>
<context>
    <name>usher::ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>A connection name cannot contain a colon (:).</source>
        <translation>Ein Verbindungsname darf keinen Doppelpunkt (:) enthalten.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei aus.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file that signed its certificate.</source>
        <translation>Zum Überprüfen des Servers wird die Datei mit dem CA-Zertifikat benötigt, mit dem sein Zertifikat signiert wurde.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Off (this machine only)</source>
        <translation>Aus (nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted and verified</source>
        <translation>Verschlüsselt und überprüft</translation>
    </message>
    <message>
        <source>The connection details cannot contain a semicolon (;).</source>
        <translation>Die Verbindungsdaten dürfen kein Semikolon (;) enthalten.</translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine (localhost); choose Encrypted and verified.</source>
        <translation>Die Verschlüsselung kann nur für einen Server auf diesem Computer (localhost) ausgeschaltet werden; wählen Sie „Verschlüsselt und überprüft“.</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <source>Enter the service&apos;s base URL, for example https://idp.example.org/scim/v2.</source>
        <translation>Geben Sie die Basis-URL des Dienstes ein, zum Beispiel https://idp.example.org/scim/v2.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// and name a host.</source>
        <translation>Die Basis-URL muss mit https:// beginnen und einen Host enthalten.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a query, a fragment or a user name; the token is asked for separately.</source>
        <translation>Die Basis-URL darf weder eine Abfrage noch ein Fragment oder einen Benutzernamen enthalten; das Token wird separat abgefragt.</translation>
    </message>
    <message>
        <source>A token may travel unencrypted (http://) only to a service on this machine (localhost); use https://.</source>
        <translation>Ein Token darf nur an einen Dienst auf diesem Computer (localhost) unverschlüsselt (http://) übertragen werden; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The time-out must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Enter the OAuth token URL, for example https://idp.example.org/oauth2/token.</source>
        <translation>Geben Sie die OAuth-Token-URL ein, zum Beispiel https://idp.example.org/oauth2/token.</translation>
    </message>
    <message>
        <source>The client secret may travel unencrypted (http://) only to a token URL on this machine (localhost); use https://.</source>
        <translation>Das Client-Geheimnis darf nur an eine Token-URL auf diesem Computer (localhost) unverschlüsselt (http://) gesendet werden; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Geben Sie die OAuth-Client-ID ein.</translation>
    </message>
    <message>
        <source>The role attribute “%1” is not an attribute name: use a name such as userType, or an extension&apos;s attribute by its full name (urn:…:User:division).</source>
        <translation>Das Rollenattribut „%1“ ist kein Attributname: Verwenden Sie einen Namen wie userType oder das Attribut einer Erweiterung mit seinem vollständigen Namen (urn:…:User:division).</translation>
    </message>
</context>
<context>
    <name>usher::ConnectionsDialog</name>
    <message>
        <source>Save the password in the &amp;keychain</source>
        <translation>Passwort im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Asked when connecting if left empty</source>
        <translation>Wird beim Verbinden abgefragt, falls leer</translation>
    </message>
    <message>
        <source>The first workspace</source>
        <translation>Der erste Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Delete this connection and its saved password</source>
        <translation>Diese Verbindung und ihr gespeichertes Passwort löschen</translation>
    </message>
    <message>
        <source>There is no saved connection to remove</source>
        <translation>Es gibt keine gespeicherte Verbindung, die entfernt werden kann</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its saved password? The database itself is not touched.</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Passwort entfernen? Die Datenbank selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already. Choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, with the password in the keychain.</source>
        <translation>Gespeichert, mit dem Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved without the password: %1</source>
        <translation>Ohne das Passwort gespeichert: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”, schema version %3.</source>
        <translation>Verbunden mit %1: Arbeitsbereich „%2“, Schemaversion %3.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Works&amp;pace:</source>
        <translation>A&amp;rbeitsbereich:</translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”. Usher will upgrade its schema from version %3 to %4 when you connect.</source>
        <translation>Mit %1 verbunden: Arbeitsbereich „%2“. Usher aktualisiert das Schema beim Verbinden von Version %3 auf %4.</translation>
    </message>
    <message>
        <source>“%1” is open but not saved; Save keeps it in this list.</source>
        <translation>„%1“ ist geöffnet, aber nicht gespeichert; mit Speichern kommt die Verbindung in diese Liste.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Mit %1 unter %2 verbunden.</translation>
    </message>
    <message>
        <source>Save the secret in the &amp;keychain</source>
        <translation>Geheimnis im &amp;Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>usher::CredentialStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Usher does not store passwords in plain text; it can ask for the password each time instead.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1). Usher speichert Passwörter nicht im Klartext; stattdessen kann Usher jedes Mal nach dem Passwort fragen.</translation>
    </message>
    <message>
        <source>The password could not be read.</source>
        <translation>Das Passwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The password could not be saved.</source>
        <translation>Das Passwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The password could not be removed.</source>
        <translation>Das Passwort konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Not every saved password could be removed.</source>
        <translation>Nicht alle gespeicherten Passwörter konnten entfernt werden.</translation>
    </message>
</context>
<context>
    <name>usher::Csv</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The byte 0x%1 cannot be read as %2. The file may be in another encoding; choose it and read the file again.</source>
        <translation>Das Byte 0x%1 kann nicht als %2 gelesen werden. Die Datei hat vielleicht eine andere Kodierung; wählen Sie diese und lesen Sie die Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>This row has more than %n field(s); the delimiter may be wrong.</source>
        <translation>
            <numerusform>Diese Zeile hat mehr als %n Feld; das Trennzeichen ist vielleicht falsch.</numerusform>
            <numerusform>Diese Zeile hat mehr als %n Felder; das Trennzeichen ist vielleicht falsch.</numerusform>
        </translation>
    </message>
    <message>
        <source>This quote is never closed.</source>
        <translation>Dieses Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte here: it is not a text file, or it is UTF-16 without a byte-order mark.</source>
        <translation>Die Datei enthält hier ein NUL-Byte: Sie ist keine Textdatei, oder sie ist UTF-16 ohne Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>After the closing quote comes “%1”; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Nach dem schließenden Anführungszeichen folgt „%1“; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>A field longer than %n character(s) starts here; a closing quote may be missing.</source>
        <translation>
            <numerusform>Hier beginnt ein Feld mit mehr als %n Zeichen; vielleicht fehlt ein schließendes Anführungszeichen.</numerusform>
            <numerusform>Hier beginnt ein Feld mit mehr als %n Zeichen; vielleicht fehlt ein schließendes Anführungszeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names only %1 column(s).</source>
        <translation>
            <numerusform>Diese Zeile hat %n Feld, die Kopfzeile nennt aber nur %1 Spalten.</numerusform>
            <numerusform>Diese Zeile hat %n Felder, die Kopfzeile nennt aber nur %1 Spalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names %1 column(s).</source>
        <translation>
            <numerusform>Diese Zeile hat %n Feld, die Kopfzeile nennt aber %1 Spalten.</numerusform>
            <numerusform>Diese Zeile hat %n Felder, die Kopfzeile nennt aber %1 Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <source>Linux and macOS (LF)</source>
        <translation>Linux und macOS (LF)</translation>
    </message>
    <message>
        <source>Classic Mac (CR)</source>
        <translation>Klassischer Mac (CR)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The header, column %1: %2 cannot write “%3”.</source>
        <translation>Kopfzeile, Spalte %1: „%3“ kann nicht in %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 cannot write “%4”.</source>
        <translation>Zeile %1, %2: „%4“ kann nicht in %3 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>usher::CsvCommand</name>
    <message>
        <source>Name one file: usher csv check FILE (or - for standard input).</source>
        <translation>Nennen Sie eine Datei: usher csv check DATEI (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Unbekannte Kodierung „%1“; verwenden Sie utf-8, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; | or tab.</source>
        <translation>Unbekanntes Trennzeichen „%1“; verwenden Sie , ; | oder tab.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation>, Spalten von %1</translation>
    </message>
    <message>
        <source>%1: %2, %3%4.</source>
        <translation>%1: %2, %3%4.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>The column “%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation>Die Spalte „%1“ wird nicht importiert: Usher importiert nie Passwörter; jede Person wählt ihr eigenes, wenn sie ihre Einladung annimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 ready to import, %2 refused.</source>
        <translation>
            <numerusform>%n Zeile gelesen: %1 bereit zum Import, %2 abgelehnt.</numerusform>
            <numerusform>%n Zeilen gelesen: %1 bereit zum Import, %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a list of people (CSV) as an import would, with no connection: the file&apos;s encoding and delimiter, its columns, and each row&apos;s address, name, role and groups. The members, groups and seats of a workspace are checked when the file is imported.</source>
        <translation>Prüft eine Personenliste (CSV) wie ein Import, ohne Verbindung: Kodierung und Trennzeichen der Datei, ihre Spalten und in jeder Zeile Adresse, Name, Rolle und Gruppen. Mitglieder, Gruppen und Plätze eines Arbeitsbereichs werden beim Import der Datei geprüft.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The CSV file, or - for standard input.</source>
        <translation>Die CSV-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Read the file as &lt;encoding&gt; (utf-8, utf-16le, utf-16be, windows-1252) instead of detecting it.</source>
        <translation>Die Datei als &lt;encoding&gt; (utf-8, utf-16le, utf-16be, windows-1252) lesen, statt sie zu erkennen.</translation>
    </message>
    <message>
        <source>Split fields on &lt;delimiter&gt; (, ; | or tab) instead of detecting it.</source>
        <translation>Felder an &lt;delimiter&gt; (, ; | oder tab) trennen, statt es zu erkennen.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name one file: usher csv import FILE (or - for standard input).</source>
        <translation>Nennen Sie eine Datei: usher csv import DATEI (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>%1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen…</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1 would be invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation>Probelauf, nichts wurde geändert: %1 würden eingeladen, %2 aktualisiert, %3 unverändert; %4 abgelehnt, %5 nicht erreicht.</translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation>%1 eingeladen, %2 aktualisiert, %3 unverändert; %4 abgelehnt, %5 nicht erreicht.</translation>
    </message>
    <message>
        <source>Imports it: new addresses are invited, members get the file&apos;s name, role and groups (an import never removes anyone from a group). Each row stands on its own unless --all-or-nothing is given; --dry-run checks everything and changes nothing. Exit codes: 0 all rows done, 1 rows refused or not reached, 2 bad input, 3 no connection.</source>
        <translation>Importiert sie: Neue Adressen werden eingeladen, Mitglieder erhalten Name, Rolle und Gruppen aus der Datei (ein Import entfernt niemanden aus einer Gruppe). Jede Zeile steht für sich, außer mit --all-or-nothing; --dry-run prüft alles und ändert nichts. Exit-Codes: 0 alle Zeilen erledigt, 1 Zeilen abgelehnt oder nicht erreicht, 2 ungültige Eingabe, 3 keine Verbindung.</translation>
    </message>
    <message>
        <source>Import as the member &lt;email&gt; (import).</source>
        <translation>Als das Mitglied &lt;email&gt; importieren (import).</translation>
    </message>
    <message>
        <source>Check everything the import would do, and change nothing.</source>
        <translation>Alles prüfen, was der Import tun würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>Import every row or none: one refused row or a Stop (Ctrl+C) undoes them all.</source>
        <translation>Alle Zeilen importieren oder keine: Eine abgelehnte Zeile oder ein Stopp (Strg+C) macht alle rückgängig.</translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist.</source>
        <translation>Die in der Datei genannten Gruppen anlegen, die es noch nicht gibt.</translation>
    </message>
    <message>
        <source>Do not mail the invitations now; send them later from the Invitations page.</source>
        <translation>Die Einladungen jetzt nicht mailen; senden Sie sie später von der Seite Einladungen.</translation>
    </message>
    <message>
        <source>Unknown csv command; use: usher csv check FILE, or usher csv import FILE.</source>
        <translation>Unbekannter csv-Befehl; verwenden Sie: usher csv check DATEI oder usher csv import DATEI.</translation>
    </message>
</context>
<context>
    <name>usher::DatabaseErrorDialog</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Usher cannot open this database</source>
        <translation>Usher kann diese Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Technische Details:</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Create New Database…</source>
        <translation>Neue Datenbank erstellen…</translation>
    </message>
    <message>
        <source>Usher cannot connect to this database</source>
        <translation>Usher kann keine Verbindung zu dieser Datenbank herstellen</translation>
    </message>
    <message>
        <source>Nothing has been changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>Use Local Database</source>
        <translation>Lokale Datenbank verwenden</translation>
    </message>
</context>
<context>
    <name>usher::DeleteConfirmDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; loses access now and moves to the Deleted view. You can restore them there for %n day(s); after that they are purged for good.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; verliert sofort den Zugriff und wird in die Ansicht „Gelöscht“ verschoben. Dort können Sie die Person noch %n Tag lang wiederherstellen; danach wird sie endgültig gelöscht.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; verliert sofort den Zugriff und wird in die Ansicht „Gelöscht“ verschoben. Dort können Sie die Person noch %n Tage lang wiederherstellen; danach wird sie endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)?</source>
        <translation>
            <numerusform>%n Benutzer löschen?</numerusform>
            <numerusform>%n Benutzer löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose access now and move to the Deleted view. You can restore them there for %1 days; after that they are purged for good.</source>
        <translation>
            <numerusform>%n Benutzer verliert sofort den Zugriff und wird in die Ansicht „Gelöscht“ verschoben. Dort können Sie ihn noch %1 Tage lang wiederherstellen; danach wird er endgültig gelöscht.</numerusform>
            <numerusform>%n Benutzer verlieren sofort den Zugriff und werden in die Ansicht „Gelöscht“ verschoben. Dort können Sie sie noch %1 Tage lang wiederherstellen; danach werden sie endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of users, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer (&lt;b&gt;%1&lt;/b&gt;) ein:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Type the confirmation above first.</source>
        <translation>Geben Sie zuerst oben die Bestätigung ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird jetzt und endgültig im Dienst gelöscht, samt Gruppenmitgliedschaften. Der Dienst hat keine Ansicht „Gelöscht“: Usher kann die Person nicht zurückholen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation>
            <numerusform>%n Benutzer wird jetzt und endgültig im Dienst gelöscht, samt Gruppenmitgliedschaften. Der Dienst hat keine Ansicht „Gelöscht“: Usher kann niemanden zurückholen.</numerusform>
            <numerusform>%n Benutzer werden jetzt und endgültig im Dienst gelöscht, samt Gruppenmitgliedschaften. Der Dienst hat keine Ansicht „Gelöscht“: Usher kann niemanden zurückholen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::DirectorySync</name>
    <message>
        <source>Server: enter the directory&apos;s address, such as ldap://ldap.example.org.</source>
        <translation>Server: Geben Sie die Adresse des Verzeichnisses ein, etwa ldap://ldap.example.org.</translation>
    </message>
    <message>
        <source>Server: “%1” is not an LDAP address; it starts with ldap:// or ldaps:// and names a host.</source>
        <translation>Server: „%1“ ist keine LDAP-Adresse; eine LDAP-Adresse beginnt mit ldap:// oder ldaps:// und enthält einen Host.</translation>
    </message>
    <message>
        <source>Server: give the base DNs in their own fields, not in the address.</source>
        <translation>Server: Geben Sie die Basis-DNs in den eigenen Feldern an, nicht in der Adresse.</translation>
    </message>
    <message>
        <source>Security: an ldaps:// address uses TLS from the start; choose “TLS (ldaps)”.</source>
        <translation>Sicherheit: Eine ldaps://-Adresse verwendet TLS von Anfang an; wählen Sie „TLS (ldaps)“.</translation>
    </message>
    <message>
        <source>Security: “TLS (ldaps)” needs an ldaps:// address.</source>
        <translation>Sicherheit: „TLS (ldaps)“ erfordert eine ldaps://-Adresse.</translation>
    </message>
    <message>
        <source>People base DN: enter where the people are, such as ou=people,dc=example,dc=org.</source>
        <translation>Basis-DN für Personen: Geben Sie an, wo die Personen liegen, etwa ou=people,dc=example,dc=org.</translation>
    </message>
    <message>
        <source>Groups base DN: syncing the members of chosen groups needs to know where the groups are.</source>
        <translation>Basis-DN für Gruppen: Um die Mitglieder ausgewählter Gruppen zu synchronisieren, muss bekannt sein, wo die Gruppen liegen.</translation>
    </message>
    <message>
        <source>Stop when disabling more than: give a percentage from 0 to 100.</source>
        <translation>Anhalten bei Deaktivierung von mehr als: Geben Sie einen Prozentsatz von 0 bis 100 an.</translation>
    </message>
    <message>
        <source>Person class</source>
        <translation>Personenklasse</translation>
    </message>
    <message>
        <source>Group class</source>
        <translation>Gruppenklasse</translation>
    </message>
    <message>
        <source>Id attribute</source>
        <translation>ID-Attribut</translation>
    </message>
    <message>
        <source>Email attribute</source>
        <translation>E-Mail-Attribut</translation>
    </message>
    <message>
        <source>Name attribute</source>
        <translation>Namensattribut</translation>
    </message>
    <message>
        <source>First name attribute</source>
        <translation>Attribut für Vorname</translation>
    </message>
    <message>
        <source>Last name attribute</source>
        <translation>Attribut für Nachname</translation>
    </message>
    <message>
        <source>Group name attribute</source>
        <translation>Attribut für Gruppenname</translation>
    </message>
    <message>
        <source>Member attribute</source>
        <translation>Mitgliedsattribut</translation>
    </message>
    <message>
        <source>Login attribute</source>
        <translation>Attribut für Anmeldename</translation>
    </message>
    <message>
        <source>%1: “%2” is not an attribute or class name.</source>
        <translation>%1: „%2“ ist kein Attribut- oder Klassenname.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n verknüpft</numerusform>
            <numerusform>%n verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reactivated</source>
        <translation>
            <numerusform>%n reaktiviert</numerusform>
            <numerusform>%n reaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped for the seat limit</source>
        <translation>
            <numerusform>%n wegen des Platzlimits übersprungen</numerusform>
            <numerusform>%n wegen des Platzlimits übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) changed</source>
        <translation>
            <numerusform>%n Gruppe geändert</numerusform>
            <numerusform>%n Gruppen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory gives no usable address (%1).</source>
        <translation>Das Verzeichnis liefert keine verwendbare Adresse (%1).</translation>
    </message>
    <message>
        <source>Another person in the directory has the same address.</source>
        <translation>Eine andere Person im Verzeichnis hat dieselbe Adresse.</translation>
    </message>
    <message>
        <source>Joins as %1, from the directory.</source>
        <translation>Wird als %1 aus dem Verzeichnis hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted in Usher: restore or remove them before the sync can follow them.</source>
        <translation>In Usher gelöscht: Stellen Sie die Person wieder her oder entfernen Sie sie aus dem Arbeitsbereich, bevor die Synchronisierung sie abgleichen kann.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>The directory&apos;s new address %1 is already %2&apos;s.</source>
        <translation>Die neue Adresse %1 aus dem Verzeichnis gehört bereits %2.</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-Mail: %1 → %2</translation>
    </message>
    <message>
        <source>Already a member with this address: followed by the sync from now on.</source>
        <translation>Bereits Mitglied mit dieser Adresse: wird ab jetzt von der Synchronisierung abgeglichen.</translation>
    </message>
    <message>
        <source>The directory&apos;s listing was not complete (%1), so nobody is disabled.</source>
        <translation>Die Auflistung des Verzeichnisses war nicht vollständig (%1), daher wird niemand deaktiviert.</translation>
    </message>
    <message>
        <source>You run this sync: disable yourself by hand if you mean to.</source>
        <translation>Sie führen diese Synchronisierung aus: Deaktivieren Sie sich von Hand, wenn Sie das beabsichtigen.</translation>
    </message>
    <message>
        <source>Left the directory, but stays active: %1</source>
        <translation>Nicht mehr im Verzeichnis, bleibt aber aktiv: %1</translation>
    </message>
    <message numerus="yes">
        <source>This sync would disable %n of the %1 people it follows, more than the %2 % you allow. A wrong base DN or a directory that answered only in part looks like this; check the directory before you confirm.</source>
        <translation>
            <numerusform>Diese Synchronisierung würde %n der %1 abgeglichenen Personen deaktivieren, mehr als die %2 %, die Sie zulassen. So sieht ein falscher Basis-DN oder ein Verzeichnis aus, das nur teilweise geantwortet hat; prüfen Sie das Verzeichnis, bevor Sie bestätigen.</numerusform>
            <numerusform>Diese Synchronisierung würde %n der %1 abgeglichenen Personen deaktivieren, mehr als die %2 %, die Sie zulassen. So sieht ein falscher Basis-DN oder ein Verzeichnis aus, das nur teilweise geantwortet hat; prüfen Sie das Verzeichnis, bevor Sie bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be added or reactivated: the workspace has no free seat.</source>
        <translation>
            <numerusform>%n Person konnte nicht hinzugefügt oder reaktiviert werden: Der Arbeitsbereich hat keinen freien Platz.</numerusform>
            <numerusform>%n Personen konnten nicht hinzugefügt oder reaktiviert werden: Der Arbeitsbereich hat keinen freien Platz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another synced group is already called “%1”.</source>
        <translation>Eine andere synchronisierte Gruppe heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Usher already has a group called “%1” of its own: rename it to sync this one.</source>
        <translation>Usher hat bereits eine eigene Gruppe namens „%1“: Benennen Sie sie um, damit diese Gruppe aus dem Verzeichnis synchronisiert werden kann.</translation>
    </message>
    <message>
        <source>Renamed: %1 → %2</source>
        <translation>Umbenannt: %1 → %2</translation>
    </message>
    <message>
        <source>Created from the directory.</source>
        <translation>Aus dem Verzeichnis angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n Mitglied hinzugefügt</numerusform>
            <numerusform>%n Mitglieder hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>%n Mitglied entfernt</numerusform>
            <numerusform>%n Mitglieder entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer in the directory: its %n member(s) removed</source>
        <translation>
            <numerusform>Nicht mehr im Verzeichnis: %n Mitglied entfernt</numerusform>
            <numerusform>Nicht mehr im Verzeichnis: alle %n Mitglieder entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht an der Reihe gewesen</translation>
    </message>
    <message>
        <source>Would be added</source>
        <translation>Würde hinzugefügt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Would be linked</source>
        <translation>Würde verknüpft</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>Würde aktualisiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Would be reactivated</source>
        <translation>Würde reaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Would be disabled</source>
        <translation>Würde deaktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sync: tick at least one group whose members are synced.</source>
        <translation>Synchronisieren: Haken Sie mindestens eine Gruppe an, deren Mitglieder synchronisiert werden.</translation>
    </message>
    <message>
        <source>Schedule: give minutes from 0 (only when asked) to a week.</source>
        <translation>Zeitplan: Geben Sie Minuten von 0 (nur auf Anforderung) bis zu einer Woche an.</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>This address is %1&apos;s, who is linked to another entry of the directory.</source>
        <translation>Diese Adresse gehört %1, der oder die mit einem anderen Eintrag des Verzeichnisses verknüpft ist.</translation>
    </message>
    <message>
        <source>Back in the directory.</source>
        <translation>Wieder im Verzeichnis.</translation>
    </message>
    <message>
        <source>Left the directory or its chosen groups.</source>
        <translation>Hat das Verzeichnis oder die gewählten Gruppen verlassen.</translation>
    </message>
    <message>
        <source>Left the directory.</source>
        <translation>Hat das Verzeichnis verlassen.</translation>
    </message>
    <message>
        <source>Change time attribute</source>
        <translation>Attribut für Änderungszeit</translation>
    </message>
    <message>
        <source>Another group of the directory is also called “%1”.</source>
        <translation>Eine andere Gruppe des Verzeichnisses heißt ebenfalls „%1“.</translation>
    </message>
    <message>
        <source>The directory listed no groups, so the synced groups keep their members. Check the groups base DN.</source>
        <translation>Das Verzeichnis hat keine Gruppen aufgelistet, daher behalten die synchronisierten Gruppen ihre Mitglieder. Prüfen Sie den Basis-DN für Gruppen.</translation>
    </message>
    <message>
        <source>Person filter: write one LDAP filter in parentheses, such as (department=Sales).</source>
        <translation>Personenfilter: Schreiben Sie einen LDAP-Filter in Klammern, etwa (department=Sales).</translation>
    </message>
    <message>
        <source>Erased from Usher at their request: take them out of the directory (or the synced groups) to end this.</source>
        <translation>Auf eigenen Wunsch aus Usher gelöscht: Nehmen Sie die Person aus dem Verzeichnis (oder den synchronisierten Gruppen), um dies zu beenden.</translation>
    </message>
</context>
<context>
    <name>usher::DirectorySyncDialog</name>
    <message>
        <source>Members are named by their DN (member, uniqueMember)</source>
        <translation>Mitglieder werden über ihren DN angegeben (member, uniqueMember)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>OpenLDAP</source>
        <translation>OpenLDAP</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>FreeIPA</source>
        <translation>FreeIPA</translation>
    </message>
    <message>
        <source>Fills in the attributes this kind of directory usually uses.</source>
        <translation>Trägt die Attribute ein, die diese Art von Verzeichnis üblicherweise verwendet.</translation>
    </message>
    <message>
        <source>For example: ldap://ldap.example.org</source>
        <translation>Zum Beispiel: ldap://ldap.example.org</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation>TLS (ldaps)</translation>
    </message>
    <message>
        <source>None — test servers only</source>
        <translation>Keine — nur für Testserver</translation>
    </message>
    <message>
        <source>Sends the password and everyone&apos;s data unencrypted.</source>
        <translation>Sendet das Passwort und die Daten aller Personen unverschlüsselt.</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>For example: cn=usher,ou=services,dc=example,dc=org (empty: anonymous)</source>
        <translation>Zum Beispiel: cn=usher,ou=services,dc=example,dc=org (leer: anonym)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>For example: ou=people,dc=example,dc=org</source>
        <translation>Zum Beispiel: ou=people,dc=example,dc=org</translation>
    </message>
    <message>
        <source>Empty: groups are not synced</source>
        <translation>Leer: Gruppen werden nicht synchronisiert</translation>
    </message>
    <message>
        <source>Everyone under the people base DN</source>
        <translation>Alle unterhalb des Basis-DN für Personen</translation>
    </message>
    <message>
        <source>Members of the groups ticked below</source>
        <translation>Mitglieder der unten angehakten Gruppen</translation>
    </message>
    <message>
        <source>Groups to sync</source>
        <translation>Zu synchronisierende Gruppen</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>While Usher is open; for a server, run “usher sync” from cron.</source>
        <translation>Solange Usher geöffnet ist; auf einem Server führen Sie „usher sync“ per Cron aus.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A sync that would disable more of the people it follows stops and asks first: a wrong base DN or a directory that answered only in part looks like everyone leaving.</source>
        <translation>Eine Synchronisierung, die mehr der abgeglichenen Personen deaktivieren würde, hält an und fragt zuerst nach: Ein falscher Basis-DN oder ein Verzeichnis, das nur teilweise geantwortet hat, sieht aus, als würden alle gehen.</translation>
    </message>
    <message>
        <source>Connects with the settings as typed and counts what a sync would see.</source>
        <translation>Verbindet sich mit den eingegebenen Einstellungen und zählt, was eine Synchronisierung sehen würde.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind-DN:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>What is synced</source>
        <translation>Was synchronisiert wird</translation>
    </message>
    <message>
        <source>&amp;People base DN:</source>
        <translation>Basis-DN für &amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Groups base DN:</source>
        <translation>Basis-DN für &amp;Gruppen:</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;ynchronisieren:</translation>
    </message>
    <message>
        <source>Stop when &amp;disabling more than:</source>
        <translation>Anhalten bei Deaktivierung von &amp;mehr als:</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>Att&amp;ribute</translation>
    </message>
    <message>
        <source>Person class:</source>
        <translation>Personenklasse:</translation>
    </message>
    <message>
        <source>Group class:</source>
        <translation>Gruppenklasse:</translation>
    </message>
    <message>
        <source>Id attribute:</source>
        <translation>ID-Attribut:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>E-Mail-Attribut:</translation>
    </message>
    <message>
        <source>Name attribute:</source>
        <translation>Namensattribut:</translation>
    </message>
    <message>
        <source>First name attribute:</source>
        <translation>Attribut für Vorname:</translation>
    </message>
    <message>
        <source>Last name attribute:</source>
        <translation>Attribut für Nachname:</translation>
    </message>
    <message>
        <source>Group name attribute:</source>
        <translation>Attribut für Gruppenname:</translation>
    </message>
    <message>
        <source>Member attribute:</source>
        <translation>Mitgliedsattribut:</translation>
    </message>
    <message>
        <source>Login attribute:</source>
        <translation>Attribut für Anmeldename:</translation>
    </message>
    <message>
        <source>A value that never changes while the entry lives: people are matched by it, never by their address alone.</source>
        <translation>Ein Wert, der sich nie ändert, solange der Eintrag besteht: Personen werden daran erkannt, nie allein an ihrer Adresse.</translation>
    </message>
    <message>
        <source>The workspace&apos;s people and groups can follow an LDAP directory: new people are added, names and addresses followed, and people who leave are disabled, never deleted. Synced groups are changed only in the directory.</source>
        <translation>Die Personen und Gruppen des Arbeitsbereichs können mit einem LDAP-Verzeichnis abgeglichen werden: Neue Personen werden hinzugefügt, Namen und Adressen übernommen, und Personen, die gehen, werden deaktiviert, niemals gelöscht. Synchronisierte Gruppen werden nur im Verzeichnis geändert.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Letzte Synchronisierung %1: %2</translation>
    </message>
    <message>
        <source>Saved, not synced yet.</source>
        <translation>Gespeichert, noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s directory settings…</source>
        <translation>Verzeichniseinstellungen des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Enter the directory&apos;s address.</source>
        <translation>Geben Sie die Adresse des Verzeichnisses ein.</translation>
    </message>
    <message>
        <source>Saves the settings, reads the directory and shows what a sync would change, before anything changes.</source>
        <translation>Speichert die Einstellungen, liest das Verzeichnis und zeigt, was eine Synchronisierung ändern würde, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Test Connection lists the directory&apos;s groups here.</source>
        <translation>„Verbindung testen“ listet hier die Gruppen des Verzeichnisses auf.</translation>
    </message>
    <message>
        <source>The settings are saved; the password is asked for each sync.</source>
        <translation>Die Einstellungen sind gespeichert; das Passwort wird bei jeder Synchronisierung abgefragt.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sync…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Change time attribute:</source>
        <translation>Attribut für Änderungszeit:</translation>
    </message>
    <message>
        <source>Scheduled runs read only the entries changed since the last one, and the whole directory once a day.</source>
        <translation>Geplante Läufe lesen nur die seit dem letzten geänderten Einträge und einmal am Tag das ganze Verzeichnis.</translation>
    </message>
    <message>
        <source>Type the password for this directory</source>
        <translation>Geben Sie das Passwort für dieses Verzeichnis ein</translation>
    </message>
    <message>
        <source>Person filter:</source>
        <translation>Personenfilter:</translation>
    </message>
    <message>
        <source>Optional, such as (department=Sales)</source>
        <translation>Optional, etwa (department=Sales)</translation>
    </message>
</context>
<context>
    <name>usher::Email</name>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>die Adresse ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the address contains a space or control character</source>
        <translation>die Adresse enthält ein Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation>die Adresse enthält kein @</translation>
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation>die Adresse enthält mehr als ein @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>nichts vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>misplaced dot before the @</source>
        <translation>Punkt an ungültiger Stelle vor dem @</translation>
    </message>
    <message>
        <source>no domain after the @</source>
        <translation>keine Domain nach dem @</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a full domain name</source>
        <translation>die Domain &quot;%1&quot; ist kein vollständiger Domainname</translation>
    </message>
</context>
<context>
    <name>usher::ErasureDialog</name>
    <message>
        <source>Erase %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>their account and profile, with their membership of %1</source>
        <translation>das Konto und Profil samt Mitgliedschaft in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n Gruppenmitgliedschaft</numerusform>
            <numerusform>%n Gruppenmitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in record(s)</source>
        <translation>
            <numerusform>%n Anmeldeeintrag</numerusform>
            <numerusform>%n Anmeldeeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password reset(s)</source>
        <translation>
            <numerusform>%n Passwortzurücksetzung</numerusform>
            <numerusform>%n Passwortzurücksetzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n E-Mail im Postausgang</numerusform>
            <numerusform>%n E-Mails im Postausgang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlist entr(y/ies)</source>
        <translation>
            <numerusform>%n Wartelisteneintrag</numerusform>
            <numerusform>%n Wartelisteneinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) asked to be erased. This removes, at once and for good:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) hat um Löschung gebeten. Damit wird sofort und endgültig entfernt:</translation>
    </message>
    <message numerus="yes">
        <source>The %n audit log event(s) that name them are kept, with a pseudonym in place of their names and address. This cannot be undone.</source>
        <translation>
            <numerusform>Das %n Ereignis im Prüfprotokoll, das die Person nennt, bleibt erhalten, mit einem Pseudonym statt Name und Adresse. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Ereignisse im Prüfprotokoll, die die Person nennen, bleiben erhalten, mit einem Pseudonym statt Name und Adresse. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The ticket or letter number of the request</source>
        <translation>Die Ticket- oder Briefnummer der Anfrage</translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation>&amp;Referenz der Anfrage:</translation>
    </message>
    <message>
        <source>Type their &amp;address:</source>
        <translation>Geben Sie die &amp;Adresse ein:</translation>
    </message>
    <message>
        <source>The erasure log keeps who erased, when, the pseudonym and the reference; nothing about the person.</source>
        <translation>Das Löschprotokoll speichert, wer wann gelöscht hat, das Pseudonym und die Referenz; nichts über die Person.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference first.</source>
        <translation>Geben Sie zuerst die Referenz der Anfrage ein.</translation>
    </message>
    <message>
        <source>Type their address above first.</source>
        <translation>Geben Sie zuerst oben die Adresse ein.</translation>
    </message>
</context>
<context>
    <name>usher::ExportDialog</name>
    <message>
        <source>Plain data for programs: write fields exactly as they are</source>
        <translation>Reine Daten für Programme: Felder genau so schreiben, wie sie sind</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Every member (not the deleted)</source>
        <translation>Jedes Mitglied (nicht die gelöschten)</translation>
    </message>
    <message>
        <source>The people listed now: %1</source>
        <translation>Die jetzt aufgeführten Personen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected person(s)</source>
        <translation>
            <numerusform>Die %n ausgewählte Person</numerusform>
            <numerusform>Die %n ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select people in the table first</source>
        <translation>Wählen Sie zuerst Personen in der Tabelle aus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Otherwise a field starting with = + - or @ gets an apostrophe, so a spreadsheet shows it instead of running it as a formula</source>
        <translation>Sonst erhält ein Feld, das mit = + - oder @ beginnt, einen Apostroph, damit eine Tabellenkalkulation es anzeigt, statt es als Formel auszuführen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>usher::Gate</name>
    <message>
        <source>Say who you are first (File ▸ Sign In…): every change records who made it.</source>
        <translation>Sagen Sie zuerst, wer Sie sind (Datei ▸ Anmelden…): Jede Änderung hält fest, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
</context>
<context>
    <name>usher::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the people are kept.&lt;/b&gt; Usher starts on a database file on this computer. To work in your team&apos;s shared database, add it under %1.</source>
        <translation>&lt;b&gt;Wo die Personen liegen.&lt;/b&gt; Usher beginnt mit einer Datenbankdatei auf diesem Computer. Um in der gemeinsamen Datenbank Ihres Teams zu arbeiten, fügen Sie sie unter %1 hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring people in.&lt;/b&gt; %1 sends invitations by mail or as links; %2 reads a list saved as CSV from a spreadsheet; %3 adds one person by hand.</source>
        <translation>&lt;b&gt;Personen hereinholen.&lt;/b&gt; %1 verschickt Einladungen per E-Mail oder als Links; %2 liest eine aus einer Tabellenkalkulation als CSV gespeicherte Liste; %3 legt eine Person von Hand an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide what they may do.&lt;/b&gt; A person&apos;s role (%1) sets what they may change in Usher; groups (%2) give permissions to many people at once.</source>
        <translation>&lt;b&gt;Festlegen, was sie dürfen.&lt;/b&gt; Die Rolle einer Person (%1) bestimmt, was sie in Usher ändern darf; Gruppen (%2) geben vielen Personen auf einmal Berechtigungen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;When someone leaves.&lt;/b&gt; %1 stops them signing in and can be undone; %2 takes them out of the lists, and %3 brings them back within %n day(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Wenn jemand geht.&lt;/b&gt; %1 hindert die Person an der Anmeldung und lässt sich rückgängig machen; %2 nimmt sie aus den Listen, und %3 holt sie innerhalb eines Tages zurück.</numerusform>
            <numerusform>&lt;b&gt;Wenn jemand geht.&lt;/b&gt; %1 hindert die Person an der Anmeldung und lässt sich rückgängig machen; %2 nimmt sie aus den Listen, und %3 holt sie innerhalb von %n Tagen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher keeps the people of your organisation: who they are, which role they have and which groups they are in.</source>
        <translation>Usher verwaltet die Personen Ihrer Organisation: wer sie sind, welche Rolle sie haben und in welchen Gruppen sie sind.</translation>
    </message>
    <message>
        <source>Every key is listed under %1.</source>
        <translation>Alle Tasten finden Sie unter %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is lost.&lt;/b&gt; Every change is written to the audit log (%1), with who made it and when.</source>
        <translation>&lt;b&gt;Nichts geht verloren.&lt;/b&gt; Jede Änderung wird im Prüfprotokoll (%1) festgehalten: wer sie vorgenommen hat und wann.</translation>
    </message>
</context>
<context>
    <name>usher::GroupDeleteDialog</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Working out who would lose what…</source>
        <translation>Wird ermittelt, wer was verlieren würde…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Verliert</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>Gruppe &amp;löschen</translation>
    </message>
    <message>
        <source>Available once Usher knows who would lose what.</source>
        <translation>Verfügbar, sobald Usher weiß, wer was verlieren würde.</translation>
    </message>
    <message>
        <source>Usher could not work out what the deletion would change.</source>
        <translation>Usher konnte nicht ermitteln, was das Löschen ändern würde.</translation>
    </message>
    <message>
        <source>“%1” has no members. Deleting it changes nobody&apos;s access.</source>
        <translation>„%1“ hat keine Mitglieder. Das Löschen ändert an niemandes Zugriff etwas.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody loses access: the %n member(s) of “%1” keep everything through their role or other groups.</source>
        <translation>
            <numerusform>Niemand verliert Zugriff: %n Mitglied von „%1“ behält alles über die eigene Rolle oder andere Gruppen.</numerusform>
            <numerusform>Niemand verliert Zugriff: Die %n Mitglieder von „%1“ behalten alles über ihre Rolle oder andere Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will lose access they have only through “%1”:</source>
        <translation>
            <numerusform>%n Mitglied verliert Zugriff, den es nur über „%1“ hat:</numerusform>
            <numerusform>%n Mitglieder verlieren Zugriff, den sie nur über „%1“ haben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) keep everything through their role or other groups.</source>
        <translation>
            <numerusform>%n weiteres Mitglied behält alles über die eigene Rolle oder andere Gruppen.</numerusform>
            <numerusform>%n weitere Mitglieder behalten alles über ihre Rolle oder andere Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log and cannot be undone.</source>
        <translation>Das Löschen wird im Prüfprotokoll festgehalten und kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>usher::GroupEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>For example: Support, Finance, Contractors</source>
        <translation>Zum Beispiel: Support, Finanzen, Externe</translation>
    </message>
    <message>
        <source>What the group is for (optional)</source>
        <translation>Wofür die Gruppe gedacht ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Members of this group may</source>
        <translation>Mitglieder dieser Gruppe dürfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create Group</source>
        <translation>Gruppe an&amp;legen</translation>
    </message>
</context>
<context>
    <name>usher::GroupMembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
</context>
<context>
    <name>usher::Groups</name>
    <message>
        <source>View people</source>
        <translation>Personen anzeigen</translation>
    </message>
    <message>
        <source>See the workspace&apos;s members, their groups and status.</source>
        <translation>Die Mitglieder des Arbeitsbereichs mit ihren Gruppen und ihrem Status sehen.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Send invitations and approve the waitlist.</source>
        <translation>Einladungen senden und Registrierungen auf der Warteliste genehmigen.</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Personen verwalten</translation>
    </message>
    <message>
        <source>Change roles, disable, delete and restore members.</source>
        <translation>Rollen ändern sowie Mitglieder deaktivieren, löschen und wiederherstellen.</translation>
    </message>
    <message>
        <source>Help with passwords</source>
        <translation>Bei Passwörtern helfen</translation>
    </message>
    <message>
        <source>Send reset links, set temporary passwords, unlock accounts.</source>
        <translation>Links zum Zurücksetzen senden, temporäre Passwörter festlegen und Konten entsperren.</translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation>Gruppen verwalten</translation>
    </message>
    <message>
        <source>Create, rename and delete groups and change their members.</source>
        <translation>Gruppen anlegen, umbenennen und löschen sowie ihre Mitglieder ändern.</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Prüfprotokoll anzeigen</translation>
    </message>
    <message>
        <source>See who changed what, and when.</source>
        <translation>Sehen, wer was wann geändert hat.</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Abrechnung verwalten</translation>
    </message>
    <message>
        <source>Change the plan, the seat cap and payment details.</source>
        <translation>Tarif, Platzlimit und Zahlungsdaten ändern.</translation>
    </message>
    <message>
        <source>Edit automations</source>
        <translation>Automatisierungen bearbeiten</translation>
    </message>
    <message>
        <source>Create and change automated workflows.</source>
        <translation>Automatisierte Workflows anlegen und ändern.</translation>
    </message>
    <message>
        <source>Name: a group needs a name.</source>
        <translation>Name: Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name: at most 100 characters (this one has %1).</source>
        <translation>Name: höchstens 100 Zeichen (dieser hat %1).</translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation>Name: Steuerzeichen (etwa Tabulatoren oder Zeilenumbrüche) sind nicht zulässig.</translation>
    </message>
    <message>
        <source>Permissions: “%1” is not a permission Usher knows (known: %2).</source>
        <translation>Berechtigungen: „%1“ ist keine Berechtigung, die Usher kennt (bekannt: %2).</translation>
    </message>
    <message>
        <source>your directory</source>
        <translation>Ihrem Verzeichnis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>“%1” is synced from %2 (last sync: %3). Change its name and members there; Usher would undo a change made here at the next sync.</source>
        <translation>„%1“ wird aus %2 synchronisiert (letzte Synchronisierung: %3). Ändern Sie Namen und Mitglieder dort; Usher würde eine hier vorgenommene Änderung bei der nächsten Synchronisierung rückgängig machen.</translation>
    </message>
    <message>
        <source>A %1 cannot give people “%2”, which their own role does not have. Ask an Admin.</source>
        <translation>Ein %1 kann anderen nicht „%2“ gewähren, da die eigene Rolle diese Berechtigung nicht hat. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>A %1 cannot take “%2” away from people, which their own role does not have. Ask an Admin.</source>
        <translation>Ein %1 kann anderen „%2“ nicht entziehen, da die eigene Rolle diese Berechtigung nicht hat. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>A %1 cannot delete “%2”: it has members whose role (%3) is above their own.</source>
        <translation>Ein %1 kann „%2“ nicht löschen: Die Gruppe hat Mitglieder, deren Rolle (%3) über der eigenen liegt.</translation>
    </message>
</context>
<context>
    <name>usher::GroupsModel</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Made in Usher: its name and members are changed here.</source>
        <translation>In Usher angelegt: Name und Mitglieder werden hier geändert.</translation>
    </message>
    <message>
        <source>Synced from %1; last sync %2. Its name and members are changed there.</source>
        <translation>Synchronisiert aus %1; letzte Synchronisierung: %2. Name und Mitglieder werden dort geändert.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>einem Verzeichnis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Made in Usher</source>
        <translation>In Usher angelegt</translation>
    </message>
    <message>
        <source>Kept by the %1 service; Usher changes its name and members there.</source>
        <translation>Vom %1-Dienst verwaltet; Usher ändert Namen und Mitglieder dort.</translation>
    </message>
</context>
<context>
    <name>usher::GroupsView</name>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Gruppe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Gruppe &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Add Members…</source>
        <translation>Mitglieder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Members</source>
        <translation>Mitglieder &amp;entfernen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Export Members of “%1”</source>
        <translation>Mitglieder von „%1“ exportieren</translation>
    </message>
    <message>
        <source>%1 members.csv</source>
        <translation>%1 Mitglieder.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation>Gruppe auswählen</translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members and what it grants.</source>
        <translation>Wählen Sie links eine Gruppe aus, um ihre Mitglieder zu sehen und was sie gewährt.</translation>
    </message>
    <message>
        <source>Synced from %1, last sync %2. Its name and members are changed in the directory.</source>
        <translation>Synchronisiert aus %1, letzte Synchronisierung %2. Name und Mitglieder werden im Verzeichnis geändert.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>einem Verzeichnis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Made in Usher on %1.</source>
        <translation>Am %1 in Usher angelegt.</translation>
    </message>
    <message>
        <source>Grants no permissions; members have what their role gives them.</source>
        <translation>Gewährt keine Berechtigungen; Mitglieder haben, was ihre Rolle ihnen gibt.</translation>
    </message>
    <message>
        <source>Members may: %1</source>
        <translation>Mitglieder dürfen: %1</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Wählen Sie zuerst eine Gruppe aus.</translation>
    </message>
    <message>
        <source>Create a group and choose what it grants</source>
        <translation>Gruppe anlegen und festlegen, was sie gewährt</translation>
    </message>
    <message>
        <source>Change what the group grants (its name comes from the directory)</source>
        <translation>Ändern, was die Gruppe gewährt (ihr Name stammt aus dem Verzeichnis)</translation>
    </message>
    <message>
        <source>Rename the group or change what it grants</source>
        <translation>Gruppe umbenennen oder ändern, was sie gewährt</translation>
    </message>
    <message>
        <source>Delete the group, after seeing who loses what</source>
        <translation>Gruppe löschen, nachdem Sie gesehen haben, wer was verliert</translation>
    </message>
    <message>
        <source>Find people and add them to the group</source>
        <translation>Personen suchen und zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Select members in the list first.</source>
        <translation>Wählen Sie zuerst Mitglieder in der Liste aus.</translation>
    </message>
    <message>
        <source>Take the selected members out of the group</source>
        <translation>Die ausgewählten Mitglieder aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>The group has no members.</source>
        <translation>Die Gruppe hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>Save the members and since when as a CSV file, for an access review</source>
        <translation>Die Mitglieder samt Beitrittsdatum als CSV-Datei speichern, für eine Zugriffsprüfung</translation>
    </message>
    <message>
        <source>No group matches “%1”</source>
        <translation>Keine Gruppe passt zu „%1“</translation>
    </message>
    <message>
        <source>Search looks at names and descriptions.</source>
        <translation>Die Suche berücksichtigt Namen und Beschreibungen.</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <source>Groups grant permissions to their members: make one for each team or job.</source>
        <translation>Gruppen gewähren ihren Mitgliedern Berechtigungen: Legen Sie eine für jedes Team oder jede Aufgabe an.</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Gruppe angelegt.</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Gruppe gespeichert.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Gruppe „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Add Members to “%1”</source>
        <translation>Mitglieder zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Person(s)</source>
        <translation>
            <numerusform>%n Person hinzufügen</numerusform>
            <numerusform>%n Personen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>%n Person wird zu „%1“ hinzugefügt</numerusform>
            <numerusform>%n Personen werden zu „%1“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>%n Person wird aus „%1“ entfernt</numerusform>
            <numerusform>%n Personen werden aus „%1“ entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1.</source>
        <translation>
            <numerusform>%n Mitglied nach %1 exportiert.</numerusform>
            <numerusform>%n Mitglieder nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitglieder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Groups, their members and what they grant</source>
        <translation>Gruppen, ihre Mitglieder und was sie gewähren</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 ist in „%2“.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 ist nicht mehr in „%2“.</translation>
    </message>
</context>
<context>
    <name>usher::HelpdeskView</name>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Helpdesk</translation>
    </message>
    <message>
        <source>Why can&apos;t someone sign in? Reset, unlock and diagnose</source>
        <translation>Warum kann sich jemand nicht anmelden? Zurücksetzen, entsperren und diagnostizieren</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation>Link zum Zurücksetzen senden</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Anmeldung entsperren</translation>
    </message>
    <message>
        <source>Sign In as Them</source>
        <translation>Als diese Person anmelden</translation>
    </message>
    <message>
        <source>Who is calling? Name, email or id, then Enter</source>
        <translation>Wer ruft an? Name, E-Mail oder ID, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Find the caller</source>
        <translation>Anrufer suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Recent failed sign-ins</source>
        <translation>Letzte fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or email above and press Enter.
Their sign-in state, what stops them and the fix appear here.</source>
        <translation>Geben Sie oben den Namen oder die E-Mail-Adresse des Anrufers ein und drücken Sie die Eingabetaste.
Hier erscheinen der Anmeldestatus, was die Anmeldung verhindert, und die Lösung.</translation>
    </message>
    <message>
        <source>Nobody here matches &quot;%1&quot;.</source>
        <translation>Niemand hier passt zu „%1“.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Zuletzt angemeldet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>Gesperrt bis %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row, not locked</source>
        <translation>
            <numerusform>%n falsches Passwort, nicht gesperrt</numerusform>
            <numerusform>%n falsche Passwörter in Folge, nicht gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Temporary, to be changed at the next sign-in</source>
        <translation>Temporär, bei der nächsten Anmeldung zu ändern</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Open until %1 (%2)</source>
        <translation>Offen bis %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Link zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Sent, works until %1 (%2)</source>
        <translation>Gesendet, gültig bis %1 (%2)</translation>
    </message>
    <message>
        <source>Find the caller first.</source>
        <translation>Suchen Sie zuerst den Anrufer.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this workspace.</source>
        <translation>%1 ist kein Mitglied dieses Arbeitsbereichs mehr.</translation>
    </message>
    <message>
        <source>%1 is %2: fix that first.</source>
        <translation>%1 ist %2: Beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>Mail a single-use link to choose a new password; it unlocks sign-in too</source>
        <translation>Einen Einmal-Link zum Wählen eines neuen Passworts mailen; er entsperrt auch die Anmeldung</translation>
    </message>
    <message>
        <source>A single-use link to choose a new password, to copy (no mail server is set up)</source>
        <translation>Ein Einmal-Link zum Wählen eines neuen Passworts, zum Kopieren (es ist kein Mailserver eingerichtet)</translation>
    </message>
    <message>
        <source>A generated password, shown once, to be changed at the next sign-in; it unlocks sign-in too</source>
        <translation>Ein generiertes Passwort, nur einmal angezeigt, das bei der nächsten Anmeldung geändert werden muss; es entsperrt auch die Anmeldung</translation>
    </message>
    <message>
        <source>No wrong passwords to forget.</source>
        <translation>Es gibt keine falschen Passwörter zum Vergessen.</translation>
    </message>
    <message>
        <source>Forget the wrong passwords, so the next sign-in is checked at once</source>
        <translation>Die falschen Passwörter vergessen, damit die nächste Anmeldung sofort geprüft wird</translation>
    </message>
    <message>
        <source>A 15-minute, single-use sign-in to the web product as this person, shown with a banner there</source>
        <translation>Eine einmalige Anmeldung für 15 Minuten im Webprodukt als diese Person, dort mit einem Banner gekennzeichnet</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Lösung: %1.</translation>
    </message>
    <message>
        <source>Fix: %1, which you cannot do: %2</source>
        <translation>Lösung: %1, was Sie jedoch nicht tun können: %2</translation>
    </message>
    <message>
        <source>Invitation Not Sent</source>
        <translation>Einladung nicht gesendet</translation>
    </message>
    <message>
        <source>New Invitation Link</source>
        <translation>Neuer Einladungslink</translation>
    </message>
    <message>
        <source>The old link no longer works. Give them this one:</source>
        <translation>Der alte Link funktioniert nicht mehr. Geben Sie der Person diesen Link:</translation>
    </message>
    <message>
        <source>A new invitation is on its way to %1.</source>
        <translation>Eine neue Einladung an %1 ist unterwegs.</translation>
    </message>
    <message>
        <source>Helpdesk: the person could not sign in</source>
        <translation>Helpdesk: Die Person konnte sich nicht anmelden</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Send %1 a password reset link</source>
        <translation>%1 einen Link zum Zurücksetzen des Passworts senden</translation>
    </message>
    <message>
        <source>A single-use link goes to %1. Earlier links stop working.</source>
        <translation>Ein Einmal-Link wird an %1 gesendet. Frühere Links funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>You get a single-use link to give them. Earlier links stop working.</source>
        <translation>Sie erhalten einen Einmal-Link, den Sie der Person geben. Frühere Links funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Set a temporary password for %1</source>
        <translation>Ein temporäres Passwort für %1 festlegen</translation>
    </message>
    <message>
        <source>Their current password stops working. They choose their own at the next sign-in.</source>
        <translation>Das aktuelle Passwort funktioniert dann nicht mehr. Bei der nächsten Anmeldung wählt die Person ein eigenes.</translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation>Anmeldung für %1 entsperren</translation>
    </message>
    <message>
        <source>Their next password is checked at once. If they forgot it, send a reset instead.</source>
        <translation>Das nächste Passwort wird sofort geprüft. Hat die Person es vergessen, senden Sie stattdessen einen Link zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation>Anmeldung nicht entsperrt</translation>
    </message>
    <message>
        <source>Sign-in unlocked for %1.</source>
        <translation>Anmeldung für %1 entsperrt.</translation>
    </message>
    <message>
        <source>Sign In as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>A single-use sign-in to the web product as %1 for 15 minutes, marked there with a banner and recorded in the audit log. Why do you need it?</source>
        <translation>Eine einmalige Anmeldung im Webprodukt als %1 für 15 Minuten, dort mit einem Banner gekennzeichnet und im Prüfprotokoll festgehalten. Warum benötigen Sie sie?</translation>
    </message>
    <message>
        <source>No Sign-in Issued</source>
        <translation>Keine Anmeldung ausgestellt</translation>
    </message>
    <message>
        <source>Sign-in Link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Open this link in your browser within 15 minutes; it works once:</source>
        <translation>Öffnen Sie diesen Link innerhalb von 15 Minuten in Ihrem Browser; er funktioniert nur einmal:</translation>
    </message>
    <message>
        <source>Anyone who has the link can use it until then: do not send it on.</source>
        <translation>Bis dahin kann jeder, der den Link hat, ihn verwenden: Leiten Sie ihn nicht weiter.</translation>
    </message>
    <message>
        <source>No Temporary Password Set</source>
        <translation>Kein temporäres Passwort festgelegt</translation>
    </message>
    <message>
        <source>No Reset Link Sent</source>
        <translation>Kein Link zum Zurücksetzen gesendet</translation>
    </message>
    <message>
        <source>Sign-in is unlocked.</source>
        <translation>Die Anmeldung ist entsperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reset link is on its way to %1.</source>
        <translation>Ein Link zum Zurücksetzen an %1 ist unterwegs.</translation>
    </message>
    <message>
        <source>Read this to %1 or hand it over; it is shown only now:</source>
        <translation>Lesen Sie es %1 vor oder übergeben Sie es; es wird nur jetzt angezeigt:</translation>
    </message>
    <message>
        <source>They must choose their own password when they next sign in.</source>
        <translation>Bei der nächsten Anmeldung muss die Person ein eigenes Passwort wählen.</translation>
    </message>
    <message>
        <source>Reset Link</source>
        <translation>Link zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Give this link to %1; it is shown only now:</source>
        <translation>Geben Sie diesen Link an %1 weiter; er wird nur jetzt angezeigt:</translation>
    </message>
    <message>
        <source>It works once, until %1.</source>
        <translation>Er funktioniert nur einmal und ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Issue Sign-in Link</source>
        <translation>Anmeldelink erstellen</translation>
    </message>
</context>
<context>
    <name>usher::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation>Was sich ändert, oder warum nicht</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile mit den Namen ihrer Spalten.</translation>
    </message>
    <message>
        <source>Import People from a CSV File</source>
        <translation>Personen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A list of people from a spreadsheet: Usher&apos;s template, or a user export of Microsoft Entra, Google Workspace, Okta, Zoom or Atlassian. You can also drop the file here.</source>
        <translation>Eine Personenliste aus einer Tabelle: die Vorlage von Usher oder ein Benutzerexport aus Microsoft Entra, Google Workspace, Okta, Zoom oder Atlassian. Sie können die Datei auch hierher ziehen.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>A CSV file with Usher&apos;s columns and one example row, to fill in</source>
        <translation>Eine CSV-Datei mit den Spalten von Usher und einer Beispielzeile zum Ausfüllen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Starting a new list?</source>
        <translation>Beginnen Sie eine neue Liste?</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>What each column of the file holds. Usher recognised what it could; change any that are wrong. Columns marked Not imported are left out.</source>
        <translation>Was jede Spalte der Datei enthält. Usher hat erkannt, was es konnte; ändern Sie, was nicht stimmt. Spalten mit Nicht importiert werden ausgelassen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>See what the import will do</source>
        <translation>Sehen, was der Import tun wird</translation>
    </message>
    <message>
        <source>Every row is checked in the workspace as the import would check it, and nothing is changed yet. New addresses are invited; members get the file&apos;s name, role and groups (an import never removes anyone from a group).</source>
        <translation>Jede Zeile wird im Arbeitsbereich so geprüft, wie der Import sie prüfen würde, und noch wird nichts geändert. Neue Adressen werden eingeladen; Mitglieder erhalten Name, Rolle und Gruppen aus der Datei (ein Import entfernt niemanden aus einer Gruppe).</translation>
    </message>
    <message>
        <source>Import each row on its own: refused rows are skipped and listed</source>
        <translation>Jede Zeile für sich importieren: Abgelehnte Zeilen werden übersprungen und aufgeführt</translation>
    </message>
    <message>
        <source>Import all rows or none: one refused row, or Stop, changes nothing</source>
        <translation>Alle Zeilen importieren oder keine: Eine abgelehnte Zeile oder Anhalten ändert nichts</translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist yet</source>
        <translation>Die in der Datei genannten Gruppen anlegen, die es noch nicht gibt</translation>
    </message>
    <message>
        <source>Mail the invitations now</source>
        <translation>Die Einladungen jetzt mailen</translation>
    </message>
    <message>
        <source>Unticked, the invitations wait; send them from the Invitations page</source>
        <translation>Ohne Haken warten die Einladungen; senden Sie sie von der Seite Einladungen</translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…); the invitations wait, and can be sent from the Invitations page later</source>
        <translation>Es ist kein Mailserver eingerichtet (Arbeitsbereich ▸ Mailserver…); die Einladungen warten und können später von der Seite Einladungen gesendet werden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The rows are imported as checked, in the workspace as it is now. Rows that were not imported come first, with the reason.</source>
        <translation>Die Zeilen werden wie geprüft importiert, im Arbeitsbereich, wie er jetzt ist. Nicht importierte Zeilen stehen oben, mit dem Grund.</translation>
    </message>
    <message>
        <source>Stop before the next row; what is done stays done and is listed</source>
        <translation>Vor der nächsten Zeile anhalten; Erledigtes bleibt bestehen und wird aufgeführt</translation>
    </message>
    <message>
        <source>Stopping after the current row…</source>
        <translation>Wird nach der aktuellen Zeile angehalten…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Every row with what became of it, as a CSV file</source>
        <translation>Jede Zeile mit dem, was aus ihr wurde, als CSV-Datei</translation>
    </message>
    <message>
        <source>Choose a List of People</source>
        <translation>Personenliste wählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation>personen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Engineering; Design</source>
        <translation>Entwicklung; Design</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation>, Spalten von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, %3%4.</source>
        <translation>
            <numerusform>%1: %n Zeile, %2, %3%4.</numerusform>
            <numerusform>%1: %n Zeilen, %2, %3%4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Fix the file, or choose another encoding or delimiter.</source>
        <translation>%1 Korrigieren Sie die Datei oder wählen Sie eine andere Kodierung oder ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <source>“%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation>„%1“ wird nicht importiert: Usher importiert nie Passwörter; jede Person wählt ihr eigenes, wenn sie ihre Einladung annimmt.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem in the file itself; the next page lists them.</source>
        <translation>
            <numerusform>%n Zeile hat ein Problem in der Datei selbst; die nächste Seite zeigt sie.</numerusform>
            <numerusform>%n Zeilen haben ein Problem in der Datei selbst; die nächste Seite zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be invited, %2 updated and %3 left unchanged; %4 refused.</source>
        <translation>%1 würden eingeladen, %2 aktualisiert und %3 unverändert gelassen; %4 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused.</source>
        <translation>%1 eingeladen, %2 aktualisiert, %3 unverändert; %4 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not reached.</source>
        <translation>
            <numerusform>%n Zeile nicht erreicht.</numerusform>
            <numerusform>%n Zeilen nicht erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) in the workspace…</source>
        <translation>
            <numerusform>%n Zeile wird im Arbeitsbereich geprüft…</numerusform>
            <numerusform>%n Zeilen werden im Arbeitsbereich geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped; change an option to check again.</source>
        <translation>Die Prüfung wurde angehalten; ändern Sie eine Option, um erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n row(s) are refused, and this import takes all rows or none. Fix them in the file, or import each row on its own.</source>
        <translation>
            <numerusform>Es würde nichts importiert: %n Zeile wird abgelehnt, und dieser Import nimmt alle Zeilen oder keine. Korrigieren Sie sie in der Datei oder importieren Sie jede Zeile für sich.</numerusform>
            <numerusform>Es würde nichts importiert: %n Zeilen werden abgelehnt, und dieser Import nimmt alle Zeilen oder keine. Korrigieren Sie sie in der Datei oder importieren Sie jede Zeile für sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import: everyone in the file is already as it says, or refused.</source>
        <translation>Es gibt nichts zu importieren: Alle in der Datei sind schon so, wie sie sagt, oder werden abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird importiert…</numerusform>
            <numerusform>%n Zeilen werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-bericht</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>What changed, or why not</source>
        <translation>Was sich geändert hat, oder warum nicht</translation>
    </message>
    <message>
        <source>%1: %2, %3; reading the rest…</source>
        <translation>%1: %2, %3; der Rest wird gelesen…</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (from the workbench, as it stands)</source>
        <translation>%1 (aus der Werkbank, im aktuellen Stand)</translation>
    </message>
</context>
<context>
    <name>usher::Invitations</name>
    <message>
        <source>Allowed domains: &quot;%1&quot; is not a domain name like example.org.</source>
        <translation>Zulässige Domains: „%1“ ist kein Domainname wie example.org.</translation>
    </message>
    <message>
        <source>Not an email address: %1.</source>
        <translation>Keine E-Mail-Adresse: %1.</translation>
    </message>
    <message>
        <source>Listed before; invited once.</source>
        <translation>Steht bereits weiter oben in der Liste; wird nur einmal eingeladen.</translation>
    </message>
    <message>
        <source>Already invited; resend the invitation from the Invitations view instead.</source>
        <translation>Bereits eingeladen; senden Sie die Einladung stattdessen in der Ansicht „Einladungen“ erneut.</translation>
    </message>
    <message>
        <source>A deleted member; restore them from the Deleted view instead.</source>
        <translation>Ein gelöschtes Mitglied; stellen Sie die Person stattdessen in der Ansicht „Gelöscht“ wieder her.</translation>
    </message>
    <message>
        <source>Already a member (%1).</source>
        <translation>Bereits Mitglied (%1).</translation>
    </message>
    <message>
        <source>%1 is not an allowed domain (allowed: %2).</source>
        <translation>%1 ist keine zulässige Domain (zulässig: %2).</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation>Doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Bereits eingeladen</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>Domain nicht zulässig</translation>
    </message>
    <message>
        <source>Welcome message: keep it under 2,000 characters (it has %1).</source>
        <translation>Willkommensnachricht: Bleiben Sie unter 2.000 Zeichen (derzeit %1).</translation>
    </message>
    <message>
        <source>This invitation was accepted on %1 and works only once. Sign in to %2 instead.</source>
        <translation>Diese Einladung wurde am %1 angenommen und funktioniert nur einmal. Melden Sie sich stattdessen bei %2 an.</translation>
    </message>
    <message>
        <source>This invitation to %1 was cancelled on %2. Ask an administrator for a new one.</source>
        <translation>Diese Einladung zu %1 wurde am %2 zurückgezogen. Bitten Sie einen Administrator um eine neue.</translation>
    </message>
    <message>
        <source>A newer invitation to %1 was sent on %2 and replaces this link. Use the link in the latest mail.</source>
        <translation>Am %2 wurde eine neuere Einladung zu %1 gesendet, die diesen Link ersetzt. Verwenden Sie den Link aus der neuesten E-Mail.</translation>
    </message>
    <message>
        <source>This invitation to %1 expired on %2. Ask an administrator to resend it.</source>
        <translation>Diese Einladung zu %1 ist am %2 abgelaufen. Bitten Sie einen Administrator, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>This invitation link is not known. Check that the whole link was copied, or ask an administrator to resend the invitation.</source>
        <translation>Dieser Einladungslink ist unbekannt. Prüfen Sie, ob der ganze Link kopiert wurde, oder bitten Sie einen Administrator, die Einladung erneut zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>Passwort: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Passwort: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: use more than spaces.</source>
        <translation>Passwort: Verwenden Sie nicht nur Leerzeichen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Default role: people who sign up get at most Editor; promote them afterwards.</source>
        <translation>Standardrolle: Wer sich registriert, erhält höchstens die Rolle Bearbeiter; weisen Sie danach bei Bedarf eine höhere Rolle zu.</translation>
    </message>
    <message>
        <source>Captcha: &quot;%1&quot; is not a provider Usher knows.</source>
        <translation>Captcha: „%1“ ist kein Anbieter, den Usher kennt.</translation>
    </message>
    <message>
        <source>Invitations expire after: choose between 1 and %1 days.</source>
        <translation>Gültigkeit der Einladungen: Wählen Sie zwischen 1 und %1 Tagen.</translation>
    </message>
    <message>
        <source>Registration page: enter a web address such as https://app.example.org/join.</source>
        <translation>Registrierungsseite: Geben Sie eine Webadresse wie https://app.example.org/join ein.</translation>
    </message>
    <message>
        <source>Mail language: &quot;%1&quot; is not one of Usher&apos;s languages.</source>
        <translation>Sprache der E-Mails: „%1“ ist keine der Sprachen von Usher.</translation>
    </message>
    <message>
        <source>Seats free: %1; invitations in this batch: %2.</source>
        <translation>Freie Plätze: %1; Einladungen in diesem Durchgang: %2.</translation>
    </message>
    <message>
        <source>“%1” is synced from a directory, which decides its members.</source>
        <translation>„%1“ wird aus einem Verzeichnis synchronisiert, das über die Mitglieder entscheidet.</translation>
    </message>
    <message>
        <source>“%1” grants more than an Editor has; people who sign up get at most that.</source>
        <translation>„%1“ gewährt mehr, als ein Bearbeiter hat; wer sich registriert, erhält höchstens das.</translation>
    </message>
    <message>
        <source>These links lead to a placeholder page that nobody can open: the workspace&apos;s registration page is not set. Set it in Workspace ▸ Signup Settings, then send the invitations again.</source>
        <translation>Diese Links führen zu einer Platzhalterseite, die niemand öffnen kann: Die Registrierungsseite des Arbeitsbereichs ist nicht festgelegt. Legen Sie sie unter Arbeitsbereich ▸ Registrierungseinstellungen fest und senden Sie die Einladungen dann erneut.</translation>
    </message>
    <message>
        <source>Password reset links expire after: choose between 5 minutes and 7 days.</source>
        <translation>Gültigkeit der Links zum Zurücksetzen: Wählen Sie zwischen 5 Minuten und 7 Tagen.</translation>
    </message>
</context>
<context>
    <name>usher::InvitationsModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>Nur Link</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Failed, next try %1: %2</source>
        <translation>Fehlgeschlagen, nächster Versuch um %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Waitlist (approved by %1)</source>
        <translation>Warteliste (genehmigt von %1)</translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation>%1 (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Link läuft ab</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>usher::InvitationsView</name>
    <message>
        <source>&amp;Invite People…</source>
        <translation>&amp;Personen einladen…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Copy Registration &amp;Link</source>
        <translation>Registrierungs&amp;link kopieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Invitations…</source>
        <translation>Einladungen &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation>&amp;Registrierungseinstellungen…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All open invitations</source>
        <translation>Alle ausstehenden Einladungen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Not accepted after %n day(s)</source>
        <translation>
            <numerusform>Nach %n Tag nicht angenommen</numerusform>
            <numerusform>Nach %n Tagen nicht angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>No open invitations</source>
        <translation>Keine ausstehenden Einladungen</translation>
    </message>
    <message>
        <source>Invite People…</source>
        <translation>Personen einladen…</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message>
        <source>People who sign up while the waitlist is on appear here for you to approve or reject.</source>
        <translation>Personen, die sich registrieren, während die Warteliste aktiv ist, erscheinen hier, damit Sie sie genehmigen oder ablehnen können.</translation>
    </message>
    <message>
        <source>Signup Settings…</source>
        <translation>Registrierungseinstellungen…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>&amp;Resend (New Link)</source>
        <translation>&amp;Erneut senden (neuer Link)</translation>
    </message>
    <message>
        <source>Everyone invited has joined. Invite people with Invite People… (Ctrl+I); their invitations wait here until accepted.</source>
        <translation>Alle Eingeladenen sind beigetreten. Laden Sie Personen mit „Personen einladen…“ (Strg+I) ein; ihre Einladungen warten hier, bis sie angenommen werden.</translation>
    </message>
    <message>
        <source>No open invitation matches this filter.</source>
        <translation>Keine ausstehende Einladung entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Warteliste (%1)</translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation>Einladungen (%1)</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Zeilen aus.</translation>
    </message>
    <message>
        <source>Select one invitation: each link is for one person.</source>
        <translation>Wählen Sie eine einzelne Einladung aus: Jeder Link gilt für eine Person.</translation>
    </message>
    <message>
        <source>Invite people by email</source>
        <translation>Personen per E-Mail einladen</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message numerus="yes">
        <source>Invitation sent again to %n person(s).</source>
        <translation>
            <numerusform>Einladung erneut an %n Person gesendet.</numerusform>
            <numerusform>Einladung erneut an %n Personen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new registration link for %1 is on the clipboard; the old one no longer works.</source>
        <translation>Ein neuer Registrierungslink für %1 liegt in der Zwischenablage; der alte funktioniert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitation(s)? Their links stop working and the people leave the workspace.</source>
        <translation>
            <numerusform>%n Einladung zurückziehen? Der Link funktioniert dann nicht mehr, und die Person wird aus dem Arbeitsbereich entfernt.</numerusform>
            <numerusform>%n Einladungen zurückziehen? Die Links funktionieren dann nicht mehr, und die Personen werden aus dem Arbeitsbereich entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) cancelled.</source>
        <translation>
            <numerusform>%n Einladung zurückgezogen.</numerusform>
            <numerusform>%n Einladungen zurückgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n signup(s)? They are taken off the waitlist.</source>
        <translation>
            <numerusform>%n Registrierung ablehnen? Sie wird von der Warteliste entfernt.</numerusform>
            <numerusform>%n Registrierungen ablehnen? Sie werden von der Warteliste entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) approved.</source>
        <translation>
            <numerusform>%n Registrierung genehmigt.</numerusform>
            <numerusform>%n Registrierungen genehmigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) rejected.</source>
        <translation>
            <numerusform>%n Registrierung abgelehnt.</numerusform>
            <numerusform>%n Registrierungen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration Links</source>
        <translation>Registrierungslinks</translation>
    </message>
    <message>
        <source>No mail server is set up: send each person their link. The links are shown only now, and each works once.</source>
        <translation>Es ist kein Mailserver eingerichtet: Senden Sie jeder Person ihren Link. Die Links werden nur jetzt angezeigt und funktionieren jeweils nur einmal.</translation>
    </message>
    <message>
        <source>A new link replaces the one mailed (or being mailed) to %1, which stops working. Copy a new link?</source>
        <translation>Ein neuer Link ersetzt den an %1 gesendeten (oder gerade gesendeten) Link, der dann nicht mehr funktioniert. Neuen Link kopieren?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>%n Einladung erneut senden</numerusform>
            <numerusform>%n Einladungen erneut senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n New Link(s)</source>
        <translation>
            <numerusform>%n neuen Link kopieren</numerusform>
            <numerusform>%n neue Links kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Invitation(s)</source>
        <translation>
            <numerusform>%n Einladung zurückziehen</numerusform>
            <numerusform>%n Einladungen zurückziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Signup(s)</source>
        <translation>
            <numerusform>%n Anmeldung genehmigen</numerusform>
            <numerusform>%n Anmeldungen genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Signup(s)</source>
        <translation>
            <numerusform>%n Anmeldung ablehnen</numerusform>
            <numerusform>%n Anmeldungen ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>Open invitations and the waitlist</source>
        <translation>Ausstehende Einladungen und die Warteliste</translation>
    </message>
</context>
<context>
    <name>usher::InviteDialog</name>
    <message>
        <source>Invite People</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>Paste or type addresses: one per line, or separated by commas or semicolons. &quot;Name &lt;address&gt;&quot; works too, and so do cells copied from a spreadsheet.</source>
        <translation>Adressen einfügen oder eingeben: eine pro Zeile oder durch Kommas bzw. Semikolons getrennt. „Name &lt;Adresse&gt;“ funktioniert auch, ebenso aus einer Tabellenkalkulation kopierte Zellen.</translation>
    </message>
    <message>
        <source>Addresses and their verdicts</source>
        <translation>Adressen und ihre Bewertung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>First groups</source>
        <translation>Anfangsgruppen</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>Optional: a few words of welcome, included in the mail.</source>
        <translation>Optional: ein paar Worte zur Begrüßung, die in die E-Mail aufgenommen werden.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>&amp;Welcome message:</source>
        <translation>&amp;Willkommensnachricht:</translation>
    </message>
    <message>
        <source>Each person gets a mail with a link to choose a password. The link works once.</source>
        <translation>Jede Person erhält eine E-Mail mit einem Link, um ein Passwort zu wählen. Der Link funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…): Usher makes the invitations and gives you their links to send yourself.</source>
        <translation>Es ist kein Mailserver eingerichtet (Arbeitsbereich ▸ Mailserver…): Usher erstellt die Einladungen und gibt Ihnen die Links, damit Sie sie selbst versenden.</translation>
    </message>
    <message>
        <source>The invitations are ready. Send each person their link: it is shown only now, and works once. &quot;Copy registration link&quot; in the Invitations view makes a new one later.</source>
        <translation>Die Einladungen sind bereit. Senden Sie jeder Person ihren Link: Er wird nur jetzt angezeigt und funktioniert nur einmal. Mit „Registrierungslink kopieren“ in der Ansicht „Einladungen“ erstellen Sie später einen neuen.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Die Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <source>Invite at most %1 people at a time (this list has %2).</source>
        <translation>Laden Sie höchstens %1 Personen auf einmal ein (diese Liste enthält %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n bereit</numerusform>
            <numerusform>%n bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see why above)</source>
        <translation>
            <numerusform>%n übersprungen (Grund siehe oben)</numerusform>
            <numerusform>%n übersprungen (Gründe siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <source>seats: %1 of %2 taken</source>
        <translation>Plätze: %1 von %2 belegt</translation>
    </message>
    <message numerus="yes">
        <source>links expire after %n day(s)</source>
        <translation>
            <numerusform>Links laufen nach %n Tag ab</numerusform>
            <numerusform>Links laufen nach %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Invitation(s)</source>
        <translation>
            <numerusform>%n Einladung &amp;senden</numerusform>
            <numerusform>%n Einladungen &amp;senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Invitation(s)</source>
        <translation>
            <numerusform>%n Einladung &amp;erstellen</numerusform>
            <numerusform>%n Einladungen &amp;erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking the addresses…</source>
        <translation>Adressen werden geprüft…</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Geben Sie mindestens eine Adresse ein.</translation>
    </message>
    <message>
        <source>None of the addresses can be invited; see why beside each.</source>
        <translation>Keine der Adressen kann eingeladen werden; der Grund steht jeweils daneben.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Nobody was invited:</source>
        <translation>Niemand wurde eingeladen:</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>Einladungen &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Create Invitations</source>
        <translation>Einladungen &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>usher::LdapReader</name>
    <message>
        <source>The directory at %1 could not be verified: %2. Check the CA file, or that the address is the name on the server&apos;s certificate.</source>
        <translation>Das Verzeichnis unter %1 konnte nicht überprüft werden: %2. Prüfen Sie die CA-Datei oder ob die Adresse dem Namen im Zertifikat des Servers entspricht.</translation>
    </message>
    <message>
        <source>Usher cannot reach the directory at %1 (%2). Check the address and that the server is running.</source>
        <translation>Usher kann das Verzeichnis unter %1 nicht erreichen (%2). Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The directory refused the bind DN or its password.</source>
        <translation>Das Verzeichnis hat den Bind-DN oder sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The directory refused this way of signing in (%1).</source>
        <translation>Das Verzeichnis lehnt diese Art der Anmeldung ab (%1).</translation>
    </message>
    <message>
        <source>The directory has no entry %1. Check the base DN.</source>
        <translation>Das Verzeichnis hat keinen Eintrag %1. Prüfen Sie den Basis-DN.</translation>
    </message>
    <message>
        <source>“%1” is not a DN the directory understands.</source>
        <translation>„%1“ ist kein DN, den das Verzeichnis versteht.</translation>
    </message>
    <message>
        <source>The directory does not let the bind DN read %1.</source>
        <translation>Das Verzeichnis erlaubt dem Bind-DN nicht, %1 zu lesen.</translation>
    </message>
    <message>
        <source>The directory does not know an attribute or class of the mapping (%1).</source>
        <translation>Das Verzeichnis kennt ein Attribut oder eine Klasse aus den Attributen nicht (%1).</translation>
    </message>
    <message>
        <source>The directory answered with an error: %1.</source>
        <translation>Das Verzeichnis hat mit einem Fehler geantwortet: %1.</translation>
    </message>
    <message>
        <source>Enter the password of the bind DN %1.</source>
        <translation>Geben Sie das Passwort des Bind-DN %1 ein.</translation>
    </message>
    <message>
        <source>CA file: %1 cannot be read.</source>
        <translation>CA-Datei: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Usher could not set up TLS with the CA file %1.</source>
        <translation>Usher konnte TLS mit der CA-Datei %1 nicht einrichten.</translation>
    </message>
    <message>
        <source>StartTLS with the directory at %1 failed: its certificate was not accepted (check the CA file, and that the address is the name on the certificate), or the server does not offer StartTLS.</source>
        <translation>StartTLS mit dem Verzeichnis unter %1 ist fehlgeschlagen: Sein Zertifikat wurde nicht akzeptiert (prüfen Sie die CA-Datei und ob die Adresse dem Namen im Zertifikat entspricht), oder der Server bietet kein StartTLS an.</translation>
    </message>
    <message>
        <source>Connected with StartTLS; the server&apos;s certificate was verified.</source>
        <translation>Mit StartTLS verbunden; das Zertifikat des Servers wurde überprüft.</translation>
    </message>
    <message>
        <source>Connected with TLS (ldaps); the server&apos;s certificate was verified.</source>
        <translation>Mit TLS (ldaps) verbunden; das Zertifikat des Servers wurde überprüft.</translation>
    </message>
    <message>
        <source>Connected without TLS: the password crossed the network readable.</source>
        <translation>Ohne TLS verbunden: Das Passwort wurde lesbar über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Signed in anonymously.</source>
        <translation>Anonym angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The directory was not read to the end: stopped.</source>
        <translation>Das Verzeichnis wurde nicht bis zum Ende gelesen: angehalten.</translation>
    </message>
    <message>
        <source>%1: no %2, so it cannot be followed.</source>
        <translation>%1: kein %2, daher kann der Eintrag nicht abgeglichen werden.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing people after %n: %1</source>
        <translation>
            <numerusform>der Server hat die Personenliste nach %n abgebrochen: %1</numerusform>
            <numerusform>der Server hat die Personenliste nach %n abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 or %3, so it cannot be followed.</source>
        <translation>%1: kein %2 oder %3, daher kann der Eintrag nicht abgeglichen werden.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing groups after %n: %1</source>
        <translation>
            <numerusform>der Server hat die Gruppenliste nach %n abgebrochen: %1</numerusform>
            <numerusform>der Server hat die Gruppenliste nach %n abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %n under %1.</source>
        <translation>
            <numerusform>Personen: %n unter %1.</numerusform>
            <numerusform>Personen: %n unter %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not page its listings (RFC 2696): a size limit on it would stop a sync from disabling anyone.</source>
        <translation>Der Server liefert seine Auflistungen nicht seitenweise (RFC 2696): Eine Größenbeschränkung auf dem Server würde eine Synchronisierung daran hindern, jemanden zu deaktivieren.</translation>
    </message>
    <message>
        <source>The listing stopped early (%1): a sync would add and update people but disable nobody.</source>
        <translation>Die Auflistung endete vorzeitig (%1): Eine Synchronisierung würde Personen hinzufügen und aktualisieren, aber niemanden deaktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Groups: %n under %1.</source>
        <translation>
            <numerusform>Gruppen: %n unter %1.</numerusform>
            <numerusform>Gruppen: %n unter %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time the directory understands.</source>
        <translation>„%1“ ist keine Zeit, die das Verzeichnis versteht.</translation>
    </message>
    <message>
        <source>the server stopped listing people: %1</source>
        <translation>der Server hat aufgehört, Personen aufzulisten: %1</translation>
    </message>
    <message>
        <source>part of it is kept by another server</source>
        <translation>ein Teil davon liegt auf einem anderen Server</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) without %1</source>
        <translation>
            <numerusform>%n Eintrag ohne %1</numerusform>
            <numerusform>%n Einträge ohne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory kept handing out more members of %1.</source>
        <translation>Das Verzeichnis hat immer weitere Mitglieder von %1 geliefert.</translation>
    </message>
    <message>
        <source>The directory stopped handing out the members of %1 part way.</source>
        <translation>Das Verzeichnis hat die Mitglieder von %1 nur zum Teil geliefert.</translation>
    </message>
</context>
<context>
    <name>usher::Lifecycle</name>
    <message>
        <source>Restore this person before changing their role.</source>
        <translation>Stellen Sie diese Person wieder her, bevor Sie ihre Rolle ändern.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>Sie können sich nicht selbst deaktivieren.</translation>
    </message>
    <message>
        <source>This person has not accepted their invitation yet; cancel it instead.</source>
        <translation>Diese Person hat ihre Einladung noch nicht angenommen; ziehen Sie die Einladung stattdessen zurück.</translation>
    </message>
    <message>
        <source>Only active members can be disabled; this person is %1.</source>
        <translation>Nur aktive Mitglieder können deaktiviert werden; diese Person ist %1.</translation>
    </message>
    <message>
        <source>Only disabled members can be reactivated.</source>
        <translation>Nur deaktivierte Mitglieder können reaktiviert werden.</translation>
    </message>
    <message>
        <source>You cannot delete yourself.</source>
        <translation>Sie können sich nicht selbst löschen.</translation>
    </message>
    <message>
        <source>This person is deleted already.</source>
        <translation>Diese Person ist bereits gelöscht.</translation>
    </message>
    <message>
        <source>Only deleted members can be restored.</source>
        <translation>Nur gelöschte Mitglieder können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the workspace.</source>
        <translation>Sie können sich nicht selbst aus dem Arbeitsbereich entfernen.</translation>
    </message>
    <message>
        <source>Name: enter a first or a last name.</source>
        <translation>Name: Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>Name: at most 100 characters per part.</source>
        <translation>Name: höchstens 100 Zeichen pro Namensteil.</translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation>Name: Steuerzeichen (etwa Tabulatoren oder Zeilenumbrüche) sind nicht zulässig.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Member created</source>
        <translation>Mitglied angelegt</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Removed from workspace</source>
        <translation>Aus Arbeitsbereich entfernt</translation>
    </message>
    <message>
        <source>Purged after the recovery window</source>
        <translation>Nach Ablauf der Wiederherstellungsfrist endgültig gelöscht</translation>
    </message>
    <message>
        <source>Sessions revoked</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Signed in to Usher</source>
        <translation>Bei Usher angemeldet</translation>
    </message>
    <message>
        <source>Locked out of Usher</source>
        <translation>Für Usher gesperrt</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Gruppe angelegt</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Gruppe geändert</translation>
    </message>
    <message>
        <source>Group deleted</source>
        <translation>Gruppe gelöscht</translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation>Zu Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation>Aus Gruppe entfernt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <source>Registration link copied</source>
        <translation>Registrierungslink kopiert</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Einladung zurückgezogen</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Signup approved</source>
        <translation>Registrierung genehmigt</translation>
    </message>
    <message>
        <source>Signup rejected</source>
        <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
        <source>Signup settings changed</source>
        <translation>Registrierungseinstellungen geändert</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>public signup</source>
        <translation>öffentliche Registrierung</translation>
    </message>
    <message>
        <source>waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>allowed domains</source>
        <translation>zulässige Domains</translation>
    </message>
    <message>
        <source>default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>default groups</source>
        <translation>Standardgruppen</translation>
    </message>
    <message>
        <source>captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <source>invitation expiry (days)</source>
        <translation>Gültigkeit der Einladungen (Tage)</translation>
    </message>
    <message>
        <source>mail language</source>
        <translation>Sprache der E-Mails</translation>
    </message>
    <message>
        <source>registration page</source>
        <translation>Registrierungsseite</translation>
    </message>
    <message>
        <source>Not changed: this is you. A change to several people leaves you out; select only yourself to change your own account.</source>
        <translation>Nicht geändert: Das sind Sie selbst. Bei einer Änderung an mehreren Personen werden Sie ausgelassen; wählen Sie nur sich selbst aus, um Ihr eigenes Konto zu ändern.</translation>
    </message>
    <message>
        <source>%1 also belongs to another workspace where you cannot change them. Their name, email, picture and password are shared by all their workspaces; ask someone who may change them in each.</source>
        <translation>%1 gehört auch zu einem anderen Arbeitsbereich, in dem Sie die Person nicht ändern können. Name, E-Mail-Adresse, Bild und Passwort gelten für alle Arbeitsbereiche der Person; wenden Sie sich an jemanden, der sie in jedem davon ändern darf.</translation>
    </message>
    <message>
        <source>%1 already has a password, which only its owner may use or change (through a password reset sent to %1).</source>
        <translation>%1 hat bereits ein Passwort, das nur der Inhaber verwenden oder ändern darf (über einen Link zum Zurücksetzen, der an %1 gesendet wird).</translation>
    </message>
    <message>
        <source>%1 already belongs to another workspace, so its password is not chosen here. Set it through a password reset sent to %1, then try again.</source>
        <translation>%1 gehört bereits zu einem anderen Arbeitsbereich, daher wird das Passwort nicht hier festgelegt. Legen Sie es über einen Link zum Zurücksetzen fest, der an %1 gesendet wird, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Mail server changed</source>
        <translation>Mailserver geändert</translation>
    </message>
    <message>
        <source>Sample data loaded</source>
        <translation>Beispieldaten geladen</translation>
    </message>
    <message>
        <source>mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>mail server user</source>
        <translation>Benutzername des Mailservers</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Sign-in slowed down after wrong passwords</source>
        <translation>Anmeldung nach falschen Passwörtern verzögert</translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation>Anmeldung entsperrt</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>falsche Passwörter in Folge</translation>
    </message>
    <message>
        <source>Password reset link sent</source>
        <translation>Link zum Zurücksetzen gesendet</translation>
    </message>
    <message>
        <source>Temporary password set</source>
        <translation>Temporäres Passwort festgelegt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>New password chosen with a reset link</source>
        <translation>Neues Passwort über einen Link zum Zurücksetzen gewählt</translation>
    </message>
    <message>
        <source>Password reset asked for</source>
        <translation>Zurücksetzen des Passworts angefordert</translation>
    </message>
    <message>
        <source>Sign-in as this person issued</source>
        <translation>Anmeldung als diese Person ausgestellt</translation>
    </message>
    <message>
        <source>Signed in as this person</source>
        <translation>Als diese Person angemeldet</translation>
    </message>
    <message>
        <source>caller checked</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <source>sign-in unlocked</source>
        <translation>Anmeldung entsperrt</translation>
    </message>
    <message>
        <source>sessions signed out</source>
        <translation>Sitzungen beendet</translation>
    </message>
    <message>
        <source>link expires</source>
        <translation>Link gültig bis</translation>
    </message>
    <message>
        <source>temporary password replaced</source>
        <translation>temporäres Passwort ersetzt</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>reset link expiry (minutes)</source>
        <translation>Gültigkeit der Links zum Zurücksetzen (Minuten)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>usher::Mail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Your request to join %1 was approved</source>
        <translation>Ihre Anfrage, %1 beizutreten, wurde genehmigt</translation>
    </message>
    <message>
        <source>Your request to join %1 was approved. You join as %2.</source>
        <translation>Ihre Anfrage, %1 beizutreten, wurde genehmigt. Sie erhalten die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 invited you to join %2</source>
        <translation>%1 hat Sie zu %2 eingeladen</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 as %3.</source>
        <translation>%1 hat Sie als %3 zu %2 eingeladen.</translation>
    </message>
    <message>
        <source>Choose your password to accept:</source>
        <translation>Wählen Sie Ihr Passwort, um die Einladung anzunehmen:</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>The link works once and expires on %1.</source>
        <translation>Der Link funktioniert nur einmal und läuft am %1 ab.</translation>
    </message>
    <message>
        <source>If you did not expect this mail, ignore it: nothing happens until the link is used.</source>
        <translation>Falls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie einfach: Solange der Link nicht verwendet wird, geschieht nichts.</translation>
    </message>
    <message>
        <source>A message from %1:</source>
        <translation>Eine Nachricht von %1:</translation>
    </message>
    <message>
        <source>Someone asked to reset the password of your account in %1. Choose a new password with this link:</source>
        <translation>Jemand hat angefordert, das Passwort Ihres Kontos bei %1 zurückzusetzen. Wählen Sie über diesen Link ein neues Passwort:</translation>
    </message>
    <message>
        <source>%1 sent you this link to choose a new password for %2:</source>
        <translation>%1 hat Ihnen diesen Link gesendet, damit Sie ein neues Passwort für %2 wählen können:</translation>
    </message>
    <message>
        <source>The link works once and expires on %1. Links sent before it no longer work.</source>
        <translation>Der Link funktioniert nur einmal und läuft am %1 ab. Zuvor gesendete Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail einfach: Ihr Passwort bleibt unverändert.</translation>
    </message>
    <message>
        <source>Choose a new password for %1</source>
        <translation>Neues Passwort für %1 wählen</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>%1 reset the password of your Admin account in %2.</source>
        <translation>%1 hat das Passwort Ihres Administratorkontos bei %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>If you did not ask for this, tell your other Admins at once: someone may be trying to take over your account.</source>
        <translation>Falls Sie dies nicht angefordert haben, informieren Sie sofort Ihre anderen Administratoren: Möglicherweise versucht jemand, Ihr Konto zu übernehmen.</translation>
    </message>
    <message>
        <source>Your Admin password in %1 was reset</source>
        <translation>Ihr Administratorpasswort bei %1 wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 changed the email address of your account in %2 to %3. Mail about your account, password resets too, now goes there.</source>
        <translation>%1 hat die E-Mail-Adresse Ihres Kontos in %2 in %3 geändert. E-Mails zu Ihrem Konto, auch zum Zurücksetzen des Passworts, gehen jetzt dorthin.</translation>
    </message>
    <message>
        <source>If you did not expect this, tell the workspace&apos;s Admins at once.</source>
        <translation>Falls Sie damit nicht gerechnet haben, informieren Sie sofort die Administratoren des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Your email address in %1 was changed</source>
        <translation>Ihre E-Mail-Adresse in %1 wurde geändert</translation>
    </message>
</context>
<context>
    <name>usher::MailConfig</name>
    <message>
        <source>Server host: enter the mail server&apos;s name, such as smtp.example.org.</source>
        <translation>Server: Geben Sie den Namen des Mailservers ein, etwa smtp.example.org.</translation>
    </message>
    <message>
        <source>Server host: enter the server&apos;s name alone, without spaces or a scheme such as smtp://.</source>
        <translation>Server: Geben Sie nur den Namen des Servers ein, ohne Leerzeichen und ohne Schema wie smtp://.</translation>
    </message>
    <message>
        <source>Port: choose a port between 1 and 65535.</source>
        <translation>Port: Wählen Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Sender address: %1.</source>
        <translation>Absenderadresse: %1.</translation>
    </message>
    <message>
        <source>Timeout: choose between 1 and %1 seconds.</source>
        <translation>Zeitlimit: Wählen Sie einen Wert zwischen 1 und %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>usher::MailSettingsDialog</name>
    <message>
        <source>Send &amp;Test Mail…</source>
        <translation>&amp;Test-E-Mail senden…</translation>
    </message>
    <message>
        <source>Mail Server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>For example: smtp.example.org</source>
        <translation>Zum Beispiel: smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None — local test servers only</source>
        <translation>Keine — nur für lokale Testserver</translation>
    </message>
    <message>
        <source>Sends the password and every mail unencrypted: only for a test server on this computer.</source>
        <translation>Sendet das Passwort und jede E-Mail unverschlüsselt: nur für einen Testserver auf diesem Computer.</translation>
    </message>
    <message>
        <source>Empty: the server needs no sign-in</source>
        <translation>Leer: Der Server erfordert keine Anmeldung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>For example: people@example.org</source>
        <translation>Zum Beispiel: people@example.org</translation>
    </message>
    <message>
        <source>For example: Example Inc. (optional)</source>
        <translation>Zum Beispiel: Example Inc. (optional)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>A server that has not answered by then counts as unreachable.</source>
        <translation>Ein Server, der bis dahin nicht geantwortet hat, gilt als nicht erreichbar.</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Sends one mail with the settings as typed here, before saving them.</source>
        <translation>Sendet eine E-Mail mit den hier eingegebenen Einstellungen, bevor diese gespeichert werden.</translation>
    </message>
    <message>
        <source>Sending the test mail</source>
        <translation>Test-E-Mail wird gesendet</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Type the password to replace the saved one.</source>
        <translation>Geben Sie das Passwort ein, um das gespeicherte zu ersetzen.</translation>
    </message>
    <message>
        <source>Waiting for the keychain to answer.</source>
        <translation>Warten auf eine Antwort des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>Send Test Mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Send a test mail to:</source>
        <translation>Test-E-Mail senden an:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Recipient: %1.</source>
        <translation>Empfänger: %1.</translation>
    </message>
    <message>
        <source>Usher test mail</source>
        <translation>Test-E-Mail von Usher</translation>
    </message>
    <message>
        <source>This is a test mail from Usher. The mail server %1 accepted it, so invitations can be sent the same way.</source>
        <translation>Dies ist eine Test-E-Mail von Usher. Der Mailserver %1 hat sie angenommen, daher können Einladungen auf demselben Weg gesendet werden.</translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation>Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>The server accepted the test mail to %1.</source>
        <translation>Der Server hat die Test-E-Mail an %1 angenommen.</translation>
    </message>
    <message>
        <source>The test mail was not sent: %1</source>
        <translation>Die Test-E-Mail wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Usher sends this workspace&apos;s invitations through this server, whoever sends them. The password is kept in your keychain, never in a file or the database.</source>
        <translation>Usher sendet die Einladungen dieses Arbeitsbereichs über diesen Server, ganz gleich, wer sie sendet. Das Passwort wird in Ihrem Schlüsselbund aufbewahrt, niemals in einer Datei oder in der Datenbank.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s mail server…</source>
        <translation>Mailserver des Arbeitsbereichs wird gelesen…</translation>
    </message>
</context>
<context>
    <name>usher::MainWindow</name>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation>Usher-Datenbanken (*.usher *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Beispiel&amp;daten laden</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Öffnen Sie zuerst eine Datenbank</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Usher</source>
        <translation>Ü&amp;ber Usher</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — Usher</source>
        <translation>%1 — Usher</translation>
    </message>
    <message numerus="yes">
        <source>Add %n realistic people to this workspace</source>
        <translation>
            <numerusform>%n realistische Person zu diesem Arbeitsbereich hinzufügen</numerusform>
            <numerusform>%n realistische Personen zu diesem Arbeitsbereich hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has members; no sample data was added.</source>
        <translation>Diese Datenbank hat bereits Mitglieder; es wurden keine Beispieldaten hinzugefügt.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen oder verwenden Sie „Datenbank öffnen“, um die Datei zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n sample people…</source>
        <translation>
            <numerusform>%n Beispielperson wird hinzugefügt…</numerusform>
            <numerusform>%n Beispielpersonen werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Das Laden der Beispieldaten wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample people.</source>
        <translation>
            <numerusform>%n Beispielperson hinzugefügt.</numerusform>
            <numerusform>%n Beispielpersonen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine geöffnet</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Forget All Saved Passwords…</source>
        <translation>Alle gespeicherten &amp;Passwörter löschen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Lokale Datenbank</translation>
    </message>
    <message>
        <source>Reading the password…</source>
        <translation>Passwort wird gelesen…</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Forget All Saved Passwords</source>
        <translation>Alle gespeicherten Passwörter löschen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved password(s) from the keychain? Usher will ask for them when it next connects.</source>
        <translation>
            <numerusform>%n gespeichertes Passwort aus dem Schlüsselbund löschen? Usher fragt beim nächsten Verbinden erneut danach.</numerusform>
            <numerusform>%n gespeicherte Passwörter aus dem Schlüsselbund löschen? Usher fragt beim nächsten Verbinden erneut danach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n saved password(s).</source>
        <translation>
            <numerusform>%n gespeichertes Passwort gelöscht.</numerusform>
            <numerusform>%n gespeicherte Passwörter gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>Alle %n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>A&amp;rbeitsbereich:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Say who you are first: the workspaces listed are yours.</source>
        <translation>Geben Sie zuerst an, wer Sie sind: Aufgeführt werden nur Ihre eigenen Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Sign In as Someone &amp;Else…</source>
        <translation>Als andere Person &amp;anmelden…</translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation>Sie arbeiten als %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are %1 there.</source>
        <translation>Sie sind dort %1.</translation>
    </message>
    <message>
        <source>Seats: %1 / %2</source>
        <translation>Plätze: %1 / %2</translation>
    </message>
    <message>
        <source>Seats: %1 (no limit)</source>
        <translation>Plätze: %1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>Invited and active members hold a seat; disabled and deleted members do not.</source>
        <translation>Eingeladene und aktive Mitglieder belegen einen Platz; deaktivierte und gelöschte Mitglieder nicht.</translation>
    </message>
    <message>
        <source>⚠ %1 has no active Admin. Nobody can change its settings; make someone an Admin.</source>
        <translation>⚠ %1 hat keinen aktiven Administrator. Niemand kann die Einstellungen ändern; machen Sie jemanden zum Administrator.</translation>
    </message>
    <message>
        <source>⚠ %1 has only one active Admin. If they lose access, nobody can manage the workspace: make a second Admin.</source>
        <translation>⚠ %1 hat nur einen aktiven Administrator. Verliert diese Person den Zugriff, kann niemand den Arbeitsbereich verwalten: Ernennen Sie einen zweiten Administrator.</translation>
    </message>
    <message>
        <source>The workspaces you belong to; your role is shown with each.</source>
        <translation>Die Arbeitsbereiche, denen Sie angehören; bei jedem wird Ihre Rolle angezeigt.</translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>E-Mails werden gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent.</source>
        <translation>
            <numerusform>%n E-Mail gesendet.</numerusform>
            <numerusform>%n E-Mails gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent, %1 failed: see the Invitations view.</source>
        <translation>
            <numerusform>%n E-Mail gesendet, %1 fehlgeschlagen: siehe Ansicht „Einladungen“.</numerusform>
            <numerusform>%n E-Mails gesendet, %1 fehlgeschlagen: siehe Ansicht „Einladungen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent…</source>
        <translation>
            <numerusform>E-Mails werden gesendet: %n gesendet…</numerusform>
            <numerusform>E-Mails werden gesendet: %n gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent, %1 failed…</source>
        <translation>
            <numerusform>E-Mails werden gesendet: %n gesendet, %1 fehlgeschlagen…</numerusform>
            <numerusform>E-Mails werden gesendet: %n gesendet, %1 fehlgeschlagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite People…</source>
        <translation>&amp;Personen einladen…</translation>
    </message>
    <message>
        <source>Wor&amp;kspace</source>
        <translation>Arb&amp;eitsbereich</translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation>&amp;Registrierungseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Mail Server…</source>
        <translation>&amp;Mailserver…</translation>
    </message>
    <message>
        <source>The mail server&apos;s password could not be read from the keychain: %1</source>
        <translation>Das Passwort des Mailservers konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Invite people by email (Ctrl+I)</source>
        <translation>Personen per E-Mail einladen (Strg+I)</translation>
    </message>
    <message>
        <source>Public signup, allowed domains, waitlist and defaults</source>
        <translation>Öffentliche Registrierung, zulässige Domains, Warteliste und Standardwerte</translation>
    </message>
    <message>
        <source>The SMTP server invitations are sent through</source>
        <translation>Der SMTP-Server, über den Einladungen versendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made; the mails are on their way.</source>
        <translation>
            <numerusform>%n Einladung erstellt; die E-Mail ist unterwegs.</numerusform>
            <numerusform>%n Einladungen erstellt; die E-Mails sind unterwegs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made.</source>
        <translation>
            <numerusform>%n Einladung erstellt.</numerusform>
            <numerusform>%n Einladungen erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signup settings saved.</source>
        <translation>Registrierungseinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Mail server saved.</source>
        <translation>Mailserver gespeichert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop sending after the current mail; the rest stays queued in the outbox.</source>
        <translation>Nach der aktuellen E-Mail anhalten; der Rest bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Mail is not going out: %1</source>
        <translation>E-Mails werden nicht versendet: %1</translation>
    </message>
    <message>
        <source>The mail to %1 was not sent: %2</source>
        <translation>Die E-Mail an %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation>Beispieldaten können nur in eine lokale SQLite-Datei geladen werden, niemals in eine gemeinsam genutzte Datenbank.</translation>
    </message>
    <message>
        <source>Only an Admin of this workspace can load sample data.</source>
        <translation>Nur ein Administrator dieses Arbeitsbereichs kann Beispieldaten laden.</translation>
    </message>
    <message>
        <source>Sample data goes only into a workspace with no members besides you.</source>
        <translation>Beispieldaten können nur in einen Arbeitsbereich geladen werden, der außer Ihnen keine Mitglieder hat.</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Mailserver-Passwort</translation>
    </message>
    <message>
        <source>This workspace&apos;s invitations go out through %1 as %2. Enter that password to send them; Usher keeps it in your keychain.</source>
        <translation>Die Einladungen dieses Arbeitsbereichs werden über %1 als %2 gesendet. Geben Sie das zugehörige Passwort ein, um sie zu senden; Usher bewahrt es in Ihrem Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Invitation mail waits in the outbox until someone with the mail server&apos;s password sends it.</source>
        <translation>Einladungs-E-Mails bleiben im Postausgang, bis jemand mit dem Passwort des Mailservers sie sendet.</translation>
    </message>
    <message>
        <source>Say who is at the keyboard</source>
        <translation>Angeben, wer an der Tastatur sitzt</translation>
    </message>
    <message>
        <source>I&amp;mport People from CSV…</source>
        <translation>Personen aus CSV i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Invite and update many people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Viele Personen auf einmal aus einer Tabelle einladen und aktualisieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>E&amp;xport Users to CSV…</source>
        <translation>Benutzer als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Everyone, the people listed or the selection, as a CSV file (Ctrl+Shift+E)</source>
        <translation>Alle, die aufgeführten Personen oder die Auswahl, als CSV-Datei (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>benutzer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert.</numerusform>
            <numerusform>%n Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>New &amp;User List (CSV)</source>
        <translation>Neue Ben&amp;utzerliste (CSV)</translation>
    </message>
    <message>
        <source>Prepare a list of people to import, with no connection needed</source>
        <translation>Eine Personenliste für den Import vorbereiten, ohne dass eine Verbindung nötig ist</translation>
    </message>
    <message>
        <source>Open User &amp;List (CSV)…</source>
        <translation>Benutzer&amp;liste öffnen (CSV)…</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Directory Sync…</source>
        <translation>&amp;Verzeichnissynchronisierung…</translation>
    </message>
    <message>
        <source>People and groups that follow an LDAP directory</source>
        <translation>Personen und Gruppen, die mit einem LDAP-Verzeichnis abgeglichen werden</translation>
    </message>
</context>
<context>
    <name>usher::MemberActions</name>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;move from Workspace…</source>
        <translation>Aus Arbeitsbereich &amp;entfernen…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Mitglied angelegt.</translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Benutzer aus.</translation>
    </message>
    <message>
        <source>Block sign-in and end their sessions; everything else is kept</source>
        <translation>Anmeldung sperren und Sitzungen beenden; alles andere bleibt erhalten</translation>
    </message>
    <message>
        <source>Let them sign in again with their old password</source>
        <translation>Anmeldung mit dem bisherigen Passwort wieder zulassen</translation>
    </message>
    <message numerus="yes">
        <source>Move to the Deleted view, restorable for %n day(s)</source>
        <translation>
            <numerusform>In die Ansicht „Gelöscht“ verschieben, %n Tag lang wiederherstellbar</numerusform>
            <numerusform>In die Ansicht „Gelöscht“ verschieben, %n Tage lang wiederherstellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back from the Deleted view</source>
        <translation>Aus der Ansicht „Gelöscht“ zurückholen</translation>
    </message>
    <message>
        <source>End their membership of this workspace; their account and other workspaces stay</source>
        <translation>Mitgliedschaft in diesem Arbeitsbereich beenden; Konto und andere Arbeitsbereiche bleiben erhalten</translation>
    </message>
    <message>
        <source>Make the selected users %1</source>
        <translation>Den ausgewählten Benutzern die Rolle %1 zuweisen</translation>
    </message>
    <message>
        <source>Give the selected users another role</source>
        <translation>Den ausgewählten Benutzern eine andere Rolle zuweisen</translation>
    </message>
    <message>
        <source>No role can be given to this selection.</source>
        <translation>Dieser Auswahl kann keine Rolle zugewiesen werden.</translation>
    </message>
    <message>
        <source>Create a member directly, without an invitation</source>
        <translation>Mitglied direkt anlegen, ohne Einladung</translation>
    </message>
    <message>
        <source>Select one user to edit.</source>
        <translation>Wählen Sie einen einzelnen Benutzer zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation>Namen, E-Mail-Adresse, Bild oder Rolle ändern</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n User(s) %1</source>
        <translation>
            <numerusform>%n Benutzer die Rolle %1 zuweisen</numerusform>
            <numerusform>%n Benutzern die Rolle %1 zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren</numerusform>
            <numerusform>%n Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer reaktivieren</numerusform>
            <numerusform>%n Benutzer reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer wiederherstellen</numerusform>
            <numerusform>%n Benutzer wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s) from the Workspace</source>
        <translation>
            <numerusform>%n Benutzer aus dem Arbeitsbereich entfernen</numerusform>
            <numerusform>%n Benutzer aus dem Arbeitsbereich entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Their account and their other workspaces stay; their groups and sessions here end.</source>
        <translation>%1 aus diesem Arbeitsbereich entfernen? Das Konto und die anderen Arbeitsbereiche der Person bleiben erhalten; ihre Gruppen und Sitzungen in diesem Arbeitsbereich enden.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Add to &amp;Group…</source>
        <translation>Zu &amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from Gro&amp;up…</source>
        <translation>Aus Gr&amp;uppe entfernen…</translation>
    </message>
    <message>
        <source>Select users first.</source>
        <translation>Wählen Sie zuerst Benutzer aus.</translation>
    </message>
    <message>
        <source>Add the selected users to a group</source>
        <translation>Die ausgewählten Benutzer zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Take the selected users out of a group</source>
        <translation>Die ausgewählten Benutzer aus einer Gruppe entfernen</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>This workspace has no groups yet: make one on the Groups page.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Gruppen: Legen Sie eine auf der Seite „Gruppen“ an.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>%n Person wird zu „%1“ hinzugefügt</numerusform>
            <numerusform>%n Personen werden zu „%1“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>%n Person wird aus „%1“ entfernt</numerusform>
            <numerusform>%n Personen werden aus „%1“ entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected users can be changed so: %1</source>
        <translation>Keiner der ausgewählten Benutzer kann so geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n user(s) matching the current view and filters</source>
        <translation>
            <numerusform>den %n Benutzer, der der aktuellen Ansicht und den Filtern entspricht</numerusform>
            <numerusform>alle %n Benutzer, die der aktuellen Ansicht und den Filtern entsprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n ausgewählten Benutzer</numerusform>
            <numerusform>%n ausgewählte Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to:</source>
        <translation>%1 hinzufügen zu:</translation>
    </message>
    <message>
        <source>Take %1 out of:</source>
        <translation>%1 entfernen aus:</translation>
    </message>
    <message>
        <source>Make %1 %2? What they may do changes at once.</source>
        <translation>Die Rolle %2 an %1 vergeben? Die Berechtigungen ändern sich sofort.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in and their sessions end now; everything else is kept and Reactivate undoes it.</source>
        <translation>%1 deaktivieren? Eine Anmeldung ist dann nicht mehr möglich und laufende Sitzungen enden sofort; alles andere bleibt erhalten, und „Reaktivieren“ macht dies rückgängig.</translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again with their old password.</source>
        <translation>%1 reaktivieren? Eine Anmeldung mit dem bisherigen Passwort ist dann wieder möglich.</translation>
    </message>
    <message>
        <source>Restore %1 from the Deleted view?</source>
        <translation>%1 aus der Ansicht „Gelöscht“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Each person is checked on their own; you will see who was changed and who was not. You are left out of a change to several people.</source>
        <translation>Jede Person wird einzeln geprüft; Sie sehen, wer geändert wurde und wer nicht. Bei einer Änderung an mehreren Personen werden Sie selbst ausgelassen.</translation>
    </message>
    <message>
        <source>Send &amp;Invitation Again…</source>
        <translation>&amp;Einladung erneut senden…</translation>
    </message>
    <message>
        <source>Mail the selected invited users a new link; their earlier links stop working</source>
        <translation>Den ausgewählten eingeladenen Benutzern einen neuen Link mailen; ihre früheren Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>Set up the workspace&apos;s mail server first (Workspace ▸ Mail Server…).</source>
        <translation>Richten Sie zuerst den Mailserver des Arbeitsbereichs ein (Arbeitsbereich ▸ Mailserver…).</translation>
    </message>
    <message>
        <source>Select one or more invited users first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere eingeladene Benutzer aus.</translation>
    </message>
    <message>
        <source>%1 has no open invitation: only invited users are sent one again.</source>
        <translation>%1 hat keine offene Einladung: Nur eingeladene Benutzer erhalten erneut eine.</translation>
    </message>
    <message>
        <source>None of the selected users is invited: only invited users are sent an invitation again.</source>
        <translation>Keiner der ausgewählten Benutzer ist eingeladen: Nur eingeladene Benutzer erhalten erneut eine Einladung.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>%n Einladung erneut senden</numerusform>
            <numerusform>%n Einladungen erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new invitation to %1? Each gets a new link by mail and their earlier links stop working.</source>
        <translation>Eine neue Einladung an %1 senden? Alle erhalten einen neuen Link per E-Mail, und ihre früheren Links funktionieren nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected users has no open invitation and is left alone.</source>
        <translation>
            <numerusform>%n der ausgewählten Benutzer hat keine offene Einladung und bleibt unverändert.</numerusform>
            <numerusform>%n der ausgewählten Benutzer haben keine offene Einladung und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Nobody in this view is invited: only invited users are sent an invitation again.</source>
        <translation>In dieser Ansicht ist niemand eingeladen: Nur eingeladene Benutzer erhalten erneut eine Einladung.</translation>
    </message>
    <message>
        <source>Only the invited among them are sent one; the others are left alone.</source>
        <translation>Nur die Eingeladenen unter ihnen erhalten eine; die anderen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Einladung erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 ist in „%2“.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 ist nicht mehr in „%2“.</translation>
    </message>
    <message>
        <source>This connection keeps no roles.</source>
        <translation>Diese Verbindung kennt keine Rollen.</translation>
    </message>
    <message>
        <source>Delete on the service at once and for good; it cannot be undone</source>
        <translation>Sofort und endgültig im Dienst löschen; das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation>Personenbezogene Daten l&amp;öschen…</translation>
    </message>
    <message>
        <source>Select one person: each erasure answers one person&apos;s request.</source>
        <translation>Wählen Sie eine Person aus: Jede Löschung beantwortet die Anfrage einer Person.</translation>
    </message>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation>Sie können sich nicht selbst löschen; ein anderer Administrator kann das.</translation>
    </message>
    <message>
        <source>Cannot Erase</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 was erased; the audit log names them “erased person %2”.</source>
        <translation>%1 wurde gelöscht; das Prüfprotokoll nennt die Person „gelöschte Person %2“.</translation>
    </message>
    <message>
        <source>Erase everything Usher holds about this person, in every workspace, when they ask (GDPR)</source>
        <translation>Alles löschen, was Usher über diese Person speichert, in jedem Arbeitsbereich, auf ihre Anfrage (DSGVO)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>&amp;Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Select one person: each export answers one person&apos;s request.</source>
        <translation>Wählen Sie eine Person aus: Jeder Export beantwortet die Anfrage einer Person.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Personenbezogene Daten werden exportiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) where you are not an Admin were left out.</source>
        <translation>
            <numerusform>%n Arbeitsbereich, in dem Sie kein Administrator sind, wurde ausgelassen.</numerusform>
            <numerusform>%n Arbeitsbereiche, in denen Sie kein Administrator sind, wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything Usher holds about this person to a ZIP file, when they ask (GDPR)</source>
        <translation>Alles, was Usher über diese Person speichert, in eine ZIP-Datei schreiben, auf ihre Anfrage (DSGVO)</translation>
    </message>
</context>
<context>
    <name>usher::MemberPickerDialog</name>
    <message>
        <source>Type a name or email address…</source>
        <translation>Namen oder E-Mail-Adresse eingeben…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>People picked</source>
        <translation>Ausgewählte Personen</translation>
    </message>
    <message>
        <source>Double-click someone to take them off the list.</source>
        <translation>Doppelklicken Sie auf eine Person, um sie von der Liste zu nehmen.</translation>
    </message>
    <message>
        <source>&amp;Find people:</source>
        <translation>Personen &amp;suchen:</translation>
    </message>
    <message>
        <source>&amp;Picked:</source>
        <translation>Aus&amp;gewählt:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No members in this workspace yet.</source>
        <translation>Noch keine Mitglieder in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Es wird nur der erste %n Treffer angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
            <numerusform>Es werden nur die ersten %n Treffer angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick someone first: tick them in the list.</source>
        <translation>Wählen Sie zuerst jemanden aus: Setzen Sie in der Liste ein Häkchen.</translation>
    </message>
    <message>
        <source>Disabled: they join the group, but cannot sign in until they are reactivated.</source>
        <translation>Deaktiviert: wird in die Gruppe aufgenommen, kann sich aber erst nach der Reaktivierung anmelden.</translation>
    </message>
    <message>
        <source>Invited: they join the group now and can use it once they accept the invitation.</source>
        <translation>Eingeladen: wird jetzt in die Gruppe aufgenommen und kann sie nutzen, sobald die Einladung angenommen ist.</translation>
    </message>
    <message>
        <source>Deleted: they are removed for good unless restored.</source>
        <translation>Gelöscht: wird endgültig entfernt, sofern nicht wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>usher::OperatorDialog</name>
    <message>
        <source>Set Up %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no Admin yet. You will be its first Admin; every change you make is recorded under your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat noch keinen Administrator. Sie werden der erste Administrator; jede Ihrer Änderungen wird unter Ihrem Namen protokolliert.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Enter your email address in &lt;b&gt;%1&lt;/b&gt;. Every change you make is recorded under your name.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse für &lt;b&gt;%1&lt;/b&gt; ein. Jede Ihrer Änderungen wird unter Ihrem Namen protokolliert.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Usher account for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Melden Sie sich mit Ihrem Usher-Konto für &lt;b&gt;%1&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>https://…?invite=… or …?reset=…</source>
        <translation>https://…?invite=… oder …?reset=…</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;I Have an Invitation or Reset Link</source>
        <translation>Ich habe eine E&amp;inladung oder einen Link zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Paste the link a colleague gave you and choose your password</source>
        <translation>Den Link einfügen, den Sie von einem Kollegen erhalten haben, und Ihr Passwort wählen</translation>
    </message>
    <message>
        <source>&amp;Forgot Password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Mail a reset link to the address above</source>
        <translation>Einen Link zum Zurücksetzen an die obige Adresse mailen</translation>
    </message>
    <message>
        <source>Sign In with a &amp;Password Instead</source>
        <translation>Stattdessen mit einem &amp;Passwort anmelden</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose your own now (at least %n characters); the temporary one stops working.</source>
        <translation>
            <numerusform>Sie haben sich mit einem temporären Passwort angemeldet. Wählen Sie jetzt Ihr eigenes (mindestens %n Zeichen); das temporäre Passwort funktioniert dann nicht mehr.</numerusform>
            <numerusform>Sie haben sich mit einem temporären Passwort angemeldet. Wählen Sie jetzt Ihr eigenes (mindestens %n Zeichen); das temporäre Passwort funktioniert dann nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and Sign In</source>
        <translation>Speichern und anmelden</translation>
    </message>
    <message numerus="yes">
        <source>Paste the invitation or password reset link you were given, and choose your password (at least %n characters). The link works once.</source>
        <translation>
            <numerusform>Fügen Sie den Einladungslink oder den Link zum Zurücksetzen ein, den Sie erhalten haben, und wählen Sie Ihr Passwort (mindestens %n Zeichen). Der Link funktioniert nur einmal.</numerusform>
            <numerusform>Fügen Sie den Einladungslink oder den Link zum Zurücksetzen ein, den Sie erhalten haben, und wählen Sie Ihr Passwort (mindestens %n Zeichen). Der Link funktioniert nur einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: enter your address first; the reset link goes there.</source>
        <translation>E-Mail: Geben Sie zuerst Ihre Adresse ein; der Link zum Zurücksetzen wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>If %1 belongs to this workspace, a reset link is on its way there. Open it, or paste it here with &quot;I Have an Invitation or Reset Link&quot;.</source>
        <translation>Wenn %1 zu diesem Arbeitsbereich gehört, ist ein Link zum Zurücksetzen dorthin unterwegs. Öffnen Sie ihn oder fügen Sie ihn hier über „Ich habe eine Einladung oder einen Link zum Zurücksetzen“ ein.</translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ.</source>
        <translation>Neues Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>usher::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Usher needs the password of &lt;b&gt;%1&lt;/b&gt; on %2 to connect.</source>
        <translation>Usher benötigt das Passwort von &lt;b&gt;%1&lt;/b&gt; auf %2, um eine Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Keep the password in the operating system&apos;s keychain, never in a file.</source>
        <translation>Das Passwort im Schlüsselbund des Betriebssystems aufbewahren, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept in memory until Usher closes.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; das Passwort wird daher bis zum Beenden von Usher im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>Usher needs a bearer token for the SCIM service at %1 to connect. Whoever runs the service issues it.</source>
        <translation>Usher benötigt ein Bearer-Token für den SCIM-Dienst unter %1, um eine Verbindung herzustellen. Ausgestellt wird es vom Betreiber des Dienstes.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Keep the token in the operating system&apos;s keychain, never in a file.</source>
        <translation>Das Token im Schlüsselbund des Betriebssystems aufbewahren, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory until Usher closes.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; das Token wird daher bis zum Beenden von Usher im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Usher needs the secret of the OAuth client &lt;b&gt;%1&lt;/b&gt; to connect to the SCIM service at %2.</source>
        <translation>Usher benötigt das Geheimnis des OAuth-Clients &lt;b&gt;%1&lt;/b&gt;, um sich mit dem SCIM-Dienst unter %2 zu verbinden.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
</context>
<context>
    <name>usher::Permissions</name>
    <message>
        <source>A %1 cannot see the members of this workspace.</source>
        <translation>Ein %1 kann die Mitglieder dieses Arbeitsbereichs nicht sehen.</translation>
    </message>
    <message>
        <source>A %1 cannot change people&apos;s names, email or picture.</source>
        <translation>Ein %1 kann Namen, E-Mail-Adressen und Bilder nicht ändern.</translation>
    </message>
    <message>
        <source>A %1 cannot create users.</source>
        <translation>Ein %1 kann keine Benutzer anlegen.</translation>
    </message>
    <message>
        <source>A %1 cannot invite people.</source>
        <translation>Ein %1 kann niemanden einladen.</translation>
    </message>
    <message>
        <source>A %1 cannot resend invitations.</source>
        <translation>Ein %1 kann Einladungen nicht erneut senden.</translation>
    </message>
    <message>
        <source>Only Managers and Admins change roles.</source>
        <translation>Nur Manager und Administratoren ändern Rollen.</translation>
    </message>
    <message>
        <source>Only Managers and Admins disable or reactivate people.</source>
        <translation>Nur Manager und Administratoren deaktivieren oder reaktivieren Personen.</translation>
    </message>
    <message>
        <source>Only Managers and Admins delete or restore people.</source>
        <translation>Nur Manager und Administratoren löschen oder stellen Personen wieder her.</translation>
    </message>
    <message>
        <source>A %1 cannot help with passwords.</source>
        <translation>Ein %1 kann nicht bei Passwörtern helfen.</translation>
    </message>
    <message>
        <source>Only Managers and Admins manage groups.</source>
        <translation>Nur Manager und Administratoren verwalten Gruppen.</translation>
    </message>
    <message>
        <source>A %1 cannot see the audit log.</source>
        <translation>Ein %1 kann das Prüfprotokoll nicht sehen.</translation>
    </message>
    <message>
        <source>Only Admins change the workspace&apos;s settings.</source>
        <translation>Nur Administratoren ändern die Einstellungen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>A %1 cannot change someone whose role (%2) is above their own.</source>
        <translation>Ein %1 kann niemanden ändern, dessen Rolle (%2) über der eigenen liegt.</translation>
    </message>
    <message>
        <source>A %1 cannot give the role %2, which is above their own.</source>
        <translation>Ein %1 kann die Rolle %2 nicht vergeben; sie liegt über der eigenen.</translation>
    </message>
    <message>
        <source>This is the workspace&apos;s last Admin. Make someone else an Admin first.</source>
        <translation>Dies ist der letzte Administrator des Arbeitsbereichs. Machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).</source>
        <translation>
            <numerusform>Platzlimit erreicht — upgraden Sie, um mehr hinzuzufügen (%1 von %2 Plätzen belegt, %n weiterer nötig).</numerusform>
            <numerusform>Platzlimit erreicht — upgraden Sie, um mehr hinzuzufügen (%1 von %2 Plätzen belegt, %n weitere nötig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only Admins export or erase someone&apos;s personal data.</source>
        <translation>Nur Administratoren exportieren oder löschen personenbezogene Daten.</translation>
    </message>
</context>
<context>
    <name>usher::PersonChange</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>usher::PostgresServerEditor</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty; Usher will set it up when you connect.</source>
        <translation>Mit %1 verbunden. Die Datenbank ist leer; Usher richtet sie beim Verbinden ein.</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate</source>
        <translation>Das Zertifikat der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>Only needed when the server is verified</source>
        <translation>Nur erforderlich, wenn der Server überprüft wird</translation>
    </message>
</context>
<context>
    <name>usher::Privacy</name>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation>Sie können sich nicht selbst löschen; ein anderer Administrator kann das.</translation>
    </message>
    <message>
        <source>They also belong to the workspace “%1”, where you are not an active member: an erasure reaches every workspace, so only someone who is an Admin in all of them can make it.</source>
        <translation>Die Person gehört auch zum Arbeitsbereich „%1“, in dem Sie kein aktives Mitglied sind: Eine Löschung betrifft jeden Arbeitsbereich, daher kann sie nur jemand vornehmen, der überall Administrator ist.</translation>
    </message>
    <message>
        <source>In the workspace “%1”: %2</source>
        <translation>Im Arbeitsbereich „%1“: %2</translation>
    </message>
    <message>
        <source>They are the last active Admin of the workspace “%1”; make someone else an Admin first.</source>
        <translation>Die Person ist der letzte aktive Administrator des Arbeitsbereichs „%1“; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference (a ticket or letter number): the erasure log keeps it instead of the person.</source>
        <translation>Geben Sie die Referenz der Anfrage ein (eine Ticket- oder Briefnummer): Das Löschprotokoll speichert sie statt der Person.</translation>
    </message>
    <message>
        <source>The request&apos;s reference is longer than 200 characters.</source>
        <translation>Die Referenz der Anfrage ist länger als 200 Zeichen.</translation>
    </message>
</context>
<context>
    <name>usher::PrivacyCommand</name>
    <message>
        <source>Erases everything held about one person, in every workspace, when they ask (GDPR): their account, memberships, groups, invitations, sessions, sign-ins, password resets, mails and waitlist entries; the audit log keeps its events with a pseudonym. Irreversible. Prints a JSON summary. Exit codes: 0 erased, 1 refused or not confirmed, 2 bad input, 3 no connection.</source>
        <translation>Löscht alles, was über eine Person gespeichert ist, in jedem Arbeitsbereich, auf ihre Anfrage (DSGVO): Konto, Mitgliedschaften, Gruppen, Einladungen, Sitzungen, Anmeldungen, Passwortzurücksetzungen, E-Mails und Wartelisteneinträge; das Prüfprotokoll behält seine Ereignisse mit einem Pseudonym. Unumkehrbar. Gibt eine JSON-Zusammenfassung aus. Exit-Codes: 0 gelöscht, 1 abgelehnt oder nicht bestätigt, 2 ungültige Eingabe, 3 keine Verbindung.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The address of the person to erase.</source>
        <translation>Die Adresse der zu löschenden Person.</translation>
    </message>
    <message>
        <source>Erase as the member &lt;email&gt; (an Admin).</source>
        <translation>Als das Mitglied &lt;email&gt; löschen (ein Administrator).</translation>
    </message>
    <message>
        <source>The request&apos;s reference &lt;ref&gt; (a ticket or letter number), kept in the erasure log.</source>
        <translation>Die Referenz &lt;ref&gt; der Anfrage (eine Ticket- oder Briefnummer), im Löschprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation at a terminal.</source>
        <translation>Im Terminal nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>Give the request&apos;s reference with --reference: the erasure log keeps it instead of the person.</source>
        <translation>Geben Sie die Referenz der Anfrage mit --reference an: Das Löschprotokoll speichert sie statt der Person.</translation>
    </message>
    <message>
        <source>Not erased: confirm at a terminal, or add --yes for a script.</source>
        <translation>Nicht gelöscht: Bestätigen Sie im Terminal oder fügen Sie für ein Skript --yes hinzu.</translation>
    </message>
    <message>
        <source>Nobody in this workspace has the address %1.</source>
        <translation>Niemand in diesem Arbeitsbereich hat die Adresse %1.</translation>
    </message>
    <message>
        <source>Type the address again to erase, anything else to stop:</source>
        <translation>Geben Sie die Adresse erneut ein, um zu löschen, oder etwas anderes, um abzubrechen:</translation>
    </message>
    <message>
        <source>Not erased.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <source>Erase %1 &lt;%2&gt; from %3, for good? Removed with the account: group memberships %4, invitations %5, sessions %6, sign-in records %7, mails %8, waitlist entries %9. Audit events kept with a pseudonym: %10.</source>
        <translation>%1 &lt;%2&gt; endgültig aus %3 löschen? Mit dem Konto entfernt: Gruppenmitgliedschaften %4, Einladungen %5, Sitzungen %6, Anmeldeeinträge %7, E-Mails %8, Wartelisteneinträge %9. Ereignisse im Prüfprotokoll, die mit Pseudonym bleiben: %10.</translation>
    </message>
    <message>
        <source>usher privacy export EMAIL FILE.zip writes everything held about them, in the workspaces where you are an Admin, to a ZIP file of JSON and CSV files with a README.</source>
        <translation>usher privacy export E-MAIL DATEI.zip schreibt alles, was über die Person gespeichert ist, in den Arbeitsbereichen, in denen Sie Administrator sind, in eine ZIP-Datei mit JSON- und CSV-Dateien und einer README.</translation>
    </message>
    <message>
        <source>Use: usher privacy export EMAIL FILE.zip [--as EMAIL], or usher privacy erase EMAIL --reference REF [--as EMAIL] [--yes].</source>
        <translation>Verwendung: usher privacy export E-MAIL DATEI.zip [--as E-MAIL] oder usher privacy erase E-MAIL --reference REF [--as E-MAIL] [--yes].</translation>
    </message>
</context>
<context>
    <name>usher::ProfileEditor</name>
    <message>
        <source>The system&apos;s certificate authorities if left empty</source>
        <translation>Die Zertifizierungsstellen des Systems, falls leer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>usher::RegistrationLinks</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Registrierungslink</translation>
    </message>
    <message>
        <source>&amp;Copy All Links</source>
        <translation>Alle &amp;Links kopieren</translation>
    </message>
</context>
<context>
    <name>usher::Role</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
</context>
<context>
    <name>usher::SavedView</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>Expired invitations</source>
        <translation>Abgelaufene Einladungen</translation>
    </message>
    <message>
        <source>Invited over 3 days ago</source>
        <translation>Vor über 3 Tagen eingeladen</translation>
    </message>
    <message>
        <source>No sign-in for 90+ days</source>
        <translation>Keine Anmeldung seit 90+ Tagen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not changed: %1 no longer matches the filter (changed since the change began).</source>
        <translation>Nicht geändert: %1 entspricht dem Filter nicht mehr (seit Beginn der Änderung geändert).</translation>
    </message>
</context>
<context>
    <name>usher::SavedViewsModel</name>
    <message numerus="yes">
        <source>%1, %n user(s)</source>
        <translation>
            <numerusform>%1, %n Benutzer</numerusform>
            <numerusform>%1, %n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::ScheduledSync</name>
    <message>
        <source>Directory sync: the workspace has no directory any more.</source>
        <translation>Verzeichnissynchronisierung: Der Arbeitsbereich hat kein Verzeichnis mehr.</translation>
    </message>
    <message>
        <source>Directory sync did not run: %1</source>
        <translation>Verzeichnissynchronisierung nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Directory sync failed: %1</source>
        <translation>Verzeichnissynchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Directory sync stopped without changing anything: it would disable %n people. Open Workspace ▸ Directory Sync… to check the directory and confirm.</source>
        <translation>
            <numerusform>Verzeichnissynchronisierung ohne Änderung angehalten: Sie würde %n Person deaktivieren. Öffnen Sie Arbeitsbereich ▸ Verzeichnissynchronisierung…, um das Verzeichnis zu prüfen und zu bestätigen.</numerusform>
            <numerusform>Verzeichnissynchronisierung ohne Änderung angehalten: Sie würde %n Personen deaktivieren. Öffnen Sie Arbeitsbereich ▸ Verzeichnissynchronisierung…, um das Verzeichnis zu prüfen und zu bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory sync: %1.</source>
        <translation>Verzeichnissynchronisierung: %1.</translation>
    </message>
    <message>
        <source>Directory sync did not run: no password for the directory is saved in your keychain (%1).</source>
        <translation>Verzeichnissynchronisierung nicht ausgeführt: In Ihrem Schlüsselbund ist kein Passwort für das Verzeichnis gespeichert (%1).</translation>
    </message>
</context>
<context>
    <name>usher::ScimBackend</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A SCIM service does not tell when people last signed in.</source>
        <translation>Ein SCIM-Dienst gibt nicht an, wann sich Personen zuletzt angemeldet haben.</translation>
    </message>
    <message>
        <source>This service keeps no roles, so people cannot be listed by role.</source>
        <translation>Dieser Dienst kennt keine Rollen, daher können Personen nicht nach Rolle aufgelistet werden.</translation>
    </message>
    <message>
        <source>This service cannot search.</source>
        <translation>Dieser Dienst kann nicht suchen.</translation>
    </message>
    <message>
        <source>This service cannot filter its users, so only “All users” can be shown.</source>
        <translation>Dieser Dienst kann seine Benutzer nicht filtern, daher kann nur „Alle Benutzer“ angezeigt werden.</translation>
    </message>
    <message>
        <source>This SCIM service has no groups.</source>
        <translation>Dieser SCIM-Dienst hat keine Gruppen.</translation>
    </message>
    <message>
        <source>A SCIM service has no invitations: people are created there directly.</source>
        <translation>Ein SCIM-Dienst kennt keine Einladungen: Personen werden dort direkt angelegt.</translation>
    </message>
    <message>
        <source>A SCIM service sends no mail through Usher.</source>
        <translation>Ein SCIM-Dienst versendet keine E-Mails über Usher.</translation>
    </message>
    <message>
        <source>This SCIM service keeps no audit log that Usher can read.</source>
        <translation>Dieser SCIM-Dienst führt kein Prüfprotokoll, das Usher lesen kann.</translation>
    </message>
    <message>
        <source>A SCIM connection acts as the holder of its token; there is nobody to sign in.</source>
        <translation>Eine SCIM-Verbindung handelt als Inhaber ihres Tokens; es muss sich niemand anmelden.</translation>
    </message>
    <message>
        <source>Passwords on a SCIM service are looked after by the service itself.</source>
        <translation>Passwörter eines SCIM-Dienstes werden vom Dienst selbst verwaltet.</translation>
    </message>
    <message>
        <source>A SCIM service is looked after by whoever runs it.</source>
        <translation>Ein SCIM-Dienst wird von seinem Betreiber gewartet.</translation>
    </message>
    <message>
        <source>Importing lists of people into a SCIM service is not offered yet.</source>
        <translation>Das Importieren von Personenlisten in einen SCIM-Dienst wird noch nicht angeboten.</translation>
    </message>
    <message>
        <source>Exporting the people of a SCIM service is not offered yet.</source>
        <translation>Das Exportieren der Personen eines SCIM-Dienstes wird noch nicht angeboten.</translation>
    </message>
    <message>
        <source>Reading the service&apos;s configuration</source>
        <translation>Das Lesen der Konfiguration des Dienstes</translation>
    </message>
    <message>
        <source>No SCIM service answers at this address: it has no /ServiceProviderConfig. Check the base URL (it usually ends in /scim/v2).</source>
        <translation>Unter dieser Adresse antwortet kein SCIM-Dienst: Es gibt keine /ServiceProviderConfig. Prüfen Sie die Basis-URL (sie endet meist auf /scim/v2).</translation>
    </message>
    <message>
        <source>Reading the service&apos;s resource types</source>
        <translation>Das Lesen der Ressourcentypen des Dienstes</translation>
    </message>
    <message>
        <source>Reading the User schema</source>
        <translation>Das Lesen des User-Schemas</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Das Lesen der Benutzer</translation>
    </message>
    <message>
        <source>Asking who the token belongs to</source>
        <translation>Die Abfrage, wem das Token gehört</translation>
    </message>
    <message>
        <source>This connection&apos;s token</source>
        <translation>Das Token dieser Verbindung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation>Benutzer: %1.</translation>
    </message>
    <message>
        <source>Acts as: %1.</source>
        <translation>Handelt als: %1.</translation>
    </message>
    <message>
        <source>the token (the service has no /Me)</source>
        <translation>das Token (der Dienst hat kein /Me)</translation>
    </message>
    <message>
        <source>Search: %1.</source>
        <translation>Suche: %1.</translation>
    </message>
    <message>
        <source>names and addresses containing the text</source>
        <translation>Namen und Adressen, die den Text enthalten</translation>
    </message>
    <message>
        <source>names and addresses starting with the text</source>
        <translation>Namen und Adressen, die mit dem Text beginnen</translation>
    </message>
    <message>
        <source>exact user names and addresses only</source>
        <translation>nur exakte Benutzernamen und Adressen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sorting: %1.</source>
        <translation>Sortierung: %1.</translation>
    </message>
    <message>
        <source>announced, but the service ignores it</source>
        <translation>angekündigt, aber vom Dienst ignoriert</translation>
    </message>
    <message>
        <source>Versions (ETags): %1.</source>
        <translation>Versionen (ETags): %1.</translation>
    </message>
    <message>
        <source>Partial changes (PATCH): %1.</source>
        <translation>Teiländerungen (PATCH): %1.</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Rollen: %1.</translation>
    </message>
    <message>
        <source>Groups: %1.</source>
        <translation>Gruppen: %1.</translation>
    </message>
    <message>
        <source>This service sorts by name, address, role, status and the date joined only.</source>
        <translation>Dieser Dienst sortiert nur nach Name, Adresse, Rolle, Status und Beitrittsdatum.</translation>
    </message>
    <message>
        <source>This service does not sort: people are listed in its own order.</source>
        <translation>Dieser Dienst sortiert nicht: Personen werden in seiner eigenen Reihenfolge aufgelistet.</translation>
    </message>
    <message>
        <source>This service only finds names and addresses that start with the text.</source>
        <translation>Dieser Dienst findet nur Namen und Adressen, die mit dem Text beginnen.</translation>
    </message>
    <message>
        <source>This service only finds exact user names and addresses.</source>
        <translation>Dieser Dienst findet nur exakte Benutzernamen und Adressen.</translation>
    </message>
    <message>
        <source>This service changed its order between pages: while you scroll, someone may appear twice or be missed. Search or sort to narrow the list.</source>
        <translation>Dieser Dienst hat seine Reihenfolge zwischen den Seiten geändert: Beim Scrollen kann jemand doppelt erscheinen oder fehlen. Suchen oder sortieren Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>Counting the users</source>
        <translation>Das Zählen der Benutzer</translation>
    </message>
    <message>
        <source>(Usher&apos;s rule, checked before asking the service.)</source>
        <translation>(Eine Regel von Usher, geprüft, bevor der Dienst gefragt wird.)</translation>
    </message>
    <message>
        <source>Reading this person</source>
        <translation>Das Lesen der Daten dieser Person</translation>
    </message>
    <message>
        <source>You may not give someone the role %1.</source>
        <translation>Sie dürfen niemandem die Rolle %1 zuweisen.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Das Anlegen von %1</translation>
    </message>
    <message>
        <source>The service created the person but did not say their id. Reload to see them.</source>
        <translation>Der Dienst hat die Person angelegt, aber ihre ID nicht mitgeteilt. Laden Sie neu, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Pictures cannot be changed on a SCIM service from Usher.</source>
        <translation>Bilder auf einem SCIM-Dienst können nicht von Usher aus geändert werden.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Das Speichern von %1</translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the service since you loaded it. Reload and try again.</source>
        <translation>%1 ist fehlgeschlagen: Es wurde auf dem Dienst geändert, seit Sie es geladen haben. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Listing the people to change</source>
        <translation>Das Auflisten der zu ändernden Personen</translation>
    </message>
    <message>
        <source>%1 failed: the service answered from position %2 when asked for %3, so Usher cannot tell who it means. Nobody was changed.</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst antwortete ab Position %2, obwohl %3 angefragt war, daher kann Usher nicht feststellen, wer gemeint ist. Niemand wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation>%1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Stopped before their turn; nothing was sent for them.</source>
        <translation>Angehalten, bevor die Person an der Reihe war; für sie wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Counting the Admins</source>
        <translation>Das Zählen der Administratoren</translation>
    </message>
    <message>
        <source>Usher cannot count this service&apos;s Admins, so it does not take an Admin&apos;s access away here.</source>
        <translation>Usher kann die Administratoren dieses Dienstes nicht zählen und entzieht hier daher keinem Administrator den Zugriff.</translation>
    </message>
    <message>
        <source>%1 was changed on the service since you loaded the list. Reload and try again.</source>
        <translation>%1 wurde auf dem Dienst geändert, seit Sie die Liste geladen haben. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Das Ändern von %1</translation>
    </message>
    <message>
        <source>A SCIM service does not show sessions that Usher could end.</source>
        <translation>Ein SCIM-Dienst zeigt keine Sitzungen an, die Usher beenden könnte.</translation>
    </message>
    <message>
        <source>Reading the groups</source>
        <translation>Das Lesen der Gruppen</translation>
    </message>
    <message>
        <source>Counting the members of %1</source>
        <translation>Das Zählen der Mitglieder von %1</translation>
    </message>
    <message>
        <source>Reading the group</source>
        <translation>Das Lesen der Gruppe</translation>
    </message>
    <message>
        <source>A group on a SCIM service has a name and members only; Usher cannot keep a description or permissions there.</source>
        <translation>Eine Gruppe auf einem SCIM-Dienst hat nur einen Namen und Mitglieder; Usher kann dort weder eine Beschreibung noch Berechtigungen speichern.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members</source>
        <translation>Das Lesen der Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>Das Anlegen der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Renaming the group “%1”</source>
        <translation>Das Umbenennen der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Deleting the group “%1”</source>
        <translation>Das Löschen der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Adding %1 to “%2”</source>
        <translation>Das Hinzufügen von %1 zu „%2“</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”</source>
        <translation>Das Entfernen von %1 aus „%2“</translation>
    </message>
    <message>
        <source>The service answered more than 64 MB at once.</source>
        <translation>Der Dienst hat mehr als 64 MB auf einmal gesendet.</translation>
    </message>
    <message>
        <source>The service&apos;s answer nests deeper than %1 levels.</source>
        <translation>Die Antwort des Dienstes ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Dienstes ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Dienstes ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The service&apos;s list has no usable totalResults.</source>
        <translation>Die Liste des Dienstes enthält kein verwendbares totalResults.</translation>
    </message>
    <message>
        <source>The service&apos;s list has Resources that are not a list.</source>
        <translation>Die Liste des Dienstes enthält Resources, die keine Liste sind.</translation>
    </message>
    <message>
        <source>The service&apos;s list holds something that is not a resource.</source>
        <translation>Die Liste des Dienstes enthält etwas, das keine Ressource ist.</translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s certificate could not be verified (%2).</source>
        <translation>%1 ist fehlgeschlagen: Das Zertifikat des Dienstes konnte nicht überprüft werden (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the service did not answer in time.</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed: nothing accepts connections at this address. Is the service running?</source>
        <translation>%1 ist fehlgeschlagen: Unter dieser Adresse werden keine Verbindungen angenommen. Läuft der Dienst?</translation>
    </message>
    <message>
        <source>%1 failed: the host name is unknown.</source>
        <translation>%1 ist fehlgeschlagen: Der Hostname ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the service was lost (%2).</source>
        <translation>%1 ist fehlgeschlagen: Die Verbindung zum Dienst wurde unterbrochen (%2).</translation>
    </message>
    <message>
        <source> The service says: “%1”</source>
        <translation> Der Dienst meldet: „%1“</translation>
    </message>
    <message>
        <source>%1 failed: the service did not accept the token.</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst hat das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 failed: the service does not allow this connection&apos;s account to do it.</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst erlaubt dies dem Konto dieser Verbindung nicht.</translation>
    </message>
    <message>
        <source>%1 failed: the service has no such resource (it may have been deleted).</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst hat diese Ressource nicht (möglicherweise wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>%1 failed: the service already has someone with this name or address.</source>
        <translation>%1 ist fehlgeschlagen: Beim Dienst gibt es bereits jemanden mit diesem Namen oder dieser Adresse.</translation>
    </message>
    <message>
        <source>%1 failed: it conflicts with what the service holds.</source>
        <translation>%1 ist fehlgeschlagen: Dies steht im Widerspruch zu den Daten des Dienstes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: the service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 ist fehlgeschlagen: Der Dienst bittet darum, vor einem erneuten Versuch %n Sekunde zu warten.</numerusform>
            <numerusform>%1 ist fehlgeschlagen: Der Dienst bittet darum, vor einem erneuten Versuch %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: the service asks to wait before trying again.</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst bittet darum, vor einem erneuten Versuch zu warten.</translation>
    </message>
    <message>
        <source>%1 failed: the service had a problem of its own (HTTP %2).</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst hatte ein eigenes Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed: the service refused the request (HTTP %2).</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Getting an access token from %1</source>
        <translation>Das Abrufen eines Zugriffstokens von %1</translation>
    </message>
    <message>
        <source>%1 failed: the token URL did not accept the client id and secret.</source>
        <translation>%1 ist fehlgeschlagen: Die Token-URL hat Client-ID und Geheimnis nicht angenommen.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2).</translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <source>%1 failed: the answer held no access token.</source>
        <translation>%1 ist fehlgeschlagen: Die Antwort enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>%1 failed: the service refuses the OAuth client&apos;s access tokens (check the client&apos;s audience and scopes for this service).</source>
        <translation>%1 ist fehlgeschlagen: Der Dienst lehnt die Zugriffstokens des OAuth-Clients ab (prüfen Sie Audience und Scopes des Clients für diesen Dienst).</translation>
    </message>
    <message>
        <source>%1 failed: the token is of type “%2”; Usher sends bearer tokens only.</source>
        <translation>%1 ist fehlgeschlagen: Das Token hat den Typ „%2“; Usher sendet nur Bearer-Tokens.</translation>
    </message>
    <message>
        <source>This SCIM service cannot filter its users, so Usher cannot tell who is in a group.</source>
        <translation>Dieser SCIM-Dienst kann seine Benutzer nicht filtern, daher kann Usher nicht feststellen, wer in einer Gruppe ist.</translation>
    </message>
    <message>
        <source>The service created the group but did not say its id. Reload to see it.</source>
        <translation>Der Dienst hat die Gruppe angelegt, aber ihre ID nicht mitgeteilt. Laden Sie neu, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This service did not show the group&apos;s members, and without partial changes (PATCH) a new name would replace them. Rename it on the service.</source>
        <translation>Dieser Dienst hat die Mitglieder der Gruppe nicht angezeigt, und ohne Teiländerungen (PATCH) würde ein neuer Name sie ersetzen. Benennen Sie die Gruppe im Dienst selbst um.</translation>
    </message>
    <message>
        <source>Counting the members</source>
        <translation>Das Zählen der Mitglieder</translation>
    </message>
    <message>
        <source>A SCIM service keeps no Deleted view and no workspaces of Usher&apos;s: people it deletes are gone for good, and nobody is restored or removed from a workspace.</source>
        <translation>Ein SCIM-Dienst hat keine Ansicht „Gelöscht“ und keine Arbeitsbereiche von Usher: Wen er löscht, der ist endgültig weg, und niemand wird wiederhergestellt oder aus einem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <source>Capitals: the service tells them from small letters, so a search also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Großbuchstaben: Der Dienst unterscheidet sie von Kleinbuchstaben, daher sucht eine Suche den Text auch in Kleinbuchstaben und mit großen Anfangsbuchstaben.</translation>
    </message>
    <message>
        <source>Bulk changes: %1.</source>
        <translation>Sammeländerungen (Bulk): %1.</translation>
    </message>
    <message>
        <source>yes, used for changes to several people</source>
        <translation>ja, verwendet für Änderungen an mehreren Personen</translation>
    </message>
    <message>
        <source>offered, but not used: each person is changed with their own version</source>
        <translation>angeboten, aber nicht verwendet: Jede Person wird mit ihrer eigenen Version geändert</translation>
    </message>
    <message>
        <source>Roles: kept in %1.</source>
        <translation>Rollen: gespeichert in %1.</translation>
    </message>
    <message>
        <source>Roles: the service has no attribute %1.</source>
        <translation>Rollen: Der Dienst hat kein Attribut %1.</translation>
    </message>
    <message>
        <source>Enterprise extension: %1.</source>
        <translation>Enterprise-Erweiterung: %1.</translation>
    </message>
    <message>
        <source>Password changes: offered by the service; Usher&apos;s password help needs sign-in history a SCIM service does not give, so it is not offered.</source>
        <translation>Passwortänderungen: vom Dienst angeboten; die Passworthilfe von Usher braucht einen Anmeldeverlauf, den ein SCIM-Dienst nicht liefert, und wird daher nicht angeboten.</translation>
    </message>
    <message>
        <source>Password changes: no.</source>
        <translation>Passwortänderungen: nein.</translation>
    </message>
    <message>
        <source>It tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Er unterscheidet Groß- und Kleinbuchstaben: Usher sucht den Text auch in Kleinbuchstaben und mit großen Anfangsbuchstaben.</translation>
    </message>
    <message>
        <source>This service tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Dieser Dienst unterscheidet Groß- und Kleinbuchstaben: Usher sucht den Text auch in Kleinbuchstaben und mit großen Anfangsbuchstaben.</translation>
    </message>
    <message>
        <source>Sending the changes together</source>
        <translation>Das gemeinsame Senden der Änderungen</translation>
    </message>
    <message>
        <source>The service may have made this change before the connection failed; reload to see.</source>
        <translation>Der Dienst hat diese Änderung möglicherweise vorgenommen, bevor die Verbindung abbrach; laden Sie neu, um es zu sehen.</translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s answer did not mention this change, so it was not made.</source>
        <translation>%1 ist fehlgeschlagen: Die Antwort des Dienstes erwähnte diese Änderung nicht, also wurde sie nicht vorgenommen.</translation>
    </message>
    <message>
        <source>A SCIM service holds its people&apos;s data itself: Delete removes them there for good, and Usher keeps nothing of them to erase.</source>
        <translation>Ein SCIM-Dienst speichert die Daten seiner Personen selbst: Löschen entfernt sie dort endgültig, und Usher hat nichts von ihnen zu löschen.</translation>
    </message>
    <message>
        <source>A SCIM service is itself the directory its people come from: sync it from LDAP there.</source>
        <translation>Ein SCIM-Dienst ist selbst das Verzeichnis, aus dem seine Personen stammen: Synchronisieren Sie ihn dort aus LDAP.</translation>
    </message>
</context>
<context>
    <name>usher::ScimServiceEditor</name>
    <message>
        <source>SCIM 2.0 service</source>
        <translation>SCIM-2.0-Dienst</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Bearer-Token:</translation>
    </message>
    <message>
        <source>https://idp.example.org/scim/v2</source>
        <translation>https://idp.example.org/scim/v2</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Time-&amp;out:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth-2.0-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>https://idp.example.org/oauth2/token</source>
        <translation>https://idp.example.org/oauth2/token</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Anmeldever&amp;fahren:</translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>None if left empty; some servers need one, e.g. api://usher/.default</source>
        <translation>Keiner, wenn leer; manche Server verlangen einen, z. B. api://usher/.default</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>Where the service keeps each person&apos;s Usher role. Leave empty for the standard roles attribute; for a service without roles, name another attribute, such as userType, or an extension&apos;s by its full name (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division).</source>
        <translation>Wo der Dienst die Usher-Rolle jeder Person speichert. Leer lassen für das Standardattribut roles; für einen Dienst ohne Rollen ein anderes Attribut angeben, etwa userType, oder das einer Erweiterung mit seinem vollständigen Namen (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division).</translation>
    </message>
    <message>
        <source>&amp;Role attribute:</source>
        <translation>&amp;Rollenattribut:</translation>
    </message>
</context>
<context>
    <name>usher::SecretShownOnceDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Copy Again</source>
        <translation>Erneut &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
</context>
<context>
    <name>usher::Session</name>
    <message>
        <source>Usher cannot connect to this kind of connection.</source>
        <translation>Mit dieser Art von Verbindung kann Usher keine Verbindung herstellen.</translation>
    </message>
</context>
<context>
    <name>usher::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Search box and table</source>
        <translation>Suchfeld und Tabelle</translation>
    </message>
    <message>
        <source>Clear the search; when it is empty, go to the table</source>
        <translation>Suche leeren; ist sie leer, zur Tabelle wechseln</translation>
    </message>
    <message>
        <source>Open the chosen person</source>
        <translation>Gewählte Person öffnen</translation>
    </message>
    <message>
        <source>Choose more people</source>
        <translation>Mehrere Personen wählen</translation>
    </message>
    <message>
        <source>Shift+arrows, Ctrl+click</source>
        <translation>Umschalt+Pfeiltasten, Strg+Klick</translation>
    </message>
</context>
<context>
    <name>usher::SignInHelp</name>
    <message>
        <source>Called back on the number on file</source>
        <translation>Unter der hinterlegten Nummer zurückgerufen</translation>
    </message>
    <message>
        <source>Confirmed by their manager</source>
        <translation>Von der Führungskraft bestätigt</translation>
    </message>
    <message>
        <source>In person, with an ID</source>
        <translation>Persönlich, mit Ausweis</translation>
    </message>
    <message>
        <source>Another way (say which)</source>
        <translation>Auf andere Weise (bitte angeben)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Say how you checked who is asking: callers pretending to be someone else are how accounts are taken over.</source>
        <translation>Geben Sie an, wie Sie geprüft haben, wer anfragt: Konten werden übernommen, indem sich Anrufer als jemand anderes ausgeben.</translation>
    </message>
    <message>
        <source>Note: say how you checked who is asking.</source>
        <translation>Notiz: Geben Sie an, wie Sie geprüft haben, wer anfragt.</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>Notiz: höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>You cannot help yourself from here: change your own password by signing in, or ask a colleague.</source>
        <translation>Sich selbst können Sie hier nicht helfen: Ändern Sie Ihr eigenes Passwort, indem Sie sich anmelden, oder bitten Sie einen Kollegen darum.</translation>
    </message>
    <message>
        <source>Only Admins may sign in as someone else.</source>
        <translation>Nur Administratoren dürfen sich als eine andere Person anmelden.</translation>
    </message>
    <message>
        <source>You are already yourself.</source>
        <translation>Sie sind bereits Sie selbst.</translation>
    </message>
    <message>
        <source>Nobody signs in as an Admin: their rights are too wide to borrow.</source>
        <translation>Niemand meldet sich als Administrator an: Diese Rechte sind zu weitreichend, um sie auszuleihen.</translation>
    </message>
    <message>
        <source>Removed from this workspace on %1</source>
        <translation>Am %1 aus diesem Arbeitsbereich entfernt</translation>
    </message>
    <message>
        <source>Not a member of this workspace</source>
        <translation>Kein Mitglied dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Their account still exists (for their other workspaces), but it has no place here any more. Invite them again if they should be back.</source>
        <translation>Das Konto existiert noch (für die anderen Arbeitsbereiche der Person), gehört hier aber nicht mehr dazu. Laden Sie die Person erneut ein, wenn sie zurückkommen soll.</translation>
    </message>
    <message>
        <source>Invite Again…</source>
        <translation>Erneut einladen…</translation>
    </message>
    <message>
        <source>Deleted on %1; restorable until %2</source>
        <translation>Am %1 gelöscht; wiederherstellbar bis %2</translation>
    </message>
    <message>
        <source>A deleted person cannot sign in. Restoring gives back their access as it was.</source>
        <translation>Eine gelöschte Person kann sich nicht anmelden. Durch das Wiederherstellen erhält sie ihren Zugriff wie zuvor zurück.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted; too long ago to restore</source>
        <translation>Gelöscht; zu lange her für eine Wiederherstellung</translation>
    </message>
    <message>
        <source>The account is about to be purged. Invite them again once it is gone.</source>
        <translation>Das Konto wird demnächst endgültig gelöscht. Laden Sie die Person erneut ein, sobald es entfernt ist.</translation>
    </message>
    <message>
        <source>Disabled in this workspace</source>
        <translation>In diesem Arbeitsbereich deaktiviert</translation>
    </message>
    <message>
        <source>Disabled, and every seat is taken</source>
        <translation>Deaktiviert, und alle Plätze sind belegt</translation>
    </message>
    <message>
        <source>Someone disabled their access; their password still works once they are reactivated. Check why before reactivating (the Activity tab says who).</source>
        <translation>Jemand hat den Zugriff der Person deaktiviert; ihr Passwort funktioniert wieder, sobald sie reaktiviert ist. Prüfen Sie vor dem Reaktivieren den Grund (auf der Registerkarte „Aktivität“ steht, wer es war).</translation>
    </message>
    <message>
        <source>Reactivating them needs a free seat: free one, or raise the seat limit.</source>
        <translation>Für die Reaktivierung ist ein freier Platz nötig: Geben Sie einen frei oder erhöhen Sie das Platzlimit.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Invited, not accepted yet; the link works until %1</source>
        <translation>Eingeladen, noch nicht angenommen; der Link ist bis %1 gültig</translation>
    </message>
    <message>
        <source>They sign in once they have chosen a password with the link in their invitation. Lost the mail? Send a new link; the old one stops working.</source>
        <translation>Die Person kann sich anmelden, sobald sie über den Link in ihrer Einladung ein Passwort gewählt hat. E-Mail verloren gegangen? Senden Sie einen neuen Link; der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Invitation expired on %1</source>
        <translation>Einladung am %1 abgelaufen</translation>
    </message>
    <message>
        <source>Invited, but the invitation no longer works</source>
        <translation>Eingeladen, aber die Einladung funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>The link in their mail no longer works. Send a new one.</source>
        <translation>Der Link in der E-Mail funktioniert nicht mehr. Senden Sie einen neuen.</translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n wrong password(s), until %1 (%2)</source>
        <translation>
            <numerusform>Gesperrt nach %n falschem Passwort, bis %1 (%2)</numerusform>
            <numerusform>Gesperrt nach %n falschen Passwörtern, bis %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every password they try before then is refused unchecked. Unlock if you are sure it is them; if they do not remember the password, send a reset instead.</source>
        <translation>Jedes Passwort, das die Person bis dahin versucht, wird ungeprüft abgelehnt. Entsperren Sie, wenn Sie sicher sind, dass es wirklich diese Person ist; erinnert sie sich nicht an das Passwort, senden Sie stattdessen einen Link zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Anmeldung entsperren</translation>
    </message>
    <message>
        <source>Has a temporary password, not changed yet</source>
        <translation>Hat ein temporäres Passwort, noch nicht geändert</translation>
    </message>
    <message>
        <source>They sign in with the temporary password they were given and then choose their own. Lost it? Send a reset link.</source>
        <translation>Die Person meldet sich mit dem erhaltenen temporären Passwort an und wählt dann ein eigenes. Verloren? Senden Sie einen Link zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation>Link zum Zurücksetzen senden</translation>
    </message>
    <message>
        <source>No password: signs in through their organisation</source>
        <translation>Kein Passwort: meldet sich über die eigene Organisation an</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Kein Passwort festgelegt</translation>
    </message>
    <message>
        <source>They sign in with their organisation&apos;s account; problems there are for the team that runs it. A reset link gives them a password here too.</source>
        <translation>Die Person meldet sich mit dem Konto ihrer Organisation an; Probleme dort löst das Team, das es betreibt. Über einen Link zum Zurücksetzen erhält sie auch hier ein Passwort.</translation>
    </message>
    <message>
        <source>They never chose a password (or never finished). A reset link lets them choose one.</source>
        <translation>Die Person hat nie ein Passwort gewählt (oder den Vorgang nie abgeschlossen). Über einen Link zum Zurücksetzen kann sie eines wählen.</translation>
    </message>
    <message>
        <source>Nothing wrong on our side; last signed in %1</source>
        <translation>Auf unserer Seite ist alles in Ordnung; zuletzt angemeldet %1</translation>
    </message>
    <message>
        <source>Nothing wrong on our side; never signed in yet</source>
        <translation>Auf unserer Seite ist alles in Ordnung; noch nie angemeldet</translation>
    </message>
    <message>
        <source>Their account is active and can sign in. Check the address they type and the page they use.</source>
        <translation>Das Konto ist aktiv; eine Anmeldung ist möglich. Prüfen Sie die Adresse, die die Person eingibt, und die Seite, die sie verwendet.</translation>
    </message>
    <message>
        <source>Their account is active; the wrong passwords below have not locked it. If they forgot the password, send a reset link.</source>
        <translation>Das Konto ist aktiv; die falschen Passwörter unten haben es nicht gesperrt. Hat die Person das Passwort vergessen, senden Sie einen Link zum Zurücksetzen.</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No password set; last signed in %1 another way</source>
        <translation>Kein Passwort festgelegt; zuletzt %1 auf andere Weise angemeldet</translation>
    </message>
    <message>
        <source>They have signed in without a password here (with a link or their organisation&apos;s account). A reset link lets them choose one.</source>
        <translation>Die Person hat sich hier ohne Passwort angemeldet (mit einem Link oder dem Konto ihrer Organisation). Über einen Link zum Zurücksetzen kann sie eines wählen.</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>too soon after wrong passwords, not checked</source>
        <translation>zu früh nach falschen Passwörtern, nicht geprüft</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>temporary password, not changed yet</source>
        <translation>temporäres Passwort, noch nicht geändert</translation>
    </message>
</context>
<context>
    <name>usher::SignupSettingsDialog</name>
    <message>
        <source>Reading the signup settings…</source>
        <translation>Registrierungseinstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Public signup: anyone may sign up on the registration page</source>
        <translation>Ö&amp;ffentliche Registrierung: Jeder darf sich auf der Registrierungsseite registrieren</translation>
    </message>
    <message>
        <source>&amp;Waitlist: hold signups for approval</source>
        <translation>&amp;Warteliste: Registrierungen bis zur Genehmigung zurückhalten</translation>
    </message>
    <message>
        <source>Signup Settings</source>
        <translation>Registrierungseinstellungen</translation>
    </message>
    <message>
        <source>People who sign up wait in the Waitlist until someone approves or rejects them.</source>
        <translation>Personen, die sich registrieren, warten auf der Warteliste, bis jemand sie genehmigt oder ablehnt.</translation>
    </message>
    <message>
        <source>example.org, example.net</source>
        <translation>example.org, example.net</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <source>Allowed &amp;domains:</source>
        <translation>Zulässige &amp;Domains:</translation>
    </message>
    <message>
        <source>Only addresses at these domains may sign up or be invited. Empty: every domain.</source>
        <translation>Nur Adressen dieser Domains dürfen sich registrieren oder eingeladen werden. Leer: jede Domain.</translation>
    </message>
    <message>
        <source>Default groups</source>
        <translation>Standardgruppen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Neue Mitglieder</translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation>Standard&amp;rolle:</translation>
    </message>
    <message>
        <source>Default &amp;groups:</source>
        <translation>Standard&amp;gruppen:</translation>
    </message>
    <message>
        <source>Invitations &amp;expire after:</source>
        <translation>Gültigkeit der &amp;Einladungen:</translation>
    </message>
    <message>
        <source>https://app.example.org/join</source>
        <translation>https://app.example.org/join</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Registrati&amp;on page:</source>
        <translation>Registrier&amp;ungsseite:</translation>
    </message>
    <message>
        <source>The web page where invited people choose their password. Links in the mails add ?invite=… to this address.</source>
        <translation>Die Webseite, auf der eingeladene Personen ihr Passwort wählen. Links in den E-Mails hängen ?invite=… an diese Adresse an.</translation>
    </message>
    <message>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>S&amp;ite key:</source>
        <translation>Webs&amp;iteschlüssel:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Gruppen (siehe Seite „Gruppen“).</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>The captcha keys cannot be read or stored: %1</source>
        <translation>Die Captcha-Schlüssel können nicht gelesen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Type a key to replace the saved one; an empty field leaves it as it is.</source>
        <translation>Geben Sie einen Schlüssel ein, um den gespeicherten zu ersetzen; ein leeres Feld lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>The keys are kept in this computer&apos;s keychain, never in the database or a settings file.</source>
        <translation>Die Schlüssel werden im Schlüsselbund dieses Computers aufbewahrt, niemals in der Datenbank oder einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Captcha: enter the site key %1 gave you.</source>
        <translation>Captcha: Geben Sie den Websiteschlüssel ein, den Sie von %1 erhalten haben.</translation>
    </message>
    <message>
        <source>Captcha: enter the secret key %1 gave you.</source>
        <translation>Captcha: Geben Sie den geheimen Schlüssel ein, den Sie von %1 erhalten haben.</translation>
    </message>
    <message>
        <source>The signup settings were saved, but the captcha keys were not: %1</source>
        <translation>Die Registrierungseinstellungen wurden gespeichert, die Captcha-Schlüssel jedoch nicht: %1</translation>
    </message>
    <message>
        <source>This is a placeholder nobody can open: enter your web product&apos;s registration page, or invitations lead nowhere.</source>
        <translation>Dies ist ein Platzhalter, den niemand öffnen kann: Geben Sie die Registrierungsseite Ihres Webprodukts ein, sonst führen Einladungen ins Leere.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>How long a password reset link sent by the helpdesk or asked for with &quot;Forgot password?&quot; works. The link works once.</source>
        <translation>Wie lange ein Link zum Zurücksetzen gültig ist, den der Helpdesk gesendet hat oder der über „Passwort vergessen?“ angefordert wurde. Der Link funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>Password reset links expire &amp;after:</source>
        <translation>Gültigkeit der Links zum &amp;Zurücksetzen:</translation>
    </message>
</context>
<context>
    <name>usher::SmtpClient</name>
    <message>
        <source>Security: without encryption, only a mail server on this computer (localhost) can be used; choose STARTTLS or TLS.</source>
        <translation>Sicherheit: Ohne Verschlüsselung kann nur ein Mailserver auf diesem Computer (localhost) verwendet werden; wählen Sie STARTTLS oder TLS.</translation>
    </message>
    <message>
        <source>No mail server or sender address is set up.</source>
        <translation>Es ist kein Mailserver und keine Absenderadresse eingerichtet.</translation>
    </message>
    <message>
        <source>Invalid sender address &quot;%1&quot;.</source>
        <translation>Ungültige Absenderadresse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid recipient address &quot;%1&quot;.</source>
        <translation>Ungültige Empfängeradresse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be started.</source>
        <translation>Die Mail-Bibliothek (libcurl) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Out of memory while preparing the mail.</source>
        <translation>Nicht genügend Speicher beim Vorbereiten der E-Mail.</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 nach %2 s</translation>
    </message>
</context>
<context>
    <name>usher::Source</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Added by an admin</source>
        <translation>Von Administrator angelegt</translation>
    </message>
</context>
<context>
    <name>usher::SqliteFileEditor</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation>Usher-Datenbanken (*.usher *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>“%1” does not exist yet; Usher will create it when you connect.</source>
        <translation>„%1“ ist noch nicht vorhanden; Usher legt die Datei an, sobald Sie eine Verbindung herstellen.</translation>
    </message>
</context>
<context>
    <name>usher::Status</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>usher::SyncCommand</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Sync as the member &lt;email&gt; (an Admin).</source>
        <translation>Als das Mitglied &lt;email&gt; synchronisieren (ein Administrator).</translation>
    </message>
    <message>
        <source>Say what the sync would change, and change nothing.</source>
        <translation>Angeben, was die Synchronisierung ändern würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>Let the sync disable up to &lt;count&gt; people even above the workspace&apos;s threshold (after a dry run showed who).</source>
        <translation>Der Synchronisierung erlauben, bis zu &lt;count&gt; Personen zu deaktivieren, auch über dem Schwellenwert des Arbeitsbereichs (nachdem ein Probelauf gezeigt hat, wen es betrifft).</translation>
    </message>
    <message>
        <source>Use: usher sync [--dry-run] [--confirm-disables COUNT] [--as EMAIL].</source>
        <translation>Verwendung: usher sync [--dry-run] [--confirm-disables ANZAHL] [--as E-MAIL].</translation>
    </message>
    <message>
        <source>--confirm-disables: give the number of people, such as 12.</source>
        <translation>--confirm-disables: Geben Sie die Anzahl der Personen an, etwa 12.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n person(s) and %1 group(s) from %2.</source>
        <translation>
            <numerusform>%n Person und %1 Gruppe(n) aus %2 gelesen.</numerusform>
            <numerusform>%n Personen und %1 Gruppe(n) aus %2 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. After checking, run again with --confirm-disables %1 to go ahead.</source>
        <translation>Es wurde nichts geändert. Führen Sie den Befehl nach der Prüfung erneut mit --confirm-disables %1 aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Would sync: %1.</source>
        <translation>Würde synchronisieren: %1.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisiert: %1.</translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from: set one up in Usher (Workspace ▸ Directory Sync…).</source>
        <translation>Dieser Arbeitsbereich hat kein Verzeichnis, aus dem synchronisiert wird: Richten Sie eines in Usher ein (Arbeitsbereich ▸ Verzeichnissynchronisierung…).</translation>
    </message>
    <message>
        <source>No password for %1 is saved in the keychain: set USHER_LDAP_PASSWORD, or save it in Usher&apos;s Directory Sync dialog.</source>
        <translation>Für %1 ist kein Passwort im Schlüsselbund gespeichert: Setzen Sie USHER_LDAP_PASSWORD oder speichern Sie es in Usher im Dialog „Verzeichnissynchronisierung“.</translation>
    </message>
    <message>
        <source>Read only the entries changed since the last complete sync (faster; finds nobody who left: run without it now and then).</source>
        <translation>Nur die seit der letzten vollständigen Synchronisierung geänderten Einträge lesen (schneller; findet niemanden, der gegangen ist: ab und zu ohne diese Option ausführen).</translation>
    </message>
    <message>
        <source>No complete sync yet to read the changes since: reading the whole directory.</source>
        <translation>Noch keine vollständige Synchronisierung, seit der Änderungen gelesen werden könnten: Das ganze Verzeichnis wird gelesen.</translation>
    </message>
    <message>
        <source>Reads the workspace&apos;s directory (set up in Usher: Workspace ▸ Directory Sync…) and syncs its people and groups: new people added, names and addresses followed, people who left disabled (never deleted). The changes are audited; a JSON report goes to standard output. The bind password comes from USHER_LDAP_PASSWORD (with USHER_LDAP_URL naming the directory it is for), else the keychain. Exit codes: 0 synced, 1 some people refused or skipped, or stopped to ask, 2 bad input, 3 no connection.</source>
        <translation>Liest das Verzeichnis des Arbeitsbereichs (eingerichtet in Usher: Arbeitsbereich ▸ Verzeichnissynchronisierung…) und synchronisiert seine Personen und Gruppen: neue Personen hinzugefügt, Namen und Adressen übernommen, gegangene Personen deaktiviert (nie gelöscht). Die Änderungen werden im Prüfprotokoll festgehalten; ein JSON-Bericht geht auf die Standardausgabe. Das Bind-Passwort kommt aus USHER_LDAP_PASSWORD (mit USHER_LDAP_URL für das Verzeichnis, für das es gilt), sonst aus dem Schlüsselbund. Exit-Codes: 0 synchronisiert, 1 einige Personen abgelehnt oder übersprungen oder zum Nachfragen angehalten, 2 ungültige Eingabe, 3 keine Verbindung.</translation>
    </message>
    <message>
        <source>USHER_LDAP_PASSWORD is sent only to the directory USHER_LDAP_URL names, over TLS; the workspace&apos;s directory is %1.</source>
        <translation>USHER_LDAP_PASSWORD wird nur über TLS an das Verzeichnis gesendet, das USHER_LDAP_URL nennt; das Verzeichnis des Arbeitsbereichs ist %1.</translation>
    </message>
</context>
<context>
    <name>usher::SyncOutcomeModel</name>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>usher::SyncPreviewDialog</name>
    <message>
        <source>&amp;Apply Sync…</source>
        <translation>Synchronisierung an&amp;wenden…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Refused and skipped</source>
        <translation>Abgelehnt und übersprungen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped before the directory was read to the end: nothing was changed.</source>
        <translation>Angehalten, bevor das Verzeichnis bis zum Ende gelesen war: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The directory could not be read: nothing was changed.</source>
        <translation>Das Verzeichnis konnte nicht gelesen werden: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n person(s) with the workspace…</source>
        <translation>
            <numerusform>%n Person wird mit dem Arbeitsbereich verglichen…</numerusform>
            <numerusform>%n Personen werden mit dem Arbeitsbereich verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync could not be planned: nothing was changed.</source>
        <translation>Die Synchronisierung konnte nicht geplant werden: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Aus %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped part way: %n person(s) or group(s) were not reached; what was done stays. Planned: %1.</source>
        <translation>
            <numerusform>Vorzeitig angehalten: %n Person oder Gruppe war nicht an der Reihe; Erledigtes bleibt bestehen. Geplant: %1.</numerusform>
            <numerusform>Vorzeitig angehalten: %n Personen oder Gruppen waren nicht an der Reihe; Erledigtes bleibt bestehen. Geplant: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n directory entr(y/ies) could not be read as people and were left out, such as: %1</source>
        <translation>
            <numerusform>%n Verzeichniseintrag konnte nicht als Person gelesen werden und wurde ausgelassen: %1</numerusform>
            <numerusform>%n Verzeichniseinträge konnten nicht als Personen gelesen werden und wurden ausgelassen, zum Beispiel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have checked the directory: disable these %n people.</source>
        <translation>
            <numerusform>Ich habe das Verzeichnis geprüft: diese %n Person deaktivieren.</numerusform>
            <numerusform>Ich habe das Verzeichnis geprüft: diese %n Personen deaktivieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the changes listed here.</source>
        <translation>Die hier aufgeführten Änderungen anwenden.</translation>
    </message>
    <message>
        <source>Wait for the directory to be read and compared.</source>
        <translation>Warten Sie, bis das Verzeichnis gelesen und verglichen ist.</translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation>Das Verzeichnis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing to change: the workspace follows the directory.</source>
        <translation>Nichts zu ändern: Der Arbeitsbereich entspricht bereits dem Verzeichnis.</translation>
    </message>
    <message>
        <source>Tick that you checked the directory before disabling this many people.</source>
        <translation>Bestätigen Sie mit dem Häkchen, dass Sie das Verzeichnis geprüft haben, bevor Sie so viele Personen deaktivieren.</translation>
    </message>
    <message>
        <source>Apply Directory Sync</source>
        <translation>Verzeichnissynchronisierung anwenden</translation>
    </message>
    <message>
        <source>Apply the sync from %1?</source>
        <translation>Die Synchronisierung aus %1 anwenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who left the directory will be disabled (never deleted): they can no longer sign in, and their sessions end.</source>
        <translation>
            <numerusform>%n Person, die nicht mehr im Verzeichnis steht, wird deaktiviert (nie gelöscht): Eine Anmeldung ist dann nicht mehr möglich, und laufende Sitzungen enden.</numerusform>
            <numerusform>%n Personen, die nicht mehr im Verzeichnis stehen, werden deaktiviert (nie gelöscht): Eine Anmeldung ist dann nicht mehr möglich, und laufende Sitzungen enden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is recorded in the audit log.</source>
        <translation>Jede Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Apply Sync</source>
        <translation>Synchronisierung anwenden</translation>
    </message>
    <message>
        <source>Applying the sync…</source>
        <translation>Synchronisierung wird angewendet…</translation>
    </message>
    <message>
        <source>The sync was not applied: nothing was changed.</source>
        <translation>Die Synchronisierung wurde nicht angewendet: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: the workspace changed since the preview, and the sync would now disable %n people. Check again before confirming.</source>
        <translation>
            <numerusform>Nicht angewendet: Der Arbeitsbereich hat sich seit der Vorschau geändert, und die Synchronisierung würde jetzt %n Person deaktivieren. Prüfen Sie erneut, bevor Sie bestätigen.</numerusform>
            <numerusform>Nicht angewendet: Der Arbeitsbereich hat sich seit der Vorschau geändert, und die Synchronisierung würde jetzt %n Personen deaktivieren. Prüfen Sie erneut, bevor Sie bestätigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::TimeFormat</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, then time</comment>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>usher::UserDetailsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Gerät und Browser</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke &amp;All</source>
        <translation>&amp;Alle widerrufen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Select a user to see their details.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected.</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to restore</source>
        <translation>
            <numerusform>Wiederherstellung noch %n Tag möglich</numerusform>
            <numerusform>Wiederherstellung noch %n Tage möglich</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>someone no longer here</source>
        <translation>einer nicht mehr vorhandenen Person</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Gruppen (%1)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign this person out everywhere</source>
        <translation>Diese Person überall abmelden</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Keine aktiven Sitzungen.</translation>
    </message>
    <message>
        <source>Sign out of the chosen session</source>
        <translation>Von der ausgewählten Sitzung abmelden</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus.</translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation>Namen, E-Mail-Adresse, Bild oder Rolle ändern</translation>
    </message>
    <message>
        <source>Sessions Not Revoked</source>
        <translation>Sitzungen nicht widerrufen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Gruppen (siehe Seite „Gruppen“).</translation>
    </message>
    <message>
        <source>Grants no permissions.</source>
        <translation>Gewährt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Grants: %1.</source>
        <translation>Gewährt: %1.</translation>
    </message>
    <message>
        <source>Untick to take them out of the group.</source>
        <translation>Häkchen entfernen, um die Person aus der Gruppe zu nehmen.</translation>
    </message>
    <message>
        <source>Tick to add them to the group.</source>
        <translation>Häkchen setzen, um die Person zur Gruppe hinzuzufügen.</translation>
    </message>
    <message>
        <source>Role (%1)</source>
        <translation>Rolle (%1)</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>No permissions: neither their role nor a group grants any.</source>
        <translation>Keine Berechtigungen: Weder die Rolle noch eine Gruppe gewährt welche.</translation>
    </message>
    <message>
        <source>Permissions (%1)</source>
        <translation>Berechtigungen (%1)</translation>
    </message>
    <message>
        <source>No activity shown: %1</source>
        <translation>Keine Aktivität angezeigt: %1</translation>
    </message>
    <message>
        <source>&amp;Unlock Sign-in</source>
        <translation>Anmeldung &amp;entsperren</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s): sign-in waits until %1</source>
        <translation>
            <numerusform>%n falsches Passwort: Anmeldung erst wieder ab %1 möglich</numerusform>
            <numerusform>%n falsche Passwörter: Anmeldung erst wieder ab %1 möglich</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget this person&apos;s wrong passwords, so their next sign-in is checked at once</source>
        <translation>Die falschen Passwörter dieser Person vergessen, damit ihre nächste Anmeldung sofort geprüft wird</translation>
    </message>
    <message>
        <source>No wrong passwords since this person last signed in.</source>
        <translation>Keine falschen Passwörter seit der letzten Anmeldung dieser Person.</translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation>Anmeldung nicht entsperrt</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>None open: invite them again to send a new link</source>
        <translation>Keine offen: erneut einladen, um einen neuen Link zu senden</translation>
    </message>
    <message>
        <source>Can be accepted until %1</source>
        <translation>Kann bis %1 angenommen werden</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Removed for good after</source>
        <translation>Endgültig entfernt nach</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Letzte Anmeldungen</translation>
    </message>
    <message>
        <source>Not signed in anywhere now.</source>
        <translation>Derzeit nirgends angemeldet.</translation>
    </message>
    <message>
        <source>No sign-ins yet.</source>
        <translation>Noch keine Anmeldungen.</translation>
    </message>
    <message>
        <source>Nothing has been changed about this person yet.</source>
        <translation>An dieser Person wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Signed in now (%1)</source>
        <translation>Jetzt angemeldet (%1)</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 ist in „%2“.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 ist nicht mehr in „%2“.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation>Anmeldung für %1 entsperren</translation>
    </message>
    <message>
        <source>Their next password is checked at once.</source>
        <translation>Das nächste Passwort wird sofort geprüft.</translation>
    </message>
    <message>
        <source>&amp;Password Help…</source>
        <translation>&amp;Passworthilfe…</translation>
    </message>
    <message>
        <source>Why they cannot sign in, a reset link or a temporary password, in the helpdesk panel</source>
        <translation>Warum die Person sich nicht anmelden kann, ein Link zum Zurücksetzen oder ein temporäres Passwort, im Helpdesk-Bereich</translation>
    </message>
</context>
<context>
    <name>usher::UserEditDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation>Bild &amp;auswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move Picture</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB; choose a smaller file.</source>
        <translation>Das Bild ist größer als 20 MB; wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a picture Usher can read (%2).</source>
        <translation>„%1“ ist kein Bild, das Usher lesen kann (%2).</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>The profile was saved, but not the role: %1</source>
        <translation>Das Profil wurde gespeichert, die Rolle jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Reloaded: this is the member as saved now. Make your change again.</source>
        <translation>Neu geladen: Dies ist der aktuell gespeicherte Stand des Mitglieds. Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
</context>
<context>
    <name>usher::UserExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Mitglied seit</translation>
    </message>
</context>
<context>
    <name>usher::UserImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Would be invited</source>
        <translation>Würde eingeladen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>Würde aktualisiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 is deleted; restore them from the Deleted view before importing them.</source>
        <translation>%1 ist gelöscht; stellen Sie die Person zuerst in der Ansicht Gelöscht wieder her.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Rolle: %1 → %2</translation>
    </message>
    <message>
        <source>There is no group “%1”; create it first, or let the import create the groups it names.</source>
        <translation>Es gibt keine Gruppe „%1“; legen Sie sie zuerst an oder lassen Sie den Import die genannten Gruppen anlegen.</translation>
    </message>
    <message>
        <source>There is no group “%1”, and it cannot be created for you: %2</source>
        <translation>Es gibt keine Gruppe „%1“, und sie kann nicht für Sie angelegt werden: %2</translation>
    </message>
    <message>
        <source>Joins the new group %1</source>
        <translation>Tritt der neuen Gruppe %1 bei</translation>
    </message>
    <message>
        <source>Joins %1</source>
        <translation>Tritt %1 bei</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Eingeladen als %1</translation>
    </message>
    <message numerus="yes">
        <source>The file would invite %n new people, more than the free seats: %1</source>
        <translation>
            <numerusform>Die Datei würde %n neue Person einladen, mehr als freie Plätze: %1</numerusform>
            <numerusform>Die Datei würde %n neue Personen einladen, mehr als freie Plätze: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::UserList</name>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User name (an address)</source>
        <translation>Benutzername (eine Adresse)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Password (never imported)</source>
        <translation>Passwort (nie importiert)</translation>
    </message>
    <message>
        <source>No column holds the email addresses. Choose the column that does.</source>
        <translation>Keine Spalte enthält die E-Mail-Adressen. Wählen Sie die Spalte, in der sie stehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the domain “%1” is not a valid domain name</source>
        <translation>die Domain „%1“ ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file</source>
        <translation>%1 steht schon in Zeile %2 dieser Datei</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind %2</translation>
    </message>
    <message>
        <source>“%1” cannot be a group’s name (%2)</source>
        <translation>„%1“ kann kein Gruppenname sein (%2)</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Die Datei hat keine Kopfzeile mit den Namen ihrer Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>the header names only %n column(s); the import refuses a row with more</source>
        <translation>
            <numerusform>die Kopfzeile nennt nur %n Spalte; der Import lehnt eine Zeile mit mehr ab</numerusform>
            <numerusform>die Kopfzeile nennt nur %n Spalten; der Import lehnt eine Zeile mit mehr ab</numerusform>
        </translation>
    </message>
    <message>
        <source>this address is already in row %1</source>
        <translation>diese Adresse steht schon in Zeile %1</translation>
    </message>
    <message>
        <source>“%1” is synced from a directory: people join it there, not by import (%2)</source>
        <translation>„%1“ wird aus einem Verzeichnis synchronisiert: Personen werden dort aufgenommen, nicht per Import (%2)</translation>
    </message>
    <message>
        <source>%1 has no group “%2” (%3); the import creates it only when asked to</source>
        <translation>%1 hat keine Gruppe „%2“ (%3); der Import legt sie nur auf Wunsch an</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n new people; free seats in %1: %2 (%3). The import refuses a list that does not fit.</source>
        <translation>
            <numerusform>Die Liste enthält %n neue Person; freie Plätze in %1: %2 (%3). Der Import lehnt eine Liste ab, die nicht passt.</numerusform>
            <numerusform>Die Liste enthält %n neue Personen; freie Plätze in %1: %2 (%3). Der Import lehnt eine Liste ab, die nicht passt.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1 from %2</source>
        <translation>Stand %1, aus %2</translation>
    </message>
</context>
<context>
    <name>usher::UserListModel</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importiert als: %1</translation>
    </message>
    <message>
        <source>Not imported: Usher does not recognise this column’s name.</source>
        <translation>Nicht importiert: Usher erkennt den Namen dieser Spalte nicht.</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Column</source>
        <translation>Spalte einfügen</translation>
    </message>
    <message>
        <source>Delete Column “%1”</source>
        <translation>Spalte „%1“ löschen</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
</context>
<context>
    <name>usher::UsersCommand</name>
    <message>
        <source>Writes the members of a workspace to a CSV file (or - for standard output): everyone, a saved view, or a search, in name order. The file comes back through usher csv import unchanged. Exit codes: 0 written, 1 stopped, 2 bad input, 3 no connection.</source>
        <translation>Schreibt die Mitglieder eines Arbeitsbereichs in eine CSV-Datei (oder - für die Standardausgabe): alle, eine gespeicherte Ansicht oder eine Suche, nach Namen sortiert. Die Datei kommt über usher csv import unverändert zurück. Exit-Codes: 0 geschrieben, 1 angehalten, 2 ungültige Eingabe, 3 keine Verbindung.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>Die zu schreibende CSV-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Only the people of the saved view &lt;view&gt;: %1.</source>
        <translation>Nur die Personen der gespeicherten Ansicht &lt;view&gt;: %1.</translation>
    </message>
    <message>
        <source>Only the people whose name or email contains &lt;text&gt;.</source>
        <translation>Nur die Personen, deren Name oder E-Mail &lt;text&gt; enthält.</translation>
    </message>
    <message>
        <source>Only the people with role &lt;role&gt; (admin, manager, …).</source>
        <translation>Nur die Personen mit der Rolle &lt;role&gt; (admin, manager, …).</translation>
    </message>
    <message>
        <source>The columns to write, comma-separated (default: all): %1.</source>
        <translation>Die zu schreibenden Spalten, durch Kommas getrennt (Standard: alle): %1.</translation>
    </message>
    <message>
        <source>Plain data for programs: no apostrophe before fields starting with = + - or @.</source>
        <translation>Reine Daten für Programme: kein Apostroph vor Feldern, die mit = + - oder @ beginnen.</translation>
    </message>
    <message>
        <source>Use: usher users export FILE (or - for standard output).</source>
        <translation>Verwendung: usher users export DATEI (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Unknown view “%1”; the views are %2.</source>
        <translation>Unbekannte Ansicht „%1“; die Ansichten sind %2.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Unbekannte Rolle „%1“.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>Unbekannte Spalte „%1“; die Spalten sind %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert.</numerusform>
            <numerusform>%n Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>usher::UsersModel</name>
    <message>
        <source>This person has never signed in.</source>
        <translation>Diese Person hat sich noch nie angemeldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Mitglied seit</translation>
    </message>
</context>
<context>
    <name>usher::UsersView</name>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All except deleted</source>
        <translation>Alle außer gelöschten</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Zum Sortieren klicken; Rechtsklick, um Spalten auszuwählen</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Noch keine Benutzer</translation>
    </message>
    <message>
        <source>This workspace has no members. Invite people, or load sample data to explore Usher with a realistic organisation.</source>
        <translation>Dieser Arbeitsbereich hat keine Mitglieder. Laden Sie Personen ein oder laden Sie Beispieldaten, um Usher mit einer realistischen Organisation kennenzulernen.</translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>No matching users</source>
        <translation>Keine passenden Benutzer</translation>
    </message>
    <message>
        <source>No one&apos;s name or email contains “%1”. Check the spelling or clear the filters.</source>
        <translation>Kein Name und keine E-Mail-Adresse enthält „%1“. Prüfen Sie die Schreibweise oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open an existing Usher database, or create a new one to start.</source>
        <translation>Öffnen Sie eine vorhandene Usher-Datenbank oder erstellen Sie eine neue, um zu beginnen.</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The name column cannot be hidden.</source>
        <translation>Die Namensspalte kann nicht ausgeblendet werden.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>The view “%1” chooses the status.</source>
        <translation>Die Ansicht „%1“ legt den Status fest.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Beliebige Rolle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Beliebige Herkunft</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Herkunft</translation>
    </message>
    <message>
        <source>&amp;Last seen</source>
        <translation>&amp;Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitpunkt</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Not in the last 90 days</source>
        <translation>Nicht in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>Not in the last year</source>
        <translation>Nicht im letzten Jahr</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <source>No one is in “%1” right now.</source>
        <translation>In „%1“ ist derzeit niemand.</translation>
    </message>
    <message>
        <source>Show All Users</source>
        <translation>Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <source>No one matches these filters. Choose others or clear them.</source>
        <translation>Niemand entspricht diesen Filtern. Wählen Sie andere aus oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Beliebige Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no groups yet</source>
        <translation>Dieser Arbeitsbereich hat noch keine Gruppen</translation>
    </message>
    <message>
        <source>Filter by role, source, group and when people last signed in</source>
        <translation>Nach Rolle, Herkunft, Gruppe und letzter Anmeldung filtern</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Neuzugänge</translation>
    </message>
    <message>
        <source>Invitations and waitlist</source>
        <translation>Einladungen und Warteliste</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Some selected rows are still loading; wait a moment.</source>
        <translation>Einige ausgewählte Zeilen werden noch geladen; warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>Checking who of the selected people this view still lists…</source>
        <translation>Prüfen, welche der ausgewählten Personen diese Ansicht noch enthält…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>The workspace&apos;s people</source>
        <translation>Die Personen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>, search “%1”</source>
        <translation>, Suche „%1“</translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation>, gefiltert</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide the selected person&apos;s details beside the table</source>
        <translation>Die Angaben zur gewählten Person neben der Tabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Right-click to choose columns.</source>
        <translation>Rechtsklick, um Spalten auszuwählen.</translation>
    </message>
    <message>
        <source>This connection has no such data.</source>
        <translation>Für diese Verbindung gibt es diese Daten nicht.</translation>
    </message>
</context>
<context>
    <name>usher::WaitlistModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchDocument</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Click a problem to go to its row.</source>
        <translation>Klicken Sie auf ein Problem, um zur betreffenden Zeile zu wechseln.</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <source>%1 Choose UTF-8 in Save As, or change the cell.</source>
        <translation>%1 Wählen Sie UTF-8 unter „Speichern unter“ oder ändern Sie die Zelle.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Problems in %n row(s)</source>
        <translation>
            <numerusform>Probleme in %n Zeile</numerusform>
            <numerusform>Probleme in %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Rename a column (double-click its heading) so that Usher recognises it, for example “Email”.</source>
        <translation>%1 Benennen Sie eine Spalte um (Doppelklick auf ihre Überschrift), damit Usher sie erkennt, zum Beispiel in „E-Mail“.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no problems</source>
        <translation>%1 · keine Probleme</translation>
    </message>
    <message>
        <source>%1 · %2 in %3</source>
        <translation>%1 · %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> mit BOM</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zellen leeren</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Neue Spalte</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source> · %n already member(s)</source>
        <translation>
            <numerusform> · %n bereits Mitglied</numerusform>
            <numerusform> · %n bereits Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row passes the import’s checks. Problems show here as you type, and the import would refuse the rows they are in.</source>
        <translation>Jede Zeile besteht die Prüfungen des Imports. Probleme erscheinen hier während der Eingabe; der Import würde die Zeilen mit Problemen ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell beyond the last column and were left out; insert a column first to keep them.</source>
        <translation>
            <numerusform>%n eingefügte Zelle lag hinter der letzten Spalte und wurde ausgelassen; fügen Sie zuerst eine Spalte ein, um sie zu behalten.</numerusform>
            <numerusform>%n eingefügte Zellen lagen hinter der letzten Spalte und wurden ausgelassen; fügen Sie zuerst eine Spalte ein, um sie zu behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchWindow</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save User List As</source>
        <translation>Benutzerliste speichern unter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (spreadsheets then read accents right)</source>
        <translation>Mit Byte-Order-Mark beginnen (Tabellenkalkulationen lesen Umlaute und Akzente dann richtig)</translation>
    </message>
    <message>
        <source>The list is saved as its file was unless you change these.</source>
        <translation>Die Liste wird im Format ihrer Datei gespeichert, sofern Sie diese Einstellungen nicht ändern.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Line breaks:</source>
        <translation>Zeilenumbrüche:</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>Wählen Sie eine Datei zum Speichern aus.</translation>
    </message>
    <message>
        <source>Prepare a list of people</source>
        <translation>Eine Personenliste vorbereiten</translation>
    </message>
    <message>
        <source>Open a CSV file, or start a new list. Usher checks every row as the import would, and saves the file as it was: no connection is needed.</source>
        <translation>Öffnen Sie eine CSV-Datei oder beginnen Sie eine neue Liste. Usher prüft jede Zeile so, wie der Import sie prüfen würde, und speichert die Datei in ihrem ursprünglichen Format: Es ist keine Verbindung nötig.</translation>
    </message>
    <message>
        <source>New User List</source>
        <translation>Neue Benutzerliste</translation>
    </message>
    <message>
        <source>Open CSV File…</source>
        <translation>CSV-Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New User List</source>
        <translation>&amp;Neue Benutzerliste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Open CSV File…</source>
        <translation>CSV-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import This List…</source>
        <translation>Diese Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Close List</source>
        <translation>&amp;Liste schließen</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>Fens&amp;ter schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <source>Copy the top selected cell into the cells below it (Ctrl+D)</source>
        <translation>Die oberste ausgewählte Zelle in die Zellen darunter kopieren (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Suchen und Ersetzen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Rows and Columns</source>
        <translation>&amp;Zeilen und Spalten</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Zeile &amp;oberhalb einfügen</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Zeile &amp;unterhalb einfügen</translation>
    </message>
    <message>
        <source>Insert Row</source>
        <translation>Zeile einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-); Undo brings them back</source>
        <translation>Die ausgewählten Zeilen löschen (Strg+-); mit „Rückgängig“ kommen sie zurück</translation>
    </message>
    <message>
        <source>Insert &amp;Column</source>
        <translation>&amp;Spalte einfügen</translation>
    </message>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Spalte u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation>S&amp;palte löschen</translation>
    </message>
    <message>
        <source>Sort A to &amp;Z by This Column</source>
        <translation>Nach dieser Spalte von A bis &amp;Z sortieren</translation>
    </message>
    <message>
        <source>Sort Z to A by This Co&amp;lumn</source>
        <translation>Nach dieser Spalte von Z bis &amp;A sortieren</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Keine Zeile hat ein Problem.</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <source>Open a connection in Usher&apos;s main window to import a list.</source>
        <translation>Öffnen Sie im Hauptfenster von Usher eine Verbindung, um eine Liste zu importieren.</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n row(s) the import would refuse; they are listed beside the table.</source>
        <translation>
            <numerusform>Mit %n Zeile gespeichert, die der Import ablehnen würde; sie ist neben der Tabelle aufgeführt.</numerusform>
            <numerusform>Mit %n Zeilen gespeichert, die der Import ablehnen würde; sie sind neben der Tabelle aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save User List</source>
        <translation>Benutzerliste speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don’t save, your changes since the last save are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <source>Open or start a list first.</source>
        <translation>Öffnen Sie zuerst eine Liste oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>Check this list against the workspace and import it</source>
        <translation>Diese Liste im Arbeitsbereich prüfen und importieren</translation>
    </message>
    <message>
        <source>%1[*] — User List Workbench</source>
        <translation>%1[*] — Werkbank für Benutzerlisten</translation>
    </message>
    <message>
        <source>User List Workbench</source>
        <translation>Werkbank für Benutzerlisten</translation>
    </message>
    <message>
        <source>No recent lists</source>
        <translation>Keine zuletzt geöffneten Listen</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>The column’s name (Usher recognises names such as Email, First name, Last name, Role and Groups):</source>
        <translation>Name der Spalte (Usher erkennt Namen wie E-Mail, Vorname, Nachname, Rolle und Gruppen):</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole cell only</source>
        <translation>Nur ganze Zellen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No cell matches.</source>
        <translation>Keine passende Zelle gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s). Undo takes it back in one step.</source>
        <translation>
            <numerusform>In %n Zelle ersetzt. Mit „Rückgängig“ lässt sich das in einem Schritt zurücknehmen.</numerusform>
            <numerusform>In %n Zellen ersetzt. Mit „Rückgängig“ lässt sich das in einem Schritt zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Unsaved User Lists</source>
        <translation>Ungespeicherte Benutzerlisten</translation>
    </message>
    <message numerus="yes">
        <source>Usher closed before %n user list(s) were saved. Open them again?</source>
        <translation>
            <numerusform>Usher wurde beendet, bevor %n Benutzerliste gespeichert war. Die Liste wieder öffnen?</numerusform>
            <numerusform>Usher wurde beendet, bevor %n Benutzerlisten gespeichert waren. Die Listen wieder öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept either way; the next start asks again.</source>
        <translation>Sie bleiben in jedem Fall erhalten; beim nächsten Start wird erneut gefragt.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) with unsaved changes opened again.</source>
        <translation>
            <numerusform>%n Liste mit ungespeicherten Änderungen wieder geöffnet.</numerusform>
            <numerusform>%n Listen mit ungespeicherten Änderungen wieder geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against %1 %2 · &lt;a href=&quot;forget&quot;&gt;Forget&lt;/a&gt;</source>
        <translation>Geprüft gegen %1, %2 · &lt;a href=&quot;forget&quot;&gt;Vergessen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Checked by the file’s own rules</source>
        <translation>Nur nach den Regeln der Datei geprüft</translation>
    </message>
    <message>
        <source>Open a connection in Usher’s main window to check groups, members and seats too.</source>
        <translation>Öffnen Sie im Hauptfenster von Usher eine Verbindung, um auch Gruppen, Mitglieder und Plätze zu prüfen.</translation>
    </message>
    <message>
        <source>Windows-1252 has no byte-order mark.</source>
        <translation>Windows-1252 kennt keine Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>Groups, members (kept as salted hashes, not as a list of addresses) and seats as Usher saw them then. Forget removes them from this computer.</source>
        <translation>Gruppen, Mitglieder (als gesalzene Hashwerte gespeichert, nicht als Adressliste) und Plätze, wie Usher sie damals gesehen hat. „Vergessen“ entfernt sie von diesem Computer.</translation>
    </message>
</context>
<context>
    <name>usher::sql::Migrator</name>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation>Es ist eine Datenbank einer anderen Anwendung, keine Usher-Datenbank.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Die Schemaversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation>Die Datenbank wurde von einer neueren Usher-Version geschrieben (Schemaversion %1; diese Version unterstützt bis %2). Aktualisieren Sie Usher, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>Das Datenbankschema konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The database upgrade could not start.</source>
        <translation>Die Aktualisierung der Datenbank konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The database upgrade to version %1 (%2) failed; nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 (%2) ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database upgrade to version %1 could not be recorded.</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <source>Whether this login may upgrade the database could not be checked.</source>
        <translation>Es konnte nicht geprüft werden, ob dieser Datenbankbenutzer die Datenbank aktualisieren darf.</translation>
    </message>
    <message>
        <source>This database holds no Usher tables yet, and the login “%1” may not create them. Connect once as its owner, the login “%2”, to set it up; Usher changed nothing.</source>
        <translation>Diese Datenbank enthält noch keine Usher-Tabellen, und der Datenbankbenutzer „%1“ darf sie nicht anlegen. Verbinden Sie sich einmal als ihr Eigentümer, der Datenbankbenutzer „%2“, um sie einzurichten; Usher hat nichts geändert.</translation>
    </message>
    <message>
        <source>This database&apos;s schema is at version %1 and this version of Usher needs version %2. Only its owner, the login “%3”, may upgrade it: connect once as “%3” with this version of Usher. The login “%4” changed nothing.</source>
        <translation>Das Schema dieser Datenbank hat Version %1, und diese Usher-Version benötigt Version %2. Nur ihr Eigentümer, der Datenbankbenutzer „%3“, darf es aktualisieren: Verbinden Sie sich mit dieser Usher-Version einmal als „%3“. Der Datenbankbenutzer „%4“ hat nichts geändert.</translation>
    </message>
</context>
<context>
    <name>usher::sql::SqlBackend</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation>Die Datenbank ist durch ein anderes Programm gesperrt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>It cannot be read as a database; it may be damaged.</source>
        <translation>Die Datei kann nicht als Datenbank gelesen werden; möglicherweise ist sie beschädigt.</translation>
    </message>
    <message>
        <source>It is a SQLite database of another application, not an Usher database.</source>
        <translation>Es ist eine SQLite-Datenbank einer anderen Anwendung, keine Usher-Datenbank.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation>Die Datenbank wurde von einer neueren Usher-Version geschrieben (Schemaversion %1; diese Version unterstützt bis %2). Aktualisieren Sie Usher, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The database has no workspace.</source>
        <translation>Die Datenbank hat keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>Die Benutzerliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The users could not be counted.</source>
        <translation>Die Benutzer konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation>Die Beispieldaten konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The sample data could not be added; nothing was changed.</source>
        <translation>Die Beispieldaten konnten nicht hinzugefügt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Das Laden der Beispieldaten wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The sample data could not be saved.</source>
        <translation>Die Beispieldaten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Another change got in the way; try again.</source>
        <translation>Eine andere Änderung kam dazwischen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this.</source>
        <translation>Dem Datenbankbenutzer fehlt hierfür die Berechtigung.</translation>
    </message>
    <message>
        <source>The server is out of resources (disk or memory).</source>
        <translation>Dem Server fehlen Ressourcen (Speicherplatz oder Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name “%2” or its password.</source>
        <translation>Der Server %1 hat den Benutzernamen „%2“ oder das zugehörige Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”.</source>
        <translation>Der Server %1 hat keine Datenbank namens „%2“.</translation>
    </message>
    <message>
        <source>The server %1 could not be verified: its certificate is not signed by the CA in “%2” or not issued to “%3”.</source>
        <translation>Der Server %1 konnte nicht überprüft werden: Sein Zertifikat ist nicht von der CA in „%2“ signiert oder nicht für „%3“ ausgestellt.</translation>
    </message>
    <message>
        <source>An encrypted connection to %1 could not be set up.</source>
        <translation>Es konnte keine verschlüsselte Verbindung zu %1 aufgebaut werden.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The host name “%1” is unknown.</source>
        <translation>Der Hostname „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check that it is running and that the host and port are right.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar. Prüfen Sie, ob er läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The workspaces could not be read.</source>
        <translation>Die Arbeitsbereiche konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database has no workspace “%1”.</source>
        <translation>Die Datenbank hat keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>The groups could not be read.</source>
        <translation>Die Gruppen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The role could not be changed.</source>
        <translation>Die Rolle konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>You are not an active member of this workspace.</source>
        <translation>Sie sind kein aktives Mitglied dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>This person is not a member of the workspace.</source>
        <translation>Diese Person ist kein Mitglied des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload to see the change, then try again.</source>
        <translation>%1 wurde von %2 um %3 geändert, nachdem Sie es geöffnet haben. Laden Sie neu, um die Änderung zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation>Es ist die Datenbank einer anderen Anwendung, keine Usher-Datenbank.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Die Schemaversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>#%1 (no longer exists)</source>
        <translation>#%1 (existiert nicht mehr)</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message>
        <source>The member&apos;s details could not be read.</source>
        <translation>Die Details des Mitglieds konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This person is no longer a member of the workspace.</source>
        <translation>Diese Person ist kein Mitglied des Arbeitsbereichs mehr.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot work in Usher.</source>
        <translation>%1 ist in diesem Arbeitsbereich %2 und kann nicht mit Usher arbeiten.</translation>
    </message>
    <message>
        <source>%1 is a %2 here; Usher is for the people who look after the workspace&apos;s members.</source>
        <translation>%1 hat hier die Rolle %2; Usher ist für die Personen gedacht, die die Mitglieder des Arbeitsbereichs betreuen.</translation>
    </message>
    <message>
        <source>Your membership could not be looked up.</source>
        <translation>Ihre Mitgliedschaft konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 ist kein Mitglied dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Password: use at least 12 characters; others will sign in to this shared database too.</source>
        <translation>Passwort: Verwenden Sie mindestens 12 Zeichen; an dieser gemeinsam genutzten Datenbank melden sich auch andere an.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
    <message>
        <source>The first Admin could not be set up.</source>
        <translation>Der erste Administrator konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>This workspace has an Admin already; ask them to add you.</source>
        <translation>Dieser Arbeitsbereich hat bereits einen Administrator; bitten Sie diese Person, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>You could not be signed in.</source>
        <translation>Sie konnten nicht angemeldet werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The member could not be disabled.</source>
        <translation>Das Mitglied konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>The member could not be reactivated.</source>
        <translation>Das Mitglied konnte nicht reaktiviert werden.</translation>
    </message>
    <message>
        <source>The member could not be deleted.</source>
        <translation>Das Mitglied konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The member could not be restored.</source>
        <translation>Das Mitglied konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The member could not be removed from the workspace.</source>
        <translation>Das Mitglied konnte nicht aus dem Arbeitsbereich entfernt werden.</translation>
    </message>
    <message>
        <source>The matching members could not be listed.</source>
        <translation>Die passenden Mitglieder konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; reload and try again.</source>
        <translation>Jemand anderes hat %1 gleichzeitig geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not changed: the change was stopped before reaching this person.</source>
        <translation>Nicht geändert: Die Änderung wurde angehalten, bevor diese Person an der Reihe war.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The member could not be created.</source>
        <translation>Das Mitglied konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Email: %1 is already a member of this workspace (%2).</source>
        <translation>E-Mail: %1 ist bereits Mitglied dieses Arbeitsbereichs (%2).</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Picture: at most 1 MB after scaling.</source>
        <translation>Bild: höchstens 1 MB nach dem Skalieren.</translation>
    </message>
    <message>
        <source>Email: %1 already belongs to another account.</source>
        <translation>E-Mail: %1 gehört bereits zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>The sessions could not be revoked.</source>
        <translation>Die Sitzungen konnten nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>The expired deletions could not be looked up.</source>
        <translation>Die Mitglieder mit abgelaufener Wiederherstellungsfrist konnten nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The expired deletions could not be purged.</source>
        <translation>Die Mitglieder mit abgelaufener Wiederherstellungsfrist konnten nicht endgültig gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted more than %n day(s) ago.</source>
        <translation>
            <numerusform>Vor mehr als %n Tag gelöscht.</numerusform>
            <numerusform>Vor mehr als %n Tagen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group no longer exists; someone may have deleted it.</source>
        <translation>Die Gruppe existiert nicht mehr; möglicherweise hat jemand sie gelöscht.</translation>
    </message>
    <message>
        <source>The group&apos;s members could not be read.</source>
        <translation>Die Mitglieder der Gruppe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>What the group&apos;s deletion would change could not be worked out.</source>
        <translation>Es konnte nicht ermittelt werden, was das Löschen der Gruppe ändern würde.</translation>
    </message>
    <message>
        <source>The group could not be created.</source>
        <translation>Die Gruppe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The group could not be changed.</source>
        <translation>Die Gruppe konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The group could not be deleted.</source>
        <translation>Die Gruppe konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The member could not be added to the group.</source>
        <translation>Das Mitglied konnte nicht zur Gruppe hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The member could not be removed from the group.</source>
        <translation>Das Mitglied konnte nicht aus der Gruppe entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is deleted; restore them before adding them to a group.</source>
        <translation>%1 ist gelöscht; stellen Sie die Person wieder her, bevor Sie sie zu einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>Your membership could not be read.</source>
        <translation>Ihre Mitgliedschaft konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name: there is already a group called “%1”.</source>
        <translation>Name: Es gibt bereits eine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation>Die Adressen konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Addresses: enter at least one email address.</source>
        <translation>Adressen: Geben Sie mindestens eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Addresses: invite at most %1 people at a time (this list has %2).</source>
        <translation>Adressen: Laden Sie höchstens %1 Personen auf einmal ein (diese Liste enthält %2).</translation>
    </message>
    <message>
        <source>The invitations could not be created.</source>
        <translation>Die Einladungen konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Groups: one of the groups no longer exists.</source>
        <translation>Gruppen: Eine der Gruppen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation>Die Einladungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The invitations could not be sent again.</source>
        <translation>Die Einladungen konnten nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>This invitation is no longer open: it was accepted, cancelled or sent again.</source>
        <translation>Diese Einladung steht nicht mehr aus: Sie wurde angenommen, zurückgezogen oder erneut gesendet.</translation>
    </message>
    <message>
        <source>Replaced by a newer invitation.</source>
        <translation>Durch eine neuere Einladung ersetzt.</translation>
    </message>
    <message>
        <source>The invitations could not be cancelled.</source>
        <translation>Die Einladungen konnten nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>The invitation was cancelled.</source>
        <translation>Die Einladung wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>The invitation could not be read.</source>
        <translation>Die Einladung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The invitation could not be accepted.</source>
        <translation>Die Einladung konnte nicht angenommen werden.</translation>
    </message>
    <message>
        <source>This invitation is no longer pending in %1: the membership was changed by an administrator.</source>
        <translation>Diese Einladung steht in %1 nicht mehr aus: Die Mitgliedschaft wurde von einem Administrator geändert.</translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to join %2.</source>
        <translation>%1 hat bereits ein Konto: Geben Sie dessen Passwort ein, um %2 beizutreten.</translation>
    </message>
    <message>
        <source>The invitation was accepted.</source>
        <translation>Die Einladung wurde angenommen.</translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Der Postausgang konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mail could not be taken from the outbox.</source>
        <translation>Die E-Mail konnte nicht aus dem Postausgang genommen werden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The mail is no longer in the outbox.</source>
        <translation>Die E-Mail befindet sich nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The outcome of the mail could not be recorded.</source>
        <translation>Das Ergebnis der E-Mail konnte nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>The mail server gave no reason.</source>
        <translation>Der Mailserver hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The signup settings could not be read.</source>
        <translation>Die Registrierungseinstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signup settings could not be saved.</source>
        <translation>Die Registrierungseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Default groups: one of the groups no longer exists.</source>
        <translation>Standardgruppen: Eine der Gruppen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The waitlist could not be read.</source>
        <translation>Die Warteliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Email: %1.</source>
        <translation>E-Mail: %1.</translation>
    </message>
    <message>
        <source>The signup could not be recorded.</source>
        <translation>Die Registrierung konnte nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>%1 does not keep a waitlist.</source>
        <translation>%1 führt keine Warteliste.</translation>
    </message>
    <message>
        <source>%1 takes signups only from %2.</source>
        <translation>%1 nimmt Registrierungen nur von %2 an.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 ist bereits Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 signed up before.</source>
        <translation>%1 hat sich bereits registriert.</translation>
    </message>
    <message>
        <source>The signups could not be approved.</source>
        <translation>Die Registrierungen konnten nicht genehmigt werden.</translation>
    </message>
    <message>
        <source>The signups could not be rejected.</source>
        <translation>Die Registrierungen konnten nicht abgelehnt werden.</translation>
    </message>
    <message>
        <source>This signup was decided already.</source>
        <translation>Über diese Registrierung wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains now (%2); cancel the invitation instead.</source>
        <translation>%1 liegt jetzt außerhalb der zulässigen Domains (%2); ziehen Sie die Einladung stattdessen zurück.</translation>
    </message>
    <message>
        <source>Resend it by mail instead: the link then goes only to the invited person.</source>
        <translation>Senden Sie die Einladung stattdessen per E-Mail erneut: Der Link geht dann nur an die eingeladene Person.</translation>
    </message>
    <message>
        <source>The account&apos;s password changed just now; try again.</source>
        <translation>Das Passwort des Kontos wurde gerade geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The invitation no longer exists.</source>
        <translation>Die Einladung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The person is no longer invited.</source>
        <translation>Die Person ist nicht mehr eingeladen.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains.</source>
        <translation>%1 liegt außerhalb der zulässigen Domains.</translation>
    </message>
    <message>
        <source>Default groups: %1</source>
        <translation>Standardgruppen: %1</translation>
    </message>
    <message>
        <source>Signup&apos;s default groups: %1 Change them in Signup Settings.</source>
        <translation>Standardgruppen der Registrierung: %1 Ändern Sie sie in den Registrierungseinstellungen.</translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation>Beispieldaten können nur in eine lokale SQLite-Datei geladen werden, niemals in eine gemeinsam genutzte Datenbank.</translation>
    </message>
    <message>
        <source>Sample data goes only into the workspace this file opened with.</source>
        <translation>Beispieldaten können nur in den Arbeitsbereich geladen werden, mit dem diese Datei geöffnet wurde.</translation>
    </message>
    <message>
        <source>Only an active Admin of this workspace can load sample data.</source>
        <translation>Nur ein aktiver Administrator dieses Arbeitsbereichs kann Beispieldaten laden.</translation>
    </message>
    <message numerus="yes">
        <source>Sample data goes only into a workspace with no members besides you; this one has %n other member(s).</source>
        <translation>
            <numerusform>Beispieldaten können nur in einen Arbeitsbereich geladen werden, der außer Ihnen keine Mitglieder hat; dieser hat %n weiteres Mitglied.</numerusform>
            <numerusform>Beispieldaten können nur in einen Arbeitsbereich geladen werden, der außer Ihnen keine Mitglieder hat; dieser hat %n weitere Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample data was loaded into this workspace before; it is loaded only once.</source>
        <translation>In diesen Arbeitsbereich wurden bereits Beispieldaten geladen; sie werden nur einmal geladen.</translation>
    </message>
    <message>
        <source>On a shared database you sign in with your email and password.</source>
        <translation>Bei einer gemeinsam genutzten Datenbank melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to become this workspace&apos;s Admin.</source>
        <translation>%1 hat bereits ein Konto: Geben Sie dessen Passwort ein, um Administrator dieses Arbeitsbereichs zu werden.</translation>
    </message>
    <message>
        <source>The mail server settings could not be read.</source>
        <translation>Die Mailserver-Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mail server settings could not be saved.</source>
        <translation>Die Mailserver-Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The member was removed from the workspace.</source>
        <translation>Das Mitglied wurde aus dem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <source>The member was purged.</source>
        <translation>Das Mitglied wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>This file contains a view, “%1”, that Usher did not create; it is not opened.</source>
        <translation>Diese Datei enthält eine Sicht (View) „%1“, die Usher nicht angelegt hat; die Datei wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>This file contains a trigger, “%1”, that Usher did not create; it is not opened.</source>
        <translation>Diese Datei enthält einen Trigger „%1“, den Usher nicht angelegt hat; die Datei wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine, and %1 is not (or could not be found); choose Encrypted and verified.</source>
        <translation>Die Verschlüsselung kann nur für einen Server auf diesem Computer ausgeschaltet werden, und %1 ist keiner (oder konnte nicht gefunden werden); wählen Sie „Verschlüsselt und überprüft“.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: try again in %n second(s), at %1. An Admin can unlock sign-in sooner.</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für dieses Konto: Versuchen Sie es in %n Sekunde erneut, um %1. Ein Administrator kann die Anmeldung früher entsperren.</numerusform>
            <numerusform>Zu viele falsche Passwörter für dieses Konto: Versuchen Sie es in %n Sekunden erneut, um %1. Ein Administrator kann die Anmeldung früher entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in could not be unlocked.</source>
        <translation>Die Anmeldung konnte nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>Picture: only PNG images are stored.</source>
        <translation>Bild: Es werden nur PNG-Bilder gespeichert.</translation>
    </message>
    <message>
        <source>People are generated in bulk only into a SQLite file; a PostgreSQL database gets them copied from one.</source>
        <translation>Personen werden nur in eine SQLite-Datei in großer Menge erzeugt; eine PostgreSQL-Datenbank bekommt sie daraus kopiert.</translation>
    </message>
    <message>
        <source>The people could not be generated.</source>
        <translation>Die Personen konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The people could not be generated; nothing was changed.</source>
        <translation>Die Personen konnten nicht erzeugt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Generating people was cancelled; nothing was added.</source>
        <translation>Das Erzeugen der Personen wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The invitations could not be counted.</source>
        <translation>Die Einladungen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The list could not be imported.</source>
        <translation>Die Liste konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>The list has no rows to import.</source>
        <translation>Die Liste hat keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Import at most %1 rows at a time (this list has %2).</source>
        <translation>Importieren Sie höchstens %1 Zeilen auf einmal (diese Liste hat %2).</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this row.</source>
        <translation>Nicht importiert: Der Import wurde vor dieser Zeile angehalten.</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped, and it imports all rows or none.</source>
        <translation>Nicht importiert: Der Import wurde angehalten, und er importiert alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Not imported: line %1 was refused, and this import imports all rows or none.</source>
        <translation>Nicht importiert: Zeile %1 wurde abgelehnt, und dieser Import importiert alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Not checked: the dry run was stopped before this row.</source>
        <translation>Nicht geprüft: Der Probelauf wurde vor dieser Zeile angehalten.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Exportieren.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The members could not be read for the export.</source>
        <translation>Die Mitglieder konnten für den Export nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Der Export wurde angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This person has no open invitation (status: %1).</source>
        <translation>Diese Person hat keine offene Einladung (Status: %1).</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>The new workspace could not be named.</source>
        <translation>Der neue Arbeitsbereich konnte nicht benannt werden.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>Neues Passwort: %1</translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation>Neues Passwort: Wählen Sie eines, das sich vom aktuellen Passwort unterscheidet.</translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot sign in.</source>
        <translation>%1 ist in diesem Arbeitsbereich %2 und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>This is a temporary password: choose your own password to go on.</source>
        <translation>Dies ist ein temporäres Passwort: Wählen Sie Ihr eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>The reset link no longer exists.</source>
        <translation>Der Link zum Zurücksetzen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The reset link was used already.</source>
        <translation>Der Link zum Zurücksetzen wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>A newer reset link or a temporary password replaced it.</source>
        <translation>Ein neuerer Link zum Zurücksetzen oder ein temporäres Passwort hat ihn ersetzt.</translation>
    </message>
    <message>
        <source>The reset link expired before it could be sent.</source>
        <translation>Der Link zum Zurücksetzen ist abgelaufen, bevor er gesendet werden konnte.</translation>
    </message>
    <message>
        <source>This link is not known: check that it was copied whole.</source>
        <translation>Dieser Link ist unbekannt: Prüfen Sie, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>%1 has not accepted their invitation yet: resend it instead; they choose their password with it.</source>
        <translation>%1 hat die Einladung noch nicht angenommen: Senden Sie stattdessen die Einladung erneut; damit wählt die Person ihr Passwort.</translation>
    </message>
    <message>
        <source>%1 is %2: their password cannot help them sign in until that changes.</source>
        <translation>%1 ist %2: Solange sich das nicht ändert, hilft ein Passwort nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <source>This workspace has no mail server yet, so nothing can be mailed: copy the link instead and give it to %1 yourself.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Mailserver, daher kann nichts gemailt werden: Kopieren Sie stattdessen den Link und geben Sie ihn %1 selbst.</translation>
    </message>
    <message>
        <source>The password reset could not be sent.</source>
        <translation>Der Link zum Zurücksetzen des Passworts konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The temporary password could not be set.</source>
        <translation>Das temporäre Passwort konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>No sign-in as this person could be issued.</source>
        <translation>Es konnte keine Anmeldung als diese Person ausgestellt werden.</translation>
    </message>
    <message>
        <source>Reason: say why you need to see the product as this person.</source>
        <translation>Grund: Geben Sie an, warum Sie das Produkt als diese Person sehen müssen.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be signed in as.</source>
        <translation>%1 ist %2; eine Anmeldung als diese Person ist nicht möglich.</translation>
    </message>
    <message>
        <source>What stops this person from signing in could not be read.</source>
        <translation>Es konnte nicht gelesen werden, was die Anmeldung dieser Person verhindert.</translation>
    </message>
    <message>
        <source>Nobody with this address is or was a member of this workspace.</source>
        <translation>Niemand mit dieser Adresse ist oder war Mitglied dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The password could not be reset.</source>
        <translation>Das Passwort konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>This reset link was used already; each link works once. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen wurde bereits verwendet; jeder Link funktioniert nur einmal. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This reset link expired at %1. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen ist um %1 abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The sign-in could not be opened.</source>
        <translation>Die Anmeldung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This sign-in link was used or replaced already; each works once.</source>
        <translation>Dieser Anmeldelink wurde bereits verwendet oder ersetzt; jeder funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>This sign-in link expired; ask for a new one.</source>
        <translation>Dieser Anmeldelink ist abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Whoever issued this sign-in link is no longer an active Admin.</source>
        <translation>Wer diesen Anmeldelink ausgestellt hat, ist kein aktiver Administrator mehr.</translation>
    </message>
    <message>
        <source>The person is no longer active in this workspace.</source>
        <translation>Die Person ist in diesem Arbeitsbereich nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>The reset link could not be requested.</source>
        <translation>Der Link zum Zurücksetzen konnte nicht angefordert werden.</translation>
    </message>
    <message>
        <source>This workspace sends no mail, so no reset link can reach you. Ask an Admin or the helpdesk for a temporary password.</source>
        <translation>Dieser Arbeitsbereich versendet keine E-Mails, daher kann Sie kein Link zum Zurücksetzen erreichen. Bitten Sie einen Administrator oder den Helpdesk um ein temporäres Passwort.</translation>
    </message>
    <message>
        <source>Link: paste the whole link from your mail (it contains &quot;invite=&quot; or &quot;reset=&quot;).</source>
        <translation>Link: Fügen Sie den ganzen Link aus Ihrer E-Mail ein (er enthält „invite=“ oder „reset=“).</translation>
    </message>
    <message>
        <source>This temporary password no longer works (it expired, or a newer one or a reset link replaced it). Ask for a new one.</source>
        <translation>Dieses temporäre Passwort funktioniert nicht mehr (es ist abgelaufen, oder ein neueres oder ein Link zum Zurücksetzen hat es ersetzt). Fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>This no longer works: whoever gave it may no longer help this account&apos;s password. Ask for a new one.</source>
        <translation>Dies funktioniert nicht mehr: Wer es ausgegeben hat, darf bei diesem Konto nicht mehr mit dem Passwort helfen. Fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>Your new password is set, but you cannot work in Usher here: %1</source>
        <translation>Ihr neues Passwort ist festgelegt, aber Sie können hier nicht in Usher arbeiten: %1</translation>
    </message>
    <message>
        <source>This reset link was withdrawn: a newer link, a temporary password or a change of address replaced it. Use the newest, or ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen wurde zurückgezogen: Ein neuerer Link, ein temporäres Passwort oder eine Adressänderung hat ihn ersetzt. Verwenden Sie den neuesten oder fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>erased person %1</source>
        <translation>gelöschte Person %1</translation>
    </message>
    <message>
        <source>This person is no longer there; reload the list.</source>
        <translation>Diese Person ist nicht mehr vorhanden; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>What an erasure would remove could not be read.</source>
        <translation>Was eine Löschung entfernen würde, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The personal data could not be erased.</source>
        <translation>Die personenbezogenen Daten konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Angehalten; es wurde keine Datei geschrieben.</translation>
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
        <translation>Alles, was Usher über %1 speichert, exportiert am %2 auf Anfrage der Person.

profile.json      Das Profil (nie das Passwort: nur ob es eines gibt) und die Mitgliedschaft in jedem
                  enthaltenen Arbeitsbereich: Rolle, Status, wie die Person beitrat, wann zuletzt gesehen,
                  die Gruppen und jede Berechtigung dort mit dem, was sie gewährt.
picture.png       Das Bild, falls vorhanden.
sessions.csv      Die Anmeldesitzungen: Gerät, Browser, IP-Adresse, Ort, Zeitpunkt.
sign-ins.csv      Jeder erfasste Anmeldeversuch: wann, ob er gelang und warum nicht, von wo.
invitations.csv   Die Einladungen an die Person oder ihre Adresse.
mails.csv         Die E-Mails, die Usher gesendet hat oder sendet (Links darin werden nie gespeichert).
waitlist.csv      Die Beitrittsanfragen über die Registrierung und was entschieden wurde.
audit.csv         Die Ereignisse im Prüfprotokoll über die Person und von ihr, mit den Namen von damals.

Enthaltene Arbeitsbereiche: %3. Ausgelassene Arbeitsbereiche (in die die exportierende Person nicht sehen darf): %4.
Zeiten in UTC (ISO 8601). CSV-Dateien sind UTF-8, durch Kommas getrennt.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The personal data could not be exported.</source>
        <translation>Die personenbezogenen Daten konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Has an account already (another workspace): keeps its name.</source>
        <translation>Hat bereits ein Konto (anderer Arbeitsbereich): behält den eigenen Namen.</translation>
    </message>
    <message>
        <source>Name and address not changed: %1</source>
        <translation>Name und Adresse nicht geändert: %1</translation>
    </message>
    <message>
        <source>The directory&apos;s address %1 is another account&apos;s.</source>
        <translation>Die Adresse %1 aus dem Verzeichnis gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Left the directory (directory sync)</source>
        <translation>Nicht mehr im Verzeichnis (Verzeichnissynchronisierung)</translation>
    </message>
    <message>
        <source>Back in the directory (directory sync)</source>
        <translation>Wieder im Verzeichnis (Verzeichnissynchronisierung)</translation>
    </message>
    <message>
        <source>Not reached: the sync was stopped first.</source>
        <translation>Nicht an der Reihe gewesen: Die Synchronisierung wurde vorher angehalten.</translation>
    </message>
    <message>
        <source>The directory settings could not be read.</source>
        <translation>Die Verzeichniseinstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The directory settings could not be saved.</source>
        <translation>Die Verzeichniseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The directory sync could not be applied.</source>
        <translation>Die Verzeichnissynchronisierung konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from; set one up first.</source>
        <translation>Dieser Arbeitsbereich hat kein Verzeichnis, aus dem synchronisiert wird; richten Sie zuerst eines ein.</translation>
    </message>
    <message>
        <source>Stopped part way: %1</source>
        <translation>Vorzeitig angehalten: %1</translation>
    </message>
    <message>
        <source>The directory settings were changed since the directory was read; read it again before syncing.</source>
        <translation>Die Verzeichniseinstellungen wurden geändert, nachdem das Verzeichnis gelesen wurde; lesen Sie es erneut, bevor Sie synchronisieren.</translation>
    </message>
</context>
<context>
    <name>usher::sql::SqliteFile</name>
    <message>
        <source>Its folder does not exist and cannot be created.</source>
        <translation>Der zugehörige Ordner existiert nicht und kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Its folder is read-only, so a new database cannot be created there.</source>
        <translation>Der zugehörige Ordner ist schreibgeschützt, daher kann dort keine neue Datenbank erstellt werden.</translation>
    </message>
    <message>
        <source>It is a folder, not a database file.</source>
        <translation>Es handelt sich um einen Ordner, nicht um eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>It is not a SQLite database (the file does not start with a SQLite header).</source>
        <translation>Es ist keine SQLite-Datenbank (die Datei beginnt nicht mit einem SQLite-Header).</translation>
    </message>
    <message>
        <source>It is damaged: its header gives an impossible page size (%1).</source>
        <translation>Die Datei ist beschädigt: Der Header gibt eine unmögliche Seitengröße an (%1).</translation>
    </message>
    <message>
        <source>It is truncated: it should hold %1 bytes but holds only %2.</source>
        <translation>Die Datei ist abgeschnitten: Sie sollte %1 Bytes enthalten, enthält aber nur %2.</translation>
    </message>
    <message>
        <source>It is truncated or damaged: its size is not a whole number of pages.</source>
        <translation>Die Datei ist abgeschnitten oder beschädigt: Ihre Größe ist kein ganzzahliges Vielfaches der Seitengröße.</translation>
    </message>
    <message>
        <source>The file is read-only. Usher needs to write to its database.</source>
        <translation>Die Datei ist schreibgeschützt. Usher muss in seine Datenbank schreiben können.</translation>
    </message>
    <message>
        <source>Its folder is read-only. Usher needs to write a journal file beside the database.</source>
        <translation>Der zugehörige Ordner ist schreibgeschützt. Usher muss neben der Datenbank eine Journaldatei schreiben können.</translation>
    </message>
</context>
</TS>
