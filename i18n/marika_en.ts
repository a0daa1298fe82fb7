<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../desktop/marika/gui/actions.py" line="+29"/>
        <location line="+5"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is nothing to submit yet: finish or skip some items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location filename="../desktop/marika/gui/supervisor_dialogs.py" line="+134"/>
        <source>Assign the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who should work on this package?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioTranscriptionView</name>
    <message>
        <location filename="../desktop/marika/gui/audio_view.py" line="+262"/>
        <source>Play or pause</source>
        <extracomment>the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the time at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No audio device found: you can still see the waveform and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play / pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back %1 s (Ctrl+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward %1 s (Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop selection (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert time (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New segment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewind on resume (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waveform of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This item has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This recording cannot be played on this computer: you can still see the waveform and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a part of the waveform, or play and press Ctrl+N at the end of a phrase, to start a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Speed: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1. %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../desktop/marika/gui/banner.py" line="+88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakAdvisor</name>
    <message numerus="yes">
        <location filename="../desktop/marika/gui/breaks.py" line="+41"/>
        <source>You have worked for %n minute(s) without a break. Rest your eyes for a few minutes: your work is saved.</source>
        <translation>
            <numerusform>You have worked for %n minute without a break. Rest your eyes for a few minutes: your work is saved.</numerusform>
            <numerusform>You have worked for %n minutes without a break. Rest your eyes for a few minutes: your work is saved.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I take a break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../desktop/marika/gui/card_screen.py" line="+44"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you start, read who this work is for and what it pays. Ask your supervisor or the contact below if anything is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for each finished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice pack, paid: %1 for each finished item. Pass mark: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice pack, not paid. Pass mark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read this, start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../desktop/marika/gui/certificate_dialog.py" line="+138"/>
        <source>Practice certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates and practice attempts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates and practice attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No practice attempt is finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location line="-129"/>
        <source>Passed: certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed in trainer mode: no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”: %2 of practice, paid at the package&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”: %2 of practice (not paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last attempt: %1, not passed; you may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt %1 in progress; the best so far: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attempt finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>a practice pack&apos;s time, then its certificate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/marika/gui/start_screen.py" line="+156"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password only you know: at least 8 characters, or a PIN of at least 6 digits. Your work stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../desktop/marika/gui/commands.py" line="+60"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentWarnings</name>
    <message>
        <location filename="../desktop/marika/core/manifest.py" line="+45"/>
        <source>violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hate speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-harm or suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical or injury images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distressing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other sensitive content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/marika/core/annotation.py" line="+49"/>
        <location line="+4"/>
        <location line="+14"/>
        <source>This answer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The label {label} is not part of this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one label may be chosen for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This transcript is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>A segment of this transcript is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown task kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/core/errors.py" line="+56"/>
        <source>The disk is almost full. Your saved work is safe, but no new work can be saved until some space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This belongs to another profile and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/core/manifest.py" line="+101"/>
        <source>The package&apos;s manifest is not valid: the field {field} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package&apos;s manifest is not valid: the field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The package contains no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package has more than {limit} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The package lists a file no item uses: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This package uses format {version}, which this version of Marika does not know. Please update Marika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This package is for a task kind Marika does not know: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/core/passwords.py" line="+25"/>
        <source>A PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is too common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be the same as the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/gui/actions.py" line="-11"/>
        <source>Submitting is not available in this version of Marika yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/gui/fmt.py" line="+139"/>
        <source>Something went wrong. Your saved work is safe. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/media/errors.py" line="+27"/>
        <source>The media file {name} cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The media file {name} is damaged: it does not match its signed hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media file {name} is too large to be shown on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is not in a media format Marika can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media file {name} is incomplete: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media file {name} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording {name} is {actual} seconds long but should be {expected} seconds: it is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/office_lock.py" line="+15"/>
        <source>Marika is already open on this computer with the same data folder. Close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/packages/archive.py" line="+38"/>
        <source>The package contains a file with an unsafe name: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>The package contains a file Marika does not expect: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The package contains a link ({name}), which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package contains an encrypted file ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package uses a compression Marika does not read ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>The file {name} in the package is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The file {name} in the package is compressed suspiciously well (a &quot;zip bomb&quot;); the package is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The file {name} in the package is damaged (the package may have been cut short while copying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file {name} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a Marika task package, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package contains too many files ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package contains the file {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/packages/build.py" line="+108"/>
        <source>{name} cannot be read as JSON: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} cannot be read as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The item {item} has a duration that is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The media file {name} of item {item} is not in the source folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audio file {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source folder has no package.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package.json must contain one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package.json must not set {field}: the builder writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>items.json must contain a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source folder has neither items.json nor items.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Item number {number} is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/packages/signing.py" line="+31"/>
        <source>The package&apos;s signature file is damaged or not in a known format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The package is not signed. Marika only accepts signed packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package is signed by a publisher this office has not installed (key {fingerprint}). Ask your supervisor to install the publisher&apos;s key if you trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s signature does not match its content: it was changed after it was signed, or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/packages/verify.py" line="+62"/>
        <source>The package&apos;s manifest is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package contains a file its manifest does not list: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} in the package does not have its signed size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} listed in the package is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a Marika task package (it has no manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file {name} in the package does not match its signed hash: it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/profiles.py" line="+120"/>
        <source>This office is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The user name {name} is empty or already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+20"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This profile cannot be recovered with a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This recovery key does not belong to this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/store/annotations.py" line="+32"/>
        <source>This item was already submitted and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/store/migrations/__init__.py" line="+42"/>
        <source>This data folder was written by a newer version of Marika. Please install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/store/outbox.py" line="+140"/>
        <source>A different batch with the same id is already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some of these items were already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This batch is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/supervisor.py" line="+46"/>
        <source>The idle lock time must be a whole number of minutes from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address must start with https:// (or http://) and name a server, for example https://collect.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a server public key. It starts with ed25519-pub:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type a whole number (0 turns this rule off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This language is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Packages can only be assigned to annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/workspace.py" line="+256"/>
        <source>Please choose why you skip this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/client.py" line="+23"/>
        <location filename="../sync/marika_sync/http.py" line="+196"/>
        <location filename="../sync/marika_sync/runner.py" line="+124"/>
        <source>The server gave an answer Marika does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This enrollment code is not valid or has expired. Ask your supervisor for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This enrollment code was already used. Ask your supervisor for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile is already enrolled with other keys on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../sync/marika_sync/tus.py" line="+93"/>
        <source>The server is busy or had a problem. Sending will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not know this profile. Enroll it again with a new code from your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../sync/marika_sync/tus.py" line="-8"/>
        <source>The server already holds a different batch with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/enroll.py" line="+43"/>
        <source>This server&apos;s key is not the one this office expects. Check the server address with your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>The server&apos;s answer to the enrollment is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/errors.py" line="+15"/>
        <source>This batch file is damaged or was changed after it was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A document from the server is damaged or not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server cannot be reached. Your work is kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/http.py" line="+1"/>
        <source>The network sent us to another site (a log-in page?). Connect to the Internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The server sent too many redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server answers too slowly. Sending will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server sent an answer that is far too large; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/runner.py" line="-60"/>
        <source>This profile is not enrolled with a collection server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>A sealed batch on this computer is damaged and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../sync/marika_sync/usb.py" line="+139"/>
        <source>The server did not confirm this batch. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s receipt is not genuine. The batch stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A statement from the server is not genuine and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/sealing.py" line="+229"/>
        <source>This batch was sealed for another results key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/tus.py" line="-56"/>
        <source>The server does not follow the upload protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+8"/>
        <source>The server refused this batch. Ask your supervisor to check that this profile is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused this batch because it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/marika_sync/usb.py" line="+18"/>
        <source>This USB folder does not say which server to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/packages/importer.py" line="+56"/>
        <source>This is version {version} of the package {package}, but version {installed} is already imported. An older version cannot replace a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {version} of the package {package} is already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is not enough free disk space to import this package ({size} MB needed). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The text file {name} in the package is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No publisher keys are installed in this office yet, so no package can be trusted. The supervisor installs them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/practice.py" line="+211"/>
        <source>This practice pack still has {count} item(s) to do before it can be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This package is not a practice pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/sync_session.py" line="+217"/>
        <source>The server address {name} set by the office is not valid. Ask your supervisor to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type the one-time code your supervisor gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Marika could not write to the folder {name}. Check that the USB stick is plugged in and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The folder {name} holds no Marika transfer. Choose the folder you exported to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/gui/demo.py" line="+103"/>
        <source>The demo packages were not found next to Marika, so the demo office has no packages to work on.</source>
        <extracomment>Importer refusals that are not problems here: the office already has the package, or the start was cancelled (the window closed) and the next start carries on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../desktop/marika/gui/practice_feedback.py" line="+110"/>
        <source>Skipped: this item does not count as right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your transcript differs from it in about %1 of the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close enough: only small differences in spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You answered this item in this attempt: it cannot be changed now. Enter goes to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../desktop/marika/gui/dialogs.py" line="+104"/>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should the reviewer look at? (optional; press Enter to flag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../desktop/marika/gui/fmt.py" line="+6"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../desktop/marika/gui/home_screen.py" line="+73"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your work was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earned so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earned so far in all packages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task package is assigned to you yet. Ask your office supervisor to import one and assign it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit finished work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageTagView</name>
    <message>
        <location filename="../desktop/marika/gui/image_view.py" line="+181"/>
        <source>Zoom in</source>
        <extracomment>a sharper decode while zoomed stops here: 3072x2048 is 24 MB as RGB32 decode box when no screen is known (the target PCs&apos; screen) the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;). Optional for the item screen: unconnected, the panel&apos;s button re-emits `mediaUnreadable`, whose banner carries the screen&apos;s own skip action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move around a zoomed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom at the mouse pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose every label that fits: press its number again to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one label with its number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit (0 or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This item has no image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Zoom: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <location filename="../desktop/marika/gui/item_parts.py" line="+123"/>
        <source>This package has no instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Instructions (F1 hides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <location filename="../desktop/marika/gui/item_header.py" line="+33"/>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <location filename="../desktop/marika/gui/item_screen.py" line="+108"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This kind of task cannot be shown in this version of Marika. You may skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Your last change is not saved yet: %1 Marika will try again; your earlier work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose an answer first, or skip this item with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Every item of this package is done or skipped. Submit your work when you are ready (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Your work was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip: media unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../desktop/marika/gui/home_screen.py" line="-181"/>
        <source>Image tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../desktop/marika/gui/start_screen.py" line="+96"/>
        <source>Please choose your profile or type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles on this computer (arrows to choose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/marika/gui/app_window.py" line="+114"/>
        <source>Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided tour of this screen	Shift+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/gui/main.py" line="+67"/>
        <source>Opening the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing the demo packages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAnnotatorDialog</name>
    <message>
        <location filename="../desktop/marika/gui/supervisor_dialogs.py" line="-54"/>
        <source>Add an annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location line="+162"/>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Marika after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../desktop/marika/gui/practice_feedback.py" line="-104"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Trainer mode: the expected answers are shown beside each item. This attempt earns no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your practice result is kept in your profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeResultDialog</name>
    <message>
        <location line="-165"/>
        <source>Practice result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2 right (%3), attempt %4 of “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate saved in your profile: %1 passed “%2” (version %3) on %4. Find it again on the home screen (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trainer mode showed the answers during this attempt, so it earns no certificate. Try again without trainer mode to earn one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate this time. You may try again: your answers are cleared, and this score stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the answers (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <location filename="../desktop/marika/gui/supervisor_dialogs.py" line="-42"/>
        <source>Trusted publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marika imports only packages signed by one of these keys. Add the public key (ed25519-pub:…) of each client or trainer you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <location filename="../desktop/marika/gui/reading_languages.py" line="+63"/>
        <source>I also read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../desktop/marika/gui/dialogs.py" line="+31"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key can reset a forgotten password without losing any work. It is shown only now and is not kept on this computer. Save it on a USB stick or write it down, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../desktop/marika/gui/supervisor_dialogs.py" line="+69"/>
        <source>Please load or paste the office recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the USB stick with the office recovery key and load the file (marika-recovery-key.txt). Let the person type their new password. All their work, pay records and statements are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../desktop/marika/gui/start_screen.py" line="-191"/>
        <source>Please enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome to Marika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no office supervisor yet. The supervisor creates the annotators&apos; profiles and imports task packages. Choose a user name and a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the supervisor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <location filename="../desktop/marika/gui/dialogs.py" line="-87"/>
        <source>Skip this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you skip this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 — It is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — The media cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — The content is disturbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipping is never a penalty: the reason only helps the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <location filename="../desktop/marika/gui/start_screen.py" line="+210"/>
        <source>Marika locked itself after %n minute(s) without use. Your work is saved. Type your password to continue.</source>
        <translation>
            <numerusform>Marika locked itself after %n minute without use. Your work is saved. Type your password to continue.</numerusform>
            <numerusform>Marika locked itself after %n minutes without use. Your work is saved. Type your password to continue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opening your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose your profile or type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting your new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your new password is set. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../desktop/marika/gui/supervisor_screen.py" line="+119"/>
        <source>Office supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 can now log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new password is set. All the work of this profile is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The publisher key was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The publisher key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The office settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a task package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task packages (*.marika)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The package was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package was imported and assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignments are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted publishers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset a password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/marika/gui/sync_screen.py" line="+37"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marika was busy saving your work. Sending will try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached (no Internet, or the network shows a log-in page). Your work is kept and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending was stopped. It will go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n batch(es) delivered. The server confirmed each with a signed receipt.</source>
        <translation>
            <numerusform>%n batch delivered. The server confirmed it with a signed receipt.</numerusform>
            <numerusform>%n batches delivered. The server confirmed each with a signed receipt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+43"/>
        <source>%n new pay statement(s) received.</source>
        <translation>
            <numerusform>%n new pay statement received.</numerusform>
            <numerusform>%n new pay statements received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>The connection broke while sending %n batch(es). Marika will try again.</source>
        <translation>
            <numerusform>The connection broke while sending %n batch. Marika will try again.</numerusform>
            <numerusform>The connection broke while sending %n batches. Marika will try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server was busy and did not take %n batch(es). Marika will try again later.</source>
        <translation>
            <numerusform>The server was busy and did not take %n batch. Marika will try again later.</numerusform>
            <numerusform>The server was busy and did not take %n batches. Marika will try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n batch(es). They stay on this computer; please tell your supervisor.</source>
        <translation>
            <numerusform>The server refused %n batch. It stays on this computer; please tell your supervisor.</numerusform>
            <numerusform>The server refused %n batches. They stay on this computer; please tell your supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to send or receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection request is in the folder. On a PC with Internet, open Marika and import the folder, or run: marika sync push FOLDER. Then import the folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No batch is waiting; the folder was brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) written to the folder. On a connected PC, open Marika and import the folder, or run: marika sync push FOLDER</source>
        <translation>
            <numerusform>%n batch written to the folder. On a connected PC, open Marika and import the folder, or run: marika sync push FOLDER</numerusform>
            <numerusform>%n batches written to the folder. On a connected PC, open Marika and import the folder, or run: marika sync push FOLDER</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n batch(es) confirmed as delivered.</source>
        <translation>
            <numerusform>%n batch confirmed as delivered.</numerusform>
            <numerusform>%n batches confirmed as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) in the folder failed their checks and were ignored.</source>
        <translation>
            <numerusform>%n file in the folder failed its checks and was ignored.</numerusform>
            <numerusform>%n files in the folder failed their checks and were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 sent, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/marika/gui/sync_worker.py" line="+36"/>
        <source>Sending is not set up for this profile yet (Send and receive screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending is paused: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Sending is paused: %n batch waiting.</numerusform>
            <numerusform>Sending is paused: %n batches waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Offline: %n batch waiting.</numerusform>
            <numerusform>Offline: %n batches waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n batch waiting to be sent.</numerusform>
            <numerusform>%n batches waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../desktop/marika/gui/sync_screen.py" line="+14"/>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>%n batch waiting to be sent.</numerusform>
            <numerusform>%n batches waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All your submitted work is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n pay statement(s) kept on this computer, readable offline. The latest is from %1.</source>
        <translation>
            <numerusform>%n pay statement kept on this computer, readable offline. The latest is from %1.</numerusform>
            <numerusform>%n pay statements kept on this computer, readable offline. The latest is from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pay statement yet. Statements come back after the client reviews your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect by USB stick: choose the USB stick or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export for USB: choose the USB stick or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from USB: choose the folder you exported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the office&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the one-time code your supervisor gave you, then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect by USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending your submitted work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection here? Export your work to a USB stick, take it to a PC with Internet, then import the same folder here to get the receipts and pay statements back. Doing it twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextClassificationView</name>
    <message>
        <location filename="../desktop/marika/gui/text_view.py" line="+150"/>
        <source>Scroll the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose every label that fits: press its number again to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one label with its number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Loading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This text could not be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading the text… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../desktop/marika/gui/tour.py" line="+55"/>
        <source>Choose a label with its number key: the number is written on each button. Press it again to take it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the text to classify. The ↑ and ↓ keys scroll it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The picture. + and − zoom, 0 fits it to the screen, the arrow keys move it. With the mouse: drag it, or zoom with Ctrl and the wheel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These buttons zoom too, and show the zoom level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Space plays or pauses the clip (Space too, when you are not typing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+← and Ctrl+→ jump back or forward a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+↓ and Ctrl+↑ make the clip slower or faster; voices keep their pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After each pause, playing starts again a little earlier so that no word is missed. Choose how much here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+T writes the current time of the clip into the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type what you hear here. Enter still means done; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter: this item is done, go to the next one. Your work is saved by itself after every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+K skips an item you cannot or do not want to do. Skipping is never a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+F flags an item for the reviewer, with a note, when something is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Z undoes your last change; Ctrl+Y redoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The instructions of the package, and every key of this screen. F1 hides or shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+= makes all text bigger, Ctrl+− smaller, and Ctrl+0 brings back the normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a practice pack: after Enter you see whether your answer was right, the expected answer and why. Press Enter again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+T: trainer mode shows the expected answers in large type, for teaching a room with a projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift+F1 shows this tour again. Esc closes it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location line="+180"/>
        <source>Hint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <location filename="../desktop/marika/gui/trainer_mode.py" line="+64"/>
        <source>Trainer mode (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item has no expected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <location filename="../desktop/marika/gui/media_widgets.py" line="+59"/>
        <source>Media unreadable</source>
        <extracomment>the skip reason sent with `skipRequested` (one of marika.core.annotation.SKIP_REASONS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not your fault. Skipping an unreadable item is never a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this item: media unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningCover</name>
    <message>
        <location filename="../desktop/marika/gui/item_parts.py" line="+37"/>
        <source>This item is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It stays hidden until you choose to see it. You may skip it without seeing it: skipping is never a penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the item (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip without seeing it (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
