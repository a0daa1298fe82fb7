<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French for the few strings of Qt's own file dialog that Qt's French (qtbase_fr) leaves
     in English. Maintained by hand, not by lupdate; source texts are Qt 6 qtbase's.
     Loaded after Qt's own translation, so it only fills its gaps. -->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Afficher </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
</context>
</TS>
