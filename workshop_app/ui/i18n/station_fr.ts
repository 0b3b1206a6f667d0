<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Station</name>
    <message>
        <source>The session’s file is no longer there: nothing more can be recorded at this station. Please call the trainer.</source>
        <translation>Le fichier de la session n’est plus là&#x202f;: plus rien ne peut être enregistré à ce poste. Appelez l’animateur.</translation>
    </message>
    <message>
        <source>Answering elsewhere</source>
        <translation>En cours ailleurs</translation>
    </message>
    <message>
        <source>Yes, it’s me</source>
        <translation>Oui, c’est moi</translation>
    </message>
    <message>
        <source>No, back to the list</source>
        <translation>Non, revenir à la liste</translation>
    </message>
    <message>
        <source>Are you {name}?</source>
        <translation>Vous êtes {name}&#x202f;?</translation>
    </message>
    <message>
        <source>Your answer could not be saved — please call the trainer.</source>
        <translation>Votre réponse n’a pas pu être enregistrée — appelez l’animateur.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>Same as today</source>
        <translation>Comme aujourd’hui</translation>
    </message>
    <message>
        <source>Today: {split}</source>
        <translation>Aujourd’hui&#x202f;: {split}</translation>
    </message>
    <message>
        <source>Optional. After the group discussion, the trainer can reopen this page for you.</source>
        <translation>Facultatif. Après l’échange en groupe, l’animateur pourra rouvrir cette page pour vous.</translation>
    </message>
    <message>
        <source>Finish?</source>
        <translation>Terminer&#x202f;?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Yes, finish</source>
        <translation>Oui, terminer</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>The session file {file} was deleted, moved or replaced on the disk: the station stopped recording. Answers saved before are in the file that was there. Close the station with the PIN.</source>
        <translation>Le fichier de session {file} a été supprimé, déplacé ou remplacé sur le disque&#x202f;: le poste participant n’enregistre plus rien. Les réponses enregistrées auparavant sont dans le fichier qui était là. Fermez le poste avec le code PIN.</translation>
    </message>
    <message>
        <source>An answer could not be saved at the station: {cause}
The participant was asked to call you. Every answer saved before is kept.</source>
        <translation>Une réponse n’a pas pu être enregistrée au poste participant&#x202f;: {cause}
Le participant a été invité à vous appeler. Toutes les réponses enregistrées auparavant sont conservées.</translation>
    </message>
    <message>
        <source>Type the current PIN to change it.</source>
        <translation>Saisissez le code PIN actuel pour le changer.</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>Code PIN changé.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes erronés. Réessayez dans {seconds}&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The console is locked</source>
        <translation>La console est verrouillée</translation>
    </message>
    <message>
        <source>The station is open on this screen. To use the console, close the station with the trainer PIN.</source>
        <translation>Le poste participant est ouvert sur cet écran. Pour utiliser la console, fermez le poste avec le code PIN du formateur.</translation>
    </message>
    <message>
        <source>Close the station…</source>
        <translation>Fermer le poste…</translation>
    </message>
</context>
</TS>
