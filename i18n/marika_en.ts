<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to submit yet: finish or skip some items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Submit %n finished item(s)? Submitted items can still be seen but no longer changed.</source>
        <translation>
            <numerusform>Submit %n finished item? Submitted items can still be seen but no longer changed.</numerusform>
            <numerusform>Submit %n finished items? Submitted items can still be seen but no longer changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should work on this package?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioTranscriptionView</name>
    <message>
        <source>Play or pause</source>
        <extracomment>the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the time at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device found: you can still see the waveform and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back %1 s (Ctrl+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1 s (Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop selection (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert time (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind on resume (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer: you can still see the waveform and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a part of the waveform, or play and press Ctrl+N at the end of a phrase, to start a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakAdvisor</name>
    <message numerus="yes">
        <source>You have worked for %n minute(s) without a break. Rest your eyes for a few minutes: your work is saved.</source>
        <translation>
            <numerusform>You have worked for %n minute without a break. Rest your eyes for a few minutes: your work is saved.</numerusform>
            <numerusform>You have worked for %n minutes without a break. Rest your eyes for a few minutes: your work is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>I take a break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start, read who this work is for and what it pays. Ask your supervisor or the contact below if anything is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for each finished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice pack, paid: %1 for each finished item. Pass mark: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice pack, not paid. Pass mark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>None declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this, start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Practice certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed the practice pack “%2” (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3). Pass mark: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1. Attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the worker&apos;s own profile by Marika; it can be printed from this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and practice attempts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and practice attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice attempt is finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Passed: certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed in trainer mode: no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 of practice, paid at the package&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 of practice (not paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: %1, not passed; you may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 in progress; the best so far: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a practice pack&apos;s time, then its certificate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password only you know: at least 8 characters, or a PIN of at least 9 digits. Your work stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentWarnings</name>
    <message>
        <source>violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hate speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-harm or suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical or injury images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distressing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sensitive content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This answer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label {label} is not part of this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one label may be chosen for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transcript is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment of this transcript is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another profile and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has more than {limit} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package lists a file no item uses: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package uses format {version}, which this version of Marika does not know. Please update Marika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is for a task kind Marika does not know: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting is not available in this version of Marika yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is damaged: it does not match its signed hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is too large to be shown on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not in a media format Marika can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is incomplete: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording {name} is {actual} seconds long but should be {expected} seconds: it is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika is already open on this computer with the same data folder. Close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a file with an unsafe name: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a file Marika does not expect: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a link ({name}), which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains an encrypted file ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package uses a compression Marika does not read ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is compressed suspiciously well (a &quot;zip bomb&quot;); the package is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged (the package may have been cut short while copying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Marika task package, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains too many files ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains the file {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as JSON: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} of item {item} is not in the source folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder has no package.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json must contain one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json must not set {field}: the builder writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items.json must contain a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder has neither items.json nor items.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number {number} is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature file is damaged or not in a known format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is not signed. Marika only accepts signed packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by a publisher this office has not installed (key {fingerprint}). Ask your supervisor to install the publisher&apos;s key if you trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its content: it was changed after it was signed, or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains a file its manifest does not list: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package does not have its signed size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} listed in the package is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Marika task package (it has no manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package does not match its signed hash: it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is empty or already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be recovered with a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was already submitted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder was written by a newer version of Marika. Please install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different batch with the same id is already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these items were already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type an hourly wage and its currency, for example 1250 MGA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a server, for example https://collect.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server public key. It starts with ed25519-pub:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a whole number (0 turns this rule off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name can be at most {high} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages can only be assigned to annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose why you skip this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave an answer Marika does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code is not valid or has expired. Ask your supervisor for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask your supervisor for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already enrolled with other keys on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or had a problem. Sending will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this profile. Enroll it again with a new code from your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already holds a different batch with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s key is not the one this office expects. Check the server address with your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch file is damaged or was changed after it was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document from the server is damaged or not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network sent us to another site (a log-in page?). Connect to the Internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent too many redirects.</source>
        <extracomment>An idle kept-alive connection older than this is closed rather than reused: servers and middleboxes drop idle connections, and on a slow link a stale one costs a timeout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers too slowly. Sending will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not enrolled with a collection server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed batch on this computer is damaged and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm this batch. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s receipt is not genuine. The batch stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement from the server is not genuine and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was sealed for another results key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not follow the upload protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this batch. Ask your supervisor to check that this profile is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this batch because it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This USB folder does not say which server to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version {version} of the package {package}, but version {installed} is already imported. An older version cannot replace a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the package {package} is already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to import this package ({size} MB needed). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file {name} in the package is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publisher keys are installed in this office yet, so no package can be trusted. The supervisor installs them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice pack still has {count} item(s) to do before it can be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is not a practice pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {name} set by the office is not valid. Ask your supervisor to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the one-time code your supervisor gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika could not write to the folder {name}. Check that the USB stick is plugged in and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {name} holds no Marika transfer. Choose the folder you exported to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo packages were not found next to Marika, so the demo office has no packages to work on.</source>
        <extracomment>Importer refusals that are not problems here: the office already has the package, or the start was cancelled (the window closed) and the next start carries on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it (delete or move files you no longer need), then try again. Work saved earlier is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is almost full: {free_mb} MB free, and Marika keeps {needed_mb} MB free so that saving can never half-fail. Your saved work is safe. Free some space (delete or move files you no longer need), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported a read or write error. The disk or USB stick may be failing: ask your supervisor to copy the Marika data folder to another disk soon. Work saved earlier is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika may not write in its data folder: the folder or the disk is read-only. Ask your supervisor to make it writable again (or to move the data folder), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (or another copy of Marika) kept the data locked. Close it, then try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika&apos;s data file is damaged. Do not delete anything: close Marika and ask your supervisor to restore the data folder from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no free space left in the folder {name}. Free some space on the USB stick (or use another one), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika may not write in the folder {name}: the USB stick or the folder is read-only (some sticks have a lock switch). Unlock it or choose another folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file {name} is not what its name says: it holds {actual} data. Ask the package&apos;s publisher for a corrected package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is not what the package&apos;s table of contents says (its size or its header differs): it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its compressed data cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s table of contents does not match its content ({claimed} files listed, {found} found): it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains {name} both as a file and as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} separates its columns with semicolons. Marika needs commas: save it again as &quot;CSV (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, on lines {first} and {again}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, by items number {first} and {again}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a publisher&apos;s public key. Paste the whole text of the publisher&apos;s .pub file: one line starting with ed25519-pub:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else (an older copy was put back), so Marika will not use it. Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server settings of your profile on this computer were changed by someone else, so Marika sent nothing. Tell your supervisor: they must check the server address and key, then you can enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work waiting to be sent from your profile on this computer was changed by someone else, so Marika sent nothing. Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported, so Marika did not seal or send any work of it. Tell your supervisor: they must import the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported. Marika will not seal or send any work of it. Import the package again from its signed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this computer no longer trusts, so Marika did not seal or send any work of it. Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this PC no longer trusts: the key was removed from the trusted publishers (or the package was signed again with another key after it was imported). Workers who had not opened it before cannot submit work of it. If you still trust its publisher, install their key again under Trusted publishers; if not, import the package again from its signed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else: what is saved there is not your answer to this item (it was edited, or copied from another item or another profile), so Marika will not use it. Tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request because the date or time of this PC looks wrong. Please check the PC&apos;s date and time, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has not entered its collection server&apos;s key yet, so this profile cannot enrol. Ask your supervisor to enter it (marika-server info shows it on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {date}, which is earlier than work already saved on it. Your work is safe, but ask your supervisor to set the date and time right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short on the way. Sending will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work waiting to be sent from the profile {name} on this computer was changed by someone else. Marika will not send it; ask {name} to log in and check what is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Skipped: this item does not count as right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transcript differs from it in about %1 of the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close enough: only small differences in spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered this item in this attempt: it cannot be changed now. Enter goes to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the reviewer look at? (optional; press Enter to flag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task package is assigned to you yet. Ask your office supervisor to import one and assign it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit finished work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review (your own count, not confirmed yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1 (paid to you: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected by the reviewer: %n item(s)</source>
        <translation>
            <numerusform>Rejected by the reviewer: %n item</numerusform>
            <numerusform>Rejected by the reviewer: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTagView</name>
    <message>
        <source>Zoom in</source>
        <extracomment>a sharper decode while zoomed stops here: 3072x2048 is 24 MB as RGB32 decode box when no screen is known (the target PCs&apos; screen) the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;). Optional for the item screen: unconnected, the panel&apos;s button re-emits `mediaUnreadable`, whose banner carries the screen&apos;s own skip action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move around a zoomed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom at the mouse pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (0 or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>This package has no instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions (F1 hides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of task cannot be shown in this version of Marika. You may skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is hidden because of its content warning. Press Ctrl+R to see it, or Ctrl+K to skip it without seeing it (never a penalty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first, or skip this item with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of this package is done or skipped. Submit your work when you are ready (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: media unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk did not confirm that your last change was saved: %1 Marika will save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change is not saved yet: %1 Marika will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear first, or skip this item with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Image tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelChoiceView</name>
    <message>
        <source>Choose every label that fits: press its number again to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one label with its number key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this computer (arrows to choose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour of this screen	Shift+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo packages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyLine</name>
    <message>
        <source>Practice: not paid</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 per item · today %2</source>
        <translation></translation>
    </message>
    <message>
        <source>(+%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NewAnnotatorDialog</name>
    <message>
        <source>Add an annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Marika after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (on workers&apos; pay records):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference hourly wage (for example 1250 MGA):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>Saved on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid in another batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by a statement yet: this is your own count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid: %1 paid, %2 still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record of this item on this PC cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified; does not follow the statement before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the server key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered before statement %1 was issued, but on no statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements pay another amount than the package&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement names an item that you have not done on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did this item, but the statement says it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped this item, but the statement says it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is missing on this PC. It comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of statement %1 is not the sum of its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 does not follow the statement before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared by the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your own count, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>On the statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayChart</name>
    <message>
        <source>Confirmed by your statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per week, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings per day, in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayExport</name>
    <message>
        <source>no dated work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, not yet paid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review, your own count (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items unreadable on this PC (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on your statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay statement no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Reading your pay records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your pay record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your pay record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika could not write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by your statements: %1 (accepted %2, paid %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for review: %1 for %n item(s). This is your own count; the office has not confirmed it yet.</source>
        <translation>
            <numerusform>Waiting for review: %1 for %n item. This is your own count; the office has not confirmed it yet.</numerusform>
            <numerusform>Waiting for review: %1 for %n items. This is your own count; the office has not confirmed it yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part paid: %n item(s). The payments so far cover only part of them; the rest is still owed.</source>
        <translation>
            <numerusform>Part paid: %n item. The payments so far cover only part of it; the rest is still owed.</numerusform>
            <numerusform>Part paid: %n items. The payments so far cover only part of them; the rest is still owed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), not paid. The reasons are in the list.</source>
        <translation>
            <numerusform>Rejected: %n item, not paid. The reason is in the list.</numerusform>
            <numerusform>Rejected: %n items, not paid. The reasons are in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read on this PC, so they are not in your own count. The list says why.</source>
        <translation>
            <numerusform>%n item could not be read on this PC, so it is not in your own count. The list says why.</numerusform>
            <numerusform>%n items could not be read on this PC, so they are not in your own count. The list says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement has reached this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on your statements: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between your records and the statements: see Differences.</source>
        <translation>
            <numerusform>%n difference between your records and the statements: see Differences.</numerusform>
            <numerusform>%n differences between your records and the statements: see Differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not finished any item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every statement&apos;s signature was checked against the server key %1 of %2, kept since you enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements come from the office&apos;s server after review, with each sync. Each one is signed; the lines of the one chosen are shown below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each difference between what you did on this PC and what the signed statements say. Nothing is hidden or changed: show this list to your office if one is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records and the signed statements agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay divided by the active time counted while you worked (rejected and skipped items took time too), beside the reference wage of the package or your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer mode: the expected answers are shown beside each item. This attempt earns no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice result is kept in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeResultDialog</name>
    <message>
        <source>Practice result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3), attempt %4 of “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved in your profile: %1 passed “%2” (version %3) on %4. Find it again on the home screen (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer mode showed the answers during this attempt, so it earns no certificate. Try again without trainer mode to earn one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate this time. You may try again: your answers are cleared, and this score stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the answers (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protection from harmful content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with content warnings stay hidden until you show them. Past your daily limit they are skipped without being shown, never as a penalty. Only you see these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit of warned items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a break after (minutes on warned items):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n warned item(s) seen.</source>
        <translation>
            <numerusform>Today: %n warned item seen.</numerusform>
            <numerusform>Today: %n warned items seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This package suggests at most %n a day.</source>
        <translation>
            <numerusform>This package suggests at most %n a day.</numerusform>
            <numerusform>This package suggests at most %n a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionGuard</name>
    <message>
        <source>I take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today you have spent %1 on items with content warnings. Take a break away from the screen: your work is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something you saw troubles you, you can talk to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have reached your daily limit of %n item(s) with content warnings. The next ones are skipped without being shown; this is never a penalty.</source>
        <translation>
            <numerusform>You have reached your daily limit of %n item with content warnings. The next ones are skipped without being shown; this is never a penalty.</numerusform>
            <numerusform>You have reached your daily limit of %n items with content warnings. The next ones are skipped without being shown; this is never a penalty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika imports only packages signed by one of these keys. Add the public key (ed25519-pub:…) of each client or trainer you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <source>I also read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can reset a forgotten password without losing any work. It is shown only now and is not kept on this computer. Save it on a USB stick or write it down, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Please load or paste the office recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the USB stick with the office recovery key and load the file (marika-recovery-key.txt). Let the person type their new password. All their work, pay records and statements are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Please enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no office supervisor yet. The supervisor creates the annotators&apos; profiles and imports task packages. Choose a user name and a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the supervisor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you skip this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — It is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — The media cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — The content is disturbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skipped item is not paid: only items you mark done are paid. Skipping is never a penalty: the reason only helps the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <source>Marika locked itself after %n minute(s) without use. Your work is saved. Type your password to continue.</source>
        <translation>
            <numerusform>Marika locked itself after %n minute without use. Your work is saved. Type your password to continue.</numerusform>
            <numerusform>Marika locked itself after %n minutes without use. Your work is saved. Type your password to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>Office supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is set. All the work of this profile is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher key was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a task package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task packages (*.marika)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was imported and assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection from harmful content is on for every annotator: items with content warnings stay hidden until shown, each annotator can set a daily limit, and breaks are suggested. Who uses it stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this publisher key? Packages signed with it can then no longer be imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marika was busy saving your work. Sending will try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (no Internet, or the network shows a log-in page). Your work is kept and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped. It will go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered. The server confirmed each with a signed receipt.</source>
        <translation>
            <numerusform>%n batch delivered. The server confirmed it with a signed receipt.</numerusform>
            <numerusform>%n batches delivered. The server confirmed each with a signed receipt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pay statement(s) received.</source>
        <translation>
            <numerusform>%n new pay statement received.</numerusform>
            <numerusform>%n new pay statements received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection broke while sending %n batch(es). Marika will try again.</source>
        <translation>
            <numerusform>The connection broke while sending %n batch. Marika will try again.</numerusform>
            <numerusform>The connection broke while sending %n batches. Marika will try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was busy and did not take %n batch(es). Marika will try again later.</source>
        <translation>
            <numerusform>The server was busy and did not take %n batch. Marika will try again later.</numerusform>
            <numerusform>The server was busy and did not take %n batches. Marika will try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n batch(es). They stay on this computer; please tell your supervisor.</source>
        <translation>
            <numerusform>The server refused %n batch. It stays on this computer; please tell your supervisor.</numerusform>
            <numerusform>The server refused %n batches. They stay on this computer; please tell your supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send or receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch is waiting; the folder was brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) confirmed as delivered.</source>
        <translation>
            <numerusform>%n batch confirmed as delivered.</numerusform>
            <numerusform>%n batches confirmed as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder failed their checks and were ignored.</source>
        <translation>
            <numerusform>%n file in the folder failed its checks and was ignored.</numerusform>
            <numerusform>%n files in the folder failed their checks and were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet (Send and receive screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Sending is paused: %n batch waiting.</numerusform>
            <numerusform>Sending is paused: %n batches waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>All delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Offline: %n batch waiting.</numerusform>
            <numerusform>Offline: %n batches waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n batch waiting to be sent.</numerusform>
            <numerusform>%n batches waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection request is in the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) written to the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here to get the receipts.</source>
        <translation>
            <numerusform>%n batch(es) written to the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here to get the receipts.</numerusform>
            <numerusform>%n batch(es) written to the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here to get the receipts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pay statements could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n batch waiting to be sent.</numerusform>
            <numerusform>%n batches waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your submitted work is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pay statement(s) kept on this computer, readable offline. The latest is from %1.</source>
        <translation>
            <numerusform>%n pay statement kept on this computer, readable offline. The latest is from %1.</numerusform>
            <numerusform>%n pay statements kept on this computer, readable offline. The latest is from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement yet. Statements come back after the client reviews your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by USB stick: choose the USB stick or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for USB: choose the USB stick or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from USB: choose the folder you exported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them in My pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your submitted work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection here? Export your work to a USB stick, take it to a PC with Internet, then import the same folder here to get the receipts and pay statements back. Doing it twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then choose Connect by USB stick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit finished work from the home screen (Ctrl+Shift+S); it is then sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextClassificationView</name>
    <message>
        <source>Scroll the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text could not be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the text… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Choose a label with its number key: the number is written on each button. Press it again to take it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the text to classify. The ↑ and ↓ keys scroll it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture. + and − zoom, 0 fits it to the screen, the arrow keys move it. With the mouse: drag it, or zoom with Ctrl and the wheel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These buttons zoom too, and show the zoom level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space plays or pauses the clip (Space too, when you are not typing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+← and Ctrl+→ jump back or forward a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↓ and Ctrl+↑ make the clip slower or faster; voices keep their pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each pause, playing starts again a little earlier so that no word is missed. Choose how much here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T writes the current time of the clip into the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear here. Enter still means done; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: this item is done, go to the next one. Your work is saved by itself after every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K skips an item you cannot or do not want to do. Skipping is never a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F flags an item for the reviewer, with a note, when something is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes your last change; Ctrl+Y redoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions of the package, and every key of this screen. F1 hides or shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+= makes all text bigger, Ctrl+− smaller, and Ctrl+0 brings back the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a practice pack: after Enter you see whether your answer was right, the expected answer and why. Press Enter again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: trainer mode shows the expected answers in large type, for teaching a room with a projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F1 shows this tour again. Esc closes it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Hint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tour (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Trainer mode (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no expected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Media unreadable</source>
        <extracomment>the skip reason sent with `skipRequested` (one of marika.core.annotation.SKIP_REASONS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your fault. Skipping an unreadable item is never a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this item: media unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningCover</name>
    <message>
        <source>This item is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays hidden until you choose to see it, and Ctrl+R hides it again. You may skip it without seeing it: skipping is never a penalty, but a skipped item is not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My daily limit and breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip without seeing it (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
