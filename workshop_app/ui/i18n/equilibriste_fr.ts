<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Confirm</name>
    <message>
        <location filename="../confirm.py" line="18"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../confirm.py" line="20"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../console/window.py" line="1"/>
        <source>Follow-up session created as {file}: same settings and people, no answers.</source>
        <translation>Session de suivi créée sous {file} : mêmes réglages et mêmes personnes, sans réponses.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="155"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="156"/>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="157"/>
        <source>&amp;Open a session file…</source>
        <translation>&amp;Ouvrir un fichier de session…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="158"/>
        <source>All &amp;sessions</source>
        <translation>Toutes les &amp;sessions</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="160"/>
        <source>&amp;Import participants (CSV)…</source>
        <translation>&amp;Importer des participants (CSV)…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="161"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;Exporter les résultats (CSV)…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="162"/>
        <source>Save a &amp;copy of the session…</source>
        <translation>Enregistrer une &amp;copie de la session…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="166"/>
        <source>S&amp;tation</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="167"/>
        <location filename="../console/window.py" line="187"/>
        <source>&amp;Open the station</source>
        <translation>&amp;Ouvrir le poste participant</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="168"/>
        <source>&amp;Identify screens</source>
        <translation>&amp;Identifier les écrans</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="170"/>
        <source>Se&amp;ttings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="171"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="173"/>
        <source>As the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="179"/>
        <source>&amp;About Équilibriste</source>
        <translation>À &amp;propos d’Équilibriste</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="187"/>
        <source>&amp;Close the station</source>
        <translation>&amp;Fermer le poste participant</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="204"/>
        <source>About Équilibriste</source>
        <translation>À propos d’Équilibriste</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="206"/>
        <source>Équilibriste {version}

The balance map workshop for sales managers: self-assessment at the station, the group’s map on the projector, a personal debrief for each manager.

Works offline; one file per session.</source>
        <translation>Équilibriste {version}

L’atelier de la carte d’équilibre des managers commerciaux&#x202f;: autodiagnostic au poste participant, carte du groupe au vidéoprojecteur, restitution personnelle pour chaque manager.

Fonctionne hors ligne&#x202f;; un fichier par session.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="214"/>
        <source>The new language applies the next time Équilibriste starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage d’Équilibriste.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="238"/>
        <source>Open a session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="239"/>
        <location filename="../console/window.py" line="362"/>
        <source>Équilibriste sessions (*.sqlite)</source>
        <translation>Sessions Équilibriste (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="274"/>
        <source>Close the station first (with the trainer PIN).</source>
        <translation>Fermez d’abord le poste participant (avec le code PIN du formateur).</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="294"/>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="301"/>
        <source>Copied as {file}: same settings and participants, no answers.</source>
        <translation>Copiée sous {file}&#x202f;: mêmes paramètres et participants, sans les réponses.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="306"/>
        <source>Delete a session</source>
        <translation>Supprimer une session</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="307"/>
        <source>Delete the session file {file} and every answer in it?</source>
        <translation>Supprimer le fichier de session {file} et toutes les réponses qu’il contient&#x202f;?</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="308"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="325"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="329"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="329"/>
        <source>Participant lists (*.csv *.txt *.xlsx *.xls *.ods)</source>
        <translation>Listes de participants (*.csv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants imported.</source>
        <translation>
            <numerusform>%n participant importé.</numerusform>
            <numerusform>%n participants importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/window.py" line="343"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="343"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n participants exported to {file}.</source>
        <translation>
            <numerusform>%n participant exporté dans {file}.</numerusform>
            <numerusform>%n participants exportés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/window.py" line="361"/>
        <source>Save a copy of the session</source>
        <translation>Enregistrer une copie de la session</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="374"/>
        <source>The whole session is copied to {file}.</source>
        <translation>Toute la session est copiée dans {file}.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="389"/>
        <source>Choose a trainer PIN in the settings first: it is needed to close the station.</source>
        <translation>Choisissez d’abord un code PIN dans les paramètres&#x202f;: il faudra le saisir pour fermer le poste participant.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="401"/>
        <source>Type the trainer PIN to close the station.</source>
        <translation>Saisissez le code PIN du formateur pour fermer le poste participant.</translation>
    </message>
    <message>
        <source>The station's screen is unplugged: the station is hidden until its screen is back (what was on it is kept).</source>
        <translation>L’écran du poste participant est débranché&#x202f;: le poste est masqué jusqu’au retour de son écran (rien n’est perdu).</translation>
    </message>
    <message>
        <source>Screens changed: the station is back on {screen}.</source>
        <translation>Écrans modifiés&#x202f;: le poste participant est de retour sur {screen}.</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="190"/>
        <source>Close the station</source>
        <translation>Fermer le poste</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="190"/>
        <source>Open the station</source>
        <translation>Ouvrir le poste</translation>
    </message>
</context>
<context>
    <name>DebriefsPanel</name>
    <message>
        <location filename="../console/debriefs.py" line="41"/>
        <source>Personal debriefs</source>
        <translation>Restitutions personnelles</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="42"/>
        <source>One PDF per participant who has finished, the print pack (all of them, in order, ready for one print job) and the anonymous group synthesis.</source>
        <translation>Un PDF par participant ayant terminé, le dossier d’impression (toutes les restitutions, dans l’ordre, prêtes à imprimer en une fois) et la synthèse anonyme du groupe.</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="44"/>
        <source>Generate all the debriefs</source>
        <translation>Générer toutes les restitutions</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="47"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="49"/>
        <source>Open the print pack</source>
        <translation>Ouvrir le dossier d’impression</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="92"/>
        <source>Generating the debriefs…</source>
        <translation>Génération des restitutions…</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="133"/>
        <source>Generating the debriefs… {done} of {total}</source>
        <translation>Génération des restitutions… {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="147"/>
        <source>the document writer stopped</source>
        <translation>le programme qui écrit les documents s’est arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n documents written in {folder}.</source>
        <translation>
            <numerusform>%n document enregistré dans {folder}.</numerusform>
            <numerusform>%n documents enregistrés dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="115"/>
        <source>{name}: no debrief ({reason})</source>
        <translation>{name}&#x202f;: pas de restitution ({reason})</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="118"/>
        <source>{file} not written: {reason}</source>
        <translation>{file} non enregistré&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../console/debriefs.py" line="122"/>
        <source>The debriefs could not be generated: {reason}</source>
        <translation>Les restitutions n’ont pas pu être générées&#x202f;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs are older than the answers: {names}</source>
        <translation>
            <numerusform>%n restitution est antérieure aux réponses&#x202f;: {names}</numerusform>
            <numerusform>%n restitutions sont antérieures aux réponses&#x202f;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerate the debriefs</source>
        <translation>Régénérer les restitutions</translation>
    </message>
    <message>
        <source>No program opens folders on this computer. The debriefs are in:
{folder}</source>
        <translation>Aucun programme n’ouvre les dossiers sur cet ordinateur. Les restitutions sont dans&#x202f;:
{folder}</translation>
    </message>
    <message>
        <source>No PDF viewer opened the print pack: this computer may have none. It is {file} in the debriefs&apos; folder:
{folder}</source>
        <translation>Aucune visionneuse PDF n’a ouvert le dossier d’impression&#x202f;: cet ordinateur n’en a peut-être pas. C’est {file}, dans le dossier des restitutions&#x202f;:
{folder}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>New follow-up session</source>
        <translation>Nouvelle session de suivi</translation>
    </message>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>A follow-up of {title}: the same settings and the same people, linked to it, with no answers — the station and the phones show nothing of last time. Untick who is not invited again; add newcomers afterwards as to any session.</source>
        <translation>Un suivi de « {title} » : les mêmes réglages et les mêmes personnes, liés à cette session, sans réponses — le poste participant et les téléphones ne montrent rien de la dernière fois. Décochez qui n’est pas réinvité ; ajoutez les nouveaux ensuite, comme pour toute session.</translation>
    </message>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>Date of the follow-up</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>Create the follow-up</source>
        <translation>Créer le suivi</translation>
    </message>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../console/follow_up_dialog.py" line="1"/>
        <source>Invited again</source>
        <translation>Réinvités</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../console/settings_form.py" line="141"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="145"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../console/participants.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="41"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="41"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="41"/>
        <source>Time split</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="42"/>
        <source>Trade-offs</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="42"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../console/participants.py" line="120"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="121"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="122"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="123"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="124"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="125"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="139"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="141"/>
        <source>Only you see it: it is never shown on the station, the projector or the PDFs.</source>
        <translation>Vous seul la voyez&#x202f;: elle n’apparaît ni au poste participant, ni au vidéoprojecteur, ni dans les PDF.</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="143"/>
        <location filename="../console/participants.py" line="202"/>
        <source>Select a participant to write a note.</source>
        <translation>Sélectionnez un participant pour écrire une note.</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="201"/>
        <source>What you want to remember about {name}.</source>
        <translation>Ce que vous voulez retenir à propos de {name}.</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="252"/>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="252"/>
        <location filename="../console/participants.py" line="257"/>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="257"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="265"/>
        <source>Remove a participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="266"/>
        <source>Remove {name} and erase all their answers?</source>
        <translation>Retirer {name} et effacer toutes ses réponses&#x202f;?</translation>
    </message>
    <message>
        <location filename="../console/participants.py" line="267"/>
        <source>Remove and erase</source>
        <translation>Retirer et effacer</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="24"/>
        <location filename="../pin_dialog.py" line="31"/>
        <source>Trainer PIN</source>
        <translation>Code PIN du formateur</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="30"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="35"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="51"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A participant named {name} is already in the session.</source>
        <translation>Un participant nommé {name} participe déjà à la session.</translation>
    </message>
    <message>
        <source>A participant&apos;s name must fit on one line.</source>
        <translation>Le nom d’un participant doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>This name is made only of invisible characters: type a name the room can read.</source>
        <translation>Ce nom n’est fait que de caractères invisibles&#x202f;: saisissez un nom lisible par la salle.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>{field} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>{field} holds characters that are not valid text.</source>
        <translation>{field} contient des caractères qui ne sont pas du texte valide.</translation>
    </message>
    <message>
        <source>The trainer PIN needs at least {min} characters.</source>
        <translation>Le code PIN du formateur doit compter au moins {min} caractères.</translation>
    </message>
    <message>
        <source>{file} is not an Équilibriste session file.</source>
        <translation>{file} n’est pas un fichier de session Équilibriste.</translation>
    </message>
    <message>
        <source>{file}: no such session file.</source>
        <translation>{file}&#x202f;: ce fichier de session n’existe pas.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Équilibriste: update the app to open it.</source>
        <translation>{file} a été enregistré par une version plus récente d’Équilibriste&#x202f;: mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{file} has another name on the disk (a hard link), so it can be read but not changed: save a copy and work on the copy.</source>
        <translation>{file} porte un autre nom sur le disque (un lien physique)&#x202f;: il peut être lu mais pas modifié&#x202f;; enregistrez-en une copie et travaillez sur la copie.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened.</source>
        <translation>{file} est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>{file} was changed outside Équilibriste and cannot be opened.</source>
        <translation>{file} a été modifié en dehors d’Équilibriste et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>{file} is open read-only.</source>
        <translation>{file} est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>{file} was deleted or replaced on the disk: nothing more can be recorded in it; the answers given so far are in the file that was there.</source>
        <translation>{file} a été supprimé ou remplacé sur le disque&#x202f;: plus rien ne peut y être enregistré&#x202f;; les réponses déjà données sont dans le fichier qui s’y trouvait.</translation>
    </message>
    <message>
        <source>{file} is already open for writing: close it there first.</source>
        <translation>{file} est déjà ouvert en écriture&#x202f;: fermez-le d’abord là où il est ouvert.</translation>
    </message>
    <message>
        <source>{file} already exists: choose another name.</source>
        <translation>{file} existe déjà&#x202f;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The disk is full: the session was not changed; free some space and try again.</source>
        <translation>Le disque est plein&#x202f;: la session n’a pas été modifiée&#x202f;; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The session cannot be changed: the file or its folder is read-only (the session can still be read).</source>
        <translation>La session ne peut pas être modifiée&#x202f;: le fichier ou son dossier est en lecture seule (la session reste lisible).</translation>
    </message>
    <message>
        <source>{file}: the folder is read-only; the session can be read but not changed.</source>
        <translation>{file}&#x202f;: le dossier est en lecture seule&#x202f;; la session peut être lue, pas modifiée.</translation>
    </message>
    <message>
        <source>{file} is read-only; the session can be read but not changed.</source>
        <translation>{file} est en lecture seule&#x202f;; la session peut être lue, pas modifiée.</translation>
    </message>
    <message>
        <source>The session could not be written ({reason}); nothing was changed.</source>
        <translation>La session n’a pas pu être enregistrée ({reason})&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a regular file: choose another name for the CSV file.</source>
        <translation>{file} n’est pas un fichier ordinaire&#x202f;: choisissez un autre nom pour le fichier CSV.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced ({reason}).</source>
        <translation>{file} ne peut pas être remplacé ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a session file (or another database): choose another name for the CSV file.</source>
        <translation>{file} est un fichier de session (ou une autre base de données)&#x202f;: choisissez un autre nom pour le fichier CSV.</translation>
    </message>
    <message>
        <source>{problem}: nothing imported.</source>
        <translation>{problem}&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>L’e-mail</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L’équipe</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>Le formateur</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../console/roster_import.py" line="28"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="35"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="35"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="35"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="50"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n participants ready to import from {file}.</source>
        <translation>
            <numerusform>%n participant prêt à être importé depuis {file}.</numerusform>
            <numerusform>%n participants prêts à être importés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/roster_import.py" line="60"/>
        <source>Nothing can be imported from {file} until these problems are fixed in the file.</source>
        <translation>Rien ne peut être importé depuis {file} tant que ces problèmes ne sont pas corrigés dans le fichier.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../screens.py" line="27"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Screen {number}</source>
        <translation>Écran {number}</translation>
    </message>
    <message>
        <source>station open</source>
        <translation>poste ouvert</translation>
    </message>
    <message>
        <source>projector open</source>
        <translation>projecteur ouvert</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../console/window.py" line="48"/>
        <source>Identify screens</source>
        <translation>Identifier les écrans</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="50"/>
        <source>Open the station</source>
        <translation>Ouvrir le poste</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="52"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="60"/>
        <source>Station on</source>
        <translation>Poste sur</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="77"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="78"/>
        <source>Debriefs</source>
        <translation>Restitutions</translation>
    </message>
    <message>
        <location filename="../console/window.py" line="79"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message numerus="yes">
        <source>%n of {invited} finished</source>
        <translation>
            <numerusform>%n sur {invited} a terminé</numerusform>
            <numerusform>%n sur {invited} ont terminé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../console/sessions_page.py" line="1"/>
        <source>New follow-up session…</source>
        <translation>Nouvelle session de suivi…</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="1"/>
        <source>Same settings and people, no answers, linked to this session: their debriefs will show what changed since</source>
        <translation>Mêmes réglages et mêmes personnes, sans réponses, liée à cette session : leurs restitutions montreront ce qui a changé depuis</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="26"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="33"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="33"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="34"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="34"/>
        <source>Finished</source>
        <translation>Ont terminé</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="42"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="44"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="45"/>
        <source>Duplicate as a template…</source>
        <translation>Dupliquer comme modèle…</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="46"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="67"/>
        <source>Folder: {folder}</source>
        <translation>Dossier&#x202f;: {folder}</translation>
    </message>
    <message>
        <location filename="../console/sessions_page.py" line="77"/>
        <source>Cannot be opened: {reason}</source>
        <translation>Impossible à ouvrir&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../console/settings_form.py" line="26"/>
        <source>e.g. Sales managers’ seminar</source>
        <translation>p. ex. Séminaire des managers commerciaux</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="37"/>
        <source>Full (about 8 minutes a person)</source>
        <translation>Complet (environ 8 minutes par personne)</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="38"/>
        <source>Short: time split and trade-offs (about 2 minutes)</source>
        <translation>Court&#x202f;: temps et arbitrages (environ 2 minutes)</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="39"/>
        <source>Let people not on the list add their name at the station</source>
        <translation>Permettre aux personnes absentes de la liste de s’ajouter au poste participant</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="41"/>
        <source>In the debriefs, show where each manager's scores sit among the client's managers in the history (history.sqlite beside the session, 30 or more)</source>
        <translation>Dans les restitutions, situer les scores de chaque manager parmi les managers du client dans l’historique (history.sqlite à côté de la session, 30 ou plus)</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="44"/>
        <source>Needed to close the station or reopen a finished participant.</source>
        <translation>Nécessaire pour fermer le poste participant ou rouvrir les réponses d’un participant qui a terminé.</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="50"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="52"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="66"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="67"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="68"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="69"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="70"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="71"/>
        <source>Language of the station and debriefs</source>
        <translation>Langue du poste et des restitutions</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="72"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="74"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="75"/>
        <source>Trainer PIN</source>
        <translation>Code PIN du formateur</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="91"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="43"/>
        <location filename="../console/settings_form.py" line="91"/>
        <source>Choose 4 to 12 digits</source>
        <translation>Choisissez de 4 à 12 chiffres</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="107"/>
        <source>The session needs a title.</source>
        <translation>La session doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="110"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Le code PIN doit compter de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="114"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="115"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../console/settings_form.py" line="130"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../console/settings_form.py" line="174"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../station/pages.py" line="58"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="61"/>
        <source>Touch Start or press Enter</source>
        <translation>Touchez «&#x202f;Commencer&#x202f;» ou appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="116"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#x202f;?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="119"/>
        <source>Type the first letters of your name</source>
        <translation>Tapez les premières lettres de votre nom</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="136"/>
        <source>I’m not on the list</source>
        <translation>Je ne suis pas sur la liste</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="138"/>
        <location filename="../station/pages.py" line="227"/>
        <location filename="../station/pages.py" line="292"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="162"/>
        <source>Done ✓</source>
        <translation>Terminé ✓</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="219"/>
        <source>Welcome! What is your name?</source>
        <translation>Bienvenue&#x202f;! Comment vous appelez-vous&#x202f;?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="220"/>
        <source>First name and last name, as your colleagues know you.</source>
        <translation>Prénom et nom, tels que vos collègues vous connaissent.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="229"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="252"/>
        <source>This name cannot be added: it may already be on the list. Go back to pick it, or make it more precise (with your team, for instance).</source>
        <translation>Ce nom ne peut pas être ajouté&#x202f;: il figure peut-être déjà sur la liste. Revenez en arrière pour le choisir, ou précisez-le (avec votre équipe, par exemple).</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="295"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="508"/>
        <source>points left to share</source>
        <translation>points restant à répartir</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="512"/>
        <source>all points shared</source>
        <translation>tous les points sont répartis</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="516"/>
        <source>points too many: take some back</source>
        <translation>points en trop&#x202f;: retirez-en</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="577"/>
        <source>Between these two poles, where does your attention go?</source>
        <translation>Entre ces deux pôles, où va votre attention&#x202f;?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="633"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="634"/>
        <source>Optional: you can come back to it after the group discussion.</source>
        <translation>Facultatif&#x202f;: vous pourrez y revenir après l’échange en groupe.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="656"/>
        <source>Action {number}</source>
        <translation>Action {number}</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="707"/>
        <source>Your answers are saved. The next person can start.</source>
        <translation>Vos réponses sont enregistrées. La personne suivante peut commencer.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="717"/>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name}&#x202f;!</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="45"/>
        <source>Participant station</source>
        <translation>Poste participant</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="150"/>
        <source>These answers are complete. Only the trainer can reopen them.</source>
        <translation>Ces réponses sont terminées. Seul le formateur peut les rouvrir.</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="166"/>
        <source>{current} / {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="170"/>
        <source>Your practices</source>
        <translation>Vos pratiques</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="177"/>
        <source>Your time</source>
        <translation>Votre temps</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="182"/>
        <source>Your trade-offs</source>
        <translation>Vos arbitrages</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="186"/>
        <source>Your commitments</source>
        <translation>Vos engagements</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="257"/>
        <source>Only the trainer can close the station.</source>
        <translation>Seul le formateur peut fermer le poste participant.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../console/status.py" line="23"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../console/status.py" line="24"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../console/status.py" line="25"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../console/status.py" line="26"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>the name phones see, e.g. Hotel-Meeting</source>
        <translation>le nom que voient les téléphones, par ex. Hotel-Meeting</translation>
    </message>
    <message>
        <source>optional: only printed on the card, never kept</source>
        <translation>facultatif : imprimé sur la carte seulement, jamais conservé</translation>
    </message>
    <message>
        <source>Open phones</source>
        <translation>Ouvrir l’accès aux téléphones</translation>
    </message>
    <message>
        <source>Print a join card…</source>
        <translation>Imprimer une carte d’accès…</translation>
    </message>
    <message>
        <source>The laptop and the phones must be on the same Wi-Fi. A laptop’s own hotspot holds about 8 phones; for a room of 20 to 30, bring a small travel router and connect the laptop to it.</source>
        <translation>L’ordinateur et les téléphones doivent être sur le même Wi-Fi. Le partage de connexion d’un ordinateur accepte environ 8 téléphones ; pour une salle de 20 à 30 personnes, apportez un petit routeur de voyage et connectez-y l’ordinateur.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Release a name</source>
        <translation>Libérer un nom</translation>
    </message>
    <message>
        <source>The phone gave up or died: its answers are kept, the name can be picked again, on a phone or at the station.</source>
        <translation>Le téléphone a abandonné ou s’est éteint : ses réponses sont gardées, le nom peut être choisi à nouveau, sur un téléphone ou au poste.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Wi-Fi name</source>
        <translation>Nom du Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Mot de passe du Wi-Fi</translation>
    </message>
    <message>
        <source>No network: connect the laptop to the room’s Wi-Fi</source>
        <translation>Aucun réseau : connectez l’ordinateur au Wi-Fi de la salle</translation>
    </message>
    <message>
        <source>Windows will ask about the firewall</source>
        <translation>Windows va poser une question sur le pare-feu</translation>
    </message>
    <message>
        <source>When the phones open, Windows asks whether Python may communicate on networks. Tick “Private networks” and click “Allow access”: the phones can then reach this laptop.

If the room’s Wi-Fi is set as a public network, or the prompt was refused, an administrator can add this rule (in a Command Prompt run as administrator):</source>
        <translation>À l’ouverture aux téléphones, Windows demande si Python peut communiquer sur les réseaux. Cochez « Réseaux privés » et cliquez sur « Autoriser l’accès » : les téléphones pourront alors joindre cet ordinateur.

Si le Wi-Fi de la salle est déclaré réseau public, ou si la question a été refusée, un administrateur peut ajouter cette règle (dans une invite de commandes lancée en administrateur) :</translation>
    </message>
    <message>
        <source>No network to open the phones on: connect the laptop to the room’s Wi-Fi.</source>
        <translation>Aucun réseau pour ouvrir aux téléphones : connectez l’ordinateur au Wi-Fi de la salle.</translation>
    </message>
    <message>
        <source>The phones could not open on {address}: {cause}</source>
        <translation>Impossible d’ouvrir aux téléphones sur {address} : {cause}</translation>
    </message>
    <message>
        <source>Close phones</source>
        <translation>Fermer l’accès aux téléphones</translation>
    </message>
    <message>
        <source>Scan the code on the projector’s Join view with your own phone now, to check that it reaches this laptop.</source>
        <translation>Scannez maintenant le code de la vue Rejoindre du projecteur avec votre propre téléphone, pour vérifier qu’il joint cet ordinateur.</translation>
    </message>
    <message>
        <source>Phones are closed: nobody can reach the session from the network.</source>
        <translation>Accès des téléphones fermé : personne ne peut joindre la session par le réseau.</translation>
    </message>
    <message>
        <source>The phones will use {address}.</source>
        <translation>Les téléphones utiliseront {address}.</translation>
    </message>
    <message>
        <source>No phone has arrived yet. Check:
• the phone is on the same Wi-Fi as this laptop ({wifi});
• guest networks often keep devices from seeing each other: use another network or a travel router;
• mobile data is off on the phone, or it may try the internet instead;
• the laptop’s firewall lets the phones in (on Windows: Private networks allowed);
• the address is this laptop’s on the room’s network: pick another one above after closing.</source>
        <translation>Aucun téléphone n’est encore arrivé. Vérifiez :
• le téléphone est sur le même Wi-Fi que cet ordinateur ({wifi}) ;
• les réseaux invités empêchent souvent les appareils de se voir : prenez un autre réseau ou un routeur de voyage ;
• les données mobiles sont coupées sur le téléphone, sinon il peut passer par Internet ;
• le pare-feu de l’ordinateur laisse entrer les téléphones (sous Windows : réseaux privés autorisés) ;
• l’adresse est celle de cet ordinateur sur le réseau de la salle : choisissez-en une autre ci-dessus après avoir fermé.</translation>
    </message>
    <message>
        <source>its name on the laptop</source>
        <translation>son nom sur l’ordinateur</translation>
    </message>
    <message>
        <source>A phone has joined. The others can scan the code now.</source>
        <translation>Un téléphone est arrivé. Les autres peuvent scanner le code.</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Téléphone {number}</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>étape {step} sur {total}</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>choosing a name</source>
        <translation>choisit son nom</translation>
    </message>
    <message>
        <source>{name} is released: the name can be picked again.</source>
        <translation>{name} est libéré : le nom peut être choisi à nouveau.</translation>
    </message>
    <message>
        <source>Save the join card</source>
        <translation>Enregistrer la carte d’accès</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {cause}</source>
        <translation>Impossible d’écrire {path} : {cause}</translation>
    </message>
    <message>
        <source>Join card saved to {path}: print it on A6, or A4 cut in four.</source>
        <translation>Carte d’accès enregistrée dans {path} : imprimez-la en A6, ou sur A4 coupé en quatre.</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
</context>
</TS>
