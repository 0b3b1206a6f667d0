<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>%n participants imported.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants exported to {file}.</source>
        <translation>
            <numerusform>%n participant exported to {file}.</numerusform>
            <numerusform>%n participants exported to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefsPanel</name>
    <message numerus="yes">
        <source>%n documents written in {folder}.</source>
        <translation>
            <numerusform>%n document written in {folder}.</numerusform>
            <numerusform>%n documents written in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs are older than the answers: {names}</source>
        <translation>
            <numerusform>%n debrief is older than the answers: {names}</numerusform>
            <numerusform>%n debriefs are older than the answers: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>%n participants ready to import from {file}.</source>
        <translation>
            <numerusform>%n participant ready to import from {file}.</numerusform>
            <numerusform>%n participants ready to import from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message numerus="yes">
        <source>%n of {invited} finished</source>
        <translation>
            <numerusform>%n of {invited} finished</numerusform>
            <numerusform>%n of {invited} finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
</context>
</TS>
