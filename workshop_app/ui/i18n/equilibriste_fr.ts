<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="22"/>
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
        <location filename="../pin_dialog.py" line="37"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="53"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../station/pages.py" line="54"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="57"/>
        <source>Touch Start or press Enter</source>
        <translation>Touchez « Commencer » ou appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="104"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="107"/>
        <source>Type the first letters of your name</source>
        <translation>Tapez les premières lettres de votre nom</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="124"/>
        <source>I’m not on the list</source>
        <translation>Je ne suis pas sur la liste</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="126"/>
        <location filename="../station/pages.py" line="212"/>
        <location filename="../station/pages.py" line="264"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="150"/>
        <source>Done ✓</source>
        <translation>Terminé ✓</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="205"/>
        <source>Welcome! What is your name?</source>
        <translation>Bienvenue ! Comment vous appelez-vous ?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="206"/>
        <source>First name and last name, as your colleagues know you.</source>
        <translation>Prénom et nom, tels que vos collègues vous connaissent.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="214"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="267"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="479"/>
        <source>points left to share</source>
        <translation>points restant à répartir</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="483"/>
        <source>all points shared</source>
        <translation>tous les points sont répartis</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="487"/>
        <source>points too many: take some back</source>
        <translation>points en trop : retirez-en</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="553"/>
        <source>Between these two poles, where does your attention go?</source>
        <translation>Entre ces deux pôles, où va votre attention ?</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="609"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="610"/>
        <source>Optional: you can come back to it after the group discussion.</source>
        <translation>Facultatif : vous pourrez y revenir après l’échange en groupe.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="632"/>
        <source>Action {number}</source>
        <translation>Action {number}</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="683"/>
        <source>Your answers are saved. The next person can start.</source>
        <translation>Vos réponses sont enregistrées. La personne suivante peut commencer.</translation>
    </message>
    <message>
        <location filename="../station/pages.py" line="693"/>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name} !</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="42"/>
        <source>Participant station</source>
        <translation>Poste participant</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="142"/>
        <source>These answers are complete. Only the trainer can reopen them.</source>
        <translation>Ces réponses sont terminées. Seul le formateur peut les rouvrir.</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="158"/>
        <source>{current} / {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="162"/>
        <source>Your practices</source>
        <translation>Vos pratiques</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="169"/>
        <source>Your time</source>
        <translation>Votre temps</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="174"/>
        <source>Your trade-offs</source>
        <translation>Vos arbitrages</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="178"/>
        <source>Your commitments</source>
        <translation>Vos engagements</translation>
    </message>
    <message>
        <location filename="../station/window.py" line="251"/>
        <source>Only the trainer can close the station.</source>
        <translation>Seul le formateur peut fermer le poste participant.</translation>
    </message>
</context>
</TS>
