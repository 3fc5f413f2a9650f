<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cs::cli</name>
    <message>
        <source>Creates a passphrase-protected Ed25519 identity.</source>
        <translation>Crée une identité Ed25519 protégée par phrase secrète.</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Votre nom.</translation>
    </message>
    <message>
        <source>Key file to write (FILE.pub too).</source>
        <translation>Fichier de clé à écrire (ainsi que FILE.pub).</translation>
    </message>
    <message>
        <source>Read the passphrase from this variable.</source>
        <translation>Lire la phrase secrète dans cette variable.</translation>
    </message>
    <message>
        <source>--name and --out are required</source>
        <translation>--name et --out sont obligatoires</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Phrase secrète de la nouvelle clé : </translation>
    </message>
    <message>
        <source>public key:  %1</source>
        <translation>clé publique :  %1</translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation>empreinte :     %1</translation>
    </message>
    <message>
        <source>written:     %1 and %2</source>
        <translation>écrits :        %1 et %2</translation>
    </message>
    <message>
        <source>Creates an audit store for one deployment.</source>
        <translation>Crée un registre d&apos;audit pour un déploiement.</translation>
    </message>
    <message>
        <source>The governance administrator&apos;s public key (hex or .pub).</source>
        <translation>Clé publique de l&apos;administrateur de la gouvernance (hex ou .pub).</translation>
    </message>
    <message>
        <source>Join an existing deployment with its store id.</source>
        <translation>Rejoindre un déploiement existant grâce à l&apos;identifiant de son registre.</translation>
    </message>
    <message>
        <source>--anchor KEY is required</source>
        <translation>--anchor KEY est obligatoire</translation>
    </message>
    <message>
        <source>--store-id: expected 32 lower-case hex digits</source>
        <translation>--store-id : 32 chiffres hexadécimaux en minuscules attendus</translation>
    </message>
    <message>
        <source>store:    %1</source>
        <translation>registre :        %1</translation>
    </message>
    <message>
        <source>store id: %1</source>
        <translation>id. du registre : %1</translation>
    </message>
    <message>
        <source>anchor:   %1 (%2)</source>
        <translation>ancre :           %1 (%2)</translation>
    </message>
    <message>
        <source>Grants and revokes roles (the administrator), or lists them.</source>
        <translation>Attribue et révoque des rôles (l&apos;administrateur), ou les liste.</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>Nom du membre.</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail.</source>
        <translation>Adresse e-mail du membre.</translation>
    </message>
    <message>
        <source>A role to grant (repeatable).</source>
        <translation>Rôle à attribuer (répétable).</translation>
    </message>
    <message>
        <source>(revoked after seq %1)</source>
        <translation>(révoqué après le n° %1)</translation>
    </message>
    <message>
        <source>expected &apos;grant KEY&apos; or &apos;revoke KEY&apos;</source>
        <translation>&apos;grant KEY&apos; ou &apos;revoke KEY&apos; attendu</translation>
    </message>
    <message>
        <source>only the store&apos;s administrator (its anchor key) writes the roster</source>
        <translation>seul l&apos;administrateur du registre (sa clé d&apos;ancrage) écrit la liste des habilitations</translation>
    </message>
    <message>
        <source>grant needs --name, --email and at least one --role</source>
        <translation>grant exige --name, --email et au moins un --role</translation>
    </message>
    <message>
        <source>granted %1… in roster entry %2</source>
        <translation>%1… habilité dans l&apos;entrée de la liste des habilitations %2</translation>
    </message>
    <message>
        <source>revoked %1… in roster entry %2</source>
        <translation>%1… révoqué dans l&apos;entrée de la liste des habilitations %2</translation>
    </message>
    <message>
        <source>Reviews a package and records that it was received.</source>
        <translation>Examine un paquet et consigne sa réception.</translation>
    </message>
    <message>
        <source>Policy file (JSON).</source>
        <translation>Fichier de politique (JSON).</translation>
    </message>
    <message>
        <source>your key is not on this store&apos;s roster</source>
        <translation>votre clé ne figure pas sur la liste des habilitations de ce registre</translation>
    </message>
    <message>
        <source>received %1 (%2 track, digest %3…) in entry %4</source>
        <translation>%1 reçu (circuit %2, condensé %3…) dans l&apos;entrée %4</translation>
    </message>
    <message>
        <source>no package has been received for request %1 in this store</source>
        <translation>aucun paquet n&apos;a été reçu pour la demande %1 dans ce registre</translation>
    </message>
    <message>
        <source>Signs a decision on a request.</source>
        <translation>Signe une décision sur une demande.</translation>
    </message>
    <message>
        <source>approve, approve_with_conditions, request_changes or reject.</source>
        <translation>approve, approve_with_conditions, request_changes ou reject.</translation>
    </message>
    <message>
        <source>The role you sign in.</source>
        <translation>Le rôle au titre duquel vous signez.</translation>
    </message>
    <message>
        <source>Why (required to reject or request changes).</source>
        <translation>Motif (obligatoire pour rejeter ou demander des modifications).</translation>
    </message>
    <message>
        <source>A condition of the approval (repeatable).</source>
        <translation>Une condition de l&apos;approbation (répétable).</translation>
    </message>
    <message>
        <source>--decision: expected approve, approve_with_conditions, request_changes or reject</source>
        <translation>--decision : approve, approve_with_conditions, request_changes ou reject attendu</translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation>--role est obligatoire</translation>
    </message>
    <message>
        <source>the roster does not grant you the role %1</source>
        <translation>la liste des habilitations ne vous accorde pas le rôle %1</translation>
    </message>
    <message>
        <source>your key has been revoked</source>
        <translation>votre clé a été révoquée</translation>
    </message>
    <message>
        <source>you submitted this package; the submitter cannot sign it</source>
        <translation>vous avez soumis ce paquet ; l&apos;auteur de la soumission ne peut pas le signer</translation>
    </message>
    <message>
        <source>the %1 track of this request does not need a %2 sign-off (needs: %3)</source>
        <translation>le circuit %1 de cette demande n&apos;exige pas de visa %2 (exige : %3)</translation>
    </message>
    <message>
        <source>a %1 needs a --comment saying why</source>
        <translation>%1 exige un --comment indiquant le motif</translation>
    </message>
    <message>
        <source>approve_with_conditions needs at least one --condition</source>
        <translation>approve_with_conditions exige au moins une --condition</translation>
    </message>
    <message>
        <source>you already signed this request as %1; a second required role needs a different person</source>
        <translation>vous avez déjà signé cette demande en tant que %1 ; un second rôle requis exige une autre personne</translation>
    </message>
    <message>
        <source>fail findings without a policy exception block approval: %1</source>
        <translation>des constats bloquants sans dérogation empêchent l&apos;approbation : %1</translation>
    </message>
    <message>
        <source>signed %1 as %2 in entry %3</source>
        <translation>%1 signé en tant que %2 dans l&apos;entrée %3</translation>
    </message>
    <message>
        <source>request %1 is now %2</source>
        <translation>la demande %1 est désormais %2</translation>
    </message>
    <message>
        <source>Grants a signed policy exception (risk officer).</source>
        <translation>Accorde une dérogation signée à la politique (responsable des risques).</translation>
    </message>
    <message>
        <source>A fail check as CHECK:SUBJECT (repeatable).</source>
        <translation>Un contrôle bloquant sous la forme CHECK:SUBJECT (répétable).</translation>
    </message>
    <message>
        <source>The documented justification.</source>
        <translation>La justification documentée.</translation>
    </message>
    <message>
        <source>When it lapses (ISO 8601 date or time, UTC).</source>
        <translation>Date d’expiration (date ou heure ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>--covers, --reason and a valid --expires (e.g. 2026-12-31) are required</source>
        <translation>--covers, --reason et un --expires valide (p. ex. 2026-12-31) sont obligatoires</translation>
    </message>
    <message>
        <source>only a risk officer grants policy exceptions</source>
        <translation>seul un responsable des risques accorde des dérogations</translation>
    </message>
    <message>
        <source>you submitted this package; the submitter cannot grant it an exception</source>
        <translation>vous avez soumis ce paquet ; l&apos;auteur de la soumission ne peut pas lui accorder de dérogation</translation>
    </message>
    <message>
        <source>%1 is not a fail finding of this package (fail findings: %2)</source>
        <translation>%1 n&apos;est pas un constat bloquant de ce paquet (constats bloquants : %2)</translation>
    </message>
    <message>
        <source>exception granted in entry %1 until %2</source>
        <translation>dérogation accordée dans l&apos;entrée %1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Withdraws one of your own decisions.</source>
        <translation>Retire l&apos;une de vos propres décisions.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Motif.</translation>
    </message>
    <message>
        <source>%1 is not a valid decision in this store</source>
        <translation>%1 n&apos;est pas une décision valide dans ce registre</translation>
    </message>
    <message>
        <source>you can only withdraw your own decisions</source>
        <translation>vous ne pouvez retirer que vos propres décisions</translation>
    </message>
    <message>
        <source>withdrew %1 in entry %2</source>
        <translation>%1 retiré dans l&apos;entrée %2</translation>
    </message>
    <message>
        <source>Adds a signed comment to a request&apos;s trail.</source>
        <translation>Ajoute un commentaire signé à la piste d&apos;audit d&apos;une demande.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>--text est obligatoire</translation>
    </message>
    <message>
        <source>comment recorded in entry %1</source>
        <translation>commentaire consigné dans l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Retires your key: nothing it signs afterwards is valid.</source>
        <translation>Met votre clé hors service : rien de ce qu&apos;elle signe ensuite n&apos;est valide.</translation>
    </message>
    <message>
        <source>key retired in entry %1</source>
        <translation>clé mise hors service dans l&apos;entrée %1</translation>
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
        <translation>Usage : countersign-cli COMMAND [OPTIONS]

Examine des paquets de déploiement de ML et tient une piste d&apos;audit signée des décisions.

Commandes :
  review PACKAGE [--policy FILE] [--json]   recalculer les métriques, attribuer le circuit, lister les constats
  lint PACKAGE [--policy FILE]              les constats seuls, un par ligne

  keygen --name NAME --out FILE             créer votre clé de signature protégée par phrase secrète
  init STORE --anchor KEY [--store-id ID]   créer un registre d&apos;audit (KEY : celle de l&apos;administrateur)
  roster STORE [--identity KEY grant KEY --name N --email E --role R... | revoke KEY]
  receive STORE PACKAGE --identity KEY      examiner un paquet et consigner sa réception
  sign STORE REQUEST --decision D --role R --identity KEY [--comment C] [--condition C]
  exception STORE REQUEST --covers CHECK --reason R --expires DATE --identity KEY
  withdraw STORE ENTRY --reason R --identity KEY
  comment STORE REQUEST --text T --identity KEY
  retire STORE --identity KEY              mettre votre clé hors service
  state STORE REQUEST                       état dérivé, visas présents et manquants
  verify STORE                              vérifier chaque signature, chaîne, rôle et témoin
  inspect STORE                             synthèse de la vérification et chronologie, en lecture seule
  export STORE --format json|html|pdf --out FILE   le rapport d&apos;audit, synthèse de la vérification en tête
  sync STORE --folder DIR | --postgres URL  une passe de synchronisation : reçu, envoyé, refusé
  server-init URL [--app-role NAME --app-password-env VAR]   préparer un serveur d&apos;équipe PostgreSQL

Les commandes qui signent lisent la phrase secrète depuis le terminal, ou depuis la variable
d&apos;environnement désignée par --passphrase-env NAME ; jamais depuis la ligne de commande.

Code de sortie : 0 terminé (aucun constat bloquant), 1 constats bloquants ou refus par les règles,
2 l&apos;entrée n&apos;a pas pu être lue, 3 la vérification a trouvé un problème.
Lancez &apos;countersign-cli COMMAND --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>countersign-cli: unknown command &apos;%1&apos; (see --help)</source>
        <translation>countersign-cli : commande inconnue &apos;%1&apos; (voir --help)</translation>
    </message>
    <message>
        <source>usage: countersign-cli %1 %2</source>
        <translation>usage : countersign-cli %1 %2</translation>
    </message>
    <message>
        <source>Your key file.</source>
        <translation>Votre fichier de clé.</translation>
    </message>
    <message>
        <source>Read the passphrase from this environment variable (for scripts).</source>
        <translation>Lire la phrase secrète dans cette variable d&apos;environnement (pour les scripts).</translation>
    </message>
    <message>
        <source>--identity FILE is required</source>
        <translation>--identity FILE est obligatoire</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète de %1 : </translation>
    </message>
    <message>
        <source>%1: neither a hex public key nor a key file</source>
        <translation>%1 : ni une clé publique hexadécimale ni un fichier de clé</translation>
    </message>
    <message>
        <source>Writes the audit report of a store (read-only).</source>
        <translation>Écrit le rapport d&apos;audit d&apos;un registre (en lecture seule).</translation>
    </message>
    <message>
        <source>json, html or pdf.</source>
        <translation>json, html ou pdf.</translation>
    </message>
    <message>
        <source>The report file.</source>
        <translation>Le fichier du rapport.</translation>
    </message>
    <message>
        <source>--format: expected json, html or pdf</source>
        <translation>--format : json, html ou pdf attendu</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE est obligatoire</translation>
    </message>
    <message>
        <source>PDF export needs the GUI library; run it through countersign-cli</source>
        <translation>L&apos;export PDF nécessite la bibliothèque graphique ; lancez-le via countersign-cli</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>store verified</source>
        <translation>registre vérifié</translation>
    </message>
    <message numerus="yes">
        <source>%n verification problem(s)</source>
        <translation>
            <numerusform>%n problème de vérification</numerusform>
            <numerusform>%n problèmes de vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n request(s), %2</source>
        <translation>
            <numerusform>%1 écrit : %n demande, %2</numerusform>
            <numerusform>%1 écrit : %n demandes, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1 (fatal): entry %2 (author %3, seq %4): %5</source>
        <translation>PROBLÈME %1 (fatal) : entrée %2 (auteur %3, n° %4) : %5</translation>
    </message>
    <message>
        <source>PROBLEM %1: entry %2 (author %3, seq %4): %5</source>
        <translation>PROBLÈME %1 : entrée %2 (auteur %3, n° %4) : %5</translation>
    </message>
    <message numerus="yes">
        <source>VERIFIED: %n entries in %1 feeds; every signature, id, chain, role and witness checks out.</source>
        <translation>
            <numerusform>VÉRIFIÉ : %n entrée dans %1 flux ; chaque signature, identifiant, chaîne, rôle et témoin est conforme.</numerusform>
            <numerusform>VÉRIFIÉ : %n entrées dans %1 flux ; chaque signature, identifiant, chaîne, rôle et témoin est conforme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT VERIFIED: %n problem(s) in %1 entries.</source>
        <translation>
            <numerusform>NON VÉRIFIÉ : %n problème dans %1 entrées.</numerusform>
            <numerusform>NON VÉRIFIÉ : %n problèmes dans %1 entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows a request&apos;s derived state and sign-offs.</source>
        <translation>Affiche l&apos;état dérivé et les visas d&apos;une demande.</translation>
    </message>
    <message>
        <source>no package has been received for request %1</source>
        <translation>aucun paquet n&apos;a été reçu pour la demande %1</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Demande %1 : %2</translation>
    </message>
    <message>
        <source>package %1 %2 (%3), %4 track, submitted by %5</source>
        <translation>paquet    %1 %2 (%3), circuit %4, soumis par %5</translation>
    </message>
    <message>
        <source>digest  %1</source>
        <translation>condensé  %1</translation>
    </message>
    <message>
        <source>policy  %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Visas :</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>aucun requis</translation>
    </message>
    <message>
        <source>%1 by %2 &lt;%3&gt; in entry %4…</source>
        <translation>%1 par %2 &lt;%3&gt; dans l&apos;entrée %4…</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Fail findings:</source>
        <translation>Constats bloquants :</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>covered by a policy exception</source>
        <translation>couvert par une dérogation</translation>
    </message>
    <message>
        <source>Decisions that do not count:</source>
        <translation>Décisions non prises en compte :</translation>
    </message>
    <message>
        <source>%1 as %2 by %3: %4</source>
        <translation>%1 en tant que %2 par %3 : %4</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motifs :</translation>
    </message>
    <message numerus="yes">
        <source>Note: the store has %n verification problem(s); run &apos;countersign-cli verify&apos;.</source>
        <translation>
            <numerusform>Remarque : le registre présente %n problème de vérification ; lancez &apos;countersign-cli verify&apos;.</numerusform>
            <numerusform>Remarque : le registre présente %n problèmes de vérification ; lancez &apos;countersign-cli verify&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies every signature, chain, role and witness of a store.</source>
        <translation>Vérifie chaque signature, chaîne, rôle et témoin d&apos;un registre.</translation>
    </message>
    <message>
        <source>Opens a store read-only: verification summary and timeline.</source>
        <translation>Ouvre un registre en lecture seule : synthèse de la vérification et chronologie.</translation>
    </message>
    <message>
        <source>anchor:   %1</source>
        <translation>ancre :           %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>[unreadable] entry %1</source>
        <translation>[illisible] entrée %1</translation>
    </message>
    <message>
        <source>[INVALID]</source>
        <translation>[INVALIDE]</translation>
    </message>
    <message>
        <source>%1 by %2 (seq %3)</source>
        <translation>%1 par %2 (n° %3)</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>no passphrase: standard input is not a terminal; use --passphrase-env NAME</source>
        <translation>aucune phrase secrète : l&apos;entrée standard n&apos;est pas un terminal ; utilisez --passphrase-env NAME</translation>
    </message>
    <message>
        <source>--passphrase-env: the environment variable %1 is not set</source>
        <translation>--passphrase-env : la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes diffèrent</translation>
    </message>
    <message>
        <source>Lists the findings of a package, one per line.</source>
        <translation>Liste les constats d&apos;un paquet, un par ligne.</translation>
    </message>
    <message>
        <source>Reviews a deployment package.</source>
        <translation>Examine un paquet de déploiement.</translation>
    </message>
    <message>
        <source>Print the review as JSON.</source>
        <translation>Afficher la revue au format JSON.</translation>
    </message>
    <message>
        <source>Largest data file accepted, in bytes (default 4 GiB).</source>
        <translation>Plus gros fichier de données accepté, en octets (4 Gio par défaut).</translation>
    </message>
    <message>
        <source>Package folder, .zip or .tar.gz.</source>
        <translation>Dossier du paquet, .zip ou .tar.gz.</translation>
    </message>
    <message>
        <source>expected one PACKAGE (see --help)</source>
        <translation>un seul PACKAGE attendu (voir --help)</translation>
    </message>
    <message>
        <source>--max-file-size: expected a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-file-size : nombre d&apos;octets attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>One sync round with a shared folder or a PostgreSQL server.</source>
        <translation>Une passe de synchronisation avec un dossier partagé ou un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The shared folder.</source>
        <translation>Le dossier partagé.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>postgresql://user@host:port/database (mot de passe tiré de PGPASSWORD).</translation>
    </message>
    <message>
        <source>Print the round as JSON.</source>
        <translation>Afficher la passe au format JSON.</translation>
    </message>
    <message>
        <source>give exactly one of --folder DIR and --postgres URL</source>
        <translation>indiquez exactement l&apos;un de --folder DIR et --postgres URL</translation>
    </message>
    <message numerus="yes">
        <source>%n entry</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry</source>
        <translation>
            <numerusform>%n nouvelle entrée</numerusform>
            <numerusform>%n nouvelles entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n nouvelle entrée</numerusform>
            <numerusform>%n nouvelles entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already held</source>
        <translation>%1 déjà détenues</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting for an earlier entry of their feed</source>
        <translation>
            <numerusform>%1, %n en attente d’une entrée antérieure de son flux</numerusform>
            <numerusform>%1, %n en attente d’une entrée antérieure de leur flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n bundle(s)</source>
        <translation>
            <numerusform>%1 en %n lot</numerusform>
            <numerusform>%1 en %n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>sync with %1</source>
        <translation>synchronisation avec %1</translation>
    </message>
    <message>
        <source>arrived: %1 (%2)</source>
        <translation>reçues :   %1 (%2)</translation>
    </message>
    <message>
        <source>sent:    %1</source>
        <translation>envoyées : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusées : %1</translation>
    </message>
    <message>
        <source>%1 entry %2…</source>
        <translation>%1 entrée %2…</translation>
    </message>
    <message>
        <source>Creates the team server&apos;s table and a role allowed INSERT and SELECT only.</source>
        <translation>Crée la table du serveur d&apos;équipe et un rôle limité à INSERT et SELECT.</translation>
    </message>
    <message>
        <source>The application role to create.</source>
        <translation>Le rôle applicatif à créer.</translation>
    </message>
    <message>
        <source>Environment variable holding its password.</source>
        <translation>Variable d&apos;environnement contenant son mot de passe.</translation>
    </message>
    <message>
        <source>--app-role needs --app-password-env naming a set environment variable</source>
        <translation>--app-role exige --app-password-env désignant une variable d&apos;environnement définie</translation>
    </message>
    <message>
        <source>server ready at %1</source>
        <translation>serveur prêt à %1</translation>
    </message>
    <message>
        <source>server ready at %1; role %2 may INSERT and SELECT only</source>
        <translation>serveur prêt à %1 ; le rôle %2 est limité à INSERT et SELECT</translation>
    </message>
    <message>
        <source>PROBLEM %1 (fatal): %2</source>
        <translation>PROBLÈME %1 (fatal) : %2</translation>
    </message>
    <message>
        <source>The administrator&apos;s key you were given with the store (hex or .pub file): a store pinned to another anchor fails verification.</source>
        <translation>La clé de l&apos;administrateur qui vous a été remise avec le registre (hex ou fichier .pub) : un registre rattaché à une autre ancre de confiance échoue à la vérification.</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditSession</name>
    <message>
        <source>your key is not on this store&apos;s roster</source>
        <translation>votre clé ne figure pas sur la liste des habilitations de ce registre</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrail</name>
    <message>
        <source>approve</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>approbation avec conditions</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>demande de modifications</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>grants %1 %2</source>
        <translation>attribue à %1 : %2</translation>
    </message>
    <message>
        <source>revokes %1</source>
        <translation>révoque %1</translation>
    </message>
    <message>
        <source>empty roster entry</source>
        <translation>entrée vide de la liste des habilitations</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4 track; needs %5</source>
        <translation>%1 %2 (%3), circuit %4 ; exige %5</translation>
    </message>
    <message>
        <source>no sign-off</source>
        <translation>aucun visa</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>exception covering %1 until %2: %3</source>
        <translation>dérogation couvrant %1 jusqu&apos;au %2 : %3</translation>
    </message>
    <message>
        <source>withdraws decision %1…: %2</source>
        <translation>retire la décision %1… : %2</translation>
    </message>
    <message>
        <source>retires this key; nothing after it counts</source>
        <translation>met cette clé hors service ; rien de ce qui suit ne compte</translation>
    </message>
    <message>
        <source>%1 (trust anchor)</source>
        <translation>%1 (ancre de confiance)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des habilitations</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Paquet reçu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Key retired</source>
        <translation>Clé mise hors service</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Verified, with a warning</source>
        <translation>Vérifiée, avec un avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Does not count</source>
        <translation>Ne compte pas</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>entrée illisible</translation>
    </message>
    <message>
        <source>the store has a fatal problem, so no entry counts</source>
        <translation>le registre présente un problème fatal : aucune entrée ne compte</translation>
    </message>
    <message>
        <source>an earlier entry of this feed, or the roster it relies on, failed verification</source>
        <translation>une entrée antérieure de ce flux, ou la liste des habilitations sur laquelle elle s&apos;appuie, a échoué à la vérification</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailModel</name>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>The entry claims no role; these are the roles the roster grants its author.</source>
        <translation>L&apos;entrée ne revendique aucun rôle ; voici les rôles que la liste des habilitations accorde à son auteur.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>cs::ui::AuditTrailView</name>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Filter by request</source>
        <translation>Filtrer par demande</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>Filter by entry type</source>
        <translation>Filtrer par type d&apos;entrée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Dates are UTC, like the times in the trail; both ends are included.</source>
        <translation>Dates en UTC, comme les heures de la piste ; les deux bornes sont incluses.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All entry types</source>
        <translation>Tous les types d&apos;entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::BarChart</name>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardFigures</name>
    <message>
        <source>Approved</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approbation avec conditions</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Demande de modifications</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>moins d&apos;un jour</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>plus de 7 jours</translation>
    </message>
    <message>
        <source>Requests per track and state</source>
        <translation>Demandes par circuit et par état</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time to decision against the SLA</source>
        <translation>Délai jusqu&apos;à la décision par rapport au SLA</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dans le SLA</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no decided request</source>
        <translation>aucune demande décidée</translation>
    </message>
    <message>
        <source>decided within the policy&apos;s SLA</source>
        <translation>décidées dans le SLA de la politique</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Arriéré par ancienneté</translation>
    </message>
    <message>
        <source>pending requests</source>
        <translation>demandes en attente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>How reviewers decided</source>
        <translation>Comment les réviseurs ont décidé</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Most frequent failing checks</source>
        <translation>Contrôles en échec les plus fréquents</translation>
    </message>
    <message>
        <source>Requests with the failing check</source>
        <translation>Demandes dont le contrôle est en échec</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordées</translation>
    </message>
    <message>
        <source>Expiring within 30 days of the period&apos;s end</source>
        <translation>Expirant dans les 30 jours suivant la fin de la période</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1 à 3 jours</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3 à 7 jours</translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardView</name>
    <message>
        <source>Requests per track and state, chart</source>
        <translation>Demandes par circuit et par état, graphique</translation>
    </message>
    <message>
        <source>Requests per track and state</source>
        <translation>Demandes par circuit et par état</translation>
    </message>
    <message>
        <source>Time to decision, chart</source>
        <translation>Délai jusqu&apos;à la décision, graphique</translation>
    </message>
    <message>
        <source>Time to decision per track</source>
        <translation>Délai jusqu&apos;à la décision par circuit</translation>
    </message>
    <message>
        <source>Backlog by age, chart</source>
        <translation>Arriéré par ancienneté, graphique</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Arriéré par ancienneté</translation>
    </message>
    <message>
        <source>Decisions, chart</source>
        <translation>Décisions, graphique</translation>
    </message>
    <message>
        <source>Decisions by kind</source>
        <translation>Décisions par nature</translation>
    </message>
    <message>
        <source>Failing checks, chart</source>
        <translation>Contrôles en échec, graphique</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Contrôles en échec</translation>
    </message>
    <message>
        <source>Policy exceptions</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policy exceptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dérogations&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s)&lt;/b&gt; received from %1 to %2 UTC; %3 pending.</source>
        <translation>
            <numerusform>&lt;b&gt;%n demande&lt;/b&gt; reçue du %1 au %2 UTC ; %3 en attente.</numerusform>
            <numerusform>&lt;b&gt;%n demandes&lt;/b&gt; reçues du %1 au %2 UTC ; %3 en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ui::DashboardWindow</name>
    <message>
        <source>Governance dashboard</source>
        <translation>Tableau de bord de la gouvernance</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the figures shown as a CSV file</source>
        <translation>Enregistrer les chiffres affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Aucun registre d&apos;audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Figures from the store&apos;s valid entries.</source>
        <translation>Chiffres issus des entrées valides du registre.</translation>
    </message>
    <message>
        <source>The store has verification problems; only valid entries are counted.</source>
        <translation>Le registre présente des problèmes de vérification ; seules les entrées valides sont comptées.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Il n&apos;y a pas encore de chiffres à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DataTable</name>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>cs::ui::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve with con&amp;ditions</source>
        <translation>Approuver avec con&amp;ditions</translation>
    </message>
    <message>
        <source>Request c&amp;hanges</source>
        <translation>Demander des &amp;modifications</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Décision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1. Who signs</source>
        <translation>1. Qui signe</translation>
    </message>
    <message>
        <source>Identity key file</source>
        <translation>Fichier de clé d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverro&amp;uiller</translation>
    </message>
    <message>
        <source>Unlock identity</source>
        <translation>Déverrouiller l&apos;identité</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillée.</translation>
    </message>
    <message>
        <source>2. What you decide</source>
        <translation>2. Ce que vous décidez</translation>
    </message>
    <message>
        <source>Role you sign in</source>
        <translation>Rôle au titre duquel vous signez</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Co&amp;nditions (one per line):</source>
        <translation>Co&amp;nditions (une par ligne) :</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Will this decision count</source>
        <translation>Cette décision comptera-t-elle</translation>
    </message>
    <message>
        <source>&amp;Sign decision</source>
        <translation>&amp;Signer la décision</translation>
    </message>
    <message>
        <source>Sign decision</source>
        <translation>Signer la décision</translation>
    </message>
    <message>
        <source>&amp;Record receipt in the store</source>
        <translation>&amp;Enregistrer la réception dans le registre</translation>
    </message>
    <message>
        <source>This package was opened by hand or dropped in: record that the store received it, so that decisions on it can count.</source>
        <translation>Ce paquet a été ouvert à la main ou déposé : enregistrez sa réception dans le registre pour que les décisions qui le concernent puissent compter.</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Choisissez votre fichier de clé</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Receipt recorded.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Réception enregistrée.&lt;/b&gt; Entrée %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not recorded:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Non enregistrée :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Signed.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Signée.&lt;/b&gt; Entrée %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not signed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Non signée :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Other key file…</source>
        <translation>Autre fichier de clé…</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Aucune demande sélectionnée.</translation>
    </message>
    <message>
        <source>%1 %2 · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;</source>
        <translation>%1 %2 · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 as %3: %4%5&lt;br&gt;</source>
        <translation>%1 %2 en tant que %3 : %4%5&lt;br&gt;</translation>
    </message>
    <message>
        <source> (does not count: %1)</source>
        <translation> (ne compte pas : %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions so far&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Décisions à ce jour&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source> (required here)</source>
        <translation> (requis ici)</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>Sélectionnez une demande.</translation>
    </message>
    <message>
        <source>No audit store is open, so nothing can be signed.</source>
        <translation>Aucun registre d&apos;audit n&apos;est ouvert : rien ne peut être signé.</translation>
    </message>
    <message>
        <source>Reading the audit store…</source>
        <translation>Lecture du registre d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit store cannot be used: %1</source>
        <translation>Le registre d&apos;audit est inutilisable : %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;✔ Will count.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;✔ Comptera.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;✘ Will not count.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;✘ Ne comptera pas.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose a key file first.</source>
        <translation>Choisissez d&apos;abord un fichier de clé.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocked: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;key %2&lt;/small&gt;</source>
        <translation>Déverrouillée : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;clé %2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording receipt…</source>
        <translation>Enregistrement de la réception…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
</context>
<context>
    <name>cs::ui::DecisionRules</name>
    <message>
        <source>The store has not received this request, so a decision on it cannot be recorded.</source>
        <translation>Le registre n&apos;a pas reçu cette demande : aucune décision ne peut donc y être consignée.</translation>
    </message>
    <message>
        <source>Unlock your identity to sign.</source>
        <translation>Déverrouillez votre identité pour signer.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Choisissez une décision.</translation>
    </message>
    <message>
        <source>Choose the role you sign in.</source>
        <translation>Choisissez le rôle au titre duquel vous signez.</translation>
    </message>
    <message>
        <source>The roster does not grant you the role %1.</source>
        <translation>La liste des habilitations ne vous accorde pas le rôle %1.</translation>
    </message>
    <message>
        <source>Your key has been revoked.</source>
        <translation>Votre clé a été révoquée.</translation>
    </message>
    <message>
        <source>You submitted this package; the submitter cannot sign it.</source>
        <translation>Vous avez soumis ce paquet ; l&apos;auteur de la soumission ne peut pas le signer.</translation>
    </message>
    <message>
        <source>The %1 track of this request needs no sign-off; it is approved by policy.</source>
        <translation>Le circuit %1 de cette demande n&apos;exige aucun visa ; elle est approuvée par la politique.</translation>
    </message>
    <message>
        <source>The %1 track of this request does not need a %2 sign-off (it needs: %3).</source>
        <translation>Le circuit %1 de cette demande n&apos;exige pas de visa %2 (il exige : %3).</translation>
    </message>
    <message>
        <source>Rejecting or requesting changes needs a comment saying why.</source>
        <translation>Un rejet ou une demande de modifications exige un commentaire indiquant le motif.</translation>
    </message>
    <message>
        <source>Approving with conditions needs at least one condition.</source>
        <translation>Une approbation avec conditions exige au moins une condition.</translation>
    </message>
    <message>
        <source>You already signed this request as %1; a second required role needs a different person.</source>
        <translation>Vous avez déjà signé cette demande en tant que %1 ; un second rôle requis exige une autre personne.</translation>
    </message>
    <message>
        <source>Fail findings without a policy exception block approval: %1.</source>
        <translation>Des constats bloquants sans dérogation empêchent l&apos;approbation : %1.</translation>
    </message>
    <message>
        <source>Your rejection counts: the request will be rejected.</source>
        <translation>Votre rejet compte : la demande sera rejetée.</translation>
    </message>
    <message>
        <source>Your request for changes counts: the submitter will be asked for changes.</source>
        <translation>Votre demande de modifications compte : des modifications seront demandées au soumissionnaire.</translation>
    </message>
    <message>
        <source>Your approval counts and completes the required sign-offs: the request will be approved.</source>
        <translation>Votre approbation compte et complète les visas requis : la demande sera approuvée.</translation>
    </message>
    <message>
        <source>Your approval counts as the %1 sign-off. Still needed: %2.</source>
        <translation>Votre approbation compte comme visa %1. Encore requis : %2.</translation>
    </message>
    <message>
        <source>It replaces your earlier decision in this role.</source>
        <translation>Cette décision remplace votre décision précédente dans ce rôle.</translation>
    </message>
    <message>
        <source>The store has not received this request.</source>
        <translation>Le registre n&apos;a pas reçu cette demande.</translation>
    </message>
    <message>
        <source>Unlock your identity to grant an exception.</source>
        <translation>Déverrouillez votre identité pour accorder une dérogation.</translation>
    </message>
    <message>
        <source>Only a risk officer grants policy exceptions.</source>
        <translation>Seul un responsable des risques accorde des dérogations.</translation>
    </message>
    <message>
        <source>You submitted this package; the submitter cannot grant it an exception.</source>
        <translation>Vous avez soumis ce paquet ; l&apos;auteur de la soumission ne peut pas lui accorder de dérogation.</translation>
    </message>
    <message>
        <source>Choose the fail findings the exception covers.</source>
        <translation>Choisissez les constats bloquants que couvre la dérogation.</translation>
    </message>
    <message>
        <source>%1 is not a fail finding of this package.</source>
        <translation>%1 n&apos;est pas un constat bloquant de ce paquet.</translation>
    </message>
    <message>
        <source>An exception needs a documented reason.</source>
        <translation>Une dérogation exige un motif documenté.</translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation>La date d&apos;expiration doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>The exception will cover: %1.</source>
        <translation>La dérogation couvrira : %1.</translation>
    </message>
</context>
<context>
    <name>cs::ui::DriftSection</name>
    <message>
        <source>Population stability index per feature</source>
        <translation>Indice de stabilité de la population par variable</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>PSI %1 (info)</source>
        <translation>PSI %1 (info)</translation>
    </message>
    <message>
        <source>PSI %1 (warn)</source>
        <translation>PSI %1 (alerte)</translation>
    </message>
    <message>
        <source>PSI per feature</source>
        <translation>PSI par variable</translation>
    </message>
    <message>
        <source>Drift numbers</source>
        <translation>Valeurs de dérive</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>Missing ref.</source>
        <translation>Manq. réf.</translation>
    </message>
    <message>
        <source>Missing cur.</source>
        <translation>Manq. act.</translation>
    </message>
    <message>
        <source>&amp;Histogram of feature:</source>
        <translation>&amp;Histogramme de la variable :</translation>
    </message>
    <message>
        <source>Feature for the histogram</source>
        <translation>Variable de l&apos;histogramme</translation>
    </message>
    <message>
        <source>%1: reference vs current (PSI %2)</source>
        <translation>%1 : référence contre actuel (PSI %2)</translation>
    </message>
    <message>
        <source>share of rows</source>
        <translation>part des lignes</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Histogram of %1</source>
        <translation>Histogramme de %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ExceptionBox</name>
    <message>
        <source>Policy exception (risk officer)</source>
        <translation>Dérogation (responsable des risques)</translation>
    </message>
    <message>
        <source>Fail findings the exception covers</source>
        <translation>Constats bloquants couverts par la dérogation</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Couvre :</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Documented business justification</source>
        <translation>Justification métier documentée</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>Exception expires</source>
        <translation>Expiration de la dérogation</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>&amp;Grant exception</source>
        <translation>Accorder la déro&amp;gation</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Exception granted.&lt;/b&gt; Entry %1</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Dérogation accordée.&lt;/b&gt; Entrée %1</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Not granted:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Non accordée :&lt;/b&gt; %1</translation>
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
        <translation>Aucune attribution n&apos;a été soumise : l&apos;importance, la stabilité et les codes motifs ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <source>Declared method: %1; reason codes: %2</source>
        <translation>Méthode déclarée : %1 ; codes motifs : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Method: &lt;b&gt;%1&lt;/b&gt; · reason codes declared: &lt;b&gt;%2&lt;/b&gt; · rank stability (Spearman): &lt;b&gt;%3&lt;/b&gt; · top-5 overlap: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Méthode : &lt;b&gt;%1&lt;/b&gt; · codes motifs déclarés : &lt;b&gt;%2&lt;/b&gt; · stabilité des rangs (Spearman) : &lt;b&gt;%3&lt;/b&gt; · recouvrement du top 5 : &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mean |attribution| per feature</source>
        <translation>|Attribution| moyenne par variable</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Feature importance, candidate against baseline</source>
        <translation>Importance des variables, candidat contre référence</translation>
    </message>
    <message>
        <source>Feature importance numbers</source>
        <translation>Valeurs d&apos;importance des variables</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason codes&lt;/b&gt;: share of the %1 adverse cases with attributions that name each feature among their four principal reasons.</source>
        <translation>&lt;b&gt;Codes motifs&lt;/b&gt; : part des %1 cas défavorables avec attributions qui citent chaque variable parmi leurs quatre motifs principaux.</translation>
    </message>
    <message>
        <source>Reason-code frequency</source>
        <translation>Fréquence des codes motifs</translation>
    </message>
    <message>
        <source>Share of adverse cases</source>
        <translation>Part des cas défavorables</translation>
    </message>
    <message>
        <source>Reason-code frequency numbers</source>
        <translation>Valeurs de fréquence des codes motifs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>cs::ui::FactSections</name>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No cost figures were submitted.</source>
        <translation>Aucun chiffre de coût n&apos;a été soumis.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Over budget.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Budget dépassé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost per 1,000 inferences (USD)</source>
        <translation>Coût pour 1&#xa0;000 inférences (USD)</translation>
    </message>
    <message>
        <source>Baseline per 1,000 (USD)</source>
        <translation>Référence pour 1&#xa0;000 (USD)</translation>
    </message>
    <message>
        <source>Change per 1,000</source>
        <translation>Écart pour 1&#xa0;000</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Volume mensuel</translation>
    </message>
    <message>
        <source>Monthly estimate (USD)</source>
        <translation>Estimation mensuelle (USD)</translation>
    </message>
    <message>
        <source>Monthly budget (USD)</source>
        <translation>Budget mensuel (USD)</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>NOT approved</source>
        <translation>NON approuvée</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>DCP</translation>
    </message>
    <message>
        <source>no PII</source>
        <translation>sans DCP</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>No data sources are listed.</source>
        <translation>Aucune source de données n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>PII approval</source>
        <translation>Validation DCP</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existante</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protected attributes tested: %1</source>
        <translation>Attributs protégés testés : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No training datasets are listed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun jeu de données d&apos;entraînement n&apos;est indiqué.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training dataset</source>
        <translation>Jeu de données d&apos;entraînement</translation>
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
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>Code d&apos;entraînement</translation>
    </message>
    <message>
        <source>Automated tests passed</source>
        <translation>Tests automatisés réussis</translation>
    </message>
    <message>
        <source>Test suite</source>
        <translation>Suite de tests</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Rapport de tests</translation>
    </message>
    <message>
        <source>&lt;b&gt;No rollback plan was submitted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun plan de retour arrière n&apos;a été soumis.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>En moins de (minutes)</translation>
    </message>
    <message>
        <source>Downstream consumers to notify</source>
        <translation>Consommateurs en aval à prévenir</translation>
    </message>
    <message>
        <source>No A/B plan was submitted.</source>
        <translation>Aucun plan A/B n&apos;a été soumis.</translation>
    </message>
    <message>
        <source>Traffic (%)</source>
        <translation>Trafic (%)</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Métrique de succès</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>&lt;b&gt;No monitoring was declared.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune surveillance n&apos;a été déclarée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Data drift monitoring</source>
        <translation>Surveillance de la dérive des données</translation>
    </message>
    <message>
        <source>PSI alert level</source>
        <translation>Seuil d&apos;alerte PSI</translation>
    </message>
    <message>
        <source>Concept drift monitoring</source>
        <translation>Surveillance de la dérive conceptuelle</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Fenêtre (jours)</translation>
    </message>
    <message>
        <source>Code review approvals</source>
        <translation>Approbations de revue de code</translation>
    </message>
    <message>
        <source>Security scan: critical</source>
        <translation>Analyse de sécurité : critiques</translation>
    </message>
    <message>
        <source>Security scan: high</source>
        <translation>Analyse de sécurité : élevées</translation>
    </message>
    <message>
        <source>Integration tests passed</source>
        <translation>Tests d&apos;intégration réussis</translation>
    </message>
    <message>
        <source>Validated in staging</source>
        <translation>Validé en préproduction</translation>
    </message>
    <message>
        <source>Contains PII</source>
        <translation>Contient des DCP</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Data quality checks passed</source>
        <translation>Contrôles de qualité des données réussis</translation>
    </message>
    <message>
        <source>Lineage documented</source>
        <translation>Traçabilité documentée</translation>
    </message>
    <message>
        <source>Freshness SLA (hours)</source>
        <translation>SLA de fraîcheur (heures)</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Coût mensuel (USD)</translation>
    </message>
</context>
<context>
    <name>cs::ui::FairnessSection</name>
    <message>
        <source>&amp;Protected attribute:</source>
        <translation>&amp;Attribut protégé :</translation>
    </message>
    <message>
        <source>Protected attribute</source>
        <translation>Attribut protégé</translation>
    </message>
    <message>
        <source>Groups marked † have fewer cases than the policy&apos;s minimum group size and are left out of the aggregates. The dashed line is %1 × the best counted group&apos;s rate (the four-fifths rule).</source>
        <translation>Les groupes marqués † comptent moins de cas que la taille minimale de groupe fixée par la politique et sont exclus des agrégats. La ligne pointillée vaut %1 × le taux du meilleur groupe compté (règle des quatre cinquièmes).</translation>
    </message>
    <message>
        <source>Favourable rate</source>
        <translation>Taux favorable</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>Taux de sélection</translation>
    </message>
    <message>
        <source>%1 by group</source>
        <translation>%1 par groupe</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TVP</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>TFP</translation>
    </message>
    <message>
        <source>small</source>
        <translation>petit</translation>
    </message>
    <message>
        <source>%1 × best %2</source>
        <translation>%1 × meilleur %2</translation>
    </message>
    <message>
        <source>Fairness chart for %1</source>
        <translation>Graphique d&apos;équité pour %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>TFN</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Fairness numbers for %1</source>
        <translation>Valeurs d&apos;équité pour %1</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:#c62828&quot;&gt;below %1&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:#c62828&quot;&gt;sous %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disparate impact ratio (%1): &lt;b&gt;%2&lt;/b&gt;%3 · Demographic parity difference: &lt;b&gt;%4&lt;/b&gt; · Equal opportunity difference: &lt;b&gt;%5&lt;/b&gt; · Equalized odds difference: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Ratio d&apos;impact disproportionné (%1) : &lt;b&gt;%2&lt;/b&gt;%3 · Écart de parité démographique : &lt;b&gt;%4&lt;/b&gt; · Écart d&apos;égalité des chances : &lt;b&gt;%5&lt;/b&gt; · Écart d&apos;égalité des cotes : &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::FindingRow</name>
    <message>
        <source>%1 finding %2 %3</source>
        <translation>Constat %1 %2 %3</translation>
    </message>
    <message>
        <source>Go to the evidence (Enter)</source>
        <translation>Aller à la preuve (Entrée)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;How to fix:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;Correction :&lt;/span&gt; %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::FindingsSection</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; fail · &lt;b&gt;%2&lt;/b&gt; warn · &lt;b&gt;%3&lt;/b&gt; info. A fail blocks approval unless a signed policy exception covers it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; bloquant · &lt;b&gt;%2&lt;/b&gt; alerte · &lt;b&gt;%3&lt;/b&gt; info. Un constat bloquant empêche l&apos;approbation sauf si une dérogation signée le couvre.</translation>
    </message>
    <message>
        <source>No findings: every automated check passed.</source>
        <translation>Aucun constat : tous les contrôles automatiques sont réussis.</translation>
    </message>
</context>
<context>
    <name>cs::ui::HeaderSection</name>
    <message>
        <source>%1 TRACK</source>
        <translation>CIRCUIT %1</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Circuit : %1</translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation>SLA %1 h</translation>
    </message>
    <message>
        <source>no review SLA</source>
        <translation>pas de SLA de revue</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%1, overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;%1, en retard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 h ago; %3)</source>
        <translation>%1 (il y a %2 h ; %3)</translation>
    </message>
    <message>
        <source>%1 · request %2 · submitted by %3 on %4</source>
        <translation>%1 · demande %2 · soumise par %3 le %4</translation>
    </message>
    <message>
        <source>Package digest &lt;code&gt;%1…&lt;/code&gt;</source>
        <translation>Condensé du paquet &lt;code&gt;%1…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copier le condensé</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of manifest.json: %1</source>
        <translation>Copier le SHA-256 complet de manifest.json : %1</translation>
    </message>
    <message>
        <source>Copy package digest</source>
        <translation>Copier le condensé du paquet</translation>
    </message>
    <message>
        <source>No track rule fired: green by default.</source>
        <translation>Aucune règle de circuit ne s&apos;est déclenchée : vert par défaut.</translation>
    </message>
    <message>
        <source>Why %1:</source>
        <translation>Pourquoi %1 :</translation>
    </message>
    <message>
        <source>Why not %1:</source>
        <translation>Pourquoi pas %1 :</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Visas requis</translation>
    </message>
    <message>
        <source>None: the %1 track is approved by policy and recorded.</source>
        <translation>Aucun : le circuit %1 est approuvé par la politique et consigné.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;missing&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;manquant&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;✔ %1 (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;✔ %1 (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; no audit store open</source>
        <translation>&lt;b&gt;État :&lt;/b&gt; aucun registre d&apos;audit ouvert</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; not received in the audit store</source>
        <translation>&lt;b&gt;État :&lt;/b&gt; non reçu dans le registre d&apos;audit</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;État :&lt;/b&gt; &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b style=&quot;color:#c62828&quot;&gt;The store holds a different digest for this request.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b style=&quot;color:#c62828&quot;&gt;Le registre contient un autre condensé pour cette demande.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cs::ui::IdentityDialog</name>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>&amp;Create an identity</source>
        <translation>&amp;Créer une identité</translation>
    </message>
    <message>
        <source>&amp;Show a public key</source>
        <translation>&amp;Afficher une clé publique</translation>
    </message>
    <message>
        <source>A new Ed25519 key pair for signing decisions. The key file is protected by your passphrase; give the administrator the public key (the .pub file written beside it).</source>
        <translation>Une nouvelle paire de clés Ed25519 pour signer les décisions. Le fichier de clé est protégé par votre phrase secrète ; remettez à l&apos;administrateur la clé publique (le fichier .pub écrit à côté).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Key file to write</source>
        <translation>Fichier de clé à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>C&amp;reate identity</source>
        <translation>Cré&amp;er l&apos;identité</translation>
    </message>
    <message>
        <source>Key file or .pub file to show</source>
        <translation>Fichier de clé ou fichier .pub à afficher</translation>
    </message>
    <message>
        <source>a key file or a .pub file</source>
        <translation>un fichier de clé ou un fichier .pub</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>New key file</source>
        <translation>Nouveau fichier de clé</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Show a public key</source>
        <translation>Afficher une clé publique</translation>
    </message>
    <message>
        <source>Key and public key files (*.key *.pub);;All files (*)</source>
        <translation>Fichiers de clé et de clé publique (*.key *.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>From the public key file %1.</source>
        <translation>Tiré du fichier de clé publique %1.</translation>
    </message>
    <message>
        <source>From the key file %1 (not unlocked: the public key is stored in the clear).</source>
        <translation>Tiré du fichier de clé %1 (non déverrouillé : la clé publique y est stockée en clair).</translation>
    </message>
    <message>
        <source>Give a name and a key file.</source>
        <translation>Indiquez un nom et un fichier de clé.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Creating the identity… (deriving the key from the passphrase takes a moment)</source>
        <translation>Création de l&apos;identité… (la dérivation de la clé à partir de la phrase secrète prend un instant)</translation>
    </message>
    <message>
        <source>Created %1 and %2.</source>
        <translation>%1 et %2 créés.</translation>
    </message>
    <message>
        <source>The identity just created.</source>
        <translation>L&apos;identité qui vient d&apos;être créée.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ImpactSection</name>
    <message>
        <source>No baseline scores were submitted, so the change in decisions cannot be computed.</source>
        <translation>Aucun score de référence n&apos;a été soumis : l&apos;évolution des décisions ne peut pas être calculée.</translation>
    </message>
    <message>
        <source>%1 of all %2 evaluated cases get a different decision from the candidate than from the baseline.</source>
        <translation>%1 des %2 cas évalués reçoivent du candidat une décision différente de celle de la référence.</translation>
    </message>
    <message>
        <source>%1 of all cases are flagged today and will not be flagged after this change.</source>
        <translation>%1 de l&apos;ensemble des cas sont signalés aujourd&apos;hui et ne le seront plus après ce changement.</translation>
    </message>
    <message>
        <source>%1 of all cases are not flagged today and will be flagged after this change.</source>
        <translation>%1 de l&apos;ensemble des cas ne sont pas signalés aujourd&apos;hui et le seront après ce changement.</translation>
    </message>
    <message>
        <source>%1 of all cases get the favourable outcome today and will be refused after this change.</source>
        <translation>%1 de l&apos;ensemble des cas obtiennent aujourd&apos;hui l&apos;issue favorable et seront refusés après ce changement.</translation>
    </message>
    <message>
        <source>%1 of all cases are refused today and will get the favourable outcome after this change.</source>
        <translation>%1 de l&apos;ensemble des cas sont refusés aujourd&apos;hui et obtiendront l&apos;issue favorable après ce changement.</translation>
    </message>
    <message>
        <source>Percentages are of all evaluated cases. Threshold %1 (baseline %2); adverse outcome: %3 score.</source>
        <translation>Les pourcentages portent sur l’ensemble des cas évalués. Seuil %1 (référence %2) ; issue défavorable : score %3.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Changed decisions by group</source>
        <translation>Décisions modifiées par groupe</translation>
    </message>
    <message>
        <source>Newly adverse</source>
        <translation>Nouvellement défavorables</translation>
    </message>
    <message>
        <source>Newly favourable</source>
        <translation>Nouvellement favorables</translation>
    </message>
    <message>
        <source>Changed decisions by group, numbers</source>
        <translation>Décisions modifiées par groupe, valeurs</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation>Inversées</translation>
    </message>
</context>
<context>
    <name>cs::ui::InspectWindow</name>
    <message>
        <source>%1 (read-only) – Countersign inspection</source>
        <translation>%1 (lecture seule) – inspection Countersign</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Exporter le rapport en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>Exporter le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Exporter le rapport en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Opened read-only: nothing is written to or beside %1.</source>
        <translation>Ouvert en lecture seule : rien n&apos;est écrit dans %1 ni à côté.</translation>
    </message>
    <message>
        <source>Entry %1 is not in this store: the problem names an entry another feed had seen.</source>
        <translation>L&apos;entrée %1 ne figure pas dans ce registre : le problème désigne une entrée qu&apos;un autre flux avait vue.</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
</context>
<context>
    <name>cs::ui::Kinds</name>
    <message>
        <source>ML model</source>
        <translation>Modèle de ML</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Data pipeline</source>
        <translation>Pipeline de données</translation>
    </message>
</context>
<context>
    <name>cs::ui::MainWindow</name>
    <message>
        <source>Countersign — DEMO (sample data, demo identities)</source>
        <translation>Countersign — DÉMO (données d’exemple, identités de démonstration)</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message numerus="yes">
        <source>Reviewing %n package(s)…</source>
        <translation>
            <numerusform>Revue de %n paquet…</numerusform>
            <numerusform>Revue de %n paquets…</numerusform>
        </translation>
    </message>
    <message>
        <source>  DEMO — sample data, demo identities  </source>
        <translation>  DÉMO — données d’exemple, identités de démonstration  </translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Add &amp;inbox folder…</source>
        <translation>Ajouter un dossier d&apos;&amp;entrée…</translation>
    </message>
    <message>
        <source>Open audit &amp;store…</source>
        <translation>Ouvrir un &amp;registre d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Next request</source>
        <translation>Demande &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous request</source>
        <translation>Demande &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation>Section suiva&amp;nte</translation>
    </message>
    <message>
        <source>Previous s&amp;ection</source>
        <translation>Section pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Jump to section</source>
        <translation>&amp;Aller à la section</translation>
    </message>
    <message>
        <source>&amp;Filter the queue</source>
        <translation>&amp;Filtrer la file</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <source>Preparing the demo: identities, roster and sample receipts…</source>
        <translation>Préparation de la démonstration : identités, liste des habilitations et réceptions d’exemple…</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>La démonstration n&apos;a pas pu être préparée : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Demo ready. Passphrase for every demo identity: “%1”. Drop packages into %2</source>
        <translation>Démonstration prête. Phrase secrète de chaque identité de démonstration : « %1 ». Déposez des paquets dans %2</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>Select a request in the queue.</source>
        <translation>Sélectionnez une demande dans la file.</translation>
    </message>
    <message>
        <source>Audit store: %1</source>
        <translation>Registre d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>Packages (manifest.json *.zip *.tar.gz *.tgz)</source>
        <translation>Paquets (manifest.json *.zip *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Open audit store</source>
        <translation>Ouvrir un registre d&apos;audit</translation>
    </message>
    <message>
        <source>Audit stores (*.db);;All files (*)</source>
        <translation>Registres d&apos;audit (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add inbox folder</source>
        <translation>Ajouter un dossier d&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Inspect audit store (read-only)…</source>
        <translation>&amp;Inspecter un registre d&apos;audit (lecture seule)…</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>I&amp;dentités…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Inspect audit store (read-only)</source>
        <translation>Inspecter un registre d&apos;audit (lecture seule)</translation>
    </message>
    <message>
        <source>The new policy file or language takes effect when Countersign starts again.</source>
        <translation>Le nouveau fichier de politique ou la nouvelle langue prend effet au prochain démarrage de Countersign.</translation>
    </message>
</context>
<context>
    <name>cs::ui::ManifestSection</name>
    <message>
        <source>Keys the contract does not name (kept and shown): %1</source>
        <translation>Clés que le contrat ne nomme pas (conservées et affichées) : %1</translation>
    </message>
    <message>
        <source>manifest.json as submitted</source>
        <translation>manifest.json tel que soumis</translation>
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
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Selection rate</source>
        <translation>Taux de sélection</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Score de Brier</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Perte logarithmique</translation>
    </message>
    <message>
        <source>Primary metric &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Métrique principale &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1%&lt;/b&gt; against the baseline</source>
        <translation> : &lt;b&gt;%1 %&lt;/b&gt; par rapport à la référence</translation>
    </message>
    <message>
        <source>: no baseline to compare with</source>
        <translation> : aucune référence de comparaison</translation>
    </message>
    <message>
        <source>Candidate vs baseline</source>
        <translation>Candidat contre référence</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (principale)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est meilleur</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est meilleur</translation>
    </message>
    <message>
        <source>Performance chart, candidate against baseline</source>
        <translation>Graphique de performance, candidat contre référence</translation>
    </message>
    <message>
        <source>Performance numbers</source>
        <translation>Valeurs de performance</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <source>ROC curve points</source>
        <translation>Points de la courbe ROC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>TFP</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TVP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported by the submitter vs recomputed from the data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déclaré par le soumissionnaire contre recalculé à partir des données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Reported against recomputed metrics</source>
        <translation>Métriques déclarées contre recalculées</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Recalculé</translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|écart|</translation>
    </message>
</context>
<context>
    <name>cs::ui::PeriodChooser</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Période du tableau de bord</translation>
    </message>
    <message>
        <source>Whole days in UTC, as the audit store&apos;s time stamps</source>
        <translation>Jours entiers en UTC, comme les horodatages du registre d&apos;audit</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date, included</source>
        <translation>Date de fin, incluse</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
</context>
<context>
    <name>cs::ui::PublicKeyBox</name>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Public key, hex</source>
        <translation>Clé publique, hexadécimale</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>Copier la &amp;clé</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copier l&apos;&amp;empreinte</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>(not named in a .pub file)</source>
        <translation>(non nommé dans un fichier .pub)</translation>
    </message>
    <message>
        <source>No identity loaded.</source>
        <translation>Aucune identité chargée.</translation>
    </message>
</context>
<context>
    <name>cs::ui::QueuePanel</name>
    <message>
        <source>Filter by name, id, submitter…</source>
        <translation>Filtrer par nom, identifiant, soumissionnaire…</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>Filtrer la file</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrer par circuit</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les circuits</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par nature</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>File des demandes</translation>
    </message>
    <message>
        <source>Requests per track</source>
        <translation>Demandes par circuit</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;●&lt;/b&gt; Red %2 · &lt;b style=&quot;color:%3&quot;&gt;●&lt;/b&gt; Yellow %4 · &lt;b style=&quot;color:%5&quot;&gt;●&lt;/b&gt; Green %6</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;●&lt;/b&gt; Rouge %2 · &lt;b style=&quot;color:%3&quot;&gt;●&lt;/b&gt; Jaune %4 · &lt;b style=&quot;color:%5&quot;&gt;●&lt;/b&gt; Vert %6</translation>
    </message>
    <message>
        <source> · broken %1</source>
        <translation> · défectueux %1</translation>
    </message>
    <message>
        <source> · loading %1</source>
        <translation> · en chargement %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReportExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>store verified</source>
        <translation>registre vérifié</translation>
    </message>
</context>
<context>
    <name>cs::ui::RequestQueueModel</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>aucun registre</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 (no SLA)</source>
        <translation>%1 (pas de SLA)</translation>
    </message>
    <message>
        <source>%1 / %2 h%3</source>
        <translation>%1 / %2 h%3</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> en retard</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>aucun requis</translation>
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
        <translation>ERREUR</translation>
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
Circuit %5 ; %6 constats bloquants, %7 alertes</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>Nom et version</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Soumissionnaire</translation>
    </message>
    <message>
        <source>Age / SLA</source>
        <translation>Âge / SLA</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>cs::ui::RequestTrailPanel</name>
    <message>
        <source>Request trail</source>
        <translation>Piste de la demande</translation>
    </message>
    <message>
        <source>Select an entry that names a request, or choose a request above, to see its whole trail.</source>
        <translation>Sélectionnez une entrée qui désigne une demande, ou choisissez une demande ci-dessus, pour voir toute sa piste.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>approbation avec conditions</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>demande de modifications</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>No valid package_received entry for this request.</source>
        <translation>Aucune entrée package_received valide pour cette demande.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Package digest</source>
        <translation>Condensé du paquet</translation>
    </message>
    <message>
        <source>Policy digest</source>
        <translation>Condensé de la politique</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Visas requis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(not covered)</source>
        <translation>(non couvert)</translation>
    </message>
    <message>
        <source>(covered by an exception)</source>
        <translation>(couvert par une dérogation)</translation>
    </message>
    <message>
        <source>Fail findings</source>
        <translation>Constats bloquants</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier receipt(s) of this request; decisions on their digests do not count.</source>
        <translation>
            <numerusform>%n réception antérieure de cette demande ; les décisions portant sur son condensé ne comptent pas.</numerusform>
            <numerusform>%n réceptions antérieures de cette demande ; les décisions portant sur leurs condensés ne comptent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>None required on this track.</source>
        <translation>Aucun requis dans ce circuit.</translation>
    </message>
    <message>
        <source>present, %1 by</source>
        <translation>présent, %1 par</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No valid decision.</source>
        <translation>Aucune décision valide.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non : %1</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>couvre</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>Entries that do not count</source>
        <translation>Entrées non prises en compte</translation>
    </message>
    <message>
        <source>These entries name this request but failed verification; the state above ignores them.</source>
        <translation>Ces entrées désignent cette demande mais ont échoué à la vérification ; l&apos;état ci-dessus les ignore.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>The store&apos;s roster could not be read, so no state can be derived.</source>
        <translation>La liste des habilitations du registre n&apos;a pas pu être lue : aucun état ne peut donc être dérivé.</translation>
    </message>
    <message>
        <source>Derived state:</source>
        <translation>État dérivé :</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReviewPage</name>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Annuler le chargement</translation>
    </message>
    <message>
        <source>Section index</source>
        <translation>Index des sections</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Select a request in the queue, or open a package (Ctrl+O), or drop one onto the window.</source>
        <translation>Sélectionnez une demande dans la file, ouvrez un paquet (Ctrl+O) ou déposez-en un sur la fenêtre.</translation>
    </message>
    <message>
        <source>Loading and reviewing %1 …</source>
        <translation>Chargement et revue de %1 …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be reviewed.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 n&apos;a pas pu être examiné.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>cs::ui::RocChart</name>
    <message>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <source>%1: FPR %2, TPR %3</source>
        <translation>%1 : TFP %2, TVP %3</translation>
    </message>
</context>
<context>
    <name>cs::ui::Roles</name>
    <message>
        <source>ML platform engineer</source>
        <translation>Ingénieur(e) plateforme ML</translation>
    </message>
    <message>
        <source>ML governance analyst</source>
        <translation>Analyste gouvernance ML</translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation>Responsable des risques</translation>
    </message>
    <message>
        <source>Security reviewer</source>
        <translation>Réviseur(se) sécurité</translation>
    </message>
    <message>
        <source>Data steward</source>
        <translation>Responsable des données</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur(rice)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur(rice)</translation>
    </message>
</context>
<context>
    <name>cs::ui::RosterEditor</name>
    <message>
        <source>Roster</source>
        <translation>Liste des habilitations</translation>
    </message>
    <message>
        <source>Roster members</source>
        <translation>Membres de la liste des habilitations</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur(rice)</translation>
    </message>
    <message>
        <source>Administrator&apos;s key file</source>
        <translation>Fichier de clé de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Administrator&apos;s passphrase</source>
        <translation>Phrase secrète de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Not unlocked: the passphrase is asked for with the first change.</source>
        <translation>Non déverrouillé : la phrase secrète est demandée à la première modification.</translation>
    </message>
    <message>
        <source>Grant or revoke</source>
        <translation>Habiliter ou révoquer</translation>
    </message>
    <message>
        <source>hex public key, or a .pub file</source>
        <translation>clé publique hexadécimale, ou fichier .pub</translation>
    </message>
    <message>
        <source>Member&apos;s public key</source>
        <translation>Clé publique du membre</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Clé &amp;publique :</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Member&apos;s e-mail</source>
        <translation>Adresse e-mail du membre</translation>
    </message>
    <message>
        <source>How the rules know a reviewer submitted a package, and tell people apart</source>
        <translation>C&apos;est ainsi que les règles savent qu&apos;un réviseur a soumis un paquet et distinguent les personnes</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>&amp;Grant roles</source>
        <translation>&amp;Attribuer les rôles</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>&amp;Révoquer la clé…</translation>
    </message>
    <message>
        <source>Cuts the key after its newest entry in this store; nothing it signs later counts</source>
        <translation>Coupe la clé après sa plus récente entrée dans ce registre ; rien de ce qu&apos;elle signe ensuite ne compte</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Fichiers de clé publique (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>revoked: none of its entries count</source>
        <translation>révoquée : aucune de ses entrées ne compte</translation>
    </message>
    <message>
        <source>%1 (store anchor)</source>
        <translation>%1 (ancre du registre)</translation>
    </message>
    <message>
        <source>public key %1</source>
        <translation>clé publique %1</translation>
    </message>
    <message>
        <source>Give the member&apos;s public key: hex, or a .pub file.</source>
        <translation>Indiquez la clé publique du membre : en hexadécimal, ou un fichier .pub.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke %1? Nothing it signs after its newest entry in this store will count. This cannot be undone.</source>
        <translation>Révoquer %1 ? Rien de ce qu&apos;elle signera après sa plus récente entrée dans ce registre ne comptera. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s key file.</source>
        <translation>Choisissez le fichier de clé de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Writing the roster entry…</source>
        <translation>Écriture de l&apos;entrée de la liste des habilitations…</translation>
    </message>
    <message>
        <source>Unlocking the administrator&apos;s identity…</source>
        <translation>Déverrouillage de l&apos;identité de l&apos;administrateur…</translation>
    </message>
    <message>
        <source>Not unlocked.</source>
        <translation>Non déverrouillée.</translation>
    </message>
    <message>
        <source>Unlocked: &lt;b&gt;%1&lt;/b&gt;, key %2</source>
        <translation>Déverrouillée : &lt;b&gt;%1&lt;/b&gt;, clé %2</translation>
    </message>
    <message>
        <source>Granted in roster entry %1.</source>
        <translation>Attribué dans l&apos;entrée %1 de la liste des habilitations.</translation>
    </message>
    <message>
        <source>Revoked in roster entry %1.</source>
        <translation>Révoqué dans l&apos;entrée %1 de la liste des habilitations.</translation>
    </message>
    <message>
        <source>revoked after its entry %1</source>
        <translation>révoquée après son entrée %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::RosterWrites</name>
    <message>
        <source>only the store&apos;s administrator (its anchor key) writes the roster</source>
        <translation>seul l&apos;administrateur du registre (sa clé d&apos;ancrage) écrit la liste des habilitations</translation>
    </message>
    <message>
        <source>a grant needs a name, an e-mail and at least one role</source>
        <translation>une habilitation exige un nom, une adresse e-mail et au moins un rôle</translation>
    </message>
</context>
<context>
    <name>cs::ui::Section</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>Explainability</source>
        <translation>Explicabilité</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Decision impact</source>
        <translation>Impact sur les décisions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Data sources and features</source>
        <translation>Sources de données et variables</translation>
    </message>
    <message>
        <source>Lineage and tests</source>
        <translation>Traçabilité et tests</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>A/B plan</source>
        <translation>Plan A/B</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Release checks</source>
        <translation>Contrôles de mise en production</translation>
    </message>
    <message>
        <source>Manifest as submitted</source>
        <translation>Manifeste tel que soumis</translation>
    </message>
</context>
<context>
    <name>cs::ui::SettingsDialog</name>
    <message>
        <source>Countersign settings</source>
        <translation>Paramètres de Countersign</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>&amp;Inbox folders:</source>
        <translation>Dossiers d&apos;&amp;entrée :</translation>
    </message>
    <message>
        <source>Audit &amp;store:</source>
        <translation>Registre d&apos;au&amp;dit :</translation>
    </message>
    <message>
        <source>Choose the audit store</source>
        <translation>Choisir le registre d&apos;audit</translation>
    </message>
    <message>
        <source>Audit stores (*.db *.sqlite);;All files (*)</source>
        <translation>Registres d&apos;audit (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Identity &amp;key file:</source>
        <translation>&amp;Fichier de clé d&apos;identité :</translation>
    </message>
    <message>
        <source>Choose your identity key file</source>
        <translation>Choisir votre fichier de clé d&apos;identité</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>empty: the built-in default policy</source>
        <translation>vide : la politique par défaut intégrée</translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation>Fichier de &amp;politique :</translation>
    </message>
    <message>
        <source>Choose the policy file</source>
        <translation>Choisir le fichier de politique</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Politiques (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect when Countersign is restarted.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de Countersign.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Countersign&lt;/b&gt; to use the new language.</source>
        <translation>&lt;b&gt;Redémarrez Countersign&lt;/b&gt; pour utiliser la nouvelle langue.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose an inbox folder</source>
        <translation>Choisir un dossier d&apos;entrée</translation>
    </message>
    <message>
        <source>These settings cannot be used yet:</source>
        <translation>Ces paramètres ne sont pas encore utilisables :</translation>
    </message>
</context>
<context>
    <name>cs::ui::Style</name>
    <message>
        <source>GREEN</source>
        <translation>VERT</translation>
    </message>
    <message>
        <source>YELLOW</source>
        <translation>JAUNE</translation>
    </message>
    <message>
        <source>RED</source>
        <translation>ROUGE</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçue</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncJob</name>
    <message>
        <source>The sync folder %1 does not exist (is the share mounted?).</source>
        <translation>Le dossier de synchronisation %1 n&apos;existe pas (le partage est-il monté ?).</translation>
    </message>
    <message>
        <source>No sync target is configured.</source>
        <translation>Aucune cible de synchronisation n&apos;est configurée.</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Aucun registre d&apos;audit n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncTargetEditor</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>a folder every workbench of the deployment can read and write</source>
        <translation>un dossier que chaque poste du déploiement peut lire et écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the shared sync folder</source>
        <translation>Choisir le dossier de synchronisation partagé</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>empty: asked once, kept in memory only</source>
        <translation>vide : demandé une fois, conservé en mémoire seulement</translation>
    </message>
    <message>
        <source>The environment variable holding the server&apos;s password (for example PGPASSWORD). Leave it empty to be asked; the password is never saved.</source>
        <translation>La variable d&apos;environnement contenant le mot de passe du serveur (par exemple PGPASSWORD). Laissez-la vide pour qu&apos;il soit demandé ; le mot de passe n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>&amp;Variable du mot de passe :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off (Sync now only)</source>
        <translation>Désactivée (« Synchroniser maintenant » seulement)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
</context>
<context>
    <name>cs::ui::SyncView</name>
    <message>
        <source>Sync target</source>
        <translation>Cible de synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dernières passes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refusals on record&lt;/b&gt; (the store&apos;s sync log, newest first)</source>
        <translation>&lt;b&gt;Refus consignés&lt;/b&gt; (journal de synchronisation du registre, plus récents en premier)</translation>
    </message>
    <message>
        <source>Choose a sync target first.</source>
        <translation>Choisissez d&apos;abord une cible de synchronisation.</translation>
    </message>
    <message>
        <source>No audit store is open.</source>
        <translation>Aucun registre d&apos;audit n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The timed round waits for the server password: click Sync now.</source>
        <translation>La passe programmée attend le mot de passe du serveur : cliquez sur « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1 (kept in memory until Countersign closes, never saved):</source>
        <translation>Mot de passe de %1 (conservé en mémoire jusqu&apos;à la fermeture de Countersign, jamais enregistré) :</translation>
    </message>
    <message>
        <source>Sync cancelled: no password given.</source>
        <translation>Synchronisation annulée : aucun mot de passe fourni.</translation>
    </message>
    <message>
        <source>Sync failed %1: %2</source>
        <translation>Échec de la synchronisation %1 : %2</translation>
    </message>
    <message>
        <source>Synced %1: %2 arrived, %3 sent, %4 refused</source>
        <translation>Synchronisé %1 : %2 reçues, %3 envoyées, %4 refusées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Déjà détenues</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier entry of their feed</source>
        <translation>
            <numerusform>%n en attente d’une entrée antérieure de son flux</numerusform>
            <numerusform>%n en attente d’une entrée antérieure de leur flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>cs::ui::TeamPanels</name>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des habilitations</translation>
    </message>
    <message>
        <source>Governance &amp;dashboard</source>
        <translation>&amp;Tableau de bord de la gouvernance</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
</context>
<context>
    <name>cs::ui::VerificationBanner</name>
    <message>
        <source>%v of %m entries checked</source>
        <translation>%v entrées vérifiées sur %m</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translation>Problèmes de vérification</translation>
    </message>
    <message>
        <source>Click a problem to select its entry in the trail.</source>
        <translation>Cliquez sur un problème pour sélectionner son entrée dans la piste.</translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation>Id. du registre :</translation>
    </message>
    <message>
        <source>Trust anchor:</source>
        <translation>Ancre de confiance :</translation>
    </message>
    <message>
        <source>Checking chains, roles and witnesses…</source>
        <translation>Vérification des chaînes, rôles et témoins…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le registre : %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n entries, no problems</source>
        <translation>
            <numerusform>Vérifié : %n entrée, aucun problème</numerusform>
            <numerusform>Vérifié : %n entrées, aucun problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n entries</source>
        <translation>
            <numerusform>dans %n entrée</numerusform>
            <numerusform>dans %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>click one to select its entry</source>
        <translation>cliquez sur un problème pour sélectionner son entrée</translation>
    </message>
    <message>
        <source>(fatal: no entry counts)</source>
        <translation>(fatal : aucune entrée ne compte)</translation>
    </message>
    <message>
        <source>%1%2 entry %3… (seq %4): %5</source>
        <translation>%1%2 entrée %3… (n° %4) : %5</translation>
    </message>
    <message>
        <source> (fatal)</source>
        <translation> (fatal)</translation>
    </message>
    <message>
        <source>Select entry %1 in the trail</source>
        <translation>Sélectionner l&apos;entrée %1 dans la piste</translation>
    </message>
    <message>
        <source>Entry %1 is not in this store</source>
        <translation>L&apos;entrée %1 ne figure pas dans ce registre</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>empreinte %1</translation>
    </message>
</context>
<context>
    <name>cs::ui::WorkbenchSettings</name>
    <message>
        <source>Inbox folder %1 does not exist.</source>
        <translation>Le dossier d&apos;entrée %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Audit store %1 does not exist (create one with countersign-cli init).</source>
        <translation>Le registre d&apos;audit %1 n&apos;existe pas (créez-en un avec countersign-cli init).</translation>
    </message>
    <message>
        <source>Identity key file %1 cannot be used: %2</source>
        <translation>Le fichier de clé d&apos;identité %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Policy file %1 does not load: %2</source>
        <translation>Le fichier de politique %1 ne se charge pas : %2</translation>
    </message>
    <message>
        <source>Sync: choose the shared folder.</source>
        <translation>Synchronisation : choisissez le dossier partagé.</translation>
    </message>
    <message>
        <source>Sync folder %1 does not exist.</source>
        <translation>Le dossier de synchronisation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Sync: the server URL must not contain a password, since settings are saved in clear. Name an environment variable that holds it, or leave that empty to be asked.</source>
        <translation>Synchronisation : l&apos;URL du serveur ne doit pas contenir de mot de passe, car les paramètres sont enregistrés en clair. Indiquez une variable d&apos;environnement qui le contient, ou laissez ce champ vide pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>Sync server URL: %1</source>
        <translation>URL du serveur de synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync: %1 is not an environment variable name (letters, digits and _).</source>
        <translation>Synchronisation : %1 n&apos;est pas un nom de variable d&apos;environnement (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>Sync interval must be between 0 (off) and %1 minutes.</source>
        <translation>L&apos;intervalle de synchronisation doit être compris entre 0 (désactivé) et %1 minutes.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Langue inconnue %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reviewer workbench for governing ML deployments.</source>
        <translation>Poste de revue pour la gouvernance des déploiements de ML.</translation>
    </message>
    <message>
        <source>Open on the bundled samples with a fresh demo store.</source>
        <translation>Ouvrir sur les exemples fournis avec un nouveau registre de démonstration.</translation>
    </message>
    <message>
        <source>Write PNG screenshots into DIR and quit.</source>
        <translation>Écrire des captures d&apos;écran PNG dans DIR et quitter.</translation>
    </message>
    <message>
        <source>The audit store.</source>
        <translation>Le registre d&apos;audit.</translation>
    </message>
    <message>
        <source>Watch FOLDER for packages (repeatable).</source>
        <translation>Surveiller FOLDER pour y détecter des paquets (répétable).</translation>
    </message>
    <message>
        <source>Policy file (JSON).</source>
        <translation>Fichier de politique (JSON).</translation>
    </message>
    <message>
        <source>Open the window, let it settle, and quit (packaging checks).</source>
        <translation>Ouvrir la fenêtre, la laisser se stabiliser, puis quitter (contrôles de paquetage).</translation>
    </message>
    <message>
        <source>Open STORE read-only in the inspection window only (no review window).</source>
        <translation>Ouvrir STORE en lecture seule dans la seule fenêtre d&apos;inspection (sans fenêtre de revue).</translation>
    </message>
    <message>
        <source>Packages to open.</source>
        <translation>Paquets à ouvrir.</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>With --inspect: the administrator&apos;s key you were given with the store (hex or .pub file); a store pinned to another anchor fails.</source>
        <translation>Avec --inspect : la clé de l&apos;administrateur qui vous a été remise avec le registre (hex ou fichier .pub) ; un registre rattaché à une autre ancre de confiance échoue.</translation>
    </message>
</context>
</TS>
