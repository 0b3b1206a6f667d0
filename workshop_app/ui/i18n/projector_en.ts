<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Projector</name>
    <message numerus="yes">
        <source>%n of {invited} placed</source>
        <translation>
            <numerusform>%n of {invited} placed</numerusform>
            <numerusform>%n of {invited} placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of {invited} placed</source>
        <translation>
            <numerusform>of {invited} placed</numerusform>
            <numerusform>of {invited} placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answers in</source>
        <translation>
            <numerusform>answer in</numerusform>
            <numerusform>answers in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers in · hidden until the reveal</source>
        <translation>
            <numerusform>%n answer in · hidden until the reveal</numerusform>
            <numerusform>%n answers in · hidden until the reveal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers in</source>
        <translation>
            <numerusform>%n answer in</numerusform>
            <numerusform>%n answers in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete questionnaires</source>
        <translation>
            <numerusform>%n complete questionnaire</numerusform>
            <numerusform>%n complete questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managers · a tie counts for each</source>
        <translation>
            <numerusform>%n manager · a tie counts for each</numerusform>
            <numerusform>%n managers · a tie counts for each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>have finished</source>
        <translation>
            <numerusform>has finished</numerusform>
            <numerusform>have finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answering now</source>
        <translation>
            <numerusform>%n answering now</numerusform>
            <numerusform>%n answering now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yet to start</source>
        <translation>
            <numerusform>%n yet to start</numerusform>
            <numerusform>%n yet to start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phones joined</source>
        <translation>
            <numerusform>phone joined</numerusform>
            <numerusform>phones joined</numerusform>
        </translation>
    </message>
</context>
</TS>
