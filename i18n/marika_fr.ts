<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Submit</source>
        <translation>Remettre le travail</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: finish or skip some items first.</source>
        <translation>Il n&apos;y a encore rien à remettre&#xa0;: terminez ou passez d&apos;abord quelques éléments.</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n finished item(s)? Submitted items can still be seen but no longer changed.</source>
        <translation>
            <numerusform>Remettre %n élément terminé&#xa0;? Les éléments remis restent visibles mais ne peuvent plus être modifiés.</numerusform>
            <numerusform>Remettre les %n éléments terminés&#xa0;? Les éléments remis restent visibles mais ne peuvent plus être modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the package</source>
        <translation>Attribuer le paquet</translation>
    </message>
    <message>
        <source>Who should work on this package?</source>
        <translation>Qui doit travailler sur ce paquet&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AudioTranscriptionView</name>
    <message>
        <source>Play or pause</source>
        <extracomment>the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;)</extracomment>
        <translation>Lire ou mettre en pause</translation>
    </message>
    <message>
        <source>Back %1 seconds</source>
        <translation>Reculer de %1 secondes</translation>
    </message>
    <message>
        <source>Forward %1 seconds</source>
        <translation>Avancer de %1 secondes</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Plus lent / plus rapide</translation>
    </message>
    <message>
        <source>Loop the selected part</source>
        <translation>Répéter en boucle la partie sélectionnée</translation>
    </message>
    <message>
        <source>Insert the time at the cursor</source>
        <translation>Insérer le temps à la position du curseur</translation>
    </message>
    <message>
        <source>New line in the transcript</source>
        <translation>Nouvelle ligne dans la transcription</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>No audio device found: you can still see the waveform and type.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: vous pouvez quand même voir la forme d&apos;onde et taper le texte.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Chargement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+Space)</source>
        <translation>Lecture / pause (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>Back %1 s (Ctrl+←)</source>
        <translation>Reculer de %1 s (Ctrl+←)</translation>
    </message>
    <message>
        <source>Forward %1 s (Ctrl+→)</source>
        <translation>Avancer de %1 s (Ctrl+→)</translation>
    </message>
    <message>
        <source>Slower (Ctrl+↓)</source>
        <translation>Plus lent (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Faster (Ctrl+↑)</source>
        <translation>Plus rapide (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Loop selection (Ctrl+L)</source>
        <translation>Boucle sur la sélection (Ctrl+L)</translation>
    </message>
    <message>
        <source>Insert time (Ctrl+T)</source>
        <translation>Insérer le temps (Ctrl+T)</translation>
    </message>
    <message>
        <source>New segment (Ctrl+N)</source>
        <translation>Nouveau segment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Rewind on resume (seconds):</source>
        <translation>Retour en arrière à la reprise (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation>Forme d&apos;onde de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>This item has no recording.</source>
        <translation>Cet élément n&apos;a pas d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer: you can still see the waveform and type.</source>
        <translation>Cet enregistrement ne peut pas être lu sur cet ordinateur&#xa0;: vous pouvez quand même voir la forme d&apos;onde et taper le texte.</translation>
    </message>
    <message>
        <source>Select a part of the waveform, or play and press Ctrl+N at the end of a phrase, to start a segment.</source>
        <translation>Pour commencer un segment, sélectionnez une partie de la forme d&apos;onde, ou lancez la lecture et appuyez sur Ctrl+N à la fin d&apos;une phrase.</translation>
    </message>
    <message>
        <source>Type what you hear.</source>
        <translation>Tapez ce que vous entendez.</translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation>Vitesse&#xa0;: %1×</translation>
    </message>
    <message>
        <source>%1. %2 – %3</source>
        <translation>%1. %2 – %3</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BreakAdvisor</name>
    <message numerus="yes">
        <source>You have worked for %n minute(s) without a break. Rest your eyes for a few minutes: your work is saved.</source>
        <translation>
            <numerusform>Vous avez travaillé %n minute sans pause. Reposez vos yeux quelques minutes&#xa0;: votre travail est enregistré.</numerusform>
            <numerusform>Vous avez travaillé %n minutes sans pause. Reposez vos yeux quelques minutes&#xa0;: votre travail est enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>I take a break</source>
        <translation>Je fais une pause</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>About this package</source>
        <translation>À propos de ce paquet</translation>
    </message>
    <message>
        <source>Before you start, read who this work is for and what it pays. Ask your supervisor or the contact below if anything is unclear.</source>
        <translation>Avant de commencer, lisez pour qui est ce travail et ce qu&apos;il rapporte. Si quelque chose n&apos;est pas clair, demandez à votre superviseur ou au contact ci-dessous.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Purpose of the data</source>
        <translation>Usage des données</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Rémunération</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation>Avertissements sur le contenu</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>%1 for each finished item</source>
        <translation>%1 par élément terminé</translation>
    </message>
    <message>
        <source>Practice pack, paid: %1 for each finished item. Pass mark: %2.</source>
        <translation>Paquet d&apos;entraînement, rémunéré&#xa0;: %1 par élément terminé. Note de réussite&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Practice pack, not paid. Pass mark: %1.</source>
        <translation>Paquet d&apos;entraînement, non rémunéré. Note de réussite&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>None declared</source>
        <translation>Aucun déclaré</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>I have read this, start</source>
        <translation>J&apos;ai lu, commencer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Practice certificate</source>
        <translation>Certificat d&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 passed the practice pack “%2” (version %3).</source>
        <translation>%1 a réussi le paquet d&apos;entraînement «&#xa0;%2&#xa0;» (version %3).</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3). Pass mark: %4.</source>
        <translation>Score&#xa0;: %1 sur %2 justes (%3). Seuil de réussite&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Date: %1. Attempt %2.</source>
        <translation>Date&#xa0;: %1. Tentative %2.</translation>
    </message>
    <message>
        <source>Kept in the worker&apos;s own profile by Marika; it can be printed from this PDF file.</source>
        <translation>Conservé par Marika dans le profil de la personne elle-même&#xa0;; ce fichier PDF peut être imprimé.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Practice certificates</source>
        <translation>Certificats d&apos;entraînement</translation>
    </message>
    <message>
        <source>Certificates and practice attempts of %1</source>
        <translation>Certificats et tentatives d&apos;entraînement de %1</translation>
    </message>
    <message>
        <source>Certificates and practice attempts</source>
        <translation>Certificats et tentatives d&apos;entraînement</translation>
    </message>
    <message>
        <source>No practice attempt is finished yet.</source>
        <translation>Aucune tentative d&apos;entraînement n&apos;est encore terminée.</translation>
    </message>
    <message>
        <source>Practice pack</source>
        <translation>Paquet d&apos;entraînement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Note de réussite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Enregistrer en PDF pour imprimer…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Passed: certificate</source>
        <translation>Réussi&#xa0;: certificat</translation>
    </message>
    <message>
        <source>Passed in trainer mode: no certificate</source>
        <translation>Réussi en mode formateur&#xa0;: pas de certificat</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>“%1”: %2 of practice, paid at the package&apos;s rate.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 d&apos;entraînement, rémunéré au tarif du paquet.</translation>
    </message>
    <message>
        <source>“%1”: %2 of practice (not paid).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 d&apos;entraînement (non rémunéré).</translation>
    </message>
    <message>
        <source>Certificate: %1 on %2.</source>
        <translation>Certificat&#xa0;: %1 le %2.</translation>
    </message>
    <message>
        <source>Last attempt: %1, not passed; you may try again.</source>
        <translation>Dernière tentative&#xa0;: %1, non réussie&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Attempt %1 in progress; the best so far: %2.</source>
        <translation>Tentative %1 en cours&#xa0;; meilleur score jusqu&apos;ici&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No attempt finished yet.</source>
        <translation>Aucune tentative terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a practice pack&apos;s time, then its certificate</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Répétez le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a password only you know: at least 8 characters, or a PIN of at least 9 digits. Your work stays as it is.</source>
        <translation>Choisissez un mot de passe que personne d&apos;autre ne connaît&#xa0;: au moins 8 caractères, ou un code PIN d&apos;au moins 9 chiffres. Votre travail reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContentWarnings</name>
    <message>
        <source>violence</source>
        <translation>violence</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>contenu sexuel</translation>
    </message>
    <message>
        <source>hate speech</source>
        <translation>discours de haine</translation>
    </message>
    <message>
        <source>self-harm or suicide</source>
        <translation>automutilation ou suicide</translation>
    </message>
    <message>
        <source>medical or injury images</source>
        <translation>images médicales ou de blessures</translation>
    </message>
    <message>
        <source>distressing content</source>
        <translation>contenu pénible</translation>
    </message>
    <message>
        <source>other sensitive content</source>
        <translation>autre contenu sensible</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This answer is not valid.</source>
        <translation>Cette réponse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The label {label} is not part of this package.</source>
        <translation>L&apos;étiquette {label} ne fait pas partie de ce paquet.</translation>
    </message>
    <message>
        <source>Only one label may be chosen for this task.</source>
        <translation>Une seule étiquette peut être choisie pour cette tâche.</translation>
    </message>
    <message>
        <source>This transcript is too long.</source>
        <translation>Cette transcription est trop longue.</translation>
    </message>
    <message>
        <source>A segment of this transcript is not valid.</source>
        <translation>Un segment de cette transcription n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Unknown task kind {kind}.</source>
        <translation>Type de tâche inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>This belongs to another profile and cannot be opened.</source>
        <translation>Ceci appartient à un autre profil et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is wrong.</source>
        <translation>Le manifeste du paquet n&apos;est pas valide&#xa0;: le champ {field} est incorrect.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is missing.</source>
        <translation>Le manifeste du paquet n&apos;est pas valide&#xa0;: le champ {field} est manquant.</translation>
    </message>
    <message>
        <source>The package contains no items.</source>
        <translation>Le paquet ne contient aucun élément.</translation>
    </message>
    <message>
        <source>The package has more than {limit} items.</source>
        <translation>Le paquet contient plus de {limit} éléments.</translation>
    </message>
    <message>
        <source>The package lists a file no item uses: {name}.</source>
        <translation>Le paquet liste un fichier qu&apos;aucun élément n&apos;utilise&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>This package uses format {version}, which this version of Marika does not know. Please update Marika.</source>
        <translation>Ce paquet utilise le format {version}, que cette version de Marika ne connaît pas. Veuillez mettre à jour Marika.</translation>
    </message>
    <message>
        <source>This package is for a task kind Marika does not know: {kind}.</source>
        <translation>Ce paquet est destiné à un type de tâche que Marika ne connaît pas&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits.</source>
        <translation>Ce code PIN est trop facile à deviner&#xa0;: évitez les chiffres répétés ou qui se suivent.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Un mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>Ce mot de passe est trop courant.</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>Le mot de passe ne doit pas être identique au nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Submitting is not available in this version of Marika yet.</source>
        <translation>La remise du travail n&apos;est pas encore disponible dans cette version de Marika.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. Details are in the log file.</source>
        <translation>Un problème est survenu. Votre travail enregistré est en sécurité. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>The media file {name} cannot be found.</source>
        <translation>Le fichier média {name} est introuvable.</translation>
    </message>
    <message>
        <source>The media file {name} is empty.</source>
        <translation>Le fichier média {name} est vide.</translation>
    </message>
    <message>
        <source>The media file {name} is damaged: it does not match its signed hash.</source>
        <translation>Le fichier média {name} est endommagé&#xa0;: il ne correspond pas à son empreinte signée.</translation>
    </message>
    <message>
        <source>The media file {name} is too large to be shown on this computer.</source>
        <translation>Le fichier média {name} est trop volumineux pour être affiché sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file {name} is not in a media format Marika can read.</source>
        <translation>Le fichier {name} n&apos;est pas dans un format média que Marika sait lire.</translation>
    </message>
    <message>
        <source>The media file {name} is incomplete: it was cut short.</source>
        <translation>Le fichier média {name} est incomplet&#xa0;: il a été tronqué.</translation>
    </message>
    <message>
        <source>The media file {name} is damaged and cannot be read.</source>
        <translation>Le fichier média {name} est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The recording {name} is {actual} seconds long but should be {expected} seconds: it is incomplete or damaged.</source>
        <translation>L&apos;enregistrement {name} dure {actual} secondes au lieu de {expected} secondes&#xa0;: il est incomplet ou endommagé.</translation>
    </message>
    <message>
        <source>Marika is already open on this computer with the same data folder. Close the other window first.</source>
        <translation>Marika est déjà ouvert sur cet ordinateur avec le même dossier de données. Fermez d&apos;abord l&apos;autre fenêtre.</translation>
    </message>
    <message>
        <source>The package contains a file with an unsafe name: {name}.</source>
        <translation>Le paquet contient un fichier au nom dangereux&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>The package contains a file Marika does not expect: {name}.</source>
        <translation>Le paquet contient un fichier que Marika n&apos;attend pas&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>The package contains a link ({name}), which is not allowed.</source>
        <translation>Le paquet contient un lien ({name}), ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The package contains an encrypted file ({name}).</source>
        <translation>Le paquet contient un fichier chiffré ({name}).</translation>
    </message>
    <message>
        <source>The package uses a compression Marika does not read ({name}).</source>
        <translation>Le paquet utilise une compression que Marika ne sait pas lire ({name}).</translation>
    </message>
    <message>
        <source>The file {name} in the package is too large.</source>
        <translation>Le fichier {name} du paquet est trop volumineux.</translation>
    </message>
    <message>
        <source>The file {name} in the package is compressed suspiciously well (a &quot;zip bomb&quot;); the package is refused.</source>
        <translation>Le fichier {name} du paquet est compressé de façon suspecte (une «&#xa0;bombe zip&#xa0;»)&#xa0;; le paquet est refusé.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged (the package may have been cut short while copying).</source>
        <translation>Le fichier {name} du paquet est endommagé (le paquet a peut-être été tronqué pendant la copie).</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Le fichier {name} est introuvable.</translation>
    </message>
    <message>
        <source>{name} is not a Marika task package, or it is damaged.</source>
        <translation>{name} n&apos;est pas un paquet de tâches Marika, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The package contains too many files ({count}).</source>
        <translation>Le paquet contient trop de fichiers ({count}).</translation>
    </message>
    <message>
        <source>The package contains the file {name} twice.</source>
        <translation>Le paquet contient deux fois le fichier {name}.</translation>
    </message>
    <message>
        <source>The package is too large to import.</source>
        <translation>Le paquet est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>{name} cannot be read as JSON: {detail}</source>
        <translation>{name} ne peut pas être lu comme du JSON&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be read as UTF-8 text.</source>
        <translation>{name} ne peut pas être lu comme du texte UTF-8.</translation>
    </message>
    <message>
        <source>The media file {name} of item {item} is not in the source folder.</source>
        <translation>Le fichier média {name} de l&apos;élément {item} n&apos;est pas dans le dossier source.</translation>
    </message>
    <message>
        <source>The audio file {name} cannot be read.</source>
        <translation>Le fichier audio {name} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The source folder has no package.json.</source>
        <translation>Le dossier source ne contient pas de package.json.</translation>
    </message>
    <message>
        <source>package.json must contain one JSON object.</source>
        <translation>package.json doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>package.json must not set {field}: the builder writes it.</source>
        <translation>package.json ne doit pas définir {field}&#xa0;: c&apos;est l&apos;outil de construction qui l&apos;écrit.</translation>
    </message>
    <message>
        <source>items.json must contain a list of items.</source>
        <translation>items.json doit contenir une liste d&apos;éléments.</translation>
    </message>
    <message>
        <source>The source folder has neither items.json nor items.csv.</source>
        <translation>Le dossier source ne contient ni items.json ni items.csv.</translation>
    </message>
    <message>
        <source>Item number {number} is not an object.</source>
        <translation>L&apos;élément numéro {number} n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The package&apos;s signature file is damaged or not in a known format.</source>
        <translation>Le fichier de signature du paquet est endommagé ou dans un format inconnu.</translation>
    </message>
    <message>
        <source>The package is not signed. Marika only accepts signed packages.</source>
        <translation>Le paquet n&apos;est pas signé. Marika n&apos;accepte que les paquets signés.</translation>
    </message>
    <message>
        <source>The package is signed by a publisher this office has not installed (key {fingerprint}). Ask your supervisor to install the publisher&apos;s key if you trust them.</source>
        <translation>Le paquet est signé par un éditeur que ce bureau n&apos;a pas installé (clé {fingerprint}). Demandez à votre superviseur d&apos;installer la clé de l&apos;éditeur si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its content: it was changed after it was signed, or damaged.</source>
        <translation>La signature du paquet ne correspond pas à son contenu&#xa0;: il a été modifié après sa signature, ou endommagé.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not readable.</source>
        <translation>Le manifeste du paquet est illisible.</translation>
    </message>
    <message>
        <source>The package contains a file its manifest does not list: {name}.</source>
        <translation>Le paquet contient un fichier que son manifeste ne liste pas&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>The file {name} in the package does not have its signed size.</source>
        <translation>Le fichier {name} du paquet n&apos;a pas la taille signée.</translation>
    </message>
    <message>
        <source>The file {name} listed in the package is missing.</source>
        <translation>Le fichier {name} listé dans le paquet est manquant.</translation>
    </message>
    <message>
        <source>{name} is not a Marika task package (it has no manifest).</source>
        <translation>{name} n&apos;est pas un paquet de tâches Marika (il n&apos;a pas de manifeste).</translation>
    </message>
    <message>
        <source>The file {name} in the package does not match its signed hash: it was changed or damaged.</source>
        <translation>Le fichier {name} du paquet ne correspond pas à son empreinte signée&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>This office is already set up.</source>
        <translation>Ce bureau est déjà configuré.</translation>
    </message>
    <message>
        <source>The user name {name} is empty or already taken.</source>
        <translation>Le nom d&apos;utilisateur {name} est vide ou déjà pris.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Trop de tentatives échouées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>This profile cannot be recovered with a recovery key.</source>
        <translation>Ce profil ne peut pas être récupéré avec une clé de récupération.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this office.</source>
        <translation>Cette clé de récupération n&apos;appartient pas à ce bureau.</translation>
    </message>
    <message>
        <source>This item was already submitted and can no longer be changed.</source>
        <translation>Cet élément a déjà été remis et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This data folder was written by a newer version of Marika. Please install the newer version to open it.</source>
        <translation>Ce dossier de données a été écrit par une version plus récente de Marika. Installez cette version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>A different batch with the same id is already waiting.</source>
        <translation>Un autre lot avec le même identifiant est déjà en attente.</translation>
    </message>
    <message>
        <source>Some of these items were already submitted.</source>
        <translation>Certains de ces éléments ont déjà été remis.</translation>
    </message>
    <message>
        <source>This batch is not in the outbox.</source>
        <translation>Ce lot n&apos;est pas dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Please type an hourly wage and its currency, for example 1250 MGA.</source>
        <translation>Tapez un salaire horaire et sa devise, par exemple 1250 MGA.</translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from {low} to {high}.</source>
        <translation>Le délai de verrouillage doit être un nombre entier de minutes entre {low} et {high}.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a server, for example https://collect.example.org.</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http://) et nommer un serveur, par exemple https://collect.example.org.</translation>
    </message>
    <message>
        <source>This is not a server public key. It starts with ed25519-pub:.</source>
        <translation>Ce n&apos;est pas une clé publique de serveur. Elle commence par ed25519-pub:.</translation>
    </message>
    <message>
        <source>Please type a whole number (0 turns this rule off).</source>
        <translation>Tapez un nombre entier (0 désactive cette règle).</translation>
    </message>
    <message>
        <source>The office name can be at most {high} characters long.</source>
        <translation>Le nom du bureau peut compter au plus {high} caractères.</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>Cette langue n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Packages can only be assigned to annotators.</source>
        <translation>Les paquets ne peuvent être attribués qu&apos;à des annotateurs.</translation>
    </message>
    <message>
        <source>Please choose why you skip this item.</source>
        <translation>Veuillez indiquer pourquoi vous passez cet élément.</translation>
    </message>
    <message>
        <source>The server gave an answer Marika does not understand.</source>
        <translation>Le serveur a donné une réponse que Marika ne comprend pas.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid or has expired. Ask your supervisor for a new one.</source>
        <translation>Ce code d&apos;inscription n&apos;est pas valide ou a expiré. Demandez-en un nouveau à votre superviseur.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask your supervisor for a new one.</source>
        <translation>Ce code d&apos;inscription a déjà été utilisé. Demandez-en un nouveau à votre superviseur.</translation>
    </message>
    <message>
        <source>This profile is already enrolled with other keys on the server.</source>
        <translation>Ce profil est déjà inscrit sur le serveur avec d&apos;autres clés.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem. Sending will be retried later.</source>
        <translation>Le serveur est occupé ou a rencontré un problème. L&apos;envoi sera retenté plus tard.</translation>
    </message>
    <message>
        <source>The server does not know this profile. Enroll it again with a new code from your supervisor.</source>
        <translation>Le serveur ne connaît pas ce profil. Inscrivez-le de nouveau avec un nouveau code donné par votre superviseur.</translation>
    </message>
    <message>
        <source>The server already holds a different batch with this id.</source>
        <translation>Le serveur détient déjà un autre lot avec cet identifiant.</translation>
    </message>
    <message>
        <source>This server&apos;s key is not the one this office expects. Check the server address with your supervisor.</source>
        <translation>La clé de ce serveur n&apos;est pas celle qu&apos;attend ce bureau. Vérifiez l&apos;adresse du serveur avec votre superviseur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment is not valid.</source>
        <translation>La réponse du serveur à l&apos;inscription n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This batch file is damaged or was changed after it was sealed.</source>
        <translation>Ce fichier de lot est endommagé ou a été modifié après avoir été scellé.</translation>
    </message>
    <message>
        <source>A document from the server is damaged or not genuine.</source>
        <translation>Un document du serveur est endommagé ou n&apos;est pas authentique.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and will be sent later.</source>
        <translation>Le serveur est injoignable. Votre travail est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>L&apos;envoi a été arrêté.</translation>
    </message>
    <message>
        <source>The network sent us to another site (a log-in page?). Connect to the Internet and try again.</source>
        <translation>Le réseau nous a redirigés vers un autre site (une page de connexion&#xa0;?). Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <source>The server sent too many redirects.</source>
        <extracomment>An idle kept-alive connection older than this is closed rather than reused: servers and middleboxes drop idle connections, and on a slow link a stale one costs a timeout.</extracomment>
        <translation>Le serveur a envoyé trop de redirections.</translation>
    </message>
    <message>
        <source>The server answers too slowly. Sending will be retried later.</source>
        <translation>Le serveur répond trop lentement. L&apos;envoi sera retenté plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large; it was refused.</source>
        <translation>Le serveur a envoyé une réponse beaucoup trop volumineuse&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>This profile is not enrolled with a collection server yet.</source>
        <translation>Ce profil n&apos;est encore inscrit auprès d&apos;aucun serveur de collecte.</translation>
    </message>
    <message>
        <source>A sealed batch on this computer is damaged and cannot be sent.</source>
        <translation>Un lot scellé sur cet ordinateur est endommagé et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The server did not confirm this batch. It will be sent again.</source>
        <translation>Le serveur n&apos;a pas confirmé ce lot. Il sera renvoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt is not genuine. The batch stays in the outbox.</source>
        <translation>L&apos;accusé de réception du serveur n&apos;est pas authentique. Le lot reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>A statement from the server is not genuine and was refused.</source>
        <translation>Un relevé du serveur n&apos;est pas authentique et a été refusé.</translation>
    </message>
    <message>
        <source>This batch was sealed for another results key.</source>
        <translation>Ce lot a été scellé pour une autre clé de résultats.</translation>
    </message>
    <message>
        <source>The server does not follow the upload protocol.</source>
        <translation>Le serveur ne respecte pas le protocole d&apos;envoi.</translation>
    </message>
    <message>
        <source>The server refused this batch. Ask your supervisor to check that this profile is enrolled.</source>
        <translation>Le serveur a refusé ce lot. Demandez à votre superviseur de vérifier que ce profil est inscrit.</translation>
    </message>
    <message>
        <source>The server refused this batch because it is too large.</source>
        <translation>Le serveur a refusé ce lot car il est trop volumineux.</translation>
    </message>
    <message>
        <source>This USB folder does not say which server to use.</source>
        <translation>Ce dossier USB n&apos;indique pas quel serveur utiliser.</translation>
    </message>
    <message>
        <source>This is version {version} of the package {package}, but version {installed} is already imported. An older version cannot replace a newer one.</source>
        <translation>Ceci est la version {version} du paquet {package}, mais la version {installed} est déjà importée. Une version plus ancienne ne peut pas remplacer une version plus récente.</translation>
    </message>
    <message>
        <source>Version {version} of the package {package} is already imported.</source>
        <translation>La version {version} du paquet {package} est déjà importée.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to import this package ({size} MB needed). Nothing was changed.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre sur le disque pour importer ce paquet ({size} Mo nécessaires). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The text file {name} in the package is not UTF-8 text.</source>
        <translation>Le fichier texte {name} du paquet n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>No publisher keys are installed in this office yet, so no package can be trusted. The supervisor installs them first.</source>
        <translation>Aucune clé d&apos;éditeur n&apos;est encore installée dans ce bureau&#xa0;: aucun paquet ne peut donc être approuvé. Le superviseur doit d&apos;abord les installer.</translation>
    </message>
    <message>
        <source>This practice pack still has {count} item(s) to do before it can be scored.</source>
        <translation>Ce paquet d&apos;entraînement a encore {count} élément(s) à faire avant de pouvoir être noté.</translation>
    </message>
    <message>
        <source>This package is not a practice pack.</source>
        <translation>Ce paquet n&apos;est pas un paquet d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The server address {name} set by the office is not valid. Ask your supervisor to check it.</source>
        <translation>L&apos;adresse du serveur {name} définie par le bureau n&apos;est pas valide. Demandez à votre superviseur de la vérifier.</translation>
    </message>
    <message>
        <source>Please type the one-time code your supervisor gave you.</source>
        <translation>Tapez le code à usage unique que votre superviseur vous a donné.</translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick.</source>
        <translation>Le bureau n&apos;a pas encore d&apos;adresse de serveur. Demandez à votre superviseur de la définir, ou transportez votre travail sur une clé USB.</translation>
    </message>
    <message>
        <source>Marika could not write to the folder {name}. Check that the USB stick is plugged in and not full.</source>
        <translation>Marika n&apos;a pas pu écrire dans le dossier {name}. Vérifiez que la clé USB est branchée et qu&apos;elle n&apos;est pas pleine.</translation>
    </message>
    <message>
        <source>The folder {name} holds no Marika transfer. Choose the folder you exported to.</source>
        <translation>Le dossier {name} ne contient aucun transfert Marika. Choisissez le dossier vers lequel vous avez exporté.</translation>
    </message>
    <message>
        <source>The demo packages were not found next to Marika, so the demo office has no packages to work on.</source>
        <extracomment>Importer refusals that are not problems here: the office already has the package, or the start was cancelled (the window closed) and the next start carries on.</extracomment>
        <translation>Les paquets de démonstration sont introuvables à côté de Marika&#xa0;: le bureau de démonstration n&apos;a donc aucun paquet sur lequel travailler.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it (delete or move files you no longer need), then try again. Work saved earlier is safe.</source>
        <translation>Le disque est plein. Libérez de la place (supprimez ou déplacez les fichiers dont vous n&apos;avez plus besoin), puis réessayez. Le travail déjà enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>The disk is almost full: {free_mb} MB free, and Marika keeps {needed_mb} MB free so that saving can never half-fail. Your saved work is safe. Free some space (delete or move files you no longer need), then try again.</source>
        <translation>Le disque est presque plein&#xa0;: {free_mb} Mo libres, et Marika garde {needed_mb} Mo libres pour qu&apos;un enregistrement ne puisse jamais échouer à moitié. Votre travail enregistré est en sécurité. Libérez de la place (supprimez ou déplacez les fichiers dont vous n&apos;avez plus besoin), puis réessayez.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. The disk or USB stick may be failing: ask your supervisor to copy the Marika data folder to another disk soon. Work saved earlier is kept.</source>
        <translation>Le disque a signalé une erreur de lecture ou d&apos;écriture. Le disque ou la clé USB est peut-être en train de lâcher&#xa0;: demandez à votre superviseur de copier bientôt le dossier de données de Marika sur un autre disque. Le travail déjà enregistré est conservé.</translation>
    </message>
    <message>
        <source>Marika may not write in its data folder: the folder or the disk is read-only. Ask your supervisor to make it writable again (or to move the data folder), then try again.</source>
        <translation>Marika n&apos;a pas le droit d&apos;écrire dans son dossier de données&#xa0;: le dossier ou le disque est en lecture seule. Demandez à votre superviseur de le rendre de nouveau modifiable (ou de déplacer le dossier de données), puis réessayez.</translation>
    </message>
    <message>
        <source>Another program (or another copy of Marika) kept the data locked. Close it, then try again. Nothing was lost.</source>
        <translation>Un autre programme (ou une autre copie de Marika) a gardé les données verrouillées. Fermez-le, puis réessayez. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Marika&apos;s data file is damaged. Do not delete anything: close Marika and ask your supervisor to restore the data folder from a backup copy.</source>
        <translation>Le fichier de données de Marika est endommagé. Ne supprimez rien&#xa0;: fermez Marika et demandez à votre superviseur de restaurer le dossier de données à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no free space left in the folder {name}. Free some space on the USB stick (or use another one), then try again.</source>
        <translation>Il n&apos;y a plus de place libre dans le dossier {name}. Libérez de la place sur la clé USB (ou utilisez-en une autre), puis réessayez.</translation>
    </message>
    <message>
        <source>Marika may not write in the folder {name}: the USB stick or the folder is read-only (some sticks have a lock switch). Unlock it or choose another folder, then try again.</source>
        <translation>Marika n&apos;a pas le droit d&apos;écrire dans le dossier {name}&#xa0;: la clé USB ou le dossier est en lecture seule (certaines clés ont un bouton de verrouillage). Déverrouillez-la ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The media file {name} is not what its name says: it holds {actual} data. Ask the package&apos;s publisher for a corrected package.</source>
        <translation>Le fichier média {name} n&apos;est pas ce que son nom indique&#xa0;: il contient des données {actual}. Demandez à l&apos;éditeur du paquet un paquet corrigé.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its checksum does not match.</source>
        <translation>Le fichier {name} du paquet est endommagé&#xa0;: sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>The file {name} in the package is not what the package&apos;s table of contents says (its size or its header differs): it was changed or damaged.</source>
        <translation>Le fichier {name} du paquet ne correspond pas à ce qu&apos;annonce la table des matières du paquet (sa taille ou son en-tête diffère)&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its compressed data cannot be unpacked.</source>
        <translation>Le fichier {name} du paquet est endommagé&#xa0;: ses données compressées ne peuvent pas être décompressées.</translation>
    </message>
    <message>
        <source>The package&apos;s table of contents does not match its content ({claimed} files listed, {found} found): it was changed or damaged.</source>
        <translation>La table des matières du paquet ne correspond pas à son contenu ({claimed} fichiers annoncés, {found} trouvés)&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>The package contains {name} both as a file and as a folder.</source>
        <translation>Le paquet contient {name} à la fois comme fichier et comme dossier.</translation>
    </message>
    <message>
        <source>{name} separates its columns with semicolons. Marika needs commas: save it again as &quot;CSV (comma delimited)&quot;.</source>
        <translation>{name} sépare ses colonnes par des points-virgules. Marika a besoin de virgules&#xa0;: enregistrez-le de nouveau au format «&#xa0;CSV (séparateur&#xa0;: virgule)&#xa0;».</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is wrong.</source>
        <translation>{name}, ligne {line}, colonne {column}&#xa0;: la valeur est incorrecte.</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is missing.</source>
        <translation>{name}, ligne {line}, colonne {column}&#xa0;: la valeur manque.</translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is missing.</source>
        <translation>{name}, élément numéro {number}&#xa0;: le champ {column} manque.</translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is wrong.</source>
        <translation>{name}, élément numéro {number}&#xa0;: le champ {column} est incorrect.</translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, on lines {first} and {again}.</source>
        <translation>{name}&#xa0;: l&apos;identifiant d&apos;élément {item} est utilisé deux fois, aux lignes {first} et {again}.</translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, by items number {first} and {again}.</source>
        <translation>{name}&#xa0;: l&apos;identifiant d&apos;élément {item} est utilisé deux fois, par les éléments numéro {first} et {again}.</translation>
    </message>
    <message>
        <source>The source folder {name} does not exist.</source>
        <translation>Le dossier source {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is not a publisher&apos;s public key. Paste the whole text of the publisher&apos;s .pub file: one line starting with ed25519-pub:.</source>
        <translation>Ce n&apos;est pas la clé publique d&apos;un éditeur. Collez tout le texte du fichier .pub de l&apos;éditeur&#xa0;: une ligne qui commence par ed25519-pub:.</translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else (an older copy was put back), so Marika will not use it. Tell your supervisor.</source>
        <translation>Votre réponse enregistrée pour un élément sur cet ordinateur a été modifiée par quelqu&apos;un d&apos;autre (une copie plus ancienne a été remise), donc Marika ne l&apos;utilisera pas. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The server settings of your profile on this computer were changed by someone else, so Marika sent nothing. Tell your supervisor: they must check the server address and key, then you can enrol again.</source>
        <translation>Les réglages du serveur de votre profil sur cet ordinateur ont été modifiés par quelqu&apos;un d&apos;autre, donc Marika n&apos;a rien envoyé. Prévenez votre superviseur : il doit vérifier l&apos;adresse et la clé du serveur, puis vous pourrez vous inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The work waiting to be sent from your profile on this computer was changed by someone else, so Marika sent nothing. Tell your supervisor.</source>
        <translation>Le travail de votre profil en attente d&apos;envoi sur cet ordinateur a été modifié par quelqu&apos;un d&apos;autre, donc Marika n&apos;a rien envoyé. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported, so Marika did not seal or send any work of it. Tell your supervisor: they must import the package again.</source>
        <translation>Le paquet de tâches {package} sur cet ordinateur a été modifié après son importation, donc Marika n&apos;a scellé ni envoyé aucun travail de ce paquet. Prévenez votre superviseur : il doit importer le paquet à nouveau.</translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported. Marika will not seal or send any work of it. Import the package again from its signed file.</source>
        <translation>Le paquet de tâches {package} sur cet ordinateur a été modifié après son importation. Marika ne scellera ni n&apos;enverra aucun travail de ce paquet. Importez à nouveau le paquet depuis son fichier signé.</translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this computer no longer trusts, so Marika did not seal or send any work of it. Tell your supervisor.</source>
        <translation>Le paquet de tâches {package} est signé avec une clé d&apos;éditeur en laquelle cet ordinateur n&apos;a plus confiance, donc Marika n&apos;a scellé ni envoyé aucun travail de ce paquet. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this PC no longer trusts: the key was removed from the trusted publishers (or the package was signed again with another key after it was imported). Workers who had not opened it before cannot submit work of it. If you still trust its publisher, install their key again under Trusted publishers; if not, import the package again from its signed file.</source>
        <translation>Le paquet de tâches {package} est signé avec une clé d&apos;éditeur en laquelle ce PC n&apos;a plus confiance : la clé a été retirée des éditeurs de confiance (ou le paquet a été signé à nouveau avec une autre clé après son importation). Les travailleurs qui ne l&apos;avaient pas encore ouvert ne peuvent pas soumettre de travail de ce paquet. Si vous faites toujours confiance à son éditeur, installez à nouveau sa clé dans Éditeurs de confiance ; sinon, importez à nouveau le paquet depuis son fichier signé.</translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else: what is saved there is not your answer to this item (it was edited, or copied from another item or another profile), so Marika will not use it. Tell your supervisor.</source>
        <translation>Votre réponse enregistrée pour un élément sur cet ordinateur a été modifiée par quelqu&apos;un d&apos;autre : ce qui y est enregistré n&apos;est pas votre réponse à cet élément (elle a été modifiée, ou copiée d&apos;un autre élément ou d&apos;un autre profil), donc Marika ne l&apos;utilisera pas. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The server refused the request because the date or time of this PC looks wrong. Please check the PC&apos;s date and time, then send again.</source>
        <translation>Le serveur a refusé la demande car la date ou l&apos;heure de ce PC semble fausse. Vérifiez la date et l&apos;heure du PC, puis renvoyez.</translation>
    </message>
    <message>
        <source>The office has not entered its collection server&apos;s key yet, so this profile cannot enrol. Ask your supervisor to enter it (marika-server info shows it on the server).</source>
        <translation>Le bureau n&apos;a pas encore saisi la clé de son serveur de collecte, donc ce profil ne peut pas s&apos;inscrire. Demandez à votre superviseur de la saisir (marika-server info l&apos;affiche sur le serveur).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {date}, which is earlier than work already saved on it. Your work is safe, but ask your supervisor to set the date and time right.</source>
        <translation>L&apos;horloge de cet ordinateur indique le {date}, une date antérieure à du travail déjà enregistré ici. Votre travail est en sécurité, mais demandez à votre superviseur de remettre la date et l&apos;heure à jour.</translation>
    </message>
    <message>
        <source>A PIN needs at least 9 digits.</source>
        <translation>Un code PIN doit comporter au moins 9 chiffres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short on the way. Sending will be retried later.</source>
        <translation>La réponse du serveur a été coupée en route. L&apos;envoi sera réessayé plus tard.</translation>
    </message>
    <message>
        <source>The work waiting to be sent from the profile {name} on this computer was changed by someone else. Marika will not send it; ask {name} to log in and check what is waiting.</source>
        <translation>Le travail en attente d&apos;envoi du profil {name} sur cet ordinateur a été modifié par quelqu&apos;un d&apos;autre. Marika ne l&apos;enverra pas ; demandez à {name} de se connecter et de vérifier ce qui attend.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Skipped: this item does not count as right.</source>
        <translation>Passé&#xa0;: cet élément ne compte pas comme juste.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Bonne réponse&#xa0;!</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Ce n&apos;est pas la bonne réponse.</translation>
    </message>
    <message>
        <source>Expected transcript: %1</source>
        <translation>Transcription attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>Réponse attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your transcript differs from it in about %1 of the letters.</source>
        <translation>Votre transcription en diffère sur environ %1 des lettres.</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Votre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close enough: only small differences in spelling.</source>
        <translation>Presque&#xa0;: seulement de petites différences d&apos;orthographe.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>You answered this item in this attempt: it cannot be changed now. Enter goes to the next item.</source>
        <translation>Vous avez répondu à cet élément pendant cette tentative&#xa0;: il ne peut plus être modifié. Entrée passe à l&apos;élément suivant.</translation>
    </message>
    <message>
        <source>Press Enter to go on.</source>
        <translation>Appuyez sur Entrée pour continuer.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag for review</source>
        <translation>Signaler pour relecture</translation>
    </message>
    <message>
        <source>What should the reviewer look at? (optional; press Enter to flag)</source>
        <translation>Sur quoi le relecteur doit-il porter son attention&#xa0;? (facultatif&#xa0;; appuyez sur Entrée pour signaler)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (entraînement)</translation>
    </message>
    <message>
        <source>Not paid (practice)</source>
        <translation>Non rémunéré (entraînement)</translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation>Votre travail a été remis.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Votre travail</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pay per item</source>
        <translation>Tarif par élément</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>No task package is assigned to you yet. Ask your office supervisor to import one and assign it to you.</source>
        <translation>Aucun paquet de tâches ne vous est encore attribué. Demandez au superviseur de votre bureau d&apos;en importer un et de vous l&apos;attribuer.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>About this package</source>
        <translation>À propos de ce paquet</translation>
    </message>
    <message>
        <source>Submit finished work…</source>
        <translation>Remettre le travail terminé…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Send and receive…</source>
        <translation>Envoyer et recevoir…</translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation>%1 (votre propre compte)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ma rémunération</translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1</source>
        <translation>Confirmé par vos relevés de paie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for review (your own count, not confirmed yet): %1</source>
        <translation>En attente de relecture (votre propre compte, pas encore confirmé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1 (paid to you: %2)</source>
        <translation>Confirmé par vos relevés de paie&#xa0;: %1 (versé&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Rejected by the reviewer: %n item(s)</source>
        <translation>
            <numerusform>Refusé par le relecteur&#xa0;: %n élément</numerusform>
            <numerusform>Refusés par le relecteur&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTagView</name>
    <message>
        <source>Zoom in</source>
        <extracomment>a sharper decode while zoomed stops here: 3072x2048 is 24 MB as RGB32 decode box when no screen is known (the target PCs&apos; screen) the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;). Optional for the item screen: unconnected, the panel&apos;s button re-emits `mediaUnreadable`, whose banner carries the screen&apos;s own skip action.</extracomment>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <source>Move around a zoomed image</source>
        <translation>Se déplacer dans une image agrandie</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Zoom at the mouse pointer</source>
        <translation>Agrandir à l&apos;endroit du pointeur</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Agrandir (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Réduire (-)</translation>
    </message>
    <message>
        <source>Fit (0 or F)</source>
        <translation>Ajuster (0 ou F)</translation>
    </message>
    <message>
        <source>Image to tag</source>
        <translation>Image à étiqueter</translation>
    </message>
    <message>
        <source>This item has no image file.</source>
        <translation>Cet élément n&apos;a pas de fichier image.</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom&#xa0;: %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>This package has no instructions.</source>
        <translation>Ce paquet n&apos;a pas de consignes.</translation>
    </message>
    <message>
        <source>Instructions (F1 hides them)</source>
        <translation>Consignes (F1 pour les masquer)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Élément %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passé</numerusform>
            <numerusform>%n passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Submitted: read only</source>
        <translation>Remis&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Signalé pour relecture</translation>
    </message>
    <message>
        <source>Save not confirmed</source>
        <translation>Enregistrement non confirmé</translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Passer…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Masquer à nouveau</translation>
    </message>
    <message>
        <source>Done, next</source>
        <translation>Terminé, suivant</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>Trainer mode</source>
        <translation>Mode formateur</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Retirer le signalement</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Signaler pour relecture</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Ouverture du paquet…</translation>
    </message>
    <message>
        <source>This kind of task cannot be shown in this version of Marika. You may skip it.</source>
        <translation>Ce type de tâche ne peut pas être affiché dans cette version de Marika. Vous pouvez le passer.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>This item is hidden because of its content warning. Press Ctrl+R to see it, or Ctrl+K to skip it without seeing it (never a penalty).</source>
        <translation>Cet élément est masqué à cause de son avertissement sur le contenu. Appuyez sur Ctrl+R pour le voir, ou sur Ctrl+K pour le passer sans le voir (jamais pénalisé).</translation>
    </message>
    <message>
        <source>Choose an answer first, or skip this item with Ctrl+K.</source>
        <translation>Choisissez d&apos;abord une réponse, ou passez cet élément avec Ctrl+K.</translation>
    </message>
    <message>
        <source>Every item of this package is done or skipped. Submit your work when you are ready (Ctrl+Shift+S).</source>
        <translation>Tous les éléments de ce paquet sont terminés ou passés. Remettez votre travail quand vous le souhaitez (Ctrl+Maj+S).</translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation>Votre travail a été remis.</translation>
    </message>
    <message>
        <source>Skip: media unreadable</source>
        <translation>Passer&#xa0;: média illisible</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ma rémunération</translation>
    </message>
    <message>
        <source>The disk did not confirm that your last change was saved: %1 Marika will save it again.</source>
        <translation>Le disque n&apos;a pas confirmé l&apos;enregistrement de votre dernière modification&#xa0;: %1 Marika va l&apos;enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet: %1 Marika will try again.</source>
        <translation>Votre dernière modification n&apos;est pas encore enregistrée&#xa0;: %1 Marika va réessayer.</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>Type what you hear first, or skip this item with Ctrl+K.</source>
        <translation>Tapez d&apos;abord ce que vous entendez, ou passez cet élément avec Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Image tagging</source>
        <translation>Étiquetage d&apos;images</translation>
    </message>
    <message>
        <source>Audio transcription</source>
        <translation>Transcription audio</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Classification de textes</translation>
    </message>
</context>
<context>
    <name>LabelChoiceView</name>
    <message>
        <source>Choose every label that fits: press its number again to remove it.</source>
        <translation>Choisissez toutes les étiquettes qui conviennent&#xa0;: appuyez de nouveau sur le numéro d&apos;une étiquette pour la retirer.</translation>
    </message>
    <message>
        <source>Choose one label with its number key.</source>
        <translation>Choisissez une étiquette avec sa touche numérique.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation>Choisissez votre profil ou tapez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>Profiles on this computer (arrows to choose):</source>
        <translation>Profils sur cet ordinateur (flèches pour choisir)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Se connecter (Entrée)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Marika</source>
        <translation>Marika</translation>
    </message>
    <message>
        <source>&amp;Marika</source>
        <translation>&amp;Marika</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Guided tour of this screen	Shift+F1</source>
        <translation>Visite guidée de cet écran	Maj+F1</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Ouverture du dossier de données…</translation>
    </message>
    <message>
        <source>Importing the demo packages…</source>
        <translation>Importation des paquets de démonstration…</translation>
    </message>
</context>
<context>
    <name>MoneyLine</name>
    <message>
        <source>Practice: not paid</source>
        <translation>Entraînement&#xa0;: non rémunéré</translation>
    </message>
    <message>
        <source>%1 per item · today %2</source>
        <translation>%1 par élément · aujourd&apos;hui %2</translation>
    </message>
    <message>
        <source>(+%1)</source>
        <translation>(+%1)</translation>
    </message>
</context>
<context>
    <name>NewAnnotatorDialog</name>
    <message>
        <source>Add an annotator</source>
        <translation>Ajouter un annotateur</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Réglages du bureau</translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation>Charger un fichier .pub…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Collection server address:</source>
        <translation>Adresse du serveur de collecte&#xa0;:</translation>
    </message>
    <message>
        <source>Server public key:</source>
        <translation>Clé publique du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Lock Marika after this long without use:</source>
        <translation>Verrouiller Marika après cette durée sans utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Office name (on workers&apos; pay records):</source>
        <translation>Nom du bureau (sur les relevés de rémunération)&#xa0;:</translation>
    </message>
    <message>
        <source>Reference hourly wage (for example 1250 MGA):</source>
        <translation>Salaire horaire de référence (par exemple 1250 MGA)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>Saved on this PC</source>
        <translation>Enregistré sur ce PC</translation>
    </message>
    <message>
        <source>Sealed, waiting to be sent</source>
        <translation>Scellé, en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Delivered, waiting for review</source>
        <translation>Livré, en attente de relecture</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Not on this PC</source>
        <translation>Absent de ce PC</translation>
    </message>
    <message>
        <source>Already paid in another batch</source>
        <translation>Déjà payé dans un autre lot</translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation>%1 (votre propre compte)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Temps actif</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Not confirmed by a statement yet: this is your own count.</source>
        <translation>Pas encore confirmé par un relevé&#xa0;: c&apos;est votre propre compte.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation>Motif du relecteur</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Payé en partie</translation>
    </message>
    <message>
        <source>Unreadable on this PC</source>
        <translation>Illisible sur ce PC</translation>
    </message>
    <message>
        <source>Part paid: %1 paid, %2 still owed</source>
        <translation>Payé en partie&#xa0;: %1 payé, %2 encore dû</translation>
    </message>
    <message>
        <source>Your record of this item on this PC cannot be read: %1</source>
        <translation>L&apos;enregistrement de cet élément sur ce PC est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation>En attente de relecture (votre propre compte)</translation>
    </message>
    <message>
        <source>Signature verified; does not follow the statement before it</source>
        <translation>Signature vérifiée&#xa0;; ne fait pas suite au relevé précédent</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signature vérifiée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Signed by the server key %1</source>
        <translation>Signé par la clé du serveur %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Delivered before statement %1 was issued, but on no statement.</source>
        <translation>Livré avant l&apos;émission du relevé %1, mais absent de tout relevé.</translation>
    </message>
    <message>
        <source>The statements pay another amount than the package&apos;s rate.</source>
        <translation>Les relevés paient un autre montant que le tarif du paquet.</translation>
    </message>
    <message>
        <source>A statement names an item that you have not done on this PC.</source>
        <translation>Un relevé cite un élément que vous n&apos;avez pas fait sur ce PC.</translation>
    </message>
    <message>
        <source>You did this item, but the statement says it was skipped.</source>
        <translation>Vous avez fait cet élément, mais le relevé dit qu&apos;il a été passé.</translation>
    </message>
    <message>
        <source>You skipped this item, but the statement says it was done.</source>
        <translation>Vous avez passé cet élément, mais le relevé dit qu&apos;il a été fait.</translation>
    </message>
    <message>
        <source>Statement %1 is missing on this PC. It comes with the next sync.</source>
        <translation>Le relevé %1 manque sur ce PC. Il arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The total of statement %1 is not the sum of its lines.</source>
        <translation>Le total du relevé %1 n&apos;est pas la somme de ses lignes.</translation>
    </message>
    <message>
        <source>Statement %1 does not follow the statement before it.</source>
        <translation>Le relevé %1 ne fait pas suite au relevé précédent.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Vos relevés personnels</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 de l&apos;heure</translation>
    </message>
    <message>
        <source>declared by the package</source>
        <translation>déclaré par le paquet</translation>
    </message>
    <message>
        <source>set by your office</source>
        <translation>fixé par votre bureau</translation>
    </message>
    <message>
        <source>less than a minute of work</source>
        <translation>moins d&apos;une minute de travail</translation>
    </message>
    <message>
        <source>Package or period</source>
        <translation>Paquet ou période</translation>
    </message>
    <message>
        <source>Confirmed pay</source>
        <translation>Rémunération confirmée</translation>
    </message>
    <message>
        <source>Confirmed, per hour</source>
        <translation>Confirmé, par heure</translation>
    </message>
    <message>
        <source>With your own count, per hour</source>
        <translation>Avec votre propre compte, par heure</translation>
    </message>
    <message>
        <source>Reference wage</source>
        <translation>Salaire de référence</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n élément affiché</numerusform>
            <numerusform>%n éléments affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>On the statements</source>
        <translation>Selon les relevés</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Versé</translation>
    </message>
</context>
<context>
    <name>PayChart</name>
    <message>
        <source>Confirmed by your statements</source>
        <translation>Confirmé par vos relevés</translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation>En attente de relecture (votre propre compte)</translation>
    </message>
    <message>
        <source>Earnings per week, in %1</source>
        <translation>Gains par semaine, en %1</translation>
    </message>
    <message>
        <source>Earnings per day, in %1</source>
        <translation>Gains par jour, en %1</translation>
    </message>
</context>
<context>
    <name>PayExport</name>
    <message>
        <source>no dated work</source>
        <translation>aucun travail daté</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation>(aucun nom défini)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur ou travailleuse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Statements signed by</source>
        <translation>Relevés signés par</translation>
    </message>
    <message>
        <source>Accepted, not yet paid (%1)</source>
        <translation>Accepté, pas encore payé (%1)</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>Payé (%1)</translation>
    </message>
    <message>
        <source>Waiting for review, your own count (%1)</source>
        <translation>En attente de relecture, votre propre compte (%1)</translation>
    </message>
    <message>
        <source>Rejected items (%1)</source>
        <translation>Éléments refusés (%1)</translation>
    </message>
    <message>
        <source>Part paid items (%1)</source>
        <translation>Éléments payés en partie (%1)</translation>
    </message>
    <message>
        <source>Items unreadable on this PC (%1)</source>
        <translation>Éléments illisibles sur ce PC (%1)</translation>
    </message>
    <message>
        <source>Balance on your statements</source>
        <translation>Solde de vos relevés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>Identifiant du paquet</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Active seconds</source>
        <translation>Secondes actives</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Confirmed by a statement</source>
        <translation>Confirmé par un relevé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation>Motif du relecteur</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
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
        <source>Paid out</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Encore dû</translation>
    </message>
    <message>
        <source>Problem on this PC</source>
        <translation>Problème sur ce PC</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Pay record of %1</source>
        <translation>Relevé de rémunération de %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Pay statement no. %1</source>
        <translation>Relevé de paie n° %1</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>Identifiant du relevé</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Solde avant</translation>
    </message>
    <message>
        <source>Total of this statement</source>
        <translation>Total de ce relevé</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Paid out (%1)</source>
        <translation>Versé (%1)</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Reading your pay records…</source>
        <translation>Lecture de vos relevés de rémunération…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save your pay record</source>
        <translation>Enregistrer votre relevé de rémunération</translation>
    </message>
    <message>
        <source>Saving your pay record…</source>
        <translation>Enregistrement de votre relevé de rémunération…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Marika could not write %1. Choose another folder.</source>
        <translation>Marika n&apos;a pas pu écrire %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Confirmed by your statements: %1 (accepted %2, paid %3).</source>
        <translation>Confirmé par vos relevés&#xa0;: %1 (accepté %2, payé %3).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for review: %1 for %n item(s). This is your own count; the office has not confirmed it yet.</source>
        <translation>
            <numerusform>En attente de relecture&#xa0;: %1 pour %n élément. C&apos;est votre propre compte&#xa0;; le bureau ne l&apos;a pas encore confirmé.</numerusform>
            <numerusform>En attente de relecture&#xa0;: %1 pour %n éléments. C&apos;est votre propre compte&#xa0;; le bureau ne l&apos;a pas encore confirmé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part paid: %n item(s). The payments so far cover only part of them; the rest is still owed.</source>
        <translation>
            <numerusform>Payé en partie&#xa0;: %n élément. Les paiements reçus n&apos;en couvrent qu&apos;une partie&#xa0;; le reste est encore dû.</numerusform>
            <numerusform>Payés en partie&#xa0;: %n éléments. Les paiements reçus n&apos;en couvrent qu&apos;une partie&#xa0;; le reste est encore dû.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), not paid. The reasons are in the list.</source>
        <translation>
            <numerusform>Refusé&#xa0;: %n élément, non payé. Les motifs sont dans la liste.</numerusform>
            <numerusform>Refusés&#xa0;: %n éléments, non payés. Les motifs sont dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read on this PC, so they are not in your own count. The list says why.</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être lu sur ce PC&#xa0;: il n&apos;est pas dans votre propre compte. La liste dit pourquoi.</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être lus sur ce PC&#xa0;: ils ne sont pas dans votre propre compte. La liste dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement has reached this PC yet.</source>
        <translation>Aucun relevé de paie n&apos;est encore arrivé sur ce PC.</translation>
    </message>
    <message>
        <source>Balance on your statements: %1.</source>
        <translation>Solde de vos relevés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between your records and the statements: see Differences.</source>
        <translation>
            <numerusform>%n écart entre vos relevés personnels et les relevés&#xa0;: voir Écarts.</numerusform>
            <numerusform>%n écarts entre vos relevés personnels et les relevés&#xa0;: voir Écarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not finished any item yet.</source>
        <translation>Vous n&apos;avez encore terminé aucun élément.</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ma rémunération</translation>
    </message>
    <message>
        <source>Every statement&apos;s signature was checked against the server key %1 of %2, kept since you enrolled.</source>
        <translation>La signature de chaque relevé a été vérifiée avec la clé %1 du serveur %2, conservée depuis votre inscription.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>Écarts (%1)</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Totals by:</source>
        <translation>Totaux par&#xa0;:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Statements come from the office&apos;s server after review, with each sync. Each one is signed; the lines of the one chosen are shown below it.</source>
        <translation>Les relevés viennent du serveur du bureau après relecture, à chaque synchronisation. Chacun est signé&#xa0;; les lignes de celui choisi s&apos;affichent en dessous.</translation>
    </message>
    <message>
        <source>Each difference between what you did on this PC and what the signed statements say. Nothing is hidden or changed: show this list to your office if one is wrong.</source>
        <translation>Chaque écart entre ce que vous avez fait sur ce PC et ce que disent les relevés signés. Rien n&apos;est caché ni modifié&#xa0;: montrez cette liste à votre bureau si l&apos;un d&apos;eux est faux.</translation>
    </message>
    <message>
        <source>Your records and the signed statements agree.</source>
        <translation>Vos relevés personnels et les relevés signés concordent.</translation>
    </message>
    <message>
        <source>Pay divided by the active time counted while you worked (rejected and skipped items took time too), beside the reference wage of the package or your office.</source>
        <translation>La rémunération divisée par le temps actif compté pendant votre travail (les éléments refusés et passés ont aussi pris du temps), à côté du salaire de référence du paquet ou de votre bureau.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Trainer mode: the expected answers are shown beside each item. This attempt earns no certificate.</source>
        <translation>Mode formateur&#xa0;: les réponses attendues sont affichées à côté de chaque élément. Cette tentative ne donne pas de certificat.</translation>
    </message>
    <message>
        <source>Your practice result is kept in your profile.</source>
        <translation>Votre résultat d&apos;entraînement est conservé dans votre profil.</translation>
    </message>
</context>
<context>
    <name>PracticeResultDialog</name>
    <message>
        <source>Practice result</source>
        <translation>Résultat de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3), attempt %4 of “%5”.</source>
        <translation>Score&#xa0;: %1 sur %2 justes (%3), tentative %4 de «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Pass mark: %1.</source>
        <translation>Note de réussite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Certificate saved in your profile: %1 passed “%2” (version %3) on %4. Find it again on the home screen (Ctrl+Shift+P).</source>
        <translation>Certificat enregistré dans votre profil&#xa0;: %1 a réussi «&#xa0;%2&#xa0;» (version %3) le %4. Retrouvez-le sur l&apos;écran d&apos;accueil (Ctrl+Maj+P).</translation>
    </message>
    <message>
        <source>Trainer mode showed the answers during this attempt, so it earns no certificate. Try again without trainer mode to earn one.</source>
        <translation>Le mode formateur a affiché les réponses pendant cette tentative&#xa0;: elle ne donne donc pas de certificat. Réessayez sans le mode formateur pour en obtenir un.</translation>
    </message>
    <message>
        <source>No certificate this time. You may try again: your answers are cleared, and this score stays in your history.</source>
        <translation>Pas de certificat cette fois. Vous pouvez réessayer&#xa0;: vos réponses sont effacées, et ce score reste dans votre historique.</translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation>Accueil (Entrée)</translation>
    </message>
    <message>
        <source>Review the answers (Esc)</source>
        <translation>Revoir les réponses (Échap)</translation>
    </message>
    <message>
        <source>Try again (Ctrl+R)</source>
        <translation>Réessayer (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protection from harmful content</source>
        <translation>Protection contre les contenus nocifs</translation>
    </message>
    <message>
        <source>Items with content warnings stay hidden until you show them. Past your daily limit they are skipped without being shown, never as a penalty. Only you see these settings.</source>
        <translation>Les éléments avec un avertissement sur le contenu restent masqués tant que vous ne les affichez pas. Au-delà de votre limite du jour, ils sont passés sans être montrés, jamais comme une pénalité. Vous seul·e voyez ces réglages.</translation>
    </message>
    <message>
        <source>Daily limit of warned items:</source>
        <translation>Limite par jour d&apos;éléments avec avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>Suggest a break after (minutes on warned items):</source>
        <translation>Proposer une pause après (minutes sur des éléments avec avertissement)&#xa0;:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n warned item(s) seen.</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %n élément avec avertissement vu.</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %n éléments avec avertissement vus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This package suggests at most %n a day.</source>
        <translation>
            <numerusform>Ce paquet en suggère au plus %n par jour.</numerusform>
            <numerusform>Ce paquet en suggère au plus %n par jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionGuard</name>
    <message>
        <source>I take a break</source>
        <translation>Je fais une pause</translation>
    </message>
    <message>
        <source>Today you have spent %1 on items with content warnings. Take a break away from the screen: your work is saved.</source>
        <translation>Aujourd&apos;hui, vous avez passé %1 sur des éléments avec un avertissement sur le contenu. Faites une pause loin de l&apos;écran&#xa0;: votre travail est enregistré.</translation>
    </message>
    <message>
        <source>If something you saw troubles you, you can talk to: %1</source>
        <translation>Si quelque chose que vous avez vu vous trouble, vous pouvez en parler à&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>You have reached your daily limit of %n item(s) with content warnings. The next ones are skipped without being shown; this is never a penalty.</source>
        <translation>
            <numerusform>Vous avez atteint votre limite du jour de %n élément avec un avertissement sur le contenu. Les suivants sont passés sans être montrés&#xa0;; ce n&apos;est jamais une pénalité.</numerusform>
            <numerusform>Vous avez atteint votre limite du jour de %n éléments avec un avertissement sur le contenu. Les suivants sont passés sans être montrés&#xa0;; ce n&apos;est jamais une pénalité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Éditeurs de confiance</translation>
    </message>
    <message>
        <source>Marika imports only packages signed by one of these keys. Add the public key (ed25519-pub:…) of each client or trainer you work with.</source>
        <translation>Marika n&apos;importe que les paquets signés par l&apos;une de ces clés. Ajoutez la clé publique (ed25519-pub:…) de chaque client ou formateur avec qui vous travaillez.</translation>
    </message>
    <message>
        <source>Remove the chosen key</source>
        <translation>Retirer la clé choisie</translation>
    </message>
    <message>
        <source>Add this key</source>
        <translation>Ajouter cette clé</translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation>Charger un fichier .pub…</translation>
    </message>
    <message>
        <source>Publisher name:</source>
        <translation>Nom de l&apos;éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <source>I also read</source>
        <translation>Je lis aussi</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source>Office recovery key</source>
        <translation>Clé de récupération du bureau</translation>
    </message>
    <message>
        <source>This key can reset a forgotten password without losing any work. It is shown only now and is not kept on this computer. Save it on a USB stick or write it down, and keep it somewhere safe.</source>
        <translation>Cette clé permet de réinitialiser un mot de passe oublié sans perdre de travail. Elle n&apos;est affichée que maintenant et n&apos;est pas conservée sur cet ordinateur. Enregistrez-la sur une clé USB ou notez-la, et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>I have saved the recovery key</source>
        <translation>J&apos;ai enregistré la clé de récupération</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Please load or paste the office recovery key.</source>
        <translation>Chargez ou collez la clé de récupération du bureau.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Please type the new password.</source>
        <translation>Tapez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>Insert the USB stick with the office recovery key and load the file (marika-recovery-key.txt). Let the person type their new password. All their work, pay records and statements are kept.</source>
        <translation>Insérez la clé USB qui contient la clé de récupération du bureau et chargez le fichier (marika-recovery-key.txt). Laissez la personne taper son nouveau mot de passe. Tout son travail, son historique de paie et ses relevés sont conservés.</translation>
    </message>
    <message>
        <source>Load the key file…</source>
        <translation>Charger le fichier de la clé…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Répétez le nouveau mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Welcome to Marika</source>
        <translation>Bienvenue dans Marika</translation>
    </message>
    <message>
        <source>This computer has no office supervisor yet. The supervisor creates the annotators&apos; profiles and imports task packages. Choose a user name and a password of at least 8 characters.</source>
        <translation>Cet ordinateur n&apos;a pas encore de superviseur de bureau. Le superviseur crée les profils des annotateurs et importe les paquets de tâches. Choisissez un nom d&apos;utilisateur et un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Create the supervisor (Enter)</source>
        <translation>Créer le superviseur (Entrée)</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this item</source>
        <translation>Passer cet élément</translation>
    </message>
    <message>
        <source>Why do you skip this item?</source>
        <translation>Pourquoi passez-vous cet élément&#xa0;?</translation>
    </message>
    <message>
        <source>1 — It is unclear</source>
        <translation>1 — Ce n&apos;est pas clair</translation>
    </message>
    <message>
        <source>2 — The media cannot be read</source>
        <translation>2 — Le média est illisible</translation>
    </message>
    <message>
        <source>3 — The content is disturbing</source>
        <translation>3 — Le contenu est choquant</translation>
    </message>
    <message>
        <source>A skipped item is not paid: only items you mark done are paid. Skipping is never a penalty: the reason only helps the reviewer.</source>
        <translation>Un élément passé n&apos;est pas rémunéré&#xa0;: seuls les éléments marqués terminés le sont. Passer un élément n&apos;est jamais pénalisé&#xa0;: la raison aide seulement le relecteur.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <source>Marika locked itself after %n minute(s) without use. Your work is saved. Type your password to continue.</source>
        <translation>
            <numerusform>Marika s&apos;est verrouillé après %n minute sans utilisation. Votre travail est enregistré. Tapez votre mot de passe pour continuer.</numerusform>
            <numerusform>Marika s&apos;est verrouillé après %n minutes sans utilisation. Votre travail est enregistré. Tapez votre mot de passe pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>Ouverture de votre profil…</translation>
    </message>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation>Choisissez votre profil ou tapez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Enregistrement de votre nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Your new password is set. Use it from now on.</source>
        <translation>Votre nouveau mot de passe est défini. Utilisez-le désormais.</translation>
    </message>
    <message>
        <source>Creating the supervisor…</source>
        <translation>Création du superviseur…</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>Office supervisor: %1</source>
        <translation>Superviseur du bureau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>The new password is set. All the work of this profile is kept.</source>
        <translation>Le nouveau mot de passe est défini. Tout le travail de ce profil est conservé.</translation>
    </message>
    <message>
        <source>The publisher key was added.</source>
        <translation>La clé de l&apos;éditeur a été ajoutée.</translation>
    </message>
    <message>
        <source>The publisher key was removed.</source>
        <translation>La clé de l&apos;éditeur a été retirée.</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Les réglages du bureau sont enregistrés.</translation>
    </message>
    <message>
        <source>Import a task package</source>
        <translation>Importer un paquet de tâches</translation>
    </message>
    <message>
        <source>Task packages (*.marika)</source>
        <translation>Paquets de tâches (*.marika)</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l&apos;importation…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>Le paquet a été importé.</translation>
    </message>
    <message>
        <source>The package was imported and assigned.</source>
        <translation>Le paquet a été importé et attribué.</translation>
    </message>
    <message>
        <source>Import a package first.</source>
        <translation>Importez d&apos;abord un paquet.</translation>
    </message>
    <message>
        <source>The assignments are saved.</source>
        <translation>Les attributions sont enregistrées.</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Protection from harmful content is on for every annotator: items with content warnings stay hidden until shown, each annotator can set a daily limit, and breaks are suggested. Who uses it stays private.</source>
        <translation>La protection contre les contenus nocifs est active pour chaque annotateur et annotatrice&#xa0;: les éléments avec un avertissement restent masqués jusqu&apos;à ce qu&apos;on les affiche, chacun·e peut fixer une limite par jour, et des pauses sont proposées. Qui s&apos;en sert reste privé.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Add an annotator…</source>
        <translation>Ajouter un annotateur…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Assign a package…</source>
        <translation>Attribuer un paquet…</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Éditeurs de confiance…</translation>
    </message>
    <message>
        <source>Office settings…</source>
        <translation>Réglages du bureau…</translation>
    </message>
    <message>
        <source>Reset a password…</source>
        <translation>Réinitialiser un mot de passe…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Office supervisor</source>
        <translation>Superviseur du bureau</translation>
    </message>
    <message>
        <source>Remove a trusted publisher</source>
        <translation>Retirer un éditeur de confiance</translation>
    </message>
    <message>
        <source>Remove this publisher key? Packages signed with it can then no longer be imported.

%1</source>
        <translation>Retirer cette clé d&apos;éditeur&#xa0;? Les paquets signés avec elle ne pourront plus être importés.

%1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Marika was busy saving your work. Sending will try again in a moment.</source>
        <translation>Marika était occupé à enregistrer votre travail. L&apos;envoi sera retenté dans un instant.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no Internet, or the network shows a log-in page). Your work is kept and will be sent when the connection returns.</source>
        <translation>Le serveur est injoignable (pas d&apos;Internet, ou le réseau affiche une page de connexion). Votre travail est conservé et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Sending was stopped. It will go on from where it stopped.</source>
        <translation>L&apos;envoi a été arrêté. Il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered. The server confirmed each with a signed receipt.</source>
        <translation>
            <numerusform>%n lot livré. Le serveur l&apos;a confirmé par un accusé de réception signé.</numerusform>
            <numerusform>%n lots livrés. Le serveur a confirmé chacun par un accusé de réception signé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pay statement(s) received.</source>
        <translation>
            <numerusform>%n nouveau relevé de paie reçu.</numerusform>
            <numerusform>%n nouveaux relevés de paie reçus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection broke while sending %n batch(es). Marika will try again.</source>
        <translation>
            <numerusform>La connexion a été coupée pendant l&apos;envoi de %n lot. Marika va réessayer.</numerusform>
            <numerusform>La connexion a été coupée pendant l&apos;envoi de %n lots. Marika va réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was busy and did not take %n batch(es). Marika will try again later.</source>
        <translation>
            <numerusform>Le serveur était occupé et n&apos;a pas pris %n lot. Marika réessaiera plus tard.</numerusform>
            <numerusform>Le serveur était occupé et n&apos;a pas pris %n lots. Marika réessaiera plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n batch(es). They stay on this computer; please tell your supervisor.</source>
        <translation>
            <numerusform>Le serveur a refusé %n lot. Il reste sur cet ordinateur&#xa0;; prévenez votre superviseur.</numerusform>
            <numerusform>Le serveur a refusé %n lots. Ils restent sur cet ordinateur&#xa0;; prévenez votre superviseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send or receive.</source>
        <translation>Rien de nouveau à envoyer ni à recevoir.</translation>
    </message>
    <message>
        <source>No batch is waiting; the folder was brought up to date.</source>
        <translation>Aucun lot en attente&#xa0;; le dossier a été mis à jour.</translation>
    </message>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation>Ce profil est maintenant connecté au serveur du bureau.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) confirmed as delivered.</source>
        <translation>
            <numerusform>%n lot confirmé comme livré.</numerusform>
            <numerusform>%n lots confirmés comme livrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder failed their checks and were ignored.</source>
        <translation>
            <numerusform>%n fichier du dossier n&apos;a pas passé les vérifications et a été ignoré.</numerusform>
            <numerusform>%n fichiers du dossier n&apos;ont pas passé les vérifications et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this folder yet.</source>
        <translation>Rien de nouveau dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 sent, %2 left</source>
        <translation>%1 envoyés, %2 restants</translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet (Send and receive screen).</source>
        <translation>L&apos;envoi n&apos;est pas encore configuré pour ce profil (écran Envoyer et recevoir).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Envoi en pause&#xa0;: %n lot en attente.</numerusform>
            <numerusform>Envoi en pause&#xa0;: %n lots en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>All delivered.</source>
        <translation>Tout est livré.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %n lot en attente.</numerusform>
            <numerusform>Hors ligne&#xa0;: %n lots en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n lot en attente d&apos;envoi.</numerusform>
            <numerusform>%n lots en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection request is in the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here.</source>
        <translation>La demande de connexion est dans le dossier. Donnez la clé USB à votre superviseur, qui l&apos;envoie depuis un PC connecté à Internet. Importez ensuite le même dossier ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) written to the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here to get the receipts.</source>
        <translation>
            <numerusform>%n lot écrit dans le dossier. Donnez la clé USB à votre superviseur, qui l&apos;envoie depuis un PC connecté à Internet. Importez ensuite le même dossier ici pour recevoir les accusés de réception.</numerusform>
            <numerusform>%n lots écrits dans le dossier. Donnez la clé USB à votre superviseur, qui l&apos;envoie depuis un PC connecté à Internet. Importez ensuite le même dossier ici pour recevoir les accusés de réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation>Rien n&apos;a encore été remis.</translation>
    </message>
    <message>
        <source>Your pay statements could not be fetched: %1</source>
        <translation>Vos relevés de paie n&apos;ont pas pu être récupérés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation>Ce profil est maintenant connecté au serveur du bureau.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick (below).</source>
        <translation>Le bureau n&apos;a pas encore d&apos;adresse de serveur. Demandez à votre superviseur de la définir, ou transportez votre travail sur une clé USB (ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n lot en attente d&apos;envoi.</numerusform>
            <numerusform>%n lots en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your submitted work is delivered.</source>
        <translation>Tout votre travail remis a été livré.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n pay statement(s) kept on this computer, readable offline. The latest is from %1.</source>
        <translation>
            <numerusform>%n relevé de paie conservé sur cet ordinateur, lisible hors ligne. Le plus récent date du %1.</numerusform>
            <numerusform>%n relevés de paie conservés sur cet ordinateur, lisibles hors ligne. Le plus récent date du %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement yet. Statements come back after the client reviews your work.</source>
        <translation>Pas encore de relevé de paie. Les relevés arrivent une fois que le client a relu votre travail.</translation>
    </message>
    <message>
        <source>Connect by USB stick: choose the USB stick or a folder</source>
        <translation>Se connecter par clé USB&#xa0;: choisissez la clé USB ou un dossier</translation>
    </message>
    <message>
        <source>Export for USB: choose the USB stick or a folder</source>
        <translation>Exporter pour USB&#xa0;: choisissez la clé USB ou un dossier</translation>
    </message>
    <message>
        <source>Import from USB: choose the folder you exported to</source>
        <translation>Importer depuis USB&#xa0;: choisissez le dossier vers lequel vous avez exporté</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation>Se connecter au serveur du bureau</translation>
    </message>
    <message>
        <source>See them in My pay</source>
        <translation>Les voir dans Ma rémunération</translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then Enter:</source>
        <translation>Tapez le code à usage unique que votre superviseur vous a donné, puis Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connect by USB stick…</source>
        <translation>Se connecter par clé USB…</translation>
    </message>
    <message>
        <source>Sending your submitted work</source>
        <translation>Envoi de votre travail remis</translation>
    </message>
    <message>
        <source>Pay statements</source>
        <translation>Relevés de paie</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>No connection here? Export your work to a USB stick, take it to a PC with Internet, then import the same folder here to get the receipts and pay statements back. Doing it twice changes nothing.</source>
        <translation>Pas de connexion ici&#xa0;? Exportez votre travail sur une clé USB, apportez-la à un PC connecté à Internet, puis importez ici le même dossier pour récupérer les accusés de réception et les relevés de paie. Le faire deux fois ne change rien.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Export for USB…</source>
        <translation>Exporter pour USB…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>Importer depuis USB…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then choose Connect by USB stick:</source>
        <translation>Tapez le code à usage unique donné par votre superviseur, puis choisissez Se connecter par clé USB&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit finished work from the home screen (Ctrl+Shift+S); it is then sent from here.</source>
        <translation>Rien n&apos;a encore été remis. Remettez le travail terminé depuis l&apos;écran d&apos;accueil (Ctrl+Maj+S)&#xa0;; il est ensuite envoyé d&apos;ici.</translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet.</source>
        <translation>L&apos;envoi n&apos;est pas encore configuré pour ce profil.</translation>
    </message>
</context>
<context>
    <name>TextClassificationView</name>
    <message>
        <source>Scroll the text</source>
        <translation>Faire défiler le texte</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Texte à classer</translation>
    </message>
    <message>
        <source>Loading the text…</source>
        <translation>Chargement du texte…</translation>
    </message>
    <message>
        <source>This text could not be read from the disk.</source>
        <translation>Ce texte n&apos;a pas pu être lu sur le disque.</translation>
    </message>
    <message>
        <source>Loading the text… %1 %</source>
        <translation>Chargement du texte… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Choose a label with its number key: the number is written on each button. Press it again to take it away.</source>
        <translation>Choisissez une étiquette avec sa touche numérique&#xa0;: le numéro est écrit sur chaque bouton. Appuyez de nouveau pour la retirer.</translation>
    </message>
    <message>
        <source>This is the text to classify. The ↑ and ↓ keys scroll it.</source>
        <translation>Voici le texte à classer. Les touches ↑ et ↓ le font défiler.</translation>
    </message>
    <message>
        <source>The picture. + and − zoom, 0 fits it to the screen, the arrow keys move it. With the mouse: drag it, or zoom with Ctrl and the wheel.</source>
        <translation>L&apos;image. + et − agrandissent ou réduisent, 0 l&apos;ajuste à l&apos;écran, les flèches la déplacent. À la souris&#xa0;: faites-la glisser, ou zoomez avec Ctrl et la molette.</translation>
    </message>
    <message>
        <source>These buttons zoom too, and show the zoom level.</source>
        <translation>Ces boutons agrandissent aussi, et affichent le niveau de zoom.</translation>
    </message>
    <message>
        <source>Ctrl+Space plays or pauses the clip (Space too, when you are not typing).</source>
        <translation>Ctrl+Espace lance ou met en pause l&apos;extrait (Espace aussi, quand vous ne tapez pas).</translation>
    </message>
    <message>
        <source>Ctrl+← and Ctrl+→ jump back or forward a few seconds.</source>
        <translation>Ctrl+← et Ctrl+→ reculent ou avancent de quelques secondes.</translation>
    </message>
    <message>
        <source>Ctrl+↓ and Ctrl+↑ make the clip slower or faster; voices keep their pitch.</source>
        <translation>Ctrl+↓ et Ctrl+↑ ralentissent ou accélèrent l&apos;extrait&#xa0;; les voix gardent leur hauteur.</translation>
    </message>
    <message>
        <source>After each pause, playing starts again a little earlier so that no word is missed. Choose how much here.</source>
        <translation>Après chaque pause, la lecture reprend un peu plus tôt pour qu&apos;aucun mot ne soit manqué. Choisissez ici de combien.</translation>
    </message>
    <message>
        <source>Ctrl+T writes the current time of the clip into the transcript.</source>
        <translation>Ctrl+T écrit le temps actuel de l&apos;extrait dans la transcription.</translation>
    </message>
    <message>
        <source>Type what you hear here. Enter still means done; Shift+Enter starts a new line.</source>
        <translation>Tapez ici ce que vous entendez. Entrée veut toujours dire terminé&#xa0;; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Enter: this item is done, go to the next one. Your work is saved by itself after every change.</source>
        <translation>Entrée&#xa0;: cet élément est terminé, passez au suivant. Votre travail est enregistré tout seul après chaque modification.</translation>
    </message>
    <message>
        <source>Ctrl+K skips an item you cannot or do not want to do. Skipping is never a penalty.</source>
        <translation>Ctrl+K passe un élément que vous ne pouvez pas ou ne voulez pas faire. Passer n&apos;est jamais pénalisé.</translation>
    </message>
    <message>
        <source>Ctrl+F flags an item for the reviewer, with a note, when something is wrong with it.</source>
        <translation>Ctrl+F signale un élément au relecteur, avec une note, quand quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes your last change; Ctrl+Y redoes it.</source>
        <translation>Ctrl+Z annule votre dernière modification&#xa0;; Ctrl+Y la rétablit.</translation>
    </message>
    <message>
        <source>The instructions of the package, and every key of this screen. F1 hides or shows them.</source>
        <translation>Les consignes du paquet, et toutes les touches de cet écran. F1 les masque ou les affiche.</translation>
    </message>
    <message>
        <source>Ctrl+= makes all text bigger, Ctrl+− smaller, and Ctrl+0 brings back the normal size.</source>
        <translation>Ctrl+= agrandit tout le texte, Ctrl+− le réduit, et Ctrl+0 rétablit la taille normale.</translation>
    </message>
    <message>
        <source>This is a practice pack: after Enter you see whether your answer was right, the expected answer and why. Press Enter again to go on.</source>
        <translation>Ceci est un paquet d&apos;entraînement&#xa0;: après Entrée, vous voyez si votre réponse était juste, la réponse attendue et pourquoi. Appuyez de nouveau sur Entrée pour continuer.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: trainer mode shows the expected answers in large type, for teaching a room with a projector.</source>
        <translation>Ctrl+Maj+T&#xa0;: le mode formateur affiche les réponses attendues en grands caractères, pour former une salle avec un projecteur.</translation>
    </message>
    <message>
        <source>Shift+F1 shows this tour again. Esc closes it now.</source>
        <translation>Maj+F1 affiche de nouveau cette visite. Échap la ferme maintenant.</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Hint %1 of %2</source>
        <translation>Conseil %1 sur %2</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>Précédent (←)</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Terminer (Entrée)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close the tour (Esc)</source>
        <translation>Fermer la visite (Échap)</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Trainer mode (Ctrl+Shift+T)</source>
        <translation>Mode formateur (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Expected transcript</source>
        <translation>Transcription attendue</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>This item has no expected answer.</source>
        <translation>Cet élément n&apos;a pas de réponse attendue.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Media unreadable</source>
        <extracomment>the skip reason sent with `skipRequested` (one of marika.core.annotation.SKIP_REASONS)</extracomment>
        <translation>Média illisible</translation>
    </message>
    <message>
        <source>This is not your fault. Skipping an unreadable item is never a penalty.</source>
        <translation>Ce n&apos;est pas votre faute. Passer un élément illisible n&apos;est jamais pénalisé.</translation>
    </message>
    <message>
        <source>Skip this item: media unreadable</source>
        <translation>Passer cet élément&#xa0;: média illisible</translation>
    </message>
</context>
<context>
    <name>WarningCover</name>
    <message>
        <source>This item is hidden</source>
        <translation>Cet élément est masqué</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Avertissement sur le contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>It stays hidden until you choose to see it, and Ctrl+R hides it again. You may skip it without seeing it: skipping is never a penalty, but a skipped item is not paid.</source>
        <translation>Il reste masqué tant que vous ne choisissez pas de le voir, et Ctrl+R le masque à nouveau. Vous pouvez le passer sans le voir&#xa0;: ce n&apos;est jamais une pénalité, mais un élément passé n&apos;est pas rémunéré.</translation>
    </message>
    <message>
        <source>My daily limit and breaks…</source>
        <translation>Ma limite du jour et mes pauses…</translation>
    </message>
    <message>
        <source>Show the item (Ctrl+R)</source>
        <translation>Afficher l&apos;élément (Ctrl+R)</translation>
    </message>
    <message>
        <source>Skip without seeing it (Ctrl+K)</source>
        <translation>Passer sans le voir (Ctrl+K)</translation>
    </message>
</context>
</TS>
