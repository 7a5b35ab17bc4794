<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>usher::AboutDialog</name>
    <message>
        <source>About Usher</source>
        <translation>Over Usher</translation>
    </message>
    <message>
        <source>Usher %1</source>
        <translation>Usher %1</translation>
    </message>
    <message>
        <source>Database: %1
Built with Qt %2, running on Qt %3.</source>
        <translation>Database: %1
Gebouwd met Qt %2, draait op Qt %3.</translation>
    </message>
    <message>
        <source>Manage your organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation>Beheer de gebruikers en groepen van uw organisatie: leden en hun rollen, groepen en rechten, uitnodigingen, de wachtlijst voor registraties en het auditlogboek.</translation>
    </message>
</context>
<context>
    <name>usher::Application</name>
    <message>
        <source>Open the SQLite database &lt;file&gt; (created if missing).</source>
        <translation>De SQLite-database &lt;file&gt; openen (wordt aangemaakt als deze ontbreekt).</translation>
    </message>
    <message>
        <source>Load &lt;count&gt; sample people when the database has no members yet.</source>
        <translation>&lt;count&gt; voorbeeldpersonen laden als de database nog geen leden heeft.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, nl, de) instead of the system&apos;s.</source>
        <translation>&lt;language&gt; (en, nl, de) gebruiken in plaats van de systeemtaal.</translation>
    </message>
    <message>
        <source>--demo needs a number of people between 1 and 10000000.</source>
        <translation>--demo vereist een aantal personen tussen 1 en 10000000.</translation>
    </message>
    <message>
        <source>Open the saved connection &lt;name&gt;.</source>
        <translation>De opgeslagen verbinding &lt;name&gt; openen.</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Er is geen opgeslagen verbinding met de naam “%1”.</translation>
    </message>
    <message>
        <source>Work as the member &quot;&lt;name&gt; &lt;email&gt;&quot; of a local database; on a new one, become its first Admin.</source>
        <translation>Werken als het lid &quot;&lt;name&gt; &lt;email&gt;&quot; van een lokale database; bij een nieuwe database wordt u de eerste beheerder.</translation>
    </message>
    <message numerus="yes">
        <source>Purges members deleted more than %n day(s) ago, with everything that belongs only to them. For cron; Usher also does it each time it connects.</source>
        <translation>
            <numerusform>Verwijdert leden die meer dan %n dag geleden zijn verwijderd definitief, samen met alles wat alleen bij hen hoort. Bedoeld voor cron; Usher doet dit ook telkens wanneer het verbinding maakt.</numerusform>
            <numerusform>Verwijdert leden die meer dan %n dagen geleden zijn verwijderd definitief, samen met alles wat alleen bij hen hoort. Bedoeld voor cron; Usher doet dit ook telkens wanneer het verbinding maakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: purged %n member(s).</source>
        <translation>
            <numerusform>%1: %n lid definitief verwijderd.</numerusform>
            <numerusform>%1: %n leden definitief verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher manages an organisation&apos;s users and groups: members and their roles, groups and permissions, invitations, the signup waitlist and the audit log.</source>
        <translation>Usher beheert de gebruikers en groepen van een organisatie: leden en hun rollen, groepen en rechten, uitnodigingen, de wachtlijst voor registraties en het auditlogboek.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message numerus="yes">
        <source>purge-expired  Purge members deleted more than %n day(s) ago, for cron (usher purge-expired --help).</source>
        <translation>
            <numerusform>purge-expired  Leden die meer dan %n dag geleden zijn verwijderd, definitief verwijderen; voor cron (usher purge-expired --help).</numerusform>
            <numerusform>purge-expired  Leden die meer dan %n dagen geleden zijn verwijderd, definitief verwijderen; voor cron (usher purge-expired --help).</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics: print &quot;first-paint &lt;ms&gt;&quot; once the users table shows its first page, then quit (for the benchmark).</source>
        <translation>Diagnose: druk &quot;first-paint &lt;ms&gt;&quot; af zodra de gebruikerstabel de eerste pagina toont en sluit dan af (voor de benchmark).</translation>
    </message>
    <message numerus="yes">
        <source>The users table showed no first page within %n second(s).</source>
        <translation>
            <numerusform>De gebruikerstabel toonde binnen %n seconde geen eerste pagina.</numerusform>
            <numerusform>De gebruikerstabel toonde binnen %n seconden geen eerste pagina.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv check      Check a list of people (CSV): its format, its columns and every row; needs no connection (usher csv --help).
  csv import     Import a list of people: invite the new, update the members (usher csv --help).
  csv edit       Prepare or fix a list of people in the workbench, with no connection (usher csv edit [FILE…]).
  users export   Write the members, a view or a search to CSV (usher users --help).</source>
        <translation>csv check      Een lijst met personen (CSV) controleren: de opmaak, de kolommen en elke rij; zonder verbinding (usher csv --help).
  csv import     Een lijst met personen importeren: nieuwe uitnodigen, leden bijwerken (usher csv --help).
  csv edit       Een lijst met personen voorbereiden of herstellen in de werkbank, zonder verbinding (usher csv edit [BESTAND…]).
  users export   De leden, een weergave of een zoekopdracht naar CSV schrijven (usher users --help).</translation>
    </message>
    <message>
        <source>privacy erase  Erase everything held about a person who asks (GDPR; usher privacy --help).</source>
        <translation>privacy erase  Alles wissen wat over een persoon wordt bewaard, op diens verzoek (AVG; usher privacy --help).</translation>
    </message>
    <message>
        <source>privacy export Write everything held about a person to a ZIP file (GDPR; usher privacy --help).</source>
        <translation>privacy export Alles wat over een persoon wordt bewaard naar een ZIP-bestand schrijven (AVG; usher privacy --help).</translation>
    </message>
    <message>
        <source>sync           Sync people and groups from the workspace&apos;s LDAP directory, for cron (usher sync --help).</source>
        <translation>sync           Personen en groepen synchroniseren vanuit de LDAP-directory van de werkruimte; voor cron (usher sync --help).</translation>
    </message>
</context>
<context>
    <name>usher::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>usher::AuditView</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Elke wijziging</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Op elk moment</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>W&amp;ie:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>W&amp;at:</translation>
    </message>
    <message>
        <source>Wh&amp;om:</source>
        <translation>Be&amp;treft:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Wa&amp;nneer:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save the events shown (all of them, not only those loaded) as a CSV file</source>
        <translation>De getoonde gebeurtenissen (allemaal, niet alleen de geladen) opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open eerst een database.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open a database to see who changed what.</source>
        <translation>Open een database om te zien wie wat heeft gewijzigd.</translation>
    </message>
    <message>
        <source>No matching changes</source>
        <translation>Geen overeenkomende wijzigingen</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters. Widen the period or clear a filter.</source>
        <translation>Niets in het logboek voldoet aan deze filters. Kies een ruimere periode of wis een filter.</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Nog geen wijzigingen vastgelegd</translation>
    </message>
    <message>
        <source>Every change to members is recorded here: who did it, to whom, when, and what changed.</source>
        <translation>Elke wijziging aan leden wordt hier vastgelegd: wie deze aanbracht, bij wie, wanneer en wat er is gewijzigd.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>The audit log cannot be shown</source>
        <translation>Het auditlogboek kan niet worden getoond</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Auditlogboek</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Wie heeft wat gewijzigd, en wanneer</translation>
    </message>
</context>
<context>
    <name>usher::Backend</name>
    <message>
        <source>A %1 connection does not list members.</source>
        <translation>Een %1-verbinding toont geen leden.</translation>
    </message>
    <message>
        <source>A %1 connection has no groups.</source>
        <translation>Een %1-verbinding heeft geen groepen.</translation>
    </message>
    <message>
        <source>A %1 connection does not send invitations.</source>
        <translation>Een %1-verbinding verstuurt geen uitnodigingen.</translation>
    </message>
    <message>
        <source>A %1 connection does not send mail.</source>
        <translation>Een %1-verbinding verstuurt geen e-mail.</translation>
    </message>
    <message>
        <source>A %1 connection keeps no audit log.</source>
        <translation>Een %1-verbinding houdt geen auditlogboek bij.</translation>
    </message>
    <message>
        <source>A %1 connection signs you in when it connects.</source>
        <translation>Een %1-verbinding meldt u aan zodra ze verbindt.</translation>
    </message>
    <message>
        <source>A %1 connection cannot unlock sign-ins or reset passwords.</source>
        <translation>Een %1-verbinding kan aanmeldingen niet ontgrendelen en geen wachtwoorden herstellen.</translation>
    </message>
    <message>
        <source>A %1 connection is looked after elsewhere.</source>
        <translation>Een %1-verbinding wordt elders onderhouden.</translation>
    </message>
    <message>
        <source>A %1 connection cannot import lists of people.</source>
        <translation>Een %1-verbinding kan geen lijsten met personen importeren.</translation>
    </message>
    <message>
        <source>A %1 connection cannot export its members.</source>
        <translation>Een %1-verbinding kan haar leden niet exporteren.</translation>
    </message>
    <message>
        <source>A %1 connection cannot erase someone&apos;s personal data.</source>
        <translation>Een %1-verbinding kan de persoonsgegevens van iemand niet wissen.</translation>
    </message>
    <message>
        <source>A %1 connection does not sync people from a directory.</source>
        <translation>Een %1-verbinding synchroniseert geen personen vanuit een directory.</translation>
    </message>
</context>
<context>
    <name>usher::BulkResultDialog</name>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Wait for the change to finish, or stop it.</source>
        <translation>Wacht tot de wijziging klaar is, of stop deze.</translation>
    </message>
    <message>
        <source>The change was stopped before it started; nobody was changed.</source>
        <translation>De wijziging is gestopt voordat deze begon; er is niemand gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet aan de beurt gekomen</translation>
    </message>
    <message>
        <source>Stop before the next person; what is done stays done and is listed.</source>
        <translation>Stoppen vóór de volgende persoon; wat gedaan is, blijft gedaan en wordt vermeld.</translation>
    </message>
    <message>
        <source>Stopping after the current people…</source>
        <translation>Stopt na de personen die nu aan de beurt zijn…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Changed: %1; refused: %2; %n person(s) not reached and left as they were.</source>
        <translation>
            <numerusform>Gestopt. Gewijzigd: %1; geweigerd: %2; %n persoon niet bereikt en ongewijzigd gelaten.</numerusform>
            <numerusform>Gestopt. Gewijzigd: %1; geweigerd: %2; %n personen niet bereikt en ongewijzigd gelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n person(s).</source>
        <translation>
            <numerusform>Gedaan voor %n persoon.</numerusform>
            <numerusform>Gedaan voor alle %n personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for %1; %n person(s) not changed — see why below.</source>
        <translation>
            <numerusform>Gedaan voor %1; %n persoon niet gewijzigd — zie hieronder waarom.</numerusform>
            <numerusform>Gedaan voor %1; %n personen niet gewijzigd — zie hieronder waarom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::CallerCheckDialog</name>
    <message>
        <source>Check Who Is Asking</source>
        <translation>Identiteit van de aanvrager controleren</translation>
    </message>
    <message>
        <source>How did you check that the caller is this person? Attackers phone helpdesks pretending to be employees.</source>
        <translation>Hoe hebt u gecontroleerd dat de beller echt deze persoon is? Aanvallers bellen helpdesks en doen zich voor als medewerkers.</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Note for the audit log (required for another way)</source>
        <translation>Notitie voor het auditlogboek (verplicht bij een andere manier)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Also &amp;sign them out everywhere (their open sessions end)</source>
        <translation>Deze persoon ook overal af&amp;melden (open sessies worden beëindigd)</translation>
    </message>
    <message>
        <source>Go Ahead</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>usher::ChangeConfirmDialog</name>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation>&amp;Reden (optioneel, wordt bewaard in het auditlogboek):</translation>
    </message>
    <message>
        <source>For example: left the company on 30 November</source>
        <translation>Bijvoorbeeld: op 30 november uit dienst gegaan</translation>
    </message>
</context>
<context>
    <name>usher::CommandLine</name>
    <message>
        <source>The SQLite database &lt;file&gt; (default: the local one).</source>
        <translation>De SQLite-database &lt;file&gt; (standaard: de lokale).</translation>
    </message>
    <message>
        <source>The saved connection &lt;name&gt;; its password comes from the keychain.</source>
        <translation>De opgeslagen verbinding &lt;name&gt;; het wachtwoord komt uit de sleutelhanger.</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Er is geen opgeslagen verbinding met de naam “%1”.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Er is geen database op %1.</translation>
    </message>
    <message>
        <source>Say who you are with --as EMAIL: changes are made, checked and audited as a member of the workspace.</source>
        <translation>Zeg wie u bent met --as E-MAIL: wijzigingen worden gedaan, gecontroleerd en vastgelegd als lid van de werkruimte.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>%1 signs in with a password: set USHER_PASSWORD or run the command at a terminal.</source>
        <translation>%1 vraagt om een wachtwoord: stel USHER_PASSWORD in of voer de opdracht uit in een terminal.</translation>
    </message>
</context>
<context>
    <name>usher::ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <source>A connection name cannot contain a colon (:).</source>
        <translation>Een verbindingsnaam mag geen dubbele punt (:) bevatten.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Kies het databasebestand.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Voer de hostnaam van de server in.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>De poort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Voer de naam van de database in.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Voer de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file that signed its certificate.</source>
        <translation>Om de server te verifiëren is het bestand nodig met het CA-certificaat waarmee het servercertificaat is ondertekend.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read.</source>
        <translation>Het CA-certificaatbestand “%1” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Off (this machine only)</source>
        <translation>Uit (alleen op deze computer)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <source>Encrypted and verified</source>
        <translation>Versleuteld en geverifieerd</translation>
    </message>
    <message>
        <source>The connection details cannot contain a semicolon (;).</source>
        <translation>De verbindingsgegevens mogen geen puntkomma (;) bevatten.</translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine (localhost); choose Encrypted and verified.</source>
        <translation>Versleuteling kan alleen uit staan voor een server op deze computer (localhost); kies “Versleuteld en geverifieerd”.</translation>
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
        <translation>Voer de basis-URL van de dienst in, bijvoorbeeld https://idp.example.org/scim/v2.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// and name a host.</source>
        <translation>De basis-URL moet beginnen met https:// en een host bevatten.</translation>
    </message>
    <message>
        <source>The base URL cannot hold a query, a fragment or a user name; the token is asked for separately.</source>
        <translation>De basis-URL mag geen query, fragment of gebruikersnaam bevatten; om het token wordt apart gevraagd.</translation>
    </message>
    <message>
        <source>A token may travel unencrypted (http://) only to a service on this machine (localhost); use https://.</source>
        <translation>Een token mag alleen onversleuteld (http://) worden verstuurd naar een dienst op deze computer (localhost); gebruik https://.</translation>
    </message>
    <message>
        <source>The time-out must be between 1 and 600 seconds.</source>
        <translation>De time-out moet tussen 1 en 600 seconden liggen.</translation>
    </message>
    <message>
        <source>Enter the OAuth token URL, for example https://idp.example.org/oauth2/token.</source>
        <translation>Voer de OAuth-token-URL in, bijvoorbeeld https://idp.example.org/oauth2/token.</translation>
    </message>
    <message>
        <source>The client secret may travel unencrypted (http://) only to a token URL on this machine (localhost); use https://.</source>
        <translation>Het clientgeheim mag alleen onversleuteld (http://) naar een token-URL op deze computer (localhost); gebruik https://.</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Voer de OAuth-client-id in.</translation>
    </message>
    <message>
        <source>The role attribute “%1” is not an attribute name: use a name such as userType, or an extension&apos;s attribute by its full name (urn:…:User:division).</source>
        <translation>Het rolattribuut “%1” is geen attribuutnaam: gebruik een naam zoals userType, of het attribuut van een extensie met zijn volledige naam (urn:…:User:division).</translation>
    </message>
</context>
<context>
    <name>usher::ConnectionsDialog</name>
    <message>
        <source>Save the password in the &amp;keychain</source>
        <translation>Het wachtwoord in de s&amp;leutelhanger opslaan</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Opgeslagen verbindingen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Asked when connecting if left empty</source>
        <translation>Wordt bij het verbinden gevraagd als u dit leeg laat</translation>
    </message>
    <message>
        <source>The first workspace</source>
        <translation>De eerste werkruimte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verb&amp;inding testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ve&amp;rbinden</translation>
    </message>
    <message>
        <source>Delete this connection and its saved password</source>
        <translation>Deze verbinding en het opgeslagen wachtwoord verwijderen</translation>
    </message>
    <message>
        <source>There is no saved connection to remove</source>
        <translation>Er is geen opgeslagen verbinding om te verwijderen</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Opgeslagen in de sleutelhanger; typ om te vervangen</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its saved password? The database itself is not touched.</source>
        <translation>De verbinding “%1” en het opgeslagen wachtwoord verwijderen? De database zelf blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already. Choose another name.</source>
        <translation>Er bestaat al een verbinding met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Saved, with the password in the keychain.</source>
        <translation>Opgeslagen, met het wachtwoord in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Saved without the password: %1</source>
        <translation>Opgeslagen zonder het wachtwoord: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”, schema version %3.</source>
        <translation>Verbonden met %1: werkruimte “%2”, schemaversie %3.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Typ het wachtwoord om de verbinding te testen.</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>Works&amp;pace:</source>
        <translation>Wer&amp;kruimte:</translation>
    </message>
    <message>
        <source>Connected to %1: workspace “%2”. Usher will upgrade its schema from version %3 to %4 when you connect.</source>
        <translation>Verbonden met %1: werkruimte “%2”. Usher werkt het schema bij van versie %3 naar %4 wanneer u verbindt.</translation>
    </message>
    <message>
        <source>“%1” is open but not saved; Save keeps it in this list.</source>
        <translation>“%1” is geopend maar niet bewaard; met Opslaan komt hij in deze lijst.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Verbonden met %1 op %2.</translation>
    </message>
    <message>
        <source>Save the secret in the &amp;keychain</source>
        <translation>Het geheim in de s&amp;leutelhanger opslaan</translation>
    </message>
</context>
<context>
    <name>usher::CredentialStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>Er is geen wachtwoord opgeslagen voor deze verbinding.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>De sleutelhanger heeft de toegang geweigerd.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Usher does not store passwords in plain text; it can ask for the password each time instead.</source>
        <translation>Er is geen sleutelhanger beschikbaar op deze computer (%1). Usher slaat wachtwoorden niet op als platte tekst; in plaats daarvan kan Usher telkens om het wachtwoord vragen.</translation>
    </message>
    <message>
        <source>The password could not be read.</source>
        <translation>Het wachtwoord kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The password could not be saved.</source>
        <translation>Het wachtwoord kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The password could not be removed.</source>
        <translation>Het wachtwoord kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Not every saved password could be removed.</source>
        <translation>Niet alle opgeslagen wachtwoorden konden worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>usher::Csv</name>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The byte 0x%1 cannot be read as %2. The file may be in another encoding; choose it and read the file again.</source>
        <translation>De byte 0x%1 kan niet als %2 gelezen worden. Het bestand heeft misschien een andere codering; kies die en lees het bestand opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>This row has more than %n field(s); the delimiter may be wrong.</source>
        <translation>
            <numerusform>Deze rij heeft meer dan %n veld; het scheidingsteken klopt misschien niet.</numerusform>
            <numerusform>Deze rij heeft meer dan %n velden; het scheidingsteken klopt misschien niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This quote is never closed.</source>
        <translation>Dit aanhalingsteken wordt nooit gesloten.</translation>
    </message>
    <message>
        <source>The file holds a NUL byte here: it is not a text file, or it is UTF-16 without a byte-order mark.</source>
        <translation>Het bestand bevat hier een NUL-byte: het is geen tekstbestand, of het is UTF-16 zonder byte-order mark.</translation>
    </message>
    <message>
        <source>After the closing quote comes “%1”; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Na het sluitende aanhalingsteken komt “%1”; een aanhalingsteken binnen een geciteerd veld moet verdubbeld worden (&quot;&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>A field longer than %n character(s) starts here; a closing quote may be missing.</source>
        <translation>
            <numerusform>Hier begint een veld van meer dan %n teken; misschien ontbreekt een sluitend aanhalingsteken.</numerusform>
            <numerusform>Hier begint een veld van meer dan %n tekens; misschien ontbreekt een sluitend aanhalingsteken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names only %1 column(s).</source>
        <translation>
            <numerusform>Deze rij heeft %n veld, maar de kopregel noemt maar %1 kolommen.</numerusform>
            <numerusform>Deze rij heeft %n velden, maar de kopregel noemt maar %1 kolommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header names %1 column(s).</source>
        <translation>
            <numerusform>Deze rij heeft %n veld, maar de kopregel noemt %1 kolommen.</numerusform>
            <numerusform>Deze rij heeft %n velden, maar de kopregel noemt %1 kolommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <source>Linux and macOS (LF)</source>
        <translation>Linux en macOS (LF)</translation>
    </message>
    <message>
        <source>Classic Mac (CR)</source>
        <translation>Klassieke Mac (CR)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>The header, column %1: %2 cannot write “%3”.</source>
        <translation>Kopregel, kolom %1: “%3” kan niet in %2 worden geschreven.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 cannot write “%4”.</source>
        <translation>Rij %1, %2: “%4” kan niet in %3 worden geschreven.</translation>
    </message>
</context>
<context>
    <name>usher::CsvCommand</name>
    <message>
        <source>Name one file: usher csv check FILE (or - for standard input).</source>
        <translation>Noem één bestand: usher csv check BESTAND (of - voor standaardinvoer).</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”; use utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Onbekende codering “%1”; gebruik utf-8, utf-16le, utf-16be of windows-1252.</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; | or tab.</source>
        <translation>Onbekend scheidingsteken “%1”; gebruik , ; | of tab.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation>, kolommen van %1</translation>
    </message>
    <message>
        <source>%1: %2, %3%4.</source>
        <translation>%1: %2, %3%4.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standaardinvoer</translation>
    </message>
    <message>
        <source>The column “%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation>De kolom “%1” wordt niet geïmporteerd: Usher importeert nooit wachtwoorden; mensen kiezen hun eigen wachtwoord wanneer ze hun uitnodiging aannemen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 ready to import, %2 refused.</source>
        <translation>
            <numerusform>%n rij gelezen: %1 klaar om te importeren, %2 geweigerd.</numerusform>
            <numerusform>%n rijen gelezen: %1 klaar om te importeren, %2 geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a list of people (CSV) as an import would, with no connection: the file&apos;s encoding and delimiter, its columns, and each row&apos;s address, name, role and groups. The members, groups and seats of a workspace are checked when the file is imported.</source>
        <translation>Controleert een lijst met personen (CSV) zoals een import dat doet, zonder verbinding: de codering en het scheidingsteken van het bestand, de kolommen, en per rij het adres, de naam, de rol en de groepen. De leden, groepen en plaatsen van een werkruimte worden gecontroleerd wanneer het bestand wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <source>The CSV file, or - for standard input.</source>
        <translation>Het CSV-bestand, of - voor standaardinvoer.</translation>
    </message>
    <message>
        <source>Read the file as &lt;encoding&gt; (utf-8, utf-16le, utf-16be, windows-1252) instead of detecting it.</source>
        <translation>Het bestand lezen als &lt;encoding&gt; (utf-8, utf-16le, utf-16be, windows-1252) in plaats van het te herkennen.</translation>
    </message>
    <message>
        <source>Split fields on &lt;delimiter&gt; (, ; | or tab) instead of detecting it.</source>
        <translation>Velden scheiden op &lt;delimiter&gt; (, ; | of tab) in plaats van het te herkennen.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Het resultaat als JSON op standaarduitvoer afdrukken.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name one file: usher csv import FILE (or - for standard input).</source>
        <translation>Noem één bestand: usher csv import BESTAND (of - voor standaardinvoer).</translation>
    </message>
    <message>
        <source>%1 of %2 rows…</source>
        <translation>%1 van %2 rijen…</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1 would be invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation>Proefrun, er is niets gewijzigd: %1 zouden uitgenodigd worden, %2 bijgewerkt, %3 ongewijzigd; %4 geweigerd, %5 niet bereikt.</translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused, %5 not reached.</source>
        <translation>%1 uitgenodigd, %2 bijgewerkt, %3 ongewijzigd; %4 geweigerd, %5 niet bereikt.</translation>
    </message>
    <message>
        <source>Imports it: new addresses are invited, members get the file&apos;s name, role and groups (an import never removes anyone from a group). Each row stands on its own unless --all-or-nothing is given; --dry-run checks everything and changes nothing. Exit codes: 0 all rows done, 1 rows refused or not reached, 2 bad input, 3 no connection.</source>
        <translation>Importeert ze: nieuwe adressen worden uitgenodigd, leden krijgen de naam, rol en groepen uit het bestand (een import haalt nooit iemand uit een groep). Elke rij staat op zichzelf, tenzij --all-or-nothing is opgegeven; --dry-run controleert alles en wijzigt niets. Afsluitcodes: 0 alle rijen gedaan, 1 rijen geweigerd of niet bereikt, 2 onjuiste invoer, 3 geen verbinding.</translation>
    </message>
    <message>
        <source>Import as the member &lt;email&gt; (import).</source>
        <translation>Importeren als het lid &lt;email&gt; (import).</translation>
    </message>
    <message>
        <source>Check everything the import would do, and change nothing.</source>
        <translation>Alles controleren wat de import zou doen, en niets wijzigen.</translation>
    </message>
    <message>
        <source>Import every row or none: one refused row or a Stop (Ctrl+C) undoes them all.</source>
        <translation>Alle rijen importeren of geen: één geweigerde rij of een Stop (Ctrl+C) maakt alles ongedaan.</translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist.</source>
        <translation>De groepen uit het bestand die nog niet bestaan aanmaken.</translation>
    </message>
    <message>
        <source>Do not mail the invitations now; send them later from the Invitations page.</source>
        <translation>De uitnodigingen nu niet mailen; verstuur ze later vanaf de pagina Uitnodigingen.</translation>
    </message>
    <message>
        <source>Unknown csv command; use: usher csv check FILE, or usher csv import FILE.</source>
        <translation>Onbekende csv-opdracht; gebruik: usher csv check BESTAND, of usher csv import BESTAND.</translation>
    </message>
</context>
<context>
    <name>usher::DatabaseErrorDialog</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Kan database niet openen</translation>
    </message>
    <message>
        <source>Usher cannot open this database</source>
        <translation>Usher kan deze database niet openen</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Technische details:</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Create New Database…</source>
        <translation>Nieuwe database maken…</translation>
    </message>
    <message>
        <source>Usher cannot connect to this database</source>
        <translation>Usher kan geen verbinding maken met deze database</translation>
    </message>
    <message>
        <source>Nothing has been changed on the server.</source>
        <translation>Er is niets gewijzigd op de server.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbinding bewerken…</translation>
    </message>
    <message>
        <source>Use Local Database</source>
        <translation>Lokale database gebruiken</translation>
    </message>
</context>
<context>
    <name>usher::DeleteConfirmDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; loses access now and moves to the Deleted view. You can restore them there for %n day(s); after that they are purged for good.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; verliest direct de toegang en wordt verplaatst naar de weergave “Verwijderd”. Daar kunt u deze persoon nog %n dag herstellen; daarna wordt deze definitief verwijderd.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; verliest direct de toegang en wordt verplaatst naar de weergave “Verwijderd”. Daar kunt u deze persoon nog %n dagen herstellen; daarna wordt deze definitief verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Typ &lt;b&gt;%1&lt;/b&gt; ter bevestiging:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)?</source>
        <translation>
            <numerusform>%n gebruiker verwijderen?</numerusform>
            <numerusform>%n gebruikers verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose access now and move to the Deleted view. You can restore them there for %1 days; after that they are purged for good.</source>
        <translation>
            <numerusform>%n gebruiker verliest direct de toegang en wordt verplaatst naar de weergave “Verwijderd”. Daar kunt u deze nog %1 dagen herstellen; daarna wordt deze definitief verwijderd.</numerusform>
            <numerusform>%n gebruikers verliezen direct de toegang en worden verplaatst naar de weergave “Verwijderd”. Daar kunt u ze nog %1 dagen herstellen; daarna worden ze definitief verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of users, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Typ ter bevestiging het aantal gebruikers (&lt;b&gt;%1&lt;/b&gt;):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Type the confirmation above first.</source>
        <translation>Typ eerst hierboven de bevestiging.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wordt nu en voorgoed op de dienst verwijderd, met zijn of haar groepslidmaatschappen. De dienst heeft geen weergave “Verwijderd”: Usher kan deze persoon niet terughalen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) are deleted on the service now and for good, with their group memberships. The service keeps no Deleted view: Usher cannot bring them back.</source>
        <translation>
            <numerusform>%n gebruiker wordt nu en voorgoed op de dienst verwijderd, met zijn of haar groepslidmaatschappen. De dienst heeft geen weergave “Verwijderd”: Usher kan niemand terughalen.</numerusform>
            <numerusform>%n gebruikers worden nu en voorgoed op de dienst verwijderd, met hun groepslidmaatschappen. De dienst heeft geen weergave “Verwijderd”: Usher kan niemand terughalen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::DirectorySync</name>
    <message>
        <source>Server: enter the directory&apos;s address, such as ldap://ldap.example.org.</source>
        <translation>Server: voer het adres van de directory in, zoals ldap://ldap.example.org.</translation>
    </message>
    <message>
        <source>Server: “%1” is not an LDAP address; it starts with ldap:// or ldaps:// and names a host.</source>
        <translation>Server: “%1” is geen LDAP-adres; een LDAP-adres begint met ldap:// of ldaps:// en bevat een host.</translation>
    </message>
    <message>
        <source>Server: give the base DNs in their own fields, not in the address.</source>
        <translation>Server: geef de basis-DN&apos;s op in de eigen velden, niet in het adres.</translation>
    </message>
    <message>
        <source>Security: an ldaps:// address uses TLS from the start; choose “TLS (ldaps)”.</source>
        <translation>Beveiliging: een ldaps://-adres gebruikt vanaf het begin TLS; kies “TLS (ldaps)”.</translation>
    </message>
    <message>
        <source>Security: “TLS (ldaps)” needs an ldaps:// address.</source>
        <translation>Beveiliging: “TLS (ldaps)” vereist een ldaps://-adres.</translation>
    </message>
    <message>
        <source>People base DN: enter where the people are, such as ou=people,dc=example,dc=org.</source>
        <translation>Basis-DN voor personen: voer in waar de personen staan, zoals ou=people,dc=example,dc=org.</translation>
    </message>
    <message>
        <source>Groups base DN: syncing the members of chosen groups needs to know where the groups are.</source>
        <translation>Basis-DN voor groepen: om de leden van gekozen groepen te synchroniseren, moet bekend zijn waar de groepen staan.</translation>
    </message>
    <message>
        <source>Stop when disabling more than: give a percentage from 0 to 100.</source>
        <translation>Stoppen bij uitschakelen van meer dan: geef een percentage van 0 tot en met 100 op.</translation>
    </message>
    <message>
        <source>Person class</source>
        <translation>Persoonsklasse</translation>
    </message>
    <message>
        <source>Group class</source>
        <translation>Groepsklasse</translation>
    </message>
    <message>
        <source>Id attribute</source>
        <translation>Id-attribuut</translation>
    </message>
    <message>
        <source>Email attribute</source>
        <translation>E-mailattribuut</translation>
    </message>
    <message>
        <source>Name attribute</source>
        <translation>Naamattribuut</translation>
    </message>
    <message>
        <source>First name attribute</source>
        <translation>Attribuut voor voornaam</translation>
    </message>
    <message>
        <source>Last name attribute</source>
        <translation>Attribuut voor achternaam</translation>
    </message>
    <message>
        <source>Group name attribute</source>
        <translation>Attribuut voor groepsnaam</translation>
    </message>
    <message>
        <source>Member attribute</source>
        <translation>Lidattribuut</translation>
    </message>
    <message>
        <source>Login attribute</source>
        <translation>Attribuut voor aanmeldnaam</translation>
    </message>
    <message>
        <source>%1: “%2” is not an attribute or class name.</source>
        <translation>%1: “%2” is geen attribuut- of klassenaam.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n gekoppeld</numerusform>
            <numerusform>%n gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reactivated</source>
        <translation>
            <numerusform>%n weer ingeschakeld</numerusform>
            <numerusform>%n weer ingeschakeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n uitgeschakeld</numerusform>
            <numerusform>%n uitgeschakeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped for the seat limit</source>
        <translation>
            <numerusform>%n overgeslagen vanwege de limiet van plaatsen</numerusform>
            <numerusform>%n overgeslagen vanwege de limiet van plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) changed</source>
        <translation>
            <numerusform>%n groep gewijzigd</numerusform>
            <numerusform>%n groepen gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory gives no usable address (%1).</source>
        <translation>De directory geeft geen bruikbaar adres (%1).</translation>
    </message>
    <message>
        <source>Another person in the directory has the same address.</source>
        <translation>Een andere persoon in de directory heeft hetzelfde adres.</translation>
    </message>
    <message>
        <source>Joins as %1, from the directory.</source>
        <translation>Wordt toegevoegd als %1, vanuit de directory.</translation>
    </message>
    <message>
        <source>Deleted in Usher: restore or remove them before the sync can follow them.</source>
        <translation>Verwijderd in Usher: herstel deze persoon of haal deze uit de werkruimte voordat de synchronisatie deze persoon kan volgen.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Naam: %1 → %2</translation>
    </message>
    <message>
        <source>The directory&apos;s new address %1 is already %2&apos;s.</source>
        <translation>Het nieuwe adres %1 uit de directory is al van %2.</translation>
    </message>
    <message>
        <source>Email: %1 → %2</source>
        <translation>E-mail: %1 → %2</translation>
    </message>
    <message>
        <source>Already a member with this address: followed by the sync from now on.</source>
        <translation>Al lid met dit adres: wordt vanaf nu door de synchronisatie gevolgd.</translation>
    </message>
    <message>
        <source>The directory&apos;s listing was not complete (%1), so nobody is disabled.</source>
        <translation>De lijst uit de directory was niet volledig (%1), dus er wordt niemand uitgeschakeld.</translation>
    </message>
    <message>
        <source>You run this sync: disable yourself by hand if you mean to.</source>
        <translation>U voert deze synchronisatie uit: schakel uzelf met de hand uit als u dat wilt.</translation>
    </message>
    <message>
        <source>Left the directory, but stays active: %1</source>
        <translation>Niet meer in de directory, maar blijft actief: %1</translation>
    </message>
    <message numerus="yes">
        <source>This sync would disable %n of the %1 people it follows, more than the %2 % you allow. A wrong base DN or a directory that answered only in part looks like this; check the directory before you confirm.</source>
        <translation>
            <numerusform>Deze synchronisatie zou %n van de %1 gevolgde personen uitschakelen, meer dan de %2 % die u toestaat. Een verkeerde basis-DN of een directory die maar gedeeltelijk antwoordde, ziet er zo uit; controleer de directory voordat u bevestigt.</numerusform>
            <numerusform>Deze synchronisatie zou %n van de %1 gevolgde personen uitschakelen, meer dan de %2 % die u toestaat. Een verkeerde basis-DN of een directory die maar gedeeltelijk antwoordde, ziet er zo uit; controleer de directory voordat u bevestigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) could not be added or reactivated: the workspace has no free seat.</source>
        <translation>
            <numerusform>%n persoon kon niet worden toegevoegd of weer ingeschakeld: de werkruimte heeft geen vrije plaats.</numerusform>
            <numerusform>%n personen konden niet worden toegevoegd of weer ingeschakeld: de werkruimte heeft geen vrije plaats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another synced group is already called “%1”.</source>
        <translation>Een andere gesynchroniseerde groep heet al “%1”.</translation>
    </message>
    <message>
        <source>Usher already has a group called “%1” of its own: rename it to sync this one.</source>
        <translation>Usher heeft al een eigen groep met de naam “%1”: hernoem die, zodat deze groep uit de directory kan worden gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Renamed: %1 → %2</source>
        <translation>Hernoemd: %1 → %2</translation>
    </message>
    <message>
        <source>Created from the directory.</source>
        <translation>Aangemaakt vanuit de directory.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n lid toegevoegd</numerusform>
            <numerusform>%n leden toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed</source>
        <translation>
            <numerusform>%n lid verwijderd</numerusform>
            <numerusform>%n leden verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer in the directory: its %n member(s) removed</source>
        <translation>
            <numerusform>Niet meer in de directory: %n lid verwijderd</numerusform>
            <numerusform>Niet meer in de directory: alle %n leden verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet aan de beurt gekomen</translation>
    </message>
    <message>
        <source>Would be added</source>
        <translation>Zou toegevoegd worden</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Would be linked</source>
        <translation>Zou gekoppeld worden</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>Zou bijgewerkt worden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Would be reactivated</source>
        <translation>Zou weer ingeschakeld worden</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Weer ingeschakeld</translation>
    </message>
    <message>
        <source>Would be disabled</source>
        <translation>Zou uitgeschakeld worden</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Sync: tick at least one group whose members are synced.</source>
        <translation>Synchroniseren: vink ten minste één groep aan waarvan de leden worden gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Schedule: give minutes from 0 (only when asked) to a week.</source>
        <translation>Schema: geef het aantal minuten, van 0 (alleen op verzoek) tot een week.</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>niets te wijzigen</translation>
    </message>
    <message>
        <source>This address is %1&apos;s, who is linked to another entry of the directory.</source>
        <translation>Dit adres is van %1, die aan een ander item van de directory is gekoppeld.</translation>
    </message>
    <message>
        <source>Back in the directory.</source>
        <translation>Weer in de directory.</translation>
    </message>
    <message>
        <source>Left the directory or its chosen groups.</source>
        <translation>Heeft de directory of de gekozen groepen verlaten.</translation>
    </message>
    <message>
        <source>Left the directory.</source>
        <translation>Heeft de directory verlaten.</translation>
    </message>
    <message>
        <source>Change time attribute</source>
        <translation>Attribuut voor wijzigingstijd</translation>
    </message>
    <message>
        <source>Another group of the directory is also called “%1”.</source>
        <translation>Een andere groep van de directory heet ook “%1”.</translation>
    </message>
    <message>
        <source>The directory listed no groups, so the synced groups keep their members. Check the groups base DN.</source>
        <translation>De directory gaf geen groepen, dus de gesynchroniseerde groepen houden hun leden. Controleer de basis-DN voor groepen.</translation>
    </message>
    <message>
        <source>Person filter: write one LDAP filter in parentheses, such as (department=Sales).</source>
        <translation>Personenfilter: schrijf één LDAP-filter tussen haakjes, zoals (department=Sales).</translation>
    </message>
    <message>
        <source>Erased from Usher at their request: take them out of the directory (or the synced groups) to end this.</source>
        <translation>Op eigen verzoek uit Usher gewist: haal deze persoon uit de directory (of de gesynchroniseerde groepen) om dit te beëindigen.</translation>
    </message>
</context>
<context>
    <name>usher::DirectorySyncDialog</name>
    <message>
        <source>Members are named by their DN (member, uniqueMember)</source>
        <translation>Leden worden aangeduid met hun DN (member, uniqueMember)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verb&amp;inding testen</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directorysynchronisatie</translation>
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
        <translation>Vult de attributen in die dit soort directory meestal gebruikt.</translation>
    </message>
    <message>
        <source>For example: ldap://ldap.example.org</source>
        <translation>Bijvoorbeeld: ldap://ldap.example.org</translation>
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
        <translation>Geen — alleen voor testservers</translation>
    </message>
    <message>
        <source>Sends the password and everyone&apos;s data unencrypted.</source>
        <translation>Verstuurt het wachtwoord en de gegevens van iedereen onversleuteld.</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leeg: de certificeringsinstanties van het systeem</translation>
    </message>
    <message>
        <source>For example: cn=usher,ou=services,dc=example,dc=org (empty: anonymous)</source>
        <translation>Bijvoorbeeld: cn=usher,ou=services,dc=example,dc=org (leeg: anoniem)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>For example: ou=people,dc=example,dc=org</source>
        <translation>Bijvoorbeeld: ou=people,dc=example,dc=org</translation>
    </message>
    <message>
        <source>Empty: groups are not synced</source>
        <translation>Leeg: groepen worden niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Everyone under the people base DN</source>
        <translation>Iedereen onder de basis-DN voor personen</translation>
    </message>
    <message>
        <source>Members of the groups ticked below</source>
        <translation>Leden van de hieronder aangevinkte groepen</translation>
    </message>
    <message>
        <source>Groups to sync</source>
        <translation>Te synchroniseren groepen</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Alleen op verzoek</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>While Usher is open; for a server, run “usher sync” from cron.</source>
        <translation>Zolang Usher geopend is; voer op een server “usher sync” uit via cron.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A sync that would disable more of the people it follows stops and asks first: a wrong base DN or a directory that answered only in part looks like everyone leaving.</source>
        <translation>Een synchronisatie die meer van de gevolgde personen zou uitschakelen, stopt en vraagt het eerst: een verkeerde basis-DN of een directory die maar gedeeltelijk antwoordde, ziet eruit alsof iedereen vertrekt.</translation>
    </message>
    <message>
        <source>Connects with the settings as typed and counts what a sync would see.</source>
        <translation>Maakt verbinding met de instellingen zoals ze zijn ingevuld en telt wat een synchronisatie zou zien.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>Bin&amp;d-DN:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>What is synced</source>
        <translation>Wat wordt gesynchroniseerd</translation>
    </message>
    <message>
        <source>&amp;People base DN:</source>
        <translation>Basis-DN voor &amp;personen:</translation>
    </message>
    <message>
        <source>&amp;Groups base DN:</source>
        <translation>Basis-DN voor &amp;groepen:</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;ynchroniseren:</translation>
    </message>
    <message>
        <source>Stop when &amp;disabling more than:</source>
        <translation>Stoppen bij uitschakelen van &amp;meer dan:</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>&amp;Attributen</translation>
    </message>
    <message>
        <source>Person class:</source>
        <translation>Persoonsklasse:</translation>
    </message>
    <message>
        <source>Group class:</source>
        <translation>Groepsklasse:</translation>
    </message>
    <message>
        <source>Id attribute:</source>
        <translation>Id-attribuut:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>E-mailattribuut:</translation>
    </message>
    <message>
        <source>Name attribute:</source>
        <translation>Naamattribuut:</translation>
    </message>
    <message>
        <source>First name attribute:</source>
        <translation>Attribuut voor voornaam:</translation>
    </message>
    <message>
        <source>Last name attribute:</source>
        <translation>Attribuut voor achternaam:</translation>
    </message>
    <message>
        <source>Group name attribute:</source>
        <translation>Attribuut voor groepsnaam:</translation>
    </message>
    <message>
        <source>Member attribute:</source>
        <translation>Lidattribuut:</translation>
    </message>
    <message>
        <source>Login attribute:</source>
        <translation>Attribuut voor aanmeldnaam:</translation>
    </message>
    <message>
        <source>A value that never changes while the entry lives: people are matched by it, never by their address alone.</source>
        <translation>Een waarde die nooit verandert zolang de vermelding bestaat: personen worden hieraan herkend, nooit alleen aan hun adres.</translation>
    </message>
    <message>
        <source>The workspace&apos;s people and groups can follow an LDAP directory: new people are added, names and addresses followed, and people who leave are disabled, never deleted. Synced groups are changed only in the directory.</source>
        <translation>De personen en groepen van de werkruimte kunnen een LDAP-directory volgen: nieuwe personen worden toegevoegd, namen en adressen bijgehouden, en personen die vertrekken worden uitgeschakeld, nooit verwijderd. Gesynchroniseerde groepen worden alleen in de directory gewijzigd.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Laatste synchronisatie %1: %2</translation>
    </message>
    <message>
        <source>Saved, not synced yet.</source>
        <translation>Opgeslagen, nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Sleutelhanger wordt gelezen…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s directory settings…</source>
        <translation>Directory-instellingen van de werkruimte worden gelezen…</translation>
    </message>
    <message>
        <source>Enter the directory&apos;s address.</source>
        <translation>Voer het adres van de directory in.</translation>
    </message>
    <message>
        <source>Saves the settings, reads the directory and shows what a sync would change, before anything changes.</source>
        <translation>Slaat de instellingen op, leest de directory en toont wat een synchronisatie zou wijzigen, voordat er iets verandert.</translation>
    </message>
    <message>
        <source>Test Connection lists the directory&apos;s groups here.</source>
        <translation>“Verbinding testen” toont hier de groepen van de directory.</translation>
    </message>
    <message>
        <source>The settings are saved; the password is asked for each sync.</source>
        <translation>De instellingen zijn opgeslagen; het wachtwoord wordt bij elke synchronisatie gevraagd.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sync…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>Change time attribute:</source>
        <translation>Attribuut voor wijzigingstijd:</translation>
    </message>
    <message>
        <source>Scheduled runs read only the entries changed since the last one, and the whole directory once a day.</source>
        <translation>Geplande uitvoeringen lezen alleen de items die sinds de vorige zijn gewijzigd, en eenmaal per dag de hele directory.</translation>
    </message>
    <message>
        <source>Type the password for this directory</source>
        <translation>Typ het wachtwoord voor deze directory</translation>
    </message>
    <message>
        <source>Person filter:</source>
        <translation>Personenfilter:</translation>
    </message>
    <message>
        <source>Optional, such as (department=Sales)</source>
        <translation>Optioneel, zoals (department=Sales)</translation>
    </message>
</context>
<context>
    <name>usher::Email</name>
    <message>
        <source>the address is empty</source>
        <translation>het adres is leeg</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>het adres is langer dan 254 tekens</translation>
    </message>
    <message>
        <source>the address contains a space or control character</source>
        <translation>het adres bevat een spatie of stuurteken</translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation>het adres bevat geen @</translation>
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation>het adres bevat meer dan één @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>niets vóór de @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>het deel vóór de @ is langer dan 64 tekens</translation>
    </message>
    <message>
        <source>misplaced dot before the @</source>
        <translation>punt op een ongeldige plaats vóór de @</translation>
    </message>
    <message>
        <source>no domain after the @</source>
        <translation>geen domein na de @</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a full domain name</source>
        <translation>het domein &quot;%1&quot; is geen volledige domeinnaam</translation>
    </message>
</context>
<context>
    <name>usher::ErasureDialog</name>
    <message>
        <source>Erase %1?</source>
        <translation>%1 wissen?</translation>
    </message>
    <message>
        <source>their account and profile, with their membership of %1</source>
        <translation>hun account en profiel, met hun lidmaatschap van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n groepslidmaatschap</numerusform>
            <numerusform>%n groepslidmaatschappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n uitnodiging</numerusform>
            <numerusform>%n uitnodigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in record(s)</source>
        <translation>
            <numerusform>%n aanmeldregistratie</numerusform>
            <numerusform>%n aanmeldregistraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password reset(s)</source>
        <translation>
            <numerusform>%n wachtwoordherstel</numerusform>
            <numerusform>%n wachtwoordherstellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) in the outbox</source>
        <translation>
            <numerusform>%n e-mail in de postvak-uit</numerusform>
            <numerusform>%n e-mails in de postvak-uit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlist entr(y/ies)</source>
        <translation>
            <numerusform>%n vermelding op de wachtlijst</numerusform>
            <numerusform>%n vermeldingen op de wachtlijst</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) asked to be erased. This removes, at once and for good:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) heeft gevraagd gewist te worden. Dit verwijdert meteen en voorgoed:</translation>
    </message>
    <message numerus="yes">
        <source>The %n audit log event(s) that name them are kept, with a pseudonym in place of their names and address. This cannot be undone.</source>
        <translation>
            <numerusform>De %n gebeurtenis in het auditlogboek die deze persoon noemt blijft bewaard, met een pseudoniem in plaats van naam en adres. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n gebeurtenissen in het auditlogboek die deze persoon noemen blijven bewaard, met een pseudoniem in plaats van naam en adres. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The ticket or letter number of the request</source>
        <translation>Het ticket- of briefnummer van het verzoek</translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation>&amp;Referentie van het verzoek:</translation>
    </message>
    <message>
        <source>Type their &amp;address:</source>
        <translation>Typ hun &amp;adres:</translation>
    </message>
    <message>
        <source>The erasure log keeps who erased, when, the pseudonym and the reference; nothing about the person.</source>
        <translation>Het wislogboek bewaart wie wiste, wanneer, het pseudoniem en de referentie; niets over de persoon.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference first.</source>
        <translation>Vul eerst de referentie van het verzoek in.</translation>
    </message>
    <message>
        <source>Type their address above first.</source>
        <translation>Typ eerst hierboven hun adres.</translation>
    </message>
</context>
<context>
    <name>usher::ExportDialog</name>
    <message>
        <source>Plain data for programs: write fields exactly as they are</source>
        <translation>Kale gegevens voor programma&apos;s: velden precies schrijven zoals ze zijn</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Gebruikers exporteren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Every member (not the deleted)</source>
        <translation>Elk lid (niet de verwijderde)</translation>
    </message>
    <message>
        <source>The people listed now: %1</source>
        <translation>De personen die nu getoond worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected person(s)</source>
        <translation>
            <numerusform>De %n geselecteerde persoon</numerusform>
            <numerusform>De %n geselecteerde personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select people in the table first</source>
        <translation>Selecteer eerst personen in de tabel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Otherwise a field starting with = + - or @ gets an apostrophe, so a spreadsheet shows it instead of running it as a formula</source>
        <translation>Anders krijgt een veld dat met = + - of @ begint een apostrof, zodat een spreadsheet het toont in plaats van het als formule uit te voeren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
</context>
<context>
    <name>usher::Gate</name>
    <message>
        <source>Say who you are first (File ▸ Sign In…): every change records who made it.</source>
        <translation>Zeg eerst wie u bent (Bestand ▸ Aanmelden…): bij elke wijziging wordt vastgelegd wie die maakte.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open eerst een database.</translation>
    </message>
</context>
<context>
    <name>usher::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the people are kept.&lt;/b&gt; Usher starts on a database file on this computer. To work in your team&apos;s shared database, add it under %1.</source>
        <translation>&lt;b&gt;Waar de mensen staan.&lt;/b&gt; Usher begint met een databasebestand op deze computer. Om in de gedeelde database van uw team te werken, voegt u die toe onder %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring people in.&lt;/b&gt; %1 sends invitations by mail or as links; %2 reads a list saved as CSV from a spreadsheet; %3 adds one person by hand.</source>
        <translation>&lt;b&gt;Mensen binnenhalen.&lt;/b&gt; %1 verstuurt uitnodigingen per e-mail of als links; %2 leest een lijst die uit een spreadsheet als CSV is opgeslagen; %3 voegt één persoon met de hand toe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide what they may do.&lt;/b&gt; A person&apos;s role (%1) sets what they may change in Usher; groups (%2) give permissions to many people at once.</source>
        <translation>&lt;b&gt;Bepalen wat ze mogen.&lt;/b&gt; De rol van iemand (%1) bepaalt wat die in Usher mag wijzigen; groepen (%2) geven veel mensen tegelijk rechten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;When someone leaves.&lt;/b&gt; %1 stops them signing in and can be undone; %2 takes them out of the lists, and %3 brings them back within %n day(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Als iemand vertrekt.&lt;/b&gt; %1 houdt die persoon buiten en is terug te draaien; %2 haalt hem uit de lijsten, en %3 haalt hem binnen %n dag terug.</numerusform>
            <numerusform>&lt;b&gt;Als iemand vertrekt.&lt;/b&gt; %1 houdt die persoon buiten en is terug te draaien; %2 haalt hem uit de lijsten, en %3 haalt hem binnen %n dagen terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usher keeps the people of your organisation: who they are, which role they have and which groups they are in.</source>
        <translation>Usher beheert de mensen van uw organisatie: wie ze zijn, welke rol ze hebben en in welke groepen ze zitten.</translation>
    </message>
    <message>
        <source>Every key is listed under %1.</source>
        <translation>Alle toetsen staan onder %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is lost.&lt;/b&gt; Every change is written to the audit log (%1), with who made it and when.</source>
        <translation>&lt;b&gt;Er gaat niets verloren.&lt;/b&gt; Elke wijziging komt in het auditlogboek (%1), met wie haar deed en wanneer.</translation>
    </message>
</context>
<context>
    <name>usher::GroupDeleteDialog</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” verwijderen?</translation>
    </message>
    <message>
        <source>Working out who would lose what…</source>
        <translation>Bepalen wie wat zou verliezen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Verliest</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>Groep &amp;verwijderen</translation>
    </message>
    <message>
        <source>Available once Usher knows who would lose what.</source>
        <translation>Beschikbaar zodra Usher weet wie wat zou verliezen.</translation>
    </message>
    <message>
        <source>Usher could not work out what the deletion would change.</source>
        <translation>Usher kon niet bepalen wat het verwijderen zou veranderen.</translation>
    </message>
    <message>
        <source>“%1” has no members. Deleting it changes nobody&apos;s access.</source>
        <translation>“%1” heeft geen leden. Verwijderen verandert niets aan de toegang van wie dan ook.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody loses access: the %n member(s) of “%1” keep everything through their role or other groups.</source>
        <translation>
            <numerusform>Niemand verliest toegang: %n lid van “%1” behoudt alles via de eigen rol of andere groepen.</numerusform>
            <numerusform>Niemand verliest toegang: de %n leden van “%1” behouden alles via hun rol of andere groepen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will lose access they have only through “%1”:</source>
        <translation>
            <numerusform>%n lid verliest toegang die het alleen via “%1” heeft:</numerusform>
            <numerusform>%n leden verliezen toegang die ze alleen via “%1” hebben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other member(s) keep everything through their role or other groups.</source>
        <translation>
            <numerusform>%n ander lid behoudt alles via de eigen rol of andere groepen.</numerusform>
            <numerusform>%n andere leden behouden alles via hun rol of andere groepen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit log and cannot be undone.</source>
        <translation>Het verwijderen wordt vastgelegd in het auditlogboek en kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>usher::GroupEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>For example: Support, Finance, Contractors</source>
        <translation>Bijvoorbeeld: Support, Financiën, Externen</translation>
    </message>
    <message>
        <source>What the group is for (optional)</source>
        <translation>Waarvoor de groep dient (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Members of this group may</source>
        <translation>Leden van deze groep mogen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Create Group</source>
        <translation>Groep aan&amp;maken</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
</context>
<context>
    <name>usher::Groups</name>
    <message>
        <source>View people</source>
        <translation>Mensen bekijken</translation>
    </message>
    <message>
        <source>See the workspace&apos;s members, their groups and status.</source>
        <translation>De leden van de werkruimte zien, met hun groepen en status.</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Mensen uitnodigen</translation>
    </message>
    <message>
        <source>Send invitations and approve the waitlist.</source>
        <translation>Uitnodigingen versturen en aanmeldingen op de wachtlijst goedkeuren.</translation>
    </message>
    <message>
        <source>Manage people</source>
        <translation>Mensen beheren</translation>
    </message>
    <message>
        <source>Change roles, disable, delete and restore members.</source>
        <translation>Rollen wijzigen en leden uitschakelen, verwijderen en herstellen.</translation>
    </message>
    <message>
        <source>Help with passwords</source>
        <translation>Helpen met wachtwoorden</translation>
    </message>
    <message>
        <source>Send reset links, set temporary passwords, unlock accounts.</source>
        <translation>Herstellinks versturen, tijdelijke wachtwoorden instellen en accounts ontgrendelen.</translation>
    </message>
    <message>
        <source>Manage groups</source>
        <translation>Groepen beheren</translation>
    </message>
    <message>
        <source>Create, rename and delete groups and change their members.</source>
        <translation>Groepen aanmaken, hernoemen en verwijderen en hun leden wijzigen.</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Auditlogboek bekijken</translation>
    </message>
    <message>
        <source>See who changed what, and when.</source>
        <translation>Zien wie wat heeft gewijzigd, en wanneer.</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Facturering beheren</translation>
    </message>
    <message>
        <source>Change the plan, the seat cap and payment details.</source>
        <translation>Het abonnement, de limiet van plaatsen en de betaalgegevens wijzigen.</translation>
    </message>
    <message>
        <source>Edit automations</source>
        <translation>Automatiseringen bewerken</translation>
    </message>
    <message>
        <source>Create and change automated workflows.</source>
        <translation>Geautomatiseerde workflows aanmaken en wijzigen.</translation>
    </message>
    <message>
        <source>Name: a group needs a name.</source>
        <translation>Naam: een groep moet een naam hebben.</translation>
    </message>
    <message>
        <source>Name: at most 100 characters (this one has %1).</source>
        <translation>Naam: maximaal 100 tekens (deze heeft er %1).</translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation>Naam: stuurtekens (zoals tabs of regeleinden) zijn niet toegestaan.</translation>
    </message>
    <message>
        <source>Permissions: “%1” is not a permission Usher knows (known: %2).</source>
        <translation>Rechten: “%1” is geen recht dat Usher kent (bekend: %2).</translation>
    </message>
    <message>
        <source>your directory</source>
        <translation>uw directory</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>“%1” is synced from %2 (last sync: %3). Change its name and members there; Usher would undo a change made here at the next sync.</source>
        <translation>“%1” wordt gesynchroniseerd vanuit %2 (laatste synchronisatie: %3). Wijzig de naam en de leden daar; Usher zou een wijziging die hier wordt aangebracht bij de volgende synchronisatie ongedaan maken.</translation>
    </message>
    <message>
        <source>A %1 cannot give people “%2”, which their own role does not have. Ask an Admin.</source>
        <translation>Een %1 kan anderen niet “%2” toekennen, omdat de eigen rol dat recht niet heeft. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>A %1 cannot take “%2” away from people, which their own role does not have. Ask an Admin.</source>
        <translation>Een %1 kan anderen “%2” niet afnemen, omdat de eigen rol dat recht niet heeft. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>A %1 cannot delete “%2”: it has members whose role (%3) is above their own.</source>
        <translation>Een %1 kan “%2” niet verwijderen: de groep heeft leden met een rol (%3) die hoger is dan de eigen rol.</translation>
    </message>
</context>
<context>
    <name>usher::GroupsModel</name>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Made in Usher: its name and members are changed here.</source>
        <translation>Aangemaakt in Usher: naam en leden worden hier gewijzigd.</translation>
    </message>
    <message>
        <source>Synced from %1; last sync %2. Its name and members are changed there.</source>
        <translation>Gesynchroniseerd vanuit %1; laatste synchronisatie: %2. Naam en leden worden daar gewijzigd.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>een directory</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Made in Usher</source>
        <translation>In Usher gemaakt</translation>
    </message>
    <message>
        <source>Kept by the %1 service; Usher changes its name and members there.</source>
        <translation>Beheerd door de %1-dienst; Usher wijzigt de naam en de leden daar.</translation>
    </message>
</context>
<context>
    <name>usher::GroupsView</name>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Groep &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Groep &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Add Members…</source>
        <translation>Leden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove Members</source>
        <translation>Leden ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Groepen zoeken</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Leden zoeken</translation>
    </message>
    <message>
        <source>Export Members of “%1”</source>
        <translation>Leden van “%1” exporteren</translation>
    </message>
    <message>
        <source>%1 members.csv</source>
        <translation>%1 leden.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group</source>
        <translation>Selecteer een groep</translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members and what it grants.</source>
        <translation>Kies links een groep om de leden te zien en wat de groep verleent.</translation>
    </message>
    <message>
        <source>Synced from %1, last sync %2. Its name and members are changed in the directory.</source>
        <translation>Gesynchroniseerd vanuit %1, laatste synchronisatie %2. Naam en leden worden in de directory gewijzigd.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>een directory</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Made in Usher on %1.</source>
        <translation>Op %1 aangemaakt in Usher.</translation>
    </message>
    <message>
        <source>Grants no permissions; members have what their role gives them.</source>
        <translation>Verleent geen rechten; leden hebben wat hun rol hun geeft.</translation>
    </message>
    <message>
        <source>Members may: %1</source>
        <translation>Leden mogen: %1</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Selecteer eerst een groep.</translation>
    </message>
    <message>
        <source>Create a group and choose what it grants</source>
        <translation>Een groep aanmaken en kiezen wat deze verleent</translation>
    </message>
    <message>
        <source>Change what the group grants (its name comes from the directory)</source>
        <translation>Wijzigen wat de groep verleent (de naam komt uit de directory)</translation>
    </message>
    <message>
        <source>Rename the group or change what it grants</source>
        <translation>De groep hernoemen of wijzigen wat deze verleent</translation>
    </message>
    <message>
        <source>Delete the group, after seeing who loses what</source>
        <translation>De groep verwijderen, nadat u hebt gezien wie wat verliest</translation>
    </message>
    <message>
        <source>Find people and add them to the group</source>
        <translation>Mensen zoeken en aan de groep toevoegen</translation>
    </message>
    <message>
        <source>Select members in the list first.</source>
        <translation>Selecteer eerst leden in de lijst.</translation>
    </message>
    <message>
        <source>Take the selected members out of the group</source>
        <translation>De geselecteerde leden uit de groep halen</translation>
    </message>
    <message>
        <source>The group has no members.</source>
        <translation>De groep heeft geen leden.</translation>
    </message>
    <message>
        <source>Save the members and since when as a CSV file, for an access review</source>
        <translation>De leden en sinds wanneer ze lid zijn opslaan als CSV-bestand, voor een toegangscontrole</translation>
    </message>
    <message>
        <source>No group matches “%1”</source>
        <translation>Geen groep komt overeen met “%1”</translation>
    </message>
    <message>
        <source>Search looks at names and descriptions.</source>
        <translation>Er wordt gezocht in namen en beschrijvingen.</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Nog geen groepen</translation>
    </message>
    <message>
        <source>Groups grant permissions to their members: make one for each team or job.</source>
        <translation>Groepen verlenen rechten aan hun leden: maak er een voor elk team of elke functie.</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Groep aangemaakt.</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Groep opgeslagen.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Groep “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Add Members to “%1”</source>
        <translation>Leden toevoegen aan “%1”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Person(s)</source>
        <translation>
            <numerusform>%n persoon toevoegen</numerusform>
            <numerusform>%n personen toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>%n persoon wordt toegevoegd aan “%1”</numerusform>
            <numerusform>%n personen worden toegevoegd aan “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>%n persoon wordt verwijderd uit “%1”</numerusform>
            <numerusform>%n personen worden verwijderd uit “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1.</source>
        <translation>
            <numerusform>%n lid geëxporteerd naar %1.</numerusform>
            <numerusform>%n leden geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>G&amp;roepen</translation>
    </message>
    <message>
        <source>Groups, their members and what they grant</source>
        <translation>Groepen, hun leden en wat ze verlenen</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 zit in “%2”.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 zit niet meer in “%2”.</translation>
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
        <translation>Waarom kan iemand zich niet aanmelden? Herstellen, ontgrendelen en diagnosticeren</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation>Herstellink versturen</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Tijdelijk wachtwoord</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Aanmelden ontgrendelen</translation>
    </message>
    <message>
        <source>Sign In as Them</source>
        <translation>Aanmelden als deze persoon</translation>
    </message>
    <message>
        <source>Who is calling? Name, email or id, then Enter</source>
        <translation>Wie belt er? Naam, e-mail of id, dan Enter</translation>
    </message>
    <message>
        <source>Find the caller</source>
        <translation>Beller zoeken</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Recent failed sign-ins</source>
        <translation>Recente mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or email above and press Enter.
Their sign-in state, what stops them and the fix appear here.</source>
        <translation>Typ hierboven de naam of het e-mailadres van de beller en druk op Enter.
Hier verschijnen de aanmeldstatus, wat het aanmelden verhindert en de oplossing.</translation>
    </message>
    <message>
        <source>Nobody here matches &quot;%1&quot;.</source>
        <translation>Niemand hier komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Werkruimten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Laatst aangemeld</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>Vergrendeld tot %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row, not locked</source>
        <translation>
            <numerusform>%n onjuist wachtwoord, niet vergrendeld</numerusform>
            <numerusform>%n onjuiste wachtwoorden op rij, niet vergrendeld</numerusform>
        </translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Niet vergrendeld</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Temporary, to be changed at the next sign-in</source>
        <translation>Tijdelijk, te wijzigen bij de volgende aanmelding</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Open until %1 (%2)</source>
        <translation>Open tot %1 (%2)</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Verlopen %1</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Herstellink</translation>
    </message>
    <message>
        <source>Sent, works until %1 (%2)</source>
        <translation>Verstuurd, werkt tot %1 (%2)</translation>
    </message>
    <message>
        <source>Find the caller first.</source>
        <translation>Zoek eerst de beller op.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this workspace.</source>
        <translation>%1 is geen lid meer van deze werkruimte.</translation>
    </message>
    <message>
        <source>%1 is %2: fix that first.</source>
        <translation>%1 is %2: los dat eerst op.</translation>
    </message>
    <message>
        <source>Mail a single-use link to choose a new password; it unlocks sign-in too</source>
        <translation>Een eenmalige link mailen om een nieuw wachtwoord te kiezen; daarmee wordt het aanmelden ook ontgrendeld</translation>
    </message>
    <message>
        <source>A single-use link to choose a new password, to copy (no mail server is set up)</source>
        <translation>Een eenmalige link om een nieuw wachtwoord te kiezen, om te kopiëren (er is geen mailserver ingesteld)</translation>
    </message>
    <message>
        <source>A generated password, shown once, to be changed at the next sign-in; it unlocks sign-in too</source>
        <translation>Een gegenereerd wachtwoord, eenmalig getoond, dat bij de volgende aanmelding moet worden gewijzigd; daarmee wordt het aanmelden ook ontgrendeld</translation>
    </message>
    <message>
        <source>No wrong passwords to forget.</source>
        <translation>Er zijn geen onjuiste wachtwoorden om te vergeten.</translation>
    </message>
    <message>
        <source>Forget the wrong passwords, so the next sign-in is checked at once</source>
        <translation>De onjuiste wachtwoorden vergeten, zodat de volgende aanmelding direct wordt gecontroleerd</translation>
    </message>
    <message>
        <source>A 15-minute, single-use sign-in to the web product as this person, shown with a banner there</source>
        <translation>Een eenmalige aanmelding van 15 minuten bij het webproduct als deze persoon, daar aangeduid met een banner</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Oplossing: %1.</translation>
    </message>
    <message>
        <source>Fix: %1, which you cannot do: %2</source>
        <translation>Oplossing: %1, maar dat kunt u niet doen: %2</translation>
    </message>
    <message>
        <source>Invitation Not Sent</source>
        <translation>Uitnodiging niet verstuurd</translation>
    </message>
    <message>
        <source>New Invitation Link</source>
        <translation>Nieuwe uitnodigingslink</translation>
    </message>
    <message>
        <source>The old link no longer works. Give them this one:</source>
        <translation>De oude link werkt niet meer. Geef deze persoon de volgende link:</translation>
    </message>
    <message>
        <source>A new invitation is on its way to %1.</source>
        <translation>Er is een nieuwe uitnodiging onderweg naar %1.</translation>
    </message>
    <message>
        <source>Helpdesk: the person could not sign in</source>
        <translation>Helpdesk: de persoon kon zich niet aanmelden</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <source>Send %1 a password reset link</source>
        <translation>%1 een herstellink sturen</translation>
    </message>
    <message>
        <source>A single-use link goes to %1. Earlier links stop working.</source>
        <translation>Er gaat een eenmalige link naar %1. Eerdere links werken dan niet meer.</translation>
    </message>
    <message>
        <source>You get a single-use link to give them. Earlier links stop working.</source>
        <translation>U krijgt een eenmalige link om aan deze persoon te geven. Eerdere links werken dan niet meer.</translation>
    </message>
    <message>
        <source>Set a temporary password for %1</source>
        <translation>Een tijdelijk wachtwoord instellen voor %1</translation>
    </message>
    <message>
        <source>Their current password stops working. They choose their own at the next sign-in.</source>
        <translation>Het huidige wachtwoord werkt dan niet meer. Bij de volgende aanmelding kiest deze persoon zelf een wachtwoord.</translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation>Aanmelden ontgrendelen voor %1</translation>
    </message>
    <message>
        <source>Their next password is checked at once. If they forgot it, send a reset instead.</source>
        <translation>Het volgende wachtwoord wordt direct gecontroleerd. Is het wachtwoord vergeten, stuur dan liever een herstellink.</translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation>Aanmelden niet ontgrendeld</translation>
    </message>
    <message>
        <source>Sign-in unlocked for %1.</source>
        <translation>Aanmelden ontgrendeld voor %1.</translation>
    </message>
    <message>
        <source>Sign In as %1</source>
        <translation>Aanmelden als %1</translation>
    </message>
    <message>
        <source>A single-use sign-in to the web product as %1 for 15 minutes, marked there with a banner and recorded in the audit log. Why do you need it?</source>
        <translation>Een eenmalige aanmelding bij het webproduct als %1, 15 minuten geldig, daar aangeduid met een banner en vastgelegd in het auditlogboek. Waarom hebt u dit nodig?</translation>
    </message>
    <message>
        <source>No Sign-in Issued</source>
        <translation>Geen aanmelding uitgegeven</translation>
    </message>
    <message>
        <source>Sign-in Link</source>
        <translation>Aanmeldlink</translation>
    </message>
    <message>
        <source>Open this link in your browser within 15 minutes; it works once:</source>
        <translation>Open deze link binnen 15 minuten in uw browser; de link werkt één keer:</translation>
    </message>
    <message>
        <source>Anyone who has the link can use it until then: do not send it on.</source>
        <translation>Iedereen die de link heeft, kan hem tot dan gebruiken: stuur hem niet door.</translation>
    </message>
    <message>
        <source>No Temporary Password Set</source>
        <translation>Geen tijdelijk wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>No Reset Link Sent</source>
        <translation>Geen herstellink verstuurd</translation>
    </message>
    <message>
        <source>Sign-in is unlocked.</source>
        <translation>Het aanmelden is ontgrendeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) signed out.</source>
        <translation>
            <numerusform>%n sessie beëindigd.</numerusform>
            <numerusform>%n sessies beëindigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reset link is on its way to %1.</source>
        <translation>Er is een herstellink onderweg naar %1.</translation>
    </message>
    <message>
        <source>Read this to %1 or hand it over; it is shown only now:</source>
        <translation>Lees dit voor aan %1 of geef het door; het wordt alleen nu getoond:</translation>
    </message>
    <message>
        <source>They must choose their own password when they next sign in.</source>
        <translation>Bij de volgende aanmelding moet deze persoon zelf een wachtwoord kiezen.</translation>
    </message>
    <message>
        <source>Reset Link</source>
        <translation>Herstellink</translation>
    </message>
    <message>
        <source>Give this link to %1; it is shown only now:</source>
        <translation>Geef deze link aan %1; hij wordt alleen nu getoond:</translation>
    </message>
    <message>
        <source>It works once, until %1.</source>
        <translation>De link werkt één keer en is geldig tot %1.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>Issue Sign-in Link</source>
        <translation>Aanmeldlink maken</translation>
    </message>
</context>
<context>
    <name>usher::ImportWizard</name>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation>Wat er verandert, of waarom niet</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation>Het bestand is leeg: het heeft geen kopregel met de namen van de kolommen.</translation>
    </message>
    <message>
        <source>Import People from a CSV File</source>
        <translation>Personen importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>A list of people from a spreadsheet: Usher&apos;s template, or a user export of Microsoft Entra, Google Workspace, Okta, Zoom or Atlassian. You can also drop the file here.</source>
        <translation>Een lijst met personen uit een spreadsheet: het sjabloon van Usher, of een gebruikersexport van Microsoft Entra, Google Workspace, Okta, Zoom of Atlassian. U kunt het bestand ook hierheen slepen.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation>&amp;Sjabloon opslaan…</translation>
    </message>
    <message>
        <source>A CSV file with Usher&apos;s columns and one example row, to fill in</source>
        <translation>Een CSV-bestand met de kolommen van Usher en één voorbeeldrij, om in te vullen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Starting a new list?</source>
        <translation>Begint u een nieuwe lijst?</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>What each column of the file holds. Usher recognised what it could; change any that are wrong. Columns marked Not imported are left out.</source>
        <translation>Wat elke kolom van het bestand bevat. Usher heeft herkend wat het kon; wijzig wat niet klopt. Kolommen met Niet geïmporteerd worden weggelaten.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Eerste rij</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>See what the import will do</source>
        <translation>Bekijk wat de import zal doen</translation>
    </message>
    <message>
        <source>Every row is checked in the workspace as the import would check it, and nothing is changed yet. New addresses are invited; members get the file&apos;s name, role and groups (an import never removes anyone from a group).</source>
        <translation>Elke rij wordt in de werkruimte gecontroleerd zoals de import dat zou doen, en er wordt nog niets gewijzigd. Nieuwe adressen worden uitgenodigd; leden krijgen de naam, rol en groepen uit het bestand (een import haalt nooit iemand uit een groep).</translation>
    </message>
    <message>
        <source>Import each row on its own: refused rows are skipped and listed</source>
        <translation>Elke rij afzonderlijk importeren: geweigerde rijen worden overgeslagen en vermeld</translation>
    </message>
    <message>
        <source>Import all rows or none: one refused row, or Stop, changes nothing</source>
        <translation>Alle rijen importeren of geen: één geweigerde rij, of Stoppen, wijzigt niets</translation>
    </message>
    <message>
        <source>Create the groups the file names that do not exist yet</source>
        <translation>De groepen uit het bestand aanmaken die nog niet bestaan</translation>
    </message>
    <message>
        <source>Mail the invitations now</source>
        <translation>De uitnodigingen nu mailen</translation>
    </message>
    <message>
        <source>Unticked, the invitations wait; send them from the Invitations page</source>
        <translation>Zonder vinkje wachten de uitnodigingen; verstuur ze vanaf de pagina Uitnodigingen</translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…); the invitations wait, and can be sent from the Invitations page later</source>
        <translation>Er is geen mailserver ingesteld (Werkruimte ▸ Mailserver…); de uitnodigingen wachten en kunnen later vanaf de pagina Uitnodigingen verstuurd worden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The rows are imported as checked, in the workspace as it is now. Rows that were not imported come first, with the reason.</source>
        <translation>De rijen worden geïmporteerd zoals gecontroleerd, in de werkruimte zoals die nu is. Rijen die niet geïmporteerd zijn staan bovenaan, met de reden.</translation>
    </message>
    <message>
        <source>Stop before the next row; what is done stays done and is listed</source>
        <translation>Stoppen vóór de volgende rij; wat gedaan is, blijft gedaan en wordt vermeld</translation>
    </message>
    <message>
        <source>Stopping after the current row…</source>
        <translation>Stopt na de huidige rij…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Verslag &amp;opslaan…</translation>
    </message>
    <message>
        <source>Every row with what became of it, as a CSV file</source>
        <translation>Elke rij met wat ermee gebeurd is, als CSV-bestand</translation>
    </message>
    <message>
        <source>Choose a List of People</source>
        <translation>Kies een lijst met personen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- en tekstbestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>people.csv</source>
        <translation>personen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Engineering; Design</source>
        <translation>Engineering; Ontwerp</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>, columns of %1</source>
        <translation>, kolommen van %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, %3%4.</source>
        <translation>
            <numerusform>%1: %n rij, %2, %3%4.</numerusform>
            <numerusform>%1: %n rijen, %2, %3%4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Fix the file, or choose another encoding or delimiter.</source>
        <translation>%1 Herstel het bestand, of kies een andere codering of een ander scheidingsteken.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Herkennen (%1)</translation>
    </message>
    <message>
        <source>“%1” is not imported: Usher never imports passwords; people choose their own when they accept their invitation.</source>
        <translation>“%1” wordt niet geïmporteerd: Usher importeert nooit wachtwoorden; mensen kiezen hun eigen wachtwoord wanneer ze hun uitnodiging aannemen.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Het bestand heeft een kopregel maar geen rijen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem in the file itself; the next page lists them.</source>
        <translation>
            <numerusform>%n rij heeft een probleem in het bestand zelf; de volgende pagina toont die.</numerusform>
            <numerusform>%n rijen hebben een probleem in het bestand zelf; de volgende pagina toont ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be invited, %2 updated and %3 left unchanged; %4 refused.</source>
        <translation>%1 zouden uitgenodigd worden, %2 bijgewerkt en %3 ongewijzigd gelaten; %4 geweigerd.</translation>
    </message>
    <message>
        <source>%1 invited, %2 updated, %3 unchanged; %4 refused.</source>
        <translation>%1 uitgenodigd, %2 bijgewerkt, %3 ongewijzigd; %4 geweigerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not reached.</source>
        <translation>
            <numerusform>%n rij niet bereikt.</numerusform>
            <numerusform>%n rijen niet bereikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) in the workspace…</source>
        <translation>
            <numerusform>%n rij wordt in de werkruimte gecontroleerd…</numerusform>
            <numerusform>%n rijen worden in de werkruimte gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped; change an option to check again.</source>
        <translation>De controle werd gestopt; wijzig een optie om opnieuw te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n row(s) are refused, and this import takes all rows or none. Fix them in the file, or import each row on its own.</source>
        <translation>
            <numerusform>Er zou niets geïmporteerd worden: %n rij wordt geweigerd, en deze import neemt alle rijen of geen. Herstel die in het bestand, of importeer elke rij afzonderlijk.</numerusform>
            <numerusform>Er zou niets geïmporteerd worden: %n rijen worden geweigerd, en deze import neemt alle rijen of geen. Herstel ze in het bestand, of importeer elke rij afzonderlijk.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import: everyone in the file is already as it says, or refused.</source>
        <translation>Er is niets te importeren: iedereen in het bestand is al zoals het bestand zegt, of wordt geweigerd.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n rij wordt geïmporteerd…</numerusform>
            <numerusform>%n rijen worden geïmporteerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-verslag</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Importverslag opslaan</translation>
    </message>
    <message>
        <source>What changed, or why not</source>
        <translation>Wat er veranderd is, of waarom niet</translation>
    </message>
    <message>
        <source>%1: %2, %3; reading the rest…</source>
        <translation>%1: %2, %3; de rest wordt gelezen…</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 (from the workbench, as it stands)</source>
        <translation>%1 (uit de werkbank, zoals de lijst nu is)</translation>
    </message>
</context>
<context>
    <name>usher::Invitations</name>
    <message>
        <source>Allowed domains: &quot;%1&quot; is not a domain name like example.org.</source>
        <translation>Toegestane domeinen: “%1” is geen domeinnaam zoals example.org.</translation>
    </message>
    <message>
        <source>Not an email address: %1.</source>
        <translation>Geen e-mailadres: %1.</translation>
    </message>
    <message>
        <source>Listed before; invited once.</source>
        <translation>Staat al eerder in de lijst; wordt één keer uitgenodigd.</translation>
    </message>
    <message>
        <source>Already invited; resend the invitation from the Invitations view instead.</source>
        <translation>Al uitgenodigd; verstuur de uitnodiging in plaats daarvan opnieuw vanuit de weergave “Uitnodigingen”.</translation>
    </message>
    <message>
        <source>A deleted member; restore them from the Deleted view instead.</source>
        <translation>Een verwijderd lid; herstel deze persoon in plaats daarvan vanuit de weergave “Verwijderd”.</translation>
    </message>
    <message>
        <source>Already a member (%1).</source>
        <translation>Al lid (%1).</translation>
    </message>
    <message>
        <source>%1 is not an allowed domain (allowed: %2).</source>
        <translation>%1 is geen toegestaan domein (toegestaan: %2).</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation>Geen adres</translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation>Dubbel vermeld</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Al lid</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Al uitgenodigd</translation>
    </message>
    <message>
        <source>Domain not allowed</source>
        <translation>Domein niet toegestaan</translation>
    </message>
    <message>
        <source>Welcome message: keep it under 2,000 characters (it has %1).</source>
        <translation>Welkomstbericht: houd het onder 2.000 tekens (het zijn er nu %1).</translation>
    </message>
    <message>
        <source>This invitation was accepted on %1 and works only once. Sign in to %2 instead.</source>
        <translation>Deze uitnodiging is op %1 geaccepteerd en werkt maar één keer. Meld u in plaats daarvan aan bij %2.</translation>
    </message>
    <message>
        <source>This invitation to %1 was cancelled on %2. Ask an administrator for a new one.</source>
        <translation>Deze uitnodiging voor %1 is op %2 ingetrokken. Vraag een beheerder om een nieuwe.</translation>
    </message>
    <message>
        <source>A newer invitation to %1 was sent on %2 and replaces this link. Use the link in the latest mail.</source>
        <translation>Op %2 is een nieuwere uitnodiging voor %1 verstuurd, die deze link vervangt. Gebruik de link in de meest recente mail.</translation>
    </message>
    <message>
        <source>This invitation to %1 expired on %2. Ask an administrator to resend it.</source>
        <translation>Deze uitnodiging voor %1 is op %2 verlopen. Vraag een beheerder om de uitnodiging opnieuw te versturen.</translation>
    </message>
    <message>
        <source>This invitation link is not known. Check that the whole link was copied, or ask an administrator to resend the invitation.</source>
        <translation>Deze uitnodigingslink is onbekend. Controleer of de hele link is gekopieerd, of vraag een beheerder om de uitnodiging opnieuw te versturen.</translation>
    </message>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>Wachtwoord: gebruik minstens %n teken.</numerusform>
            <numerusform>Wachtwoord: gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: use more than spaces.</source>
        <translation>Wachtwoord: gebruik meer dan alleen spaties.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Default role: people who sign up get at most Editor; promote them afterwards.</source>
        <translation>Standaardrol: wie zich registreert, krijgt hoogstens de rol Redacteur; geef deze mensen daarna zo nodig een hogere rol.</translation>
    </message>
    <message>
        <source>Captcha: &quot;%1&quot; is not a provider Usher knows.</source>
        <translation>Captcha: “%1” is geen provider die Usher kent.</translation>
    </message>
    <message>
        <source>Invitations expire after: choose between 1 and %1 days.</source>
        <translation>Uitnodigingen verlopen na: kies tussen 1 en %1 dagen.</translation>
    </message>
    <message>
        <source>Registration page: enter a web address such as https://app.example.org/join.</source>
        <translation>Registratiepagina: voer een webadres in, zoals https://app.example.org/join.</translation>
    </message>
    <message>
        <source>Mail language: &quot;%1&quot; is not one of Usher&apos;s languages.</source>
        <translation>Taal van mails: “%1” is geen van de talen van Usher.</translation>
    </message>
    <message>
        <source>Seats free: %1; invitations in this batch: %2.</source>
        <translation>Vrije plaatsen: %1; uitnodigingen in deze reeks: %2.</translation>
    </message>
    <message>
        <source>“%1” is synced from a directory, which decides its members.</source>
        <translation>“%1” wordt gesynchroniseerd vanuit een directory, die de leden bepaalt.</translation>
    </message>
    <message>
        <source>“%1” grants more than an Editor has; people who sign up get at most that.</source>
        <translation>“%1” geeft meer dan een Redacteur heeft; wie zich registreert, krijgt hooguit dat.</translation>
    </message>
    <message>
        <source>These links lead to a placeholder page that nobody can open: the workspace&apos;s registration page is not set. Set it in Workspace ▸ Signup Settings, then send the invitations again.</source>
        <translation>Deze links leiden naar een voorlopige pagina die niemand kan openen: de registratiepagina van de werkruimte is niet ingesteld. Stel die in via Werkruimte ▸ Registratie-instellingen en verstuur de uitnodigingen daarna opnieuw.</translation>
    </message>
    <message>
        <source>Password reset links expire after: choose between 5 minutes and 7 days.</source>
        <translation>Herstellinks verlopen na: kies tussen 5 minuten en 7 dagen.</translation>
    </message>
</context>
<context>
    <name>usher::InvitationsModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>over %n uur</numerusform>
            <numerusform>over %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden verlopen</numerusform>
            <numerusform>%n dagen geleden verlopen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>vandaag verlopen</translation>
    </message>
    <message>
        <source>Link only</source>
        <translation>Alleen link</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Verstuurd op %1</translation>
    </message>
    <message>
        <source>Failed, next try %1: %2</source>
        <translation>Mislukt, volgende poging om %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Waitlist (approved by %1)</source>
        <translation>Wachtlijst (goedgekeurd door %1)</translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation>%1 (poging %2 van %3)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Link verloopt</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Uitgenodigd door</translation>
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
        <translation>&amp;Mensen uitnodigen…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Opnieuw versturen</translation>
    </message>
    <message>
        <source>Copy Registration &amp;Link</source>
        <translation>Registratie&amp;link kopiëren</translation>
    </message>
    <message>
        <source>&amp;Cancel Invitations…</source>
        <translation>Uitnodigingen &amp;intrekken…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation>&amp;Registratie-instellingen…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All open invitations</source>
        <translation>Alle openstaande uitnodigingen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message numerus="yes">
        <source>Not accepted after %n day(s)</source>
        <translation>
            <numerusform>Na %n dag niet geaccepteerd</numerusform>
            <numerusform>Na %n dagen niet geaccepteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>No open invitations</source>
        <translation>Geen openstaande uitnodigingen</translation>
    </message>
    <message>
        <source>Invite People…</source>
        <translation>Mensen uitnodigen…</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Er wacht niemand</translation>
    </message>
    <message>
        <source>People who sign up while the waitlist is on appear here for you to approve or reject.</source>
        <translation>Mensen die zich registreren terwijl de wachtlijst aanstaat, verschijnen hier, zodat u ze kunt goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>Signup Settings…</source>
        <translation>Registratie-instellingen…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>&amp;Resend (New Link)</source>
        <translation>&amp;Opnieuw versturen (nieuwe link)</translation>
    </message>
    <message>
        <source>Everyone invited has joined. Invite people with Invite People… (Ctrl+I); their invitations wait here until accepted.</source>
        <translation>Iedereen die is uitgenodigd, is lid geworden. Nodig mensen uit met “Mensen uitnodigen…” (Ctrl+I); hun uitnodigingen staan hier tot ze zijn geaccepteerd.</translation>
    </message>
    <message>
        <source>No open invitation matches this filter.</source>
        <translation>Geen openstaande uitnodiging voldoet aan dit filter.</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Wachtlijst (%1)</translation>
    </message>
    <message>
        <source>Invitations (%1)</source>
        <translation>Uitnodigingen (%1)</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Selecteer eerst een of meer rijen.</translation>
    </message>
    <message>
        <source>Select one invitation: each link is for one person.</source>
        <translation>Selecteer één uitnodiging: elke link is voor één persoon.</translation>
    </message>
    <message>
        <source>Invite people by email</source>
        <translation>Mensen uitnodigen per e-mail</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message numerus="yes">
        <source>Invitation sent again to %n person(s).</source>
        <translation>
            <numerusform>Uitnodiging opnieuw verstuurd naar %n persoon.</numerusform>
            <numerusform>Uitnodiging opnieuw verstuurd naar %n personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new registration link for %1 is on the clipboard; the old one no longer works.</source>
        <translation>Een nieuwe registratielink voor %1 staat op het klembord; de oude werkt niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitation(s)? Their links stop working and the people leave the workspace.</source>
        <translation>
            <numerusform>%n uitnodiging intrekken? De link werkt dan niet meer en de persoon wordt uit de werkruimte verwijderd.</numerusform>
            <numerusform>%n uitnodigingen intrekken? De links werken dan niet meer en de personen worden uit de werkruimte verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) cancelled.</source>
        <translation>
            <numerusform>%n uitnodiging ingetrokken.</numerusform>
            <numerusform>%n uitnodigingen ingetrokken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n signup(s)? They are taken off the waitlist.</source>
        <translation>
            <numerusform>%n registratie afwijzen? Deze wordt van de wachtlijst gehaald.</numerusform>
            <numerusform>%n registraties afwijzen? Deze worden van de wachtlijst gehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) approved.</source>
        <translation>
            <numerusform>%n registratie goedgekeurd.</numerusform>
            <numerusform>%n registraties goedgekeurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signup(s) rejected.</source>
        <translation>
            <numerusform>%n registratie afgewezen.</numerusform>
            <numerusform>%n registraties afgewezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration Links</source>
        <translation>Registratielinks</translation>
    </message>
    <message>
        <source>No mail server is set up: send each person their link. The links are shown only now, and each works once.</source>
        <translation>Er is geen mailserver ingesteld: stuur iedereen zelf de eigen link. De links worden alleen nu getoond en werken elk één keer.</translation>
    </message>
    <message>
        <source>A new link replaces the one mailed (or being mailed) to %1, which stops working. Copy a new link?</source>
        <translation>Een nieuwe link vervangt de link die naar %1 is (of wordt) gemaild; die werkt dan niet meer. Een nieuwe link kopiëren?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>%n uitnodiging opnieuw versturen</numerusform>
            <numerusform>%n uitnodigingen opnieuw versturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n New Link(s)</source>
        <translation>
            <numerusform>%n nieuwe link kopiëren</numerusform>
            <numerusform>%n nieuwe links kopiëren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Invitation(s)</source>
        <translation>
            <numerusform>%n uitnodiging intrekken</numerusform>
            <numerusform>%n uitnodigingen intrekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Signup(s)</source>
        <translation>
            <numerusform>%n aanmelding goedkeuren</numerusform>
            <numerusform>%n aanmeldingen goedkeuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Signup(s)</source>
        <translation>
            <numerusform>%n aanmelding afwijzen</numerusform>
            <numerusform>%n aanmeldingen afwijzen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Uitnodigingen</translation>
    </message>
    <message>
        <source>Open invitations and the waitlist</source>
        <translation>Openstaande uitnodigingen en de wachtlijst</translation>
    </message>
</context>
<context>
    <name>usher::InviteDialog</name>
    <message>
        <source>Invite People</source>
        <translation>Mensen uitnodigen</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>Paste or type addresses: one per line, or separated by commas or semicolons. &quot;Name &lt;address&gt;&quot; works too, and so do cells copied from a spreadsheet.</source>
        <translation>Plak of typ adressen: één per regel, of gescheiden door komma&apos;s of puntkomma&apos;s. “Naam &lt;adres&gt;” werkt ook, net als cellen die uit een spreadsheet zijn gekopieerd.</translation>
    </message>
    <message>
        <source>Addresses and their verdicts</source>
        <translation>Adressen en hun beoordeling</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>First groups</source>
        <translation>Startgroepen</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Groepen laden…</translation>
    </message>
    <message>
        <source>Optional: a few words of welcome, included in the mail.</source>
        <translation>Optioneel: een paar woorden ter verwelkoming, die in de mail worden opgenomen.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groepen:</translation>
    </message>
    <message>
        <source>&amp;Welcome message:</source>
        <translation>&amp;Welkomstbericht:</translation>
    </message>
    <message>
        <source>Each person gets a mail with a link to choose a password. The link works once.</source>
        <translation>Iedereen krijgt een mail met een link om een wachtwoord te kiezen. De link werkt één keer.</translation>
    </message>
    <message>
        <source>No mail server is set up (Workspace ▸ Mail Server…): Usher makes the invitations and gives you their links to send yourself.</source>
        <translation>Er is geen mailserver ingesteld (Werkruimte ▸ Mailserver…): Usher maakt de uitnodigingen aan en geeft u de links, zodat u ze zelf kunt versturen.</translation>
    </message>
    <message>
        <source>The invitations are ready. Send each person their link: it is shown only now, and works once. &quot;Copy registration link&quot; in the Invitations view makes a new one later.</source>
        <translation>De uitnodigingen zijn klaar. Stuur iedereen de eigen link: die wordt alleen nu getoond en werkt één keer. Met “Registratielink kopiëren” in de weergave “Uitnodigingen” maakt u later een nieuwe.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>De groepen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Nog geen groepen</translation>
    </message>
    <message>
        <source>Invite at most %1 people at a time (this list has %2).</source>
        <translation>Nodig maximaal %1 mensen tegelijk uit (deze lijst bevat er %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n gereed</numerusform>
            <numerusform>%n gereed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see why above)</source>
        <translation>
            <numerusform>%n overgeslagen (zie hierboven waarom)</numerusform>
            <numerusform>%n overgeslagen (zie hierboven waarom)</numerusform>
        </translation>
    </message>
    <message>
        <source>seats: %1 of %2 taken</source>
        <translation>plaatsen: %1 van %2 bezet</translation>
    </message>
    <message numerus="yes">
        <source>links expire after %n day(s)</source>
        <translation>
            <numerusform>links verlopen na %n dag</numerusform>
            <numerusform>links verlopen na %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Invitation(s)</source>
        <translation>
            <numerusform>%n uitnodiging &amp;versturen</numerusform>
            <numerusform>%n uitnodigingen &amp;versturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n Invitation(s)</source>
        <translation>
            <numerusform>%n uitnodiging aan&amp;maken</numerusform>
            <numerusform>%n uitnodigingen aan&amp;maken</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Checking the addresses…</source>
        <translation>Adressen controleren…</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Voer minstens één adres in.</translation>
    </message>
    <message>
        <source>None of the addresses can be invited; see why beside each.</source>
        <translation>Geen van de adressen kan worden uitgenodigd; de reden staat bij elk adres.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Nobody was invited:</source>
        <translation>Niemand is uitgenodigd:</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>Uitnodigingen &amp;versturen</translation>
    </message>
    <message>
        <source>&amp;Create Invitations</source>
        <translation>Uitnodigingen &amp;maken</translation>
    </message>
</context>
<context>
    <name>usher::LdapReader</name>
    <message>
        <source>The directory at %1 could not be verified: %2. Check the CA file, or that the address is the name on the server&apos;s certificate.</source>
        <translation>De directory op %1 kon niet worden geverifieerd: %2. Controleer het CA-bestand, of dat het adres de naam op het certificaat van de server is.</translation>
    </message>
    <message>
        <source>Usher cannot reach the directory at %1 (%2). Check the address and that the server is running.</source>
        <translation>Usher kan de directory op %1 niet bereiken (%2). Controleer het adres en of de server draait.</translation>
    </message>
    <message>
        <source>The directory refused the bind DN or its password.</source>
        <translation>De directory heeft de bind-DN of het wachtwoord daarvan geweigerd.</translation>
    </message>
    <message>
        <source>The directory refused this way of signing in (%1).</source>
        <translation>De directory weigert deze manier van aanmelden (%1).</translation>
    </message>
    <message>
        <source>The directory has no entry %1. Check the base DN.</source>
        <translation>De directory heeft geen vermelding %1. Controleer de basis-DN.</translation>
    </message>
    <message>
        <source>“%1” is not a DN the directory understands.</source>
        <translation>“%1” is geen DN die de directory begrijpt.</translation>
    </message>
    <message>
        <source>The directory does not let the bind DN read %1.</source>
        <translation>De directory staat de bind-DN niet toe %1 te lezen.</translation>
    </message>
    <message>
        <source>The directory does not know an attribute or class of the mapping (%1).</source>
        <translation>De directory kent een attribuut of klasse uit de attributen niet (%1).</translation>
    </message>
    <message>
        <source>The directory answered with an error: %1.</source>
        <translation>De directory antwoordde met een fout: %1.</translation>
    </message>
    <message>
        <source>Enter the password of the bind DN %1.</source>
        <translation>Voer het wachtwoord van de bind-DN %1 in.</translation>
    </message>
    <message>
        <source>CA file: %1 cannot be read.</source>
        <translation>CA-bestand: %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Usher could not set up TLS with the CA file %1.</source>
        <translation>Usher kon TLS niet instellen met het CA-bestand %1.</translation>
    </message>
    <message>
        <source>StartTLS with the directory at %1 failed: its certificate was not accepted (check the CA file, and that the address is the name on the certificate), or the server does not offer StartTLS.</source>
        <translation>StartTLS met de directory op %1 is mislukt: het certificaat werd niet geaccepteerd (controleer het CA-bestand, en of het adres de naam op het certificaat is), of de server biedt geen StartTLS aan.</translation>
    </message>
    <message>
        <source>Connected with StartTLS; the server&apos;s certificate was verified.</source>
        <translation>Verbonden met StartTLS; het certificaat van de server is geverifieerd.</translation>
    </message>
    <message>
        <source>Connected with TLS (ldaps); the server&apos;s certificate was verified.</source>
        <translation>Verbonden met TLS (ldaps); het certificaat van de server is geverifieerd.</translation>
    </message>
    <message>
        <source>Connected without TLS: the password crossed the network readable.</source>
        <translation>Verbonden zonder TLS: het wachtwoord ging leesbaar over het netwerk.</translation>
    </message>
    <message>
        <source>Signed in anonymously.</source>
        <translation>Anoniem aangemeld.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>The directory was not read to the end: stopped.</source>
        <translation>De directory is niet tot het einde gelezen: gestopt.</translation>
    </message>
    <message>
        <source>%1: no %2, so it cannot be followed.</source>
        <translation>%1: geen %2, dus deze vermelding kan niet worden gevolgd.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing people after %n: %1</source>
        <translation>
            <numerusform>de server brak de lijst met personen af na %n: %1</numerusform>
            <numerusform>de server brak de lijst met personen af na %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 or %3, so it cannot be followed.</source>
        <translation>%1: geen %2 of %3, dus deze vermelding kan niet worden gevolgd.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped listing groups after %n: %1</source>
        <translation>
            <numerusform>de server brak de lijst met groepen af na %n: %1</numerusform>
            <numerusform>de server brak de lijst met groepen af na %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %n under %1.</source>
        <translation>
            <numerusform>Personen: %n onder %1.</numerusform>
            <numerusform>Personen: %n onder %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not page its listings (RFC 2696): a size limit on it would stop a sync from disabling anyone.</source>
        <translation>De server levert zijn lijsten niet per pagina (RFC 2696): een groottelimiet op de server zou een synchronisatie ervan weerhouden iemand uit te schakelen.</translation>
    </message>
    <message>
        <source>The listing stopped early (%1): a sync would add and update people but disable nobody.</source>
        <translation>De lijst stopte voortijdig (%1): een synchronisatie zou personen toevoegen en bijwerken, maar niemand uitschakelen.</translation>
    </message>
    <message numerus="yes">
        <source>Groups: %n under %1.</source>
        <translation>
            <numerusform>Groepen: %n onder %1.</numerusform>
            <numerusform>Groepen: %n onder %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time the directory understands.</source>
        <translation>“%1” is geen tijd die de directory begrijpt.</translation>
    </message>
    <message>
        <source>the server stopped listing people: %1</source>
        <translation>de server stopte met het opsommen van personen: %1</translation>
    </message>
    <message>
        <source>part of it is kept by another server</source>
        <translation>een deel ervan staat op een andere server</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) without %1</source>
        <translation>
            <numerusform>%n item zonder %1</numerusform>
            <numerusform>%n items zonder %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory kept handing out more members of %1.</source>
        <translation>De directory bleef steeds meer leden van %1 geven.</translation>
    </message>
    <message>
        <source>The directory stopped handing out the members of %1 part way.</source>
        <translation>De directory stopte halverwege met het geven van de leden van %1.</translation>
    </message>
</context>
<context>
    <name>usher::Lifecycle</name>
    <message>
        <source>Restore this person before changing their role.</source>
        <translation>Herstel deze persoon voordat u de rol wijzigt.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>U kunt uzelf niet uitschakelen.</translation>
    </message>
    <message>
        <source>This person has not accepted their invitation yet; cancel it instead.</source>
        <translation>Deze persoon heeft de uitnodiging nog niet geaccepteerd; trek de uitnodiging in plaats daarvan in.</translation>
    </message>
    <message>
        <source>Only active members can be disabled; this person is %1.</source>
        <translation>Alleen actieve leden kunnen worden uitgeschakeld; deze persoon is %1.</translation>
    </message>
    <message>
        <source>Only disabled members can be reactivated.</source>
        <translation>Alleen uitgeschakelde leden kunnen weer worden ingeschakeld.</translation>
    </message>
    <message>
        <source>You cannot delete yourself.</source>
        <translation>U kunt uzelf niet verwijderen.</translation>
    </message>
    <message>
        <source>This person is deleted already.</source>
        <translation>Deze persoon is al verwijderd.</translation>
    </message>
    <message>
        <source>Only deleted members can be restored.</source>
        <translation>Alleen verwijderde leden kunnen worden hersteld.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the workspace.</source>
        <translation>U kunt uzelf niet uit de werkruimte verwijderen.</translation>
    </message>
    <message>
        <source>Name: enter a first or a last name.</source>
        <translation>Naam: voer een voornaam of een achternaam in.</translation>
    </message>
    <message>
        <source>Name: at most 100 characters per part.</source>
        <translation>Naam: maximaal 100 tekens per deel.</translation>
    </message>
    <message>
        <source>Name: control characters (such as tabs or line breaks) are not allowed.</source>
        <translation>Naam: stuurtekens (zoals tabs of regeleinden) zijn niet toegestaan.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Member created</source>
        <translation>Lid aangemaakt</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profiel gewijzigd</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol gewijzigd</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Weer ingeschakeld</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>Removed from workspace</source>
        <translation>Uit werkruimte verwijderd</translation>
    </message>
    <message>
        <source>Purged after the recovery window</source>
        <translation>Definitief verwijderd na de herstelperiode</translation>
    </message>
    <message>
        <source>Sessions revoked</source>
        <translation>Sessies ingetrokken</translation>
    </message>
    <message>
        <source>Signed in to Usher</source>
        <translation>Aangemeld bij Usher</translation>
    </message>
    <message>
        <source>Locked out of Usher</source>
        <translation>Geblokkeerd voor Usher</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Groep aangemaakt</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Groep gewijzigd</translation>
    </message>
    <message>
        <source>Group deleted</source>
        <translation>Groep verwijderd</translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation>Aan groep toegevoegd</translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation>Uit groep verwijderd</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>members</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation>Uitnodiging opnieuw verstuurd</translation>
    </message>
    <message>
        <source>Registration link copied</source>
        <translation>Registratielink gekopieerd</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Uitnodiging ingetrokken</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Uitnodiging geaccepteerd</translation>
    </message>
    <message>
        <source>Signup approved</source>
        <translation>Registratie goedgekeurd</translation>
    </message>
    <message>
        <source>Signup rejected</source>
        <translation>Registratie afgewezen</translation>
    </message>
    <message>
        <source>Signup settings changed</source>
        <translation>Registratie-instellingen gewijzigd</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groepen</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>bezorging</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>public signup</source>
        <translation>openbare registratie</translation>
    </message>
    <message>
        <source>waitlist</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>allowed domains</source>
        <translation>toegestane domeinen</translation>
    </message>
    <message>
        <source>default role</source>
        <translation>standaardrol</translation>
    </message>
    <message>
        <source>default groups</source>
        <translation>standaardgroepen</translation>
    </message>
    <message>
        <source>captcha</source>
        <translation>captcha</translation>
    </message>
    <message>
        <source>invitation expiry (days)</source>
        <translation>geldigheid uitnodigingen (dagen)</translation>
    </message>
    <message>
        <source>mail language</source>
        <translation>taal van mails</translation>
    </message>
    <message>
        <source>registration page</source>
        <translation>registratiepagina</translation>
    </message>
    <message>
        <source>Not changed: this is you. A change to several people leaves you out; select only yourself to change your own account.</source>
        <translation>Niet gewijzigd: dit bent u zelf. Bij een wijziging van meerdere personen wordt u overgeslagen; selecteer alleen uzelf om uw eigen account te wijzigen.</translation>
    </message>
    <message>
        <source>%1 also belongs to another workspace where you cannot change them. Their name, email, picture and password are shared by all their workspaces; ask someone who may change them in each.</source>
        <translation>%1 hoort ook bij een andere werkruimte waarin u deze persoon niet kunt wijzigen. Naam, e-mail, foto en wachtwoord worden gedeeld door alle werkruimten van deze persoon; vraag het iemand die deze persoon in elk daarvan mag wijzigen.</translation>
    </message>
    <message>
        <source>%1 already has a password, which only its owner may use or change (through a password reset sent to %1).</source>
        <translation>%1 heeft al een wachtwoord, dat alleen de eigenaar mag gebruiken of wijzigen (via een herstellink die naar %1 wordt verstuurd).</translation>
    </message>
    <message>
        <source>%1 already belongs to another workspace, so its password is not chosen here. Set it through a password reset sent to %1, then try again.</source>
        <translation>%1 hoort al bij een andere werkruimte, dus het wachtwoord wordt niet hier gekozen. Stel het in via een herstellink die naar %1 wordt verstuurd en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Mail server changed</source>
        <translation>Mailserver gewijzigd</translation>
    </message>
    <message>
        <source>Sample data loaded</source>
        <translation>Voorbeeldgegevens geladen</translation>
    </message>
    <message>
        <source>mail server</source>
        <translation>mailserver</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>security</source>
        <translation>beveiliging</translation>
    </message>
    <message>
        <source>mail server user</source>
        <translation>gebruikersnaam mailserver</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>afzenderadres</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>afzendernaam</translation>
    </message>
    <message>
        <source>Sign-in slowed down after wrong passwords</source>
        <translation>Aanmelden vertraagd na onjuiste wachtwoorden</translation>
    </message>
    <message>
        <source>Sign-in unlocked</source>
        <translation>Aanmelden ontgrendeld</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>onjuiste wachtwoorden op rij</translation>
    </message>
    <message>
        <source>Password reset link sent</source>
        <translation>Herstellink verstuurd</translation>
    </message>
    <message>
        <source>Temporary password set</source>
        <translation>Tijdelijk wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>New password chosen with a reset link</source>
        <translation>Nieuw wachtwoord gekozen met een herstellink</translation>
    </message>
    <message>
        <source>Password reset asked for</source>
        <translation>Herstellink aangevraagd</translation>
    </message>
    <message>
        <source>Sign-in as this person issued</source>
        <translation>Aanmelding als deze persoon uitgegeven</translation>
    </message>
    <message>
        <source>Signed in as this person</source>
        <translation>Aangemeld als deze persoon</translation>
    </message>
    <message>
        <source>caller checked</source>
        <translation>identiteitscontrole</translation>
    </message>
    <message>
        <source>sign-in unlocked</source>
        <translation>aanmelden ontgrendeld</translation>
    </message>
    <message>
        <source>sessions signed out</source>
        <translation>sessies beëindigd</translation>
    </message>
    <message>
        <source>link expires</source>
        <translation>link geldig tot</translation>
    </message>
    <message>
        <source>temporary password replaced</source>
        <translation>tijdelijk wachtwoord vervangen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>reset link expiry (minutes)</source>
        <translation>geldigheid herstellinks (minuten)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
        <translation>Je aanvraag om lid te worden van %1 is goedgekeurd</translation>
    </message>
    <message>
        <source>Your request to join %1 was approved. You join as %2.</source>
        <translation>Je aanvraag om lid te worden van %1 is goedgekeurd. Je krijgt de rol %2.</translation>
    </message>
    <message>
        <source>%1 invited you to join %2</source>
        <translation>%1 heeft je uitgenodigd voor %2</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 as %3.</source>
        <translation>%1 heeft je uitgenodigd voor %2. Je krijgt de rol %3.</translation>
    </message>
    <message>
        <source>Choose your password to accept:</source>
        <translation>Kies je wachtwoord om de uitnodiging te accepteren:</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Uitnodiging accepteren</translation>
    </message>
    <message>
        <source>The link works once and expires on %1.</source>
        <translation>De link werkt één keer en verloopt op %1.</translation>
    </message>
    <message>
        <source>If you did not expect this mail, ignore it: nothing happens until the link is used.</source>
        <translation>Had je deze mail niet verwacht? Dan kun je hem negeren: er gebeurt niets zolang de link niet wordt gebruikt.</translation>
    </message>
    <message>
        <source>A message from %1:</source>
        <translation>Een bericht van %1:</translation>
    </message>
    <message>
        <source>Someone asked to reset the password of your account in %1. Choose a new password with this link:</source>
        <translation>Iemand heeft gevraagd om het wachtwoord van je account bij %1 te herstellen. Kies met deze link een nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>%1 sent you this link to choose a new password for %2:</source>
        <translation>%1 heeft je deze link gestuurd om een nieuw wachtwoord te kiezen voor %2:</translation>
    </message>
    <message>
        <source>The link works once and expires on %1. Links sent before it no longer work.</source>
        <translation>De link werkt één keer en verloopt op %1. Eerder verstuurde links werken niet meer.</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>Heb je hier niet om gevraagd? Dan kun je deze mail negeren: je wachtwoord blijft zoals het is.</translation>
    </message>
    <message>
        <source>Choose a new password for %1</source>
        <translation>Kies een nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Nieuw wachtwoord kiezen</translation>
    </message>
    <message>
        <source>%1 reset the password of your Admin account in %2.</source>
        <translation>%1 heeft het wachtwoord van je beheerdersaccount bij %2 hersteld.</translation>
    </message>
    <message>
        <source>If you did not ask for this, tell your other Admins at once: someone may be trying to take over your account.</source>
        <translation>Heb je hier niet om gevraagd? Laat het dan meteen je andere beheerders weten: misschien probeert iemand je account over te nemen.</translation>
    </message>
    <message>
        <source>Your Admin password in %1 was reset</source>
        <translation>Je beheerderswachtwoord bij %1 is hersteld</translation>
    </message>
    <message>
        <source>%1 changed the email address of your account in %2 to %3. Mail about your account, password resets too, now goes there.</source>
        <translation>%1 heeft het e-mailadres van je account in %2 gewijzigd in %3. E-mail over je account, ook voor het herstellen van je wachtwoord, gaat nu daarheen.</translation>
    </message>
    <message>
        <source>If you did not expect this, tell the workspace&apos;s Admins at once.</source>
        <translation>Had je dit niet verwacht? Laat het dan meteen de beheerders van de werkruimte weten.</translation>
    </message>
    <message>
        <source>Your email address in %1 was changed</source>
        <translation>Je e-mailadres in %1 is gewijzigd</translation>
    </message>
</context>
<context>
    <name>usher::MailConfig</name>
    <message>
        <source>Server host: enter the mail server&apos;s name, such as smtp.example.org.</source>
        <translation>Server: voer de naam van de mailserver in, zoals smtp.example.org.</translation>
    </message>
    <message>
        <source>Server host: enter the server&apos;s name alone, without spaces or a scheme such as smtp://.</source>
        <translation>Server: voer alleen de naam van de server in, zonder spaties of een schema zoals smtp://.</translation>
    </message>
    <message>
        <source>Port: choose a port between 1 and 65535.</source>
        <translation>Poort: kies een poort tussen 1 en 65535.</translation>
    </message>
    <message>
        <source>Sender address: %1.</source>
        <translation>Afzenderadres: %1.</translation>
    </message>
    <message>
        <source>Timeout: choose between 1 and %1 seconds.</source>
        <translation>Time-out: kies een waarde tussen 1 en %1 seconden.</translation>
    </message>
</context>
<context>
    <name>usher::MailSettingsDialog</name>
    <message>
        <source>Send &amp;Test Mail…</source>
        <translation>&amp;Testmail versturen…</translation>
    </message>
    <message>
        <source>Mail Server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>For example: smtp.example.org</source>
        <translation>Bijvoorbeeld: smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (poort 465)</translation>
    </message>
    <message>
        <source>None — local test servers only</source>
        <translation>Geen — alleen voor lokale testservers</translation>
    </message>
    <message>
        <source>Sends the password and every mail unencrypted: only for a test server on this computer.</source>
        <translation>Verstuurt het wachtwoord en elke mail onversleuteld: alleen voor een testserver op deze computer.</translation>
    </message>
    <message>
        <source>Empty: the server needs no sign-in</source>
        <translation>Leeg: de server vereist geen aanmelding</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>For example: people@example.org</source>
        <translation>Bijvoorbeeld: people@example.org</translation>
    </message>
    <message>
        <source>For example: Example Inc. (optional)</source>
        <translation>Bijvoorbeeld: Example Inc. (optioneel)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>A server that has not answered by then counts as unreachable.</source>
        <translation>Een server die dan nog niet heeft geantwoord, geldt als onbereikbaar.</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Afzenderadres:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Afzender&amp;naam:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;ime-out:</translation>
    </message>
    <message>
        <source>Sends one mail with the settings as typed here, before saving them.</source>
        <translation>Verstuurt één mail met de instellingen zoals ze hier zijn ingevuld, voordat ze worden opgeslagen.</translation>
    </message>
    <message>
        <source>Sending the test mail</source>
        <translation>Testmail wordt verstuurd</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Sleutelhanger wordt gelezen…</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Geen sleutelhanger beschikbaar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Type the password to replace the saved one.</source>
        <translation>Typ het wachtwoord om het opgeslagen wachtwoord te vervangen.</translation>
    </message>
    <message>
        <source>Waiting for the keychain to answer.</source>
        <translation>Wachten op antwoord van de sleutelhanger.</translation>
    </message>
    <message>
        <source>Send Test Mail</source>
        <translation>Testmail versturen</translation>
    </message>
    <message>
        <source>Send a test mail to:</source>
        <translation>Een testmail versturen naar:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Recipient: %1.</source>
        <translation>Ontvanger: %1.</translation>
    </message>
    <message>
        <source>Usher test mail</source>
        <translation>Testmail van Usher</translation>
    </message>
    <message>
        <source>This is a test mail from Usher. The mail server %1 accepted it, so invitations can be sent the same way.</source>
        <translation>Dit is een testmail van Usher. De mailserver %1 heeft deze geaccepteerd, dus uitnodigingen kunnen op dezelfde manier worden verstuurd.</translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation>Testmail wordt verstuurd naar %1…</translation>
    </message>
    <message>
        <source>The server accepted the test mail to %1.</source>
        <translation>De server heeft de testmail aan %1 geaccepteerd.</translation>
    </message>
    <message>
        <source>The test mail was not sent: %1</source>
        <translation>De testmail is niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Usher sends this workspace&apos;s invitations through this server, whoever sends them. The password is kept in your keychain, never in a file or the database.</source>
        <translation>Usher verstuurt de uitnodigingen van deze werkruimte via deze server, wie ze ook verstuurt. Het wachtwoord wordt bewaard in uw sleutelhanger, nooit in een bestand of in de database.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s mail server…</source>
        <translation>Mailserver van de werkruimte wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>usher::MainWindow</name>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation>Usher-databases (*.usher *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>&amp;Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Open a database first</source>
        <translation>Open eerst een database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Usher</source>
        <translation>&amp;Over Usher</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>%1 — Usher</source>
        <translation>%1 — Usher</translation>
    </message>
    <message numerus="yes">
        <source>Add %n realistic people to this workspace</source>
        <translation>
            <numerusform>%n realistische persoon aan deze werkruimte toevoegen</numerusform>
            <numerusform>%n realistische personen aan deze werkruimte toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has members; no sample data was added.</source>
        <translation>Deze database heeft al leden; er zijn geen voorbeeldgegevens toegevoegd.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Database to open it.</source>
        <translation>“%1” bestaat al. Kies een andere naam of gebruik Database openen om het bestand te openen.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n sample people…</source>
        <translation>
            <numerusform>%n voorbeeldpersoon wordt toegevoegd…</numerusform>
            <numerusform>%n voorbeeldpersonen worden toegevoegd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Het laden van voorbeeldgegevens is geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample people.</source>
        <translation>
            <numerusform>%n voorbeeldpersoon toegevoegd.</numerusform>
            <numerusform>%n voorbeeldpersonen toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n gebruiker</numerusform>
            <numerusform>%n gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>Ver&amp;bindingen…</translation>
    </message>
    <message>
        <source>&amp;Forget All Saved Passwords…</source>
        <translation>Alle opgeslagen &amp;wachtwoorden verwijderen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbinding:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Lokale database</translation>
    </message>
    <message>
        <source>Reading the password…</source>
        <translation>Wachtwoord wordt gelezen…</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Verbindingen beheren…</translation>
    </message>
    <message>
        <source>Forget All Saved Passwords</source>
        <translation>Alle opgeslagen wachtwoorden verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved password(s) from the keychain? Usher will ask for them when it next connects.</source>
        <translation>
            <numerusform>%n opgeslagen wachtwoord uit de sleutelhanger verwijderen? Usher vraagt er bij de volgende verbinding opnieuw om.</numerusform>
            <numerusform>%n opgeslagen wachtwoorden uit de sleutelhanger verwijderen? Usher vraagt er bij de volgende verbinding opnieuw om.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n saved password(s).</source>
        <translation>
            <numerusform>%n opgeslagen wachtwoord verwijderd.</numerusform>
            <numerusform>%n opgeslagen wachtwoorden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n user(s) selected</source>
        <translation>
            <numerusform>%n gebruiker geselecteerd</numerusform>
            <numerusform>Alle %n gebruikers geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis geëxporteerd naar %1.</numerusform>
            <numerusform>%n gebeurtenissen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Aan&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Wer&amp;kruimte:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>Say who you are first: the workspaces listed are yours.</source>
        <translation>Geef eerst aan wie u bent: alleen uw eigen werkruimten worden getoond.</translation>
    </message>
    <message>
        <source>Sign In as Someone &amp;Else…</source>
        <translation>Aanmelden als iemand an&amp;ders…</translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation>U werkt als %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are %1 there.</source>
        <translation>U bent daar %1.</translation>
    </message>
    <message>
        <source>Seats: %1 / %2</source>
        <translation>Plaatsen: %1 / %2</translation>
    </message>
    <message>
        <source>Seats: %1 (no limit)</source>
        <translation>Plaatsen: %1 (geen limiet)</translation>
    </message>
    <message>
        <source>Invited and active members hold a seat; disabled and deleted members do not.</source>
        <translation>Uitgenodigde en actieve leden bezetten een plaats; uitgeschakelde en verwijderde leden niet.</translation>
    </message>
    <message>
        <source>⚠ %1 has no active Admin. Nobody can change its settings; make someone an Admin.</source>
        <translation>⚠ %1 heeft geen actieve beheerder. Niemand kan de instellingen wijzigen; maak iemand beheerder.</translation>
    </message>
    <message>
        <source>⚠ %1 has only one active Admin. If they lose access, nobody can manage the workspace: make a second Admin.</source>
        <translation>⚠ %1 heeft maar één actieve beheerder. Als die de toegang verliest, kan niemand de werkruimte beheren: stel een tweede beheerder aan.</translation>
    </message>
    <message>
        <source>The workspaces you belong to; your role is shown with each.</source>
        <translation>De werkruimten waarvan u lid bent; bij elke werkruimte staat uw rol.</translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>Mail wordt verstuurd…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent.</source>
        <translation>
            <numerusform>%n mail verstuurd.</numerusform>
            <numerusform>%n mails verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) sent, %1 failed: see the Invitations view.</source>
        <translation>
            <numerusform>%n mail verstuurd, %1 mislukt: zie de weergave “Uitnodigingen”.</numerusform>
            <numerusform>%n mails verstuurd, %1 mislukt: zie de weergave “Uitnodigingen”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent…</source>
        <translation>
            <numerusform>Mail wordt verstuurd: %n verstuurd…</numerusform>
            <numerusform>Mail wordt verstuurd: %n verstuurd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending mail: %n sent, %1 failed…</source>
        <translation>
            <numerusform>Mail wordt verstuurd: %n verstuurd, %1 mislukt…</numerusform>
            <numerusform>Mail wordt verstuurd: %n verstuurd, %1 mislukt…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite People…</source>
        <translation>&amp;Mensen uitnodigen…</translation>
    </message>
    <message>
        <source>Wor&amp;kspace</source>
        <translation>W&amp;erkruimte</translation>
    </message>
    <message>
        <source>&amp;Signup Settings…</source>
        <translation>&amp;Registratie-instellingen…</translation>
    </message>
    <message>
        <source>&amp;Mail Server…</source>
        <translation>&amp;Mailserver…</translation>
    </message>
    <message>
        <source>The mail server&apos;s password could not be read from the keychain: %1</source>
        <translation>Het wachtwoord van de mailserver kon niet uit de sleutelhanger worden gelezen: %1</translation>
    </message>
    <message>
        <source>Invite people by email (Ctrl+I)</source>
        <translation>Mensen uitnodigen per e-mail (Ctrl+I)</translation>
    </message>
    <message>
        <source>Public signup, allowed domains, waitlist and defaults</source>
        <translation>Openbare registratie, toegestane domeinen, wachtlijst en standaardwaarden</translation>
    </message>
    <message>
        <source>The SMTP server invitations are sent through</source>
        <translation>De SMTP-server waarmee uitnodigingen worden verstuurd</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made; the mails are on their way.</source>
        <translation>
            <numerusform>%n uitnodiging aangemaakt; de mail is onderweg.</numerusform>
            <numerusform>%n uitnodigingen aangemaakt; de mails zijn onderweg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made.</source>
        <translation>
            <numerusform>%n uitnodiging aangemaakt.</numerusform>
            <numerusform>%n uitnodigingen aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signup settings saved.</source>
        <translation>Registratie-instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Mail server saved.</source>
        <translation>Mailserver opgeslagen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop sending after the current mail; the rest stays queued in the outbox.</source>
        <translation>Stoppen na de huidige e-mail; de rest blijft in de wachtrij van het postvak Uit.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <source>Mail is not going out: %1</source>
        <translation>Er wordt geen e-mail verzonden: %1</translation>
    </message>
    <message>
        <source>The mail to %1 was not sent: %2</source>
        <translation>De e-mail aan %1 is niet verzonden: %2</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open eerst een database.</translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation>Voorbeeldgegevens kunnen alleen in een lokaal SQLite-bestand worden geladen, nooit in een gedeelde database.</translation>
    </message>
    <message>
        <source>Only an Admin of this workspace can load sample data.</source>
        <translation>Alleen een beheerder van deze werkruimte kan voorbeeldgegevens laden.</translation>
    </message>
    <message>
        <source>Sample data goes only into a workspace with no members besides you.</source>
        <translation>Voorbeeldgegevens kunnen alleen worden geladen in een werkruimte zonder andere leden dan uzelf.</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>Wachtwoord mailserver</translation>
    </message>
    <message>
        <source>This workspace&apos;s invitations go out through %1 as %2. Enter that password to send them; Usher keeps it in your keychain.</source>
        <translation>De uitnodigingen van deze werkruimte worden via %1 verstuurd als %2. Voer het bijbehorende wachtwoord in om ze te versturen; Usher bewaart het in uw sleutelhanger.</translation>
    </message>
    <message>
        <source>Invitation mail waits in the outbox until someone with the mail server&apos;s password sends it.</source>
        <translation>Uitnodigingsmails blijven in het postvak Uit staan tot iemand met het wachtwoord van de mailserver ze verstuurt.</translation>
    </message>
    <message>
        <source>Say who is at the keyboard</source>
        <translation>Zeggen wie er achter het toetsenbord zit</translation>
    </message>
    <message>
        <source>I&amp;mport People from CSV…</source>
        <translation>Personen i&amp;mporteren uit CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Invite and update many people from a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Veel personen tegelijk uitnodigen en bijwerken vanuit een spreadsheet (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>E&amp;xport Users to CSV…</source>
        <translation>Gebruikers e&amp;xporteren naar CSV…</translation>
    </message>
    <message>
        <source>Everyone, the people listed or the selection, as a CSV file (Ctrl+Shift+E)</source>
        <translation>Iedereen, de getoonde personen of de selectie, als CSV-bestand (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Gebruikers exporteren</translation>
    </message>
    <message>
        <source>users.csv</source>
        <translation>gebruikers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>%n persoon geëxporteerd naar %1.</numerusform>
            <numerusform>%n personen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>New &amp;User List (CSV)</source>
        <translation>Nieuwe &amp;gebruikerslijst (CSV)</translation>
    </message>
    <message>
        <source>Prepare a list of people to import, with no connection needed</source>
        <translation>Een lijst met personen voorbereiden om te importeren, zonder dat er een verbinding nodig is</translation>
    </message>
    <message>
        <source>Open User &amp;List (CSV)…</source>
        <translation>Gebruikers&amp;lijst openen (CSV)…</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-bestand openen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Directory Sync…</source>
        <translation>&amp;Directorysynchronisatie…</translation>
    </message>
    <message>
        <source>People and groups that follow an LDAP directory</source>
        <translation>Personen en groepen die een LDAP-directory volgen</translation>
    </message>
</context>
<context>
    <name>usher::MemberActions</name>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Weer &amp;inschakelen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Re&amp;move from Workspace…</source>
        <translation>Uit wer&amp;kruimte verwijderen…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rol wijzigen</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Lid aangemaakt.</translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation>Selecteer eerst een of meer gebruikers.</translation>
    </message>
    <message>
        <source>Block sign-in and end their sessions; everything else is kept</source>
        <translation>Aanmelden blokkeren en de sessies beëindigen; al het andere blijft behouden</translation>
    </message>
    <message>
        <source>Let them sign in again with their old password</source>
        <translation>Weer laten aanmelden met het bestaande wachtwoord</translation>
    </message>
    <message numerus="yes">
        <source>Move to the Deleted view, restorable for %n day(s)</source>
        <translation>
            <numerusform>Naar de weergave “Verwijderd” verplaatsen, nog %n dag te herstellen</numerusform>
            <numerusform>Naar de weergave “Verwijderd” verplaatsen, nog %n dagen te herstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back from the Deleted view</source>
        <translation>Terughalen uit de weergave “Verwijderd”</translation>
    </message>
    <message>
        <source>End their membership of this workspace; their account and other workspaces stay</source>
        <translation>Het lidmaatschap van deze werkruimte beëindigen; het account en andere werkruimten blijven behouden</translation>
    </message>
    <message>
        <source>Make the selected users %1</source>
        <translation>De geselecteerde gebruikers de rol %1 toewijzen</translation>
    </message>
    <message>
        <source>Give the selected users another role</source>
        <translation>De geselecteerde gebruikers een andere rol toewijzen</translation>
    </message>
    <message>
        <source>No role can be given to this selection.</source>
        <translation>Aan deze selectie kan geen rol worden toegewezen.</translation>
    </message>
    <message>
        <source>Create a member directly, without an invitation</source>
        <translation>Direct een lid aanmaken, zonder uitnodiging</translation>
    </message>
    <message>
        <source>Select one user to edit.</source>
        <translation>Selecteer één gebruiker om te bewerken.</translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation>Namen, e-mail, foto of rol wijzigen</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Gebruiker bewerken</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n User(s) %1</source>
        <translation>
            <numerusform>%n gebruiker de rol %1 toewijzen</numerusform>
            <numerusform>%n gebruikers de rol %1 toewijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n User(s)</source>
        <translation>
            <numerusform>%n gebruiker uitschakelen</numerusform>
            <numerusform>%n gebruikers uitschakelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n User(s)</source>
        <translation>
            <numerusform>%n gebruiker weer inschakelen</numerusform>
            <numerusform>%n gebruikers weer inschakelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>%n gebruiker verwijderen</numerusform>
            <numerusform>%n gebruikers verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n User(s)</source>
        <translation>
            <numerusform>%n gebruiker herstellen</numerusform>
            <numerusform>%n gebruikers herstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n User(s) from the Workspace</source>
        <translation>
            <numerusform>%n gebruiker uit de werkruimte verwijderen</numerusform>
            <numerusform>%n gebruikers uit de werkruimte verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Their account and their other workspaces stay; their groups and sessions here end.</source>
        <translation>%1 uit deze werkruimte verwijderen? Het account en de andere werkruimten van deze persoon blijven behouden; de groepen en sessies in deze werkruimte worden beëindigd.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Uitgevoerd: %1.</translation>
    </message>
    <message>
        <source>Add to &amp;Group…</source>
        <translation>Aan &amp;groep toevoegen…</translation>
    </message>
    <message>
        <source>Remove from Gro&amp;up…</source>
        <translation>Uit gro&amp;ep halen…</translation>
    </message>
    <message>
        <source>Select users first.</source>
        <translation>Selecteer eerst gebruikers.</translation>
    </message>
    <message>
        <source>Add the selected users to a group</source>
        <translation>De geselecteerde gebruikers aan een groep toevoegen</translation>
    </message>
    <message>
        <source>Take the selected users out of a group</source>
        <translation>De geselecteerde gebruikers uit een groep halen</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Uit groep halen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>This workspace has no groups yet: make one on the Groups page.</source>
        <translation>Deze werkruimte heeft nog geen groepen: maak er een aan op de pagina Groepen.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) to “%1”</source>
        <translation>
            <numerusform>%n persoon wordt toegevoegd aan “%1”</numerusform>
            <numerusform>%n personen worden toegevoegd aan “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n person(s) from “%1”</source>
        <translation>
            <numerusform>%n persoon wordt verwijderd uit “%1”</numerusform>
            <numerusform>%n personen worden verwijderd uit “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected users can be changed so: %1</source>
        <translation>Geen van de geselecteerde gebruikers kan zo worden gewijzigd: %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n user(s) matching the current view and filters</source>
        <translation>
            <numerusform>de %n gebruiker die aan de huidige weergave en filters voldoet</numerusform>
            <numerusform>alle %n gebruikers die aan de huidige weergave en filters voldoen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s)</source>
        <translation>
            <numerusform>%n geselecteerde gebruiker</numerusform>
            <numerusform>%n geselecteerde gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to:</source>
        <translation>%1 toevoegen aan:</translation>
    </message>
    <message>
        <source>Take %1 out of:</source>
        <translation>%1 halen uit:</translation>
    </message>
    <message>
        <source>Make %1 %2? What they may do changes at once.</source>
        <translation>%1 de rol %2 toewijzen? Wat deze persoon mag doen, verandert direct.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in and their sessions end now; everything else is kept and Reactivate undoes it.</source>
        <translation>%1 uitschakelen? Aanmelden is dan niet meer mogelijk en lopende sessies worden direct beëindigd; al het andere blijft behouden en met “Weer inschakelen” maakt u dit ongedaan.</translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again with their old password.</source>
        <translation>%1 weer inschakelen? Aanmelden met het bestaande wachtwoord is dan weer mogelijk.</translation>
    </message>
    <message>
        <source>Restore %1 from the Deleted view?</source>
        <translation>%1 herstellen uit de weergave “Verwijderd”?</translation>
    </message>
    <message>
        <source>Each person is checked on their own; you will see who was changed and who was not. You are left out of a change to several people.</source>
        <translation>Elke persoon wordt afzonderlijk gecontroleerd; u ziet wie is gewijzigd en wie niet. Bij een wijziging van meerdere personen wordt u zelf overgeslagen.</translation>
    </message>
    <message>
        <source>Send &amp;Invitation Again…</source>
        <translation>&amp;Uitnodiging opnieuw sturen…</translation>
    </message>
    <message>
        <source>Mail the selected invited users a new link; their earlier links stop working</source>
        <translation>De geselecteerde uitgenodigde gebruikers een nieuwe link mailen; hun eerdere links werken niet meer</translation>
    </message>
    <message>
        <source>Set up the workspace&apos;s mail server first (Workspace ▸ Mail Server…).</source>
        <translation>Stel eerst de mailserver van de werkruimte in (Werkruimte ▸ Mailserver…).</translation>
    </message>
    <message>
        <source>Select one or more invited users first.</source>
        <translation>Selecteer eerst een of meer uitgenodigde gebruikers.</translation>
    </message>
    <message>
        <source>%1 has no open invitation: only invited users are sent one again.</source>
        <translation>%1 heeft geen openstaande uitnodiging: alleen uitgenodigde gebruikers krijgen er opnieuw een.</translation>
    </message>
    <message>
        <source>None of the selected users is invited: only invited users are sent an invitation again.</source>
        <translation>Geen van de geselecteerde gebruikers is uitgenodigd: alleen uitgenodigde gebruikers krijgen opnieuw een uitnodiging.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n Invitation(s) Again</source>
        <translation>
            <numerusform>%n uitnodiging opnieuw sturen</numerusform>
            <numerusform>%n uitnodigingen opnieuw sturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new invitation to %1? Each gets a new link by mail and their earlier links stop working.</source>
        <translation>Een nieuwe uitnodiging sturen naar %1? Ieder krijgt een nieuwe link per e-mail en hun eerdere links werken niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected users has no open invitation and is left alone.</source>
        <translation>
            <numerusform>%n van de geselecteerde gebruikers heeft geen openstaande uitnodiging en blijft ongemoeid.</numerusform>
            <numerusform>%n van de geselecteerde gebruikers hebben geen openstaande uitnodiging en blijven ongemoeid.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>Nobody in this view is invited: only invited users are sent an invitation again.</source>
        <translation>Niemand in deze weergave is uitgenodigd: alleen uitgenodigde gebruikers krijgen opnieuw een uitnodiging.</translation>
    </message>
    <message>
        <source>Only the invited among them are sent one; the others are left alone.</source>
        <translation>Alleen de uitgenodigden onder hen krijgen er een; de anderen blijven ongemoeid.</translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation>Uitnodiging opnieuw verstuurd naar %1.</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 zit in “%2”.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 zit niet meer in “%2”.</translation>
    </message>
    <message>
        <source>This connection keeps no roles.</source>
        <translation>Deze verbinding kent geen rollen.</translation>
    </message>
    <message>
        <source>Delete on the service at once and for good; it cannot be undone</source>
        <translation>Meteen en voorgoed op de dienst verwijderen; dit kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation>Persoonsgegevens &amp;wissen…</translation>
    </message>
    <message>
        <source>Select one person: each erasure answers one person&apos;s request.</source>
        <translation>Selecteer één persoon: elke wissing beantwoordt het verzoek van één persoon.</translation>
    </message>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation>U kunt uzelf niet wissen; een andere beheerder kan dat wel.</translation>
    </message>
    <message>
        <source>Cannot Erase</source>
        <translation>Kan niet wissen</translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <source>%1 was erased; the audit log names them “erased person %2”.</source>
        <translation>%1 is gewist; het auditlogboek noemt deze persoon “gewiste persoon %2”.</translation>
    </message>
    <message>
        <source>Erase everything Usher holds about this person, in every workspace, when they ask (GDPR)</source>
        <translation>Alles wissen wat Usher over deze persoon bewaart, in elke werkruimte, op hun verzoek (AVG)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>&amp;Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Select one person: each export answers one person&apos;s request.</source>
        <translation>Selecteer één persoon: elke export beantwoordt het verzoek van één persoon.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Persoonsgegevens worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n bestand geëxporteerd naar %1.</numerusform>
            <numerusform>%n bestanden geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) where you are not an Admin were left out.</source>
        <translation>
            <numerusform>%n werkruimte waar u geen beheerder bent is weggelaten.</numerusform>
            <numerusform>%n werkruimten waar u geen beheerder bent zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything Usher holds about this person to a ZIP file, when they ask (GDPR)</source>
        <translation>Alles wat Usher over deze persoon bewaart naar een ZIP-bestand schrijven, op diens verzoek (AVG)</translation>
    </message>
</context>
<context>
    <name>usher::MemberPickerDialog</name>
    <message>
        <source>Type a name or email address…</source>
        <translation>Typ een naam of e-mailadres…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>People picked</source>
        <translation>Gekozen personen</translation>
    </message>
    <message>
        <source>Double-click someone to take them off the list.</source>
        <translation>Dubbelklik op iemand om die persoon van de lijst te halen.</translation>
    </message>
    <message>
        <source>&amp;Find people:</source>
        <translation>Mensen &amp;zoeken:</translation>
    </message>
    <message>
        <source>&amp;Picked:</source>
        <translation>&amp;Gekozen:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No members in this workspace yet.</source>
        <translation>Nog geen leden in deze werkruimte.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand komt overeen met “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Alleen het eerste %n resultaat wordt getoond; typ meer om de zoekopdracht te verfijnen.</numerusform>
            <numerusform>Alleen de eerste %n resultaten worden getoond; typ meer om de zoekopdracht te verfijnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n resultaat.</numerusform>
            <numerusform>%n resultaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick someone first: tick them in the list.</source>
        <translation>Kies eerst iemand: vink die persoon aan in de lijst.</translation>
    </message>
    <message>
        <source>Disabled: they join the group, but cannot sign in until they are reactivated.</source>
        <translation>Uitgeschakeld: wordt aan de groep toegevoegd, maar kan pas aanmelden na heractivering.</translation>
    </message>
    <message>
        <source>Invited: they join the group now and can use it once they accept the invitation.</source>
        <translation>Uitgenodigd: wordt nu aan de groep toegevoegd en kan die gebruiken zodra de uitnodiging is aanvaard.</translation>
    </message>
    <message>
        <source>Deleted: they are removed for good unless restored.</source>
        <translation>Verwijderd: wordt definitief verwijderd, tenzij hersteld.</translation>
    </message>
</context>
<context>
    <name>usher::OperatorDialog</name>
    <message>
        <source>Set Up %1</source>
        <translation>%1 inrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no Admin yet. You will be its first Admin; every change you make is recorded under your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; heeft nog geen beheerder. U wordt de eerste beheerder; elke wijziging die u aanbrengt, wordt onder uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>Inrichten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>Enter your email address in &lt;b&gt;%1&lt;/b&gt;. Every change you make is recorded under your name.</source>
        <translation>Voer uw e-mailadres voor &lt;b&gt;%1&lt;/b&gt; in. Elke wijziging die u aanbrengt, wordt onder uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Aanmelden bij %1</translation>
    </message>
    <message>
        <source>Sign in with your Usher account for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Meld u aan met uw Usher-account voor &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Wachtwoord herhalen: de twee wachtwoorden komen niet overeen.</translation>
    </message>
    <message>
        <source>https://…?invite=… or …?reset=…</source>
        <translation>https://…?invite=… of …?reset=…</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>&amp;I Have an Invitation or Reset Link</source>
        <translation>&amp;Ik heb een uitnodiging of herstellink</translation>
    </message>
    <message>
        <source>Paste the link a colleague gave you and choose your password</source>
        <translation>De link plakken die u van een collega hebt gekregen en uw wachtwoord kiezen</translation>
    </message>
    <message>
        <source>&amp;Forgot Password?</source>
        <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
        <source>Mail a reset link to the address above</source>
        <translation>Een herstellink mailen naar het adres hierboven</translation>
    </message>
    <message>
        <source>Sign In with a &amp;Password Instead</source>
        <translation>In plaats daarvan aanmelden met een &amp;wachtwoord</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose your own now (at least %n characters); the temporary one stops working.</source>
        <translation>
            <numerusform>U bent aangemeld met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord (minstens %n teken); het tijdelijke wachtwoord werkt daarna niet meer.</numerusform>
            <numerusform>U bent aangemeld met een tijdelijk wachtwoord. Kies nu uw eigen wachtwoord (minstens %n tekens); het tijdelijke wachtwoord werkt daarna niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and Sign In</source>
        <translation>Opslaan en aanmelden</translation>
    </message>
    <message numerus="yes">
        <source>Paste the invitation or password reset link you were given, and choose your password (at least %n characters). The link works once.</source>
        <translation>
            <numerusform>Plak de uitnodigingslink of herstellink die u hebt gekregen en kies uw wachtwoord (minstens %n teken). De link werkt één keer.</numerusform>
            <numerusform>Plak de uitnodigingslink of herstellink die u hebt gekregen en kies uw wachtwoord (minstens %n tekens). De link werkt één keer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: enter your address first; the reset link goes there.</source>
        <translation>E-mail: voer eerst uw adres in; de herstellink wordt daarheen gestuurd.</translation>
    </message>
    <message>
        <source>If %1 belongs to this workspace, a reset link is on its way there. Open it, or paste it here with &quot;I Have an Invitation or Reset Link&quot;.</source>
        <translation>Als %1 bij deze werkruimte hoort, is er een herstellink naar dat adres onderweg. Open de link, of plak hem hier via “Ik heb een uitnodiging of herstellink”.</translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ.</source>
        <translation>Nieuw wachtwoord herhalen: de twee wachtwoorden komen niet overeen.</translation>
    </message>
</context>
<context>
    <name>usher::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>In de sleutelhanger &amp;onthouden</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Wachtwoord voor %1</translation>
    </message>
    <message>
        <source>Usher needs the password of &lt;b&gt;%1&lt;/b&gt; on %2 to connect.</source>
        <translation>Usher heeft het wachtwoord van &lt;b&gt;%1&lt;/b&gt; op %2 nodig om verbinding te maken.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Keep the password in the operating system&apos;s keychain, never in a file.</source>
        <translation>Het wachtwoord in de sleutelhanger van het besturingssysteem bewaren, nooit in een bestand.</translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept in memory until Usher closes.</source>
        <translation>Er is geen sleutelhanger beschikbaar; het wachtwoord wordt daarom in het geheugen bewaard tot Usher wordt afgesloten.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token voor %1</translation>
    </message>
    <message>
        <source>Usher needs a bearer token for the SCIM service at %1 to connect. Whoever runs the service issues it.</source>
        <translation>Usher heeft een bearer-token voor de SCIM-dienst op %1 nodig om verbinding te maken. Wie de dienst beheert, geeft dit token uit.</translation>
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
        <translation>Het token in de sleutelhanger van het besturingssysteem bewaren, nooit in een bestand.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory until Usher closes.</source>
        <translation>Er is geen sleutelhanger beschikbaar; het token wordt daarom in het geheugen bewaard tot Usher wordt afgesloten.</translation>
    </message>
    <message>
        <source>Usher needs the secret of the OAuth client &lt;b&gt;%1&lt;/b&gt; to connect to the SCIM service at %2.</source>
        <translation>Usher heeft het geheim van de OAuth-client &lt;b&gt;%1&lt;/b&gt; nodig om verbinding te maken met de SCIM-dienst op %2.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
</context>
<context>
    <name>usher::Permissions</name>
    <message>
        <source>A %1 cannot see the members of this workspace.</source>
        <translation>Een %1 kan de leden van deze werkruimte niet zien.</translation>
    </message>
    <message>
        <source>A %1 cannot change people&apos;s names, email or picture.</source>
        <translation>Een %1 kan namen, e-mailadressen en foto&apos;s van mensen niet wijzigen.</translation>
    </message>
    <message>
        <source>A %1 cannot create users.</source>
        <translation>Een %1 kan geen gebruikers aanmaken.</translation>
    </message>
    <message>
        <source>A %1 cannot invite people.</source>
        <translation>Een %1 kan geen mensen uitnodigen.</translation>
    </message>
    <message>
        <source>A %1 cannot resend invitations.</source>
        <translation>Een %1 kan uitnodigingen niet opnieuw versturen.</translation>
    </message>
    <message>
        <source>Only Managers and Admins change roles.</source>
        <translation>Alleen managers en beheerders wijzigen rollen.</translation>
    </message>
    <message>
        <source>Only Managers and Admins disable or reactivate people.</source>
        <translation>Alleen managers en beheerders schakelen mensen uit of weer in.</translation>
    </message>
    <message>
        <source>Only Managers and Admins delete or restore people.</source>
        <translation>Alleen managers en beheerders verwijderen of herstellen mensen.</translation>
    </message>
    <message>
        <source>A %1 cannot help with passwords.</source>
        <translation>Een %1 kan niet helpen met wachtwoorden.</translation>
    </message>
    <message>
        <source>Only Managers and Admins manage groups.</source>
        <translation>Alleen managers en beheerders beheren groepen.</translation>
    </message>
    <message>
        <source>A %1 cannot see the audit log.</source>
        <translation>Een %1 kan het auditlogboek niet zien.</translation>
    </message>
    <message>
        <source>Only Admins change the workspace&apos;s settings.</source>
        <translation>Alleen beheerders wijzigen de instellingen van de werkruimte.</translation>
    </message>
    <message>
        <source>A %1 cannot change someone whose role (%2) is above their own.</source>
        <translation>Een %1 kan niemand wijzigen wiens rol (%2) hoger is dan de eigen rol.</translation>
    </message>
    <message>
        <source>A %1 cannot give the role %2, which is above their own.</source>
        <translation>Een %1 kan de rol %2 niet toekennen; die is hoger dan de eigen rol.</translation>
    </message>
    <message>
        <source>This is the workspace&apos;s last Admin. Make someone else an Admin first.</source>
        <translation>Dit is de laatste beheerder van de werkruimte. Maak eerst iemand anders beheerder.</translation>
    </message>
    <message numerus="yes">
        <source>Seat limit reached — upgrade to add more (%1 of %2 seats used, %n more needed).</source>
        <translation>
            <numerusform>Limiet van plaatsen bereikt — upgrade om meer toe te voegen (%1 van %2 plaatsen in gebruik, %n extra nodig).</numerusform>
            <numerusform>Limiet van plaatsen bereikt — upgrade om meer toe te voegen (%1 van %2 plaatsen in gebruik, %n extra nodig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only Admins export or erase someone&apos;s personal data.</source>
        <translation>Alleen beheerders exporteren of wissen de persoonsgegevens van iemand.</translation>
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
        <translation>Niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>usher::PostgresServerEditor</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty; Usher will set it up when you connect.</source>
        <translation>Verbonden met %1. De database is leeg; Usher richt die in wanneer u verbindt.</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate</source>
        <translation>Het certificaat van de certificeringsinstantie die het certificaat van de server heeft ondertekend</translation>
    </message>
    <message>
        <source>Only needed when the server is verified</source>
        <translation>Alleen nodig als de server wordt geverifieerd</translation>
    </message>
</context>
<context>
    <name>usher::Privacy</name>
    <message>
        <source>You cannot erase yourself; another Admin can.</source>
        <translation>U kunt uzelf niet wissen; een andere beheerder kan dat wel.</translation>
    </message>
    <message>
        <source>They also belong to the workspace “%1”, where you are not an active member: an erasure reaches every workspace, so only someone who is an Admin in all of them can make it.</source>
        <translation>Deze persoon hoort ook bij de werkruimte “%1”, waar u geen actief lid bent: een wissing geldt voor elke werkruimte, dus alleen iemand die overal beheerder is kan haar uitvoeren.</translation>
    </message>
    <message>
        <source>In the workspace “%1”: %2</source>
        <translation>In de werkruimte “%1”: %2</translation>
    </message>
    <message>
        <source>They are the last active Admin of the workspace “%1”; make someone else an Admin first.</source>
        <translation>Deze persoon is de laatste actieve beheerder van de werkruimte “%1”; maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>Enter the request&apos;s reference (a ticket or letter number): the erasure log keeps it instead of the person.</source>
        <translation>Vul de referentie van het verzoek in (een ticket- of briefnummer): het wislogboek bewaart die in plaats van de persoon.</translation>
    </message>
    <message>
        <source>The request&apos;s reference is longer than 200 characters.</source>
        <translation>De referentie van het verzoek is langer dan 200 tekens.</translation>
    </message>
</context>
<context>
    <name>usher::PrivacyCommand</name>
    <message>
        <source>Erases everything held about one person, in every workspace, when they ask (GDPR): their account, memberships, groups, invitations, sessions, sign-ins, password resets, mails and waitlist entries; the audit log keeps its events with a pseudonym. Irreversible. Prints a JSON summary. Exit codes: 0 erased, 1 refused or not confirmed, 2 bad input, 3 no connection.</source>
        <translation>Wist alles wat over één persoon wordt bewaard, in elke werkruimte, op diens verzoek (AVG): account, lidmaatschappen, groepen, uitnodigingen, sessies, aanmeldingen, wachtwoordherstel, e-mails en wachtlijstvermeldingen; het auditlogboek houdt zijn gebeurtenissen met een pseudoniem. Onomkeerbaar. Drukt een JSON-samenvatting af. Afsluitcodes: 0 gewist, 1 geweigerd of niet bevestigd, 2 ongeldige invoer, 3 geen verbinding.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <source>The address of the person to erase.</source>
        <translation>Het adres van de persoon die gewist moet worden.</translation>
    </message>
    <message>
        <source>Erase as the member &lt;email&gt; (an Admin).</source>
        <translation>Wissen als het lid &lt;email&gt; (een beheerder).</translation>
    </message>
    <message>
        <source>The request&apos;s reference &lt;ref&gt; (a ticket or letter number), kept in the erasure log.</source>
        <translation>De referentie &lt;ref&gt; van het verzoek (een ticket- of briefnummer), bewaard in het wislogboek.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation at a terminal.</source>
        <translation>Niet om bevestiging vragen in een terminal.</translation>
    </message>
    <message>
        <source>Give the request&apos;s reference with --reference: the erasure log keeps it instead of the person.</source>
        <translation>Geef de referentie van het verzoek met --reference: het wislogboek bewaart die in plaats van de persoon.</translation>
    </message>
    <message>
        <source>Not erased: confirm at a terminal, or add --yes for a script.</source>
        <translation>Niet gewist: bevestig in een terminal, of voeg --yes toe voor een script.</translation>
    </message>
    <message>
        <source>Nobody in this workspace has the address %1.</source>
        <translation>Niemand in deze werkruimte heeft het adres %1.</translation>
    </message>
    <message>
        <source>Type the address again to erase, anything else to stop:</source>
        <translation>Typ het adres nogmaals om te wissen, iets anders om te stoppen:</translation>
    </message>
    <message>
        <source>Not erased.</source>
        <translation>Niet gewist.</translation>
    </message>
    <message>
        <source>Erase %1 &lt;%2&gt; from %3, for good? Removed with the account: group memberships %4, invitations %5, sessions %6, sign-in records %7, mails %8, waitlist entries %9. Audit events kept with a pseudonym: %10.</source>
        <translation>%1 &lt;%2&gt; voorgoed wissen uit %3? Samen met het account verdwijnen: groepslidmaatschappen %4, uitnodigingen %5, sessies %6, aanmeldregistraties %7, e-mails %8, wachtlijstvermeldingen %9. Auditgebeurtenissen die met een pseudoniem blijven: %10.</translation>
    </message>
    <message>
        <source>usher privacy export EMAIL FILE.zip writes everything held about them, in the workspaces where you are an Admin, to a ZIP file of JSON and CSV files with a README.</source>
        <translation>usher privacy export E-MAIL BESTAND.zip schrijft alles wat over deze persoon wordt bewaard, in de werkruimten waar u beheerder bent, naar een ZIP-bestand met JSON- en CSV-bestanden en een README.</translation>
    </message>
    <message>
        <source>Use: usher privacy export EMAIL FILE.zip [--as EMAIL], or usher privacy erase EMAIL --reference REF [--as EMAIL] [--yes].</source>
        <translation>Gebruik: usher privacy export E-MAIL BESTAND.zip [--as E-MAIL], of usher privacy erase E-MAIL --reference REF [--as E-MAIL] [--yes].</translation>
    </message>
</context>
<context>
    <name>usher::ProfileEditor</name>
    <message>
        <source>The system&apos;s certificate authorities if left empty</source>
        <translation>De certificeringsinstanties van het systeem als u dit leeg laat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>usher::RegistrationLinks</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Registratielink</translation>
    </message>
    <message>
        <source>&amp;Copy All Links</source>
        <translation>Alle &amp;links kopiëren</translation>
    </message>
</context>
<context>
    <name>usher::Role</name>
    <message>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redacteur</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
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
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Openstaande uitnodigingen</translation>
    </message>
    <message>
        <source>Expired invitations</source>
        <translation>Verlopen uitnodigingen</translation>
    </message>
    <message>
        <source>Invited over 3 days ago</source>
        <translation>Meer dan 3 dagen geleden uitgenodigd</translation>
    </message>
    <message>
        <source>No sign-in for 90+ days</source>
        <translation>Geen aanmelding in 90+ dagen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Not changed: %1 no longer matches the filter (changed since the change began).</source>
        <translation>Niet gewijzigd: %1 voldoet niet meer aan het filter (gewijzigd sinds de wijziging begon).</translation>
    </message>
</context>
<context>
    <name>usher::SavedViewsModel</name>
    <message numerus="yes">
        <source>%1, %n user(s)</source>
        <translation>
            <numerusform>%1, %n gebruiker</numerusform>
            <numerusform>%1, %n gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::ScheduledSync</name>
    <message>
        <source>Directory sync: the workspace has no directory any more.</source>
        <translation>Directorysynchronisatie: de werkruimte heeft geen directory meer.</translation>
    </message>
    <message>
        <source>Directory sync did not run: %1</source>
        <translation>Directorysynchronisatie is niet uitgevoerd: %1</translation>
    </message>
    <message>
        <source>Directory sync failed: %1</source>
        <translation>Directorysynchronisatie mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Directory sync stopped without changing anything: it would disable %n people. Open Workspace ▸ Directory Sync… to check the directory and confirm.</source>
        <translation>
            <numerusform>Directorysynchronisatie gestopt zonder iets te wijzigen: zij zou %n persoon uitschakelen. Open Werkruimte ▸ Directorysynchronisatie… om de directory te controleren en te bevestigen.</numerusform>
            <numerusform>Directorysynchronisatie gestopt zonder iets te wijzigen: zij zou %n personen uitschakelen. Open Werkruimte ▸ Directorysynchronisatie… om de directory te controleren en te bevestigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory sync: %1.</source>
        <translation>Directorysynchronisatie: %1.</translation>
    </message>
    <message>
        <source>Directory sync did not run: no password for the directory is saved in your keychain (%1).</source>
        <translation>Directorysynchronisatie is niet uitgevoerd: er is geen wachtwoord voor de directory in uw sleutelbos opgeslagen (%1).</translation>
    </message>
</context>
<context>
    <name>usher::ScimBackend</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>A SCIM service does not tell when people last signed in.</source>
        <translation>Een SCIM-dienst geeft niet door wanneer mensen zich voor het laatst hebben aangemeld.</translation>
    </message>
    <message>
        <source>This service keeps no roles, so people cannot be listed by role.</source>
        <translation>Deze dienst kent geen rollen, dus mensen kunnen niet per rol worden weergegeven.</translation>
    </message>
    <message>
        <source>This service cannot search.</source>
        <translation>Deze dienst kan niet zoeken.</translation>
    </message>
    <message>
        <source>This service cannot filter its users, so only “All users” can be shown.</source>
        <translation>Deze dienst kan zijn gebruikers niet filteren, dus alleen “Alle gebruikers” kan worden getoond.</translation>
    </message>
    <message>
        <source>This SCIM service has no groups.</source>
        <translation>Deze SCIM-dienst heeft geen groepen.</translation>
    </message>
    <message>
        <source>A SCIM service has no invitations: people are created there directly.</source>
        <translation>Een SCIM-dienst kent geen uitnodigingen: mensen worden daar direct aangemaakt.</translation>
    </message>
    <message>
        <source>A SCIM service sends no mail through Usher.</source>
        <translation>Een SCIM-dienst verstuurt geen e-mail via Usher.</translation>
    </message>
    <message>
        <source>This SCIM service keeps no audit log that Usher can read.</source>
        <translation>Deze SCIM-dienst houdt geen auditlogboek bij dat Usher kan lezen.</translation>
    </message>
    <message>
        <source>A SCIM connection acts as the holder of its token; there is nobody to sign in.</source>
        <translation>Een SCIM-verbinding treedt op als de houder van haar token; er hoeft niemand zich aan te melden.</translation>
    </message>
    <message>
        <source>Passwords on a SCIM service are looked after by the service itself.</source>
        <translation>Wachtwoorden op een SCIM-dienst worden door de dienst zelf beheerd.</translation>
    </message>
    <message>
        <source>A SCIM service is looked after by whoever runs it.</source>
        <translation>Een SCIM-dienst wordt onderhouden door wie de dienst beheert.</translation>
    </message>
    <message>
        <source>Importing lists of people into a SCIM service is not offered yet.</source>
        <translation>Het importeren van lijsten met personen in een SCIM-dienst is nog niet mogelijk.</translation>
    </message>
    <message>
        <source>Exporting the people of a SCIM service is not offered yet.</source>
        <translation>Het exporteren van de personen van een SCIM-dienst is nog niet mogelijk.</translation>
    </message>
    <message>
        <source>Reading the service&apos;s configuration</source>
        <translation>Het lezen van de configuratie van de dienst</translation>
    </message>
    <message>
        <source>No SCIM service answers at this address: it has no /ServiceProviderConfig. Check the base URL (it usually ends in /scim/v2).</source>
        <translation>Op dit adres antwoordt geen SCIM-dienst: er is geen /ServiceProviderConfig. Controleer de basis-URL (die eindigt meestal op /scim/v2).</translation>
    </message>
    <message>
        <source>Reading the service&apos;s resource types</source>
        <translation>Het lezen van de resourcetypen van de dienst</translation>
    </message>
    <message>
        <source>Reading the User schema</source>
        <translation>Het lezen van het User-schema</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Het lezen van de gebruikers</translation>
    </message>
    <message>
        <source>Asking who the token belongs to</source>
        <translation>Het opvragen van de eigenaar van het token</translation>
    </message>
    <message>
        <source>This connection&apos;s token</source>
        <translation>Het token van deze verbinding</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Users: %1.</source>
        <translation>Gebruikers: %1.</translation>
    </message>
    <message>
        <source>Acts as: %1.</source>
        <translation>Treedt op als: %1.</translation>
    </message>
    <message>
        <source>the token (the service has no /Me)</source>
        <translation>het token (de dienst heeft geen /Me)</translation>
    </message>
    <message>
        <source>Search: %1.</source>
        <translation>Zoeken: %1.</translation>
    </message>
    <message>
        <source>names and addresses containing the text</source>
        <translation>namen en adressen die de tekst bevatten</translation>
    </message>
    <message>
        <source>names and addresses starting with the text</source>
        <translation>namen en adressen die met de tekst beginnen</translation>
    </message>
    <message>
        <source>exact user names and addresses only</source>
        <translation>alleen exacte gebruikersnamen en adressen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Sorting: %1.</source>
        <translation>Sorteren: %1.</translation>
    </message>
    <message>
        <source>announced, but the service ignores it</source>
        <translation>aangekondigd, maar de dienst negeert het</translation>
    </message>
    <message>
        <source>Versions (ETags): %1.</source>
        <translation>Versies (ETags): %1.</translation>
    </message>
    <message>
        <source>Partial changes (PATCH): %1.</source>
        <translation>Gedeeltelijke wijzigingen (PATCH): %1.</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Rollen: %1.</translation>
    </message>
    <message>
        <source>Groups: %1.</source>
        <translation>Groepen: %1.</translation>
    </message>
    <message>
        <source>This service sorts by name, address, role, status and the date joined only.</source>
        <translation>Deze dienst sorteert alleen op naam, adres, rol, status en de datum waarop iemand lid werd.</translation>
    </message>
    <message>
        <source>This service does not sort: people are listed in its own order.</source>
        <translation>Deze dienst sorteert niet: mensen worden weergegeven in de eigen volgorde van de dienst.</translation>
    </message>
    <message>
        <source>This service only finds names and addresses that start with the text.</source>
        <translation>Deze dienst vindt alleen namen en adressen die met de tekst beginnen.</translation>
    </message>
    <message>
        <source>This service only finds exact user names and addresses.</source>
        <translation>Deze dienst vindt alleen exacte gebruikersnamen en adressen.</translation>
    </message>
    <message>
        <source>This service changed its order between pages: while you scroll, someone may appear twice or be missed. Search or sort to narrow the list.</source>
        <translation>Deze dienst heeft de volgorde tussen pagina&apos;s gewijzigd: tijdens het scrollen kan iemand twee keer verschijnen of ontbreken. Zoek of sorteer om de lijst te beperken.</translation>
    </message>
    <message>
        <source>Counting the users</source>
        <translation>Het tellen van de gebruikers</translation>
    </message>
    <message>
        <source>(Usher&apos;s rule, checked before asking the service.)</source>
        <translation>(Een regel van Usher, gecontroleerd voordat de dienst iets wordt gevraagd.)</translation>
    </message>
    <message>
        <source>Reading this person</source>
        <translation>Het lezen van de gegevens van deze persoon</translation>
    </message>
    <message>
        <source>You may not give someone the role %1.</source>
        <translation>U mag niemand de rol %1 toewijzen.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Het aanmaken van %1</translation>
    </message>
    <message>
        <source>The service created the person but did not say their id. Reload to see them.</source>
        <translation>De dienst heeft de persoon aangemaakt, maar de id niet doorgegeven. Laad opnieuw om deze persoon te zien.</translation>
    </message>
    <message>
        <source>Pictures cannot be changed on a SCIM service from Usher.</source>
        <translation>Foto&apos;s op een SCIM-dienst kunnen niet vanuit Usher worden gewijzigd.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Het opslaan van %1</translation>
    </message>
    <message>
        <source>%1 failed: it was changed on the service since you loaded it. Reload and try again.</source>
        <translation>%1 is mislukt: het is op de dienst gewijzigd nadat u het hebt geladen. Laad opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Listing the people to change</source>
        <translation>Het opvragen van de te wijzigen personen</translation>
    </message>
    <message>
        <source>%1 failed: the service answered from position %2 when asked for %3, so Usher cannot tell who it means. Nobody was changed.</source>
        <translation>%1 is mislukt: de dienst antwoordde vanaf positie %2 terwijl om %3 was gevraagd, dus Usher kan niet bepalen wie er wordt bedoeld. Er is niemand gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation>%1 is gestopt.</translation>
    </message>
    <message>
        <source>Stopped before their turn; nothing was sent for them.</source>
        <translation>Gestopt voordat deze persoon aan de beurt was; er is niets voor deze persoon verstuurd.</translation>
    </message>
    <message>
        <source>Counting the Admins</source>
        <translation>Het tellen van de beheerders</translation>
    </message>
    <message>
        <source>Usher cannot count this service&apos;s Admins, so it does not take an Admin&apos;s access away here.</source>
        <translation>Usher kan de beheerders van deze dienst niet tellen en neemt hier daarom geen enkele beheerder de toegang af.</translation>
    </message>
    <message>
        <source>%1 was changed on the service since you loaded the list. Reload and try again.</source>
        <translation>%1 is op de dienst gewijzigd nadat u de lijst hebt geladen. Laad opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Het wijzigen van %1</translation>
    </message>
    <message>
        <source>A SCIM service does not show sessions that Usher could end.</source>
        <translation>Een SCIM-dienst toont geen sessies die Usher zou kunnen beëindigen.</translation>
    </message>
    <message>
        <source>Reading the groups</source>
        <translation>Het lezen van de groepen</translation>
    </message>
    <message>
        <source>Counting the members of %1</source>
        <translation>Het tellen van de leden van %1</translation>
    </message>
    <message>
        <source>Reading the group</source>
        <translation>Het lezen van de groep</translation>
    </message>
    <message>
        <source>A group on a SCIM service has a name and members only; Usher cannot keep a description or permissions there.</source>
        <translation>Een groep op een SCIM-dienst heeft alleen een naam en leden; Usher kan daar geen beschrijving of rechten bewaren.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members</source>
        <translation>Het lezen van de leden van de groep</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>Het aanmaken van de groep “%1”</translation>
    </message>
    <message>
        <source>Renaming the group “%1”</source>
        <translation>Het hernoemen van de groep “%1”</translation>
    </message>
    <message>
        <source>Deleting the group “%1”</source>
        <translation>Het verwijderen van de groep “%1”</translation>
    </message>
    <message>
        <source>Adding %1 to “%2”</source>
        <translation>Het toevoegen van %1 aan “%2”</translation>
    </message>
    <message>
        <source>Removing %1 from “%2”</source>
        <translation>Het verwijderen van %1 uit “%2”</translation>
    </message>
    <message>
        <source>The service answered more than 64 MB at once.</source>
        <translation>De dienst stuurde meer dan 64 MB in één antwoord.</translation>
    </message>
    <message>
        <source>The service&apos;s answer nests deeper than %1 levels.</source>
        <translation>Het antwoord van de dienst is dieper genest dan %1 niveaus.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Het antwoord van de dienst is geen geldige JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a JSON object.</source>
        <translation>Het antwoord van de dienst is geen JSON-object.</translation>
    </message>
    <message>
        <source>The service&apos;s list has no usable totalResults.</source>
        <translation>De lijst van de dienst heeft geen bruikbare totalResults.</translation>
    </message>
    <message>
        <source>The service&apos;s list has Resources that are not a list.</source>
        <translation>De lijst van de dienst heeft Resources die geen lijst zijn.</translation>
    </message>
    <message>
        <source>The service&apos;s list holds something that is not a resource.</source>
        <translation>De lijst van de dienst bevat iets wat geen resource is.</translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s certificate could not be verified (%2).</source>
        <translation>%1 is mislukt: het certificaat van de dienst kon niet worden geverifieerd (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the service did not answer in time.</source>
        <translation>%1 is mislukt: de dienst heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>%1 failed: nothing accepts connections at this address. Is the service running?</source>
        <translation>%1 is mislukt: op dit adres worden geen verbindingen geaccepteerd. Is de dienst actief?</translation>
    </message>
    <message>
        <source>%1 failed: the host name is unknown.</source>
        <translation>%1 is mislukt: de hostnaam is onbekend.</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the service was lost (%2).</source>
        <translation>%1 is mislukt: de verbinding met de dienst is verbroken (%2).</translation>
    </message>
    <message>
        <source> The service says: “%1”</source>
        <translation> De dienst meldt: “%1”</translation>
    </message>
    <message>
        <source>%1 failed: the service did not accept the token.</source>
        <translation>%1 is mislukt: de dienst heeft het token niet geaccepteerd.</translation>
    </message>
    <message>
        <source>%1 failed: the service does not allow this connection&apos;s account to do it.</source>
        <translation>%1 is mislukt: de dienst staat het account van deze verbinding dit niet toe.</translation>
    </message>
    <message>
        <source>%1 failed: the service has no such resource (it may have been deleted).</source>
        <translation>%1 is mislukt: de dienst heeft deze resource niet (mogelijk is deze verwijderd).</translation>
    </message>
    <message>
        <source>%1 failed: the service already has someone with this name or address.</source>
        <translation>%1 is mislukt: de dienst heeft al iemand met deze naam of dit adres.</translation>
    </message>
    <message>
        <source>%1 failed: it conflicts with what the service holds.</source>
        <translation>%1 is mislukt: dit is in strijd met de gegevens van de dienst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: the service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 is mislukt: de dienst vraagt om %n seconde te wachten voor een nieuwe poging.</numerusform>
            <numerusform>%1 is mislukt: de dienst vraagt om %n seconden te wachten voor een nieuwe poging.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: the service asks to wait before trying again.</source>
        <translation>%1 is mislukt: de dienst vraagt om te wachten voor een nieuwe poging.</translation>
    </message>
    <message>
        <source>%1 failed: the service had a problem of its own (HTTP %2).</source>
        <translation>%1 is mislukt: de dienst had zelf een probleem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed: the service refused the request (HTTP %2).</source>
        <translation>%1 is mislukt: de dienst heeft het verzoek geweigerd (HTTP %2).</translation>
    </message>
    <message>
        <source>Getting an access token from %1</source>
        <translation>Het ophalen van een toegangstoken bij %1</translation>
    </message>
    <message>
        <source>%1 failed: the token URL did not accept the client id and secret.</source>
        <translation>%1 is mislukt: de token-URL accepteerde de client-id en het geheim niet.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 is mislukt (HTTP %2).</translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation>De server meldt: “%1”</translation>
    </message>
    <message>
        <source>%1 failed: the answer held no access token.</source>
        <translation>%1 is mislukt: het antwoord bevatte geen toegangstoken.</translation>
    </message>
    <message>
        <source>%1 failed: the service refuses the OAuth client&apos;s access tokens (check the client&apos;s audience and scopes for this service).</source>
        <translation>%1 is mislukt: de dienst weigert de toegangstokens van de OAuth-client (controleer de audience en scopes van de client voor deze dienst).</translation>
    </message>
    <message>
        <source>%1 failed: the token is of type “%2”; Usher sends bearer tokens only.</source>
        <translation>%1 is mislukt: het token is van het type “%2”; Usher verstuurt alleen bearer-tokens.</translation>
    </message>
    <message>
        <source>This SCIM service cannot filter its users, so Usher cannot tell who is in a group.</source>
        <translation>Deze SCIM-dienst kan zijn gebruikers niet filteren, dus Usher kan niet zien wie in een groep zit.</translation>
    </message>
    <message>
        <source>The service created the group but did not say its id. Reload to see it.</source>
        <translation>De dienst heeft de groep aangemaakt, maar de id niet doorgegeven. Laad opnieuw om de groep te zien.</translation>
    </message>
    <message>
        <source>This service did not show the group&apos;s members, and without partial changes (PATCH) a new name would replace them. Rename it on the service.</source>
        <translation>Deze dienst toonde de leden van de groep niet, en zonder gedeeltelijke wijzigingen (PATCH) zou een nieuwe naam ze vervangen. Wijzig de naam in de dienst zelf.</translation>
    </message>
    <message>
        <source>Counting the members</source>
        <translation>Het tellen van de leden</translation>
    </message>
    <message>
        <source>A SCIM service keeps no Deleted view and no workspaces of Usher&apos;s: people it deletes are gone for good, and nobody is restored or removed from a workspace.</source>
        <translation>Een SCIM-dienst heeft geen weergave “Verwijderd” en geen werkruimten van Usher: wie hij verwijdert is voorgoed weg, en niemand wordt hersteld of uit een werkruimte verwijderd.</translation>
    </message>
    <message>
        <source>Capitals: the service tells them from small letters, so a search also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Hoofdletters: de dienst onderscheidt ze van kleine letters, dus een zoekopdracht zoekt de tekst ook in kleine letters en met hoofdletters aan het begin van woorden.</translation>
    </message>
    <message>
        <source>Bulk changes: %1.</source>
        <translation>Bulkwijzigingen: %1.</translation>
    </message>
    <message>
        <source>yes, used for changes to several people</source>
        <translation>ja, gebruikt voor wijzigingen van meerdere personen</translation>
    </message>
    <message>
        <source>offered, but not used: each person is changed with their own version</source>
        <translation>aangeboden, maar niet gebruikt: elke persoon wordt gewijzigd met zijn of haar eigen versie</translation>
    </message>
    <message>
        <source>Roles: kept in %1.</source>
        <translation>Rollen: bewaard in %1.</translation>
    </message>
    <message>
        <source>Roles: the service has no attribute %1.</source>
        <translation>Rollen: de dienst heeft geen attribuut %1.</translation>
    </message>
    <message>
        <source>Enterprise extension: %1.</source>
        <translation>Enterprise-extensie: %1.</translation>
    </message>
    <message>
        <source>Password changes: offered by the service; Usher&apos;s password help needs sign-in history a SCIM service does not give, so it is not offered.</source>
        <translation>Wachtwoordwijzigingen: aangeboden door de dienst; de wachtwoordhulp van Usher heeft aanmeldgeschiedenis nodig die een SCIM-dienst niet geeft, en wordt dus niet aangeboden.</translation>
    </message>
    <message>
        <source>Password changes: no.</source>
        <translation>Wachtwoordwijzigingen: nee.</translation>
    </message>
    <message>
        <source>It tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Hij onderscheidt hoofdletters van kleine letters: Usher zoekt de tekst ook in kleine letters en met hoofdletters aan het begin van woorden.</translation>
    </message>
    <message>
        <source>This service tells capitals from small letters: Usher also looks for the text in small letters and with capitals at the start of words.</source>
        <translation>Deze dienst onderscheidt hoofdletters van kleine letters: Usher zoekt de tekst ook in kleine letters en met hoofdletters aan het begin van woorden.</translation>
    </message>
    <message>
        <source>Sending the changes together</source>
        <translation>Het samen versturen van de wijzigingen</translation>
    </message>
    <message>
        <source>The service may have made this change before the connection failed; reload to see.</source>
        <translation>De dienst heeft deze wijziging misschien doorgevoerd voordat de verbinding wegviel; laad opnieuw om het te zien.</translation>
    </message>
    <message>
        <source>%1 failed: the service&apos;s answer did not mention this change, so it was not made.</source>
        <translation>%1 is mislukt: het antwoord van de dienst noemde deze wijziging niet, dus is ze niet doorgevoerd.</translation>
    </message>
    <message>
        <source>A SCIM service holds its people&apos;s data itself: Delete removes them there for good, and Usher keeps nothing of them to erase.</source>
        <translation>Een SCIM-dienst bewaart de gegevens van zijn mensen zelf: Verwijderen haalt ze daar voorgoed weg, en Usher bewaart niets van hen om te wissen.</translation>
    </message>
    <message>
        <source>A SCIM service is itself the directory its people come from: sync it from LDAP there.</source>
        <translation>Een SCIM-dienst is zelf de directory waar de personen vandaan komen: synchroniseer de dienst daar vanuit LDAP.</translation>
    </message>
</context>
<context>
    <name>usher::ScimServiceEditor</name>
    <message>
        <source>SCIM 2.0 service</source>
        <translation>SCIM 2.0-dienst</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Bearer-token:</translation>
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
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>Time-&amp;out:</source>
        <translation>Ti&amp;me-out:</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0-clientreferenties</translation>
    </message>
    <message>
        <source>https://idp.example.org/oauth2/token</source>
        <translation>https://idp.example.org/oauth2/token</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aanmeldwij&amp;ze:</translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation>Token&amp;adres:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>C&amp;lient-id:</translation>
    </message>
    <message>
        <source>None if left empty; some servers need one, e.g. api://usher/.default</source>
        <translation>Geen als u dit leeg laat; sommige servers hebben er een nodig, bijv. api://usher/.default</translation>
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
        <translation>Waar de dienst de Usher-rol van elke persoon bewaart. Laat leeg voor het standaardattribuut roles; noem voor een dienst zonder rollen een ander attribuut, zoals userType, of dat van een extensie met zijn volledige naam (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division).</translation>
    </message>
    <message>
        <source>&amp;Role attribute:</source>
        <translation>&amp;Rolattribuut:</translation>
    </message>
</context>
<context>
    <name>usher::SecretShownOnceDialog</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>&amp;Copy Again</source>
        <translation>Opnieuw &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Openen in &amp;browser</translation>
    </message>
</context>
<context>
    <name>usher::Session</name>
    <message>
        <source>Usher cannot connect to this kind of connection.</source>
        <translation>Usher kan met dit soort verbinding geen verbinding maken.</translation>
    </message>
</context>
<context>
    <name>usher::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Search box and table</source>
        <translation>Zoekveld en tabel</translation>
    </message>
    <message>
        <source>Clear the search; when it is empty, go to the table</source>
        <translation>Zoekopdracht wissen; is die leeg, naar de tabel gaan</translation>
    </message>
    <message>
        <source>Open the chosen person</source>
        <translation>Gekozen persoon openen</translation>
    </message>
    <message>
        <source>Choose more people</source>
        <translation>Meer personen kiezen</translation>
    </message>
    <message>
        <source>Shift+arrows, Ctrl+click</source>
        <translation>Shift+pijltjestoetsen, Ctrl+klik</translation>
    </message>
</context>
<context>
    <name>usher::SignInHelp</name>
    <message>
        <source>Called back on the number on file</source>
        <translation>Teruggebeld op het geregistreerde nummer</translation>
    </message>
    <message>
        <source>Confirmed by their manager</source>
        <translation>Bevestigd door de leidinggevende</translation>
    </message>
    <message>
        <source>In person, with an ID</source>
        <translation>Persoonlijk, met een identiteitsbewijs</translation>
    </message>
    <message>
        <source>Another way (say which)</source>
        <translation>Op een andere manier (geef aan hoe)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Say how you checked who is asking: callers pretending to be someone else are how accounts are taken over.</source>
        <translation>Geef aan hoe u hebt gecontroleerd wie er vraagt: accounts worden overgenomen doordat bellers zich voordoen als iemand anders.</translation>
    </message>
    <message>
        <source>Note: say how you checked who is asking.</source>
        <translation>Notitie: geef aan hoe u hebt gecontroleerd wie er vraagt.</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>Notitie: maximaal 500 tekens.</translation>
    </message>
    <message>
        <source>You cannot help yourself from here: change your own password by signing in, or ask a colleague.</source>
        <translation>U kunt uzelf hier niet helpen: wijzig uw eigen wachtwoord door u aan te melden, of vraag het een collega.</translation>
    </message>
    <message>
        <source>Only Admins may sign in as someone else.</source>
        <translation>Alleen beheerders mogen zich aanmelden als iemand anders.</translation>
    </message>
    <message>
        <source>You are already yourself.</source>
        <translation>U bent al uzelf.</translation>
    </message>
    <message>
        <source>Nobody signs in as an Admin: their rights are too wide to borrow.</source>
        <translation>Niemand meldt zich aan als een beheerder: die rechten zijn te ruim om te lenen.</translation>
    </message>
    <message>
        <source>Removed from this workspace on %1</source>
        <translation>Op %1 uit deze werkruimte verwijderd</translation>
    </message>
    <message>
        <source>Not a member of this workspace</source>
        <translation>Geen lid van deze werkruimte</translation>
    </message>
    <message>
        <source>Their account still exists (for their other workspaces), but it has no place here any more. Invite them again if they should be back.</source>
        <translation>Het account bestaat nog (voor de andere werkruimten van deze persoon), maar hoort hier niet meer bij. Nodig deze persoon opnieuw uit als die terug moet komen.</translation>
    </message>
    <message>
        <source>Invite Again…</source>
        <translation>Opnieuw uitnodigen…</translation>
    </message>
    <message>
        <source>Deleted on %1; restorable until %2</source>
        <translation>Verwijderd op %1; te herstellen tot %2</translation>
    </message>
    <message>
        <source>A deleted person cannot sign in. Restoring gives back their access as it was.</source>
        <translation>Een verwijderde persoon kan zich niet aanmelden. Door te herstellen krijgt deze persoon de toegang terug zoals die was.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Deleted; too long ago to restore</source>
        <translation>Verwijderd; te lang geleden om te herstellen</translation>
    </message>
    <message>
        <source>The account is about to be purged. Invite them again once it is gone.</source>
        <translation>Het account wordt binnenkort definitief verwijderd. Nodig deze persoon opnieuw uit zodra het weg is.</translation>
    </message>
    <message>
        <source>Disabled in this workspace</source>
        <translation>Uitgeschakeld in deze werkruimte</translation>
    </message>
    <message>
        <source>Disabled, and every seat is taken</source>
        <translation>Uitgeschakeld, en alle plaatsen zijn bezet</translation>
    </message>
    <message>
        <source>Someone disabled their access; their password still works once they are reactivated. Check why before reactivating (the Activity tab says who).</source>
        <translation>Iemand heeft de toegang van deze persoon uitgeschakeld; het wachtwoord werkt weer zodra de persoon weer is ingeschakeld. Ga na waarom voordat u weer inschakelt (het tabblad Activiteit laat zien wie).</translation>
    </message>
    <message>
        <source>Reactivating them needs a free seat: free one, or raise the seat limit.</source>
        <translation>Voor weer inschakelen is een vrije plaats nodig: maak er een vrij of verhoog de limiet van plaatsen.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Weer inschakelen</translation>
    </message>
    <message>
        <source>Invited, not accepted yet; the link works until %1</source>
        <translation>Uitgenodigd, nog niet geaccepteerd; de link werkt tot %1</translation>
    </message>
    <message>
        <source>They sign in once they have chosen a password with the link in their invitation. Lost the mail? Send a new link; the old one stops working.</source>
        <translation>Deze persoon kan zich aanmelden zodra er met de link in de uitnodiging een wachtwoord is gekozen. Is de mail kwijt? Stuur een nieuwe link; de oude werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Invitation expired on %1</source>
        <translation>Uitnodiging verlopen op %1</translation>
    </message>
    <message>
        <source>Invited, but the invitation no longer works</source>
        <translation>Uitgenodigd, maar de uitnodiging werkt niet meer</translation>
    </message>
    <message>
        <source>The link in their mail no longer works. Send a new one.</source>
        <translation>De link in de mail werkt niet meer. Stuur een nieuwe.</translation>
    </message>
    <message>
        <source>Resend Invitation</source>
        <translation>Uitnodiging opnieuw versturen</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n wrong password(s), until %1 (%2)</source>
        <translation>
            <numerusform>Vergrendeld na %n onjuist wachtwoord, tot %1 (%2)</numerusform>
            <numerusform>Vergrendeld na %n onjuiste wachtwoorden, tot %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every password they try before then is refused unchecked. Unlock if you are sure it is them; if they do not remember the password, send a reset instead.</source>
        <translation>Elk wachtwoord dat deze persoon vóór dat moment probeert, wordt zonder controle geweigerd. Ontgrendel als u zeker weet dat het om deze persoon gaat; weet die het wachtwoord niet meer, stuur dan liever een herstellink.</translation>
    </message>
    <message>
        <source>Unlock Sign-in</source>
        <translation>Aanmelden ontgrendelen</translation>
    </message>
    <message>
        <source>Has a temporary password, not changed yet</source>
        <translation>Heeft een tijdelijk wachtwoord, nog niet gewijzigd</translation>
    </message>
    <message>
        <source>They sign in with the temporary password they were given and then choose their own. Lost it? Send a reset link.</source>
        <translation>Deze persoon meldt zich aan met het gekregen tijdelijke wachtwoord en kiest daarna een eigen wachtwoord. Kwijt? Stuur een herstellink.</translation>
    </message>
    <message>
        <source>Send Reset Link</source>
        <translation>Herstellink versturen</translation>
    </message>
    <message>
        <source>No password: signs in through their organisation</source>
        <translation>Geen wachtwoord: meldt zich aan via de eigen organisatie</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Geen wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>They sign in with their organisation&apos;s account; problems there are for the team that runs it. A reset link gives them a password here too.</source>
        <translation>Deze persoon meldt zich aan met het account van de eigen organisatie; problemen daarmee zijn voor het team dat dat beheert. Met een herstellink krijgt deze persoon ook hier een wachtwoord.</translation>
    </message>
    <message>
        <source>They never chose a password (or never finished). A reset link lets them choose one.</source>
        <translation>Deze persoon heeft nooit een wachtwoord gekozen (of is nooit klaar gekomen). Met een herstellink kan dat alsnog.</translation>
    </message>
    <message>
        <source>Nothing wrong on our side; last signed in %1</source>
        <translation>Aan onze kant is er niets mis; laatst aangemeld %1</translation>
    </message>
    <message>
        <source>Nothing wrong on our side; never signed in yet</source>
        <translation>Aan onze kant is er niets mis; nog nooit aangemeld</translation>
    </message>
    <message>
        <source>Their account is active and can sign in. Check the address they type and the page they use.</source>
        <translation>Het account is actief; aanmelden is mogelijk. Controleer het adres dat deze persoon typt en de pagina die wordt gebruikt.</translation>
    </message>
    <message>
        <source>Their account is active; the wrong passwords below have not locked it. If they forgot the password, send a reset link.</source>
        <translation>Het account is actief; de onjuiste wachtwoorden hieronder hebben het niet vergrendeld. Is het wachtwoord vergeten, stuur dan een herstellink.</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>over %n seconde</numerusform>
            <numerusform>over %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>over %n minuut</numerusform>
            <numerusform>over %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>over %n uur</numerusform>
            <numerusform>over %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No password set; last signed in %1 another way</source>
        <translation>Geen wachtwoord ingesteld; laatst op een andere manier aangemeld %1</translation>
    </message>
    <message>
        <source>They have signed in without a password here (with a link or their organisation&apos;s account). A reset link lets them choose one.</source>
        <translation>Deze persoon heeft zich hier zonder wachtwoord aangemeld (met een link of het account van de organisatie). Met een herstellink kan de persoon er een kiezen.</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>onjuist wachtwoord</translation>
    </message>
    <message>
        <source>too soon after wrong passwords, not checked</source>
        <translation>te snel na onjuiste wachtwoorden, niet gecontroleerd</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account vergrendeld</translation>
    </message>
    <message>
        <source>temporary password, not changed yet</source>
        <translation>tijdelijk wachtwoord, nog niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>usher::SignupSettingsDialog</name>
    <message>
        <source>Reading the signup settings…</source>
        <translation>Registratie-instellingen worden gelezen…</translation>
    </message>
    <message>
        <source>&amp;Public signup: anyone may sign up on the registration page</source>
        <translation>&amp;Openbare registratie: iedereen mag zich registreren op de registratiepagina</translation>
    </message>
    <message>
        <source>&amp;Waitlist: hold signups for approval</source>
        <translation>&amp;Wachtlijst: registraties vasthouden tot ze zijn goedgekeurd</translation>
    </message>
    <message>
        <source>Signup Settings</source>
        <translation>Registratie-instellingen</translation>
    </message>
    <message>
        <source>People who sign up wait in the Waitlist until someone approves or rejects them.</source>
        <translation>Mensen die zich registreren, wachten op de wachtlijst tot iemand ze goedkeurt of afwijst.</translation>
    </message>
    <message>
        <source>example.org, example.net</source>
        <translation>example.org, example.net</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>Wie lid kan worden</translation>
    </message>
    <message>
        <source>Allowed &amp;domains:</source>
        <translation>Toegestane &amp;domeinen:</translation>
    </message>
    <message>
        <source>Only addresses at these domains may sign up or be invited. Empty: every domain.</source>
        <translation>Alleen adressen bij deze domeinen mogen zich registreren of worden uitgenodigd. Leeg: elk domein.</translation>
    </message>
    <message>
        <source>Default groups</source>
        <translation>Standaardgroepen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nieuwe leden</translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation>Standaard&amp;rol:</translation>
    </message>
    <message>
        <source>Default &amp;groups:</source>
        <translation>Standaard&amp;groepen:</translation>
    </message>
    <message>
        <source>Invitations &amp;expire after:</source>
        <translation>Uitnodigingen v&amp;erlopen na:</translation>
    </message>
    <message>
        <source>https://app.example.org/join</source>
        <translation>https://app.example.org/join</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Registrati&amp;on page:</source>
        <translation>Registratie&amp;pagina:</translation>
    </message>
    <message>
        <source>The web page where invited people choose their password. Links in the mails add ?invite=… to this address.</source>
        <translation>De webpagina waar genodigden hun wachtwoord kiezen. Links in de mails voegen ?invite=… aan dit adres toe.</translation>
    </message>
    <message>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>S&amp;ite key:</source>
        <translation>S&amp;itesleutel:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheime &amp;sleutel:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation>Deze werkruimte heeft nog geen groepen (zie de pagina Groepen).</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>The captcha keys cannot be read or stored: %1</source>
        <translation>De captchasleutels kunnen niet worden gelezen of opgeslagen: %1</translation>
    </message>
    <message>
        <source>Type a key to replace the saved one; an empty field leaves it as it is.</source>
        <translation>Typ een sleutel om de opgeslagen sleutel te vervangen; bij een leeg veld blijft deze ongewijzigd.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Sleutelhanger wordt gelezen…</translation>
    </message>
    <message>
        <source>The keys are kept in this computer&apos;s keychain, never in the database or a settings file.</source>
        <translation>De sleutels worden bewaard in de sleutelhanger van deze computer, nooit in de database of een instellingenbestand.</translation>
    </message>
    <message>
        <source>Captcha: enter the site key %1 gave you.</source>
        <translation>Captcha: voer de sitesleutel in die u van %1 hebt gekregen.</translation>
    </message>
    <message>
        <source>Captcha: enter the secret key %1 gave you.</source>
        <translation>Captcha: voer de geheime sleutel in die u van %1 hebt gekregen.</translation>
    </message>
    <message>
        <source>The signup settings were saved, but the captcha keys were not: %1</source>
        <translation>De registratie-instellingen zijn opgeslagen, maar de captchasleutels niet: %1</translation>
    </message>
    <message>
        <source>This is a placeholder nobody can open: enter your web product&apos;s registration page, or invitations lead nowhere.</source>
        <translation>Dit is een voorlopig adres dat niemand kan openen: vul de registratiepagina van uw webproduct in, anders leiden uitnodigingen nergens heen.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>How long a password reset link sent by the helpdesk or asked for with &quot;Forgot password?&quot; works. The link works once.</source>
        <translation>Hoe lang een herstellink werkt die door de helpdesk is verstuurd of via “Wachtwoord vergeten?” is aangevraagd. De link werkt één keer.</translation>
    </message>
    <message>
        <source>Password reset links expire &amp;after:</source>
        <translation>Herstellinks verlopen &amp;na:</translation>
    </message>
</context>
<context>
    <name>usher::SmtpClient</name>
    <message>
        <source>Security: without encryption, only a mail server on this computer (localhost) can be used; choose STARTTLS or TLS.</source>
        <translation>Beveiliging: zonder versleuteling kan alleen een mailserver op deze computer (localhost) worden gebruikt; kies STARTTLS of TLS.</translation>
    </message>
    <message>
        <source>No mail server or sender address is set up.</source>
        <translation>Er is geen mailserver of afzenderadres ingesteld.</translation>
    </message>
    <message>
        <source>Invalid sender address &quot;%1&quot;.</source>
        <translation>Ongeldig afzenderadres &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid recipient address &quot;%1&quot;.</source>
        <translation>Ongeldig adres van de ontvanger &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mail library (libcurl) could not be started.</source>
        <translation>De e-mailbibliotheek (libcurl) kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Out of memory while preparing the mail.</source>
        <translation>Onvoldoende geheugen bij het voorbereiden van de e-mail.</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 na %2 s</translation>
    </message>
</context>
<context>
    <name>usher::Source</name>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation>Directorysynchronisatie</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-import</translation>
    </message>
    <message>
        <source>Added by an admin</source>
        <translation>Toegevoegd door beheerder</translation>
    </message>
</context>
<context>
    <name>usher::SqliteFileEditor</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-bestand op deze computer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Usher databases (*.usher *.sqlite *.db);;All files (*)</source>
        <translation>Usher-databases (*.usher *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>“%1” does not exist yet; Usher will create it when you connect.</source>
        <translation>“%1” bestaat nog niet; Usher maakt het bestand aan zodra u verbinding maakt.</translation>
    </message>
</context>
<context>
    <name>usher::Status</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>usher::SyncCommand</name>
    <message>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <source>Sync as the member &lt;email&gt; (an Admin).</source>
        <translation>Synchroniseren als het lid &lt;email&gt; (een beheerder).</translation>
    </message>
    <message>
        <source>Say what the sync would change, and change nothing.</source>
        <translation>Melden wat de synchronisatie zou wijzigen, en niets wijzigen.</translation>
    </message>
    <message>
        <source>Let the sync disable up to &lt;count&gt; people even above the workspace&apos;s threshold (after a dry run showed who).</source>
        <translation>De synchronisatie tot &lt;count&gt; personen laten uitschakelen, ook boven de drempel van de werkruimte (nadat een proefrun heeft laten zien wie).</translation>
    </message>
    <message>
        <source>Use: usher sync [--dry-run] [--confirm-disables COUNT] [--as EMAIL].</source>
        <translation>Gebruik: usher sync [--dry-run] [--confirm-disables AANTAL] [--as E-MAIL].</translation>
    </message>
    <message>
        <source>--confirm-disables: give the number of people, such as 12.</source>
        <translation>--confirm-disables: geef het aantal personen op, zoals 12.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n person(s) and %1 group(s) from %2.</source>
        <translation>
            <numerusform>%n persoon en %1 groep(en) gelezen uit %2.</numerusform>
            <numerusform>%n personen en %1 groep(en) gelezen uit %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. After checking, run again with --confirm-disables %1 to go ahead.</source>
        <translation>Er is niets gewijzigd. Voer de opdracht na controle opnieuw uit met --confirm-disables %1 om door te gaan.</translation>
    </message>
    <message>
        <source>Would sync: %1.</source>
        <translation>Zou synchroniseren: %1.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Gesynchroniseerd: %1.</translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from: set one up in Usher (Workspace ▸ Directory Sync…).</source>
        <translation>Deze werkruimte heeft geen directory om vanuit te synchroniseren: stel er een in via Usher (Werkruimte ▸ Directorysynchronisatie…).</translation>
    </message>
    <message>
        <source>No password for %1 is saved in the keychain: set USHER_LDAP_PASSWORD, or save it in Usher&apos;s Directory Sync dialog.</source>
        <translation>Er is geen wachtwoord voor %1 opgeslagen in de sleutelhanger: stel USHER_LDAP_PASSWORD in, of sla het op in het venster “Directorysynchronisatie” van Usher.</translation>
    </message>
    <message>
        <source>Read only the entries changed since the last complete sync (faster; finds nobody who left: run without it now and then).</source>
        <translation>Alleen de items lezen die sinds de laatste volledige synchronisatie zijn gewijzigd (sneller; vindt niemand die is vertrokken: voer af en toe zonder deze optie uit).</translation>
    </message>
    <message>
        <source>No complete sync yet to read the changes since: reading the whole directory.</source>
        <translation>Nog geen volledige synchronisatie om de wijzigingen sindsdien te lezen: de hele directory wordt gelezen.</translation>
    </message>
    <message>
        <source>Reads the workspace&apos;s directory (set up in Usher: Workspace ▸ Directory Sync…) and syncs its people and groups: new people added, names and addresses followed, people who left disabled (never deleted). The changes are audited; a JSON report goes to standard output. The bind password comes from USHER_LDAP_PASSWORD (with USHER_LDAP_URL naming the directory it is for), else the keychain. Exit codes: 0 synced, 1 some people refused or skipped, or stopped to ask, 2 bad input, 3 no connection.</source>
        <translation>Leest de directory van de werkruimte (ingesteld in Usher: Werkruimte ▸ Directorysynchronisatie…) en synchroniseert de personen en groepen: nieuwe personen toegevoegd, namen en adressen bijgehouden, vertrokken personen uitgeschakeld (nooit verwijderd). De wijzigingen worden vastgelegd in het auditlogboek; een JSON-rapport gaat naar de standaarduitvoer. Het bind-wachtwoord komt uit USHER_LDAP_PASSWORD (met USHER_LDAP_URL voor de directory waarvoor het is), anders uit de sleutelbos. Afsluitcodes: 0 gesynchroniseerd, 1 sommige personen geweigerd of overgeslagen, of gestopt om te vragen, 2 ongeldige invoer, 3 geen verbinding.</translation>
    </message>
    <message>
        <source>USHER_LDAP_PASSWORD is sent only to the directory USHER_LDAP_URL names, over TLS; the workspace&apos;s directory is %1.</source>
        <translation>USHER_LDAP_PASSWORD wordt alleen via TLS naar de directory gestuurd die USHER_LDAP_URL noemt; de directory van de werkruimte is %1.</translation>
    </message>
</context>
<context>
    <name>usher::SyncOutcomeModel</name>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
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
        <translation>Synchronisatie toe&amp;passen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directorysynchronisatie</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Alleen wijzigingen</translation>
    </message>
    <message>
        <source>Refused and skipped</source>
        <translation>Geweigerd en overgeslagen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wordt gestopt…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Stopped before the directory was read to the end: nothing was changed.</source>
        <translation>Gestopt voordat de directory tot het einde was gelezen: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The directory could not be read: nothing was changed.</source>
        <translation>De directory kon niet worden gelezen: er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n person(s) with the workspace…</source>
        <translation>
            <numerusform>%n persoon wordt vergeleken met de werkruimte…</numerusform>
            <numerusform>%n personen worden vergeleken met de werkruimte…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync could not be planned: nothing was changed.</source>
        <translation>De synchronisatie kon niet worden gepland: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Vanuit %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped part way: %n person(s) or group(s) were not reached; what was done stays. Planned: %1.</source>
        <translation>
            <numerusform>Halverwege gestopt: %n persoon of groep is niet aan de beurt gekomen; wat gedaan is, blijft. Gepland: %1.</numerusform>
            <numerusform>Halverwege gestopt: %n personen of groepen zijn niet aan de beurt gekomen; wat gedaan is, blijft. Gepland: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Gesynchroniseerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n directory entr(y/ies) could not be read as people and were left out, such as: %1</source>
        <translation>
            <numerusform>%n vermelding in de directory kon niet als persoon worden gelezen en is weggelaten: %1</numerusform>
            <numerusform>%n vermeldingen in de directory konden niet als personen worden gelezen en zijn weggelaten, zoals: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have checked the directory: disable these %n people.</source>
        <translation>
            <numerusform>Ik heb de directory gecontroleerd: deze %n persoon uitschakelen.</numerusform>
            <numerusform>Ik heb de directory gecontroleerd: deze %n personen uitschakelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the changes listed here.</source>
        <translation>De hier vermelde wijzigingen toepassen.</translation>
    </message>
    <message>
        <source>Wait for the directory to be read and compared.</source>
        <translation>Wacht tot de directory is gelezen en vergeleken.</translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation>De directory kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Nothing to change: the workspace follows the directory.</source>
        <translation>Niets te wijzigen: de werkruimte volgt de directory al.</translation>
    </message>
    <message>
        <source>Tick that you checked the directory before disabling this many people.</source>
        <translation>Vink aan dat u de directory hebt gecontroleerd voordat u zoveel personen uitschakelt.</translation>
    </message>
    <message>
        <source>Apply Directory Sync</source>
        <translation>Directorysynchronisatie toepassen</translation>
    </message>
    <message>
        <source>Apply the sync from %1?</source>
        <translation>De synchronisatie vanuit %1 toepassen?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who left the directory will be disabled (never deleted): they can no longer sign in, and their sessions end.</source>
        <translation>
            <numerusform>%n persoon die niet meer in de directory staat, wordt uitgeschakeld (nooit verwijderd): aanmelden is dan niet meer mogelijk en lopende sessies worden beëindigd.</numerusform>
            <numerusform>%n personen die niet meer in de directory staan, worden uitgeschakeld (nooit verwijderd): aanmelden is dan niet meer mogelijk en lopende sessies worden beëindigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is recorded in the audit log.</source>
        <translation>Elke wijziging wordt vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Apply Sync</source>
        <translation>Synchronisatie toepassen</translation>
    </message>
    <message>
        <source>Applying the sync…</source>
        <translation>Synchronisatie wordt toegepast…</translation>
    </message>
    <message>
        <source>The sync was not applied: nothing was changed.</source>
        <translation>De synchronisatie is niet toegepast: er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: the workspace changed since the preview, and the sync would now disable %n people. Check again before confirming.</source>
        <translation>
            <numerusform>Niet toegepast: de werkruimte is sinds het voorbeeld gewijzigd, en de synchronisatie zou nu %n persoon uitschakelen. Controleer opnieuw voordat u bevestigt.</numerusform>
            <numerusform>Niet toegepast: de werkruimte is sinds het voorbeeld gewijzigd, en de synchronisatie zou nu %n personen uitschakelen. Controleer opnieuw voordat u bevestigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::TimeFormat</name>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in de toekomst</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n maand geleden</numerusform>
            <numerusform>%n maanden geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n jaar geleden</numerusform>
            <numerusform>%n jaar geleden</numerusform>
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
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>usher::UserDetailsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>Device and browser</source>
        <translation>Apparaat en browser</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Laatst actief</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Revoke &amp;All</source>
        <translation>&amp;Alle intrekken</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Select a user to see their details.</source>
        <translation>Selecteer een gebruiker om de details te bekijken.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected.</source>
        <translation>
            <numerusform>%n gebruiker geselecteerd.</numerusform>
            <numerusform>%n gebruikers geselecteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to restore</source>
        <translation>
            <numerusform>nog %n dag om te herstellen</numerusform>
            <numerusform>nog %n dagen om te herstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>someone no longer here</source>
        <translation>iemand die er niet meer is</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Groepen (%1)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Sign this person out everywhere</source>
        <translation>Deze persoon overal afmelden</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Geen actieve sessies.</translation>
    </message>
    <message>
        <source>Sign out of the chosen session</source>
        <translation>Afmelden uit de gekozen sessie</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Kies eerst een sessie.</translation>
    </message>
    <message>
        <source>Change names, email, picture or role</source>
        <translation>Namen, e-mail, foto of rol wijzigen</translation>
    </message>
    <message>
        <source>Sessions Not Revoked</source>
        <translation>Sessies niet ingetrokken</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <source>This workspace has no groups yet (see the Groups page).</source>
        <translation>Deze werkruimte heeft nog geen groepen (zie de pagina Groepen).</translation>
    </message>
    <message>
        <source>Grants no permissions.</source>
        <translation>Verleent geen rechten.</translation>
    </message>
    <message>
        <source>Grants: %1.</source>
        <translation>Verleent: %1.</translation>
    </message>
    <message>
        <source>Untick to take them out of the group.</source>
        <translation>Vink uit om deze persoon uit de groep te halen.</translation>
    </message>
    <message>
        <source>Tick to add them to the group.</source>
        <translation>Vink aan om deze persoon aan de groep toe te voegen.</translation>
    </message>
    <message>
        <source>Role (%1)</source>
        <translation>Rol (%1)</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Groep “%1”</translation>
    </message>
    <message>
        <source>No permissions: neither their role nor a group grants any.</source>
        <translation>Geen rechten: noch de rol, noch een groep verleent er een.</translation>
    </message>
    <message>
        <source>Permissions (%1)</source>
        <translation>Rechten (%1)</translation>
    </message>
    <message>
        <source>No activity shown: %1</source>
        <translation>Geen activiteit getoond: %1</translation>
    </message>
    <message>
        <source>&amp;Unlock Sign-in</source>
        <translation>Aanmelden &amp;ontgrendelen</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s): sign-in waits until %1</source>
        <translation>
            <numerusform>%n onjuist wachtwoord: aanmelden pas weer mogelijk vanaf %1</numerusform>
            <numerusform>%n onjuiste wachtwoorden: aanmelden pas weer mogelijk vanaf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget this person&apos;s wrong passwords, so their next sign-in is checked at once</source>
        <translation>De onjuiste wachtwoorden van deze persoon vergeten, zodat de volgende aanmelding direct wordt gecontroleerd</translation>
    </message>
    <message>
        <source>No wrong passwords since this person last signed in.</source>
        <translation>Geen onjuiste wachtwoorden sinds de laatste aanmelding van deze persoon.</translation>
    </message>
    <message>
        <source>Sign-in Not Unlocked</source>
        <translation>Aanmelden niet ontgrendeld</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>None open: invite them again to send a new link</source>
        <translation>Geen open: nodig opnieuw uit om een nieuwe link te sturen</translation>
    </message>
    <message>
        <source>Can be accepted until %1</source>
        <translation>Kan tot %1 worden aangenomen</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Verlopen op %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Removed for good after</source>
        <translation>Definitief weg na</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Recente aanmeldingen</translation>
    </message>
    <message>
        <source>Not signed in anywhere now.</source>
        <translation>Nu nergens aangemeld.</translation>
    </message>
    <message>
        <source>No sign-ins yet.</source>
        <translation>Nog geen aanmeldingen.</translation>
    </message>
    <message>
        <source>Nothing has been changed about this person yet.</source>
        <translation>Er is nog niets aan deze persoon gewijzigd.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Signed in now (%1)</source>
        <translation>Nu aangemeld (%1)</translation>
    </message>
    <message>
        <source>%1 is in “%2”.</source>
        <translation>%1 zit in “%2”.</translation>
    </message>
    <message>
        <source>%1 is no longer in “%2”.</source>
        <translation>%1 zit niet meer in “%2”.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Unlock sign-in for %1</source>
        <translation>Aanmelden ontgrendelen voor %1</translation>
    </message>
    <message>
        <source>Their next password is checked at once.</source>
        <translation>Het volgende wachtwoord wordt direct gecontroleerd.</translation>
    </message>
    <message>
        <source>&amp;Password Help…</source>
        <translation>&amp;Wachtwoordhulp…</translation>
    </message>
    <message>
        <source>Why they cannot sign in, a reset link or a temporary password, in the helpdesk panel</source>
        <translation>Waarom deze persoon zich niet kan aanmelden, een herstellink of een tijdelijk wachtwoord, in het helpdeskpaneel</translation>
    </message>
</context>
<context>
    <name>usher::UserEditDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation>Foto &amp;kiezen…</translation>
    </message>
    <message>
        <source>Re&amp;move Picture</source>
        <translation>Foto verwij&amp;deren</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>The picture is larger than 20 MB; choose a smaller file.</source>
        <translation>De foto is groter dan 20 MB; kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>“%1” is not a picture Usher can read (%2).</source>
        <translation>“%1” is geen afbeelding die Usher kan lezen (%2).</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>The profile was saved, but not the role: %1</source>
        <translation>Het profiel is opgeslagen, maar de rol niet: %1</translation>
    </message>
    <message>
        <source>Reloaded: this is the member as saved now. Make your change again.</source>
        <translation>Opnieuw geladen: dit is het lid zoals het nu is opgeslagen. Breng uw wijziging opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>usher::UserExport</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
</context>
<context>
    <name>usher::UserImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Would be invited</source>
        <translation>Zou uitgenodigd worden</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>Zou bijgewerkt worden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>%1 is deleted; restore them from the Deleted view before importing them.</source>
        <translation>%1 is verwijderd; zet deze persoon eerst terug vanuit de weergave Verwijderd.</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Naam: %1 → %2</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Rol: %1 → %2</translation>
    </message>
    <message>
        <source>There is no group “%1”; create it first, or let the import create the groups it names.</source>
        <translation>Er is geen groep “%1”; maak die eerst aan, of laat de import de genoemde groepen aanmaken.</translation>
    </message>
    <message>
        <source>There is no group “%1”, and it cannot be created for you: %2</source>
        <translation>Er is geen groep “%1”, en die kan niet voor u aangemaakt worden: %2</translation>
    </message>
    <message>
        <source>Joins the new group %1</source>
        <translation>Wordt lid van de nieuwe groep %1</translation>
    </message>
    <message>
        <source>Joins %1</source>
        <translation>Wordt lid van %1</translation>
    </message>
    <message>
        <source>Invited as %1</source>
        <translation>Uitgenodigd als %1</translation>
    </message>
    <message numerus="yes">
        <source>The file would invite %n new people, more than the free seats: %1</source>
        <translation>
            <numerusform>Het bestand zou %n nieuwe persoon uitnodigen, meer dan er vrije plaatsen zijn: %1</numerusform>
            <numerusform>Het bestand zou %n nieuwe personen uitnodigen, meer dan er vrije plaatsen zijn: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::UserList</name>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User name (an address)</source>
        <translation>Gebruikersnaam (een adres)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Password (never imported)</source>
        <translation>Wachtwoord (nooit geïmporteerd)</translation>
    </message>
    <message>
        <source>No column holds the email addresses. Choose the column that does.</source>
        <translation>Geen enkele kolom bevat de e-mailadressen. Kies de kolom waarin ze staan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the domain “%1” is not a valid domain name</source>
        <translation>het domein “%1” is geen geldige domeinnaam</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file</source>
        <translation>%1 staat al op regel %2 van dit bestand</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>de naam is langer dan 200 tekens</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>de naam bevat een stuurteken</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2</source>
        <translation>“%1” is geen rol; de rollen zijn %2</translation>
    </message>
    <message>
        <source>“%1” cannot be a group’s name (%2)</source>
        <translation>“%1” kan geen groepsnaam zijn (%2)</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Het bestand heeft geen kopregel met de namen van de kolommen.</translation>
    </message>
    <message numerus="yes">
        <source>the header names only %n column(s); the import refuses a row with more</source>
        <translation>
            <numerusform>de kopregel noemt maar %n kolom; de import weigert een rij met meer</numerusform>
            <numerusform>de kopregel noemt maar %n kolommen; de import weigert een rij met meer</numerusform>
        </translation>
    </message>
    <message>
        <source>this address is already in row %1</source>
        <translation>dit adres staat al in rij %1</translation>
    </message>
    <message>
        <source>“%1” is synced from a directory: people join it there, not by import (%2)</source>
        <translation>“%1” wordt gesynchroniseerd vanuit een directory: personen worden daar lid, niet via een import (%2)</translation>
    </message>
    <message>
        <source>%1 has no group “%2” (%3); the import creates it only when asked to</source>
        <translation>%1 heeft geen groep “%2” (%3); de import maakt deze alleen aan als u daarom vraagt</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n new people; free seats in %1: %2 (%3). The import refuses a list that does not fit.</source>
        <translation>
            <numerusform>De lijst bevat %n nieuwe persoon; vrije plaatsen in %1: %2 (%3). De import weigert een lijst die niet past.</numerusform>
            <numerusform>De lijst bevat %n nieuwe personen; vrije plaatsen in %1: %2 (%3). De import weigert een lijst die niet past.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1 from %2</source>
        <translation>stand van %1, uit %2</translation>
    </message>
</context>
<context>
    <name>usher::UserListModel</name>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Geïmporteerd als: %1</translation>
    </message>
    <message>
        <source>Not imported: Usher does not recognise this column’s name.</source>
        <translation>Niet geïmporteerd: Usher herkent de naam van deze kolom niet.</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Cel bewerken</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Kolom hernoemen</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n Row(s)</source>
        <translation>
            <numerusform>%n rij invoegen</numerusform>
            <numerusform>%n rijen invoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Row(s)</source>
        <translation>
            <numerusform>%n rij verwijderen</numerusform>
            <numerusform>%n rijen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert Column</source>
        <translation>Kolom invoegen</translation>
    </message>
    <message>
        <source>Delete Column “%1”</source>
        <translation>Kolom “%1” verwijderen</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sorteren op %1</translation>
    </message>
</context>
<context>
    <name>usher::UsersCommand</name>
    <message>
        <source>Writes the members of a workspace to a CSV file (or - for standard output): everyone, a saved view, or a search, in name order. The file comes back through usher csv import unchanged. Exit codes: 0 written, 1 stopped, 2 bad input, 3 no connection.</source>
        <translation>Schrijft de leden van een werkruimte naar een CSV-bestand (of - voor standaarduitvoer): iedereen, een opgeslagen weergave of een zoekopdracht, op naam gesorteerd. Het bestand komt ongewijzigd terug via usher csv import. Afsluitcodes: 0 geschreven, 1 gestopt, 2 onjuiste invoer, 3 geen verbinding.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>Het CSV-bestand om te schrijven, of - voor standaarduitvoer.</translation>
    </message>
    <message>
        <source>Only the people of the saved view &lt;view&gt;: %1.</source>
        <translation>Alleen de personen van de opgeslagen weergave &lt;view&gt;: %1.</translation>
    </message>
    <message>
        <source>Only the people whose name or email contains &lt;text&gt;.</source>
        <translation>Alleen de personen van wie naam of e-mail &lt;text&gt; bevat.</translation>
    </message>
    <message>
        <source>Only the people with role &lt;role&gt; (admin, manager, …).</source>
        <translation>Alleen de personen met rol &lt;role&gt; (admin, manager, …).</translation>
    </message>
    <message>
        <source>The columns to write, comma-separated (default: all): %1.</source>
        <translation>De kolommen om te schrijven, gescheiden door komma&apos;s (standaard: alle): %1.</translation>
    </message>
    <message>
        <source>Plain data for programs: no apostrophe before fields starting with = + - or @.</source>
        <translation>Kale gegevens voor programma&apos;s: geen apostrof vóór velden die met = + - of @ beginnen.</translation>
    </message>
    <message>
        <source>Use: usher users export FILE (or - for standard output).</source>
        <translation>Gebruik: usher users export BESTAND (of - voor standaarduitvoer).</translation>
    </message>
    <message>
        <source>Unknown view “%1”; the views are %2.</source>
        <translation>Onbekende weergave “%1”; de weergaven zijn %2.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Onbekende rol “%1”.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>Onbekende kolom “%1”; de kolommen zijn %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>%n persoon geëxporteerd naar %1.</numerusform>
            <numerusform>%n personen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standaarduitvoer</translation>
    </message>
</context>
<context>
    <name>usher::UsersModel</name>
    <message>
        <source>This person has never signed in.</source>
        <translation>Deze persoon heeft zich nog nooit aangemeld.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
</context>
<context>
    <name>usher::UsersView</name>
    <message>
        <source>Search by name or email</source>
        <translation>Zoeken op naam of e-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Gebruikers zoeken</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All except deleted</source>
        <translation>Alle behalve verwijderd</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Klik om te sorteren; klik met de rechtermuisknop om kolommen te kiezen</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Nog geen gebruikers</translation>
    </message>
    <message>
        <source>This workspace has no members. Invite people, or load sample data to explore Usher with a realistic organisation.</source>
        <translation>Deze werkruimte heeft geen leden. Nodig mensen uit, of laad voorbeeldgegevens om Usher te verkennen met een realistische organisatie.</translation>
    </message>
    <message>
        <source>Load Sample Data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>No matching users</source>
        <translation>Geen overeenkomende gebruikers</translation>
    </message>
    <message>
        <source>No one&apos;s name or email contains “%1”. Check the spelling or clear the filters.</source>
        <translation>Geen enkele naam of e-mail bevat “%1”. Controleer de spelling of wis de filters.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <source>Open an existing Usher database, or create a new one to start.</source>
        <translation>Open een bestaande Usher-database of maak een nieuwe aan om te beginnen.</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Nieuwe database…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>The name column cannot be hidden.</source>
        <translation>De naamkolom kan niet worden verborgen.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <source>The view “%1” chooses the status.</source>
        <translation>De weergave “%1” bepaalt de status.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Elke rol</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Elke herkomst</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Herkomst</translation>
    </message>
    <message>
        <source>&amp;Last seen</source>
        <translation>&amp;Laatst gezien</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Op elk moment</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In de afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In de afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Not in the last 90 days</source>
        <translation>Niet in de afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>Not in the last year</source>
        <translation>Niet in het afgelopen jaar</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Niets te tonen</translation>
    </message>
    <message>
        <source>No one is in “%1” right now.</source>
        <translation>Er staat momenteel niemand in “%1”.</translation>
    </message>
    <message>
        <source>Show All Users</source>
        <translation>Alle gebruikers tonen</translation>
    </message>
    <message>
        <source>No one matches these filters. Choose others or clear them.</source>
        <translation>Niemand voldoet aan deze filters. Kies andere filters of wis ze.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Elke groep</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no groups yet</source>
        <translation>Deze werkruimte heeft nog geen groepen</translation>
    </message>
    <message>
        <source>Filter by role, source, group and when people last signed in</source>
        <translation>Filteren op rol, herkomst, groep en laatste aanmelding</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Instroom</translation>
    </message>
    <message>
        <source>Invitations and waitlist</source>
        <translation>Uitnodigingen en wachtlijst</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Some selected rows are still loading; wait a moment.</source>
        <translation>Sommige geselecteerde rijen worden nog geladen; wacht even.</translation>
    </message>
    <message>
        <source>Checking who of the selected people this view still lists…</source>
        <translation>Controleren welke geselecteerde personen nog in deze weergave staan…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>The workspace&apos;s people</source>
        <translation>De mensen van de werkruimte</translation>
    </message>
    <message>
        <source>, search “%1”</source>
        <translation>, zoekopdracht “%1”</translation>
    </message>
    <message>
        <source>, filtered</source>
        <translation>, gefilterd</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailpaneel</translation>
    </message>
    <message>
        <source>Show or hide the selected person&apos;s details beside the table</source>
        <translation>De gegevens van de gekozen persoon naast de tabel tonen of verbergen</translation>
    </message>
    <message>
        <source>Right-click to choose columns.</source>
        <translation>Klik met de rechtermuisknop om kolommen te kiezen.</translation>
    </message>
    <message>
        <source>This connection has no such data.</source>
        <translation>Deze verbinding heeft deze gegevens niet.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchDocument</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>Click a problem to go to its row.</source>
        <translation>Klik op een probleem om naar de rij te gaan.</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Naamloos %1</translation>
    </message>
    <message>
        <source>%1 Choose UTF-8 in Save As, or change the cell.</source>
        <translation>%1 Kies UTF-8 bij “Opslaan als”, of wijzig de cel.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Geen problemen</translation>
    </message>
    <message numerus="yes">
        <source>Problems in %n row(s)</source>
        <translation>
            <numerusform>Problemen in %n rij</numerusform>
            <numerusform>Problemen in %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Rename a column (double-click its heading) so that Usher recognises it, for example “Email”.</source>
        <translation>%1 Hernoem een kolom (dubbelklik op de kolomkop) zodat Usher deze herkent, bijvoorbeeld naar “E-mail”.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · no problems</source>
        <translation>%1 · geen problemen</translation>
    </message>
    <message>
        <source>%1 · %2 in %3</source>
        <translation>%1 · %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> met BOM</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cellen wissen</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Omlaag doorvoeren</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Nieuwe kolom</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alles vervangen</translation>
    </message>
    <message numerus="yes">
        <source> · %n already member(s)</source>
        <translation>
            <numerusform> · %n al lid</numerusform>
            <numerusform> · %n al lid</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row passes the import’s checks. Problems show here as you type, and the import would refuse the rows they are in.</source>
        <translation>Elke rij doorstaat de controles van de import. Problemen verschijnen hier terwijl u typt; de import zou de rijen met problemen weigeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell beyond the last column and were left out; insert a column first to keep them.</source>
        <translation>
            <numerusform>%n geplakte cel viel buiten de laatste kolom en is weggelaten; voeg eerst een kolom in om deze te behouden.</numerusform>
            <numerusform>%n geplakte cellen vielen buiten de laatste kolom en zijn weggelaten; voeg eerst een kolom in om ze te behouden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>usher::WorkbenchWindow</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Save User List As</source>
        <translation>Gebruikerslijst opslaan als</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (spreadsheets then read accents right)</source>
        <translation>Beginnen met een byte-order mark (spreadsheets lezen accenten dan goed)</translation>
    </message>
    <message>
        <source>The list is saved as its file was unless you change these.</source>
        <translation>De lijst wordt opgeslagen in de opmaak van het bestand, tenzij u deze instellingen wijzigt.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Line breaks:</source>
        <translation>Regeleinden:</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>Kies een bestand om in op te slaan.</translation>
    </message>
    <message>
        <source>Prepare a list of people</source>
        <translation>Een lijst met personen voorbereiden</translation>
    </message>
    <message>
        <source>Open a CSV file, or start a new list. Usher checks every row as the import would, and saves the file as it was: no connection is needed.</source>
        <translation>Open een CSV-bestand of begin een nieuwe lijst. Usher controleert elke rij zoals de import dat zou doen en slaat het bestand op in de oorspronkelijke opmaak: er is geen verbinding nodig.</translation>
    </message>
    <message>
        <source>New User List</source>
        <translation>Nieuwe gebruikerslijst</translation>
    </message>
    <message>
        <source>Open CSV File…</source>
        <translation>CSV-bestand openen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New User List</source>
        <translation>&amp;Nieuwe gebruikerslijst</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open CSV File…</source>
        <translation>CSV-bestand &amp;openen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente lijsten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Import This List…</source>
        <translation>Deze lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>&amp;Close List</source>
        <translation>&amp;Lijst sluiten</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>&amp;Venster sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Cellen &amp;wissen</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Omlaag &amp;doorvoeren</translation>
    </message>
    <message>
        <source>Copy the top selected cell into the cells below it (Ctrl+D)</source>
        <translation>De bovenste geselecteerde cel kopiëren naar de cellen eronder (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Zoeken en vervangen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Rows and Columns</source>
        <translation>&amp;Rijen en kolommen</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Rij &amp;boven invoegen</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Rij &amp;onder invoegen</translation>
    </message>
    <message>
        <source>Insert Row</source>
        <translation>Rij invoegen</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Rijen ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-); Undo brings them back</source>
        <translation>De geselecteerde rijen verwijderen (Ctrl+-); met “Ongedaan maken” komen ze terug</translation>
    </message>
    <message>
        <source>Insert &amp;Column</source>
        <translation>&amp;Kolom invoegen</translation>
    </message>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Kolom &amp;hernoemen…</translation>
    </message>
    <message>
        <source>Delete C&amp;olumn</source>
        <translation>Kolom verwij&amp;deren</translation>
    </message>
    <message>
        <source>Sort A to &amp;Z by This Column</source>
        <translation>Op deze kolom sorteren van A naar &amp;Z</translation>
    </message>
    <message>
        <source>Sort Z to A by This Co&amp;lumn</source>
        <translation>Op deze kolom sorteren van Z naar &amp;A</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Volgende probleem</translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Geen enkele rij heeft een probleem.</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Volgende probleem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Vo&amp;rige probleem</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <source>Open a connection in Usher&apos;s main window to import a list.</source>
        <translation>Open een verbinding in het hoofdvenster van Usher om een lijst te importeren.</translation>
    </message>
    <message>
        <source>Open CSV File</source>
        <translation>CSV-bestand openen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n row(s) the import would refuse; they are listed beside the table.</source>
        <translation>
            <numerusform>Opgeslagen met %n rij die de import zou weigeren; deze staat naast de tabel vermeld.</numerusform>
            <numerusform>Opgeslagen met %n rijen die de import zou weigeren; ze staan naast de tabel vermeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save User List</source>
        <translation>Gebruikerslijst opslaan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>De wijzigingen in %1 opslaan voordat de lijst wordt gesloten?</translation>
    </message>
    <message>
        <source>If you don’t save, your changes since the last save are lost.</source>
        <translation>Als u niet opslaat, gaan uw wijzigingen sinds de laatste keer opslaan verloren.</translation>
    </message>
    <message>
        <source>Open or start a list first.</source>
        <translation>Open eerst een lijst of begin een nieuwe.</translation>
    </message>
    <message>
        <source>Check this list against the workspace and import it</source>
        <translation>Deze lijst in de werkruimte controleren en importeren</translation>
    </message>
    <message>
        <source>%1[*] — User List Workbench</source>
        <translation>%1[*] — Werkbank voor gebruikerslijsten</translation>
    </message>
    <message>
        <source>User List Workbench</source>
        <translation>Werkbank voor gebruikerslijsten</translation>
    </message>
    <message>
        <source>No recent lists</source>
        <translation>Geen recente lijsten</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Geschiedenis wissen</translation>
    </message>
    <message>
        <source>Rename Column</source>
        <translation>Kolom hernoemen</translation>
    </message>
    <message>
        <source>The column’s name (Usher recognises names such as Email, First name, Last name, Role and Groups):</source>
        <translation>Naam van de kolom (Usher herkent namen zoals E-mail, Voornaam, Achternaam, Rol en Groepen):</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Zoeken en vervangen</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <source>Whole cell only</source>
        <translation>Alleen hele cellen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Volgende zoeken</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No cell matches.</source>
        <translation>Geen overeenkomende cel gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s). Undo takes it back in one step.</source>
        <translation>
            <numerusform>Vervangen in %n cel. Met “Ongedaan maken” draait u dit in één stap terug.</numerusform>
            <numerusform>Vervangen in %n cellen. Met “Ongedaan maken” draait u dit in één stap terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Vervangen door:</translation>
    </message>
    <message>
        <source>Unsaved User Lists</source>
        <translation>Niet-opgeslagen gebruikerslijsten</translation>
    </message>
    <message numerus="yes">
        <source>Usher closed before %n user list(s) were saved. Open them again?</source>
        <translation>
            <numerusform>Usher is afgesloten voordat %n gebruikerslijst was opgeslagen. De lijst opnieuw openen?</numerusform>
            <numerusform>Usher is afgesloten voordat %n gebruikerslijsten waren opgeslagen. De lijsten opnieuw openen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept either way; the next start asks again.</source>
        <translation>Ze blijven hoe dan ook bewaard; bij de volgende start wordt het opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Niet nu</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) with unsaved changes opened again.</source>
        <translation>
            <numerusform>%n lijst met niet-opgeslagen wijzigingen opnieuw geopend.</numerusform>
            <numerusform>%n lijsten met niet-opgeslagen wijzigingen opnieuw geopend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against %1 %2 · &lt;a href=&quot;forget&quot;&gt;Forget&lt;/a&gt;</source>
        <translation>Gecontroleerd tegen %1, %2 · &lt;a href=&quot;forget&quot;&gt;Vergeten&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Checked by the file’s own rules</source>
        <translation>Alleen gecontroleerd met de regels van het bestand</translation>
    </message>
    <message>
        <source>Open a connection in Usher’s main window to check groups, members and seats too.</source>
        <translation>Open een verbinding in het hoofdvenster van Usher om ook groepen, leden en plaatsen te controleren.</translation>
    </message>
    <message>
        <source>Windows-1252 has no byte-order mark.</source>
        <translation>Windows-1252 kent geen byte-order mark.</translation>
    </message>
    <message>
        <source>Groups, members (kept as salted hashes, not as a list of addresses) and seats as Usher saw them then. Forget removes them from this computer.</source>
        <translation>Groepen, leden (bewaard als gezouten hashes, niet als lijst met adressen) en plaatsen zoals Usher ze toen zag. Vergeten verwijdert ze van deze computer.</translation>
    </message>
</context>
<context>
    <name>usher::sql::Migrator</name>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation>Het is een database van een andere toepassing, geen Usher-database.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>De schemaversie kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation>De database is geschreven door een nieuwere versie van Usher (schemaversie %1; deze versie ondersteunt tot en met %2). Werk Usher bij om de database te openen.</translation>
    </message>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>Het databaseschema kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>The database upgrade could not start.</source>
        <translation>De database-upgrade kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The database upgrade to version %1 (%2) failed; nothing was changed.</source>
        <translation>De upgrade van de database naar versie %1 (%2) is mislukt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database upgrade to version %1 could not be recorded.</source>
        <translation>De upgrade van de database naar versie %1 kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Whether this login may upgrade the database could not be checked.</source>
        <translation>Er kon niet worden gecontroleerd of deze databasegebruiker de database mag bijwerken.</translation>
    </message>
    <message>
        <source>This database holds no Usher tables yet, and the login “%1” may not create them. Connect once as its owner, the login “%2”, to set it up; Usher changed nothing.</source>
        <translation>Deze database bevat nog geen Usher-tabellen en de databasegebruiker “%1” mag die niet aanmaken. Maak één keer verbinding als de eigenaar, de databasegebruiker “%2”, om de database in te richten; Usher heeft niets gewijzigd.</translation>
    </message>
    <message>
        <source>This database&apos;s schema is at version %1 and this version of Usher needs version %2. Only its owner, the login “%3”, may upgrade it: connect once as “%3” with this version of Usher. The login “%4” changed nothing.</source>
        <translation>Het schema van deze database heeft versie %1 en deze versie van Usher heeft versie %2 nodig. Alleen de eigenaar, de databasegebruiker “%3”, mag het bijwerken: maak met deze versie van Usher één keer verbinding als “%3”. De databasegebruiker “%4” heeft niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>usher::sql::SqlBackend</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation>De database is vergrendeld door een ander programma; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>De database is alleen-lezen.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Het databasebestand is beschadigd.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>It cannot be read as a database; it may be damaged.</source>
        <translation>Het bestand kan niet als database worden gelezen; mogelijk is het beschadigd.</translation>
    </message>
    <message>
        <source>It is a SQLite database of another application, not an Usher database.</source>
        <translation>Het is een SQLite-database van een andere toepassing, geen Usher-database.</translation>
    </message>
    <message>
        <source>It was written by a newer version of Usher (schema version %1; this version understands up to %2). Update Usher to open it.</source>
        <translation>De database is geschreven door een nieuwere versie van Usher (schemaversie %1; deze versie ondersteunt tot en met %2). Werk Usher bij om de database te openen.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation>De database kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>The database has no workspace.</source>
        <translation>De database heeft geen werkruimte.</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>De lijst met gebruikers kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The users could not be counted.</source>
        <translation>De gebruikers konden niet worden geteld.</translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation>De voorbeeldgegevens konden niet worden toegevoegd.</translation>
    </message>
    <message>
        <source>The sample data could not be added; nothing was changed.</source>
        <translation>De voorbeeldgegevens konden niet worden toegevoegd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Het laden van voorbeeldgegevens is geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The sample data could not be saved.</source>
        <translation>De voorbeeldgegevens konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>De verbinding met de server is verbroken.</translation>
    </message>
    <message>
        <source>Another change got in the way; try again.</source>
        <translation>Een andere wijziging kwam ertussen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this.</source>
        <translation>De databasegebruiker heeft hiervoor niet de benodigde rechten.</translation>
    </message>
    <message>
        <source>The server is out of resources (disk or memory).</source>
        <translation>De server heeft onvoldoende middelen (schijfruimte of geheugen).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name “%2” or its password.</source>
        <translation>De server %1 heeft de gebruikersnaam “%2” of het bijbehorende wachtwoord geweigerd.</translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”.</source>
        <translation>De server %1 heeft geen database met de naam “%2”.</translation>
    </message>
    <message>
        <source>The server %1 could not be verified: its certificate is not signed by the CA in “%2” or not issued to “%3”.</source>
        <translation>De server %1 kon niet worden geverifieerd: het certificaat is niet ondertekend door de CA in “%2” of niet uitgegeven voor “%3”.</translation>
    </message>
    <message>
        <source>An encrypted connection to %1 could not be set up.</source>
        <translation>Er kon geen versleutelde verbinding met %1 worden opgezet.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>De server %1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The host name “%1” is unknown.</source>
        <translation>De hostnaam “%1” is onbekend.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check that it is running and that the host and port are right.</source>
        <translation>Kan de PostgreSQL-server op %1 niet bereiken. Controleer of de server actief is en of de host en poort juist zijn.</translation>
    </message>
    <message>
        <source>The workspaces could not be read.</source>
        <translation>De werkruimten konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The database has no workspace “%1”.</source>
        <translation>De database heeft geen werkruimte “%1”.</translation>
    </message>
    <message>
        <source>The groups could not be read.</source>
        <translation>De groepen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The role could not be changed.</source>
        <translation>De rol kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>You are not an active member of this workspace.</source>
        <translation>U bent geen actief lid van deze werkruimte.</translation>
    </message>
    <message>
        <source>This person is not a member of the workspace.</source>
        <translation>Deze persoon is geen lid van de werkruimte.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reload to see the change, then try again.</source>
        <translation>%1 is gewijzigd door %2 om %3 nadat u het opende. Laad opnieuw om de wijziging te zien en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>It is a database of another application, not an Usher database.</source>
        <translation>Het is een database van een andere toepassing, geen Usher-database.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>De schemaversie kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>#%1 (no longer exists)</source>
        <translation>#%1 (bestaat niet meer)</translation>
    </message>
    <message>
        <source>Usher</source>
        <translation>Usher</translation>
    </message>
    <message>
        <source>The member&apos;s details could not be read.</source>
        <translation>De gegevens van het lid konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>This person is no longer a member of the workspace.</source>
        <translation>Deze persoon is geen lid meer van de werkruimte.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Het auditlogboek kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot work in Usher.</source>
        <translation>%1 is %2 in deze werkruimte en kan niet met Usher werken.</translation>
    </message>
    <message>
        <source>%1 is a %2 here; Usher is for the people who look after the workspace&apos;s members.</source>
        <translation>%1 heeft hier de rol %2; Usher is bedoeld voor de mensen die de leden van de werkruimte beheren.</translation>
    </message>
    <message>
        <source>Your membership could not be looked up.</source>
        <translation>Uw lidmaatschap kon niet worden opgezocht.</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 is geen lid van deze werkruimte.</translation>
    </message>
    <message>
        <source>Password: use at least 12 characters; others will sign in to this shared database too.</source>
        <translation>Wachtwoord: gebruik minstens 12 tekens; ook anderen melden zich aan bij deze gedeelde database.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Het wachtwoord kon niet worden beveiligd.</translation>
    </message>
    <message>
        <source>The first Admin could not be set up.</source>
        <translation>De eerste beheerder kon niet worden ingesteld.</translation>
    </message>
    <message>
        <source>This workspace has an Admin already; ask them to add you.</source>
        <translation>Deze werkruimte heeft al een beheerder; vraag die om u toe te voegen.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Het e-mailadres of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>You could not be signed in.</source>
        <translation>U kon niet worden aangemeld.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The member could not be disabled.</source>
        <translation>Het lid kon niet worden uitgeschakeld.</translation>
    </message>
    <message>
        <source>The member could not be reactivated.</source>
        <translation>Het lid kon niet weer worden ingeschakeld.</translation>
    </message>
    <message>
        <source>The member could not be deleted.</source>
        <translation>Het lid kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The member could not be restored.</source>
        <translation>Het lid kon niet worden hersteld.</translation>
    </message>
    <message>
        <source>The member could not be removed from the workspace.</source>
        <translation>Het lid kon niet uit de werkruimte worden verwijderd.</translation>
    </message>
    <message>
        <source>The matching members could not be listed.</source>
        <translation>De overeenkomende leden konden niet worden weergegeven.</translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; reload and try again.</source>
        <translation>Iemand anders heeft %1 tegelijkertijd gewijzigd; laad opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Not changed: the change was stopped before reaching this person.</source>
        <translation>Niet gewijzigd: de wijziging is gestopt voordat deze persoon aan de beurt was.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>De database heeft een fout gemeld.</translation>
    </message>
    <message>
        <source>The member could not be created.</source>
        <translation>Het lid kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Email: %1 is already a member of this workspace (%2).</source>
        <translation>E-mail: %1 is al lid van deze werkruimte (%2).</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Het profiel kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Picture: at most 1 MB after scaling.</source>
        <translation>Foto: maximaal 1 MB na het schalen.</translation>
    </message>
    <message>
        <source>Email: %1 already belongs to another account.</source>
        <translation>E-mail: %1 hoort al bij een ander account.</translation>
    </message>
    <message>
        <source>The sessions could not be revoked.</source>
        <translation>De sessies konden niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>The expired deletions could not be looked up.</source>
        <translation>De leden van wie de herstelperiode is verlopen, konden niet worden opgezocht.</translation>
    </message>
    <message>
        <source>The expired deletions could not be purged.</source>
        <translation>De leden van wie de herstelperiode is verlopen, konden niet definitief worden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted more than %n day(s) ago.</source>
        <translation>
            <numerusform>Meer dan %n dag geleden verwijderd.</numerusform>
            <numerusform>Meer dan %n dagen geleden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group no longer exists; someone may have deleted it.</source>
        <translation>De groep bestaat niet meer; mogelijk heeft iemand deze verwijderd.</translation>
    </message>
    <message>
        <source>The group&apos;s members could not be read.</source>
        <translation>De leden van de groep konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>What the group&apos;s deletion would change could not be worked out.</source>
        <translation>Er kon niet worden bepaald wat het verwijderen van de groep zou veranderen.</translation>
    </message>
    <message>
        <source>The group could not be created.</source>
        <translation>De groep kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The group could not be changed.</source>
        <translation>De groep kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The group could not be deleted.</source>
        <translation>De groep kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The member could not be added to the group.</source>
        <translation>Het lid kon niet aan de groep worden toegevoegd.</translation>
    </message>
    <message>
        <source>The member could not be removed from the group.</source>
        <translation>Het lid kon niet uit de groep worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 is deleted; restore them before adding them to a group.</source>
        <translation>%1 is verwijderd; herstel deze persoon voordat u die aan een groep toevoegt.</translation>
    </message>
    <message>
        <source>Your membership could not be read.</source>
        <translation>Uw lidmaatschap kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Name: there is already a group called “%1”.</source>
        <translation>Naam: er bestaat al een groep met de naam “%1”.</translation>
    </message>
    <message>
        <source>The addresses could not be checked.</source>
        <translation>De adressen konden niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Addresses: enter at least one email address.</source>
        <translation>Adressen: voer minstens één e-mailadres in.</translation>
    </message>
    <message>
        <source>Addresses: invite at most %1 people at a time (this list has %2).</source>
        <translation>Adressen: nodig maximaal %1 mensen tegelijk uit (deze lijst bevat er %2).</translation>
    </message>
    <message>
        <source>The invitations could not be created.</source>
        <translation>De uitnodigingen konden niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Groups: one of the groups no longer exists.</source>
        <translation>Groepen: een van de groepen bestaat niet meer.</translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation>De uitnodigingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The invitations could not be sent again.</source>
        <translation>De uitnodigingen konden niet opnieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>This invitation is no longer open: it was accepted, cancelled or sent again.</source>
        <translation>Deze uitnodiging staat niet meer open: ze is geaccepteerd, ingetrokken of opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Replaced by a newer invitation.</source>
        <translation>Vervangen door een nieuwere uitnodiging.</translation>
    </message>
    <message>
        <source>The invitations could not be cancelled.</source>
        <translation>De uitnodigingen konden niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>The invitation was cancelled.</source>
        <translation>De uitnodiging is ingetrokken.</translation>
    </message>
    <message>
        <source>The invitation could not be read.</source>
        <translation>De uitnodiging kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The invitation could not be accepted.</source>
        <translation>De uitnodiging kon niet worden geaccepteerd.</translation>
    </message>
    <message>
        <source>This invitation is no longer pending in %1: the membership was changed by an administrator.</source>
        <translation>Deze uitnodiging staat in %1 niet meer open: het lidmaatschap is door een beheerder gewijzigd.</translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to join %2.</source>
        <translation>%1 heeft al een account: voer het wachtwoord van dat account in om lid te worden van %2.</translation>
    </message>
    <message>
        <source>The invitation was accepted.</source>
        <translation>De uitnodiging is geaccepteerd.</translation>
    </message>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Het postvak Uit kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The mail could not be taken from the outbox.</source>
        <translation>De mail kon niet uit het postvak Uit worden gehaald.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>The mail is no longer in the outbox.</source>
        <translation>De mail staat niet meer in het postvak Uit.</translation>
    </message>
    <message>
        <source>The outcome of the mail could not be recorded.</source>
        <translation>Het resultaat van de mail kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>The mail server gave no reason.</source>
        <translation>De mailserver heeft geen reden opgegeven.</translation>
    </message>
    <message>
        <source>The signup settings could not be read.</source>
        <translation>De registratie-instellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The signup settings could not be saved.</source>
        <translation>De registratie-instellingen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Default groups: one of the groups no longer exists.</source>
        <translation>Standaardgroepen: een van de groepen bestaat niet meer.</translation>
    </message>
    <message>
        <source>The waitlist could not be read.</source>
        <translation>De wachtlijst kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Email: %1.</source>
        <translation>E-mail: %1.</translation>
    </message>
    <message>
        <source>The signup could not be recorded.</source>
        <translation>De registratie kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>%1 does not keep a waitlist.</source>
        <translation>%1 heeft geen wachtlijst.</translation>
    </message>
    <message>
        <source>%1 takes signups only from %2.</source>
        <translation>%1 accepteert alleen registraties van %2.</translation>
    </message>
    <message>
        <source>%1 is already a member of %2.</source>
        <translation>%1 is al lid van %2.</translation>
    </message>
    <message>
        <source>%1 signed up before.</source>
        <translation>%1 heeft zich al eerder geregistreerd.</translation>
    </message>
    <message>
        <source>The signups could not be approved.</source>
        <translation>De registraties konden niet worden goedgekeurd.</translation>
    </message>
    <message>
        <source>The signups could not be rejected.</source>
        <translation>De registraties konden niet worden afgewezen.</translation>
    </message>
    <message>
        <source>This signup was decided already.</source>
        <translation>Over deze registratie is al beslist.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains now (%2); cancel the invitation instead.</source>
        <translation>%1 valt nu buiten de toegestane domeinen (%2); trek de uitnodiging in.</translation>
    </message>
    <message>
        <source>Resend it by mail instead: the link then goes only to the invited person.</source>
        <translation>Verstuur de uitnodiging liever opnieuw per e-mail: de link gaat dan alleen naar de uitgenodigde persoon.</translation>
    </message>
    <message>
        <source>The account&apos;s password changed just now; try again.</source>
        <translation>Het wachtwoord van het account is zojuist gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The invitation no longer exists.</source>
        <translation>De uitnodiging bestaat niet meer.</translation>
    </message>
    <message>
        <source>The person is no longer invited.</source>
        <translation>Deze persoon is niet meer uitgenodigd.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed domains.</source>
        <translation>%1 valt buiten de toegestane domeinen.</translation>
    </message>
    <message>
        <source>Default groups: %1</source>
        <translation>Standaardgroepen: %1</translation>
    </message>
    <message>
        <source>Signup&apos;s default groups: %1 Change them in Signup Settings.</source>
        <translation>Standaardgroepen voor registratie: %1 Wijzig ze in de registratie-instellingen.</translation>
    </message>
    <message>
        <source>Sample data goes only into a local SQLite file, never into a shared database.</source>
        <translation>Voorbeeldgegevens kunnen alleen in een lokaal SQLite-bestand worden geladen, nooit in een gedeelde database.</translation>
    </message>
    <message>
        <source>Sample data goes only into the workspace this file opened with.</source>
        <translation>Voorbeeldgegevens kunnen alleen worden geladen in de werkruimte waarmee dit bestand is geopend.</translation>
    </message>
    <message>
        <source>Only an active Admin of this workspace can load sample data.</source>
        <translation>Alleen een actieve beheerder van deze werkruimte kan voorbeeldgegevens laden.</translation>
    </message>
    <message numerus="yes">
        <source>Sample data goes only into a workspace with no members besides you; this one has %n other member(s).</source>
        <translation>
            <numerusform>Voorbeeldgegevens kunnen alleen worden geladen in een werkruimte zonder andere leden dan uzelf; deze heeft %n ander lid.</numerusform>
            <numerusform>Voorbeeldgegevens kunnen alleen worden geladen in een werkruimte zonder andere leden dan uzelf; deze heeft %n andere leden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample data was loaded into this workspace before; it is loaded only once.</source>
        <translation>Er zijn al eerder voorbeeldgegevens in deze werkruimte geladen; dat gebeurt maar één keer.</translation>
    </message>
    <message>
        <source>On a shared database you sign in with your email and password.</source>
        <translation>Bij een gedeelde database meldt u zich aan met uw e-mailadres en wachtwoord.</translation>
    </message>
    <message>
        <source>%1 already has an account: enter its password to become this workspace&apos;s Admin.</source>
        <translation>%1 heeft al een account: voer het wachtwoord van dat account in om beheerder van deze werkruimte te worden.</translation>
    </message>
    <message>
        <source>The mail server settings could not be read.</source>
        <translation>De instellingen van de mailserver konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The mail server settings could not be saved.</source>
        <translation>De instellingen van de mailserver konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The member was removed from the workspace.</source>
        <translation>Het lid is uit de werkruimte verwijderd.</translation>
    </message>
    <message>
        <source>The member was purged.</source>
        <translation>Het lid is definitief verwijderd.</translation>
    </message>
    <message>
        <source>This file contains a view, “%1”, that Usher did not create; it is not opened.</source>
        <translation>Dit bestand bevat een view, “%1”, die Usher niet heeft aangemaakt; het bestand wordt niet geopend.</translation>
    </message>
    <message>
        <source>This file contains a trigger, “%1”, that Usher did not create; it is not opened.</source>
        <translation>Dit bestand bevat een trigger, “%1”, die Usher niet heeft aangemaakt; het bestand wordt niet geopend.</translation>
    </message>
    <message>
        <source>Encryption can be off only for a server on this machine, and %1 is not (or could not be found); choose Encrypted and verified.</source>
        <translation>Versleuteling kan alleen uit staan voor een server op deze computer, en %1 is dat niet (of kon niet worden gevonden); kies “Versleuteld en geverifieerd”.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: try again in %n second(s), at %1. An Admin can unlock sign-in sooner.</source>
        <translation>
            <numerusform>Te veel onjuiste wachtwoorden voor dit account: probeer het over %n seconde opnieuw, om %1. Een beheerder kan het aanmelden eerder ontgrendelen.</numerusform>
            <numerusform>Te veel onjuiste wachtwoorden voor dit account: probeer het over %n seconden opnieuw, om %1. Een beheerder kan het aanmelden eerder ontgrendelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in could not be unlocked.</source>
        <translation>Het aanmelden kon niet worden ontgrendeld.</translation>
    </message>
    <message>
        <source>Picture: only PNG images are stored.</source>
        <translation>Foto: alleen PNG-afbeeldingen worden opgeslagen.</translation>
    </message>
    <message>
        <source>People are generated in bulk only into a SQLite file; a PostgreSQL database gets them copied from one.</source>
        <translation>Mensen worden alleen in bulk aangemaakt in een SQLite-bestand; een PostgreSQL-database krijgt ze daaruit gekopieerd.</translation>
    </message>
    <message>
        <source>The people could not be generated.</source>
        <translation>De mensen konden niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The people could not be generated; nothing was changed.</source>
        <translation>De mensen konden niet worden aangemaakt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Generating people was cancelled; nothing was added.</source>
        <translation>Het aanmaken van mensen is geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The invitations could not be counted.</source>
        <translation>De uitnodigingen konden niet worden geteld.</translation>
    </message>
    <message>
        <source>The list could not be imported.</source>
        <translation>De lijst kon niet geïmporteerd worden.</translation>
    </message>
    <message>
        <source>The list has no rows to import.</source>
        <translation>De lijst heeft geen rijen om te importeren.</translation>
    </message>
    <message>
        <source>Import at most %1 rows at a time (this list has %2).</source>
        <translation>Importeer hoogstens %1 rijen tegelijk (deze lijst heeft er %2).</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this row.</source>
        <translation>Niet geïmporteerd: de import werd vóór deze rij gestopt.</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped, and it imports all rows or none.</source>
        <translation>Niet geïmporteerd: de import werd gestopt, en hij importeert alle rijen of geen.</translation>
    </message>
    <message>
        <source>Not imported: line %1 was refused, and this import imports all rows or none.</source>
        <translation>Niet geïmporteerd: regel %1 werd geweigerd, en deze import importeert alle rijen of geen.</translation>
    </message>
    <message>
        <source>Not checked: the dry run was stopped before this row.</source>
        <translation>Niet gecontroleerd: de proefrun werd vóór deze rij gestopt.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Kies ten minste één kolom om te exporteren.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The members could not be read for the export.</source>
        <translation>De leden konden niet gelezen worden voor de export.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>De export werd gestopt; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1” kon niet opgeslagen worden: %2</translation>
    </message>
    <message>
        <source>This person has no open invitation (status: %1).</source>
        <translation>Deze persoon heeft geen openstaande uitnodiging (status: %1).</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Mijn organisatie</translation>
    </message>
    <message>
        <source>The new workspace could not be named.</source>
        <translation>De nieuwe werkruimte kon geen naam krijgen.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>Nieuw wachtwoord: %1</translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation>Nieuw wachtwoord: kies een wachtwoord dat verschilt van het huidige.</translation>
    </message>
    <message>
        <source>%1 is %2 in this workspace and cannot sign in.</source>
        <translation>%1 is %2 in deze werkruimte en kan zich niet aanmelden.</translation>
    </message>
    <message>
        <source>This is a temporary password: choose your own password to go on.</source>
        <translation>Dit is een tijdelijk wachtwoord: kies uw eigen wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>The reset link no longer exists.</source>
        <translation>De herstellink bestaat niet meer.</translation>
    </message>
    <message>
        <source>The reset link was used already.</source>
        <translation>De herstellink is al gebruikt.</translation>
    </message>
    <message>
        <source>A newer reset link or a temporary password replaced it.</source>
        <translation>Een nieuwere herstellink of een tijdelijk wachtwoord heeft de link vervangen.</translation>
    </message>
    <message>
        <source>The reset link expired before it could be sent.</source>
        <translation>De herstellink is verlopen voordat die kon worden verstuurd.</translation>
    </message>
    <message>
        <source>This link is not known: check that it was copied whole.</source>
        <translation>Deze link is onbekend: controleer of de hele link is gekopieerd.</translation>
    </message>
    <message>
        <source>%1 has not accepted their invitation yet: resend it instead; they choose their password with it.</source>
        <translation>%1 heeft de uitnodiging nog niet geaccepteerd: verstuur die in plaats daarvan opnieuw; daarmee kiest deze persoon een wachtwoord.</translation>
    </message>
    <message>
        <source>%1 is %2: their password cannot help them sign in until that changes.</source>
        <translation>%1 is %2: zolang dat zo blijft, helpt een wachtwoord niet om zich aan te melden.</translation>
    </message>
    <message>
        <source>This workspace has no mail server yet, so nothing can be mailed: copy the link instead and give it to %1 yourself.</source>
        <translation>Deze werkruimte heeft nog geen mailserver, dus er kan niets worden gemaild: kopieer in plaats daarvan de link en geef die zelf aan %1.</translation>
    </message>
    <message>
        <source>The password reset could not be sent.</source>
        <translation>De herstellink kon niet worden verstuurd.</translation>
    </message>
    <message>
        <source>The temporary password could not be set.</source>
        <translation>Het tijdelijke wachtwoord kon niet worden ingesteld.</translation>
    </message>
    <message>
        <source>No sign-in as this person could be issued.</source>
        <translation>Er kon geen aanmelding als deze persoon worden uitgegeven.</translation>
    </message>
    <message>
        <source>Reason: say why you need to see the product as this person.</source>
        <translation>Reden: geef aan waarom u het product als deze persoon moet zien.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be signed in as.</source>
        <translation>%1 is %2; u kunt zich niet als deze persoon aanmelden.</translation>
    </message>
    <message>
        <source>What stops this person from signing in could not be read.</source>
        <translation>Er kon niet worden gelezen wat deze persoon verhindert zich aan te melden.</translation>
    </message>
    <message>
        <source>Nobody with this address is or was a member of this workspace.</source>
        <translation>Niemand met dit adres is of was lid van deze werkruimte.</translation>
    </message>
    <message>
        <source>The password could not be reset.</source>
        <translation>Het wachtwoord kon niet worden hersteld.</translation>
    </message>
    <message>
        <source>This reset link was used already; each link works once. Ask for a new one.</source>
        <translation>Deze herstellink is al gebruikt; elke link werkt één keer. Vraag een nieuwe aan.</translation>
    </message>
    <message>
        <source>This reset link expired at %1. Ask for a new one.</source>
        <translation>Deze herstellink is om %1 verlopen. Vraag een nieuwe aan.</translation>
    </message>
    <message>
        <source>The sign-in could not be opened.</source>
        <translation>De aanmelding kon niet worden geopend.</translation>
    </message>
    <message>
        <source>This sign-in link was used or replaced already; each works once.</source>
        <translation>Deze aanmeldlink is al gebruikt of vervangen; elke link werkt één keer.</translation>
    </message>
    <message>
        <source>This sign-in link expired; ask for a new one.</source>
        <translation>Deze aanmeldlink is verlopen; vraag een nieuwe aan.</translation>
    </message>
    <message>
        <source>Whoever issued this sign-in link is no longer an active Admin.</source>
        <translation>Wie deze aanmeldlink heeft uitgegeven, is geen actieve beheerder meer.</translation>
    </message>
    <message>
        <source>The person is no longer active in this workspace.</source>
        <translation>De persoon is niet meer actief in deze werkruimte.</translation>
    </message>
    <message>
        <source>The reset link could not be requested.</source>
        <translation>De herstellink kon niet worden aangevraagd.</translation>
    </message>
    <message>
        <source>This workspace sends no mail, so no reset link can reach you. Ask an Admin or the helpdesk for a temporary password.</source>
        <translation>Deze werkruimte verstuurt geen mail, dus er kan u geen herstellink bereiken. Vraag een beheerder of de helpdesk om een tijdelijk wachtwoord.</translation>
    </message>
    <message>
        <source>Link: paste the whole link from your mail (it contains &quot;invite=&quot; or &quot;reset=&quot;).</source>
        <translation>Link: plak de hele link uit uw mail (die bevat “invite=” of “reset=”).</translation>
    </message>
    <message>
        <source>This temporary password no longer works (it expired, or a newer one or a reset link replaced it). Ask for a new one.</source>
        <translation>Dit tijdelijke wachtwoord werkt niet meer (het is verlopen, of een nieuwer wachtwoord of een herstellink heeft het vervangen). Vraag om een nieuw.</translation>
    </message>
    <message>
        <source>This no longer works: whoever gave it may no longer help this account&apos;s password. Ask for a new one.</source>
        <translation>Dit werkt niet meer: wie het heeft gegeven, mag niet meer helpen met het wachtwoord van dit account. Vraag om een nieuwe.</translation>
    </message>
    <message>
        <source>Your new password is set, but you cannot work in Usher here: %1</source>
        <translation>Uw nieuwe wachtwoord is ingesteld, maar u kunt hier niet in Usher werken: %1</translation>
    </message>
    <message>
        <source>This reset link was withdrawn: a newer link, a temporary password or a change of address replaced it. Use the newest, or ask for a new one.</source>
        <translation>Deze herstellink is ingetrokken: een nieuwere link, een tijdelijk wachtwoord of een adreswijziging heeft hem vervangen. Gebruik de nieuwste, of vraag om een nieuwe.</translation>
    </message>
    <message>
        <source>erased person %1</source>
        <translation>gewiste persoon %1</translation>
    </message>
    <message>
        <source>This person is no longer there; reload the list.</source>
        <translation>Deze persoon is er niet meer; laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>What an erasure would remove could not be read.</source>
        <translation>Wat een wissing zou verwijderen kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The personal data could not be erased.</source>
        <translation>De persoonsgegevens konden niet worden gewist.</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Gestopt; er is geen bestand geschreven.</translation>
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
        <translation>Alles wat Usher over %1 bewaart, geëxporteerd op %2 op diens verzoek.

profile.json      Het profiel (nooit het wachtwoord: alleen of er een is), en het lidmaatschap van elke
                  opgenomen werkruimte: rol, status, hoe de persoon lid werd, wanneer laatst gezien,
                  de groepen, en elke bevoegdheid daar met wat die verleent.
picture.png       De foto, als die er is.
sessions.csv      De aanmeldsessies: apparaat, browser, IP-adres, plaats, wanneer.
sign-ins.csv      Elke geregistreerde aanmeldpoging: wanneer, of die lukte en waarom niet, vanwaar.
invitations.csv   De uitnodigingen aan deze persoon of dit adres.
mails.csv         De e-mails die Usher stuurde of stuurt (links daarin worden nooit bewaard).
waitlist.csv      De aanvragen om lid te worden via aanmelden, en wat werd besloten.
audit.csv         De gebeurtenissen in het auditlogboek over en door deze persoon, met namen zoals ze toen waren.

Opgenomen werkruimten: %3. Weggelaten werkruimten (waar wie exporteerde niet mag kijken): %4.
Tijden zijn in UTC (ISO 8601). CSV-bestanden zijn UTF-8, gescheiden door komma&apos;s.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The personal data could not be exported.</source>
        <translation>De persoonsgegevens konden niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Has an account already (another workspace): keeps its name.</source>
        <translation>Heeft al een account (andere werkruimte): behoudt de eigen naam.</translation>
    </message>
    <message>
        <source>Name and address not changed: %1</source>
        <translation>Naam en adres niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>The directory&apos;s address %1 is another account&apos;s.</source>
        <translation>Het adres %1 uit de directory hoort bij een ander account.</translation>
    </message>
    <message>
        <source>Directory sync</source>
        <translation>Directorysynchronisatie</translation>
    </message>
    <message>
        <source>Left the directory (directory sync)</source>
        <translation>Niet meer in de directory (directorysynchronisatie)</translation>
    </message>
    <message>
        <source>Back in the directory (directory sync)</source>
        <translation>Terug in de directory (directorysynchronisatie)</translation>
    </message>
    <message>
        <source>Not reached: the sync was stopped first.</source>
        <translation>Niet aan de beurt gekomen: de synchronisatie werd eerder gestopt.</translation>
    </message>
    <message>
        <source>The directory settings could not be read.</source>
        <translation>De directory-instellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The directory settings could not be saved.</source>
        <translation>De directory-instellingen konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The directory sync could not be applied.</source>
        <translation>De directorysynchronisatie kon niet worden toegepast.</translation>
    </message>
    <message>
        <source>This workspace has no directory to sync from; set one up first.</source>
        <translation>Deze werkruimte heeft geen directory om vanuit te synchroniseren; stel er eerst een in.</translation>
    </message>
    <message>
        <source>Stopped part way: %1</source>
        <translation>Halverwege gestopt: %1</translation>
    </message>
    <message>
        <source>The directory settings were changed since the directory was read; read it again before syncing.</source>
        <translation>De directory-instellingen zijn gewijzigd nadat de directory werd gelezen; lees deze opnieuw voordat u synchroniseert.</translation>
    </message>
</context>
<context>
    <name>usher::sql::SqliteFile</name>
    <message>
        <source>Its folder does not exist and cannot be created.</source>
        <translation>De bijbehorende map bestaat niet en kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Its folder is read-only, so a new database cannot be created there.</source>
        <translation>De bijbehorende map is alleen-lezen, dus daar kan geen nieuwe database worden aangemaakt.</translation>
    </message>
    <message>
        <source>It is a folder, not a database file.</source>
        <translation>Het is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Het bestand kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>It is not a SQLite database (the file does not start with a SQLite header).</source>
        <translation>Het is geen SQLite-database (het bestand begint niet met een SQLite-header).</translation>
    </message>
    <message>
        <source>It is damaged: its header gives an impossible page size (%1).</source>
        <translation>Het bestand is beschadigd: de header vermeldt een onmogelijke paginagrootte (%1).</translation>
    </message>
    <message>
        <source>It is truncated: it should hold %1 bytes but holds only %2.</source>
        <translation>Het bestand is afgekapt: het zou %1 bytes moeten bevatten, maar bevat er slechts %2.</translation>
    </message>
    <message>
        <source>It is truncated or damaged: its size is not a whole number of pages.</source>
        <translation>Het bestand is afgekapt of beschadigd: de grootte is geen geheel aantal pagina&apos;s.</translation>
    </message>
    <message>
        <source>The file is read-only. Usher needs to write to its database.</source>
        <translation>Het bestand is alleen-lezen. Usher moet naar zijn database kunnen schrijven.</translation>
    </message>
    <message>
        <source>Its folder is read-only. Usher needs to write a journal file beside the database.</source>
        <translation>De bijbehorende map is alleen-lezen. Usher moet naast de database een journaalbestand kunnen schrijven.</translation>
    </message>
</context>
</TS>
