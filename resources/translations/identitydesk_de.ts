<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcronisBackend</name>
    <message>
        <location filename="../../services/acronis/AcronisBackend.cpp" line="+29"/>
        <source>Acronis account management v2</source>
        <translation>Acronis account management v2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If the user has activated the account, Acronis mails a confirmation link to the current address and the address changes only once the user opens it; otherwise it changes at once.</source>
        <translation>Hat der Benutzer sein Konto bereits aktiviert, sendet Acronis einen Bestätigungslink an die bisherige Adresse, und die Adresse ändert sich erst, wenn der Benutzer den Link öffnet; andernfalls ändert sie sich sofort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has not activated the account yet, so the address changes at once.</source>
        <translation>%1 hat das Konto noch nicht aktiviert; die Adresse ändert sich daher sofort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has activated the account: Acronis mails a confirmation link to the current address (%2), and the address changes only once the user opens it.</source>
        <translation>%1 hat das Konto bereits aktiviert: Acronis sendet einen Bestätigungslink an die bisherige Adresse (%2), und die Adresse ändert sich erst, wenn der Benutzer ihn öffnet.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The profile has no Acronis tenant id; enter the id of the tenant whose users to list.</source>
        <translation>Im Profil fehlt die Acronis-Mandanten-ID; tragen Sie die ID des Mandanten ein, dessen Benutzer aufgelistet werden sollen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile&apos;s tenant id &quot;%1&quot; is not an Acronis tenant id (Acronis ids are UUIDs).</source>
        <translation>Die Mandanten-ID „%1“ im Profil ist keine Acronis-Mandanten-ID (Acronis-IDs sind UUIDs).</translation>
    </message>
    <message>
        <location filename="../../services/acronis/AcronisEmailChange.cpp" line="+42"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acronis cannot mark an address as verified from IdentityDesk; the user confirms it by mail.</source>
        <translation>Über IdentityDesk kann eine Adresse bei Acronis nicht als bestätigt markiert werden; der Benutzer bestätigt sie per E-Mail.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone changed this user after you opened it (email is now %1); reload and try again.</source>
        <translation>Jemand hat diesen Benutzer geändert, nachdem Sie ihn geöffnet haben (die E-Mail-Adresse lautet jetzt %1); laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already is this user&apos;s address.</source>
        <translation>%1 ist bereits die Adresse dieses Benutzers.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>email is now %1</source>
        <translation>E-Mail-Adresse lautet jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name is now %1</source>
        <translation>Name lautet jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login is now %1</source>
        <translation>Anmeldename lautet jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status is now &quot;%1&quot;</source>
        <translation>Status ist jetzt „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is now %2</source>
        <translation>Version ist jetzt %2 statt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed this user meanwhile (%1); reload and try again.</source>
        <translation>Jemand hat diesen Benutzer inzwischen geändert (%1); laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../services/acronis/AcronisBackend.cpp" line="+112"/>
        <source>Not an Acronis tenant id.</source>
        <translation>Keine Acronis-Mandanten-ID.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An activation mail was sent to %1.</source>
        <translation>Eine Aktivierungs-E-Mail wurde an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>AcronisConnection</name>
    <message>
        <location filename="../../services/acronis/AcronisConnection.cpp" line="+51"/>
        <source>an API key</source>
        <translation>einem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a personal access token</source>
        <translation>einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a pasted session token</source>
        <translation>einem eingefügten Sitzungstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acronis profiles sign in with the client id and secret of an API client; signing in with %1 is not supported.</source>
        <translation>Acronis-Profile melden sich mit der Client-ID und dem Client-Secret eines API-Clients an; die Anmeldung mit %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile has no valid Acronis data-center URL (such as https://eu2-cloud.acronis.com).</source>
        <translation>Im Profil fehlt eine gültige Acronis-Rechenzentrums-URL (zum Beispiel https://eu2-cloud.acronis.com).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile has no API client id for Acronis.</source>
        <translation>Im Profil fehlt die Client-ID des Acronis-API-Clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no API client secret for Acronis.</source>
        <translation>Im Profil fehlt das Client-Secret des Acronis-API-Clients.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No user was given.</source>
        <translation>Es wurde kein Benutzer angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an Acronis user id (Acronis ids are UUIDs).</source>
        <translation>„%1“ ist keine Acronis-Benutzer-ID (Acronis-IDs sind UUIDs).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the application closed its network access</source>
        <translation>die Anwendung hat ihren Netzwerkzugriff beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Acronis asks to wait %n second(s); trying again then.</source>
        <translation>
            <numerusform>Acronis bittet um %n Sekunde Wartezeit; danach wird die Anfrage wiederholt.</numerusform>
            <numerusform>Acronis bittet um %n Sekunden Wartezeit; danach wird die Anfrage wiederholt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AcronisErrorMapper</name>
    <message>
        <location filename="../../services/acronis/AcronisErrorMapper.cpp" line="+80"/>
        <location line="+130"/>
        <source>%1 Acronis says: %2</source>
        <translation>%1 Meldung von Acronis: %2</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Someone changed this user meanwhile; reload and try again.</source>
        <translation>Jemand hat diesen Benutzer inzwischen geändert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address is already used by another account.</source>
        <translation>Diese Adresse wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis reports a conflict with another object.</source>
        <translation>Acronis meldet einen Konflikt mit einem anderen Objekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acronis does not accept this address.</source>
        <translation>Acronis akzeptiert diese Adresse nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronis does not accept this address: %1</source>
        <translation>Acronis akzeptiert diese Adresse nicht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis refused the request as invalid.</source>
        <translation>Acronis hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronis did not accept the sign-in of this API client. Check the profile&apos;s client id and secret.</source>
        <translation>Acronis hat die Anmeldung dieses API-Clients nicht akzeptiert. Prüfen Sie Client-ID und Client-Secret im Profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This API client may not change users in Acronis (it needs the company or unit administrator role).</source>
        <translation>Dieser API-Client darf in Acronis keine Benutzer ändern (dafür braucht er die Rolle Unternehmensadministrator oder Einheitenadministrator).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API client may not send activation mails in Acronis (it needs the user administrator role).</source>
        <translation>Dieser API-Client darf in Acronis keine Aktivierungs-E-Mails senden (dafür braucht er die Rolle Benutzeradministrator).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API client may not list the users of this tenant in Acronis.</source>
        <translation>Dieser API-Client darf in Acronis die Benutzer dieses Mandanten nicht auflisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API client may not read this user in Acronis.</source>
        <translation>Dieser API-Client darf diesen Benutzer in Acronis nicht abrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This API client lacks the rights for this action in Acronis.</source>
        <translation>Diesem API-Client fehlen in Acronis die Rechte für diese Aktion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acronis has no tenant with the profile&apos;s tenant id, or this API client cannot see it. Check the profile.</source>
        <translation>Acronis kennt keinen Mandanten mit der Mandanten-ID aus dem Profil, oder dieser API-Client kann ihn nicht sehen. Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user does not exist in Acronis (any more).</source>
        <translation>Diesen Benutzer gibt es in Acronis nicht (mehr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acronis does not know this address. Check the profile&apos;s data-center URL.</source>
        <translation>Acronis kennt diese Webadresse nicht. Prüfen Sie die Rechenzentrums-URL im Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acronis does not offer this operation at this address (HTTP 405). Check the profile&apos;s data-center URL.</source>
        <translation>Acronis bietet diese Aktion unter dieser Webadresse nicht an (HTTP 405). Prüfen Sie die Rechenzentrums-URL im Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis does not accept the format IdentityDesk sent (HTTP 415); this Acronis version may need a newer IdentityDesk.</source>
        <translation>Acronis akzeptiert das von IdentityDesk gesendete Format nicht (HTTP 415); für diese Acronis-Version ist möglicherweise eine neuere Version von IdentityDesk nötig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis received too many requests; wait a moment and try again.</source>
        <translation>Acronis hat zu viele Anfragen erhalten; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acronis failed to handle the request (HTTP %1); try again in a minute.</source>
        <translation>Acronis konnte die Anfrage nicht verarbeiten (HTTP %1); versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no Acronis sign-in service at this address. Check the profile&apos;s data-center URL.</source>
        <translation>Unter dieser Webadresse gibt es keinen Acronis-Anmeldedienst. Prüfen Sie die Rechenzentrums-URL im Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acronis does not grant this API client the access it asks for.</source>
        <translation>Acronis gewährt diesem API-Client den angeforderten Zugriff nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acronis asks for a two-factor code, which an API client cannot give. Use the id and secret of an API client, not a user account.</source>
        <translation>Acronis verlangt einen Zwei-Faktor-Code, den ein API-Client nicht liefern kann. Verwenden Sie Client-ID und Client-Secret eines API-Clients, nicht die Zugangsdaten eines Benutzerkontos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis rejected the API client id or secret.</source>
        <translation>Acronis hat die Client-ID oder das Client-Secret des API-Clients abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronis refused the sign-in of the API client (%1).</source>
        <translation>Acronis hat die Anmeldung des API-Clients abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This user has already activated the account, so there is no activation mail to send.</source>
        <translation>Dieser Benutzer hat sein Konto bereits aktiviert, daher kann keine Aktivierungs-E-Mail gesendet werden.</translation>
    </message>
</context>
<context>
    <name>AcronisListings</name>
    <message>
        <location filename="../../services/acronis/AcronisListings.cpp" line="+33"/>
        <source>field &quot;items[%1]&quot; should be a user id (a UUID)</source>
        <translation>Feld &quot;items[%1]&quot; sollte eine Benutzer-ID (eine UUID) sein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The page token &quot;%1&quot; does not belong to an Acronis user list; load the list from the start.</source>
        <translation>Das Seitentoken „%1“ gehört zu keiner Acronis-Benutzerliste; laden Sie die Liste von Anfang an neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Acronis user list was replaced by newer ones; load the list from the start.</source>
        <translation>Diese Acronis-Benutzerliste wurde inzwischen durch neuere ersetzt; laden Sie die Liste von Anfang an neu.</translation>
    </message>
</context>
<context>
    <name>AcronisTokenEndpoint</name>
    <message>
        <location filename="../../services/acronis/AcronisTokenEndpoint.cpp" line="+40"/>
        <source>field &quot;access_token&quot; is empty</source>
        <translation>Feld &quot;access_token&quot; ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;token_type&quot; is &quot;%1&quot;, but only bearer tokens are supported</source>
        <translation>Feld &quot;token_type&quot; ist &quot;%1&quot;, unterstützt werden aber nur Bearer-Token</translation>
    </message>
</context>
<context>
    <name>AppTranslation</name>
    <message>
        <location filename="../../app/i18n/AppTranslation.cpp" line="+61"/>
        <source>“%1” is not a language name (for example de or en); showing English. Languages: %2.</source>
        <translation>„%1“ ist kein Sprachname (zum Beispiel de oder en); die Anzeige bleibt Englisch. Sprachen: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IdentityDesk has no %1 translation; showing English. Languages: %2.</source>
        <translation>Für %1 gibt es keine Übersetzung von IdentityDesk; die Anzeige bleibt Englisch. Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/BulkActions.cpp" line="+27"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the addresses a CSV file lists, after a review</source>
        <translation>Die in einer CSV-Datei aufgeführten Adressen nach einer Prüfung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Domain…</source>
        <translation>&amp;Domain umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move every address at one domain to another, after a review</source>
        <translation>Alle Adressen einer Domain nach einer Prüfung auf eine andere Domain umstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change E&amp;mails of Selected Users…</source>
        <translation>E-Mail-&amp;Adressen der ausgewählten Benutzer ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the addresses of the selected users, after a review</source>
        <translation>Die Adressen der ausgewählten Benutzer nach einer Prüfung ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bulk</source>
        <translation>&amp;Massenänderungen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The bulk change %1 cannot be resumed here.</source>
        <translation>Die Massenänderung %1 kann hier nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>BulkApplier</name>
    <message>
        <location filename="../../services/bulk/BulkApplier.cpp" line="+145"/>
        <source>Done by an earlier run of this job.</source>
        <translation>Von einem früheren Lauf dieses Auftrags erledigt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+54"/>
        <location line="+17"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor die Änderung gesendet wurde.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The connection is gone.</source>
        <translation>Die Verbindung besteht nicht mehr.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the user failed: %1</source>
        <translation>Der Benutzer konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The earlier run&apos;s answer never came; reading the user shows the change went through.</source>
        <translation>Die Antwort auf den früheren Lauf kam nie an; der Abruf des Benutzers zeigt, dass die Änderung durchgeführt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user already has the new address.</source>
        <translation>Der Benutzer hat bereits die neue Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new address already waits for confirmation; not sent again.</source>
        <translation>Die neue Adresse wartet bereits auf Bestätigung; nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address changed since planning (now %1); review it on its own.</source>
        <translation>Die Adresse hat sich seit der Planung geändert (jetzt %1); prüfen Sie sie einzeln.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Stopped after %n failures in a row; the rest is left for a resume.</source>
        <translation>
            <numerusform>Nach %n Fehler in Folge angehalten; der Rest bleibt für eine Fortsetzung übrig.</numerusform>
            <numerusform>Nach %n Fehlern in Folge angehalten; der Rest bleibt für eine Fortsetzung übrig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkApplyPage</name>
    <message>
        <location filename="../../ui/BulkApplyPage.cpp" line="+18"/>
        <source>Rows done</source>
        <translation>Erledigte Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Start no more rows; the rows being changed finish</source>
        <translation>Keine weiteren Zeilen starten; die gerade geänderten Zeilen werden noch abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel the run? No more rows are started. A change already sent ends as “no answer”; resuming the run reads those users before anything is sent again.</source>
        <translation>Lauf abbrechen? Es werden keine weiteren Zeilen gestartet. Eine bereits gesendete Änderung endet als „Keine Antwort“; beim Fortsetzen des Laufs werden diese Benutzer abgerufen, bevor erneut etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep Going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/BulkChangeDialog.cpp" line="+44"/>
        <source>Bulk Email Change – %1</source>
        <translation>E-Mail-Massenänderung – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk email change</source>
        <translation>E-Mail-Massenänderung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – job %2</source>
        <translation>%1 – Auftrag %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changes from the file “%1”</source>
        <translation>Änderungen aus der Datei „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” cannot be used; nothing was planned.</source>
        <translation>Die Datei „%1“ kann nicht verwendet werden; es wurde nichts geplant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no rows below the header.</source>
        <translation>Sie enthält unter der Kopfzeile keine Zeilen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename a domain in profile “%1”</source>
        <translation>Domain im Profil „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New addresses for the selected users of profile “%1”</source>
        <translation>Neue Adressen für die ausgewählten Benutzer des Profils „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resuming run %1 (%2)</source>
        <translation>Lauf %1 wird fortgesetzt (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename %1 to %2 in profile “%3”</source>
        <translation>%1 im Profil „%3“ in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Planning cancelled; nothing was planned.</source>
        <translation>Planung abgebrochen; es wurde nichts geplant.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Plan saved to “%1”.</source>
        <translation>Plan in „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results written to “%1”.</source>
        <translation>Ergebnisse in „%1“ geschrieben.</translation>
    </message>
</context>
<context>
    <name>BulkCsvReader</name>
    <message>
        <location filename="../../services/bulk/BulkCsvReader.cpp" line="+65"/>
        <source>text after the closing quote of a quoted cell</source>
        <translation>Text nach dem schließenden Anführungszeichen einer Zelle in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a quote opened here is never closed</source>
        <translation>ein hier geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the text is not UTF-8 (save the file as &quot;CSV UTF-8&quot; and try again)</source>
        <translation>der Text ist kein UTF-8 (speichern Sie die Datei als &quot;CSV UTF-8&quot; und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty; the first line must name the columns user and new_email</source>
        <translation>die Datei ist leer; die erste Zeile muss die Spalten user und new_email benennen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown column &quot;%1&quot;; the columns are user, new_email and optionally verified</source>
        <translation>unbekannte Spalte &quot;%1&quot;; die Spalten sind user, new_email und optional verified</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column &quot;%1&quot; is named twice</source>
        <translation>die Spalte &quot;%1&quot; ist doppelt benannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header must name the columns user and new_email (found: %1)</source>
        <translation>die Kopfzeile muss die Spalten user und new_email benennen (gefunden: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cells where the header has %2</source>
        <translation>%1 Zellen, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 rows; split the file</source>
        <translation>mehr als %1 Zeilen; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the user is empty</source>
        <translation>der Benutzer ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new address is empty</source>
        <translation>die neue Adresse ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verified must be yes or no, not &quot;%1&quot;</source>
        <translation>verified muss yes oder no sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
</context>
<context>
    <name>BulkDomainPage</name>
    <message>
        <location filename="../../ui/BulkDomainPage.cpp" line="+17"/>
        <source>Every user whose address is at the old domain gets the same address at the new one. Subdomains are left alone. Nothing changes before you have reviewed the plan.</source>
        <translation>Jeder Benutzer, dessen Adresse zur alten Domain gehört, erhält dieselbe Adresse in der neuen Domain. Subdomains bleiben unverändert. Es ändert sich nichts, bevor Sie den Plan geprüft haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Old domain</source>
        <translation>Alte Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old.example</source>
        <translation>old.example</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New domain</source>
        <translation>Neue Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new.example</source>
        <translation>new.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark the new addresses as verified</source>
        <translation>Neue Adressen als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise each user is mailed a verification to the new address</source>
        <translation>Andernfalls erhält jeder Benutzer eine Bestätigungs-E-Mail an die neue Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the rename</source>
        <translation>Umbenennung planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the directory and show the changes for review</source>
        <translation>Verzeichnis auflisten und die Änderungen zur Prüfung anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Old domain:</source>
        <translation>&amp;Alte Domain:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New domain:</source>
        <translation>&amp;Neue Domain:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The new domain is the old one.</source>
        <translation>Die neue Domain ist die alte.</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <location filename="../../services/bulk/BulkPlan.cpp" line="+132"/>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>es ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not an IdentityDesk bulk plan</source>
        <translation>es ist kein IdentityDesk-Massenänderungsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was written by another version of IdentityDesk (plan format %1)</source>
        <translation>er wurde von einer anderen Version von IdentityDesk geschrieben (Planformat %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its jobId, profile or backend is missing</source>
        <translation>jobId, profile oder backend fehlt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>row %1 is damaged (status, refusal or number)</source>
        <translation>Zeile %1 ist beschädigt (Status, Ablehnung oder Nummer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 is ready but names no user id, old or new address</source>
        <translation>Zeile %1 ist bereit, nennt aber keine Benutzer-ID, alte oder neue Adresse</translation>
    </message>
</context>
<context>
    <name>BulkPlanFiles</name>
    <message>
        <location filename="../../ui/BulkPlanFiles.cpp" line="+12"/>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” was not written: name the file .csv or .json.</source>
        <translation>„%1“ wurde nicht geschrieben: Geben Sie der Datei die Endung .csv oder .json.</translation>
    </message>
</context>
<context>
    <name>BulkPlanModel</name>
    <message>
        <location filename="../../models/BulkPlanModel.cpp" line="+109"/>
        <source>%1 %2</source>
        <comment>count and category, e.g. 480 ready</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <comment>display name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Taken out of the plan while reviewing</source>
        <translation>Bei der Prüfung aus dem Plan entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done by an earlier run</source>
        <translation>Von einem früheren Lauf erledigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old address</source>
        <translation>Alte Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason / result</source>
        <translation>Grund / Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>BulkPlanResolver</name>
    <message>
        <location filename="../../services/bulk/BulkPlanResolver.cpp" line="+24"/>
        <source>%1 changes only the signed-in account&apos;s address, not other users&apos;</source>
        <translation>%1 ändert nur die Adresse des angemeldeten Kontos, nicht die anderer Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs each user&apos;s own password to change the address</source>
        <translation>%1 benötigt zum Ändern der Adresse das eigene Passwort jedes Benutzers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a code mailed to each new address</source>
        <translation>%1 benötigt einen Code, der an jede neue Adresse gesendet wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the domain is empty</source>
        <translation>die Domain ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a domain like example.com</source>
        <translation>„%1“ ist keine Domain wie example.com</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no user %1 in the directory</source>
        <translation>kein Benutzer %1 im Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several users have the address %1</source>
        <translation>mehrere Benutzer haben die Adresse %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already is the user&apos;s address</source>
        <translation>%1 ist bereits die Adresse des Benutzers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the address of another user (%2)</source>
        <translation>%1 ist die Adresse eines anderen Benutzers (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the same change as row %1</source>
        <translation>dieselbe Änderung wie Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows %1 and %2 give this user different addresses</source>
        <translation>die Zeilen %1 und %2 geben diesem Benutzer verschiedene Adressen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1 asks for the same address</source>
        <translation>Zeile %1 verlangt dieselbe Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another row asks for the same address</source>
        <translation>eine andere Zeile verlangt dieselbe Adresse</translation>
    </message>
</context>
<context>
    <name>BulkPlanView</name>
    <message>
        <location filename="../../ui/BulkPlanView.cpp" line="+24"/>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>Ans&amp;icht:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (showing %2)</source>
        <translation>%1 (%2 angezeigt)</translation>
    </message>
</context>
<context>
    <name>BulkPlanner</name>
    <message>
        <location filename="../../services/bulk/BulkPlanner.cpp" line="+29"/>
        <source>Cannot rename the domain: %1.</source>
        <translation>Die Domain kann nicht umbenannt werden: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot rename the domain: the old and the new domain are the same.</source>
        <translation>Die Domain kann nicht umbenannt werden: Alte und neue Domain sind gleich.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The run changed no address, so there is nothing to undo.</source>
        <translation>Der Lauf hat keine Adresse geändert, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No connection to plan against.</source>
        <translation>Keine Verbindung, mit der geplant werden kann.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A plan needs the whole directory; nothing was planned.</source>
        <translation>Ein Plan benötigt das gesamte Verzeichnis; es wurde nichts geplant.</translation>
    </message>
</context>
<context>
    <name>BulkPlanningPage</name>
    <message>
        <location filename="../../ui/BulkPlanningPage.cpp" line="+17"/>
        <source>Users listed</source>
        <translation>Aufgelistete Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel planning</source>
        <translation>Planung abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Listing the users of “%1” to check every row…</source>
        <translation>Benutzer von „%1“ werden aufgelistet, um jede Zeile zu prüfen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
</context>
<context>
    <name>BulkResultsPage</name>
    <message>
        <location filename="../../ui/BulkResultsPage.cpp" line="+14"/>
        <source>E&amp;xport Results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row with its result, as CSV or JSON (by the file name)</source>
        <translation>Jede Zeile mit ihrem Ergebnis, als CSV oder JSON (je nach Dateiname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the plan again for the rows that failed, had no answer or did not start; rows that went through are not repeated</source>
        <translation>Den Plan erneut für die Zeilen ausführen, die fehlgeschlagen sind, keine Antwort erhielten oder nicht gestartet wurden; erfolgreiche Zeilen werden nicht wiederholt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled: %1. Retry Failed finishes the rest; rows without an answer are read first.</source>
        <translation>Abgebrochen: %1. „Fehlgeschlagene wiederholen“ erledigt den Rest; Zeilen ohne Antwort werden zuerst abgerufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: %1. %2</source>
        <translation>Angehalten: %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped because the change journal failed: %1. %2</source>
        <translation>Angehalten wegen eines Fehlers im Änderungsprotokoll: %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
</context>
<context>
    <name>BulkResumeOffer</name>
    <message>
        <location filename="../../ui/BulkResumeOffer.cpp" line="+16"/>
        <source>Unfinished bulk change</source>
        <translation>Unvollständige Massenänderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume Ru&amp;n</source>
        <translation>Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the bulk change</source>
        <translation>Massenänderung fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume later</source>
        <translation>Später fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this; the run is offered again next time</source>
        <translation>Ausblenden; der Lauf wird beim nächsten Mal erneut angeboten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 verification mailed</source>
        <translation>%1 Bestätigung gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 awaiting confirmation</source>
        <translation>%1 auf Bestätigung wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without an answer</source>
        <translation>%1 ohne Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not started</source>
        <translation>%1 nicht gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bulk change %1 (%2, %3 rows) did not finish: %4.</source>
        <translation>Die Massenänderung %1 (%2, %3 Zeilen) wurde nicht abgeschlossen: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 more unfinished runs: see identitydesk-cli bulk status.</source>
        <translation>%1 weitere unvollständige Läufe: siehe identitydesk-cli bulk status.</translation>
    </message>
</context>
<context>
    <name>BulkReviewPage</name>
    <message>
        <location filename="../../ui/BulkReviewPage.cpp" line="+25"/>
        <location line="+87"/>
        <source>&amp;Drop Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Take the selected rows out of the plan, or put them back (Delete)</source>
        <translation>Die ausgewählten Zeilen aus dem Plan entfernen oder wieder aufnehmen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan to a JSON file, e.g. to apply it with identitydesk-cli bulk apply</source>
        <translation>Den Plan in eine JSON-Datei schreiben, z. B. um ihn mit identitydesk-cli bulk apply anzuwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows at once</source>
        <translation>Gleichzeitige Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows at &amp;once:</source>
        <translation>&amp;Gleichzeitige Zeilen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay under the server&apos;s rate limit; each row reads the user, then changes it</source>
        <translation>Unter dem Ratenlimit des Servers bleiben; jede Zeile ruft den Benutzer ab und ändert ihn dann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Re&amp;store Row</source>
        <translation>Zeile &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore row</source>
        <translation>Zeile wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change 1 address in profile “%1” on %2?</source>
        <translation>1 Adresse im Profil „%1“ auf %2 ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1 addresses in profile “%2” on %3?</source>
        <translation>%1 Adressen im Profil „%2“ auf %3 ändern?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each user is read again first; a user whose address changed since planning is skipped.</source>
        <translation>Jeder Benutzer wird zuerst erneut abgerufen; ein Benutzer, dessen Adresse sich seit der Planung geändert hat, wird übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change 1 Address</source>
        <translation>1 Adresse ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change %1 Addresses</source>
        <translation>%1 Adressen ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>BulkRowResult</name>
    <message>
        <location filename="../../services/bulk/BulkRowResult.cpp" line="+44"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification mailed</source>
        <translation>Bestätigung gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>BulkRunController</name>
    <message>
        <location filename="../../ui/BulkRunController.cpp" line="+36"/>
        <source>Not applied: the change journal cannot be used.</source>
        <translation>Nicht angewendet: Das Änderungsprotokoll kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run could not be recorded in the change journal.</source>
        <translation>Der Lauf konnte nicht im Änderungsprotokoll erfasst werden.</translation>
    </message>
</context>
<context>
    <name>BulkRunStore</name>
    <message>
        <location filename="../../services/bulk/BulkRunStore.cpp" line="+50"/>
        <source>The bulk runs in the change journal %1 cannot be used: %2</source>
        <translation>Die Massenänderungsläufe im Änderungsprotokoll %1 können nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the plan&apos;s job %1 was applied before; resume it with &quot;bulk apply --resume %1&quot;</source>
        <translation>der Auftrag %1 des Plans wurde bereits angewendet; setzen Sie ihn mit &quot;bulk apply --resume %1&quot; fort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no job %1</source>
        <translation>es gibt keinen Auftrag %1</translation>
    </message>
</context>
<context>
    <name>BulkSelectionPage</name>
    <message>
        <location filename="../../ui/BulkSelectionPage.cpp" line="+25"/>
        <source>Type the new address of each of the %1 selected users, or replace the domain of all of them. Rows left empty are not changed. Nothing changes before you have reviewed the plan.</source>
        <translation>Geben Sie die neue Adresse für jeden der %1 ausgewählten Benutzer ein oder ersetzen Sie die Domain aller Benutzer. Leer gelassene Zeilen werden nicht geändert. Es ändert sich nichts, bevor Sie den Plan geprüft haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New addresses</source>
        <translation>Neue Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current address</source>
        <translation>Aktuelle Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace the domain with</source>
        <translation>Domain ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new.example</source>
        <translation>new.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the domain &amp;with:</source>
        <translation>Domain ersetzen &amp;durch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace Domain</source>
        <translation>Domain &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace domain</source>
        <translation>Domain ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark the new addresses as verified</source>
        <translation>Neue Adressen als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the changes</source>
        <translation>Änderungen planen</translation>
    </message>
</context>
<context>
    <name>BusyStatus</name>
    <message>
        <location filename="../../ui/BusyStatus.cpp" line="+16"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>CaCertificatesFile</name>
    <message>
        <location filename="../../services/CaCertificatesFile.cpp" line="+20"/>
        <source>The CA certificates file is not set.</source>
        <translation>Die CA-Zertifikatsdatei ist nicht angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificates file must be given with its full path (starting with /), not as %1.</source>
        <translation>Die CA-Zertifikatsdatei muss mit vollständigem Pfad (beginnend mit /) angegeben werden, nicht als %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificates file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificates file %1 is a folder; choose a .pem or .crt file.</source>
        <translation>Die CA-Zertifikatsdatei %1 ist ein Ordner; wählen Sie eine .pem- oder .crt-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>The CA certificates file %1 cannot be read: %2</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The CA certificates file %1 is too large to be a certificate file.</source>
        <translation>Die CA-Zertifikatsdatei %1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CA certificates file %1 holds no PEM certificate (a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat (einen Block, der mit &quot;-----BEGIN CERTIFICATE-----&quot; beginnt).</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/ChangeEmailDialog.cpp" line="+47"/>
        <source>Change Email – %1</source>
        <translation>E-Mail ändern – %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeEmailButtons.cpp" line="+23"/>
        <location filename="../../ui/ChangeEmailDialog.cpp" line="+1"/>
        <source>Change email</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter &amp;verification code…</source>
        <translation>Bestätigungscode &amp;eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter verification code</source>
        <translation>Bestätigungscode eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code mailed to the user&apos;s address, after you chose Later.</source>
        <translation>Geben Sie den Code ein, der an die Adresse des Benutzers gesendet wurde, nachdem Sie „Später“ gewählt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: review</source>
        <translation>Weiter zur Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;email</source>
        <translation>&amp;E-Mail ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify later</source>
        <translation>Später bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify address</source>
        <translation>Adresse bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/LastChangeLabel.cpp" line="+28"/>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeEmailDialog.cpp" line="+135"/>
        <source>Not sent: the change journal failed.</source>
        <translation>Nicht gesendet: Fehler im Änderungsprotokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing the email of %1…</source>
        <translation>E-Mail-Adresse von %1 wird geändert…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The address %1 of %2 waits for verification.</source>
        <translation>Die Adresse %1 von %2 wartet auf Bestätigung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying %1…</source>
        <translation>%1 wird bestätigt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reloaded: the current email of %1 is %2.</source>
        <translation>Neu geladen: %1 hat jetzt die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the new address, then choose Next to try again.</source>
        <translation>Prüfen Sie die neue Adresse und wählen Sie dann „Weiter“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reloading %1…</source>
        <translation>%1 wird neu geladen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the request had already reached the service, the change may still be made; check the user before trying again.</source>
        <translation>Falls die Anfrage den Dienst bereits erreicht hat, wird die Änderung möglicherweise trotzdem ausgeführt; prüfen Sie den Benutzer, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Its email is now %1.</source>
        <translation>Die E-Mail-Adresse lautet jetzt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload user and try again</source>
        <translation>Benutzer neu &amp;laden und erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload user and try again</source>
        <translation>Benutzer neu laden und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ChangeEmailForm</name>
    <message>
        <location filename="../../ui/ChangeEmailForm.cpp" line="+34"/>
        <source>What happens after the change</source>
        <translation>Was nach der Änderung passiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current email</source>
        <translation>Bisherige E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending address</source>
        <translation>Ausstehende Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current email:</source>
        <translation>Bisherige E-Mail:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New email</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;email:</source>
        <translation>&amp;Neue E-Mail:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user&apos;s password</source>
        <translation>Passwort des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service confirms the change with this user&apos;s own password. IdentityDesk does not store it.</source>
        <translation>Der Dienst bestätigt die Änderung mit dem eigenen Passwort dieses Benutzers. IdentityDesk speichert es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User&apos;s &amp;password:</source>
        <translation>&amp;Passwort des Benutzers:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail sent to the new address</source>
        <translation>Aus der E-Mail an die neue Adresse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verification &amp;code:</source>
        <translation>Bestätigungs&amp;code:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mark the new address as verified</source>
        <translation>Neue Adresse als bestätigt &amp;markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the new address as verified</source>
        <translation>Neue Adresse als bestätigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when you know the address belongs to the user; otherwise the user gets a mail to verify it.</source>
        <translation>Nur wenn Sie sicher wissen, dass die Adresse dem Benutzer gehört; andernfalls erhält der Benutzer eine E-Mail, um sie zu bestätigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another change sends a second link; ask the user to open the first one instead.</source>
        <translation>Eine weitere Änderung sendet einen zweiten Link; bitten Sie stattdessen den Benutzer, den ersten zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change to %1 waits for confirmation at the current address.</source>
        <translation>Eine Änderung auf %1 wartet an der bisherigen Adresse auf Bestätigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change to %1 has waited for confirmation at the current address for %2 (requested %3, as this computer&apos;s change journal says).</source>
        <translation>Eine Änderung auf %1 wartet seit %2 an der bisherigen Adresse auf Bestätigung (angefordert am %3 laut Änderungsprotokoll dieses Computers).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verification state not reported by this service</source>
        <translation>Bestätigungsstatus wird von diesem Dienst nicht gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A code was sent to %1.</source>
        <translation>Ein Code wurde an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code was sent to %1, not to this address; send a new code.</source>
        <translation>Der Code wurde an %1 gesendet, nicht an diese Adresse; fordern Sie einen neuen Code an.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../../services/journal/ChangeJournal.cpp" line="+80"/>
        <source>The change journal %1 cannot be used: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SQLite driver of Qt is not installed (libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a database. IdentityDesk will not overwrite it; move it away to start a new journal.</source>
        <translation>es ist keine Datenbank. IdentityDesk überschreibt die Datei nicht; verschieben Sie sie an einen anderen Ort, um ein neues Protokoll anzulegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>WAL mode cannot be switched on (%1)</source>
        <translation>der WAL-Modus kann nicht eingeschaltet werden (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>it is a database of another program. IdentityDesk will not change it; move it away to start a new journal.</source>
        <translation>es ist eine Datenbank eines anderen Programms. IdentityDesk verändert sie nicht; verschieben Sie die Datei an einen anderen Ort, um ein neues Protokoll anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was written by another version of IdentityDesk (format %1)</source>
        <translation>es wurde von einer anderen Version von IdentityDesk geschrieben (Format %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it cannot be created (%1)</source>
        <translation>es kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it is locked by another program (%1)</source>
        <translation>es ist durch ein anderes Programm gesperrt (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it cannot be read (%1)</source>
        <translation>es kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>it cannot be written (%1)</source>
        <translation>es kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The program ended before the server&apos;s answer arrived; check the user&apos;s address on the server.</source>
        <translation>Das Programm wurde beendet, bevor die Antwort des Servers eintraf; prüfen Sie die Adresse des Benutzers auf dem Server.</translation>
    </message>
</context>
<context>
    <name>CliBulkApply</name>
    <message>
        <location filename="../../app/cli/CliBulkApply.cpp" line="+54"/>
        <source>There is no bulk run %1 in the change journal (see &quot;bulk status&quot;).</source>
        <translation>Im Änderungsprotokoll gibt es keinen Massenänderungslauf %1 (siehe &quot;bulk status&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run %1 is being applied by process %2 on %3; wait for it to end.</source>
        <translation>Lauf %1 wird gerade von Prozess %2 auf %3 angewendet; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a bulk plan: %2; nothing was changed.</source>
        <translation>%1 ist kein Massenänderungsplan: %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The plan was made for profile &quot;%1&quot; (%2 at %3); this is &quot;%4&quot; (%5 at %6). Apply it with --profile %1, or plan again.</source>
        <translation>Der Plan wurde für das Profil „%1“ erstellt (%2 auf %3); dies ist „%4“ (%5 auf %6). Wenden Sie ihn mit --profile %1 an oder planen Sie neu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelling; requests in flight end as unknown (a resume checks them).</source>
        <translation>Wird abgebrochen; laufende Anfragen enden als unbekannt (eine Fortsetzung prüft sie).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Resuming run %1: %n ready row(s).</source>
        <translation>
            <numerusform>Lauf %1 wird fortgesetzt: %n bereite Zeile.</numerusform>
            <numerusform>Lauf %1 wird fortgesetzt: %n bereite Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applying run %1: %n ready row(s).</source>
        <translation>
            <numerusform>Lauf %1 wird angewendet: %n bereite Zeile.</numerusform>
            <numerusform>Lauf %1 wird angewendet: %n bereite Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bulk: %1 of %2 rows</source>
        <translation>bulk: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 rows/s</source>
        <translation>, %1 Zeilen/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the results to %1: %2</source>
        <translation>Die Ergebnisse können nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>row %1, user %2: %3: %4</source>
        <translation>Zeile %1, Benutzer %2: %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1: %2 of %3 ready rows done (%4 skipped, %5 failed, %6 unknown, %7 not started).</source>
        <translation>Lauf %1: %2 von %3 bereiten Zeilen erledigt (%4 übersprungen, %5 fehlgeschlagen, %6 unbekannt, %7 nicht gestartet).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finish the rest with: identitydesk-cli --profile %1 bulk apply --resume %2</source>
        <translation>Erledigen Sie den Rest mit: identitydesk-cli --profile %1 bulk apply --resume %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the rows that were not done; &quot;bulk apply --resume %1 --retry-failed&quot; tries the failed ones again.</source>
        <translation>Prüfen Sie die nicht erledigten Zeilen; &quot;bulk apply --resume %1 --retry-failed&quot; versucht die fehlgeschlagenen erneut.</translation>
    </message>
</context>
<context>
    <name>CliBulkCommand</name>
    <message>
        <location filename="../../app/cli/CliBulkCommand.cpp" line="+85"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a bulk-change CSV: %2; nothing was planned.</source>
        <translation>%1 ist keine CSV-Datei für Massenänderungen: %2; es wurde nichts geplant.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no bulk run %1 in the change journal (see &quot;bulk status&quot;).</source>
        <translation>Im Änderungsprotokoll gibt es keinen Massenänderungslauf %1 (siehe &quot;bulk status&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run %1 changed profile &quot;%2&quot;; undo it with --profile %2.</source>
        <translation>Lauf %1 hat das Profil „%2“ geändert; machen Sie ihn mit --profile %2 rückgängig.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot write the plan to %1: %2</source>
        <translation>Der Plan kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>row %1%2: refused: %3</source>
        <translation>Zeile %1%2: abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Plan %1 written to %2: %n row(s) ready</source>
        <translation>
            <numerusform>Plan %1 in %2 geschrieben: %n Zeile bereit</numerusform>
            <numerusform>Plan %1 in %2 geschrieben: %n Zeilen bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n refused.</source>
        <translation>
            <numerusform>, %n abgelehnt.</numerusform>
            <numerusform>, %n abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed yet. Review the plan, then run: identitydesk-cli --profile %1 bulk apply %2</source>
        <translation>Noch wurde nichts geändert. Prüfen Sie den Plan und führen Sie dann aus: identitydesk-cli --profile %1 bulk apply %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no bulk run %1 in the change journal.</source>
        <translation>Im Änderungsprotokoll gibt es keinen Massenänderungslauf %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No bulk run yet.</source>
        <translation>Noch kein Massenänderungslauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEFT</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <location filename="../../app/cli/CliCommandCatalogue.cpp" line="+9"/>
        <source>Connection profile to use.</source>
        <translation>Zu verwendendes Verbindungsprofil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the built-in offline demo (mock server and profiles gcore, zitadel, zitadel-self, codearts, acronis).</source>
        <translation>Eingebaute Offline-Demo verwenden (Mock-Server und Profile gcore, zitadel, zitadel-self, codearts, acronis).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo profiles against a running identitydesk-mock at this URL (state such as mailed codes persists between commands).</source>
        <translation>Demo-Profile mit einem laufenden identitydesk-mock unter dieser URL verwenden (Zustände wie versendete Codes bleiben zwischen Befehlen erhalten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of profiles.json (default: the user&apos;s config folder).</source>
        <translation>Ordner der profiles.json (Standard: Konfigurationsordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machine-readable output on stdout.</source>
        <translation>Maschinenlesbare Ausgabe auf stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No progress messages on stderr.</source>
        <translation>Keine Fortschrittsmeldungen auf stderr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of messages, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Wartezeit auf eine Antwort in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find users: id:USER_ID or email:ADDRESS (exact, on every backend), or text (where the API searches).</source>
        <translation>Benutzer suchen: id:USER_ID oder email:ADDRESS (exakt, bei jedem Backend) oder Text (wo die API eine Suche bietet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List at most this many users (default 50, 0 = all).</source>
        <translation>Höchstens so viele Benutzer auflisten (Standard: 50, 0 = alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output: table (default), json, ndjson or csv; rows are written as pages arrive.</source>
        <translation>Ausgabe: table (Standard), json, ndjson oder csv; die Zeilen werden geschrieben, sobald die Seiten eintreffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages fetched at once (default 6, 1 = one after another).</source>
        <translation>Gleichzeitig abgerufene Seiten (Standard: 6, 1 = nacheinander).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history: only changes of this user id.</source>
        <translation>history: nur Änderungen des Benutzers mit dieser ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history: changes from this date or time on (ISO 8601, e.g. 2026-12-01 or 2026-12-01T09:30Z).</source>
        <translation>history: Änderungen ab diesem Datum oder Zeitpunkt (ISO 8601, z. B. 2026-12-01 oder 2026-12-01T09:30Z).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history: changes up to this date (the whole day) or time.</source>
        <translation>history: Änderungen bis zu diesem Datum (einschließlich des ganzen Tages) oder Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the user&apos;s password from the first line of stdin (Gcore IAM).</source>
        <translation>Passwort des Benutzers aus der ersten Zeile von stdin lesen (Gcore IAM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification code mailed to the new address.</source>
        <translation>Bestätigungscode, der an die neue Adresse gesendet wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the new address as verified (ZITADEL management).</source>
        <translation>Neue Adresse als bestätigt markieren (ZITADEL-Verwaltung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the profile&apos;s secret from the first line of stdin and store it in the keyring.</source>
        <translation>Geheimnis des Profils aus der ersten Zeile von stdin lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the profile&apos;s secret from the first line of this open file descriptor (e.g. --secret-fd 3 3&lt; secret.txt) instead of the keyring; profiles add stores it in the keyring. Secrets are never taken from the command line.</source>
        <translation>Geheimnis des Profils aus der ersten Zeile dieses geöffneten Dateideskriptors lesen (z. B. --secret-fd 3 3&lt; secret.txt) statt aus dem Schlüsselbund; profiles add speichert es im Schlüsselbund. Geheimnisse werden nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profiles add: read the secret from this environment variable at every run (its name is saved, never its value; nothing goes to the keyring).</source>
        <translation>profiles add: das Geheimnis bei jedem Aufruf aus dieser Umgebungsvariablen lesen (gespeichert wird ihr Name, nie ihr Wert; nichts gelangt in den Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend: gcore, zitadel, zitadel-self, codearts, acronis.</source>
        <translation>Backend: gcore, zitadel, zitadel-self, codearts, acronis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API&apos;s base URL.</source>
        <translation>Basis-URL der API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token endpoint host when it differs (Huawei IAM).</source>
        <translation>Host des Token-Endpunkts, falls abweichend (Huawei IAM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>api-key, password, personal-access-token, client-credentials or session-token.</source>
        <translation>api-key, password, personal-access-token, client-credentials oder session-token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name, login email or client id.</source>
        <translation>Benutzername, Anmelde-E-Mail oder Client-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL organisation id or Acronis tenant id.</source>
        <translation>ZITADEL-Organisations-ID oder Acronis-Mandanten-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZITADEL management API: v2 (the user service, default) or v1.</source>
        <translation>ZITADEL-Verwaltungs-API: v2 (der User Service, Standard) oder v1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Huawei account (domain) name.</source>
        <translation>Name des Huawei-Kontos (Domain).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huawei project (region), e.g. ap-southeast-3.</source>
        <translation>Huawei-Projekt (Region), z. B. ap-southeast-3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bulk plan: the changes as CSV with the columns user (an id or email:ADDRESS), new_email and optionally verified.</source>
        <translation>bulk plan: die Änderungen als CSV mit den Spalten user (eine ID oder email:ADDRESS), new_email und optional verified.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bulk plan: move every address at OLD (exactly, not its subdomains) to NEW, e.g. old.example=new.example.</source>
        <translation>bulk plan: alle Adressen in OLD (genau dieser Domain, nicht ihren Subdomains) nach NEW verschieben, z. B. old.example=new.example.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bulk plan, undo: the plan file to write.</source>
        <translation>bulk plan, undo: die zu schreibende Plandatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bulk apply: finish this run (after Ctrl-C, a crash or a lost network) without repeating done rows.</source>
        <translation>bulk apply: diesen Lauf abschließen (nach Strg+C, einem Absturz oder einem Netzwerkausfall), ohne erledigte Zeilen zu wiederholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bulk apply: at most this many requests per second (N or N/s, or N/m per minute; each row reads, then changes).</source>
        <translation>bulk apply: höchstens so viele Anfragen pro Sekunde (N oder N/s, oder N/m pro Minute; jede Zeile ruft ab und ändert dann).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bulk apply: stop after this many failures in a row (default 10, 0 = never).</source>
        <translation>bulk apply: nach so vielen Fehlern in Folge anhalten (Standard 10, 0 = nie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bulk apply: write each row&apos;s result to this .csv or .json file.</source>
        <translation>bulk apply: das Ergebnis jeder Zeile in diese .csv- oder .json-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bulk apply --resume: try the rows that failed again.</source>
        <translation>bulk apply --resume: die fehlgeschlagenen Zeilen erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file of certificate authorities to trust besides the system&apos;s (a company CA or a TLS-inspecting proxy).</source>
        <translation>PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird (eine Firmen-CA oder ein TLS-prüfender Proxy).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>List, add or remove connection profiles.</source>
        <translation>Verbindungsprofile auflisten, hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List users, page by page.</source>
        <translation>Benutzer seitenweise auflisten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the change journal, or verify that it was not edited.</source>
        <translation>Änderungsprotokoll anzeigen oder prüfen, ob es nachträglich bearbeitet wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change many addresses: plan from a CSV or a domain rename, review, apply, resume, undo.</source>
        <translation>Viele Adressen ändern: aus einer CSV-Datei oder einer Domain-Umbenennung planen, prüfen, anwenden, fortsetzen, rückgängig machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show one user.</source>
        <translation>Einen Benutzer anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a user&apos;s email address.</source>
        <translation>E-Mail-Adresse eines Benutzers ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail a verification code to a new address (CodeArts).</source>
        <translation>Bestätigungscode an eine neue Adresse senden (CodeArts).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail the verification or activation again.</source>
        <translation>Bestätigungs- oder Aktivierungs-E-Mail erneut senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm a changed address with its mailed code (ZITADEL self).</source>
        <translation>Geänderte Adresse mit dem zugesandten Code bestätigen (ZITADEL, eigenes Konto).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliCommandLine.cpp" line="+32"/>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Hilfe anzeigen (für einen Befehl: COMMAND --help).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option --%1 does not apply to &quot;%2&quot;</source>
        <translation>Option --%1 gilt nicht für „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+103"/>
        <location line="+28"/>
        <location line="+24"/>
        <source>usage: identitydesk-cli %1</source>
        <translation>Aufruf: identitydesk-cli %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>--demo-url expects an http(s) URL such as http://127.0.0.1:8080, got &quot;%1&quot;</source>
        <translation>--demo-url erwartet eine http(s)-URL wie http://127.0.0.1:8080, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use either --demo (built-in server) or --demo-url (running server)</source>
        <translation>verwenden Sie entweder --demo (eingebauter Server) oder --demo-url (laufender Server)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--json means --format json; it cannot be combined with --format %1</source>
        <translation>--json bedeutet --format json; es kann nicht mit --format %1 kombiniert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format expects table, json, ndjson or csv, got &quot;%1&quot;</source>
        <translation>--format erwartet table, json, ndjson oder csv, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--since and --until expect a date or time such as 2026-12-01 or 2026-12-01T09:30Z</source>
        <translation>--since und --until erwarten ein Datum oder einen Zeitpunkt wie 2026-12-01 oder 2026-12-01T09:30Z</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1 expects a whole number of at least %2, got &quot;%3&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl ab %2, erhalten: „%3“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--secret-fd gives a profile&apos;s secret; the demo profiles have their own</source>
        <translation>--secret-fd liefert das Geheimnis eines Profils; die Demo-Profile haben ihre eigenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--secret-fd 0 and --password-stdin both read stdin; give the secret on another descriptor, e.g. --secret-fd 3 3&lt; secret.txt</source>
        <translation>--secret-fd 0 und --password-stdin lesen beide von stdin; übergeben Sie das Geheimnis über einen anderen Deskriptor, z. B. --secret-fd 3 3&lt; secret.txt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--demo uses built-in profiles; --config-dir does not apply</source>
        <translation>--demo verwendet eingebaute Profile; --config-dir gilt hier nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>history reads the change journal; --demo does not apply</source>
        <translation>history liest das Änderungsprotokoll; --demo gilt hier nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>history reads the change journal; --secret-fd does not apply</source>
        <translation>history liest das Änderungsprotokoll; --secret-fd gilt hier nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say which connection to use: --profile NAME, --demo or --demo-url URL</source>
        <translation>geben Sie die Verbindung an: --profile NAME, --demo oder --demo-url URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>profiles add takes the secret from exactly one of --secret-stdin, --secret-fd N (both stored in the keyring) or --secret-env VARIABLE (read at every run, nothing stored); never from the command line</source>
        <translation>profiles add übernimmt das Geheimnis aus genau einer dieser Quellen: --secret-stdin, --secret-fd N (beide im Schlüsselbund gespeichert) oder --secret-env VARIABLE (bei jedem Aufruf gelesen, nichts gespeichert); nie von der Befehlszeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--secret-fd applies to profiles add and to commands that connect</source>
        <translation>--secret-fd gilt nur für profiles add und für Befehle, die eine Verbindung herstellen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--rename-domain expects OLD=NEW, e.g. old.example=new.example</source>
        <translation>--rename-domain erwartet OLD=NEW, z. B. old.example=new.example</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--retry-failed applies to --resume JOB</source>
        <translation>--retry-failed gilt nur für --resume JOB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--results expects a file name ending in .csv or .json</source>
        <translation>--results erwartet einen Dateinamen mit der Endung .csv oder .json</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--rate expects requests per second such as 10 or 10/s, or per minute such as 300/m, got &quot;%1&quot;</source>
        <translation>--rate erwartet Anfragen pro Sekunde wie 10 oder 10/s oder pro Minute wie 300/m, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: identitydesk-cli [--profile NAME | --demo | --demo-url URL] %1</source>
        <translation>Aufruf: identitydesk-cli [--profile NAME | --demo | --demo-url URL] %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: identitydesk-cli [--profile NAME | --demo | --demo-url URL] [--json] COMMAND [ARGS]</source>
        <translation>Aufruf: identitydesk-cli [--profile NAME | --demo | --demo-url URL] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lists users of an identity provider and changes their email addresses.</source>
        <translation>Listet die Benutzer eines Identitätsanbieters auf und ändert ihre E-Mail-Adressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 success, 1 failure, 2 usage, 3 authentication or permission, 4 validation, 5 conflict, 6 not found, 7 network, timeout or TLS, 8 server or rate limit, 9 not supported by this backend or no keyring, 10 incomplete listing, 11 profile file damaged or not writable, 12 change journal cannot be used, 13 change journal was edited, 14 bulk run not wholly done (see its results).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruf, 3 Authentifizierung oder Berechtigung, 4 Validierung, 5 Konflikt, 6 nicht gefunden, 7 Netzwerk, Zeitüberschreitung oder TLS, 8 Server oder Ratenlimit, 9 von diesem Backend nicht unterstützt oder kein Schlüsselbund, 10 unvollständige Auflistung, 11 Profildatei beschädigt oder nicht beschreibbar, 12 Änderungsprotokoll kann nicht verwendet werden, 13 Änderungsprotokoll wurde bearbeitet, 14 Massenänderungslauf nicht vollständig erledigt (siehe seine Ergebnisse).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &quot;identitydesk-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt „identitydesk-cli COMMAND --help“ an.</translation>
    </message>
</context>
<context>
    <name>CliFormatter</name>
    <message>
        <location filename="../../app/cli/CliFormatter.cpp" line="+71"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERIFIED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending email:</source>
        <translation>Ausstehende E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending since:</source>
        <translation>Ausstehend seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 ago, as this computer&apos;s change journal says)</source>
        <translation>%1 (vor %2, laut Änderungsprotokoll dieses Computers)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> (retry after %1 s)</source>
        <translation> (erneut versuchen in %1 s)</translation>
    </message>
</context>
<context>
    <name>CliHistoryCommand</name>
    <message>
        <location filename="../../app/cli/CliHistoryCommand.cpp" line="+50"/>
        <source>The change journal %1 was edited: %2.</source>
        <translation>Das Änderungsprotokoll %1 wurde nachträglich bearbeitet: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The change journal is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Das Änderungsprotokoll ist intakt: %n Eintrag, korrekt verkettet.</numerusform>
            <numerusform>Das Änderungsprotokoll ist intakt: %n Einträge, jeder mit dem vorherigen verkettet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last hash: %1</source>
        <translation>Letzter Hash: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No email changes are recorded that match.</source>
        <translation>Es sind keine passenden E-Mail-Änderungen protokolliert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An earlier change (journal entry %1: %2 to %3 on %4, %5) ended without an answer; check the user&apos;s address on the server.</source>
        <translation>Eine frühere Änderung (Protokolleintrag %1: %2, neue Adresse %3, Profil %4, %5) endete ohne Antwort; prüfen Sie die Adresse des Benutzers auf dem Server.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPERATOR</source>
        <translation>BEARBEITER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
</context>
<context>
    <name>CliProfileCommand</name>
    <message>
        <location filename="../../app/cli/CliProfileCommand.cpp" line="+52"/>
        <source>No profiles in %1. Add one with &quot;profiles add&quot;, or try --demo.</source>
        <translation>Keine Profile in %1. Legen Sie eines mit „profiles add“ an oder probieren Sie --demo aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(API %1)</source>
        <translation>(API %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(CA file %1)</source>
        <translation>(CA-Datei %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(secret from $%1)</source>
        <translation>(Geheimnis aus $%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIGN-IN</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--kind must be one of: %1</source>
        <translation>--kind muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--auth must be one of: %1</source>
        <translation>--auth muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--api must be v2 or v1</source>
        <translation>--api muss v2 oder v1 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--api applies to --kind zitadel only</source>
        <translation>--api gilt nur für --kind zitadel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no secret on stdin (--secret-stdin reads the first line)</source>
        <translation>kein Geheimnis auf stdin (--secret-stdin liest die erste Zeile)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a profile &quot;%1&quot; exists already; remove it first</source>
        <translation>ein Profil „%1“ gibt es bereits; entfernen Sie es zuerst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile &quot;%1&quot; added; its secret is read from the environment variable %2 at every run (nothing was stored).</source>
        <translation>Profil „%1“ hinzugefügt; sein Geheimnis wird bei jedem Aufruf aus der Umgebungsvariablen %2 gelesen (es wurde nichts gespeichert).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile &quot;%1&quot; added; its secret is in the keyring (%2).</source>
        <translation>Profil „%1“ hinzugefügt; sein Geheimnis liegt im Schlüsselbund (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>es gibt kein Profil „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile &quot;%1&quot; removed, but its secret could not be removed: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Geheimnis konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &quot;%1&quot; and its secret removed.</source>
        <translation>Profil „%1“ und sein Geheimnis entfernt.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../../app/cli/CliConnection.cpp" line="+98"/>
        <source>The demo server is not available: %1</source>
        <translation>Der Demo-Server ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no demo profile &quot;%1&quot;; choose one of: %2</source>
        <translation>es gibt kein Demo-Profil „%1“; wählen Sie eines davon: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>There is no profile &quot;%1&quot; in %2; add one with &quot;profiles add&quot; or use --demo.</source>
        <translation>In %2 gibt es kein Profil „%1“; legen Sie eines mit „profiles add“ an oder verwenden Sie --demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile &quot;%1&quot;; known profiles: %2.</source>
        <translation>Es gibt kein Profil „%1“; vorhandene Profile: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No secret is stored for profile &quot;%1&quot;; add the profile again with --secret-stdin, or give the secret with --secret-fd N.</source>
        <translation>Für das Profil „%1“ ist kein Geheimnis gespeichert; fügen Sie das Profil mit --secret-stdin erneut hinzu oder übergeben Sie das Geheimnis mit --secret-fd N.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliRunner.cpp" line="+92"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The signed-in account could not be read.</source>
        <translation>Das angemeldete Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--verified does not apply to %1</source>
        <translation>--verified gilt nicht für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 mails the code after the change; confirm it with &quot;verify-email CODE&quot;</source>
        <translation>%1 sendet den Code erst nach der Änderung; bestätigen Sie ihn mit „verify-email CODE“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--code does not apply to %1</source>
        <translation>--code gilt nicht für %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 confirms email changes with the user&apos;s own password; pass it on stdin with --password-stdin.</source>
        <translation>%1 bestätigt E-Mail-Änderungen mit dem eigenen Passwort des Benutzers; übergeben Sie es mit --password-stdin über stdin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s password is required.</source>
        <translation>Das Passwort des Benutzers ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs the code mailed to the new address: run &quot;request-code %2&quot;, then repeat with --code CODE.</source>
        <translation>%1 benötigt den Code, der an die neue Adresse gesendet wird: Führen Sie „request-code %2“ aus und wiederholen Sie den Befehl dann mit --code CODE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verification code is required.</source>
        <translation>Der Bestätigungscode ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>CliSecretInput</name>
    <message>
        <location filename="../../app/cli/CliSecretInput.cpp" line="+17"/>
        <source>--secret-fd %1: no such file descriptor is open (open it in the shell, e.g. &quot;3&lt; secret.txt&quot;)</source>
        <translation>--secret-fd %1: dieser Dateideskriptor ist nicht geöffnet (öffnen Sie ihn in der Shell, z. B. „3&lt; secret.txt“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--secret-fd %1: the first line is longer than any secret</source>
        <translation>--secret-fd %1: die erste Zeile ist länger als jedes Geheimnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--secret-fd %1: cannot be read: %2</source>
        <translation>--secret-fd %1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--secret-fd %1: no secret on its first line</source>
        <translation>--secret-fd %1: kein Geheimnis in der ersten Zeile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; takes its secret from the environment variable %2, which is not set or empty; set it, or give the secret with --secret-fd N.</source>
        <translation>Das Profil „%1“ liest sein Geheimnis aus der Umgebungsvariablen %2, die nicht gesetzt oder leer ist; setzen Sie sie oder übergeben Sie das Geheimnis mit --secret-fd N.</translation>
    </message>
</context>
<context>
    <name>CliUserListing</name>
    <message>
        <location filename="../../app/cli/CliUserListing.cpp" line="+126"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identitydesk-cli: listed %1 (%2 users/s)</source>
        <translation>identitydesk-cli: %1 aufgelistet (%2 Benutzer/s)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The listing is incomplete: %1.</source>
        <translation>Die Liste ist unvollständig: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the output failed: %1</source>
        <translation>Schreiben der Ausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(%1 of %2 shown; --limit N shows more, --limit 0 all)</source>
        <translation>(%1 von %2 angezeigt; --limit N zeigt mehr, --limit 0 alle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 shown; --limit N shows more, --limit 0 all)</source>
        <translation>(%1 angezeigt; --limit N zeigt mehr, --limit 0 alle)</translation>
    </message>
</context>
<context>
    <name>CodeArtsBackend</name>
    <message>
        <location filename="../../services/codearts/CodeArtsBackend.cpp" line="+77"/>
        <source>The profile has no valid CodeArts Repo address (for example https://codehub-ext.ap-southeast-3.myhuaweicloud.com).</source>
        <translation>Im Profil fehlt eine gültige Adresse für CodeArts Repo (zum Beispiel https://codehub-ext.ap-southeast-3.myhuaweicloud.com).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profile has no X-Auth-Token; paste a Huawei IAM token.</source>
        <translation>Im Profil fehlt das X-Auth-Token; fügen Sie ein Token von Huawei IAM ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the Huawei account name</source>
        <translation>den Huawei-Kontonamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the IAM user name</source>
        <translation>den IAM-Benutzernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the IAM password</source>
        <translation>das IAM-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project (region, e.g. ap-southeast-3)</source>
        <translation>das Projekt (Region, z. B. ap-southeast-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile cannot sign in to Huawei IAM without %1.</source>
        <translation>Ohne %1 kann sich das Profil nicht bei Huawei IAM anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no valid Huawei IAM address (for example https://iam.myhuaweicloud.com).</source>
        <translation>Im Profil fehlt eine gültige Adresse für Huawei IAM (zum Beispiel https://iam.myhuaweicloud.com).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CodeArts Repo cannot sign in with an API key; use an IAM password or a pasted X-Auth-Token.</source>
        <translation>CodeArts Repo unterstützt keine Anmeldung mit einem API-Schlüssel; verwenden Sie ein IAM-Passwort oder ein eingefügtes X-Auth-Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo cannot sign in with a personal access token; use an IAM password or a pasted X-Auth-Token.</source>
        <translation>CodeArts Repo unterstützt keine Anmeldung mit einem persönlichen Zugriffstoken; verwenden Sie ein IAM-Passwort oder ein eingefügtes X-Auth-Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo cannot sign in with OAuth client credentials; use an IAM password or a pasted X-Auth-Token.</source>
        <translation>CodeArts Repo unterstützt keine Anmeldung mit OAuth-Client-Zugangsdaten; verwenden Sie ein IAM-Passwort oder ein eingefügtes X-Auth-Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo does not know this sign-in method; use an IAM password or a pasted X-Auth-Token.</source>
        <translation>CodeArts Repo kennt diese Anmeldemethode nicht; verwenden Sie ein IAM-Passwort oder ein eingefügtes X-Auth-Token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Huawei CodeArts Repo v4</source>
        <translation>Huawei CodeArts Repo v4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The signed-in account&apos;s CodeArts email changes at once, confirmed by the code that was mailed to the new address.</source>
        <translation>Die CodeArts-E-Mail-Adresse des angemeldeten Kontos ändert sich sofort; bestätigt wird die Änderung mit dem Code, der an die neue Adresse gesendet wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>CodeArts Repo is busy; trying again in %n second(s)...</source>
        <translation>
            <numerusform>CodeArts Repo ist ausgelastet; neuer Versuch in %n Sekunde...</numerusform>
            <numerusform>CodeArts Repo ist ausgelastet; neuer Versuch in %n Sekunden...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>CodeArts Repo can only show and change the signed-in account (%1, id %2); user %3 is not it.</source>
        <translation>CodeArts Repo kann nur das angemeldete Konto anzeigen und ändern (%1, ID %2); Benutzer %3 ist ein anderes Konto.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+52"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Enter the verification code that was mailed to the new address (use &quot;Send code&quot; first).</source>
        <translation>Geben Sie den Bestätigungscode ein, der an die neue Adresse gesendet wurde (verwenden Sie zuerst „Code senden“).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A verification code was sent to %1.</source>
        <translation>Ein Bestätigungscode wurde an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>CodeArtsErrorMapper</name>
    <message>
        <location filename="../../services/codearts/CodeArtsErrorMapper.cpp" line="+125"/>
        <source>(CodeArts: %1)</source>
        <translation>(CodeArts: %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The Huawei token has expired or is invalid; sign in again.</source>
        <translation>Das Huawei-Token ist abgelaufen oder ungültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This IAM user may not do this in CodeArts Repo. Ask the account administrator for the CodeArts Repo user settings permissions (codeartsrepo::getUserSetting, codeartsrepo::updateUserSetting).</source>
        <translation>Dieser IAM-Benutzer ist dazu in CodeArts Repo nicht berechtigt. Bitten Sie den Kontoadministrator um die Berechtigungen für die Benutzereinstellungen von CodeArts Repo (codeartsrepo::getUserSetting, codeartsrepo::updateUserSetting).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CodeArts Repo has no such endpoint here (HTTP %1). Check the profile&apos;s CodeArts address and region.</source>
        <translation>CodeArts Repo bietet diesen Endpunkt unter dieser Adresse nicht an (HTTP %1). Prüfen Sie die CodeArts-Adresse und die Region im Profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This CodeArts Repo endpoint does not accept the request (HTTP %1). Check that the profile&apos;s address points at the CodeArts Repo API.</source>
        <translation>Dieser Endpunkt von CodeArts Repo akzeptiert die Anfrage nicht (HTTP %1). Prüfen Sie, ob die Adresse im Profil auf die API von CodeArts Repo zeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for CodeArts Repo.</source>
        <translation>Die Anfrage ist für CodeArts Repo zu groß.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo did not accept the request format.</source>
        <translation>CodeArts Repo hat das Format der Anfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CodeArts Repo failed (HTTP %1); try again later.</source>
        <translation>Fehler bei CodeArts Repo (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo refused the request.</source>
        <translation>CodeArts Repo hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the verification code that was mailed to the new address.</source>
        <translation>Geben Sie den Bestätigungscode ein, der an die neue Adresse gesendet wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CodeArts Repo says a required value is missing.</source>
        <translation>Laut CodeArts Repo fehlt ein erforderlicher Wert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CodeArts Repo does not accept this as an email address.</source>
        <translation>CodeArts Repo akzeptiert dies nicht als E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This address is already used by another account.</source>
        <translation>Diese Adresse wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verification code is waiting for this account. Send a code to the new address first; each code works only once.</source>
        <translation>Für dieses Konto steht kein Bestätigungscode aus. Senden Sie zuerst einen Code an die neue Adresse; jeder Code gilt nur einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This code was sent to a different address. Send a new code to the address entered here.</source>
        <translation>Dieser Code wurde an eine andere Adresse gesendet. Senden Sie einen neuen Code an die hier eingegebene Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verification code has expired. Send a new code to the new address.</source>
        <translation>Der Bestätigungscode ist abgelaufen. Senden Sie einen neuen Code an die neue Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verification code is not correct. Check it and try again.</source>
        <translation>Der Bestätigungscode ist nicht korrekt. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CodeArts Repo is throttling requests (at most 600 calls per API per minute for everyone in the region); wait a moment and try again.</source>
        <translation>CodeArts Repo drosselt die Anfragen (höchstens 600 Aufrufe pro API und Minute für alle Benutzer der Region zusammen); warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Huawei IAM rejected the account, user or password.</source>
        <translation>Huawei IAM hat Konto, Benutzer oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(IAM: %1)</source>
        <translation>(IAM: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huawei IAM refused a token to this user; it may be disabled or restricted by the account&apos;s login policy.</source>
        <translation>Huawei IAM hat diesem Benutzer kein Token ausgestellt; möglicherweise ist er deaktiviert oder durch die Anmelderichtlinie des Kontos eingeschränkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no Huawei IAM token service at this address. Check the profile&apos;s IAM address.</source>
        <translation>Unter dieser Adresse gibt es keinen Token-Dienst von Huawei IAM. Prüfen Sie die IAM-Adresse im Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Huawei IAM is throttling sign-ins; wait a moment and try again.</source>
        <translation>Huawei IAM drosselt die Anmeldungen; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huawei IAM failed (HTTP %1); try again later.</source>
        <translation>Fehler bei Huawei IAM (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Huawei IAM: %1</source>
        <translation>Huawei IAM: %1</translation>
    </message>
</context>
<context>
    <name>CodeArtsIamEndpoint</name>
    <message>
        <location filename="../../services/codearts/CodeArtsIamEndpoint.cpp" line="+56"/>
        <source>Huawei IAM sent no token (the X-Subject-Token header is missing)</source>
        <translation>Huawei IAM hat kein Token gesendet (der Header X-Subject-Token fehlt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>field &quot;token.expires_at&quot; is not a time (%1)</source>
        <translation>Feld &quot;token.expires_at&quot; ist keine Zeitangabe (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Huawei IAM issued a token that has already expired (%1)</source>
        <translation>Huawei IAM hat ein bereits abgelaufenes Token ausgestellt (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/ConfirmBar.cpp" line="+12"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../../services/profiles/ProfileValidator.cpp" line="+13"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal access token</source>
        <translation>persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 is missing.</source>
        <translation>Die %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is not a valid web address (look for spaces or stray characters).</source>
        <translation>Die %1 ist keine gültige Webadresse (achten Sie auf Leerzeichen oder überzählige Zeichen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 must start with https:// (for example https://api.example.com).</source>
        <translation>Die %1 muss mit https:// beginnen (zum Beispiel https://api.example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 has no host name.</source>
        <translation>Die %1 enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 must not contain a user name or password; the secret is kept in the keyring, not in the profile.</source>
        <translation>Die %1 darf weder Benutzername noch Passwort enthalten; das Geheimnis liegt im Schlüsselbund, nicht im Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 must use https://. Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Die %1 muss https:// verwenden. Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <location filename="../../services/profiles/ConnectionProfile.cpp" line="+146"/>
        <source>Gcore IAM</source>
        <translation>Gcore IAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZITADEL (management)</source>
        <translation>ZITADEL (Verwaltung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZITADEL (own account)</source>
        <translation>ZITADEL (eigenes Konto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huawei CodeArts Repo</source>
        <translation>Huawei CodeArts Repo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronis</source>
        <translation>Acronis</translation>
    </message>
    <message>
        <location filename="../../services/profiles/ProfileValidator.cpp" line="+20"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile name must not contain control characters such as line breaks or tabs.</source>
        <translation>Der Profilname darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile name must be at most %1 characters long.</source>
        <translation>Der Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign-in URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not support sign-in with %2; use %3.</source>
        <translation>%1 unterstützt die Anmeldemethode „%2“ nicht; möglich: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name (or login email) is required for password sign-in.</source>
        <translation>Für die Anmeldung mit Passwort ist der Benutzername (oder die Anmelde-E-Mail) erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client id is required for client-credentials sign-in.</source>
        <translation>Für die Anmeldung mit Client-Zugangsdaten ist die Client-ID erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Huawei account (domain) name is required for password sign-in.</source>
        <translation>Für die Anmeldung mit Passwort ist der Name des Huawei-Kontos (Domain) erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Huawei project (region, for example ap-southeast-3) is required for password sign-in.</source>
        <translation>Für die Anmeldung mit Passwort ist das Huawei-Projekt (Region, zum Beispiel ap-southeast-3) erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Acronis tenant id is required.</source>
        <translation>Die Acronis-Mandanten-ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeout must be between %1 and %2 milliseconds (it is %3).</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Millisekunden liegen (derzeit %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <location filename="../../services/profiles/ConnectionProfile.cpp" line="+63"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Das Feld &quot;%1&quot; muss Text enthalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown API kind &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannte API-Art „%1“; erwartet wird einer dieser Werte: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sign-in method &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannte Anmeldemethode „%1“; erwartet wird einer dieser Werte: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown ZITADEL API version &quot;%1&quot;; expected v1 or v2.</source>
        <translation>Unbekannte ZITADEL-API-Version „%1“; erwartet wird v1 oder v2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; must be a whole number of milliseconds.</source>
        <translation>Das Feld &quot;%1&quot; muss eine ganze Zahl (Millisekunden) sein.</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <location filename="../../ui/DemoActions.cpp" line="+16"/>
        <source>Demo &amp;Mailbox…</source>
        <translation>Demo-&amp;Postfach…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the codes and links the demo server mailed</source>
        <translation>Codes und Links lesen, die der Demo-Server per E-Mail versandt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Demo</source>
        <translation>D&amp;emo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo server: %1</source>
        <translation>Demo-Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in mock server; identitydesk-cli --demo-url %1 uses the same one while this window is open.</source>
        <translation>Der eingebaute Mock-Server; identitydesk-cli --demo-url %1 verwendet denselben, solange dieses Fenster geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../../app/demo/DemoEnvironment.cpp" line="+58"/>
        <source>no identitydesk-mock answers at %1 (%2)</source>
        <translation>unter %1 antwortet kein identitydesk-mock (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gcore IAM with an API key</source>
        <translation>Gcore IAM mit API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZITADEL management v1 with client credentials</source>
        <translation>ZITADEL Management API v1 mit Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ZITADEL user service v2 with a personal access token</source>
        <translation>ZITADEL User Service v2 mit persönlichem Zugriffstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZITADEL auth v1, the signed-in user&apos;s own account</source>
        <translation>ZITADEL Auth API v1, eigenes Konto des angemeldeten Benutzers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Huawei CodeArts Repo with an IAM password login</source>
        <translation>Huawei CodeArts Repo mit IAM-Anmeldung per Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acronis account management with client credentials</source>
        <translation>Acronis-Kontoverwaltung mit Client-Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>DemoMailboxClient</name>
    <message>
        <location filename="../../services/demo/DemoMailboxClient.cpp" line="+54"/>
        <source>The demo server at %1 did not answer: %2</source>
        <translation>Der Demo-Server unter %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo server&apos;s mailbox answer is too large.</source>
        <translation>Die Postfach-Antwort des Demo-Servers ist zu groß.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo server&apos;s mailbox answer could not be understood (no “messages” list).</source>
        <translation>Die Postfach-Antwort des Demo-Servers war unverständlich (keine Liste „messages“).</translation>
    </message>
</context>
<context>
    <name>DemoMailboxWindow</name>
    <message>
        <location filename="../../ui/DemoMailboxWindow.cpp" line="+32"/>
        <source>Demo Mailbox – IdentityDesk</source>
        <translation>Demo-Postfach – IdentityDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail the demo server at %1 sent instead of mailing it, newest first. Select a message to copy its code or open its link.</source>
        <translation>E-Mails, die der Demo-Server unter %1 nicht verschickt, sondern hier abgelegt hat, die neueste zuerst. Wählen Sie eine Nachricht aus, um ihren Code zu kopieren oder ihren Link zu öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo mail</source>
        <translation>Demo-E-Mails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Link</source>
        <translation>Link &amp;öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No mail yet. Codes appear here when a change asks for one.</source>
        <translation>Noch keine E-Mails. Codes erscheinen hier, sobald eine Änderung einen anfordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages: %1, the newest at the top.</source>
        <translation>Nachrichten: %1, die neueste oben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied the code %1.</source>
        <translation>Code %1 kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program opened %1.</source>
        <translation>Kein Programm hat %1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>EmailAddressCheck</name>
    <message>
        <location filename="../../services/EmailAddressCheck.cpp" line="+31"/>
        <source>This is not an email address yet; it should look like name@example.com.</source>
        <translation>Das ist noch keine E-Mail-Adresse; sie sollte etwa so aussehen: name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the current address (%1); enter a different one.</source>
        <translation>Das ist die bisherige Adresse (%1); geben Sie eine andere ein.</translation>
    </message>
</context>
<context>
    <name>EmailChangeOutcome</name>
    <message>
        <location filename="../../services/EmailChange.cpp" line="+9"/>
        <source>Email changed to %1.</source>
        <translation>E-Mail-Adresse in %1 geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email changed to %1; a verification mail was sent to the new address.</source>
        <translation>E-Mail-Adresse in %1 geändert; an die neue Adresse wurde eine Bestätigungs-E-Mail gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirmation link sent to the current address; the email becomes %1 once the user opens it.</source>
        <translation>Bestätigungslink an die bisherige Adresse gesendet; sobald der Benutzer ihn öffnet, lautet die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email of %1 changed to %2.</source>
        <translation>E-Mail-Adresse von %1 in %2 geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email of %1 changed to %2; a verification mail was sent to the new address.</source>
        <translation>E-Mail-Adresse von %1 in %2 geändert; an die neue Adresse wurde eine Bestätigungs-E-Mail gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirmation link sent to the current address of %1; the email becomes %2 once the user opens it.</source>
        <translation>Bestätigungslink an die bisherige Adresse von %1 gesendet; sobald der Benutzer ihn öffnet, lautet die E-Mail-Adresse %2.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/ErrorBanner.cpp" line="+49"/>
        <source>The service cannot be reached; check the network connection and try again.</source>
        <translation>Der Dienst ist nicht erreichbar; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not answer in time; the change may still have been made, so check the user before trying again.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet; die Änderung wurde möglicherweise trotzdem ausgeführt. Prüfen Sie daher den Benutzer, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the service failed; nothing was sent.</source>
        <translation>Die sichere Verbindung zum Dienst ist fehlgeschlagen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept the connection&apos;s credentials; check the profile.</source>
        <translation>Der Dienst hat die Zugangsdaten der Verbindung nicht akzeptiert; prüfen Sie das Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service does not allow this change with the profile&apos;s permissions.</source>
        <translation>Der Dienst erlaubt diese Änderung mit den Berechtigungen des Profils nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service has no user list at the profile&apos;s address; check the profile&apos;s URL, organisation or tenant.</source>
        <translation>Der Dienst hat unter der Adresse des Profils keine Benutzerliste; prüfen Sie URL, Organisation oder Mandant im Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service does not know this user (any more).</source>
        <translation>Der Dienst kennt diesen Benutzer nicht (mehr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service refused the request.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this user meanwhile; nothing was changed.</source>
        <translation>Jemand anderes hat diesen Benutzer inzwischen geändert; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many requests; try again in %n s.</source>
        <translation>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>Zu viele Anfragen; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service failed to handle the request; try again later.</source>
        <translation>Der Dienst konnte die Anfrage nicht verarbeiten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s answer could not be understood; check the user before trying again.</source>
        <translation>Die Antwort des Dienstes war unverständlich; prüfen Sie den Benutzer, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service cannot do that.</source>
        <translation>Dieser Dienst unterstützt das nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/ExportDialog.cpp" line="+23"/>
        <location line="+87"/>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 selected users will be exported, with the columns shown in the table.</source>
        <translation>Die %1 ausgewählten Benutzer werden mit den in der Tabelle angezeigten Spalten exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one user of the list as filtered now will be exported, with the columns shown in the table.</source>
        <translation>Der eine Benutzer der aktuell gefilterten Liste wird mit den in der Tabelle angezeigten Spalten exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 users of the list as filtered now will be exported, with the columns shown in the table. To export only some, select them first.</source>
        <translation>Alle %1 Benutzer der aktuell gefilterten Liste werden mit den in der Tabelle angezeigten Spalten exportiert. Um nur einige zu exportieren, wählen Sie diese zuerst aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name decides the format: .json writes JSON, any other name CSV (RFC 4180, UTF-8).</source>
        <translation>Der Dateiname bestimmt das Format: .json schreibt JSON, jeder andere Name CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Exported %1 users to %2.</source>
        <translation>%1 Benutzer nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../ui/ExportTask.cpp" line="+115"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../ui/FileChooser.cpp" line="+12"/>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
</context>
<context>
    <name>GcoreBackend</name>
    <message>
        <location filename="../../services/gcore/GcoreSignIn.cpp" line="+16"/>
        <source>an API key</source>
        <translation>einem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a personal access token</source>
        <translation>einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth client credentials</source>
        <translation>OAuth-Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pasted session token</source>
        <translation>einem eingefügten Sitzungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this sign-in method</source>
        <translation>dieser Anmeldemethode</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The profile&apos;s base URL &quot;%1&quot; is not a web address such as https://api.gcore.com.</source>
        <translation>Die Basis-URL „%1“ im Profil ist keine Webadresse wie etwa https://api.gcore.com.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no Gcore API key; enter it in the profile.</source>
        <translation>Im Profil fehlt der Gcore-API-Schlüssel; tragen Sie ihn im Profil ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Gcore API key contains spaces or characters that cannot be part of a key; paste it again.</source>
        <translation>Der Gcore-API-Schlüssel enthält Leerzeichen oder Zeichen, die in einem Schlüssel nicht vorkommen können; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no user name (the login email) for the Gcore sign-in; enter it in the profile.</source>
        <translation>Im Profil fehlt der Benutzername (die Anmelde-E-Mail-Adresse) für die Gcore-Anmeldung; tragen Sie ihn im Profil ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile has no password for the Gcore sign-in; enter it in the profile.</source>
        <translation>Im Profil fehlt das Passwort für die Gcore-Anmeldung; tragen Sie es im Profil ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gcore IAM does not support signing in with %1; use an API key or a user name and password.</source>
        <translation>Gcore IAM unterstützt die Anmeldung mit %1 nicht; verwenden Sie einen API-Schlüssel oder Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../../services/gcore/GcoreBackend.cpp" line="+64"/>
        <source>Gcore changes the address at once when the user&apos;s own password approves it; the account may show the new address as unconfirmed until the user confirms it.</source>
        <translation>Gcore ändert die Adresse sofort, wenn die Änderung mit dem eigenen Passwort des Benutzers freigegeben wird; bis der Benutzer die neue Adresse bestätigt, kann das Konto sie als nicht bestätigt anzeigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a Gcore user id; Gcore user ids are whole numbers.</source>
        <translation>„%1“ ist keine Gcore-Benutzer-ID; Gcore-Benutzer-IDs sind ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gcore has no user with id %1 (it may have been deleted).</source>
        <translation>Bei Gcore gibt es keinen Benutzer mit der ID %1 (möglicherweise wurde er gelöscht).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The page token &quot;%1&quot; does not come from a Gcore IAM listing; start again from the first page.</source>
        <translation>Das Seitentoken „%1“ stammt nicht aus einer Gcore-IAM-Liste; beginnen Sie erneut mit der ersten Seite.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>field &quot;count&quot; is negative</source>
        <translation>Feld &quot;count&quot; ist negativ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no Gcore IAM user list at this address; check the profile&apos;s base URL (usually https://api.gcore.com).</source>
        <translation>Unter dieser Adresse gibt es keine Benutzerliste von Gcore IAM; prüfen Sie die Basis-URL im Profil (meist https://api.gcore.com).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user&apos;s password; Gcore confirms email changes with it.</source>
        <translation>Geben Sie das Passwort des Benutzers ein; Gcore verlangt es zur Bestätigung von E-Mail-Änderungen.</translation>
    </message>
</context>
<context>
    <name>GcoreErrorMapper</name>
    <message>
        <location filename="../../services/gcore/GcoreErrorMapper.cpp" line="+98"/>
        <source>The new address is the same as the current one.</source>
        <translation>Die neue Adresse ist dieselbe wie die bisherige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address is already used by another account.</source>
        <translation>Diese Adresse wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gcore refused the new address: %1</source>
        <translation>Gcore hat die neue Adresse abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user&apos;s password; Gcore confirms email changes with it.</source>
        <translation>Geben Sie das Passwort des Benutzers ein; Gcore verlangt es zur Bestätigung von E-Mail-Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gcore refused the password: %1</source>
        <translation>Gcore hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Gcore refused the request: %1</source>
        <translation>Gcore hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gcore could not read the request: %1</source>
        <translation>Gcore konnte die Anfrage nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gcore did not accept the credentials. Check the profile&apos;s API key or password.</source>
        <translation>Gcore hat die Zugangsdaten nicht akzeptiert. Prüfen Sie den API-Schlüssel oder das Passwort im Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gcore did not accept the credentials: %1 Check the profile&apos;s API key or password.</source>
        <translation>Gcore hat die Zugangsdaten nicht akzeptiert: %1 Prüfen Sie den API-Schlüssel oder das Passwort im Profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These Gcore credentials may not do this.</source>
        <translation>Diese Gcore-Zugangsdaten sind dafür nicht berechtigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These Gcore credentials may not do this: %1</source>
        <translation>Diese Gcore-Zugangsdaten sind dafür nicht berechtigt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gcore does not know this record.</source>
        <translation>Diesen Datensatz gibt es bei Gcore nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gcore does not know this record: %1</source>
        <translation>Diesen Datensatz gibt es bei Gcore nicht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gcore received too many requests; try again in %1 s.</source>
        <translation>Gcore hat zu viele Anfragen erhalten; versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gcore received too many requests; try again shortly.</source>
        <translation>Gcore hat zu viele Anfragen erhalten; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gcore failed (HTTP %1); try again later.</source>
        <translation>Fehler bei Gcore (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gcore failed (HTTP %1): %2 Try again later.</source>
        <translation>Fehler bei Gcore (HTTP %1): %2 Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gcore refused the sign-in: %1 Check the profile&apos;s user name and password.</source>
        <translation>Gcore hat die Anmeldung abgelehnt: %1 Prüfen Sie Benutzername und Passwort im Profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Gcore sign-in has expired; sign in again.</source>
        <translation>Die Gcore-Anmeldung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Gcore sign-in has expired: %1 Sign in again.</source>
        <translation>Die Gcore-Anmeldung ist abgelaufen: %1 Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>GcoreJwtEndpoint</name>
    <message>
        <location filename="../../services/gcore/GcoreJwtEndpoint.cpp" line="+40"/>
        <source>field &quot;access&quot; is not a token</source>
        <translation>Feld &quot;access&quot; ist kein Token</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../ui/HistoryController.cpp" line="+27"/>
        <source>Change &amp;History…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the email changes made from this computer</source>
        <translation>Die auf diesem Computer vorgenommenen E-Mail-Änderungen anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Email changes are switched off: the change journal cannot be used.</source>
        <translation>E-Mail-Änderungen sind deaktiviert: Das Änderungsprotokoll kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2 in %3, %4</source>
        <translation>%1: neue Adresse %2, Profil %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier email change ended without an answer from the server; check this user&apos;s address:</source>
        <translation>Eine frühere E-Mail-Änderung endete ohne Antwort des Servers; prüfen Sie die Adresse dieses Benutzers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 earlier email changes ended without an answer from the server; check these users&apos; addresses:</source>
        <translation>%1 frühere E-Mail-Änderungen endeten ohne Antwort des Servers; prüfen Sie die Adressen dieser Benutzer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show History</source>
        <translation>Verlauf an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the change history</source>
        <translation>Änderungsverlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../models/HistoryModel.cpp" line="+75"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, by %2: %3 → %4 (%5)</source>
        <translation>%1, von %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Journal entry %1, %2 on %3, from %4 (process %5)</source>
        <translation>Protokolleintrag %1, %2 auf %3, von %4 (Prozess %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulk run %1</source>
        <translation>Sammelauftrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error kind: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old email</source>
        <translation>Alte E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New email</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/HistoryWindow.cpp" line="+33"/>
        <source>Change History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Verify Journal</source>
        <translation>Protokoll p&amp;rüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify journal</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the journal again (F5)</source>
        <translation>Protokoll erneut einlesen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no change journal.</source>
        <translation>Es gibt kein Änderungsprotokoll.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every user</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login, address, user ID or profile</source>
        <translation>Anmeldename, Adresse, Benutzer-ID oder Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User ID:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No change matches the filter.</source>
        <translation>Keine Änderung entspricht dem Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email change has been journaled yet.</source>
        <translation>Es wurde noch keine E-Mail-Änderung protokolliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 changes, newest first; scroll down for older ones.</source>
        <translation>Die neuesten %1 Änderungen, neueste zuerst; für ältere nach unten scrollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 change.</source>
        <translation>1 Änderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes, newest first.</source>
        <translation>%1 Änderungen, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifying the journal…</source>
        <translation>Protokoll wird geprüft…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The journal is intact; it has no entries yet.</source>
        <translation>Das Protokoll ist intakt; es enthält noch keine Einträge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact: %1 entries, none altered, removed or inserted. Last hash: %2</source>
        <translation>Intakt: %1 Einträge, keiner verändert, entfernt oder eingefügt. Letzter Hash: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal was tampered with: %1.</source>
        <translation>Das Protokoll wurde manipuliert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal was tampered with: %1. The %2 entries before it are intact.</source>
        <translation>Das Protokoll wurde manipuliert: %1. Die %2 Einträge davor sind intakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal cannot be verified: %1</source>
        <translation>Das Protokoll kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <location filename="../../services/HttpCall.cpp" line="+65"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Address tried: %1.</source>
        <translation>Versuchte Adresse: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The server redirected to another host (%1); IdentityDesk does not send credentials there. Check the profile&apos;s base URL.</source>
        <translation>Der Server hat auf einen anderen Host weitergeleitet (%1); IdentityDesk sendet dorthin keine Zugangsdaten. Prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server redirected more than %1 times (last to %2); it is probably a redirect loop. Check the profile&apos;s base URL.</source>
        <translation>Der Server hat mehr als %1-mal weitergeleitet (zuletzt auf %2); vermutlich ist das eine Weiterleitungsschleife. Prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the server&apos;s certificate is not trusted (%1). If your organisation uses its own certificate authority, set the profile&apos;s CA certificates file.</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1). Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, tragen Sie im Profil die CA-Zertifikatsdatei ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted (%1), not even with the profile&apos;s CA certificates file %2. Check that the file holds the certificate authority that issued the server&apos;s certificate.</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut (%1), auch nicht mit der CA-Zertifikatsdatei %2 des Profils. Prüfen Sie, ob die Datei die Zertifizierungsstelle enthält, die das Serverzertifikat ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>HttpRetryPolicy</name>
    <message numerus="yes">
        <location filename="../../services/HttpRetryPolicy.cpp" line="+26"/>
        <source>The server asked to wait %n second(s) before trying again, longer than IdentityDesk waits for one request (%1 seconds in all).</source>
        <translation>
            <numerusform>Der Server bittet vor einem erneuten Versuch um %n Sekunde Wartezeit; das ist länger, als IdentityDesk auf eine Anfrage wartet (insgesamt %1 Sekunden).</numerusform>
            <numerusform>Der Server bittet vor einem erneuten Versuch um %n Sekunden Wartezeit; das ist länger, als IdentityDesk auf eine Anfrage wartet (insgesamt %1 Sekunden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+16"/>
        <source>IdentityDesk tried %n time(s).</source>
        <translation>
            <numerusform>IdentityDesk hat %n Versuch unternommen.</numerusform>
            <numerusform>IdentityDesk hat %n Versuche unternommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityBackend</name>
    <message>
        <location filename="../../services/IdentityBackend.cpp" line="+5"/>
        <source>requesting a verification code</source>
        <translation>das Anfordern eines Bestätigungscodes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resending a verification</source>
        <translation>das erneute Senden einer Bestätigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verifying an address with a code</source>
        <translation>das Bestätigen einer Adresse mit einem Code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not support %2.</source>
        <translation>%1 unterstützt %2 nicht.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ui/InlineMessage.cpp" line="+30"/>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>JournalVerifier</name>
    <message>
        <location filename="../../services/journal/JournalVerifier.cpp" line="+17"/>
        <source>entry %1 is missing: it was removed</source>
        <translation>Eintrag %1 fehlt: er wurde entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 does not follow entry %2: it was inserted, or entry %2 was rewritten</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: er wurde eingefügt, oder Eintrag %2 wurde überschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 was altered after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the journal cannot be read</source>
        <translation>das Protokoll kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>JournalWords</name>
    <message>
        <location filename="../../services/journal/JournalWords.cpp" line="+6"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification mailed</source>
        <translation>Bestätigung gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>JournaledEmailChange</name>
    <message>
        <location filename="../../services/journal/JournaledEmailChange.cpp" line="+26"/>
        <source>The change was not started: it could not be written to the change journal. %1</source>
        <translation>Die Änderung wurde nicht gestartet, weil sie nicht in das Änderungsprotokoll geschrieben werden konnte. %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../../services/JsonReader.cpp" line="+36"/>
        <source>the answer is not JSON (%1)</source>
        <translation>die Antwort ist kein JSON (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, in the answer to %2</source>
        <translation>%1, in der Antwort auf %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>field &quot;%1&quot; %2</source>
        <translation>Feld &quot;%1&quot; %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot be read: its parent is not an object</source>
        <translation>kann nicht gelesen werden: das übergeordnete Element ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>should be an object</source>
        <translation>sollte ein Objekt sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>should be a list</source>
        <translation>sollte eine Liste sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &quot;%1&quot; holds %2 items, more than the %3 a page may hold</source>
        <translation>Feld &quot;%1&quot; enthält %2 Einträge, mehr als die %3, die eine Seite enthalten darf</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>should be a number in a string</source>
        <translation>sollte eine Zahl in einer Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is a number too large to be an exact id (beyond 2^53); the server must send such ids as text</source>
        <translation>ist eine Zahl, die für eine exakte ID zu groß ist (über 2^53); der Server muss solche IDs als Text senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>should be an id (text or whole number)</source>
        <translation>sollte eine ID sein (Text oder ganze Zahl)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>should be an id in text</source>
        <translation>sollte eine ID als Text sein</translation>
    </message>
</context>
<context>
    <name>JsonTape</name>
    <message>
        <location filename="../../services/JsonTapeParser.cpp" line="+25"/>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text after the end of the document</source>
        <translation>Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the document ends too early</source>
        <translation>das Dokument endet zu früh</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+63"/>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>expected a member name</source>
        <translation>Feldname erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; nach einem Feldnamen erwartet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in a list</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einer Liste erwartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+7"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid UTF8 string</source>
        <translation>ungültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../services/JsonTape.cpp" line="+18"/>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../services/profiles/KeychainSecretStore.cpp" line="+10"/>
        <source>no details were given</source>
        <translation>keine näheren Angaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secret service (keyring) is available: %1. The secret was not stored.</source>
        <translation>Es ist kein Secret Service (Schlüsselbund) verfügbar: %1. Das Geheimnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secret service (keyring) is available: %1. The secret could not be read.</source>
        <translation>Es ist kein Secret Service (Schlüsselbund) verfügbar: %1. Das Geheimnis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secret service (keyring) is available: %1. The secret was not removed.</source>
        <translation>Es ist kein Secret Service (Schlüsselbund) verfügbar: %1. Das Geheimnis wurde nicht entfernt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No secret is stored in the keyring for profile &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund ist für das Profil „%1“ kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the system keyring</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>ListingScopeNotice</name>
    <message>
        <location filename="../../ui/ListingScopeNotice.cpp" line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A %1 profile shows only the signed-in account, never other users.</source>
        <translation>Ein Profil für %1 zeigt nur das angemeldete Konto an, nie andere Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the signed-in account, %1: a %2 profile shows only its own account, never other users.</source>
        <translation>Dies ist das angemeldete Konto, %1: Ein Profil für %2 zeigt nur das eigene Konto an, nie andere Benutzer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load all users</source>
        <translation>Alle Benutzer laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorted by “%1” among the users loaded so far only: %2 of %3. %4 to sort every one.</source>
        <translation>Nur unter den bisher geladenen Benutzern nach „%1“ sortiert: %2 von %3. %4, um alle zu sortieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorted by “%1” among the users loaded so far only (%2); the server has more. %3 to sort every one.</source>
        <translation>Nur unter den bisher geladenen Benutzern nach „%1“ sortiert (%2); der Server hat weitere. %3, um alle zu sortieren.</translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <location filename="../../ui/ListingStatus.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load More</source>
        <translation>Weitere laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading users</source>
        <translation>Benutzer werden geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; the users loaded so far stay.</source>
        <translation>Laden beenden; die bisher geladenen Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load more users</source>
        <translation>Weitere Benutzer laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next page of users.</source>
        <translation>Nächste Seite mit Benutzern laden.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown, %2</source>
        <translation>%1 angezeigt, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search “%1”: %2</source>
        <translation>Suche „%1“: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last loaded %1</source>
        <translation>Zuletzt geladen: %1</translation>
    </message>
</context>
<context>
    <name>LoadAllController</name>
    <message>
        <location filename="../../ui/LoadAllController.cpp" line="+20"/>
        <source>Load &amp;All Users</source>
        <translation>Alle Benutzer &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Loading</source>
        <translation>Laden &amp;beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load every user of the listing, so that filters and sorting see all of them</source>
        <translation>Alle Benutzer der Liste laden, damit Filter und Sortierung alle erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop loading all users; the users loaded so far stay</source>
        <translation>Laden aller Benutzer beenden; die bisher geladenen Benutzer bleiben erhalten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading all users…</source>
        <translation>Alle Benutzer werden geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All %1 users are loaded.</source>
        <translation>Alle %1 Benutzer sind geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading all users stopped with %1 users loaded: %2</source>
        <translation>Das Laden aller Benutzer endete bei %1 geladenen Benutzern: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users loaded so far stay; Load More goes on page by page.</source>
        <translation>Die bisher geladenen Benutzer bleiben erhalten; „Weitere laden“ lädt seitenweise weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading all users failed with %1 users loaded.</source>
        <translation>Das Laden aller Benutzer ist bei %1 geladenen Benutzern fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading all users cancelled; %1 users are loaded.</source>
        <translation>Laden aller Benutzer abgebrochen; %1 Benutzer sind geladen.</translation>
    </message>
</context>
<context>
    <name>LoadAllProgress</name>
    <message>
        <location filename="../../ui/LoadAllProgress.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading all users</source>
        <translation>Alle Benutzer werden geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel loading all users</source>
        <translation>Laden aller Benutzer abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading (Esc); the users loaded so far stay.</source>
        <translation>Laden beenden (Esc); die bisher geladenen Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 users/s</source>
        <translation>%1 Benutzer/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+54"/>
        <location line="+190"/>
        <source>IdentityDesk</source>
        <translation>IdentityDesk</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../../ui/UserListSession.cpp" line="+38"/>
        <source>New rows are sorted when loading ends.</source>
        <translation>Neue Zeilen werden nach dem Laden sortiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+60"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowMenus.cpp" line="+14"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the users again from the first page</source>
        <translation>Benutzer erneut ab der ersten Seite laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter the users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage &amp;Profiles…</source>
        <translation>&amp;Profile verwalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit, remove and test connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, bearbeiten, entfernen und testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+101"/>
        <source>There are no connection profiles yet.</source>
        <translation>Es gibt noch keine Verbindungsprofile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with File › Manage Profiles, or try the offline demo with “identitydesk --demo”.</source>
        <translation>Legen Sie eines über Datei › Profile verwalten an oder probieren Sie die Offline-Demo mit „identitydesk --demo“ aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – IdentityDesk</source>
        <translation>%1 – IdentityDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the secret of “%1”…</source>
        <translation>Geheimnis des Profils „%1“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/SessionSecretOffer.cpp" line="+24"/>
        <source>Use a Secret for This &amp;Session Only…</source>
        <translation>Geheimnis nur für diese &amp;Sitzung verwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a secret for this session only</source>
        <translation>Geheimnis nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+11"/>
        <source>The profile “%1” names a service this version does not know.</source>
        <translation>Das Profil „%1“ verweist auf einen Dienst, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../ui/UserListSession.cpp" line="+56"/>
        <source>Loading the users of “%1” (%2)…</source>
        <translation>Benutzer von „%1“ werden geladen (%2)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+55"/>
        <source>Loading users failed: %1</source>
        <translation>Laden der Benutzer fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../../services/profiles/MemorySecretStore.cpp" line="+11"/>
        <source>No secret is kept for profile &quot;%1&quot; in this session.</source>
        <translation>Für das Profil „%1“ ist in dieser Sitzung kein Geheimnis hinterlegt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>NoMatchPanel</name>
    <message>
        <location filename="../../ui/NoMatchPanel.cpp" line="+11"/>
        <source>Searc&amp;h the Server</source>
        <translation>Auf dem Server suc&amp;hen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;All Users</source>
        <translation>Alle Benutzer &amp;laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the whole directory on the server for the filter text (Enter in the filter field)</source>
        <translation>Das gesamte Verzeichnis auf dem Server nach dem Filtertext durchsuchen (Eingabetaste im Filterfeld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load every user, then filter all of them (Ctrl+Shift+L)</source>
        <translation>Alle Benutzer laden und dann alle filtern (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matching users</source>
        <translation>Keine passenden Benutzer</translation>
    </message>
</context>
<context>
    <name>PagePipeline</name>
    <message>
        <location filename="../../services/paging/PagePipeline.cpp" line="+48"/>
        <location line="+22"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the server sent %1 users on a page of %2</source>
        <translation>der Server hat %1 Benutzer auf einer Seite gesendet, die nur %2 fassen darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced a negative number of users (%1)</source>
        <translation>der Server hat eine negative Anzahl von Benutzern angegeben (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the number of users the server announced changed from %1 to %2 during the listing</source>
        <translation>die vom Server angegebene Anzahl der Benutzer hat sich während des Auflistens von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server sent page %1 again without any new user</source>
        <translation>der Server hat Seite %1 erneut ohne neue Benutzer gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>listed %1 of %2 announced: the server stopped early</source>
        <translation>%1 von %2 angegebenen Benutzern aufgelistet: der Server hat vorzeitig aufgehört</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the server sent an empty page %1 in the middle of the listing</source>
        <translation>der Server hat mitten in der Liste eine leere Seite %1 gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server sent an empty page %1 that claims more pages follow</source>
        <translation>der Server hat eine leere Seite %1 gesendet, laut der noch weitere Seiten folgen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>stopped after %1 users, the most one listing may hold</source>
        <translation>nach %1 Benutzern beendet, der Höchstzahl für eine Liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server keeps sending users beyond the %1 it announced</source>
        <translation>der Server sendet weiter Benutzer über die angegebenen %1 hinaus</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the backend cannot address page %1 of this listing</source>
        <translation>das Backend kann Seite %1 dieser Liste nicht adressieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server announced %1 users but sent %2 different ones</source>
        <translation>der Server hat %1 Benutzer angegeben, aber %2 verschiedene gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n user(s) appeared twice because the directory changed while it was listed; each is shown once.</source>
        <translation>
            <numerusform>%n Benutzer kam doppelt vor, weil sich das Verzeichnis während des Auflistens geändert hat; er wird nur einmal angezeigt.</numerusform>
            <numerusform>%n Benutzer kamen doppelt vor, weil sich das Verzeichnis während des Auflistens geändert hat; jeder wird nur einmal angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEmailChanges</name>
    <message>
        <location filename="../../services/journal/PendingEmailChanges.cpp" line="+37"/>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
</context>
<context>
    <name>ProfileConnectionTest</name>
    <message>
        <location filename="../../ui/ProfileConnectionTest.cpp" line="+20"/>
        <location line="+23"/>
        <location line="+10"/>
        <source>The connection was not tested.</source>
        <translation>Die Verbindung wurde nicht getestet.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Type the secret first.</source>
        <translation>Geben Sie zuerst das Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kind of connection is not supported.</source>
        <translation>Diese Art von Verbindung wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected as %1 (%2).</source>
        <translation>Verbunden als %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Connected: 1 user.</source>
        <translation>Verbunden: 1 Benutzer.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Connected: %L1 users.</source>
        <translation>Verbunden: %L1 Benutzer.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Connected: users are listed (the service does not say how many).</source>
        <translation>Verbunden: Benutzer werden aufgelistet (der Dienst nennt keine Anzahl).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../ui/ProfileEditor.cpp" line="+41"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend API</source>
        <translation>Backend-API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZITADEL API version</source>
        <translation>ZITADEL-API-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User service v2 (current)</source>
        <translation>User Service v2 (aktuell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management v1 (legacy)</source>
        <translation>Management v1 (veraltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Huawei account name</source>
        <translation>Name des Huawei-Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huawei a&amp;ccount:</source>
        <translation>Huawei-&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huawei project</source>
        <translation>Huawei-Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huawei &amp;project:</source>
        <translation>Huawei-&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in URL, optional</source>
        <translation>Anmelde-URL, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the base URL when empty</source>
        <translation>Optional; sonst gilt die Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-&amp;in URL:</source>
        <translation>Anmelde-U&amp;RL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in the system keyring, never in the profile file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Profildatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificates file, optional</source>
        <translation>CA-Zertifikatsdatei, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; a PEM file trusted besides the system&apos;s</source>
        <translation>Optional; eine PEM-Datei, der zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the CA Certificates File</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse for the CA certificates file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certi&amp;ficates:</source>
        <translation>CA-&amp;Zertifikate:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Client &amp;id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IAM us&amp;er name:</source>
        <translation>&amp;IAM-Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login &amp;email:</source>
        <translation>Anmel&amp;de-E-Mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acronis &amp;tenant id:</source>
        <translation>Acronis-Man&amp;danten-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL &amp;org id:</source>
        <translation>ZITADEL-&amp;Organisations-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the service account&apos;s own when empty</source>
        <translation>Optional; sonst die Organisation des Dienstkontos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileFieldText</name>
    <message>
        <location filename="../../ui/ProfileFieldText.cpp" line="+7"/>
        <location line="+17"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the personal access token.</source>
        <translation>Geben Sie das persönliche Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token.</source>
        <translation>Geben Sie das Token ein.</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <location filename="../../ui/ProfileListPanel.cpp" line="+19"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected profile</source>
        <translation>Ausgewähltes Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected profile</source>
        <translation>Ausgewähltes Profil entfernen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (demo, read-only)</source>
        <translation>%1 (Demo, schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ProfileRemoveBar</name>
    <message>
        <location filename="../../ui/ProfileRemoveBar.cpp" line="+14"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>Beha&amp;lten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm removal</source>
        <translation>Entfernen bestätigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove the profile &quot;%1&quot;? Its stored secret is removed as well; this cannot be undone.</source>
        <translation>Profil „%1“ entfernen? Das gespeicherte Geheimnis wird ebenfalls entfernt; dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the profile %1</source>
        <translation>Profil %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileSaveTask</name>
    <message>
        <location filename="../../ui/ProfileSaveTask.cpp" line="+83"/>
        <location line="+17"/>
        <source>The secret could not be stored; nothing was saved.</source>
        <translation>Das Geheimnis konnte nicht abgelegt werden; das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileSecretLookup</name>
    <message>
        <location filename="../../ui/ProfileSecretLookup.cpp" line="+33"/>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No secret is stored for the profile &quot;%1&quot;; type it in the form.</source>
        <translation>Für das Profil „%1“ ist kein Geheimnis gespeichert; geben Sie es im Formular ein.</translation>
    </message>
</context>
<context>
    <name>ProfileSecretReader</name>
    <message>
        <location filename="../../ui/ProfileSecretReader.cpp" line="+28"/>
        <location line="+55"/>
        <source>The secret of the profile “%1” cannot be read.</source>
        <translation>Das Geheimnis des Profils „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No secret store is available for it.</source>
        <translation>Dafür ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No secret is saved for the profile “%1”.</source>
        <translation>Für das Profil „%1“ ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it in File › Manage Profiles (edit the profile), or add the profile again with “identitydesk-cli profiles add --secret-stdin”.</source>
        <translation>Geben Sie es unter Datei › Profile verwalten ein (Profil bearbeiten) oder fügen Sie das Profil mit „identitydesk-cli profiles add --secret-stdin“ erneut hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keyring is not available, so the secret of “%1” cannot be read.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; daher kann das Geheimnis von „%1“ nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../services/profiles/ProfileStore.cpp" line="+81"/>
        <location line="+17"/>
        <source>A profile called &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+17"/>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IdentityDesk will not change it; fix the file or move it away.</source>
        <translation>IdentityDesk verändert sie nicht; korrigieren Sie die Datei oder verschieben Sie sie an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile file %1 is a folder.</source>
        <translation>Die Profildatei %1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The profile file %1 is too large to be a profile file. %2</source>
        <translation>Die Profildatei %1 ist zu groß für eine Profildatei. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile file %1 is damaged: it is not valid JSON (%2 at byte %3). %4</source>
        <translation>Die Profildatei %1 ist beschädigt: Sie enthält kein gültiges JSON (%2 bei Byte %3). %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile file %1 is damaged: it is not a JSON object. %2</source>
        <translation>Die Profildatei %1 ist beschädigt: Sie ist kein JSON-Objekt. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile file %1 is damaged: it has no &quot;version&quot; field. %2</source>
        <translation>Die Profildatei %1 ist beschädigt: Das Feld &quot;version&quot; fehlt. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile file %1 is damaged: &quot;version&quot; is not a whole number. %2</source>
        <translation>Die Profildatei %1 ist beschädigt: &quot;version&quot; ist keine ganze Zahl. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile file %1 has format version %2, but this IdentityDesk only reads version %3 (the file was probably written by a newer IdentityDesk). %4</source>
        <translation>Die Profildatei %1 hat die Formatversion %2, diese IdentityDesk-Version liest aber nur Version %3 (die Datei stammt wahrscheinlich von einer neueren IdentityDesk-Version). %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile file %1 is damaged: &quot;profiles&quot; is missing or not a list. %2</source>
        <translation>Die Profildatei %1 ist beschädigt: &quot;profiles&quot; fehlt oder ist keine Liste. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile file %1 is damaged: entry %2 is not a profile. %3</source>
        <translation>Die Profildatei %1 ist beschädigt: Eintrag %2 ist kein Profil. %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile file %1 is damaged: %2: %3 %4</source>
        <translation>Die Profildatei %1 ist beschädigt: %2: %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile file %1 is damaged: the name &quot;%2&quot; is used twice. %3</source>
        <translation>Die Profildatei %1 ist beschädigt: Der Name „%2“ kommt doppelt vor. %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The profile cannot be saved: %1</source>
        <translation>Das Profil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1 for the profile file.</source>
        <translation>Der Ordner %1 für die Profildatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>Cannot write the profile file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot make the profile file %1 private: %2</source>
        <translation>Die Profildatei %1 kann nicht vor dem Zugriff anderer Benutzer geschützt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the profile file %1: %2. The previous file is unchanged.</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden: %2. Die bisherige Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../ui/ProfilesDialog.cpp" line="+28"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The saved profiles could not be read.</source>
        <translation>Die gespeicherten Profile konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ProfilesDialogButtons.cpp" line="+16"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/BuiltInProfileNotice.cpp" line="+16"/>
        <source>“%1” is a profile of the offline demo and cannot be edited or removed.</source>
        <translation>„%1“ ist ein Profil der Offline-Demo und kann weder bearbeitet noch entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo builds its profiles when it starts, for its own mock server on a port that changes every time, and keeps them only while it runs. Add a profile to keep settings of your own.</source>
        <translation>Die Demo legt ihre Profile beim Start an, für ihren eigenen Mock-Server auf einem Port, der sich jedes Mal ändert, und behält sie nur, solange sie läuft. Fügen Sie ein Profil hinzu, um eigene Einstellungen zu behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/ProfilesDialog.cpp" line="+193"/>
        <source>The profile &quot;%1&quot; was not removed.</source>
        <translation>Das Profil „%1“ wurde nicht entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Saving the profile &quot;%1&quot;…</source>
        <translation>Profil „%1“ wird gespeichert…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The system keyring is not available, so nothing was saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the secret for this session only</source>
        <translation>&amp;Geheimnis nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the secret for this session only</source>
        <translation>Geheimnis nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved the profile &quot;%1&quot;; its secret is kept for this session only.</source>
        <translation>Das Profil „%1“ wurde gespeichert; sein Geheimnis bleibt nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the secret again after restarting IdentityDesk, or save the profile again once the keyring works.</source>
        <translation>Geben Sie das Geheimnis nach einem Neustart von IdentityDesk erneut ein oder speichern Sie das Profil noch einmal, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionTestController.cpp" line="+36"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection test cancelled.</source>
        <translation>Verbindungstest abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ResponseIntegrity</name>
    <message>
        <location filename="../../services/ResponseIntegrity.cpp" line="+78"/>
        <source>The server sent a compressed answer (%1) although IdentityDesk asked for none; it is not read.</source>
        <translation>Der Server hat eine komprimierte Antwort (%1) gesendet, obwohl IdentityDesk keine Komprimierung angefordert hat; sie wird nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The server&apos;s answer was cut off after %n byte(s): %1</source>
        <translation>
            <numerusform>Die Antwort des Servers brach nach %n Byte ab: %1</numerusform>
            <numerusform>Die Antwort des Servers brach nach %n Bytes ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s answer was cut off: %1 of the %2 bytes it announced arrived.</source>
        <translation>Die Antwort des Servers brach ab: Von den angekündigten %2 Bytes sind %1 angekommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server&apos;s answer was cut off: the connection ended after %n byte(s), before the JSON it holds did.</source>
        <translation>
            <numerusform>Die Antwort des Servers brach ab: Die Verbindung endete nach %n Byte, bevor das JSON darin zu Ende war.</numerusform>
            <numerusform>Die Antwort des Servers brach ab: Die Verbindung endete nach %n Bytes, bevor das JSON darin zu Ende war.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered with an HTML page, not the API. A proxy or a sign-in page may be in the way; check the profile&apos;s base URL.</source>
        <translation>Der Server hat mit einer HTML-Seite statt der API geantwortet. Möglicherweise ist ein Proxy oder eine Anmeldeseite dazwischengeschaltet; prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server answered with &quot;%1&quot; content, not the API&apos;s JSON.</source>
        <translation>Der Server hat mit Inhalt vom Typ „%1“ geantwortet, nicht mit dem JSON der API.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server sent too many or too large headers (or none that could be read); IdentityDesk does not read such an answer.</source>
        <translation>Der Server hat zu viele oder zu große Header gesendet (oder keine lesbaren); IdentityDesk liest eine solche Antwort nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent too many or too large headers (%1 header lines, %2 KiB); IdentityDesk does not read such an answer.</source>
        <translation>Der Server hat zu viele oder zu große Header gesendet (%1 Header-Zeilen, %2 KiB); IdentityDesk liest eine solche Antwort nicht.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/ReviewPage.cpp" line="+33"/>
        <source>Change the email of %1 from %2 to %3?</source>
        <translation>E-Mail-Adresse für %1 von %2 in %3 ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new address will be marked as verified.</source>
        <translation>Die neue Adresse wird als bestätigt markiert.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../services/profiles/SecretStore.cpp" line="+63"/>
        <source>No profile name was given for the secret.</source>
        <translation>Für das Geheimnis wurde kein Profilname angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret for profile &quot;%1&quot; is empty; nothing was stored.</source>
        <translation>Das Geheimnis für das Profil „%1“ ist leer; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SendCodeButton</name>
    <message>
        <location filename="../../ui/SendCodeButton.cpp" line="+10"/>
        <source>Send verification code</source>
        <translation>Bestätigungscode senden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+10"/>
        <source>Send again in %n s</source>
        <translation>
            <numerusform>Erneut senden in %n s</numerusform>
            <numerusform>Erneut senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Send code</source>
        <translation>Code sen&amp;den</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../../services/ServiceError.cpp" line="+109"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The server began to answer but did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat mit der Antwort begonnen, sie aber nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Der Server hat mit der Antwort begonnen, sie aber nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected answer from the server: %1</source>
        <translation>Unerwartete Antwort vom Server: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SessionSecretDialog</name>
    <message>
        <location filename="../../ui/SessionSecretDialog.cpp" line="+20"/>
        <source>Secret for This Session Only</source>
        <translation>Geheimnis nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no system keyring to read the secret of “%1” from. Type it here to use it until IdentityDesk quits: it stays in memory and is not saved anywhere.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, aus dem das Geheimnis von „%1“ gelesen werden könnte. Geben Sie es hier ein, um es bis zum Beenden von IdentityDesk zu verwenden: Es bleibt nur im Arbeitsspeicher und wird nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Use for This Session</source>
        <translation>Für diese Sitzung &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>StatusErrors</name>
    <message>
        <location filename="../../services/StatusErrors.cpp" line="+32"/>
        <source>The server rejected the credentials (HTTP %1). Check the profile&apos;s key, token or secret.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1). Prüfen Sie Schlüssel, Token oder Geheimnis im Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials lack permission for this action (HTTP %1).</source>
        <translation>Die Zugangsdaten haben keine Berechtigung für diese Aktion (HTTP %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found (HTTP %1).</source>
        <translation>Nicht gefunden (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record changed on the server meanwhile (HTTP %1).</source>
        <translation>Der Datensatz wurde inzwischen auf dem Server geändert (HTTP %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests; the server asks to slow down (HTTP %1).</source>
        <translation>Zu viele Anfragen; der Server bittet darum, weniger Anfragen zu senden (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation>Fehler auf dem Server (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 sign-in service failed (HTTP %2); this is a problem of the server, not of the profile&apos;s credentials. Try again later.</source>
        <translation>Fehler im Anmeldedienst von %1 (HTTP %2); das ist ein Problem des Servers, nicht der Zugangsdaten im Profil. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../ui/UserActions.cpp" line="+27"/>
        <source>Change &amp;Email…</source>
        <translation>&amp;E-Mail ändern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change email</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Row</source>
        <translation>Zei&amp;le kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resend &amp;Verification</source>
        <translation>&amp;Bestätigung erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend verification mail</source>
        <translation>Bestätigungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Verification Co&amp;de…</source>
        <translation>Bestätigungs&amp;code eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter verification code</source>
        <translation>Bestätigungscode eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh Row</source>
        <translation>Zeile &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh row</source>
        <translation>Zeile aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of This User…</source>
        <translation>&amp;Verlauf dieses Benutzers…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History of this user</source>
        <translation>Verlauf dieses Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Sending the verification mail to %1…</source>
        <translation>Bestätigungs-E-Mail an %1 wird gesendet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification mail sent to %1.</source>
        <translation>Bestätigungs-E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resending the verification mail to %1</source>
        <translation>Erneutes Senden der Bestätigungs-E-Mail an %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refreshing %1</source>
        <translation>Aktualisieren von %1</translation>
    </message>
</context>
<context>
    <name>UserCellText</name>
    <message>
        <location filename="../../models/UserCellText.cpp" line="+67"/>
        <source>Pending confirmation (%1)</source>
        <translation>Bestätigung ausstehend (seit %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending confirmation</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (pending: %2)</source>
        <translation>%1 (ausstehend: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email address is confirmed.</source>
        <translation>Die E-Mail-Adresse ist bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address is not confirmed yet.</source>
        <translation>Die E-Mail-Adresse ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service does not say whether the address is confirmed.</source>
        <translation>Dieser Dienst gibt nicht an, ob die Adresse bestätigt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the new address %2 has waited for confirmation for %3 (requested %4, as this computer&apos;s change journal says).</source>
        <translation>%1; die neue Adresse %2 wartet seit %3 auf Bestätigung (angefordert am %4 laut Änderungsprotokoll dieses Computers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; the new address %2 waits for confirmation.</source>
        <translation>%1; die neue Adresse %2 wartet auf Bestätigung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <location filename="../../ui/UserFilterBar.cpp" line="+25"/>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by email verification</source>
        <translation>Nach E-Mail-Bestätigung filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter loaded users; Enter searches the server (id:ID, email:ADDRESS)</source>
        <translation>Geladene Benutzer filtern; Eingabetaste sucht auf dem Server (id:ID, email:ADDRESS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter loaded users; Enter looks up id:ID or email:ADDRESS</source>
        <translation>Geladene Benutzer filtern; Eingabetaste sucht nach id:ID oder email:ADDRESS</translation>
    </message>
</context>
<context>
    <name>UserLookup</name>
    <message>
        <location filename="../../services/UserLookup.cpp" line="+60"/>
        <source>Enter the email address to look for.</source>
        <translation>Geben Sie die gesuchte E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No user has the id %1.</source>
        <translation>Kein Benutzer hat die ID %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user has the address %1.</source>
        <translation>Kein Benutzer hat die Adresse %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no users.</source>
        <translation>Es gibt keine Benutzer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot search users by text; look one up with id:USER_ID or email:ADDRESS.</source>
        <translation>%1 kann Benutzer nicht per Text suchen; suchen Sie einen Benutzer mit id:USER_ID oder email:ADDRESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking through every user for %1: %2 of %3 checked</source>
        <translation>Alle Benutzer werden nach %1 durchsucht: %2 von %3 geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking through every user for %1: %2 checked</source>
        <translation>Alle Benutzer werden nach %1 durchsucht: %2 geprüft</translation>
    </message>
</context>
<context>
    <name>UserSearch</name>
    <message>
        <location filename="../../ui/UserSearch.cpp" line="+56"/>
        <source>%1 cannot search on the server; the filter shows the matching loaded users.</source>
        <translation>%1 kann nicht auf dem Server suchen; der Filter zeigt die passenden geladenen Benutzer.</translation>
    </message>
</context>
<context>
    <name>UserTableArea</name>
    <message>
        <location filename="../../ui/UserTableArea.cpp" line="+58"/>
        <source>No user loaded so far matches the filters.</source>
        <translation>Keiner der bisher geladenen Benutzer passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded user matches the filters.</source>
        <translation>Kein geladener Benutzer passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user matches the filters.</source>
        <translation>Kein Benutzer passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user loaded so far matches “%1”.</source>
        <translation>Keiner der bisher geladenen Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded user matches “%1”.</source>
        <translation>Kein geladener Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Press Enter to search the server, or Load all users to filter all of them.</source>
        <translation>%1 Drücken Sie die Eingabetaste, um auf dem Server zu suchen, oder wählen Sie „Alle Benutzer laden“, um alle zu filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Load all users to filter all of them.</source>
        <translation>%1 Wählen Sie „Alle Benutzer laden“, um alle zu filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Press Enter to search the server, or Load all users to filter all %2.</source>
        <translation>%1 Drücken Sie die Eingabetaste, um auf dem Server zu suchen, oder wählen Sie „Alle Benutzer laden“, um alle %2 zu filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Load all users to filter all %2.</source>
        <translation>%1 Wählen Sie „Alle Benutzer laden“, um alle %2 zu filtern.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../models/UserTableModel.cpp" line="+88"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <location filename="../../ui/UserTableView.cpp" line="+15"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>UserWords</name>
    <message>
        <location filename="../../services/UserWords.cpp" line="+3"/>
        <location filename="../../services/zitadel/ZitadelUserMapper.cpp" line="+41"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/zitadel/ZitadelUserMapper.cpp" line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/zitadel/ZitadelUserMapper.cpp" line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../../services/zitadel/ZitadelUserMapper.cpp" line="+1"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../../services/zitadel/ZitadelUserMapper.cpp" line="+3"/>
        <source>Suspended</source>
        <translation>Suspendiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial (sign-up not finished)</source>
        <translation>Initial (Registrierung nicht abgeschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>UserWriter</name>
    <message>
        <location filename="../../services/export/UserWriter.cpp" line="+56"/>
        <source>nothing to write to</source>
        <translation>kein Ausgabeziel vorhanden</translation>
    </message>
</context>
<context>
    <name>VerifyCodePage</name>
    <message>
        <location filename="../../ui/VerifyCodePage.cpp" line="+22"/>
        <source>Verification code from the mail</source>
        <translation>Bestätigungscode aus der E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification &amp;code:</source>
        <translation>Bestätigungs&amp;code:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the code from the mail sent to %1 to verify the address, or choose Later to verify it another time.</source>
        <translation>Geben Sie den Code aus der E-Mail an %1 ein, um die Adresse zu bestätigen, oder wählen Sie „Später“, um sie ein anderes Mal zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message numerus="yes">
        <location filename="../../ui/WaitingNotice.cpp" line="+33"/>
        <source>Still waiting for the service (%n s)… Cancel stops the request.</source>
        <translation>
            <numerusform>Warte noch auf den Dienst (%n s)… „Abbrechen“ beendet die Anfrage.</numerusform>
            <numerusform>Warte noch auf den Dienst (%n s)… „Abbrechen“ beendet die Anfrage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZitadelBackendBase</name>
    <message>
        <location filename="../../services/zitadel/ZitadelBackendBase.cpp" line="+22"/>
        <source>The profile has no valid ZITADEL address; enter the instance URL, e.g. https://example.zitadel.cloud.</source>
        <translation>Im Profil fehlt eine gültige ZITADEL-Adresse; tragen Sie die URL der Instanz ein, z. B. https://example.zitadel.cloud.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the new email address.</source>
        <translation>Geben Sie die neue E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must be between 1 and 200 characters long.</source>
        <translation>Die Adresse muss zwischen 1 und 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an API key</source>
        <translation>einem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a personal access token</source>
        <translation>einem persönlichen Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a session token</source>
        <translation>einem Sitzungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this sign-in method</source>
        <translation>dieser Anmeldemethode</translation>
    </message>
    <message>
        <location filename="../../services/zitadel/ZitadelBackendBase.h" line="+50"/>
        <source>the network connection was shut down</source>
        <translation>die Netzwerkverbindung wurde beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>ZITADEL asks to slow down; trying again in %n second(s)...</source>
        <translation>
            <numerusform>ZITADEL meldet zu viele Anfragen; neuer Versuch in %n Sekunde...</numerusform>
            <numerusform>ZITADEL meldet zu viele Anfragen; neuer Versuch in %n Sekunden...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZitadelErrorMapper</name>
    <message>
        <location filename="../../services/zitadel/ZitadelErrorMapper.cpp" line="+63"/>
        <source>The new address is the same as the current one.</source>
        <translation>Die neue Adresse ist dieselbe wie die bisherige.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is already verified; there is nothing to confirm or resend.</source>
        <translation>Die Adresse ist bereits bestätigt; es gibt nichts zu bestätigen oder erneut zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code is not correct. Check the code in the verification mail and try again.</source>
        <translation>Der Code ist nicht korrekt. Prüfen Sie den Code in der Bestätigungs-E-Mail und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code has expired. Send the verification mail again and use the new code.</source>
        <translation>Der Code ist abgelaufen. Senden Sie die Bestätigungs-E-Mail erneut und verwenden Sie den neuen Code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verification is waiting for this account. Change the address or send the verification mail again first.</source>
        <translation>Für dieses Konto steht keine Bestätigung aus. Ändern Sie zuerst die Adresse oder senden Sie die Bestätigungs-E-Mail erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the code from the verification mail (at most 200 characters).</source>
        <translation>Geben Sie den Code aus der Bestätigungs-E-Mail ein (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must be between 1 and 200 characters long.</source>
        <translation>Die Adresse muss zwischen 1 und 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user has not finished the initial sign-up yet, so the address cannot be changed now.</source>
        <translation>Der Benutzer hat die erstmalige Registrierung noch nicht abgeschlossen; die Adresse kann daher jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZITADEL rejected the search: %1</source>
        <translation>ZITADEL hat die Suche abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>ZITADEL refused the request: %1</source>
        <translation>ZITADEL hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+45"/>
        <source>The request is too large for ZITADEL.</source>
        <translation>Die Anfrage ist für ZITADEL zu groß.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>ZITADEL does not offer this API at the profile&apos;s address (HTTP 404). Check the base URL.</source>
        <translation>ZITADEL bietet diese API unter der Adresse im Profil nicht an (HTTP 404). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user has no email address.</source>
        <translation>Der Benutzer hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZITADEL could not find your account.</source>
        <translation>ZITADEL konnte Ihr Konto nicht finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user was not found in this organisation; it may have been deleted or belong to another organisation.</source>
        <translation>Der Benutzer wurde in dieser Organisation nicht gefunden; möglicherweise wurde er gelöscht oder gehört zu einer anderen Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL could not find it: %1</source>
        <translation>ZITADEL konnte das gesuchte Objekt nicht finden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This address is already used by another account.</source>
        <translation>Diese Adresse wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists in ZITADEL: %1</source>
        <translation>Dieses Objekt existiert in ZITADEL bereits: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user was changed at the same time by someone else; reload and try again.</source>
        <translation>Der Benutzer wurde gleichzeitig von jemand anderem geändert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZITADEL refused the request: this token may not use the self-service API. Use the signed-in user&apos;s own token.</source>
        <translation>ZITADEL hat die Anfrage abgelehnt: Dieses Token darf die Self-Service-API nicht verwenden. Verwenden Sie das eigene Token des angemeldeten Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service account lacks permission in this organisation.</source>
        <translation>Dem Dienstkonto fehlen in dieser Organisation die nötigen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZITADEL rejected your session token; it is invalid or has expired. Sign in again and use a fresh token.</source>
        <translation>ZITADEL hat Ihr Sitzungstoken abgelehnt; es ist ungültig oder abgelaufen. Melden Sie sich erneut an und verwenden Sie ein neues Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZITADEL rejected the access token. Check the profile&apos;s personal access token or client secret.</source>
        <translation>ZITADEL hat das Zugriffstoken abgelehnt. Prüfen Sie das persönliche Zugriffstoken oder das Client-Secret im Profil.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+53"/>
        <source>ZITADEL received too many requests; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ZITADEL hat zu viele Anfragen erhalten; warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>ZITADEL hat zu viele Anfragen erhalten; warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+53"/>
        <source>ZITADEL received too many requests; wait a moment and try again.</source>
        <translation>ZITADEL hat zu viele Anfragen erhalten; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>This ZITADEL instance does not offer this call (%1).</source>
        <translation>Diese ZITADEL-Instanz bietet diesen Aufruf nicht an (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL did not finish the request in time; try again.</source>
        <translation>ZITADEL hat die Anfrage nicht rechtzeitig abgeschlossen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL failed with an internal error; try again later.</source>
        <translation>Interner Fehler bei ZITADEL; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL is unavailable right now; try again in a moment.</source>
        <translation>ZITADEL ist gerade nicht verfügbar; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ZITADEL rejected the client id or secret.</source>
        <translation>ZITADEL hat die Client-ID oder das Client-Secret abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client may not use the client-credentials grant; allow it for the service account in ZITADEL.</source>
        <translation>Dieser Client darf den Grant-Typ „Client Credentials“ nicht verwenden; erlauben Sie ihn in ZITADEL für das Dienstkonto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZITADEL refused the access IdentityDesk asks for (the ZITADEL API audience): %1</source>
        <translation>ZITADEL verweigert den Zugriff, den IdentityDesk anfordert (die Audience der ZITADEL-API): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZITADEL refused to issue a token: %1</source>
        <translation>ZITADEL hat die Ausstellung eines Tokens verweigert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ZITADEL instance does not allow the client-credentials grant.</source>
        <translation>Diese ZITADEL-Instanz erlaubt den Grant-Typ „Client Credentials“ nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZITADEL rejected the token request: %1</source>
        <translation>ZITADEL hat die Token-Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZITADEL&apos;s token service failed; try again in a moment.</source>
        <translation>Fehler im Token-Dienst von ZITADEL; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ZitadelManagementBackend</name>
    <message>
        <location filename="../../services/zitadel/ZitadelManagementBackend.cpp" line="+13"/>
        <location line="+8"/>
        <source>ZITADEL management v1</source>
        <translation>ZITADEL management v1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ZITADEL changes the address at once; unless you mark it verified, the user gets a mail to verify the new address.</source>
        <translation>ZITADEL ändert die Adresse sofort; wenn Sie sie nicht als bestätigt markieren, erhält der Benutzer eine Bestätigungs-E-Mail an die neue Adresse.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not an organisation id.</source>
        <translation>Keine Organisations-ID.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>ZITADEL mailed the verification to the user&apos;s address again.</source>
        <translation>ZITADEL hat die Bestätigungs-E-Mail erneut an die Adresse des Benutzers gesendet.</translation>
    </message>
</context>
<context>
    <name>ZitadelSelfBackend</name>
    <message>
        <location filename="../../services/zitadel/ZitadelSelfBackend.cpp" line="+31"/>
        <source>ZITADEL self-service signs in with your own session token; %1 is not supported.</source>
        <translation>Der ZITADEL-Self-Service meldet sich mit Ihrem eigenen Sitzungstoken an; die Anmeldung mit %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile has no session token; sign in to ZITADEL and enter your access token.</source>
        <translation>Im Profil fehlt das Sitzungstoken; melden Sie sich bei ZITADEL an und tragen Sie Ihr Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZITADEL self-service (auth v1)</source>
        <translation>ZITADEL self-service (auth v1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZITADEL changes your address at once and mails a code to it; enter that code to verify the new address.</source>
        <translation>ZITADEL ändert Ihre Adresse sofort und sendet einen Code an die neue Adresse; geben Sie diesen Code ein, um die neue Adresse zu bestätigen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A self-service token acts only on your own account; this user is someone else.</source>
        <translation>Ein Self-Service-Token wirkt nur auf Ihr eigenes Konto; dieser Benutzer ist jemand anderes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The page token was not issued by this ZITADEL profile; load the list again from the start.</source>
        <translation>Das Seitentoken stammt nicht von diesem ZITADEL-Profil; laden Sie die Liste von Anfang an neu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A self-service token can read only your own account.</source>
        <translation>Ein Self-Service-Token kann nur Ihr eigenes Konto abrufen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an administrator can mark an address verified; self-service always mails a code to the new address.</source>
        <translation>Nur ein Administrator kann eine Adresse als bestätigt markieren; im Self-Service wird immer ein Code an die neue Adresse gesendet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter the code from the verification mail.</source>
        <translation>Geben Sie den Code aus der Bestätigungs-E-Mail ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code is too long; copy it exactly from the verification mail.</source>
        <translation>Der Code ist zu lang; kopieren Sie ihn genau aus der Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The address is verified.</source>
        <translation>Die Adresse ist bestätigt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ZITADEL mailed a new verification code to your address.</source>
        <translation>ZITADEL hat einen neuen Bestätigungscode an Ihre Adresse gesendet.</translation>
    </message>
</context>
<context>
    <name>ZitadelServiceAccountBackend</name>
    <message>
        <location filename="../../services/zitadel/ZitadelServiceAccountBackend.cpp" line="+28"/>
        <source>The profile has no personal access token; create one for the service account in ZITADEL and enter it.</source>
        <translation>Im Profil fehlt das persönliche Zugriffstoken; erstellen Sie in ZITADEL eines für das Dienstkonto und tragen Sie es ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile needs the service account&apos;s client id and client secret.</source>
        <translation>Das Profil benötigt die Client-ID und das Client-Secret des Dienstkontos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 signs in with a personal access token or client credentials; %2 is not supported.</source>
        <translation>%1 meldet sich mit einem persönlichen Zugriffstoken oder Client-Zugangsdaten an; die Anmeldung mit %2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No user was given.</source>
        <translation>Es wurde kein Benutzer angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a ZITADEL user id.</source>
        <translation>„%1“ ist keine ZITADEL-Benutzer-ID.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The search text is too long (at most 200 characters).</source>
        <translation>Der Suchtext ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the email address to look for.</source>
        <translation>Geben Sie die gesuchte E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the user id to look for.</source>
        <translation>Geben Sie die gesuchte Benutzer-ID ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The page token was not issued by this ZITADEL profile; load the list again from the start.</source>
        <translation>Das Seitentoken stammt nicht von diesem ZITADEL-Profil; laden Sie die Liste von Anfang an neu.</translation>
    </message>
</context>
<context>
    <name>ZitadelTokenEndpoint</name>
    <message>
        <location filename="../../services/zitadel/ZitadelTokenEndpoint.cpp" line="+52"/>
        <source>field &quot;access_token&quot; is empty</source>
        <translation>Feld &quot;access_token&quot; ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;token_type&quot; is &quot;%1&quot;, not &quot;Bearer&quot;</source>
        <translation>Feld &quot;token_type&quot; ist &quot;%1&quot;, nicht &quot;Bearer&quot;</translation>
    </message>
</context>
<context>
    <name>ZitadelUserServiceBackend</name>
    <message>
        <location filename="../../services/zitadel/ZitadelUserServiceBackend.cpp" line="+46"/>
        <location line="+7"/>
        <source>ZITADEL user service v2</source>
        <translation>ZITADEL User Service v2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZITADEL changes the address at once; unless you mark it verified, the user gets a mail with a code to verify the new address.</source>
        <translation>ZITADEL ändert die Adresse sofort; wenn Sie sie nicht als bestätigt markieren, erhält der Benutzer eine E-Mail mit einem Code, um die neue Adresse zu bestätigen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>ZITADEL mailed a new verification code to the user&apos;s address.</source>
        <translation>ZITADEL hat einen neuen Bestätigungscode an die Adresse des Benutzers gesendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No code was waiting; ZITADEL mailed a new verification code to the user&apos;s address.</source>
        <translation>Es stand kein Code aus; ZITADEL hat einen neuen Bestätigungscode an die Adresse des Benutzers gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the code from the verification mail (at most 20 characters).</source>
        <translation>Geben Sie den Code aus der Bestätigungs-E-Mail ein (höchstens 20 Zeichen).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new address is verified.</source>
        <translation>Die neue Adresse ist bestätigt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="+44"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no users were loaded within 60 s</source>
        <translation>innerhalb von 60 s wurden keine Benutzer geladen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Manage the users of identity providers.</source>
        <translation>Benutzer von Identitätsanbietern verwalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the offline demo: a built-in mock server with one profile per API, secrets in memory.</source>
        <translation>Offline-Demo starten: eingebauter Mock-Server mit einem Profil pro API, Geheimnisse nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this profile (the demo: zitadel).</source>
        <translation>Dieses Profil öffnen (in der Demo: zitadel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the window to FILE once the first page of users is shown, then quit (exit code 2 on failure).</source>
        <translation>Fenster als FILE speichern, sobald die erste Seite mit Benutzern angezeigt wird, dann beenden (Exit-Code 2 bei Fehler).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the interface in this language (%1); default: the system&apos;s.</source>
        <translation>Oberfläche in dieser Sprache anzeigen (%1); Standard: die des Systems.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The saved profiles cannot be read.</source>
        <translation>Die gespeicherten Profile können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no profile called “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the demo cannot start: %1</source>
        <translation>die Demo kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+43"/>
        <source>Run &quot;identitydesk-cli --help&quot; for usage.</source>
        <translation>Aufruf und Optionen zeigt „identitydesk-cli --help“.</translation>
    </message>
</context>
</TS>
