<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Projector</name>
    <message>
        <source>The balance map</source>
        <translation>La carte des équilibres</translation>
    </message>
    <message>
        <source>The group’s practices</source>
        <translation>Les pratiques du groupe</translation>
    </message>
    <message>
        <source>Majors: where each manager leans</source>
        <translation>Majeurs : le territoire fort de chacun</translation>
    </message>
    <message>
        <source>Management time, today and ideally</source>
        <translation>Le temps du manager, aujourd’hui et idéalement</translation>
    </message>
    <message>
        <source>The three tensions</source>
        <translation>Les trois tensions</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message numerus="yes">
        <source>%n of {invited} placed</source>
        <translation>
            <numerusform>%n sur {invited} positionné</numerusform>
            <numerusform>%n sur {invited} positionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of {invited} placed</source>
        <translation>
            <numerusform>sur {invited} positionné</numerusform>
            <numerusform>sur {invited} positionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answers in</source>
        <translation>
            <numerusform>réponse reçue</numerusform>
            <numerusform>réponses reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>un manager</translation>
    </message>
    <message>
        <source>several managers on one spot</source>
        <translation>plusieurs managers au même endroit</translation>
    </message>
    <message>
        <source>the group’s centre</source>
        <translation>le centre du groupe</translation>
    </message>
    <message>
        <source>their ideal in 12 months</source>
        <translation>son idéal dans 12 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n answers in · hidden until the reveal</source>
        <translation>
            <numerusform>%n réponse reçue · masquée jusqu’au dévoilement</numerusform>
            <numerusform>%n réponses reçues · masquées jusqu’au dévoilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers in</source>
        <translation>
            <numerusform>%n réponse reçue</numerusform>
            <numerusform>%n réponses reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>The results will be revealed together</source>
        <translation>Les résultats seront dévoilés ensemble</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>zoom ×{zoom} on the group · the axes graduated</source>
        <translation>zoom ×{zoom} sur le groupe · axes gradués</translation>
    </message>
    <message>
        <source>arrow: ideal in 12 months</source>
        <translation>flèche : l’idéal dans 12 mois</translation>
    </message>
    <message>
        <source>Waiting for the first answers</source>
        <translation>En attente des premières réponses</translation>
    </message>
    <message>
        <source>mean score out of 100 · bar: spread</source>
        <translation>score moyen sur 100 · trait : dispersion</translation>
    </message>
    <message>
        <source>The practices are in the full questionnaire only</source>
        <translation>Les pratiques ne figurent que dans le questionnaire complet</translation>
    </message>
    <message numerus="yes">
        <source>%n complete questionnaires</source>
        <translation>
            <numerusform>%n questionnaire complet</numerusform>
            <numerusform>%n questionnaires complets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managers · a tie counts for each</source>
        <translation>
            <numerusform>%n manager · un ex æquo compte pour chacun</numerusform>
            <numerusform>%n managers · un ex æquo compte pour chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>In 12 months, ideally</source>
        <translation>Dans 12 mois, idéalement</translation>
    </message>
    <message>
        <source>group mean, points out of 100</source>
        <translation>moyenne du groupe, en points sur 100</translation>
    </message>
    <message>
        <source>how many managers on each of the 7 steps · ▲ mean</source>
        <translation>nombre de managers sur chacun des 7 crans · ▲ moyenne</translation>
    </message>
    <message numerus="yes">
        <source>have finished</source>
        <translation>
            <numerusform>a terminé</numerusform>
            <numerusform>ont terminé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answering now</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yet to start</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Répondez sur votre téléphone</translation>
    </message>
    <message>
        <source>Join the Wi-Fi “{name}”</source>
        <translation>Rejoignez le Wi-Fi « {name} »</translation>
    </message>
    <message>
        <source>Scan the code with the camera</source>
        <translation>Scannez le code avec l’appareil photo</translation>
    </message>
    <message>
        <source>or type the address</source>
        <translation>ou tapez l’adresse</translation>
    </message>
    <message numerus="yes">
        <source>phones joined</source>
        <translation>
            <numerusform>téléphone connecté</numerusform>
            <numerusform>téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones are not open</source>
        <translation>Les téléphones ne sont pas ouverts</translation>
    </message>
    <message>
        <source>The trainer opens them from the console</source>
        <translation>L’animateur les ouvre depuis la console</translation>
    </message>
    <message>
        <source>Answer on your phone: {address}</source>
        <translation>Répondez sur votre téléphone : {address}</translation>
    </message>
</context>
<context>
    <name>ProjectorPanel</name>
    <message>
        <source>Balance map</source>
        <translation>Carte des équilibres</translation>
    </message>
    <message>
        <source>Group profile</source>
        <translation>Pratiques du groupe</translation>
    </message>
    <message>
        <source>Majors</source>
        <translation>Majeurs</translation>
    </message>
    <message>
        <source>Time today and ideally</source>
        <translation>Temps aujourd’hui et idéalement</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Tensions</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Identify screens</source>
        <translation>Identifier les écrans</translation>
    </message>
    <message>
        <source>Open the projector</source>
        <translation>Ouvrir le projecteur</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Show the arrows towards the ideal</source>
        <translation>Montrer les flèches vers l’idéal</translation>
    </message>
    <message>
        <source>Zoom on the group</source>
        <translation>Zoomer sur le groupe</translation>
    </message>
    <message>
        <source>Fits the map to the group’s points, about the centre; the projector shows the magnification and a scale.</source>
        <translation>Ajuste la carte aux points du groupe, autour du centre ; le projecteur affiche l’agrandissement et une graduation.</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <source>Black  ( . )</source>
        <translation>Noir  ( . )</translation>
    </message>
    <message>
        <source>Title card  ( T )</source>
        <translation>Titre  ( T )</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <source>Export as {kind}…</source>
        <translation>Exporter en {kind}…</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Close the projector</source>
        <translation>Fermer le projecteur</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Show names on the projector?</source>
        <translation>Afficher les noms au projecteur ?</translation>
    </message>
    <message>
        <source>Everyone in the room will see who is where on the map. Do this only if the group agreed to it.</source>
        <translation>Toute la salle verra qui est où sur la carte. Ne le faites que si le groupe est d’accord.</translation>
    </message>
    <message>
        <source>Show the names</source>
        <translation>Afficher les noms</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>{kind} image (*.{ext})</source>
        <translation>Image {kind} (*.{ext})</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
        <source>View exported to {path}.</source>
        <translation>Vue exportée dans {path}.</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Join on phones</source>
        <translation>Rejoindre sur téléphone</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Équilibriste: projector</source>
        <translation>Équilibriste : projecteur</translation>
    </message>
    <message>
        <source>The projector's screen is unplugged: its output is hidden until the screen is back (or choose another screen for it).</source>
        <translation>L’écran du projecteur est débranché : sa sortie est masquée jusqu’à son retour (ou choisissez-lui un autre écran).</translation>
    </message>
    <message>
        <source>Screens changed: the projector is back on {screen}.</source>
        <translation>Écrans modifiés : le projecteur est de retour sur {screen}.</translation>
    </message>
    <message>
        <source>Screens changed: the projector is in a window on {screen}, choose its screen again.</source>
        <translation>Écrans modifiés : le projecteur est dans une fenêtre sur {screen}, choisissez à nouveau son écran.</translation>
    </message>
</context>
</TS>
