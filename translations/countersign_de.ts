<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cs::cli</name>
    <message>
        <source>Creates a passphrase-protected Ed25519 identity.</source>
        <translation>Erstellt eine mit Passphrase geschützte Ed25519-Identität.</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Ihr Name.</translation>
    </message>
    <message>
        <source>Key file to write (FILE.pub too).</source>
        <translation>Zu schreibende Schlüsseldatei (dazu FILE.pub).</translation>
    </message>
    <message>
        <source>Read the passphrase from this variable.</source>
        <translation>Passphrase aus dieser Variablen lesen.</translation>
    </message>
    <message>
        <source>--name and --out are required</source>
        <translation>--name und --out sind erforderlich</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Passphrase für den neuen Schlüssel: </translation>
    </message>
    <message>
        <source>public key:  %1</source>
        <translation>öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation>Fingerabdruck:          %1</translation>
    </message>
    <message>
        <source>written:     %1 and %2</source>
        <translation>geschrieben:            %1 und %2</translation>
    </message>
    <message>
        <source>Creates an audit store for one deployment.</source>
        <translation>Legt einen Audit-Speicher für ein Deployment an.</translation>
    </message>
    <message>
        <source>The governance administrator&apos;s public key (hex or .pub).</source>
        <translation>Öffentlicher Schlüssel der Governance-Administration (hex oder .pub).</translation>
    </message>
    <message>
        <source>Join an existing deployment with its store id.</source>
        <translation>Einem bestehenden Deployment über dessen Speicher-ID beitreten.</translation>
    </message>
    <message>
        <source>--anchor KEY is required</source>
        <translation>--anchor KEY ist erforderlich</translation>
    </message>
    <message>
        <source>--store-id: expected 32 lower-case hex digits</source>
        <translation>--store-id: 32 Hexadezimalziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <source>store:    %1</source>
        <translation>Speicher:    %1</translation>
    </message>
    <message>
        <source>store id: %1</source>
        <translation>Speicher-ID: %1</translation>
    </message>
    <message>
        <source>anchor:   %1 (%2)</source>
        <translation>Anker:       %1 (%2)</translation>
    </message>
    <message>
        <source>Grants and revokes roles (the administrator), or lists them.</source>
        <translation>Vergibt und widerruft Rollen (Administration) oder listet sie auf.</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>Name des Mitglieds.</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail.</source>
        <translation>E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>A role to grant (repeatable).</source>
        <translation>Zu vergebende Rolle (wiederholbar).</translation>
    </message>
    <message>
        <source>(revoked after seq %1)</source>
        <translation>(widerrufen nach Seq. %1)</translation>
    </message>
    <message>
        <source>expected &apos;grant KEY&apos; or &apos;revoke KEY&apos;</source>
        <translation>&apos;grant KEY&apos; oder &apos;revoke KEY&apos; erwartet</translation>
    </message>
    <message>
        <source>only the store&apos;s administrator (its anchor key) writes the roster</source>
        <translation>nur die Administration des Speichers (sein Ankerschlüssel) schreibt die Berechtigungsliste</translation>
    </message>
    <message>
        <source>grant needs --name, --email and at least one --role</source>
        <translation>grant benötigt --name, --email und mindestens eine --role</translation>
    </message>
    <message>
        <source>granted %1… in roster entry %2</source>
        <translation>%1… in Berechtigungseintrag %2 berechtigt</translation>
    </message>
    <message>
        <source>revoked %1… in roster entry %2</source>
        <translation>%1… in Berechtigungseintrag %2 widerrufen</translation>
    </message>
    <message>
        <source>Reviews a package and records that it was received.</source>
        <translation>Prüft ein Paket und protokolliert seinen Eingang.</translation>
    </message>
    <message>
        <source>Policy file (JSON).</source>
        <translation>Richtliniendatei (JSON).</translation>
    </message>
    <message>
        <source>your key is not on this store&apos;s roster</source>
        <translation>Ihr Schlüssel steht nicht auf der Berechtigungsliste dieses Speichers</translation>
    </message>
    <message>
        <source>received %1 (%2 track, digest %3…) in entry %4</source>
        <translation>%1 eingegangen (Verfahren %2, Digest %3…) in Eintrag %4</translation>
    </message>
    <message>
        <source>no package has been received for request %1 in this store</source>
        <translation>für Antrag %1 ist in diesem Speicher kein Paket eingegangen</translation>
    </message>
    <message>
        <source>Signs a decision on a request.</source>
        <translation>Unterzeichnet eine Entscheidung zu einem Antrag.</translation>
    </message>
    <message>
        <source>approve, approve_with_conditions, request_changes or reject.</source>
        <translation>approve, approve_with_conditions, request_changes oder reject.</translation>
    </message>
    <message>
        <source>The role you sign in.</source>
        <translation>Die Rolle, in der Sie unterzeichnen.</translation>
    </message>
    <message>
        <source>Why (required to reject or request changes).</source>
        <translation>Begründung (Pflicht bei Ablehnung oder Änderungsanforderung).</translation>
    </message>
    <message>
        <source>A condition of the approval (repeatable).</source>
        <translation>Eine Auflage der Freigabe (wiederholbar).</translation>
    </message>
    <message>
        <source>--decision: expected approve, approve_with_conditions, request_changes or reject</source>
        <translation>--decision: approve, approve_with_conditions, request_changes oder reject erwartet</translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation>--role ist erforderlich</translation>
    </message>
    <message>
        <source>the roster does not grant you the role %1</source>
        <translation>die Berechtigungsliste gewährt Ihnen die Rolle %1 nicht</translation>
    </message>
    <message>
        <source>your key has been revoked</source>
        <translation>Ihr Schlüssel wurde widerrufen</translation>
    </message>
    <message>
        <source>you submitted this package; the submitter cannot sign it</source>
        <translation>Sie haben dieses Paket eingereicht; wer einreicht, darf es nicht unterzeichnen</translation>
    </message>
    <message>
        <source>the %1 track of this request does not need a %2 sign-off (needs: %3)</source>
        <translation>das Verfahren %1 dieses Antrags verlangt keine Abzeichnung durch %2 (verlangt: %3)</translation>
    </message>
    <message>
        <source>a %1 needs a --comment saying why</source>
        <translation>%1 erfordert ein --comment mit Begründung</translation>
    </message>
    <message>
        <source>approve_with_conditions needs at least one --condition</source>
        <translation>approve_with_conditions erfordert mindestens eine --condition</translation>
    </message>
    <message>
        <source>you already signed this request as %1; a second required role needs a different person</source>
        <translation>Sie haben diesen Antrag bereits als %1 unterzeichnet; eine zweite erforderliche Rolle verlangt eine andere Person</translation>
    </message>
    <message>
        <source>fail findings without a policy exception block approval: %1</source>
        <translation>blockierende Befunde ohne Richtlinienausnahme verhindern die Freigabe: %1</translation>
    </message>
    <message>
        <source>signed %1 as %2 in entry %3</source>
        <translation>%1 als %2 in Eintrag %3 unterzeichnet</translation>
    </message>
    <message>
        <source>request %1 is now %2</source>
        <translation>Antrag %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Grants a signed policy exception (risk officer).</source>
        <translation>Gewährt eine signierte Richtlinienausnahme (Risikobeauftragte/r).</translation>
    </message>
    <message>
        <source>A fail check as CHECK:SUBJECT (repeatable).</source>
        <translation>Eine blockierende Prüfung als CHECK:SUBJECT (wiederholbar).</translation>
    </message>
    <message>
        <source>The documented justification.</source>
        <translation>Die dokumentierte Begründung.</translation>
    </message>
    <message>
        <source>When it lapses (ISO 8601 date or time, UTC).</source>
        <translation>Wann sie erlischt (Datum oder Zeitpunkt nach ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>--covers, --reason and a valid --expires (e.g. 2026-12-31) are required</source>
        <translation>--covers, --reason und ein gültiges --expires (z. B. 2026-12-31) sind erforderlich</translation>
    </message>
    <message>
        <source>only a risk officer grants policy exceptions</source>
        <translation>nur Risikobeauftragte gewähren Richtlinienausnahmen</translation>
    </message>
    <message>
        <source>you submitted this package; the submitter cannot grant it an exception</source>
        <translation>Sie haben dieses Paket eingereicht; wer einreicht, darf dafür keine Ausnahme gewähren</translation>
    </message>
    <message>
        <source>%1 is not a fail finding of this package (fail findings: %2)</source>
        <translation>%1 ist kein blockierender Befund dieses Pakets (blockierende Befunde: %2)</translation>
    </message>
    <message>
        <source>exception granted in entry %1 until %2</source>
        <translation>Ausnahme in Eintrag %1 gewährt bis %2</translation>
    </message>
    <message>
        <source>Withdraws one of your own decisions.</source>
        <translation>Zieht eine Ihrer eigenen Entscheidungen zurück.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Begründung.</translation>
    </message>
    <message>
        <source>%1 is not a valid decision in this store</source>
        <translation>%1 ist keine gültige Entscheidung in diesem Speicher</translation>
    </message>
    <message>
        <source>you can only withdraw your own decisions</source>
        <translation>Sie können nur Ihre eigenen Entscheidungen zurückziehen</translation>
    </message>
    <message>
        <source>withdrew %1 in entry %2</source>
        <translation>%1 in Eintrag %2 zurückgezogen</translation>
    </message>
    <message>
        <source>Adds a signed comment to a request&apos;s trail.</source>
        <translation>Fügt dem Prüfpfad eines Antrags einen signierten Kommentar hinzu.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Der Kommentar.</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>--text ist erforderlich</translation>
    </message>
    <message>
        <source>comment recorded in entry %1</source>
        <translation>Kommentar in Eintrag %1 erfasst</translation>
    </message>
    <message>
        <source>Retires your key: nothing it signs afterwards is valid.</source>
        <translation>Setzt Ihren Schlüssel außer Dienst: nichts, was er danach signiert, ist gültig.</translation>
    </message>
    <message>
        <source>key retired in entry %1</source>
        <translation>Schlüssel in Eintrag %1 außer Dienst gestellt</translation>
    </message>
    <message>
        <source>Usage: countersign-cli COMMAND [OPTIONS]

Review ML deployment packages and keep a signed audit trail of the decisions.

Commands:
  review PACKAGE [--policy FILE] [--json]   recompute the metrics, assign the track, list findings
  lint PACKAGE [--policy FILE]              the findings only, one per line

  keygen --name NAME --out FILE             create your passphrase-protected signing key
  init STORE --anchor KEY [--store-id ID]   create an audit store (KEY: the administrator&apos;s)
  roster STORE [--identity KEY grant KEY --name N --email E --role R... | revoke KEY]
  receive STORE PACKAGE --identity KEY      review a package and record its receipt
  sign STORE REQUEST --decision D --role R --identity KEY [--comment C] [--condition C]
  exception STORE REQUEST --covers CHECK --reason R --expires DATE --identity KEY
  withdraw STORE ENTRY --reason R --identity KEY
  comment STORE REQUEST --text T --identity KEY
  retire STORE --identity KEY              retire your key
  state STORE REQUEST                       derived state, sign-offs present and missing
  verify STORE                              check every signature, chain, role and witness
  inspect STORE                             read-only verification summary and timeline
  export STORE --format json|html|pdf --out FILE   the audit report, verification summary first
  sync STORE --folder DIR | --postgres URL  one sync round: what arrived, was sent, was refused
  server-init URL [--app-role NAME --app-password-env VAR]   prepare a PostgreSQL team server

Commands that sign read the passphrase from the terminal, or from the environment
variable named by --passphrase-env NAME; never from the command line.

Exit status: 0 done (no fail finding), 1 fail findings or refused by the rules,
2 the input could not be read, 3 verification found a problem.
Run &apos;countersign-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: countersign-cli COMMAND [OPTIONS]

Prüft Deployment-Pakete für ML und führt einen signierten Prüfpfad der Entscheidungen.

Befehle:
  review PACKAGE [--policy FILE] [--json]   Metriken neu berechnen, Verfahren zuordnen, Befunde auflisten
  lint PACKAGE [--policy FILE]              nur die Befunde, einer pro Zeile

  keygen --name NAME --out FILE             Ihren mit Passphrase geschützten Signaturschlüssel erstellen
  init STORE --anchor KEY [--store-id ID]   Audit-Speicher anlegen (KEY: der der Administration)
  roster STORE [--identity KEY grant KEY --name N --email E --role R... | revoke KEY]
  receive STORE PACKAGE --identity KEY      Paket prüfen und seinen Eingang protokollieren
  sign STORE REQUEST --decision D --role R --identity KEY [--comment C] [--condition C]
  exception STORE REQUEST --covers CHECK --reason R --expires DATE --identity KEY
  withdraw STORE ENTRY --reason R --identity KEY
  comment STORE REQUEST --text T --identity KEY
  retire STORE --identity KEY              Ihren Schlüssel außer Dienst stellen
  state STORE REQUEST                       abgeleiteter Status, vorhandene und fehlende Abzeichnungen
  verify STORE                              jede Signatur, Kette, Rolle und Bezeugung prüfen
  inspect STORE                             Verifikationsübersicht und Zeitleiste, nur lesend
  export STORE --format json|html|pdf --out FILE   Prüfbericht, Verifikationsübersicht zuerst
  sync STORE --folder DIR | --postgres URL  eine Synchronisierungsrunde: eingegangen, gesendet, abgelehnt
  server-init URL [--app-role NAME --app-password-env VAR]   PostgreSQL-Teamserver einrichten

Signierende Befehle lesen die Passphrase vom Terminal oder aus der Umgebungsvariablen,
die --passphrase-env NAME benennt; niemals von der Befehlszeile.

Exit-Status: 0 erledigt (kein blockierender Befund), 1 blockierende Befunde oder von den Regeln
abgelehnt, 2 Eingabe nicht lesbar, 3 Verifikation hat ein Problem gefunden.
&apos;countersign-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>countersign-cli: unknown command &apos;%1&apos; (see --help)</source>
        <translation>countersign-cli: unbekannter Befehl &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>usage: countersign-cli %1 %2</source>
        <translation>Aufruf: countersign-cli %1 %2</translation>
    </message>
    <message>
        <source>Your key file.</source>
        <translation>Ihre Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Read the passphrase from this environment variable (for scripts).</source>
        <translation>Passphrase aus dieser Umgebungsvariablen lesen (für Skripte).</translation>
    </message>
    <message>
        <source>--identity FILE is required</source>
        <translation>--identity FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>%1: neither a hex public key nor a key file</source>
        <translation>%1: weder ein hexadezimaler öffentlicher Schlüssel noch eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>Writes the audit report of a store (read-only).</source>
        <translation>Schreibt den Prüfbericht eines Speichers (nur lesend).</translation>
    </message>
    <message>
        <source>json, html or pdf.</source>
        <translation>json, html oder pdf.</translation>
    </message>
    <message>
        <source>The report file.</source>
        <translation>Die Berichtsdatei.</translation>
    </message>
    <message>
        <source>--format: expected json, html or pdf</source>
        <translation>--format: json, html oder pdf erwartet</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>PDF export needs the GUI library; run it through countersign-cli</source>
        <translation>Der PDF-Export benötigt die GUI-Bibliothek; führen Sie ihn über countersign-cli aus</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>store verified</source>
        <translation>Speicher verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>%n verification problem(s)</source>
        <translation>
            <numerusform>%n Verifikationsproblem</numerusform>
            <numerusform>%n Verifikationsprobleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n request(s), %2</source>
        <translation>
            <numerusform>%1 geschrieben: %n Antrag, %2</numerusform>
            <numerusform>%1 geschrieben: %n Anträge, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1 (fatal): entry %2 (author %3, seq %4): %5</source>
        <translation>PROBLEM %1 (fatal): Eintrag %2 (Autor %3, Seq. %4): %5</translation>
    </message>
    <message>
        <source>PROBLEM %1: entry %2 (author %3, seq %4): %5</source>
        <translation>PROBLEM %1: Eintrag %2 (Autor %3, Seq. %4): %5</translation>
    </message>
    <message numerus="yes">
        <source>VERIFIED: %n entries in %1 feeds; every signature, id, chain, role and witness checks out.</source>
        <translation>
            <numerusform>VERIFIZIERT: %n Eintrag in %1 Feeds; jede Signatur, ID, Kette, Rolle und Bezeugung ist in Ordnung.</numerusform>
            <numerusform>VERIFIZIERT: %n Einträge in %1 Feeds; jede Signatur, ID, Kette, Rolle und Bezeugung ist in Ordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT VERIFIED: %n problem(s) in %1 entries.</source>
        <translation>
            <numerusform>NICHT VERIFIZIERT: %n Problem in %1 Einträgen.</numerusform>
            <numerusform>NICHT VERIFIZIERT: %n Probleme in %1 Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows a request&apos;s derived state and sign-offs.</source>
        <translation>Zeigt den abgeleiteten Status und die Abzeichnungen eines Antrags.</translation>
    </message>
    <message>
        <source>no package has been received for request %1</source>
        <translation>für Antrag %1 ist kein Paket eingegangen</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Antrag %1: %2</translation>
    </message>
    <message>
        <source>package %1 %2 (%3), %4 track, submitted by %5</source>
        <translation>Paket  %1 %2 (%3), Verfahren %4, eingereicht von %5</translation>
    </message>
    <message>
        <source>digest  %1</source>
        <translation>Digest %1</translation>
    </message>
    <message>
        <source>policy  %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Abzeichnungen:</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>keine erforderlich</translation>
    </message>
    <message>
        <source>%1 by %2 &lt;%3&gt; in entry %4…</source>
        <translation>%1 durch %2 &lt;%3&gt; in Eintrag %4…</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Fail findings:</source>
        <translation>Blockierende Befunde:</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>covered by a policy exception</source>
        <translation>durch eine Richtlinienausnahme abgedeckt</translation>
    </message>
    <message>
        <source>Decisions that do not count:</source>
        <translation>Nicht zählende Entscheidungen:</translation>
    </message>
    <message>
        <source>%1 as %2 by %3: %4</source>
        <translation>%1 als %2 durch %3: %4</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message numerus="yes">
        <source>Note: the store has %n verification problem(s); run &apos;countersign-cli verify&apos;.</source>
        <translation>
            <numerusform>Hinweis: Der Speicher hat %n Verifikationsproblem; führen Sie &apos;countersign-cli verify&apos; aus.</numerusform>
            <numerusform>Hinweis: Der Speicher hat %n Verifikationsprobleme; führen Sie &apos;countersign-cli verify&apos; aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies every signature, chain, role and witness of a store.</source>
        <translation>Verifiziert jede Signatur, Kette, Rolle und Bezeugung eines Speichers.</translation>
    </message>
    <message>
        <source>Opens a store read-only: verification summary and timeline.</source>
        <translation>Öffnet einen Speicher nur lesend: Verifikationsübersicht und Zeitleiste.</translation>
    </message>
    <message>
        <source>anchor:   %1</source>
        <translation>Anker:       %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>[unreadable] entry %1</source>
        <translation>[unlesbar] Eintrag %1</translation>
    </message>
    <message>
        <source>[INVALID]</source>
        <translation>[UNGÜLTIG]</translation>
    </message>
    <message>
        <source>%1 by %2 (seq %3)</source>
        <translation>%1 von %2 (Seq. %3)</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>no passphrase: standard input is not a terminal; use --passphrase-env NAME</source>
        <translation>keine Passphrase: Die Standardeingabe ist kein Terminal; verwenden Sie --passphrase-env NAME</translation>
    </message>
    <message>
        <source>--passphrase-env: the environment variable %1 is not set</source>
        <translation>--passphrase-env: Die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>Lists the findings of a package, one per line.</source>
        <translation>Listet die Befunde eines Pakets auf, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Reviews a deployment package.</source>
        <translation>Prüft ein Deployment-Paket.</translation>
    </message>
    <message>
        <source>Print the review as JSON.</source>
        <translation>Prüfergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Largest data file accepted, in bytes (default 4 GiB).</source>
        <translation>Größte akzeptierte Datendatei in Byte (Standard: 4 GiB).</translation>
    </message>
    <message>
        <source>Package folder, .zip or .tar.gz.</source>
        <translation>Paketordner, .zip oder .tar.gz.</translation>
    </message>
    <message>
        <source>expected one PACKAGE (see --help)</source>
        <translation>genau ein PACKAGE erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--max-file-size: expected a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-file-size: Anzahl Byte erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>One sync round with a shared folder or a PostgreSQL server.</source>
        <translation>Eine Synchronisierungsrunde mit einem gemeinsamen Ordner oder einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>The shared folder.</source>
        <translation>Der gemeinsame Ordner.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>postgresql://user@host:port/database (Passwort aus PGPASSWORD).</translation>
    </message>
    <message>
        <source>Print the round as JSON.</source>
        <translation>Runde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>give exactly one of --folder DIR and --postgres URL</source>
        <translation>geben Sie genau eines von --folder DIR und --postgres URL an</translation>
    </message>
    <message numerus="yes">
        <source>%n entry</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already held</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting for an earlier entry of their feed</source>
        <translation>
            <numerusform>%1, %n wartet auf einen früheren Eintrag seines Feeds</numerusform>
            <numerusform>%1, %n warten auf einen früheren Eintrag ihres Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n bundle(s)</source>
        <translation>
            <numerusform>%1 in %n Bündel</numerusform>
            <numerusform>%1 in %n Bündeln</numerusform>
        </translation>
    </message>
    <message>
        <source>sync with %1</source>
        <translation>Synchronisierung mit %1</translation>
    </message>
    <message>
        <source>arrived: %1 (%2)</source>
        <translation>eingegangen: %1 (%2)</translation>
    </message>
    <message>
        <source>sent:    %1</source>
        <translation>gesendet:    %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt:   %1</translation>
    </message>
    <message>
        <source>%1 entry %2…</source>
        <translation>%1 Eintrag %2…</translation>
    </message>
    <message>
        <source>Creates the team server&apos;s table and a role allowed INSERT and SELECT only.</source>
        <translation>Legt die Tabelle des Teamservers an und eine Rolle, die nur INSERT und SELECT darf.</translation>
    </message>
    <message>
        <source>The application role to create.</source>
        <translation>Die anzulegende Anwendungsrolle.</translation>
    </message>
    <message>
        <source>Environment variable holding its password.</source>
        <translation>Umgebungsvariable mit ihrem Passwort.</translation>
    </message>
    <message>
        <source>--app-role needs --app-password-env naming a set environment variable</source>
        <translation>--app-role erfordert --app-password-env mit dem Namen einer gesetzten Umgebungsvariablen</translation>
    </message>
    <message>
        <source>server ready at %1</source>
        <translation>Server bereit unter %1</translation>
    </message>
    <message>
        <source>server ready at %1; role %2 may INSERT and SELECT only</source>
        <translation>Server bereit unter %1; Rolle %2 darf nur INSERT und SELECT</translation>
    </message>
    <message>
        <source>PROBLEM %1 (fatal): %2</source>
        <translation>PROBLEM %1 (fatal): %2</translation>
    </message>
    <message>
        <source>The administrator&apos;s key you were given with the store (hex or .pub file): a store pinned to another anchor fails verification.</source>
        <translation>Der Schlüssel der Administration, den Sie mit dem Speicher erhalten haben (hex oder .pub-Datei): Ein Speicher mit einem anderen Vertrauensanker besteht die Verifikation nicht.</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditSession</name>
    <message>
        <source>your key is not on this store&apos;s roster</source>
        <translation>Ihr Schlüssel steht nicht auf der Berechtigungsliste dieses Speichers</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrail</name>
    <message>
        <source>approve</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>Freigabe mit Auflagen</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>Änderungsanforderung</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>grants %1 %2</source>
        <translation>vergibt an %1: %2</translation>
    </message>
    <message>
        <source>revokes %1</source>
        <translation>widerruft %1</translation>
    </message>
    <message>
        <source>empty roster entry</source>
        <translation>leerer Eintrag der Berechtigungsliste</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4 track; needs %5</source>
        <translation>%1 %2 (%3), Verfahren %4; verlangt %5</translation>
    </message>
    <message>
        <source>no sign-off</source>
        <translation>keine Abzeichnung</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>exception covering %1 until %2: %3</source>
        <translation>Richtlinienausnahme für %1 bis %2: %3</translation>
    </message>
    <message>
        <source>withdraws decision %1…: %2</source>
        <translation>zieht Entscheidung %1… zurück: %2</translation>
    </message>
    <message>
        <source>retires this key; nothing after it counts</source>
        <translation>stellt diesen Schlüssel außer Dienst; nichts danach zählt</translation>
    </message>
    <message>
        <source>%1 (trust anchor)</source>
        <translation>%1 (Vertrauensanker)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Berechtigungsliste</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Paket eingegangen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Richtlinienausnahme</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <source>Key retired</source>
        <translation>Schlüssel außer Dienst gestellt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Verified, with a warning</source>
        <translation>Verifiziert, mit Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Does not count</source>
        <translation>Zählt nicht</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>the store has a fatal problem, so no entry counts</source>
        <translation>der Speicher hat ein fatales Problem, daher zählt kein Eintrag</translation>
    </message>
    <message>
        <source>an earlier entry of this feed, or the roster it relies on, failed verification</source>
        <translation>ein früherer Eintrag dieses Feeds oder die Berechtigungsliste, auf die er sich stützt, hat die Verifikation nicht bestanden</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailModel</name>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>The entry claims no role; these are the roles the roster grants its author.</source>
        <translation>Der Eintrag beansprucht keine Rolle; dies sind die Rollen, die die Berechtigungsliste seinem Autor gewährt.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Filter by request</source>
        <translation>Nach Antrag filtern</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>Filter by entry type</source>
        <translation>Nach Eintragstyp filtern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dates are UTC, like the times in the trail; both ends are included.</source>
        <translation>Daten in UTC, wie die Zeiten im Prüfpfad; beide Enden sind eingeschlossen.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>All entry types</source>
        <translation>Alle Eintragstypen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::BarChart</name>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardFigures</name>
    <message>
        <source>Approved</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Freigabe mit Auflagen</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungsanforderung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>unter 1 Tag</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>über 7 Tage</translation>
    </message>
    <message>
        <source>Requests per track and state</source>
        <translation>Anträge je Verfahren und Status</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Time to decision against the SLA</source>
        <translation>Zeit bis zur Entscheidung im Vergleich zur SLA</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Median (h)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90. Perzentil (h)</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb der SLA</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no decided request</source>
        <translation>kein entschiedener Antrag</translation>
    </message>
    <message>
        <source>decided within the policy&apos;s SLA</source>
        <translation>innerhalb der SLA der Richtlinie entschieden</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Rückstau nach Alter</translation>
    </message>
    <message>
        <source>pending requests</source>
        <translation>offene Anträge</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>How reviewers decided</source>
        <translation>Wie die Prüfenden entschieden haben</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Most frequent failing checks</source>
        <translation>Häufigste nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <source>Requests with the failing check</source>
        <translation>Anträge mit der nicht bestandenen Prüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Richtlinienausnahmen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Expiring within 30 days of the period&apos;s end</source>
        <translation>Ablaufend binnen 30 Tagen nach Ende des Zeitraums</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 Tage</translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardView</name>
    <message>
        <source>Requests per track and state, chart</source>
        <translation>Anträge je Verfahren und Status, Diagramm</translation>
    </message>
    <message>
        <source>Requests per track and state</source>
        <translation>Anträge je Verfahren und Status</translation>
    </message>
    <message>
        <source>Time to decision, chart</source>
        <translation>Zeit bis zur Entscheidung, Diagramm</translation>
    </message>
    <message>
        <source>Time to decision per track</source>
        <translation>Zeit bis zur Entscheidung je Verfahren</translation>
    </message>
    <message>
        <source>Backlog by age, chart</source>
        <translation>Rückstau nach Alter, Diagramm</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Rückstau nach Alter</translation>
    </message>
    <message>
        <source>Decisions, chart</source>
        <translation>Entscheidungen, Diagramm</translation>
    </message>
    <message>
        <source>Decisions by kind</source>
        <translation>Entscheidungen nach Art</translation>
    </message>
    <message>
        <source>Failing checks, chart</source>
        <translation>Nicht bestandene Prüfungen, Diagramm</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <source>Policy exceptions</source>
        <translation>Richtlinienausnahmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy exceptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Richtlinienausnahmen&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s)&lt;/b&gt; received from %1 to %2 UTC; %3 pending.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Antrag&lt;/b&gt; eingegangen vom %1 bis %2 UTC; %3 offen.</numerusform>
            <numerusform>&lt;b&gt;%n Anträge&lt;/b&gt; eingegangen vom %1 bis %2 UTC; %3 offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardWindow</name>
    <message>
        <source>Governance dashboard</source>
        <translation>Governance-Dashboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the figures shown as a CSV file</source>
        <translation>Die angezeigten Kennzahlen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Kein Audit-Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Figures from the store&apos;s valid entries.</source>
        <translation>Kennzahlen aus den gültigen Einträgen des Speichers.</translation>
    </message>
    <message>
        <source>The store has verification problems; only valid entries are counted.</source>
        <translation>Der Speicher hat Verifikationsprobleme; nur gültige Einträge werden gezählt.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Es gibt noch keine Kennzahlen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DataTable</name>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
</context>
<context>
    <name>cs::ui::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve with con&amp;ditions</source>
        <translation>Freigeben mit &amp;Auflagen</translation>
    </message>
    <message>
        <source>Request c&amp;hanges</source>
        <translation>Ä&amp;nderungen anfordern</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entscheidung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1. Who signs</source>
        <translation>1. Wer unterzeichnet</translation>
    </message>
    <message>
        <source>Identity key file</source>
        <translation>Identitäts-Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock identity</source>
        <translation>Identität entsperren</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>2. What you decide</source>
        <translation>2. Was Sie entscheiden</translation>
    </message>
    <message>
        <source>Role you sign in</source>
        <translation>Rolle, in der Sie unterzeichnen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Co&amp;nditions (one per line):</source>
        <translation>Auflagen (eine pro &amp;Zeile):</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Will this decision count</source>
        <translation>Zählt diese Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Sign decision</source>
        <translation>Entscheidung &amp;signieren</translation>
    </message>
    <message>
        <source>Sign decision</source>
        <translation>Entscheidung signieren</translation>
    </message>
    <message>
        <source>&amp;Record receipt in the store</source>
        <translation>Eingang im Speicher &amp;vermerken</translation>
    </message>
    <message>
        <source>This package was opened by hand or dropped in: record that the store received it, so that decisions on it can count.</source>
        <translation>Dieses Paket wurde von Hand geöffnet oder hineingezogen: Vermerken Sie seinen Eingang im Speicher, damit Entscheidungen dazu zählen können.</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Receipt recorded.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Eingang vermerkt.&lt;/b&gt; Eintrag %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not recorded:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Nicht vermerkt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Signed.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Signiert.&lt;/b&gt; Eintrag %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not signed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Nicht signiert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Andere Schlüsseldatei…</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Kein Antrag ausgewählt.</translation>
    </message>
    <message>
        <source>%1 %2 · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;</source>
        <translation>%1 %2 · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 as %3: %4%5&lt;br&gt;</source>
        <translation>%1 %2 als %3: %4%5&lt;br&gt;</translation>
    </message>
    <message>
        <source> (does not count: %1)</source>
        <translation> (zählt nicht: %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions so far&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Bisherige Entscheidungen&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source> (required here)</source>
        <translation> (hier erforderlich)</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>Wählen Sie einen Antrag.</translation>
    </message>
    <message>
        <source>No audit store is open, so nothing can be signed.</source>
        <translation>Kein Audit-Speicher geöffnet, daher kann nichts signiert werden.</translation>
    </message>
    <message>
        <source>Reading the audit store…</source>
        <translation>Audit-Speicher wird gelesen…</translation>
    </message>
    <message>
        <source>The audit store cannot be used: %1</source>
        <translation>Der Audit-Speicher ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;✔ Will count.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;✔ Wird zählen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;✘ Will not count.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;✘ Wird nicht zählen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose a key file first.</source>
        <translation>Wählen Sie zuerst eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocked: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;key %2&lt;/small&gt;</source>
        <translation>Entsperrt: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Schlüssel %2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording receipt…</source>
        <translation>Eingang wird vermerkt…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
</context>
<context>
    <name>cs::ui::DecisionRules</name>
    <message>
        <source>The store has not received this request, so a decision on it cannot be recorded.</source>
        <translation>Der Speicher hat diesen Antrag nicht erhalten; eine Entscheidung dazu kann daher nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Unlock your identity to sign.</source>
        <translation>Entsperren Sie Ihre Identität, um zu unterzeichnen.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Wählen Sie eine Entscheidung.</translation>
    </message>
    <message>
        <source>Choose the role you sign in.</source>
        <translation>Wählen Sie die Rolle, in der Sie unterzeichnen.</translation>
    </message>
    <message>
        <source>The roster does not grant you the role %1.</source>
        <translation>Die Berechtigungsliste gewährt Ihnen die Rolle %1 nicht.</translation>
    </message>
    <message>
        <source>Your key has been revoked.</source>
        <translation>Ihr Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>You submitted this package; the submitter cannot sign it.</source>
        <translation>Sie haben dieses Paket eingereicht; wer einreicht, darf es nicht unterzeichnen.</translation>
    </message>
    <message>
        <source>The %1 track of this request needs no sign-off; it is approved by policy.</source>
        <translation>Das Verfahren %1 dieses Antrags verlangt keine Abzeichnung; er ist durch die Richtlinie freigegeben.</translation>
    </message>
    <message>
        <source>The %1 track of this request does not need a %2 sign-off (it needs: %3).</source>
        <translation>Das Verfahren %1 dieses Antrags verlangt keine Abzeichnung durch %2 (es verlangt: %3).</translation>
    </message>
    <message>
        <source>Rejecting or requesting changes needs a comment saying why.</source>
        <translation>Eine Ablehnung oder Änderungsanforderung erfordert einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>Approving with conditions needs at least one condition.</source>
        <translation>Eine Freigabe mit Auflagen erfordert mindestens eine Auflage.</translation>
    </message>
    <message>
        <source>You already signed this request as %1; a second required role needs a different person.</source>
        <translation>Sie haben diesen Antrag bereits als %1 unterzeichnet; eine zweite erforderliche Rolle verlangt eine andere Person.</translation>
    </message>
    <message>
        <source>Fail findings without a policy exception block approval: %1.</source>
        <translation>Blockierende Befunde ohne Richtlinienausnahme verhindern die Freigabe: %1.</translation>
    </message>
    <message>
        <source>Your rejection counts: the request will be rejected.</source>
        <translation>Ihre Ablehnung zählt: Der Antrag wird abgelehnt.</translation>
    </message>
    <message>
        <source>Your request for changes counts: the submitter will be asked for changes.</source>
        <translation>Ihre Änderungsanforderung zählt: Die einreichende Person wird um Änderungen gebeten.</translation>
    </message>
    <message>
        <source>Your approval counts and completes the required sign-offs: the request will be approved.</source>
        <translation>Ihre Freigabe zählt und vervollständigt die erforderlichen Abzeichnungen: Der Antrag wird freigegeben.</translation>
    </message>
    <message>
        <source>Your approval counts as the %1 sign-off. Still needed: %2.</source>
        <translation>Ihre Freigabe zählt als Abzeichnung durch %1. Noch erforderlich: %2.</translation>
    </message>
    <message>
        <source>It replaces your earlier decision in this role.</source>
        <translation>Sie ersetzt Ihre frühere Entscheidung in dieser Rolle.</translation>
    </message>
    <message>
        <source>The store has not received this request.</source>
        <translation>Der Speicher hat diesen Antrag nicht erhalten.</translation>
    </message>
    <message>
        <source>Unlock your identity to grant an exception.</source>
        <translation>Entsperren Sie Ihre Identität, um eine Richtlinienausnahme zu gewähren.</translation>
    </message>
    <message>
        <source>Only a risk officer grants policy exceptions.</source>
        <translation>Nur Risikobeauftragte gewähren Richtlinienausnahmen.</translation>
    </message>
    <message>
        <source>You submitted this package; the submitter cannot grant it an exception.</source>
        <translation>Sie haben dieses Paket eingereicht; wer einreicht, darf dafür keine Ausnahme gewähren.</translation>
    </message>
    <message>
        <source>Choose the fail findings the exception covers.</source>
        <translation>Wählen Sie die blockierenden Befunde, die die Ausnahme abdeckt.</translation>
    </message>
    <message>
        <source>%1 is not a fail finding of this package.</source>
        <translation>%1 ist kein blockierender Befund dieses Pakets.</translation>
    </message>
    <message>
        <source>An exception needs a documented reason.</source>
        <translation>Eine Ausnahme erfordert eine dokumentierte Begründung.</translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The exception will cover: %1.</source>
        <translation>Die Ausnahme wird abdecken: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DriftSection</name>
    <message>
        <source>Population stability index per feature</source>
        <translation>Population Stability Index je Merkmal</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>PSI %1 (info)</source>
        <translation>PSI %1 (Info)</translation>
    </message>
    <message>
        <source>PSI %1 (warn)</source>
        <translation>PSI %1 (Warnung)</translation>
    </message>
    <message>
        <source>PSI per feature</source>
        <translation>PSI je Merkmal</translation>
    </message>
    <message>
        <source>Drift numbers</source>
        <translation>Drift-Werte</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>Missing ref.</source>
        <translation>Fehlend Ref.</translation>
    </message>
    <message>
        <source>Missing cur.</source>
        <translation>Fehlend akt.</translation>
    </message>
    <message>
        <source>&amp;Histogram of feature:</source>
        <translation>&amp;Histogramm des Merkmals:</translation>
    </message>
    <message>
        <source>Feature for the histogram</source>
        <translation>Merkmal für das Histogramm</translation>
    </message>
    <message>
        <source>%1: reference vs current (PSI %2)</source>
        <translation>%1: Referenz gegenüber aktuell (PSI %2)</translation>
    </message>
    <message>
        <source>share of rows</source>
        <translation>Anteil der Zeilen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Histogram of %1</source>
        <translation>Histogramm von %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ExceptionBox</name>
    <message>
        <source>Policy exception (risk officer)</source>
        <translation>Richtlinienausnahme (Risikobeauftragte/r)</translation>
    </message>
    <message>
        <source>Fail findings the exception covers</source>
        <translation>Blockierende Befunde, die die Ausnahme abdeckt</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Deckt ab:</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Begründung der Ausnahme</translation>
    </message>
    <message>
        <source>Documented business justification</source>
        <translation>Dokumentierte fachliche Begründung</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Exception expires</source>
        <translation>Ablauf der Ausnahme</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Grant exception</source>
        <translation>Ausnahme ge&amp;währen</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Exception granted.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Ausnahme gewährt.&lt;/b&gt; Eintrag %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not granted:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Nicht gewährt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::ExplainabilitySection</name>
    <message>
        <source>No attributions were submitted, so importance, stability and reason codes cannot be shown.</source>
        <translation>Es wurden keine Attributionen eingereicht; Wichtigkeit, Stabilität und Begründungscodes können daher nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Declared method: %1; reason codes: %2</source>
        <translation>Angegebene Methode: %1; Begründungscodes: %2</translation>
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
        <source>Method: &lt;b&gt;%1&lt;/b&gt; · reason codes declared: &lt;b&gt;%2&lt;/b&gt; · rank stability (Spearman): &lt;b&gt;%3&lt;/b&gt; · top-5 overlap: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Methode: &lt;b&gt;%1&lt;/b&gt; · Begründungscodes angegeben: &lt;b&gt;%2&lt;/b&gt; · Rangstabilität (Spearman): &lt;b&gt;%3&lt;/b&gt; · Überschneidung der Top 5: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mean |attribution| per feature</source>
        <translation>Mittlere |Attribution| je Merkmal</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Feature importance, candidate against baseline</source>
        <translation>Merkmalswichtigkeit, Kandidat gegenüber Baseline</translation>
    </message>
    <message>
        <source>Feature importance numbers</source>
        <translation>Werte der Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason codes&lt;/b&gt;: share of the %1 adverse cases with attributions that name each feature among their four principal reasons.</source>
        <translation>&lt;b&gt;Begründungscodes&lt;/b&gt;: Anteil der %1 nachteiligen Fälle mit Attributionen, die das jeweilige Merkmal unter ihren vier Hauptgründen nennen.</translation>
    </message>
    <message>
        <source>Reason-code frequency</source>
        <translation>Häufigkeit der Begründungscodes</translation>
    </message>
    <message>
        <source>Share of adverse cases</source>
        <translation>Anteil nachteiliger Fälle</translation>
    </message>
    <message>
        <source>Reason-code frequency numbers</source>
        <translation>Werte zur Häufigkeit der Begründungscodes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>cs::ui::FactSections</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
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
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No cost figures were submitted.</source>
        <translation>Es wurden keine Kostenangaben eingereicht.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Over budget.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Budget überschritten.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost per 1,000 inferences (USD)</source>
        <translation>Kosten je 1.000 Inferenzen (USD)</translation>
    </message>
    <message>
        <source>Baseline per 1,000 (USD)</source>
        <translation>Baseline je 1.000 (USD)</translation>
    </message>
    <message>
        <source>Change per 1,000</source>
        <translation>Änderung je 1.000</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Monatliches Volumen</translation>
    </message>
    <message>
        <source>Monthly estimate (USD)</source>
        <translation>Monatliche Schätzung (USD)</translation>
    </message>
    <message>
        <source>Monthly budget (USD)</source>
        <translation>Monatsbudget (USD)</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Budget überschritten</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>NOT approved</source>
        <translation>NICHT freigegeben</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>Personenbezug</translation>
    </message>
    <message>
        <source>no PII</source>
        <translation>kein Personenbezug</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>No data sources are listed.</source>
        <translation>Es sind keine Datenquellen aufgeführt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>PII approval</source>
        <translation>Datenschutzfreigabe</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>bestehend</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protected attributes tested: %1</source>
        <translation>Geprüfte geschützte Merkmale: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No training datasets are listed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es sind keine Trainingsdatensätze aufgeführt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training dataset</source>
        <translation>Trainingsdatensatz</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>Trainingscode</translation>
    </message>
    <message>
        <source>Automated tests passed</source>
        <translation>Automatisierte Tests bestanden</translation>
    </message>
    <message>
        <source>Test suite</source>
        <translation>Testsuite</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Testbericht</translation>
    </message>
    <message>
        <source>&lt;b&gt;No rollback plan was submitted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es wurde kein Rückfallplan eingereicht.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>Innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>Downstream consumers to notify</source>
        <translation>Zu benachrichtigende nachgelagerte Abnehmer</translation>
    </message>
    <message>
        <source>No A/B plan was submitted.</source>
        <translation>Es wurde kein A/B-Plan eingereicht.</translation>
    </message>
    <message>
        <source>Traffic (%)</source>
        <translation>Verkehrsanteil (%)</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Dauer (Tage)</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Erfolgsmetrik</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>&lt;b&gt;No monitoring was declared.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es wurde keine Überwachung angegeben.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data drift monitoring</source>
        <translation>Überwachung der Datendrift</translation>
    </message>
    <message>
        <source>PSI alert level</source>
        <translation>PSI-Alarmschwelle</translation>
    </message>
    <message>
        <source>Concept drift monitoring</source>
        <translation>Überwachung der Konzeptdrift</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Zeitfenster (Tage)</translation>
    </message>
    <message>
        <source>Code review approvals</source>
        <translation>Freigaben im Code-Review</translation>
    </message>
    <message>
        <source>Security scan: critical</source>
        <translation>Sicherheitsscan: kritisch</translation>
    </message>
    <message>
        <source>Security scan: high</source>
        <translation>Sicherheitsscan: hoch</translation>
    </message>
    <message>
        <source>Integration tests passed</source>
        <translation>Integrationstests bestanden</translation>
    </message>
    <message>
        <source>Validated in staging</source>
        <translation>In Staging validiert</translation>
    </message>
    <message>
        <source>Contains PII</source>
        <translation>Enthält personenbezogene Daten</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Data quality checks passed</source>
        <translation>Datenqualitätsprüfungen bestanden</translation>
    </message>
    <message>
        <source>Lineage documented</source>
        <translation>Herkunft dokumentiert</translation>
    </message>
    <message>
        <source>Freshness SLA (hours)</source>
        <translation>Aktualitäts-SLA (Stunden)</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
</context>
<context>
    <name>cs::ui::FairnessSection</name>
    <message>
        <source>&amp;Protected attribute:</source>
        <translation>&amp;Geschütztes Merkmal:</translation>
    </message>
    <message>
        <source>Protected attribute</source>
        <translation>Geschütztes Merkmal</translation>
    </message>
    <message>
        <source>Groups marked † have fewer cases than the policy&apos;s minimum group size and are left out of the aggregates. The dashed line is %1 × the best counted group&apos;s rate (the four-fifths rule).</source>
        <translation>Mit † markierte Gruppen haben weniger Fälle als die Mindestgruppengröße der Richtlinie und fließen nicht in die Gesamtwerte ein. Die gestrichelte Linie liegt bei %1 × der Rate der besten gezählten Gruppe (Vier-Fünftel-Regel).</translation>
    </message>
    <message>
        <source>Favourable rate</source>
        <translation>Quote günstiger Ergebnisse</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>Auswahlquote</translation>
    </message>
    <message>
        <source>%1 by group</source>
        <translation>%1 nach Gruppe</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>%1 × best %2</source>
        <translation>%1 × beste %2</translation>
    </message>
    <message>
        <source>Fairness chart for %1</source>
        <translation>Fairness-Diagramm für %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>FNR</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Fairness numbers for %1</source>
        <translation>Fairness-Werte für %1</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:#c62828&quot;&gt;below %1&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:#c62828&quot;&gt;unter %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disparate impact ratio (%1): &lt;b&gt;%2&lt;/b&gt;%3 · Demographic parity difference: &lt;b&gt;%4&lt;/b&gt; · Equal opportunity difference: &lt;b&gt;%5&lt;/b&gt; · Equalized odds difference: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Disparate-Impact-Quotient (%1): &lt;b&gt;%2&lt;/b&gt;%3 · Differenz der demografischen Parität: &lt;b&gt;%4&lt;/b&gt; · Differenz der Chancengleichheit: &lt;b&gt;%5&lt;/b&gt; · Differenz der Equalized Odds: &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::FindingRow</name>
    <message>
        <source>%1 finding %2 %3</source>
        <translation>%1-Befund %2 %3</translation>
    </message>
    <message>
        <source>Go to the evidence (Enter)</source>
        <translation>Zum Nachweis springen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;How to fix:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Behebung:&lt;/span&gt; %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::FindingsSection</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; fail · &lt;b&gt;%2&lt;/b&gt; warn · &lt;b&gt;%3&lt;/b&gt; info. A fail blocks approval unless a signed policy exception covers it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; blockierend · &lt;b&gt;%2&lt;/b&gt; Warnung · &lt;b&gt;%3&lt;/b&gt; Info. Ein blockierender Befund verhindert die Freigabe, sofern ihn keine signierte Richtlinienausnahme abdeckt.</translation>
    </message>
    <message>
        <source>No findings: every automated check passed.</source>
        <translation>Keine Befunde: Alle automatischen Prüfungen wurden bestanden.</translation>
    </message>
</context>
<context>
    <name>cs::ui::HeaderSection</name>
    <message>
        <source>%1 TRACK</source>
        <translation>VERFAHREN %1</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Verfahren: %1</translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation>SLA %1 h</translation>
    </message>
    <message>
        <source>no review SLA</source>
        <translation>keine Prüf-SLA</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%1, overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;%1, überfällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 h ago; %3)</source>
        <translation>%1 (vor %2 h; %3)</translation>
    </message>
    <message>
        <source>%1 · request %2 · submitted by %3 on %4</source>
        <translation>%1 · Antrag %2 · eingereicht von %3 am %4</translation>
    </message>
    <message>
        <source>Package digest &lt;code&gt;%1…&lt;/code&gt;</source>
        <translation>Paket-Digest &lt;code&gt;%1…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Digest kopieren</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of manifest.json: %1</source>
        <translation>Den vollständigen SHA-256 von manifest.json kopieren: %1</translation>
    </message>
    <message>
        <source>Copy package digest</source>
        <translation>Paket-Digest kopieren</translation>
    </message>
    <message>
        <source>No track rule fired: green by default.</source>
        <translation>Keine Verfahrensregel hat gegriffen: standardmäßig grün.</translation>
    </message>
    <message>
        <source>Why %1:</source>
        <translation>Warum %1:</translation>
    </message>
    <message>
        <source>Why not %1:</source>
        <translation>Warum nicht %1:</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Erforderliche Abzeichnungen</translation>
    </message>
    <message>
        <source>None: the %1 track is approved by policy and recorded.</source>
        <translation>Keine: Das Verfahren %1 ist durch die Richtlinie freigegeben und wird protokolliert.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;missing&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;fehlt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;✔ %1 (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;✔ %1 (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; no audit store open</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; kein Audit-Speicher geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; not received in the audit store</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; im Audit-Speicher nicht eingegangen</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b style=&quot;color:#c62828&quot;&gt;The store holds a different digest for this request.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b style=&quot;color:#c62828&quot;&gt;Der Speicher enthält für diesen Antrag einen anderen Digest.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::IdentityDialog</name>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>&amp;Create an identity</source>
        <translation>Identität &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Show a public key</source>
        <translation>Öffentlichen Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>A new Ed25519 key pair for signing decisions. The key file is protected by your passphrase; give the administrator the public key (the .pub file written beside it).</source>
        <translation>Ein neues Ed25519-Schlüsselpaar zum Signieren von Entscheidungen. Die Schlüsseldatei ist durch Ihre Passphrase geschützt; geben Sie der Administration den öffentlichen Schlüssel (die daneben geschriebene .pub-Datei).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key file to write</source>
        <translation>Zu schreibende Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>C&amp;reate identity</source>
        <translation>Identität &amp;erstellen</translation>
    </message>
    <message>
        <source>Key file or .pub file to show</source>
        <translation>Anzuzeigende Schlüssel- oder .pub-Datei</translation>
    </message>
    <message>
        <source>a key file or a .pub file</source>
        <translation>eine Schlüsseldatei oder eine .pub-Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New key file</source>
        <translation>Neue Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show a public key</source>
        <translation>Öffentlichen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Key and public key files (*.key *.pub);;All files (*)</source>
        <translation>Schlüsseldateien und öffentliche Schlüssel (*.key *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From the public key file %1.</source>
        <translation>Aus der Datei mit dem öffentlichen Schlüssel %1.</translation>
    </message>
    <message>
        <source>From the key file %1 (not unlocked: the public key is stored in the clear).</source>
        <translation>Aus der Schlüsseldatei %1 (nicht entsperrt: Der öffentliche Schlüssel ist im Klartext gespeichert).</translation>
    </message>
    <message>
        <source>Give a name and a key file.</source>
        <translation>Geben Sie einen Namen und eine Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Creating the identity… (deriving the key from the passphrase takes a moment)</source>
        <translation>Identität wird erstellt… (das Ableiten des Schlüssels aus der Passphrase dauert einen Moment)</translation>
    </message>
    <message>
        <source>Created %1 and %2.</source>
        <translation>%1 und %2 erstellt.</translation>
    </message>
    <message>
        <source>The identity just created.</source>
        <translation>Die soeben erstellte Identität.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ImpactSection</name>
    <message>
        <source>No baseline scores were submitted, so the change in decisions cannot be computed.</source>
        <translation>Es wurden keine Baseline-Scores eingereicht; die Veränderung der Entscheidungen kann daher nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 of all %2 evaluated cases get a different decision from the candidate than from the baseline.</source>
        <translation>%1 aller %2 ausgewerteten Fälle erhalten vom Kandidaten eine andere Entscheidung als von der Baseline.</translation>
    </message>
    <message>
        <source>%1 of all cases are flagged today and will not be flagged after this change.</source>
        <translation>%1 aller Fälle sind heute markiert und werden nach dieser Änderung nicht mehr markiert.</translation>
    </message>
    <message>
        <source>%1 of all cases are not flagged today and will be flagged after this change.</source>
        <translation>%1 aller Fälle sind heute nicht markiert und werden nach dieser Änderung markiert.</translation>
    </message>
    <message>
        <source>%1 of all cases get the favourable outcome today and will be refused after this change.</source>
        <translation>%1 aller Fälle erhalten heute das günstige Ergebnis und werden nach dieser Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 of all cases are refused today and will get the favourable outcome after this change.</source>
        <translation>%1 aller Fälle werden heute abgelehnt und erhalten nach dieser Änderung das günstige Ergebnis.</translation>
    </message>
    <message>
        <source>Percentages are of all evaluated cases. Threshold %1 (baseline %2); adverse outcome: %3 score.</source>
        <translation>Prozentangaben beziehen sich auf alle ausgewerteten Fälle. Schwellenwert %1 (Baseline %2); nachteiliges Ergebnis: %3 Score.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoher</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Changed decisions by group</source>
        <translation>Geänderte Entscheidungen nach Gruppe</translation>
    </message>
    <message>
        <source>Newly adverse</source>
        <translation>Neu nachteilig</translation>
    </message>
    <message>
        <source>Newly favourable</source>
        <translation>Neu günstig</translation>
    </message>
    <message>
        <source>Changed decisions by group, numbers</source>
        <translation>Geänderte Entscheidungen nach Gruppe, Werte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation>Gekippt</translation>
    </message>
</context>
<context>
    <name>cs::ui::InspectWindow</name>
    <message>
        <source>%1 (read-only) – Countersign inspection</source>
        <translation>%1 (schreibgeschützt) – Countersign-Inspektion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Bericht als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Opened read-only: nothing is written to or beside %1.</source>
        <translation>Schreibgeschützt geöffnet: Weder in noch neben %1 wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>Entry %1 is not in this store: the problem names an entry another feed had seen.</source>
        <translation>Eintrag %1 ist nicht in diesem Speicher: Das Problem nennt einen Eintrag, den ein anderer Feed gesehen hatte.</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
</context>
<context>
    <name>cs::ui::Kinds</name>
    <message>
        <source>ML model</source>
        <translation>ML-Modell</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Data pipeline</source>
        <translation>Datenpipeline</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <source>Countersign — DEMO (sample data, demo identities)</source>
        <translation>Countersign — DEMO (Beispieldaten, Demo-Identitäten)</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %n package(s)…</source>
        <translation>
            <numerusform>%n Paket wird geprüft…</numerusform>
            <numerusform>%n Pakete werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>  DEMO — sample data, demo identities  </source>
        <translation>  DEMO — Beispieldaten, Demo-Identitäten  </translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>Paket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add &amp;inbox folder…</source>
        <translation>&amp;Eingangsordner hinzufügen…</translation>
    </message>
    <message>
        <source>Open audit &amp;store…</source>
        <translation>Audit-&amp;Speicher öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next request</source>
        <translation>&amp;Nächster Antrag</translation>
    </message>
    <message>
        <source>&amp;Previous request</source>
        <translation>&amp;Vorheriger Antrag</translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation>Nächster &amp;Abschnitt</translation>
    </message>
    <message>
        <source>Previous s&amp;ection</source>
        <translation>Vorheriger Ab&amp;schnitt</translation>
    </message>
    <message>
        <source>&amp;Jump to section</source>
        <translation>Zu Abschnitt s&amp;pringen</translation>
    </message>
    <message>
        <source>&amp;Filter the queue</source>
        <translation>Warteschlange &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>Preparing the demo: identities, roster and sample receipts…</source>
        <translation>Demo wird vorbereitet: Identitäten, Berechtigungsliste und Beispiel-Eingänge…</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demo ready. Passphrase for every demo identity: “%1”. Drop packages into %2</source>
        <translation>Demo bereit. Passphrase jeder Demo-Identität: „%1“. Pakete in %2 ablegen</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Select a request in the queue.</source>
        <translation>Wählen Sie einen Antrag in der Warteschlange.</translation>
    </message>
    <message>
        <source>Audit store: %1</source>
        <translation>Audit-Speicher: %1</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Packages (manifest.json *.zip *.tar.gz *.tgz)</source>
        <translation>Pakete (manifest.json *.zip *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Open audit store</source>
        <translation>Audit-Speicher öffnen</translation>
    </message>
    <message>
        <source>Audit stores (*.db);;All files (*)</source>
        <translation>Audit-Speicher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add inbox folder</source>
        <translation>Eingangsordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Inspect audit store (read-only)…</source>
        <translation>Audit-Speicher &amp;prüfen (schreibgeschützt)…</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>&amp;Identitäten…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Inspect audit store (read-only)</source>
        <translation>Audit-Speicher prüfen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The new policy file or language takes effect when Countersign starts again.</source>
        <translation>Die neue Richtliniendatei oder Sprache wird beim nächsten Start von Countersign wirksam.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ManifestSection</name>
    <message>
        <source>Keys the contract does not name (kept and shown): %1</source>
        <translation>Schlüssel, die der Vertrag nicht nennt (beibehalten und angezeigt): %1</translation>
    </message>
    <message>
        <source>manifest.json as submitted</source>
        <translation>manifest.json wie eingereicht</translation>
    </message>
</context>
<context>
    <name>cs::ui::PerformanceSection</name>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote (Recall)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>Auswahlquote</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <source>Primary metric &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Primärmetrik &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1%&lt;/b&gt; against the baseline</source>
        <translation>: &lt;b&gt;%1 %&lt;/b&gt; gegenüber der Baseline</translation>
    </message>
    <message>
        <source>: no baseline to compare with</source>
        <translation>: keine Baseline zum Vergleich</translation>
    </message>
    <message>
        <source>Candidate vs baseline</source>
        <translation>Kandidat gegenüber Baseline</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (primär)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Performance chart, candidate against baseline</source>
        <translation>Leistungsdiagramm, Kandidat gegenüber Baseline</translation>
    </message>
    <message>
        <source>Performance numbers</source>
        <translation>Leistungswerte</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <source>ROC curve points</source>
        <translation>Punkte der ROC-Kurve</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported by the submitter vs recomputed from the data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von der Einreichung gemeldet gegenüber aus den Daten neu berechnet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Reported against recomputed metrics</source>
        <translation>Gemeldete gegenüber neu berechneten Metriken</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Neu berechnet</translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|Differenz|</translation>
    </message>
</context>
<context>
    <name>cs::ui::PeriodChooser</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Zeitraum des Dashboards</translation>
    </message>
    <message>
        <source>Whole days in UTC, as the audit store&apos;s time stamps</source>
        <translation>Ganze Tage in UTC, wie die Zeitstempel des Audit-Speichers</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date, included</source>
        <translation>Bis-Datum, eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>cs::ui::PublicKeyBox</name>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Public key, hex</source>
        <translation>Öffentlicher Schlüssel, hexadezimal</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>(not named in a .pub file)</source>
        <translation>(in einer .pub-Datei nicht benannt)</translation>
    </message>
    <message>
        <source>No identity loaded.</source>
        <translation>Keine Identität geladen.</translation>
    </message>
</context>
<context>
    <name>cs::ui::QueuePanel</name>
    <message>
        <source>Filter by name, id, submitter…</source>
        <translation>Nach Name, ID, Einreicher filtern…</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>Warteschlange filtern</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Nach Verfahren filtern</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Verfahren</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>Antragswarteschlange</translation>
    </message>
    <message>
        <source>Requests per track</source>
        <translation>Anträge je Verfahren</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;●&lt;/b&gt; Red %2 · &lt;b style=&quot;color:%3&quot;&gt;●&lt;/b&gt; Yellow %4 · &lt;b style=&quot;color:%5&quot;&gt;●&lt;/b&gt; Green %6</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;●&lt;/b&gt; Rot %2 · &lt;b style=&quot;color:%3&quot;&gt;●&lt;/b&gt; Gelb %4 · &lt;b style=&quot;color:%5&quot;&gt;●&lt;/b&gt; Grün %6</translation>
    </message>
    <message>
        <source> · broken %1</source>
        <translation> · defekt %1</translation>
    </message>
    <message>
        <source> · loading %1</source>
        <translation> · wird geladen %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReportExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>store verified</source>
        <translation>Speicher verifiziert</translation>
    </message>
</context>
<context>
    <name>cs::ui::RequestQueueModel</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>kein Speicher</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 (no SLA)</source>
        <translation>%1 (keine SLA)</translation>
    </message>
    <message>
        <source>%1 / %2 h%3</source>
        <translation>%1 / %2 h%3</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> überfällig</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>keine nötig</translation>
    </message>
    <message>
        <source>%1/%2 — %3</source>
        <translation>%1/%2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
%4
Track %5; %6 fail, %7 warn findings</source>
        <translation>%1 %2 (%3)
%4
Verfahren %5; %6 blockierende, %7 Warn-Befunde</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Name und Version</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Einreicher</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>Alter / SLA</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cs::ui::RequestTrailPanel</name>
    <message>
        <source>Request trail</source>
        <translation>Prüfpfad des Antrags</translation>
    </message>
    <message>
        <source>Select an entry that names a request, or choose a request above, to see its whole trail.</source>
        <translation>Wählen Sie einen Eintrag, der einen Antrag nennt, oder oben einen Antrag, um dessen gesamten Prüfpfad zu sehen.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>Freigabe mit Auflagen</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>Änderungsanforderung</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>No valid package_received entry for this request.</source>
        <translation>Kein gültiger package_received-Eintrag für diesen Antrag.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Package digest</source>
        <translation>Paket-Digest</translation>
    </message>
    <message>
        <source>Policy digest</source>
        <translation>Richtlinien-Digest</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Erforderliche Abzeichnungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(not covered)</source>
        <translation>(nicht abgedeckt)</translation>
    </message>
    <message>
        <source>(covered by an exception)</source>
        <translation>(durch eine Richtlinienausnahme abgedeckt)</translation>
    </message>
    <message>
        <source>Fail findings</source>
        <translation>Blockierende Befunde</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier receipt(s) of this request; decisions on their digests do not count.</source>
        <translation>
            <numerusform>%n früherer Eingang dieses Antrags; Entscheidungen zu seinem Digest zählen nicht.</numerusform>
            <numerusform>%n frühere Eingänge dieses Antrags; Entscheidungen zu ihren Digests zählen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>None required on this track.</source>
        <translation>In diesem Verfahren ist keine erforderlich.</translation>
    </message>
    <message>
        <source>present, %1 by</source>
        <translation>vorhanden, %1 durch</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No valid decision.</source>
        <translation>Keine gültige Entscheidung.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner(in)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Richtlinienausnahmen</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>deckt ab</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>Entries that do not count</source>
        <translation>Nicht zählende Einträge</translation>
    </message>
    <message>
        <source>These entries name this request but failed verification; the state above ignores them.</source>
        <translation>Diese Einträge nennen diesen Antrag, haben aber die Verifikation nicht bestanden; der obige Status berücksichtigt sie nicht.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>The store&apos;s roster could not be read, so no state can be derived.</source>
        <translation>Die Berechtigungsliste des Speichers konnte nicht gelesen werden; daher lässt sich kein Status ableiten.</translation>
    </message>
    <message>
        <source>Derived state:</source>
        <translation>Abgeleiteter Status:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Rückzüge</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReviewPage</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Section index</source>
        <translation>Abschnittsverzeichnis</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Select a request in the queue, or open a package (Ctrl+O), or drop one onto the window.</source>
        <translation>Wählen Sie einen Antrag in der Warteschlange, öffnen Sie ein Paket (Strg+O) oder ziehen Sie eines in das Fenster.</translation>
    </message>
    <message>
        <source>Loading and reviewing %1 …</source>
        <translation>%1 wird geladen und geprüft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be reviewed.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 konnte nicht geprüft werden.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>cs::ui::RocChart</name>
    <message>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>%1: FPR %2, TPR %3</source>
        <translation>%1: FPR %2, TPR %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::Roles</name>
    <message>
        <source>ML platform engineer</source>
        <translation>ML-Plattformingenieur(in)</translation>
    </message>
    <message>
        <source>ML governance analyst</source>
        <translation>ML-Governance-Analyst(in)</translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation>Risikobeauftragte(r)</translation>
    </message>
    <message>
        <source>Security reviewer</source>
        <translation>Sicherheitsprüfer(in)</translation>
    </message>
    <message>
        <source>Data steward</source>
        <translation>Data Steward</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor(in)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
</context>
<context>
    <name>cs::ui::RosterEditor</name>
    <message>
        <source>Roster</source>
        <translation>Berechtigungsliste</translation>
    </message>
    <message>
        <source>Roster members</source>
        <translation>Mitglieder der Berechtigungsliste</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator(in)</translation>
    </message>
    <message>
        <source>Administrator&apos;s key file</source>
        <translation>Schlüsseldatei der Administration</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Administrator&apos;s passphrase</source>
        <translation>Passphrase der Administration</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Not unlocked: the passphrase is asked for with the first change.</source>
        <translation>Nicht entsperrt: Die Passphrase wird bei der ersten Änderung abgefragt.</translation>
    </message>
    <message>
        <source>Grant or revoke</source>
        <translation>Berechtigen oder widerrufen</translation>
    </message>
    <message>
        <source>hex public key, or a .pub file</source>
        <translation>hexadezimaler öffentlicher Schlüssel oder eine .pub-Datei</translation>
    </message>
    <message>
        <source>Member&apos;s public key</source>
        <translation>Öffentlicher Schlüssel des Mitglieds</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Öffentlicher Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Name des Mitglieds</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Member&apos;s e-mail</source>
        <translation>E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>How the rules know a reviewer submitted a package, and tell people apart</source>
        <translation>Daran erkennen die Regeln, ob eine prüfende Person ein Paket eingereicht hat, und unterscheiden Personen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Grant roles</source>
        <translation>Rollen &amp;vergeben</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Cuts the key after its newest entry in this store; nothing it signs later counts</source>
        <translation>Schneidet den Schlüssel nach seinem neuesten Eintrag in diesem Speicher ab; nichts, was er später signiert, zählt</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>revoked: none of its entries count</source>
        <translation>widerrufen: keiner seiner Einträge zählt</translation>
    </message>
    <message>
        <source>%1 (store anchor)</source>
        <translation>%1 (Anker des Speichers)</translation>
    </message>
    <message>
        <source>public key %1</source>
        <translation>öffentlicher Schlüssel %1</translation>
    </message>
    <message>
        <source>Give the member&apos;s public key: hex, or a .pub file.</source>
        <translation>Geben Sie den öffentlichen Schlüssel des Mitglieds an: hexadezimal oder als .pub-Datei.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? Nothing it signs after its newest entry in this store will count. This cannot be undone.</source>
        <translation>%1 widerrufen? Nichts, was er nach seinem neuesten Eintrag in diesem Speicher signiert, wird zählen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s key file.</source>
        <translation>Wählen Sie die Schlüsseldatei der Administration.</translation>
    </message>
    <message>
        <source>Writing the roster entry…</source>
        <translation>Eintrag der Berechtigungsliste wird geschrieben…</translation>
    </message>
    <message>
        <source>Unlocking the administrator&apos;s identity…</source>
        <translation>Identität der Administration wird entsperrt…</translation>
    </message>
    <message>
        <source>Not unlocked.</source>
        <translation>Nicht entsperrt.</translation>
    </message>
    <message>
        <source>Unlocked: &lt;b&gt;%1&lt;/b&gt;, key %2</source>
        <translation>Entsperrt: &lt;b&gt;%1&lt;/b&gt;, Schlüssel %2</translation>
    </message>
    <message>
        <source>Granted in roster entry %1.</source>
        <translation>Im Berechtigungseintrag %1 vergeben.</translation>
    </message>
    <message>
        <source>Revoked in roster entry %1.</source>
        <translation>Im Berechtigungseintrag %1 widerrufen.</translation>
    </message>
    <message>
        <source>revoked after its entry %1</source>
        <translation>widerrufen nach seinem Eintrag %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::RosterWrites</name>
    <message>
        <source>only the store&apos;s administrator (its anchor key) writes the roster</source>
        <translation>nur die Administration des Speichers (sein Ankerschlüssel) schreibt die Berechtigungsliste</translation>
    </message>
    <message>
        <source>a grant needs a name, an e-mail and at least one role</source>
        <translation>eine Berechtigung erfordert einen Namen, eine E-Mail-Adresse und mindestens eine Rolle</translation>
    </message>
</context>
<context>
    <name>cs::ui::Section</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Explainability</source>
        <translation>Erklärbarkeit</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Decision impact</source>
        <translation>Auswirkung auf Entscheidungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Data sources and features</source>
        <translation>Datenquellen und Merkmale</translation>
    </message>
    <message>
        <source>Lineage and tests</source>
        <translation>Herkunft und Tests</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>A/B plan</source>
        <translation>A/B-Plan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Release checks</source>
        <translation>Freigabeprüfungen</translation>
    </message>
    <message>
        <source>Manifest as submitted</source>
        <translation>Manifest wie eingereicht</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <source>Countersign settings</source>
        <translation>Countersign-Einstellungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Inbox folders:</source>
        <translation>Ein&amp;gangsordner:</translation>
    </message>
    <message>
        <source>Audit &amp;store:</source>
        <translation>Audit-&amp;Speicher:</translation>
    </message>
    <message>
        <source>Choose the audit store</source>
        <translation>Audit-Speicher wählen</translation>
    </message>
    <message>
        <source>Audit stores (*.db *.sqlite);;All files (*)</source>
        <translation>Audit-Speicher (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Identity &amp;key file:</source>
        <translation>Identitäts-Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Choose your identity key file</source>
        <translation>Identitäts-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>empty: the built-in default policy</source>
        <translation>leer: die eingebaute Standardrichtlinie</translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation>&amp;Richtliniendatei:</translation>
    </message>
    <message>
        <source>Choose the policy file</source>
        <translation>Richtliniendatei wählen</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Countersign is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Countersign wirksam.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Countersign&lt;/b&gt; to use the new language.</source>
        <translation>&lt;b&gt;Starten Sie Countersign neu&lt;/b&gt;, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose an inbox folder</source>
        <translation>Eingangsordner wählen</translation>
    </message>
    <message>
        <source>These settings cannot be used yet:</source>
        <translation>Diese Einstellungen sind noch nicht verwendbar:</translation>
    </message>
</context>
<context>
    <name>cs::ui::Style</name>
    <message>
        <source>GREEN</source>
        <translation>GRÜN</translation>
    </message>
    <message>
        <source>YELLOW</source>
        <translation>GELB</translation>
    </message>
    <message>
        <source>RED</source>
        <translation>ROT</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>nicht eingegangen</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncJob</name>
    <message>
        <source>The sync folder %1 does not exist (is the share mounted?).</source>
        <translation>Der Synchronisierungsordner %1 existiert nicht (ist die Freigabe eingebunden?).</translation>
    </message>
    <message>
        <source>No sync target is configured.</source>
        <translation>Kein Synchronisierungsziel konfiguriert.</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Kein Audit-Speicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncTargetEditor</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>a folder every workbench of the deployment can read and write</source>
        <translation>ein Ordner, den jede Workbench des Deployments lesen und schreiben kann</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the shared sync folder</source>
        <translation>Gemeinsamen Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>empty: asked once, kept in memory only</source>
        <translation>leer: einmal abgefragt, nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>The environment variable holding the server&apos;s password (for example PGPASSWORD). Leave it empty to be asked; the password is never saved.</source>
        <translation>Die Umgebungsvariable mit dem Passwort des Servers (zum Beispiel PGPASSWORD). Leer lassen, um danach gefragt zu werden; das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Passwort&amp;variable:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off (Sync now only)</source>
        <translation>Aus (nur „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncView</name>
    <message>
        <source>Sync target</source>
        <translation>Synchronisierungsziel</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Runden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refusals on record&lt;/b&gt; (the store&apos;s sync log, newest first)</source>
        <translation>&lt;b&gt;Protokollierte Ablehnungen&lt;/b&gt; (Synchronisierungsprotokoll des Speichers, neueste zuerst)</translation>
    </message>
    <message>
        <source>Choose a sync target first.</source>
        <translation>Wählen Sie zuerst ein Synchronisierungsziel.</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Kein Audit-Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisierung mit %1…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The timed round waits for the server password: click Sync now.</source>
        <translation>Die zeitgesteuerte Runde wartet auf das Serverpasswort: Klicken Sie auf „Jetzt synchronisieren“.</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until Countersign closes, never saved):</source>
        <translation>Passwort für %1 (bis zum Beenden von Countersign im Arbeitsspeicher gehalten, nie gespeichert):</translation>
    </message>
    <message>
        <source>Sync cancelled: no password given.</source>
        <translation>Synchronisierung abgebrochen: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Sync failed %1: %2</source>
        <translation>Synchronisierung fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>Synced %1: %2 arrived, %3 sent, %4 refused</source>
        <translation>Synchronisiert %1: %2 eingegangen, %3 gesendet, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier entry of their feed</source>
        <translation>
            <numerusform>%n wartet auf einen früheren Eintrag seines Feeds</numerusform>
            <numerusform>%n warten auf einen früheren Eintrag ihres Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>cs::ui::TeamPanels</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Berechtigungsliste</translation>
    </message>
    <message>
        <source>Governance &amp;dashboard</source>
        <translation>Governance-&amp;Dashboard</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerificationBanner</name>
    <message>
        <source>%v of %m entries checked</source>
        <translation>%v von %m Einträgen geprüft</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translation>Verifikationsprobleme</translation>
    </message>
    <message>
        <source>Click a problem to select its entry in the trail.</source>
        <translation>Klicken Sie auf ein Problem, um seinen Eintrag im Prüfpfad auszuwählen.</translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation>Speicher-ID:</translation>
    </message>
    <message>
        <source>Trust anchor:</source>
        <translation>Vertrauensanker:</translation>
    </message>
    <message>
        <source>Checking chains, roles and witnesses…</source>
        <translation>Ketten, Rollen und Bezeugungen werden geprüft…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n entries, no problems</source>
        <translation>
            <numerusform>Verifiziert: %n Eintrag, keine Probleme</numerusform>
            <numerusform>Verifiziert: %n Einträge, keine Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n entries</source>
        <translation>
            <numerusform>in %n Eintrag</numerusform>
            <numerusform>in %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>click one to select its entry</source>
        <translation>eines anklicken, um seinen Eintrag auszuwählen</translation>
    </message>
    <message>
        <source>(fatal: no entry counts)</source>
        <translation>(fatal: kein Eintrag zählt)</translation>
    </message>
    <message>
        <source>%1%2 entry %3… (seq %4): %5</source>
        <translation>%1%2 Eintrag %3… (Seq. %4): %5</translation>
    </message>
    <message>
        <source> (fatal)</source>
        <translation> (fatal)</translation>
    </message>
    <message>
        <source>Select entry %1 in the trail</source>
        <translation>Eintrag %1 im Prüfpfad auswählen</translation>
    </message>
    <message>
        <source>Entry %1 is not in this store</source>
        <translation>Eintrag %1 ist nicht in diesem Speicher</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkbenchSettings</name>
    <message>
        <source>Inbox folder %1 does not exist.</source>
        <translation>Der Eingangsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Audit store %1 does not exist (create one with countersign-cli init).</source>
        <translation>Der Audit-Speicher %1 existiert nicht (legen Sie einen mit countersign-cli init an).</translation>
    </message>
    <message>
        <source>Identity key file %1 cannot be used: %2</source>
        <translation>Die Identitäts-Schlüsseldatei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Policy file %1 does not load: %2</source>
        <translation>Die Richtliniendatei %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>Sync: choose the shared folder.</source>
        <translation>Synchronisierung: Wählen Sie den gemeinsamen Ordner.</translation>
    </message>
    <message>
        <source>Sync folder %1 does not exist.</source>
        <translation>Der Synchronisierungsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Sync: the server URL must not contain a password, since settings are saved in clear. Name an environment variable that holds it, or leave that empty to be asked.</source>
        <translation>Synchronisierung: Die Server-URL darf kein Passwort enthalten, da Einstellungen im Klartext gespeichert werden. Nennen Sie eine Umgebungsvariable, die es enthält, oder lassen Sie das Feld leer, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Sync server URL: %1</source>
        <translation>Server-URL der Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Sync: %1 is not an environment variable name (letters, digits and _).</source>
        <translation>Synchronisierung: %1 ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Sync interval must be between 0 (off) and %1 minutes.</source>
        <translation>Das Synchronisierungsintervall muss zwischen 0 (aus) und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Unbekannte Sprache %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reviewer workbench for governing ML deployments.</source>
        <translation>Prüf-Workbench für die Governance von ML-Deployments.</translation>
    </message>
    <message>
        <source>Open on the bundled samples with a fresh demo store.</source>
        <translation>Mit den mitgelieferten Beispielen und einem neuen Demo-Speicher öffnen.</translation>
    </message>
    <message>
        <source>Write PNG screenshots into DIR and quit.</source>
        <translation>PNG-Bildschirmfotos nach DIR schreiben und beenden.</translation>
    </message>
    <message>
        <source>The audit store.</source>
        <translation>Der Audit-Speicher.</translation>
    </message>
    <message>
        <source>Watch FOLDER for packages (repeatable).</source>
        <translation>FOLDER auf Pakete überwachen (wiederholbar).</translation>
    </message>
    <message>
        <source>Policy file (JSON).</source>
        <translation>Richtliniendatei (JSON).</translation>
    </message>
    <message>
        <source>Open the window, let it settle, and quit (packaging checks).</source>
        <translation>Fenster öffnen, zur Ruhe kommen lassen und beenden (Paketierungsprüfungen).</translation>
    </message>
    <message>
        <source>Open STORE read-only in the inspection window only (no review window).</source>
        <translation>STORE nur lesend ausschließlich im Inspektionsfenster öffnen (kein Prüffenster).</translation>
    </message>
    <message>
        <source>Packages to open.</source>
        <translation>Zu öffnende Pakete.</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>With --inspect: the administrator&apos;s key you were given with the store (hex or .pub file); a store pinned to another anchor fails.</source>
        <translation>Mit --inspect: der Schlüssel der Administration, den Sie mit dem Speicher erhalten haben (hex oder .pub-Datei); ein Speicher mit einem anderen Vertrauensanker besteht die Prüfung nicht.</translation>
    </message>
</context>
</TS>
