<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mg_MG" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Submit</source>
        <translation>Fanolorana ny asa</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: finish or skip some items first.</source>
        <translation>Mbola tsy misy azo atolotra: vitao na dingano aloha ny singa sasany.</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n finished item(s)? Submitted items can still be seen but no longer changed.</source>
        <translation>
            <numerusform>Hatolotra ve ny singa vita %n? Mbola hita ny singa voatolotra, saingy tsy azo ovaina intsony.</numerusform>
            <numerusform>Hatolotra ve ny singa vita %n? Mbola hita ny singa voatolotra, saingy tsy azo ovaina intsony.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the package</source>
        <translation>Hanome ilay fonosana</translation>
    </message>
    <message>
        <source>Who should work on this package?</source>
        <translation>Iza no hiasa amin&apos;ity fonosana ity?</translation>
    </message>
</context>
<context>
    <name>AudioTranscriptionView</name>
    <message>
        <source>Play or pause</source>
        <extracomment>the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;)</extracomment>
        <translation>Alefaso na ajanony kely</translation>
    </message>
    <message>
        <source>Back %1 seconds</source>
        <translation>Miverina %1 segondra</translation>
    </message>
    <message>
        <source>Forward %1 seconds</source>
        <translation>Mandroso %1 segondra</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Miadana kokoa / haingana kokoa</translation>
    </message>
    <message>
        <source>Loop the selected part</source>
        <translation>Averimberina ilay faritra voafantina</translation>
    </message>
    <message>
        <source>Insert the time at the cursor</source>
        <translation>Ampidiro eo amin&apos;ny tondro ny fotoana</translation>
    </message>
    <message>
        <source>New line in the transcript</source>
        <translation>Andalana vaovao ao amin&apos;ny dika an-tsoratra</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Ampahany vaovao</translation>
    </message>
    <message>
        <source>No audio device found: you can still see the waveform and type.</source>
        <translation>Tsy nahitana fitaovana mamoaka feo: afaka mijery ny sarin&apos;ny onjam-peo sy manoratra ihany ianao.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Mamaky ny firaketam-peo…</translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+Space)</source>
        <translation>Alefaso / ajanony kely (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Back %1 s (Ctrl+←)</source>
        <translation>Miverina %1 s (Ctrl+←)</translation>
    </message>
    <message>
        <source>Forward %1 s (Ctrl+→)</source>
        <translation>Mandroso %1 s (Ctrl+→)</translation>
    </message>
    <message>
        <source>Slower (Ctrl+↓)</source>
        <translation>Miadana kokoa (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Faster (Ctrl+↑)</source>
        <translation>Haingana kokoa (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Loop selection (Ctrl+L)</source>
        <translation>Averimberina ny voafantina (Ctrl+L)</translation>
    </message>
    <message>
        <source>Insert time (Ctrl+T)</source>
        <translation>Ampidiro ny fotoana (Ctrl+T)</translation>
    </message>
    <message>
        <source>New segment (Ctrl+N)</source>
        <translation>Ampahany vaovao (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Fafao ilay ampahany</translation>
    </message>
    <message>
        <source>Rewind on resume (seconds):</source>
        <translation>Miverina kely rehefa manohy (segondra):</translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation>Sarin&apos;ny onjam-peon&apos;ilay firaketana</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Dika an-tsoratra</translation>
    </message>
    <message>
        <source>This item has no recording.</source>
        <translation>Tsy misy firaketam-peo ity singa ity.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer: you can still see the waveform and type.</source>
        <translation>Tsy azo alefa amin&apos;ity solosaina ity ity firaketam-peo ity: afaka mijery ny sarin&apos;ny onjam-peo sy manoratra ihany ianao.</translation>
    </message>
    <message>
        <source>Select a part of the waveform, or play and press Ctrl+N at the end of a phrase, to start a segment.</source>
        <translation>Mba hanombohana ampahany, fidio ny faritra iray amin&apos;ny sarin&apos;ny onjam-peo, na alefaso ny feo ary tsindrio Ctrl+N rehefa tapitra ny fehezanteny iray.</translation>
    </message>
    <message>
        <source>Type what you hear.</source>
        <translation>Soraty izay henonao.</translation>
    </message>
    <message>
        <source>Speed: %1×</source>
        <translation>Hafainganana: %1×</translation>
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
        <translation>Akatony</translation>
    </message>
</context>
<context>
    <name>BreakAdvisor</name>
    <message numerus="yes">
        <source>You have worked for %n minute(s) without a break. Rest your eyes for a few minutes: your work is saved.</source>
        <translation>
            <numerusform>Efa niasa nandritra ny %n minitra tsy nisy fiatoana ianao. Avelao hiala sasatra kely ny masonao mandritra ny minitra vitsivitsy: voatahiry ny asanao.</numerusform>
            <numerusform>Efa niasa nandritra ny %n minitra tsy nisy fiatoana ianao. Avelao hiala sasatra kely ny masonao mandritra ny minitra vitsivitsy: voatahiry ny asanao.</numerusform>
        </translation>
    </message>
    <message>
        <source>I take a break</source>
        <translation>Hiala sasatra aho</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>About this package</source>
        <translation>Mombamomba ity fonosana ity</translation>
    </message>
    <message>
        <source>Before you start, read who this work is for and what it pays. Ask your supervisor or the contact below if anything is unclear.</source>
        <translation>Alohan&apos;ny hanombohana, vakio hoe ho an&apos;iza ity asa ity ary ohatrinona ny karamany. Raha misy tsy mazava, anontanio ny mpanara-maso anao na ilay olona azo ifandraisana eto ambany.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mpanjifa</translation>
    </message>
    <message>
        <source>Purpose of the data</source>
        <translation>Tanjon&apos;ny angona</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Fifandraisana</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Mpandinika</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Karama</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Asa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Content warnings</source>
        <translation>Fampitandremana momba ny votoaty</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tsy voalaza</translation>
    </message>
    <message>
        <source>%1 for each finished item</source>
        <translation>%1 isaky ny singa vita</translation>
    </message>
    <message>
        <source>Practice pack, paid: %1 for each finished item. Pass mark: %2.</source>
        <translation>Fonosana fanazaran-tena, misy karama: %1 isaky ny singa vita. Naoty ilaina: %2.</translation>
    </message>
    <message>
        <source>Practice pack, not paid. Pass mark: %1.</source>
        <translation>Fonosana fanazaran-tena, tsy misy karama. Naoty ilaina: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>singa %n</numerusform>
            <numerusform>singa %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None declared</source>
        <translation>Tsy misy voalaza</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tohizana</translation>
    </message>
    <message>
        <source>I have read this, start</source>
        <translation>Novakiako, atombohy</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hiverina</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Practice certificate</source>
        <translation>Taratasy fanamarinana fanazaran-tena</translation>
    </message>
    <message>
        <source>%1 passed the practice pack “%2” (version %3).</source>
        <translation>Nahomby tamin&apos;ny fonosana fanazaran-tena “%2” (dika %3) i %1.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3). Pass mark: %4.</source>
        <translation>Isa: %1 marina amin&apos;ny %2 (%3). Naoty ilaina: %4.</translation>
    </message>
    <message>
        <source>Date: %1. Attempt %2.</source>
        <translation>Daty: %1. Andrana %2.</translation>
    </message>
    <message>
        <source>Kept in the worker&apos;s own profile by Marika; it can be printed from this PDF file.</source>
        <translation>Tehirizin&apos;ny Marika ao amin&apos;ny kaontin&apos;ilay olona ihany; azo atonta ity rakitra PDF ity.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Tehirizo ny taratasy fanamarinana</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Rakitra PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Voatahiry ao amin&apos;ny %1</translation>
    </message>
    <message>
        <source>Practice certificates</source>
        <translation>Taratasy fanamarinana fanazaran-tena</translation>
    </message>
    <message>
        <source>Certificates and practice attempts of %1</source>
        <translation>Taratasy fanamarinana sy andrana fanazaran-tena an&apos;i %1</translation>
    </message>
    <message>
        <source>Certificates and practice attempts</source>
        <translation>Taratasy fanamarinana sy andrana fanazaran-tena</translation>
    </message>
    <message>
        <source>No practice attempt is finished yet.</source>
        <translation>Mbola tsy misy andrana fanazaran-tena vita.</translation>
    </message>
    <message>
        <source>Practice pack</source>
        <translation>Fonosana fanazaran-tena</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Andrana</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Naoty ilaina</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Vokatra</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (dika %2)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 amin&apos;ny %2 (%3)</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Tehirizo ho PDF hatonta…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Akatony (Esc)</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Passed: certificate</source>
        <translation>Afaka: misy taratasy fanamarinana</translation>
    </message>
    <message>
        <source>Passed in trainer mode: no certificate</source>
        <translation>Afaka tamin&apos;ny fomban&apos;ny mpampiofana: tsy misy taratasy fanamarinana</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tsy afaka</translation>
    </message>
    <message>
        <source>“%1”: %2 of practice, paid at the package&apos;s rate.</source>
        <translation>“%1”: fanazaran-tena %2, voaloa araka ny karaman&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>“%1”: %2 of practice (not paid).</source>
        <translation>“%1”: fanazaran-tena %2 (tsy misy karama).</translation>
    </message>
    <message>
        <source>Certificate: %1 on %2.</source>
        <translation>Taratasy fanamarinana: %1 ny %2.</translation>
    </message>
    <message>
        <source>Last attempt: %1, not passed; you may try again.</source>
        <translation>Andrana farany: %1, tsy afaka; afaka manandrana indray ianao.</translation>
    </message>
    <message>
        <source>Attempt %1 in progress; the best so far: %2.</source>
        <translation>Andrana faha-%1 mbola mandeha; ny naoty tsara indrindra hatreto: %2.</translation>
    </message>
    <message>
        <source>No attempt finished yet.</source>
        <translation>Mbola tsy misy andrana vita.</translation>
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
        <translation>Tsy mitovy ireo tenimiafina roa.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Soraty azafady ny tenimiafinao.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Hanova ny tenimiafiko</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Tenimiafina ankehitriny:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Tenimiafina vaovao:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Avereno ny tenimiafina vaovao:</translation>
    </message>
    <message>
        <source>Choose a password only you know: at least 8 characters, or a PIN of at least 9 digits. Your work stays as it is.</source>
        <translation>Misafidiana tenimiafina ianao irery ihany no mahalala: mari-tsoratra 8 farafahakeliny, na kaody PIN misy tarehimarika 9 farafahakeliny. Tsy miova ny asanao.</translation>
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
        <translation>herisetra</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>votoaty ara-pananahana</translation>
    </message>
    <message>
        <source>hate speech</source>
        <translation>teny fankahalana</translation>
    </message>
    <message>
        <source>self-harm or suicide</source>
        <translation>fandratrana tena na famonoan-tena</translation>
    </message>
    <message>
        <source>medical or injury images</source>
        <translation>sary ara-pitsaboana na ratra</translation>
    </message>
    <message>
        <source>distressing content</source>
        <translation>votoaty mampahory</translation>
    </message>
    <message>
        <source>other sensitive content</source>
        <translation>votoaty saro-pady hafa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This answer is not valid.</source>
        <translation>Tsy mety ity valiny ity.</translation>
    </message>
    <message>
        <source>The label {label} is not part of this package.</source>
        <translation>Tsy anisan&apos;ity fonosana ity ny marika {label}.</translation>
    </message>
    <message>
        <source>Only one label may be chosen for this task.</source>
        <translation>Marika iray monja no azo fidiana amin&apos;ity asa ity.</translation>
    </message>
    <message>
        <source>This transcript is too long.</source>
        <translation>Lava loatra ity dika an-tsoratra ity.</translation>
    </message>
    <message>
        <source>A segment of this transcript is not valid.</source>
        <translation>Misy ampahany tsy mety amin&apos;ity dika an-tsoratra ity.</translation>
    </message>
    <message>
        <source>Unknown task kind {kind}.</source>
        <translation>Karazana asa tsy fantatra: {kind}.</translation>
    </message>
    <message>
        <source>This belongs to another profile and cannot be opened.</source>
        <translation>An&apos;ny kaonty hafa ity ka tsy azo sokafana.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is wrong.</source>
        <translation>Tsy mety ny lisitry ny votoatin&apos;ilay fonosana: diso ny saha {field}.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: the field {field} is missing.</source>
        <translation>Tsy mety ny lisitry ny votoatin&apos;ilay fonosana: tsy misy ny saha {field}.</translation>
    </message>
    <message>
        <source>The package contains no items.</source>
        <translation>Tsy misy singa ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package has more than {limit} items.</source>
        <translation>Mihoatra ny {limit} ny singa ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package lists a file no item uses: {name}.</source>
        <translation>Misy rakitra voatanisa ao amin&apos;ilay fonosana nefa tsy ampiasain&apos;ny singa: {name}.</translation>
    </message>
    <message>
        <source>This package uses format {version}, which this version of Marika does not know. Please update Marika.</source>
        <translation>Mampiasa ny endrika {version} ity fonosana ity, izay tsy fantatr&apos;ity dikan&apos;ny Marika ity. Havaozy azafady ny Marika.</translation>
    </message>
    <message>
        <source>This package is for a task kind Marika does not know: {kind}.</source>
        <translation>Ho an&apos;ny karazana asa tsy fantatry ny Marika ity fonosana ity: {kind}.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits.</source>
        <translation>Mora vinavinaina loatra ity kaody PIN ity: aza mampiasa tarehimarika miverimberina na mifanesy.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Tsy maintsy misy mari-tsoratra 8 farafahakeliny ny tenimiafina.</translation>
    </message>
    <message>
        <source>This password is too common.</source>
        <translation>Be mpampiasa loatra ity tenimiafina ity.</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>Tsy azo atao mitovy amin&apos;ny anarana mpampiasa ny tenimiafina.</translation>
    </message>
    <message>
        <source>Submitting is not available in this version of Marika yet.</source>
        <translation>Mbola tsy azo atao amin&apos;ity dikan&apos;ny Marika ity ny fanolorana asa.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. Details are in the log file.</source>
        <translation>Nisy olana nitranga. Tsy very ny asa efa voatahiry. Ao amin&apos;ny rakitra firaketana (log) ny antsipiriany.</translation>
    </message>
    <message>
        <source>The media file {name} cannot be found.</source>
        <translation>Tsy hita ny rakitra media {name}.</translation>
    </message>
    <message>
        <source>The media file {name} is empty.</source>
        <translation>Foana ny rakitra media {name}.</translation>
    </message>
    <message>
        <source>The media file {name} is damaged: it does not match its signed hash.</source>
        <translation>Simba ny rakitra media {name}: tsy mifanaraka amin&apos;ny dian-tanana voasonia azy.</translation>
    </message>
    <message>
        <source>The media file {name} is too large to be shown on this computer.</source>
        <translation>Lehibe loatra ny rakitra media {name} ka tsy azo aseho amin&apos;ity solosaina ity.</translation>
    </message>
    <message>
        <source>The file {name} is not in a media format Marika can read.</source>
        <translation>Tsy amin&apos;ny endrika media azon&apos;ny Marika vakiana ny rakitra {name}.</translation>
    </message>
    <message>
        <source>The media file {name} is incomplete: it was cut short.</source>
        <translation>Tsy feno ny rakitra media {name}: tapaka alohan&apos;ny farany izy.</translation>
    </message>
    <message>
        <source>The media file {name} is damaged and cannot be read.</source>
        <translation>Simba ny rakitra media {name} ka tsy azo vakiana.</translation>
    </message>
    <message>
        <source>The recording {name} is {actual} seconds long but should be {expected} seconds: it is incomplete or damaged.</source>
        <translation>{actual} segondra ny halavan&apos;ny firaketam-peo {name} nefa tokony ho {expected} segondra: tsy feno na simba izy.</translation>
    </message>
    <message>
        <source>Marika is already open on this computer with the same data folder. Close the other window first.</source>
        <translation>Efa misokatra amin&apos;ity solosaina ity ny Marika miaraka amin&apos;io lahatahiry angona io ihany. Akatony aloha ilay varavarankely iray.</translation>
    </message>
    <message>
        <source>The package contains a file with an unsafe name: {name}.</source>
        <translation>Misy rakitra manana anarana mampidi-doza ao anatin&apos;ilay fonosana: {name}.</translation>
    </message>
    <message>
        <source>The package contains a file Marika does not expect: {name}.</source>
        <translation>Misy rakitra tsy andrasan&apos;ny Marika ao anatin&apos;ilay fonosana: {name}.</translation>
    </message>
    <message>
        <source>The package contains a link ({name}), which is not allowed.</source>
        <translation>Misy rohy ({name}) ao anatin&apos;ilay fonosana, ary tsy avela izany.</translation>
    </message>
    <message>
        <source>The package contains an encrypted file ({name}).</source>
        <translation>Misy rakitra voahidy amin&apos;ny kaody miafina ({name}) ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package uses a compression Marika does not read ({name}).</source>
        <translation>Mampiasa fomba fanerena (compression) tsy vakin&apos;ny Marika ilay fonosana ({name}).</translation>
    </message>
    <message>
        <source>The file {name} in the package is too large.</source>
        <translation>Lehibe loatra ny rakitra {name} ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The file {name} in the package is compressed suspiciously well (a &quot;zip bomb&quot;); the package is refused.</source>
        <translation>Voatery tsara loatra ka mampiahiahy ny rakitra {name} ao anatin&apos;ilay fonosana (&quot;baomba zip&quot;); nolavina ilay fonosana.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged (the package may have been cut short while copying).</source>
        <translation>Simba ny rakitra {name} ao anatin&apos;ilay fonosana (mety ho tapaka nandritra ny fandikana ilay fonosana).</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Nofoanana ny fampidirana. Tsy nisy niova.</translation>
    </message>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Tsy hita ny rakitra {name}.</translation>
    </message>
    <message>
        <source>{name} is not a Marika task package, or it is damaged.</source>
        <translation>Tsy fonosana asa Marika ny {name}, na simba izy.</translation>
    </message>
    <message>
        <source>The package contains too many files ({count}).</source>
        <translation>Be loatra ny rakitra ao anatin&apos;ilay fonosana ({count}).</translation>
    </message>
    <message>
        <source>The package contains the file {name} twice.</source>
        <translation>Indroa ny rakitra {name} ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package is too large to import.</source>
        <translation>Lehibe loatra ilay fonosana ka tsy azo ampidirina.</translation>
    </message>
    <message>
        <source>{name} cannot be read as JSON: {detail}</source>
        <translation>Tsy azo vakiana ho JSON ny {name}: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be read as UTF-8 text.</source>
        <translation>Tsy azo vakiana ho lahatsoratra UTF-8 ny {name}.</translation>
    </message>
    <message>
        <source>The media file {name} of item {item} is not in the source folder.</source>
        <translation>Tsy ao amin&apos;ny lahatahiry loharano ny rakitra media {name} an&apos;ny singa {item}.</translation>
    </message>
    <message>
        <source>The audio file {name} cannot be read.</source>
        <translation>Tsy azo vakiana ny rakitra feo {name}.</translation>
    </message>
    <message>
        <source>The source folder has no package.json.</source>
        <translation>Tsy misy package.json ao amin&apos;ny lahatahiry loharano.</translation>
    </message>
    <message>
        <source>package.json must contain one JSON object.</source>
        <translation>Tsy maintsy misy object JSON iray ao amin&apos;ny package.json.</translation>
    </message>
    <message>
        <source>package.json must not set {field}: the builder writes it.</source>
        <translation>Tsy tokony hametraka {field} ny package.json: ny fitaovana mpanamboatra no manoratra azy.</translation>
    </message>
    <message>
        <source>items.json must contain a list of items.</source>
        <translation>Tsy maintsy misy lisitry ny singa ao amin&apos;ny items.json.</translation>
    </message>
    <message>
        <source>The source folder has neither items.json nor items.csv.</source>
        <translation>Tsy misy items.json na items.csv ao amin&apos;ny lahatahiry loharano.</translation>
    </message>
    <message>
        <source>Item number {number} is not an object.</source>
        <translation>Tsy object JSON ny singa laharana {number}.</translation>
    </message>
    <message>
        <source>The package&apos;s signature file is damaged or not in a known format.</source>
        <translation>Simba na amin&apos;ny endrika tsy fantatra ny rakitra sonian&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package is not signed. Marika only accepts signed packages.</source>
        <translation>Tsy misy sonia ilay fonosana. Fonosana misy sonia ihany no eken&apos;ny Marika.</translation>
    </message>
    <message>
        <source>The package is signed by a publisher this office has not installed (key {fingerprint}). Ask your supervisor to install the publisher&apos;s key if you trust them.</source>
        <translation>Nosoniavin&apos;ny mpamoaka tsy mbola napetraky ity birao ity ilay fonosana (fanalahidy {fingerprint}). Raha matoky azy ianao, angataho ny mpanara-maso anao hametraka ny fanalahidin&apos;ilay mpamoaka.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its content: it was changed after it was signed, or damaged.</source>
        <translation>Tsy mifanaraka amin&apos;ny votoatiny ny sonian&apos;ilay fonosana: novaina taorian&apos;ny nanaovana sonia izy, na simba.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not readable.</source>
        <translation>Tsy azo vakiana ny lisitry ny votoatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The package contains a file its manifest does not list: {name}.</source>
        <translation>Misy rakitra tsy voatanisa ao amin&apos;ny lisitry ny votoatiny ao anatin&apos;ilay fonosana: {name}.</translation>
    </message>
    <message>
        <source>The file {name} in the package does not have its signed size.</source>
        <translation>Tsy mitovy amin&apos;ny habe voasonia ny haben&apos;ny rakitra {name} ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>The file {name} listed in the package is missing.</source>
        <translation>Tsy hita ny rakitra {name} voatanisa ao amin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>{name} is not a Marika task package (it has no manifest).</source>
        <translation>Tsy fonosana asa Marika ny {name} (tsy misy lisitry ny votoatiny).</translation>
    </message>
    <message>
        <source>The file {name} in the package does not match its signed hash: it was changed or damaged.</source>
        <translation>Tsy mifanaraka amin&apos;ny dian-tanana voasonia azy ny rakitra {name} ao anatin&apos;ilay fonosana: novaina na simba izy.</translation>
    </message>
    <message>
        <source>This office is already set up.</source>
        <translation>Efa voalamina ity birao ity.</translation>
    </message>
    <message>
        <source>The user name {name} is empty or already taken.</source>
        <translation>Foana na efa nampiasain&apos;olon-kafa ny anarana mpampiasa {name}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Diso ny anarana mpampiasa na ny tenimiafina.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Be loatra ny andrana tsy nahomby. Andramo indray afaka {seconds} segondra.</translation>
    </message>
    <message>
        <source>This profile cannot be recovered with a recovery key.</source>
        <translation>Tsy azo averina amin&apos;ny fanalahidy famerenana ity kaonty ity.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this office.</source>
        <translation>Tsy an&apos;ity birao ity io fanalahidy famerenana io.</translation>
    </message>
    <message>
        <source>This item was already submitted and can no longer be changed.</source>
        <translation>Efa natolotra ity singa ity ka tsy azo ovaina intsony.</translation>
    </message>
    <message>
        <source>This data folder was written by a newer version of Marika. Please install the newer version to open it.</source>
        <translation>Dikan&apos;ny Marika vaovao kokoa no nanoratra ity lahatahiry angona ity. Apetraho azafady ilay dika vaovao kokoa vao hanokatra azy.</translation>
    </message>
    <message>
        <source>A different batch with the same id is already waiting.</source>
        <translation>Efa misy andiany hafa mitondra io laharana (id) io ihany miandry.</translation>
    </message>
    <message>
        <source>Some of these items were already submitted.</source>
        <translation>Efa natolotra ny sasany amin&apos;ireo singa ireo.</translation>
    </message>
    <message>
        <source>This batch is not in the outbox.</source>
        <translation>Tsy ao amin&apos;ny boaty fandefasana ity andiany ity.</translation>
    </message>
    <message>
        <source>Please type an hourly wage and its currency, for example 1250 MGA.</source>
        <translation>Soraty azafady ny karama isan&apos;ora sy ny volany, ohatra 1250 MGA.</translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from {low} to {high}.</source>
        <translation>Tsy maintsy isa feno eo anelanelan&apos;ny {low} sy {high} minitra ny fotoana alohan&apos;ny hihidian&apos;ny Marika.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a server, for example https://collect.example.org.</source>
        <translation>Tsy maintsy manomboka amin&apos;ny https:// (na http://) ary milaza anaran&apos;ny mpizara ny adiresin&apos;ny mpizara, ohatra https://collect.example.org.</translation>
    </message>
    <message>
        <source>This is not a server public key. It starts with ed25519-pub:.</source>
        <translation>Tsy fanalahidy ampahibemason&apos;ny mpizara ity. Manomboka amin&apos;ny ed25519-pub: izany.</translation>
    </message>
    <message>
        <source>Please type a whole number (0 turns this rule off).</source>
        <translation>Soraty azafady isa feno iray (0 no manajanona ity fitsipika ity).</translation>
    </message>
    <message>
        <source>The office name can be at most {high} characters long.</source>
        <translation>Tsy mihoatra ny mari-tsoratra {high} ny anaran&apos;ny birao.</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>Tsy misy io fiteny io.</translation>
    </message>
    <message>
        <source>Packages can only be assigned to annotators.</source>
        <translation>Ny mpanamarika ihany no azo omena fonosana.</translation>
    </message>
    <message>
        <source>Please choose why you skip this item.</source>
        <translation>Safidio azafady ny antony handinganao ity singa ity.</translation>
    </message>
    <message>
        <source>The server gave an answer Marika does not understand.</source>
        <translation>Nanome valiny tsy azon&apos;ny Marika ny mpizara.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid or has expired. Ask your supervisor for a new one.</source>
        <translation>Tsy mety na efa lany daty ity kaody fisoratana anarana ity. Angataho amin&apos;ny mpanara-maso anao ny vaovao.</translation>
    </message>
    <message>
        <source>This enrollment code was already used. Ask your supervisor for a new one.</source>
        <translation>Efa nampiasaina ity kaody fisoratana anarana ity. Angataho amin&apos;ny mpanara-maso anao ny vaovao.</translation>
    </message>
    <message>
        <source>This profile is already enrolled with other keys on the server.</source>
        <translation>Efa voasoratra amin&apos;ny fanalahidy hafa ao amin&apos;ny mpizara ity kaonty ity.</translation>
    </message>
    <message>
        <source>The server is busy or had a problem. Sending will be retried later.</source>
        <translation>Be asa na nisy olana ny mpizara. Hoezahina indray any aoriana ny fandefasana.</translation>
    </message>
    <message>
        <source>The server does not know this profile. Enroll it again with a new code from your supervisor.</source>
        <translation>Tsy fantatry ny mpizara ity kaonty ity. Soraty anarana indray izy amin&apos;ny kaody vaovao omen&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The server already holds a different batch with this id.</source>
        <translation>Efa manana andiany hafa mitondra io laharana (id) io ny mpizara.</translation>
    </message>
    <message>
        <source>This server&apos;s key is not the one this office expects. Check the server address with your supervisor.</source>
        <translation>Tsy ilay andrasan&apos;ity birao ity ny fanalahidin&apos;ity mpizara ity. Hamarino miaraka amin&apos;ny mpanara-maso anao ny adiresin&apos;ny mpizara.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment is not valid.</source>
        <translation>Tsy mety ny valin&apos;ny mpizara momba ny fisoratana anarana.</translation>
    </message>
    <message>
        <source>This batch file is damaged or was changed after it was sealed.</source>
        <translation>Simba na novaina taorian&apos;ny nanisiana tombo-kase azy ity rakitra andiany ity.</translation>
    </message>
    <message>
        <source>A document from the server is damaged or not genuine.</source>
        <translation>Simba na tsy tena izy ny antontan-taratasy iray avy amin&apos;ny mpizara.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and will be sent later.</source>
        <translation>Tsy tratra ny mpizara. Voatahiry ny asanao ary halefa any aoriana.</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>Najanona ny fandefasana.</translation>
    </message>
    <message>
        <source>The network sent us to another site (a log-in page?). Connect to the Internet and try again.</source>
        <translation>Nalefan&apos;ny tambajotra tany amin&apos;ny tranonkala hafa isika (pejy fidirana ve?). Mifandraisa amin&apos;ny Internet ary andramo indray.</translation>
    </message>
    <message>
        <source>The server sent too many redirects.</source>
        <extracomment>An idle kept-alive connection older than this is closed rather than reused: servers and middleboxes drop idle connections, and on a slow link a stale one costs a timeout.</extracomment>
        <translation>Be loatra ny fanodinana lalana nalefan&apos;ny mpizara.</translation>
    </message>
    <message>
        <source>The server answers too slowly. Sending will be retried later.</source>
        <translation>Miadana loatra ny famalian&apos;ny mpizara. Hoezahina indray any aoriana ny fandefasana.</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too large; it was refused.</source>
        <translation>Nandefa valiny lehibe loatra ny mpizara; nolavina izany.</translation>
    </message>
    <message>
        <source>This profile is not enrolled with a collection server yet.</source>
        <translation>Mbola tsy voasoratra amin&apos;ny mpizara mpanangona ity kaonty ity.</translation>
    </message>
    <message>
        <source>A sealed batch on this computer is damaged and cannot be sent.</source>
        <translation>Simba ny andiany iray voaisy tombo-kase amin&apos;ity solosaina ity ka tsy azo alefa.</translation>
    </message>
    <message>
        <source>The server did not confirm this batch. It will be sent again.</source>
        <translation>Tsy nanamafy ity andiany ity ny mpizara. Halefa indray izy.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt is not genuine. The batch stays in the outbox.</source>
        <translation>Tsy tena izy ny rosia avy amin&apos;ny mpizara. Mijanona ao amin&apos;ny boaty fandefasana ilay andiany.</translation>
    </message>
    <message>
        <source>A statement from the server is not genuine and was refused.</source>
        <translation>Tsy tena izy ka nolavina ny tatitra iray avy amin&apos;ny mpizara.</translation>
    </message>
    <message>
        <source>This batch was sealed for another results key.</source>
        <translation>Natao tombo-kase ho an&apos;ny fanalahidy valiny hafa ity andiany ity.</translation>
    </message>
    <message>
        <source>The server does not follow the upload protocol.</source>
        <translation>Tsy manaraka ny fitsipika fandefasana ny mpizara.</translation>
    </message>
    <message>
        <source>The server refused this batch. Ask your supervisor to check that this profile is enrolled.</source>
        <translation>Nolavin&apos;ny mpizara ity andiany ity. Angataho ny mpanara-maso anao hanamarina fa voasoratra ity kaonty ity.</translation>
    </message>
    <message>
        <source>The server refused this batch because it is too large.</source>
        <translation>Nolavin&apos;ny mpizara ity andiany ity satria lehibe loatra izy.</translation>
    </message>
    <message>
        <source>This USB folder does not say which server to use.</source>
        <translation>Tsy milaza izay mpizara hampiasaina ity lahatahiry USB ity.</translation>
    </message>
    <message>
        <source>This is version {version} of the package {package}, but version {installed} is already imported. An older version cannot replace a newer one.</source>
        <translation>Dika {version} an&apos;ny fonosana {package} ity, nefa efa tafiditra ny dika {installed}. Tsy afaka manolo dika vaovao kokoa ny dika taloha.</translation>
    </message>
    <message>
        <source>Version {version} of the package {package} is already imported.</source>
        <translation>Efa tafiditra ny dika {version} an&apos;ny fonosana {package}.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to import this package ({size} MB needed). Nothing was changed.</source>
        <translation>Tsy ampy ny toerana malalaka ao amin&apos;ny kapila hampidirana ity fonosana ity ({size} Mo no ilaina). Tsy nisy niova.</translation>
    </message>
    <message>
        <source>The text file {name} in the package is not UTF-8 text.</source>
        <translation>Tsy lahatsoratra UTF-8 ny rakitra lahatsoratra {name} ao anatin&apos;ilay fonosana.</translation>
    </message>
    <message>
        <source>No publisher keys are installed in this office yet, so no package can be trusted. The supervisor installs them first.</source>
        <translation>Mbola tsy misy fanalahidin&apos;ny mpamoaka napetraka amin&apos;ity birao ity, ka tsy misy fonosana azo itokisana. Ny mpanara-maso no mametraka azy ireo aloha.</translation>
    </message>
    <message>
        <source>This practice pack still has {count} item(s) to do before it can be scored.</source>
        <translation>Mbola misy singa {count} tsy vita amin&apos;ity fonosana fanazaran-tena ity vao afaka omena naoty.</translation>
    </message>
    <message>
        <source>This package is not a practice pack.</source>
        <translation>Tsy fonosana fanazaran-tena ity fonosana ity.</translation>
    </message>
    <message>
        <source>The server address {name} set by the office is not valid. Ask your supervisor to check it.</source>
        <translation>Tsy mety ny adiresin&apos;ny mpizara {name} napetraky ny birao. Angataho ny mpanara-maso anao hanamarina azy.</translation>
    </message>
    <message>
        <source>Please type the one-time code your supervisor gave you.</source>
        <translation>Soraty azafady ny kaody azo ampiasaina indray mandeha nomen&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick.</source>
        <translation>Mbola tsy manana adiresin&apos;ny mpizara ny birao. Angataho ny mpanara-maso anao hametraka izany, na ento amin&apos;ny kapila USB ny asanao.</translation>
    </message>
    <message>
        <source>Marika could not write to the folder {name}. Check that the USB stick is plugged in and not full.</source>
        <translation>Tsy afaka nanoratra tao amin&apos;ny lahatahiry {name} ny Marika. Hamarino fa voapetaka tsara ny kapila USB ary tsy feno.</translation>
    </message>
    <message>
        <source>The folder {name} holds no Marika transfer. Choose the folder you exported to.</source>
        <translation>Tsy misy famindrana Marika ao amin&apos;ny lahatahiry {name}. Fidio ilay lahatahiry nanondranana ny asa.</translation>
    </message>
    <message>
        <source>The demo packages were not found next to Marika, so the demo office has no packages to work on.</source>
        <extracomment>Importer refusals that are not problems here: the office already has the package, or the start was cancelled (the window closed) and the next start carries on.</extracomment>
        <translation>Tsy hita teo akaikin&apos;ny Marika ny fonosana fampisehoana, ka tsy misy fonosana hiasana ao amin&apos;ny birao fampisehoana.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on it (delete or move files you no longer need), then try again. Work saved earlier is safe.</source>
        <translation>Feno ny kapila. Manafaha toerana ao (fafao na afindrao ireo rakitra tsy ilainao intsony), dia andramo indray. Tsy very ny asa efa voatahiry teo aloha.</translation>
    </message>
    <message>
        <source>The disk is almost full: {free_mb} MB free, and Marika keeps {needed_mb} MB free so that saving can never half-fail. Your saved work is safe. Free some space (delete or move files you no longer need), then try again.</source>
        <translation>Efa saika feno ny kapila: {free_mb} Mo no malalaka, ary mitazona {needed_mb} Mo malalaka foana ny Marika mba tsy ho tapaka antsasany mihitsy ny fitahirizana. Tsy very ny asa efa voatahiry. Manafaha toerana (fafao na afindrao ireo rakitra tsy ilainao intsony), dia andramo indray.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. The disk or USB stick may be failing: ask your supervisor to copy the Marika data folder to another disk soon. Work saved earlier is kept.</source>
        <translation>Nilaza fahadisoana teo amin&apos;ny famakiana na fanoratana ny kapila. Mety ho efa simba ny kapila na ny kapila USB: angataho ny mpanara-maso anao handika haingana ny lahatahiry angona Marika ho any amin&apos;ny kapila hafa. Voatahiry ny asa efa voatahiry teo aloha.</translation>
    </message>
    <message>
        <source>Marika may not write in its data folder: the folder or the disk is read-only. Ask your supervisor to make it writable again (or to move the data folder), then try again.</source>
        <translation>Tsy avela hanoratra ao amin&apos;ny lahatahiry angony ny Marika: azo vakiana fotsiny ilay lahatahiry na ny kapila. Angataho ny mpanara-maso anao hamerina azy ho azo soratana (na hamindra ny lahatahiry angona), dia andramo indray.</translation>
    </message>
    <message>
        <source>Another program (or another copy of Marika) kept the data locked. Close it, then try again. Nothing was lost.</source>
        <translation>Nisy fandaharana hafa (na Marika iray hafa) nanidy ny angona. Akatony izy, dia andramo indray. Tsy nisy very.</translation>
    </message>
    <message>
        <source>Marika&apos;s data file is damaged. Do not delete anything: close Marika and ask your supervisor to restore the data folder from a backup copy.</source>
        <translation>Simba ny rakitra angon&apos;ny Marika. Aza mamafa na inona na inona: akatony ny Marika ary angataho ny mpanara-maso anao hamerina ny lahatahiry angona avy amin&apos;ny dika tahiry.</translation>
    </message>
    <message>
        <source>There is no free space left in the folder {name}. Free some space on the USB stick (or use another one), then try again.</source>
        <translation>Tsy misy toerana malalaka intsony ao amin&apos;ny lahatahiry {name}. Manafaha toerana ao amin&apos;ny kapila USB (na mampiasà kapila hafa), dia andramo indray.</translation>
    </message>
    <message>
        <source>Marika may not write in the folder {name}: the USB stick or the folder is read-only (some sticks have a lock switch). Unlock it or choose another folder, then try again.</source>
        <translation>Tsy avela hanoratra ao amin&apos;ny lahatahiry {name} ny Marika: azo vakiana fotsiny ny kapila USB na ilay lahatahiry (misy kapila manana bokotra fanidiana). Sokafy izy na misafidiana lahatahiry hafa, dia andramo indray.</translation>
    </message>
    <message>
        <source>The media file {name} is not what its name says: it holds {actual} data. Ask the package&apos;s publisher for a corrected package.</source>
        <translation>Tsy mifanaraka amin&apos;ny anarany ny rakitra media {name}: angona {actual} no ao anatiny. Angataho amin&apos;ny mpamoaka ny fonosana ny fonosana efa voahitsy.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its checksum does not match.</source>
        <translation>Simba ny rakitra {name} ao amin&apos;ny fonosana: tsy mifanaraka ny isa fanamarinana azy.</translation>
    </message>
    <message>
        <source>The file {name} in the package is not what the package&apos;s table of contents says (its size or its header differs): it was changed or damaged.</source>
        <translation>Tsy mitovy amin&apos;izay lazain&apos;ny lisitry ny votoatin&apos;ny fonosana ny rakitra {name} (hafa ny habeny na ny lohany): novana na simba izy.</translation>
    </message>
    <message>
        <source>The file {name} in the package is damaged: its compressed data cannot be unpacked.</source>
        <translation>Simba ny rakitra {name} ao amin&apos;ny fonosana: tsy azo sokafana ny angona voatery ao aminy.</translation>
    </message>
    <message>
        <source>The package&apos;s table of contents does not match its content ({claimed} files listed, {found} found): it was changed or damaged.</source>
        <translation>Tsy mifanaraka amin&apos;ny votoatiny ny lisitry ny votoatin&apos;ny fonosana (rakitra {claimed} voalaza, {found} hita): novana na simba izy.</translation>
    </message>
    <message>
        <source>The package contains {name} both as a file and as a folder.</source>
        <translation>Ao amin&apos;ny fonosana i {name} sady rakitra no lahatahiry.</translation>
    </message>
    <message>
        <source>{name} separates its columns with semicolons. Marika needs commas: save it again as &quot;CSV (comma delimited)&quot;.</source>
        <translation>Teboka sy faingo no manasaraka ny tsanganana ao amin&apos;ny {name}. Faingo no ilain&apos;ny Marika: tehirizo indray amin&apos;ny endrika &quot;CSV (comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is wrong.</source>
        <translation>{name}, andalana {line}, tsanganana {column}: diso ny sanda.</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: the value is missing.</source>
        <translation>{name}, andalana {line}, tsanganana {column}: tsy misy ny sanda.</translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is missing.</source>
        <translation>{name}, singa laharana {number}: tsy misy ny saha {column}.</translation>
    </message>
    <message>
        <source>{name}, item number {number}: the field {column} is wrong.</source>
        <translation>{name}, singa laharana {number}: diso ny saha {column}.</translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, on lines {first} and {again}.</source>
        <translation>{name}: indroa no ampiasaina ny famantarana singa {item}, amin&apos;ny andalana {first} sy {again}.</translation>
    </message>
    <message>
        <source>{name}: the item id {item} is used twice, by items number {first} and {again}.</source>
        <translation>{name}: indroa no ampiasaina ny famantarana singa {item}, amin&apos;ny singa laharana {first} sy {again}.</translation>
    </message>
    <message>
        <source>The source folder {name} does not exist.</source>
        <translation>Tsy misy ny lahatahiry loharano {name}.</translation>
    </message>
    <message>
        <source>This is not a publisher&apos;s public key. Paste the whole text of the publisher&apos;s .pub file: one line starting with ed25519-pub:.</source>
        <translation>Tsy fanalahidy ampahibemaso an&apos;ny mpamoaka ity. Apetaho ny soratra manontolo ao amin&apos;ny rakitra .pub an&apos;ny mpamoaka: andalana iray manomboka amin&apos;ny ed25519-pub:.</translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else (an older copy was put back), so Marika will not use it. Tell your supervisor.</source>
        <translation>Nisy olon-kafa nanova ny valiny voatahirinao ho an&apos;ny singa iray amin&apos;ity solosaina ity (naverina ny dika taloha), ka tsy hampiasain&apos;i Marika izany. Lazao amin&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The server settings of your profile on this computer were changed by someone else, so Marika sent nothing. Tell your supervisor: they must check the server address and key, then you can enrol again.</source>
        <translation>Nisy olon-kafa nanova ny fikirana momba ny mpizara ao amin&apos;ny kaontinao amin&apos;ity solosaina ity, ka tsy nandefa na inona na inona i Marika. Lazao amin&apos;ny mpanara-maso anao: tsy maintsy hamarininy ny adiresy sy ny fanalahidin&apos;ny mpizara, avy eo afaka misoratra indray ianao.</translation>
    </message>
    <message>
        <source>The work waiting to be sent from your profile on this computer was changed by someone else, so Marika sent nothing. Tell your supervisor.</source>
        <translation>Nisy olon-kafa nanova ny asa ao amin&apos;ny kaontinao miandry halefa amin&apos;ity solosaina ity, ka tsy nandefa na inona na inona i Marika. Lazao amin&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported, so Marika did not seal or send any work of it. Tell your supervisor: they must import the package again.</source>
        <translation>Novaina taorian&apos;ny nampidirana azy ny fonosana asa {package} amin&apos;ity solosaina ity, ka tsy nasian&apos;i Marika tombo-kase na nalefany ny asa rehetra momba azy. Lazao amin&apos;ny mpanara-maso anao: tsy maintsy ampidiriny indray ilay fonosana.</translation>
    </message>
    <message>
        <source>The task package {package} on this computer was changed after it was imported. Marika will not seal or send any work of it. Import the package again from its signed file.</source>
        <translation>Novaina taorian&apos;ny nampidirana azy ny fonosana asa {package} amin&apos;ity solosaina ity. Tsy hanisy tombo-kase na handefa ny asa rehetra momba azy i Marika. Ampidiro indray ilay fonosana avy amin&apos;ny rakitra voasonia.</translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this computer no longer trusts, so Marika did not seal or send any work of it. Tell your supervisor.</source>
        <translation>Voasonia tamin&apos;ny fanalahidin&apos;ny mpamoaka tsy atokisan&apos;ity solosaina ity intsony ny fonosana asa {package}, ka tsy nasian&apos;i Marika tombo-kase na nalefany ny asa rehetra momba azy. Lazao amin&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The task package {package} is signed with a publisher key that this PC no longer trusts: the key was removed from the trusted publishers (or the package was signed again with another key after it was imported). Workers who had not opened it before cannot submit work of it. If you still trust its publisher, install their key again under Trusted publishers; if not, import the package again from its signed file.</source>
        <translation>Voasonia tamin&apos;ny fanalahidin&apos;ny mpamoaka tsy atokisan&apos;ity solosaina ity intsony ny fonosana asa {package}: nesorina tamin&apos;ny mpamoaka atokisana ilay fanalahidy (na nosoniavina indray tamin&apos;ny fanalahidy hafa ilay fonosana taorian&apos;ny nampidirana azy). Tsy afaka mandefa asa momba azy ireo mpiasa tsy mbola nanokatra azy. Raha mbola matoky ny mpamoaka azy ianao, ampidiro indray ny fanalahidiny ao amin&apos;ny Mpamoaka atokisana; raha tsy izany, ampidiro indray ilay fonosana avy amin&apos;ny rakitra voasonia.</translation>
    </message>
    <message>
        <source>Your saved answer for one item on this computer was changed by someone else: what is saved there is not your answer to this item (it was edited, or copied from another item or another profile), so Marika will not use it. Tell your supervisor.</source>
        <translation>Nisy olon-kafa nanova ny valiny voatahirinao ho an&apos;ny singa iray amin&apos;ity solosaina ity: ny voatahiry ao dia tsy valinao ho an&apos;io singa io (novaina izy, na nadika avy amin&apos;ny singa hafa na avy amin&apos;ny kaonty hafa), ka tsy hampiasain&apos;i Marika izany. Lazao amin&apos;ny mpanara-maso anao.</translation>
    </message>
    <message>
        <source>The server refused the request because the date or time of this PC looks wrong. Please check the PC&apos;s date and time, then send again.</source>
        <translation>Nolavin&apos;ny mpizara ny fangatahana satria toa diso ny daty na ny ora amin&apos;ity solosaina ity. Hamarino azafady ny daty sy ny oran&apos;ny solosaina, dia alefaso indray.</translation>
    </message>
    <message>
        <source>The office has not entered its collection server&apos;s key yet, so this profile cannot enrol. Ask your supervisor to enter it (marika-server info shows it on the server).</source>
        <translation>Mbola tsy nampidirin&apos;ny birao ny fanalahidin&apos;ny mpizara mpanangona azy, ka tsy afaka misoratra ity kaonty ity. Angataho ny mpanara-maso anao hampiditra izany (asehon&apos;ny marika-server info ao amin&apos;ny mpizara izany).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {date}, which is earlier than work already saved on it. Your work is safe, but ask your supervisor to set the date and time right.</source>
        <translation>Ny famantaranandro amin&apos;ity solosaina ity dia milaza {date}, izay mialoha ny asa efa voatahiry ao aminy. Tsy very ny asanao, fa angataho ny mpanara-maso anao hanitsy ny daty sy ny ora.</translation>
    </message>
    <message>
        <source>A PIN needs at least 9 digits.</source>
        <translation>Tsy maintsy misy tarehimarika 9 farafahakeliny ny kaody PIN.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short on the way. Sending will be retried later.</source>
        <translation>Tapaka teny an-dalana ny valin&apos;ny mpizara. Hoezahana alefa indray any aoriana.</translation>
    </message>
    <message>
        <source>The work waiting to be sent from the profile {name} on this computer was changed by someone else. Marika will not send it; ask {name} to log in and check what is waiting.</source>
        <translation>Nisy olon-kafa nanova ny asa ao amin&apos;ny kaontin&apos;i {name} miandry halefa amin&apos;ity solosaina ity. Tsy handefa izany i Marika; angataho i {name} hiditra ary hijery izay miandry.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Skipped: this item does not count as right.</source>
        <translation>Nodinganina: tsy isaina ho marina ity singa ity.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Marina!</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Tsy marina.</translation>
    </message>
    <message>
        <source>Expected transcript: %1</source>
        <translation>Dika an-tsoratra nandrasana: %1</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>Valiny nandrasana: %1</translation>
    </message>
    <message>
        <source>Your transcript differs from it in about %1 of the letters.</source>
        <translation>Tsy mitovy aminy ny dika an-tsoratrao amin&apos;ny %1 eo ho eo amin&apos;ny litera.</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ny valinao: %1</translation>
    </message>
    <message>
        <source>Close enough: only small differences in spelling.</source>
        <translation>Efa akaiky: fahasamihafana kely amin&apos;ny tsipelina ihany.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Antony: %1</translation>
    </message>
    <message>
        <source>You answered this item in this attempt: it cannot be changed now. Enter goes to the next item.</source>
        <translation>Efa novalianao tamin&apos;ity andrana ity ity singa ity: tsy azo ovaina intsony. Enter no mankany amin&apos;ny singa manaraka.</translation>
    </message>
    <message>
        <source>Press Enter to go on.</source>
        <translation>Tsindrio Enter raha hanohy.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag for review</source>
        <translation>Asio famantarana ho dinihina</translation>
    </message>
    <message>
        <source>What should the reviewer look at? (optional; press Enter to flag)</source>
        <translation>Inona no tokony hojeren&apos;ny mpandinika? (tsy voatery; tsindrio Enter hanisiana famantarana)</translation>
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
        <translation>latsaky ny iray minitra</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minitra</numerusform>
            <numerusform>%n minitra</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ora %2 min</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (fanazaran-tena)</translation>
    </message>
    <message>
        <source>Not paid (practice)</source>
        <translation>Tsy misy karama (fanazaran-tena)</translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation>Voatolotra ny asanao.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Salama, %1</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Ny asanao</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Fonosana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <source>Pay per item</source>
        <translation>Karama isaky ny singa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Vita</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Nodinganina</translation>
    </message>
    <message>
        <source>No task package is assigned to you yet. Ask your office supervisor to import one and assign it to you.</source>
        <translation>Mbola tsy misy fonosana asa nomena anao. Angataho ny mpanara-maso ny birao hampiditra iray ary hanome izany anao.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sokafy</translation>
    </message>
    <message>
        <source>About this package</source>
        <translation>Mombamomba ity fonosana ity</translation>
    </message>
    <message>
        <source>Submit finished work…</source>
        <translation>Atolory ny asa vita…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Havaozina</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Hivoaka</translation>
    </message>
    <message>
        <source>Send and receive…</source>
        <translation>Handefa sy handray…</translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation>%1 (kajinao manokana)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Voamarina</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Miandry fandinihana</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ny karamako</translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1</source>
        <translation>Voamarin&apos;ny tatitra momba ny karamanao: %1</translation>
    </message>
    <message>
        <source>Waiting for review (your own count, not confirmed yet): %1</source>
        <translation>Miandry fandinihana (kajinao manokana, mbola tsy voamarina): %1</translation>
    </message>
    <message>
        <source>Confirmed by your pay statements: %1 (paid to you: %2)</source>
        <translation>Voamarin&apos;ny tatitra momba ny karamanao: %1 (efa voaloa aminao: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Rejected by the reviewer: %n item(s)</source>
        <translation>
            <numerusform>Nolavin&apos;ny mpandinika: singa %n</numerusform>
            <numerusform>Nolavin&apos;ny mpandinika: singa %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTagView</name>
    <message>
        <source>Zoom in</source>
        <extracomment>a sharper decode while zoomed stops here: 3072x2048 is 24 MB as RGB32 decode box when no screen is known (the target PCs&apos; screen) the worker asked to skip this item; the argument is the skip reason (&quot;unreadable&quot;). Optional for the item screen: unconnected, the panel&apos;s button re-emits `mediaUnreadable`, whose banner carries the screen&apos;s own skip action.</extracomment>
        <translation>Hanalehibe</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Hanakely</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Ampifanaraho amin&apos;ny varavarankely ny sary</translation>
    </message>
    <message>
        <source>Move around a zoomed image</source>
        <translation>Mivezivezy ao amin&apos;ny sary nohalehibeazina</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+kodiarana</translation>
    </message>
    <message>
        <source>Zoom at the mouse pointer</source>
        <translation>Hanalehibe eo amin&apos;ny tondron&apos;ny totozy</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Mamaky ny sary…</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Hanalehibe (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Hanakely (-)</translation>
    </message>
    <message>
        <source>Fit (0 or F)</source>
        <translation>Ampifanaraho (0 na F)</translation>
    </message>
    <message>
        <source>Image to tag</source>
        <translation>Sary hasiana marika</translation>
    </message>
    <message>
        <source>This item has no image file.</source>
        <translation>Tsy misy rakitra sary ity singa ity.</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Habe: %1 %</translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>This package has no instructions.</source>
        <translation>Tsy misy torolalana ity fonosana ity.</translation>
    </message>
    <message>
        <source>Instructions (F1 hides them)</source>
        <translation>Torolalana (F1 manafina azy)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kitendry</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Singa %1 amin&apos;ny %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>vita %n</numerusform>
            <numerusform>vita %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>nodinganina %n</numerusform>
            <numerusform>nodinganina %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>sisa %n</numerusform>
            <numerusform>sisa %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Mitahiry…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Voatahiry</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tsy voatahiry</translation>
    </message>
    <message>
        <source>Submitted: read only</source>
        <translation>Voatolotra: azo vakiana fotsiny</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Nodinganina</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Misy famantarana ho dinihina</translation>
    </message>
    <message>
        <source>Save not confirmed</source>
        <translation>Tsy voamarina ny fitahirizana</translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Teo aloha</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Singa manaraka</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Handingana…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hanafoana</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Hamerina</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Torolalana</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Fandraisana</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Hanolotra…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Asehoy</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Afeno indray</translation>
    </message>
    <message>
        <source>Done, next</source>
        <translation>Vita, manaraka</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Fitarihana tsikelikely</translation>
    </message>
    <message>
        <source>Trainer mode</source>
        <translation>Fomban&apos;ny mpampiofana</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Esory ny famantarana</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Asio famantarana ho dinihina</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Manokatra ilay fonosana…</translation>
    </message>
    <message>
        <source>This kind of task cannot be shown in this version of Marika. You may skip it.</source>
        <translation>Tsy azo aseho amin&apos;ity dikan&apos;ny Marika ity ity karazana asa ity. Afaka mandingana azy ianao.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Andramo indray izao</translation>
    </message>
    <message>
        <source>This item is hidden because of its content warning. Press Ctrl+R to see it, or Ctrl+K to skip it without seeing it (never a penalty).</source>
        <translation>Miafina ity singa ity noho ny fampitandremana momba ny votoatiny. Tsindrio ny Ctrl+R raha hijery azy, na ny Ctrl+K raha handingana azy tsy mijery (tsy sazy mihitsy izany).</translation>
    </message>
    <message>
        <source>Choose an answer first, or skip this item with Ctrl+K.</source>
        <translation>Misafidiana valiny aloha, na dingano ity singa ity amin&apos;ny Ctrl+K.</translation>
    </message>
    <message>
        <source>Every item of this package is done or skipped. Submit your work when you are ready (Ctrl+Shift+S).</source>
        <translation>Vita na nodinganina avokoa ny singa rehetra amin&apos;ity fonosana ity. Atolory ny asanao rehefa vonona ianao (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Your work was submitted.</source>
        <translation>Voatolotra ny asanao.</translation>
    </message>
    <message>
        <source>Skip: media unreadable</source>
        <translation>Dingano: tsy azo vakiana ny media</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ny karamako</translation>
    </message>
    <message>
        <source>The disk did not confirm that your last change was saved: %1 Marika will save it again.</source>
        <translation>Tsy nanamarina ny kapila fa voatahiry ny fanovana farany nataonao: %1 Hitahiry azy indray ny Marika.</translation>
    </message>
    <message>
        <source>Your last change is not saved yet: %1 Marika will try again.</source>
        <translation>Mbola tsy voatahiry ny fanovana farany nataonao: %1 Hanandrana indray ny Marika.</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Handefa sy handray</translation>
    </message>
    <message>
        <source>Type what you hear first, or skip this item with Ctrl+K.</source>
        <translation>Soraty aloha izay renao, na dingano ity singa ity amin&apos;ny Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Image tagging</source>
        <translation>Fanisiana marika amin&apos;ny sary</translation>
    </message>
    <message>
        <source>Audio transcription</source>
        <translation>Fandikana feo an-tsoratra</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Fanasokajiana lahatsoratra</translation>
    </message>
</context>
<context>
    <name>LabelChoiceView</name>
    <message>
        <source>Choose every label that fits: press its number again to remove it.</source>
        <translation>Fidio ny marika rehetra mifanaraka: tsindrio indray ny laharany raha hanala azy.</translation>
    </message>
    <message>
        <source>Choose one label with its number key.</source>
        <translation>Fidio marika iray amin&apos;ny alalan&apos;ny kitendry misy ny laharany.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation>Fidio azafady ny kaontinao na soraty ny anaranao mpampiasa.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Soraty azafady ny tenimiafinao.</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Iza no miasa?</translation>
    </message>
    <message>
        <source>Profiles on this computer (arrows to choose):</source>
        <translation>Kaonty amin&apos;ity solosaina ity (zana-tsipìka hifidianana):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Anarana mpampiasa:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Te&amp;nimiafina:</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Hiditra (Enter)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Hanova ny tenimiafiko…</translation>
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
        <translation>Hivoaka</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Hiala</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Fijery</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Soratra lehibe kokoa</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Soratra kely kokoa</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Haben&apos;ny soratra mahazatra</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Fi&amp;teny</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Fanam&amp;piana</translation>
    </message>
    <message>
        <source>Guided tour of this screen	Shift+F1</source>
        <translation>Fitarihana tsikelikely amin&apos;ity efijery ity	Shift+F1</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Manokatra ny lahatahiry angona…</translation>
    </message>
    <message>
        <source>Importing the demo packages…</source>
        <translation>Mampiditra ny fonosana fampisehoana…</translation>
    </message>
</context>
<context>
    <name>MoneyLine</name>
    <message>
        <source>Practice: not paid</source>
        <translation>Fanazaran-tena: tsy misy karama</translation>
    </message>
    <message>
        <source>%1 per item · today %2</source>
        <translation>%1 isaky ny singa · anio %2</translation>
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
        <translation>Hanampy mpanamarika</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Anarana mpampiasa:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Anarana feno:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Tenimiafina voalohany:</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Fandrindrana ny birao</translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation>Sokafy rakitra .pub…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Collection server address:</source>
        <translation>Adiresin&apos;ny mpizara mpanangona:</translation>
    </message>
    <message>
        <source>Server public key:</source>
        <translation>Fanalahidy ampahibemason&apos;ny mpizara:</translation>
    </message>
    <message>
        <source>Lock Marika after this long without use:</source>
        <translation>Hidio ny Marika rehefa tsy ampiasaina mandritra ny:</translation>
    </message>
    <message>
        <source>Office name (on workers&apos; pay records):</source>
        <translation>Anaran&apos;ny birao (amin&apos;ny firaketana ny karaman&apos;ny mpiasa):</translation>
    </message>
    <message>
        <source>Reference hourly wage (for example 1250 MGA):</source>
        <translation>Karama fanondroana isan&apos;ora (ohatra 1250 MGA):</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>Saved on this PC</source>
        <translation>Voatahiry amin&apos;ity solosaina ity</translation>
    </message>
    <message>
        <source>Sealed, waiting to be sent</source>
        <translation>Voaisy tombo-kase, miandry ho alefa</translation>
    </message>
    <message>
        <source>Delivered, waiting for review</source>
        <translation>Tonga, miandry fandinihana</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Nekena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Nolavina</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Voaloa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Vita</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Nodinganina</translation>
    </message>
    <message>
        <source>Not on this PC</source>
        <translation>Tsy ao amin&apos;ity solosaina ity</translation>
    </message>
    <message>
        <source>Already paid in another batch</source>
        <translation>Efa voaloa tamin&apos;ny andiany hafa</translation>
    </message>
    <message>
        <source>%1 (your own count)</source>
        <translation>%1 (kajinao manokana)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Herinandro nanomboka ny %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Laharana %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Fonosana</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mpanjifa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Asa</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Fotoana niasana</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sarany</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Vola</translation>
    </message>
    <message>
        <source>Not confirmed by a statement yet: this is your own count.</source>
        <translation>Mbola tsy voamarin&apos;ny tatitra: kajinao manokana ity.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation>Antony nomen&apos;ny mpandinika</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Tatitra</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tsy misy daty</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Voaloa ampahany</translation>
    </message>
    <message>
        <source>Unreadable on this PC</source>
        <translation>Tsy vakiana amin&apos;ity solosaina ity</translation>
    </message>
    <message>
        <source>Part paid: %1 paid, %2 still owed</source>
        <translation>Voaloa ampahany: %1 voaloa, %2 mbola trosa</translation>
    </message>
    <message>
        <source>Your record of this item on this PC cannot be read: %1</source>
        <translation>Tsy vakiana ny firaketanao ity singa ity amin&apos;ity solosaina ity: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Vondrona</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Voamarina</translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation>Miandry fandinihana (kajinao manokana)</translation>
    </message>
    <message>
        <source>Signature verified; does not follow the statement before it</source>
        <translation>Voamarina ny sonia; tsy manaraka ny tatitra teo aloha</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Voamarina ny sonia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Navoaka ny</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Andalana</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Fitambarany</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Ambim-bola taorian&apos;izay</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Fanamarinana</translation>
    </message>
    <message>
        <source>Signed by the server key %1</source>
        <translation>Nosoniavin&apos;ny fanalahidin&apos;ny mpizara %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Fanapahan-kevitra</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Fanafoanana</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ambim-bola</translation>
    </message>
    <message>
        <source>Delivered before statement %1 was issued, but on no statement.</source>
        <translation>Tonga talohan&apos;ny namoahana ny tatitra %1, nefa tsy hita amin&apos;ny tatitra rehetra.</translation>
    </message>
    <message>
        <source>The statements pay another amount than the package&apos;s rate.</source>
        <translation>Vola hafa noho ny saran&apos;ny fonosana no aloan&apos;ny tatitra.</translation>
    </message>
    <message>
        <source>A statement names an item that you have not done on this PC.</source>
        <translation>Misy tatitra manonona singa tsy nataonao tamin&apos;ity solosaina ity.</translation>
    </message>
    <message>
        <source>You did this item, but the statement says it was skipped.</source>
        <translation>Nataonao ity singa ity, nefa milaza ny tatitra fa nodinganina izy.</translation>
    </message>
    <message>
        <source>You skipped this item, but the statement says it was done.</source>
        <translation>Nodinganinao ity singa ity, nefa milaza ny tatitra fa vita izy.</translation>
    </message>
    <message>
        <source>Statement %1 is missing on this PC. It comes with the next sync.</source>
        <translation>Tsy ao amin&apos;ity solosaina ity ny tatitra %1. Ho tonga amin&apos;ny fampifandraisana manaraka izy.</translation>
    </message>
    <message>
        <source>The total of statement %1 is not the sum of its lines.</source>
        <translation>Tsy mitovy amin&apos;ny fitambaran&apos;ny andalany ny tontalin&apos;ny tatitra %1.</translation>
    </message>
    <message>
        <source>Statement %1 does not follow the statement before it.</source>
        <translation>Tsy manaraka ny tatitra teo aloha ny tatitra %1.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Tsy fitoviana</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Ny firaketanao</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 isan&apos;ora</translation>
    </message>
    <message>
        <source>declared by the package</source>
        <translation>nambaran&apos;ny fonosana</translation>
    </message>
    <message>
        <source>set by your office</source>
        <translation>napetraky ny biraonao</translation>
    </message>
    <message>
        <source>less than a minute of work</source>
        <translation>asa latsaky ny iray minitra</translation>
    </message>
    <message>
        <source>Package or period</source>
        <translation>Fonosana na fotoana</translation>
    </message>
    <message>
        <source>Confirmed pay</source>
        <translation>Karama voamarina</translation>
    </message>
    <message>
        <source>Confirmed, per hour</source>
        <translation>Voamarina, isan&apos;ora</translation>
    </message>
    <message>
        <source>With your own count, per hour</source>
        <translation>Miaraka amin&apos;ny kajinao, isan&apos;ora</translation>
    </message>
    <message>
        <source>Reference wage</source>
        <translation>Karama fanondroana</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>Singa %n aseho</numerusform>
            <numerusform>Singa %n aseho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>Singa %n</numerusform>
            <numerusform>Singa %n</numerusform>
        </translation>
    </message>
    <message>
        <source>On the statements</source>
        <translation>Araka ny tatitra</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Voaloa</translation>
    </message>
</context>
<context>
    <name>PayChart</name>
    <message>
        <source>Confirmed by your statements</source>
        <translation>Voamarin&apos;ny tatitrao</translation>
    </message>
    <message>
        <source>Waiting for review (your own count)</source>
        <translation>Miandry fandinihana (kajinao manokana)</translation>
    </message>
    <message>
        <source>Earnings per week, in %1</source>
        <translation>Karama isan-kerinandro, amin&apos;ny %1</translation>
    </message>
    <message>
        <source>Earnings per day, in %1</source>
        <translation>Karama isan&apos;andro, amin&apos;ny %1</translation>
    </message>
</context>
<context>
    <name>PayExport</name>
    <message>
        <source>no dated work</source>
        <translation>tsy misy asa misy daty</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hatramin&apos;ny %2</translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation>(tsy misy anarana)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birao</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mpiasa</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Navoaka ny</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Fotoana</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Naondrana ny</translation>
    </message>
    <message>
        <source>Statements signed by</source>
        <translation>Tatitra nosoniavin&apos;i</translation>
    </message>
    <message>
        <source>Accepted, not yet paid (%1)</source>
        <translation>Nekena, mbola tsy voaloa (%1)</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>Voaloa (%1)</translation>
    </message>
    <message>
        <source>Waiting for review, your own count (%1)</source>
        <translation>Miandry fandinihana, kajinao manokana (%1)</translation>
    </message>
    <message>
        <source>Rejected items (%1)</source>
        <translation>Singa nolavina (%1)</translation>
    </message>
    <message>
        <source>Part paid items (%1)</source>
        <translation>Singa voaloa ampahany (%1)</translation>
    </message>
    <message>
        <source>Items unreadable on this PC (%1)</source>
        <translation>Singa tsy vakiana amin&apos;ity solosaina ity (%1)</translation>
    </message>
    <message>
        <source>Balance on your statements</source>
        <translation>Ambim-bola amin&apos;ny tatitrao</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>Famantarana ny fonosana</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Fonosana</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mpanjifa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Asa</translation>
    </message>
    <message>
        <source>Active seconds</source>
        <translation>Segondra niasana</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sarany</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Vola ampiasaina</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Vola</translation>
    </message>
    <message>
        <source>Confirmed by a statement</source>
        <translation>Voamarin&apos;ny tatitra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reason</source>
        <translation>Antony nomen&apos;ny mpandinika</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Tatitra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>eny</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tsia</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Voaloa</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Mbola trosa</translation>
    </message>
    <message>
        <source>Problem on this PC</source>
        <translation>Olana amin&apos;ity solosaina ity</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Pay record of %1</source>
        <translation>Firaketana ny karaman&apos;i %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Fanapahan-kevitra</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ambim-bola</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Fanafoanana</translation>
    </message>
    <message>
        <source>Pay statement no. %1</source>
        <translation>Tatitra momba ny karama laharana %1</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>Famantarana ny tatitra</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Ambim-bola teo aloha</translation>
    </message>
    <message>
        <source>Total of this statement</source>
        <translation>Tontalin&apos;ity tatitra ity</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Ambim-bola taorian&apos;izay</translation>
    </message>
    <message>
        <source>Paid out (%1)</source>
        <translation>Voaloa (%1)</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Reading your pay records…</source>
        <translation>Mamaky ny firaketana ny karamanao…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Rakitra CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Rakitra PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save your pay record</source>
        <translation>Tehirizo ny firaketana ny karamanao</translation>
    </message>
    <message>
        <source>Saving your pay record…</source>
        <translation>Mitahiry ny firaketana ny karamanao…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Voatahiry ao amin&apos;ny %1</translation>
    </message>
    <message>
        <source>Marika could not write %1. Choose another folder.</source>
        <translation>Tsy afaka nanoratra %1 i Marika. Mifidiana lahatahiry hafa azafady.</translation>
    </message>
    <message>
        <source>Confirmed by your statements: %1 (accepted %2, paid %3).</source>
        <translation>Voamarin&apos;ny tatitrao: %1 (nekena %2, voaloa %3).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for review: %1 for %n item(s). This is your own count; the office has not confirmed it yet.</source>
        <translation>
            <numerusform>Miandry fandinihana: %1 ho an&apos;ny singa %n. Kajinao manokana ity; mbola tsy nohamarinin&apos;ny birao.</numerusform>
            <numerusform>Miandry fandinihana: %1 ho an&apos;ny singa %n. Kajinao manokana ity; mbola tsy nohamarinin&apos;ny birao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part paid: %n item(s). The payments so far cover only part of them; the rest is still owed.</source>
        <translation>
            <numerusform>Voaloa ampahany: singa %n. Ampahany ihany no voaloan&apos;ny fandoavana hatreto; mbola trosa ny ambiny.</numerusform>
            <numerusform>Voaloa ampahany: singa %n. Ampahany ihany no voaloan&apos;ny fandoavana hatreto; mbola trosa ny ambiny.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected: %n item(s), not paid. The reasons are in the list.</source>
        <translation>
            <numerusform>Nolavina: singa %n, tsy karamaina. Ao anatin&apos;ny lisitra ny antony.</numerusform>
            <numerusform>Nolavina: singa %n, tsy karamaina. Ao anatin&apos;ny lisitra ny antony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read on this PC, so they are not in your own count. The list says why.</source>
        <translation>
            <numerusform>Singa %n no tsy vakiana amin&apos;ity solosaina ity, ka tsy tafiditra ao amin&apos;ny kajinao manokana. Ny lisitra no milaza ny antony.</numerusform>
            <numerusform>Singa %n no tsy vakiana amin&apos;ity solosaina ity, ka tsy tafiditra ao amin&apos;ny kajinao manokana. Ny lisitra no milaza ny antony.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement has reached this PC yet.</source>
        <translation>Mbola tsy nisy tatitra momba ny karama tonga teto amin&apos;ity solosaina ity.</translation>
    </message>
    <message>
        <source>Balance on your statements: %1.</source>
        <translation>Ambim-bola amin&apos;ny tatitrao: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between your records and the statements: see Differences.</source>
        <translation>
            <numerusform>Tsy fitoviana %n eo amin&apos;ny firaketanao sy ny tatitra: jereo ny Tsy fitoviana.</numerusform>
            <numerusform>Tsy fitoviana %n eo amin&apos;ny firaketanao sy ny tatitra: jereo ny Tsy fitoviana.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not finished any item yet.</source>
        <translation>Mbola tsy nahavita singa ianao.</translation>
    </message>
    <message>
        <source>My pay</source>
        <translation>Ny karamako</translation>
    </message>
    <message>
        <source>Every statement&apos;s signature was checked against the server key %1 of %2, kept since you enrolled.</source>
        <translation>Nohamarinina tamin&apos;ny fanalahidy %1 an&apos;ny mpizara %2, voatahiry hatramin&apos;ny nisoratanao anarana, ny sonian&apos;ny tatitra tsirairay.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Singa</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Fitambarany</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Tatitra</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>Tsy fitoviana (%1)</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Karama isan&apos;ora</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Sary</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Asehoy:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Ny singa rehetra</translation>
    </message>
    <message>
        <source>Totals by:</source>
        <translation>Fitambarany isaky ny:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Isaky ny:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Andro</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Herinandro</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Volana</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Fonosana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <source>Statements come from the office&apos;s server after review, with each sync. Each one is signed; the lines of the one chosen are shown below it.</source>
        <translation>Avy amin&apos;ny mpizaran&apos;ny birao ny tatitra rehefa vita ny fandinihana, isaky ny fampifandraisana. Voasonia avokoa izy ireo; eo ambany no hiseho ny andalan&apos;ilay voafidy.</translation>
    </message>
    <message>
        <source>Each difference between what you did on this PC and what the signed statements say. Nothing is hidden or changed: show this list to your office if one is wrong.</source>
        <translation>Ny tsy fitoviana rehetra eo amin&apos;ny nataonao tamin&apos;ity solosaina ity sy ny voalazan&apos;ny tatitra voasonia. Tsy misy afenina na ovaina: asehoy ny biraonao ity lisitra ity raha misy diso.</translation>
    </message>
    <message>
        <source>Your records and the signed statements agree.</source>
        <translation>Mifanaraka ny firaketanao sy ny tatitra voasonia.</translation>
    </message>
    <message>
        <source>Pay divided by the active time counted while you worked (rejected and skipped items took time too), beside the reference wage of the package or your office.</source>
        <translation>Ny karama zaraina amin&apos;ny fotoana niasana voaisa (naka fotoana koa ny singa nolavina sy nodinganina), eo akaikin&apos;ny karama fanondroan&apos;ny fonosana na ny biraonao.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hiverina</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Havaozina</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Tehirizo ho CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tehirizo ho PDF…</translation>
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
        <translation>Fomban&apos;ny mpampiofana: aseho eo akaikin&apos;ny singa tsirairay ny valiny nandrasana. Tsy mahazo taratasy fanamarinana ity andrana ity.</translation>
    </message>
    <message>
        <source>Your practice result is kept in your profile.</source>
        <translation>Voatahiry ao amin&apos;ny kaontinao ny valin&apos;ny fanazaran-tenanao.</translation>
    </message>
</context>
<context>
    <name>PracticeResultDialog</name>
    <message>
        <source>Practice result</source>
        <translation>Valin&apos;ny fanazaran-tena</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Afaka</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tsy afaka</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right (%3), attempt %4 of “%5”.</source>
        <translation>Naoty: marina %1 amin&apos;ny %2 (%3), andrana faha-%4 amin&apos;ny “%5”.</translation>
    </message>
    <message>
        <source>Pass mark: %1.</source>
        <translation>Naoty ilaina mba ho afaka: %1.</translation>
    </message>
    <message>
        <source>Certificate saved in your profile: %1 passed “%2” (version %3) on %4. Find it again on the home screen (Ctrl+Shift+P).</source>
        <translation>Voatahiry ao amin&apos;ny kaontinao ny taratasy fanamarinana: afaka tamin&apos;ny “%2” (dika %3) i %1 ny %4. Hitanao indray eo amin&apos;ny pejy fandraisana izany (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Trainer mode showed the answers during this attempt, so it earns no certificate. Try again without trainer mode to earn one.</source>
        <translation>Naseon&apos;ny fomban&apos;ny mpampiofana ny valiny nandritra ity andrana ity, ka tsy mahazo taratasy fanamarinana. Andramo indray tsy misy ny fomban&apos;ny mpampiofana raha hahazo izany.</translation>
    </message>
    <message>
        <source>No certificate this time. You may try again: your answers are cleared, and this score stays in your history.</source>
        <translation>Tsy misy taratasy fanamarinana amin&apos;ity indray mitoraka ity. Afaka manandrana indray ianao: voafafa ny valinao, ary mijanona ao amin&apos;ny tantaranao ity naoty ity.</translation>
    </message>
    <message>
        <source>Home (Enter)</source>
        <translation>Fandraisana (Enter)</translation>
    </message>
    <message>
        <source>Review the answers (Esc)</source>
        <translation>Jereo indray ny valiny (Esc)</translation>
    </message>
    <message>
        <source>Try again (Ctrl+R)</source>
        <translation>Andramo indray (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protection from harmful content</source>
        <translation>Fiarovana amin&apos;ny votoaty manimba</translation>
    </message>
    <message>
        <source>Items with content warnings stay hidden until you show them. Past your daily limit they are skipped without being shown, never as a penalty. Only you see these settings.</source>
        <translation>Miafina ny singa misy fampitandremana momba ny votoaty mandra-pisehonao azy. Rehefa tafahoatra ny fetranao isan&apos;andro, dinganina tsy aseho izy ireo, ary tsy sazy mihitsy izany. Ianao irery no mahita ireo safidy ireo.</translation>
    </message>
    <message>
        <source>Daily limit of warned items:</source>
        <translation>Fetran&apos;ny singa misy fampitandremana isan&apos;andro:</translation>
    </message>
    <message>
        <source>Suggest a break after (minutes on warned items):</source>
        <translation>Hanoro fialan-tsasatra aorian&apos;ny (minitra amin&apos;ny singa misy fampitandremana):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tsy misy fetra</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n warned item(s) seen.</source>
        <translation>
            <numerusform>Anio: singa %n misy fampitandremana hitanao.</numerusform>
            <numerusform>Anio: singa %n misy fampitandremana hitanao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This package suggests at most %n a day.</source>
        <translation>
            <numerusform>Ity fonosana ity dia manoro %n farafahabetsany isan&apos;andro.</numerusform>
            <numerusform>Ity fonosana ity dia manoro %n farafahabetsany isan&apos;andro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionGuard</name>
    <message>
        <source>I take a break</source>
        <translation>Hiala sasatra aho</translation>
    </message>
    <message>
        <source>Today you have spent %1 on items with content warnings. Take a break away from the screen: your work is saved.</source>
        <translation>Nandany %1 tamin&apos;ny singa misy fampitandremana momba ny votoaty ianao androany. Miala sasatra lavitry ny efijery azafady: voatahiry ny asanao.</translation>
    </message>
    <message>
        <source>If something you saw troubles you, you can talk to: %1</source>
        <translation>Raha misy zavatra hitanao manelingelina anao, afaka miresaka amin&apos;i: %1 ianao</translation>
    </message>
    <message numerus="yes">
        <source>You have reached your daily limit of %n item(s) with content warnings. The next ones are skipped without being shown; this is never a penalty.</source>
        <translation>
            <numerusform>Tratranao ny fetranao isan&apos;andro, singa %n misy fampitandremana momba ny votoaty. Dinganina tsy aseho ireo manaraka; tsy sazy mihitsy izany.</numerusform>
            <numerusform>Tratranao ny fetranao isan&apos;andro, singa %n misy fampitandremana momba ny votoaty. Dinganina tsy aseho ireo manaraka; tsy sazy mihitsy izany.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Mpamoaka atokisana</translation>
    </message>
    <message>
        <source>Marika imports only packages signed by one of these keys. Add the public key (ed25519-pub:…) of each client or trainer you work with.</source>
        <translation>Ny fonosana nosoniavin&apos;ny iray amin&apos;ireo fanalahidy ireo ihany no ampidirin&apos;ny Marika. Ampio ny fanalahidy ampahibemaso (ed25519-pub:…) an&apos;ny mpanjifa na mpampiofana tsirairay iarahanao miasa.</translation>
    </message>
    <message>
        <source>Remove the chosen key</source>
        <translation>Esory ilay fanalahidy voafidy</translation>
    </message>
    <message>
        <source>Add this key</source>
        <translation>Ampio ity fanalahidy ity</translation>
    </message>
    <message>
        <source>Load a .pub file…</source>
        <translation>Sokafy rakitra .pub…</translation>
    </message>
    <message>
        <source>Publisher name:</source>
        <translation>Anaran&apos;ny mpamoaka:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Fanalahidy ampahibemaso:</translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <source>I also read</source>
        <translation>Mamaky koa aho</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation>Tehirizo ny fanalahidy famerenana</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Voatahiry ao amin&apos;ny %1</translation>
    </message>
    <message>
        <source>Office recovery key</source>
        <translation>Fanalahidy famerenana an&apos;ny birao</translation>
    </message>
    <message>
        <source>This key can reset a forgotten password without losing any work. It is shown only now and is not kept on this computer. Save it on a USB stick or write it down, and keep it somewhere safe.</source>
        <translation>Io fanalahidy io dia ahafahana manova tenimiafina hadino nefa tsy misy asa very. Izao ihany no asehoy azy ary tsy tehirizina amin&apos;ity solosaina ity izy. Tehirizo ao anaty kapila USB na soraty, ary apetraho amin&apos;ny toerana azo antoka.</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Tehirizo ao anaty rakitra…</translation>
    </message>
    <message>
        <source>I have saved the recovery key</source>
        <translation>Voatahiriko ny fanalahidy famerenana</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tohizana</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Please load or paste the office recovery key.</source>
        <translation>Sokafy na apetaho azafady ny fanalahidy famerenana an&apos;ny birao.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Tsy mitovy ireo tenimiafina roa.</translation>
    </message>
    <message>
        <source>Please type the new password.</source>
        <translation>Soraty azafady ny tenimiafina vaovao.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Hanolo tenimiafina</translation>
    </message>
    <message>
        <source>Insert the USB stick with the office recovery key and load the file (marika-recovery-key.txt). Let the person type their new password. All their work, pay records and statements are kept.</source>
        <translation>Ampidiro ny kapila USB misy ny fanalahidy famerenana an&apos;ny birao ary sokafy ilay rakitra (marika-recovery-key.txt). Avelao ilay olona hanoratra ny tenimiafiny vaovao. Voatahiry avokoa ny asany rehetra, ny firaketana ny karamany ary ny tatitra.</translation>
    </message>
    <message>
        <source>Load the key file…</source>
        <translation>Sokafy ny rakitra misy ny fanalahidy…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Kaonty:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Fanalahidy famerenana:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Tenimiafina vaovao:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Avereno ny tenimiafina vaovao:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Ampidiro azafady ny anarana mpampiasa.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Tsy mitovy ireo tenimiafina roa.</translation>
    </message>
    <message>
        <source>Welcome to Marika</source>
        <translation>Tongasoa eto amin&apos;ny Marika</translation>
    </message>
    <message>
        <source>This computer has no office supervisor yet. The supervisor creates the annotators&apos; profiles and imports task packages. Choose a user name and a password of at least 8 characters.</source>
        <translation>Mbola tsy misy mpanara-maso ny birao ity solosaina ity. Ny mpanara-maso no mamorona ny kaontin&apos;ny mpanamarika sy mampiditra ny fonosana asa. Misafidiana anarana mpampiasa sy tenimiafina misy mari-tsoratra 8 farafahakeliny.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Anarana mpampiasa:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Anarana feno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Tenimiafina:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Avereno ny tenimiafina:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Fiteny:</translation>
    </message>
    <message>
        <source>Create the supervisor (Enter)</source>
        <translation>Amorony ny mpanara-maso (Enter)</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this item</source>
        <translation>Dingano ity singa ity</translation>
    </message>
    <message>
        <source>Why do you skip this item?</source>
        <translation>Nahoana ianao no mandingana ity singa ity?</translation>
    </message>
    <message>
        <source>1 — It is unclear</source>
        <translation>1 — Tsy mazava</translation>
    </message>
    <message>
        <source>2 — The media cannot be read</source>
        <translation>2 — Tsy azo vakiana ny media</translation>
    </message>
    <message>
        <source>3 — The content is disturbing</source>
        <translation>3 — Mampikorontan-tsaina ny votoatiny</translation>
    </message>
    <message>
        <source>A skipped item is not paid: only items you mark done are paid. Skipping is never a penalty: the reason only helps the reviewer.</source>
        <translation>Tsy misy karama ny singa nodinganina: ny singa nomarihinao ho vita ihany no karamaina. Tsy sazy mihitsy ny fandinganana: manampy ny mpandinika fotsiny ny antony.</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Aoka ihany (Esc)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <source>Marika locked itself after %n minute(s) without use. Your work is saved. Type your password to continue.</source>
        <translation>
            <numerusform>Nihidy ho azy ny Marika rehefa tsy nampiasaina nandritra ny %n minitra. Voatahiry ny asanao. Soraty ny tenimiafinao raha hanohy.</numerusform>
            <numerusform>Nihidy ho azy ny Marika rehefa tsy nampiasaina nandritra ny %n minitra. Voatahiry ny asanao. Soraty ny tenimiafinao raha hanohy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>Manokatra ny kaontinao…</translation>
    </message>
    <message>
        <source>Please choose your profile or type your user name.</source>
        <translation>Fidio azafady ny kaontinao na soraty ny anaranao mpampiasa.</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Mametraka ny tenimiafinao vaovao…</translation>
    </message>
    <message>
        <source>Your new password is set. Use it from now on.</source>
        <translation>Voapetraka ny tenimiafinao vaovao. Io no ampiasao manomboka izao.</translation>
    </message>
    <message>
        <source>Creating the supervisor…</source>
        <translation>Mamorona ny mpanara-maso…</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>Office supervisor: %1</source>
        <translation>Mpanara-maso ny birao: %1</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>Afaka miditra izao i %1.</translation>
    </message>
    <message>
        <source>The new password is set. All the work of this profile is kept.</source>
        <translation>Voapetraka ny tenimiafina vaovao. Voatahiry avokoa ny asa rehetra amin&apos;ity kaonty ity.</translation>
    </message>
    <message>
        <source>The publisher key was added.</source>
        <translation>Tafiditra ny fanalahidin&apos;ny mpamoaka.</translation>
    </message>
    <message>
        <source>The publisher key was removed.</source>
        <translation>Nesorina ny fanalahidin&apos;ny mpamoaka.</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Voatahiry ny fandrindrana ny birao.</translation>
    </message>
    <message>
        <source>Import a task package</source>
        <translation>Hampiditra fonosana asa</translation>
    </message>
    <message>
        <source>Task packages (*.marika)</source>
        <translation>Fonosana asa (*.marika)</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Mampiditra ilay fonosana…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Manajanona ny fampidirana…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>Tafiditra ilay fonosana.</translation>
    </message>
    <message>
        <source>The package was imported and assigned.</source>
        <translation>Tafiditra ilay fonosana ary efa nomena ny mpanamarika.</translation>
    </message>
    <message>
        <source>Import a package first.</source>
        <translation>Ampidiro aloha ny fonosana iray.</translation>
    </message>
    <message>
        <source>The assignments are saved.</source>
        <translation>Voatahiry ny fanomezana fonosana.</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Mpanamarika</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Fonosana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Vita</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Nodinganina</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Protection from harmful content is on for every annotator: items with content warnings stay hidden until shown, each annotator can set a daily limit, and breaks are suggested. Who uses it stays private.</source>
        <translation>Mandeha ho an&apos;ny mpanamarika rehetra ny fiarovana amin&apos;ny votoaty manimba: miafina mandra-pisehoana ny singa misy fampitandremana, afaka mametra isan&apos;andro ny tsirairay, ary misy toro-hevitra hiala sasatra. Tsy fantatra izay mampiasa azy.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Foano ny fampidirana</translation>
    </message>
    <message>
        <source>Add an annotator…</source>
        <translation>Hanampy mpanamarika…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Hampiditra fonosana…</translation>
    </message>
    <message>
        <source>Assign a package…</source>
        <translation>Hanome fonosana…</translation>
    </message>
    <message>
        <source>Trusted publishers…</source>
        <translation>Mpamoaka atokisana…</translation>
    </message>
    <message>
        <source>Office settings…</source>
        <translation>Fandrindrana ny birao…</translation>
    </message>
    <message>
        <source>Reset a password…</source>
        <translation>Hanolo tenimiafina…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Havaozina</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Hivoaka</translation>
    </message>
    <message>
        <source>Office supervisor</source>
        <translation>Mpanara-maso ny birao</translation>
    </message>
    <message>
        <source>Remove a trusted publisher</source>
        <translation>Hanala mpamoaka atokisana</translation>
    </message>
    <message>
        <source>Remove this publisher key? Packages signed with it can then no longer be imported.

%1</source>
        <translation>Esorina ve ity fanalahidin&apos;ny mpamoaka ity? Tsy ho azo ampidirina intsony avy eo ny fonosana nosoniavina taminy.

%1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octet</translation>
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
        <translation>Sahirana nitahiry ny asanao ny Marika. Hanandrana handefa indray izy afaka kelikely.</translation>
    </message>
    <message>
        <source>The server cannot be reached (no Internet, or the network shows a log-in page). Your work is kept and will be sent when the connection returns.</source>
        <translation>Tsy tratra ny mpizara (tsy misy Internet, na mampiseho pejy fidirana ny tambajotra). Voatahiry ny asanao ary halefa rehefa miverina ny fifandraisana.</translation>
    </message>
    <message>
        <source>Sending was stopped. It will go on from where it stopped.</source>
        <translation>Najanona ny fandefasana. Hitohy eo amin&apos;ny nijanonany izy.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) delivered. The server confirmed each with a signed receipt.</source>
        <translation>
            <numerusform>Tonga ny andiany %n. Nanamafy izany tamin&apos;ny rosia voasonia ny mpizara.</numerusform>
            <numerusform>Tonga ny andiany %n. Nanamafy ny tsirairay tamin&apos;ny rosia voasonia ny mpizara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pay statement(s) received.</source>
        <translation>
            <numerusform>Tatitra vaovao momba ny karama %n no voaray.</numerusform>
            <numerusform>Tatitra vaovao momba ny karama %n no voaray.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection broke while sending %n batch(es). Marika will try again.</source>
        <translation>
            <numerusform>Tapaka ny fifandraisana nandritra ny fandefasana andiany %n. Hanandrana indray ny Marika.</numerusform>
            <numerusform>Tapaka ny fifandraisana nandritra ny fandefasana andiany %n. Hanandrana indray ny Marika.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was busy and did not take %n batch(es). Marika will try again later.</source>
        <translation>
            <numerusform>Sahirana ny mpizara ka tsy nandray andiany %n. Hanandrana indray any aoriana ny Marika.</numerusform>
            <numerusform>Sahirana ny mpizara ka tsy nandray andiany %n. Hanandrana indray any aoriana ny Marika.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n batch(es). They stay on this computer; please tell your supervisor.</source>
        <translation>
            <numerusform>Nolavin&apos;ny mpizara ny andiany %n. Mijanona amin&apos;ity solosaina ity izy; ampahafantaro azafady ny mpanara-maso anao.</numerusform>
            <numerusform>Nolavin&apos;ny mpizara ny andiany %n. Mijanona amin&apos;ity solosaina ity izy ireo; ampahafantaro azafady ny mpanara-maso anao.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send or receive.</source>
        <translation>Tsy misy vaovao halefa na horaisina.</translation>
    </message>
    <message>
        <source>No batch is waiting; the folder was brought up to date.</source>
        <translation>Tsy misy andiany miandry; nohavaozina ilay lahatahiry.</translation>
    </message>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation>Mifandray amin&apos;ny mpizaran&apos;ny birao izao ity kaonty ity.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) confirmed as delivered.</source>
        <translation>
            <numerusform>Andiany %n voamarina fa tonga.</numerusform>
            <numerusform>Andiany %n voamarina fa tonga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder failed their checks and were ignored.</source>
        <translation>
            <numerusform>Rakitra %n tao amin&apos;ilay lahatahiry no tsy nahomby tamin&apos;ny fanamarinana ka tsy noraharahiana.</numerusform>
            <numerusform>Rakitra %n tao amin&apos;ilay lahatahiry no tsy nahomby tamin&apos;ny fanamarinana ka tsy noraharahiana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this folder yet.</source>
        <translation>Mbola tsy misy vaovao ao amin&apos;ity lahatahiry ity.</translation>
    </message>
    <message>
        <source>%1 sent, %2 left</source>
        <translation>Lasa %1, sisa %2</translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet (Send and receive screen).</source>
        <translation>Mbola tsy voalamina ho an&apos;ity kaonty ity ny fandefasana (efijery Handefa sy handray).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mandefa…</translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Miato kely ny fandefasana: andiany %n miandry.</numerusform>
            <numerusform>Miato kely ny fandefasana: andiany %n miandry.</numerusform>
        </translation>
    </message>
    <message>
        <source>All delivered.</source>
        <translation>Tonga avokoa.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n batch(es) waiting.</source>
        <translation>
            <numerusform>Tsy mifandray: andiany %n miandry.</numerusform>
            <numerusform>Tsy mifandray: andiany %n miandry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>Andiany %n miandry halefa.</numerusform>
            <numerusform>Andiany %n miandry halefa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection request is in the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here.</source>
        <translation>Ao anaty lahatahiry ny fangatahana fifandraisana. Omeo ny mpanara-maso ny birao ny kapila USB, izy no handefa azy avy amin&apos;ny PC misy Internet. Avy eo ampidiro eto ilay lahatahiry ihany.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) written to the folder. Give the stick to your office supervisor, who sends it from a PC with Internet. Then import the same folder here to get the receipts.</source>
        <translation>
            <numerusform>Andiany %n voasoratra ao anaty lahatahiry. Omeo ny mpanara-maso ny birao ny kapila USB, izy no handefa azy avy amin&apos;ny PC misy Internet. Avy eo ampidiro eto ilay lahatahiry ihany mba handraisana ny rosia.</numerusform>
            <numerusform>Andiany %n voasoratra ao anaty lahatahiry. Omeo ny mpanara-maso ny birao ny kapila USB, izy no handefa azy avy amin&apos;ny PC misy Internet. Avy eo ampidiro eto ilay lahatahiry ihany mba handraisana ny rosia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation>Mbola tsy misy natolotra.</translation>
    </message>
    <message>
        <source>Your pay statements could not be fetched: %1</source>
        <translation>Tsy azo nalaina ny tatitra momba ny karamanao: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>This profile is now connected to the office&apos;s server.</source>
        <translation>Mifandray amin&apos;ny mpizaran&apos;ny birao izao ity kaonty ity.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Mpizara: %1</translation>
    </message>
    <message>
        <source>The office has no server address yet. Ask your supervisor to set it, or carry your work on a USB stick (below).</source>
        <translation>Mbola tsy manana adiresin&apos;ny mpizara ny birao. Angataho ny mpanara-maso anao hametraka izany, na ento amin&apos;ny kapila USB ny asanao (eto ambany).</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting to be sent.</source>
        <translation>
            <numerusform>Andiany %n miandry halefa.</numerusform>
            <numerusform>Andiany %n miandry halefa.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your submitted work is delivered.</source>
        <translation>Tonga avokoa ny asa rehetra natolotrao.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tohizana</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Ajanony kely</translation>
    </message>
    <message numerus="yes">
        <source>%n pay statement(s) kept on this computer, readable offline. The latest is from %1.</source>
        <translation>
            <numerusform>Tatitra momba ny karama %n voatahiry amin&apos;ity solosaina ity, azo vakiana na tsy misy Internet aza. Ny farany dia tamin&apos;ny %1.</numerusform>
            <numerusform>Tatitra momba ny karama %n voatahiry amin&apos;ity solosaina ity, azo vakiana na tsy misy Internet aza. Ny farany dia tamin&apos;ny %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pay statement yet. Statements come back after the client reviews your work.</source>
        <translation>Mbola tsy misy tatitra momba ny karama. Tonga ny tatitra rehefa avy nandinika ny asanao ny mpanjifa.</translation>
    </message>
    <message>
        <source>Connect by USB stick: choose the USB stick or a folder</source>
        <translation>Hifandray amin&apos;ny alalan&apos;ny kapila USB: fidio ny kapila USB na lahatahiry iray</translation>
    </message>
    <message>
        <source>Export for USB: choose the USB stick or a folder</source>
        <translation>Hanondrana ho amin&apos;ny USB: fidio ny kapila USB na lahatahiry iray</translation>
    </message>
    <message>
        <source>Import from USB: choose the folder you exported to</source>
        <translation>Hampiditra avy amin&apos;ny USB: fidio ilay lahatahiry nanondranana</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Handefa sy handray</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation>Hifandray amin&apos;ny mpizaran&apos;ny birao</translation>
    </message>
    <message>
        <source>See them in My pay</source>
        <translation>Jereo ao amin&apos;ny Ny karamako</translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then Enter:</source>
        <translation>Soraty ny kaody azo ampiasaina indray mandeha nomen&apos;ny mpanara-maso anao, avy eo Enter:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hifandray</translation>
    </message>
    <message>
        <source>Connect by USB stick…</source>
        <translation>Hifandray amin&apos;ny kapila USB…</translation>
    </message>
    <message>
        <source>Sending your submitted work</source>
        <translation>Fandefasana ny asa natolotrao</translation>
    </message>
    <message>
        <source>Pay statements</source>
        <translation>Tatitra momba ny karama</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Kapila USB</translation>
    </message>
    <message>
        <source>No connection here? Export your work to a USB stick, take it to a PC with Internet, then import the same folder here to get the receipts and pay statements back. Doing it twice changes nothing.</source>
        <translation>Tsy misy fifandraisana eto? Ondrano any amin&apos;ny kapila USB ny asanao, ento any amin&apos;ny solosaina misy Internet, avy eo ampidiro eto indray io lahatahiry io mba handraisana ny rosia sy ny tatitra momba ny karama. Tsy misy miova raha atao indroa.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Alefaso izao</translation>
    </message>
    <message>
        <source>Export for USB…</source>
        <translation>Hanondrana ho amin&apos;ny USB…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>Hampiditra avy amin&apos;ny USB…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Fandraisana</translation>
    </message>
    <message>
        <source>Type the one-time code your supervisor gave you, then choose Connect by USB stick:</source>
        <translation>Soraty ny kaody indray mandeha nomen&apos;ny mpanara-maso anao, dia safidio ny Hifandray amin&apos;ny kapila USB:</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Submit finished work from the home screen (Ctrl+Shift+S); it is then sent from here.</source>
        <translation>Mbola tsy misy natolotra. Atolory avy amin&apos;ny efijery fandraisana ny asa vita (Ctrl+Shift+S); avy eo dia alefa avy eto izy.</translation>
    </message>
    <message>
        <source>Sending is not set up for this profile yet.</source>
        <translation>Mbola tsy voalamina ho an&apos;ity kaonty ity ny fandefasana.</translation>
    </message>
</context>
<context>
    <name>TextClassificationView</name>
    <message>
        <source>Scroll the text</source>
        <translation>Ampidino sy ampiakaro ny lahatsoratra</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Lahatsoratra hosokajiana</translation>
    </message>
    <message>
        <source>Loading the text…</source>
        <translation>Mamaky ny lahatsoratra…</translation>
    </message>
    <message>
        <source>This text could not be read from the disk.</source>
        <translation>Tsy azo novakiana tao amin&apos;ny kapila ity lahatsoratra ity.</translation>
    </message>
    <message>
        <source>Loading the text… %1 %</source>
        <translation>Mamaky ny lahatsoratra… %1 %</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Choose a label with its number key: the number is written on each button. Press it again to take it away.</source>
        <translation>Fidio ny marika amin&apos;ny kitendry misy ny laharany: voasoratra eo amin&apos;ny bokotra tsirairay ny laharana. Tsindrio indray raha hanala azy.</translation>
    </message>
    <message>
        <source>This is the text to classify. The ↑ and ↓ keys scroll it.</source>
        <translation>Ity ny lahatsoratra hosokajiana. Ny kitendry ↑ sy ↓ no mampihetsika azy.</translation>
    </message>
    <message>
        <source>The picture. + and − zoom, 0 fits it to the screen, the arrow keys move it. With the mouse: drag it, or zoom with Ctrl and the wheel.</source>
        <translation>Ny sary. + sy − no manalehibe sy manakely, 0 no mampifanaraka azy amin&apos;ny efijery, ny zana-tsipìka no mamindra azy. Amin&apos;ny totozy: tariho izy, na ampiasao Ctrl sy ny kodiarana hanalehibe.</translation>
    </message>
    <message>
        <source>These buttons zoom too, and show the zoom level.</source>
        <translation>Manalehibe koa ireo bokotra ireo, ary mampiseho ny haben&apos;ny sary.</translation>
    </message>
    <message>
        <source>Ctrl+Space plays or pauses the clip (Space too, when you are not typing).</source>
        <translation>Ctrl+Space no mandefa na mampiato kely ilay feo (Space koa, rehefa tsy manoratra ianao).</translation>
    </message>
    <message>
        <source>Ctrl+← and Ctrl+→ jump back or forward a few seconds.</source>
        <translation>Ctrl+← sy Ctrl+→ no miverina na mandroso segondra vitsivitsy.</translation>
    </message>
    <message>
        <source>Ctrl+↓ and Ctrl+↑ make the clip slower or faster; voices keep their pitch.</source>
        <translation>Ctrl+↓ sy Ctrl+↑ no mampiadana na mampihaingana ilay feo; tsy miova ny feon&apos;ny olona.</translation>
    </message>
    <message>
        <source>After each pause, playing starts again a little earlier so that no word is missed. Choose how much here.</source>
        <translation>Isaky ny fiatoana, miverina kely aloha ny feo rehefa alefa indray mba tsy hisy teny tsy ho re. Safidio eto hoe hafiriana.</translation>
    </message>
    <message>
        <source>Ctrl+T writes the current time of the clip into the transcript.</source>
        <translation>Ctrl+T no manoratra ao amin&apos;ny dika an-tsoratra ny fotoana misy ilay feo amin&apos;izao.</translation>
    </message>
    <message>
        <source>Type what you hear here. Enter still means done; Shift+Enter starts a new line.</source>
        <translation>Soraty eto izay henonao. Enter dia midika hoe vita foana; Shift+Enter no manomboka andalana vaovao.</translation>
    </message>
    <message>
        <source>Enter: this item is done, go to the next one. Your work is saved by itself after every change.</source>
        <translation>Enter: vita ity singa ity, mankanesa amin&apos;ny manaraka. Voatahiry ho azy ny asanao isaky ny misy fanovana.</translation>
    </message>
    <message>
        <source>Ctrl+K skips an item you cannot or do not want to do. Skipping is never a penalty.</source>
        <translation>Ctrl+K no mandingana singa tsy vitanao na tsy tianao hatao. Tsy misy sazy mihitsy ny fandinganana.</translation>
    </message>
    <message>
        <source>Ctrl+F flags an item for the reviewer, with a note, when something is wrong with it.</source>
        <translation>Ctrl+F no manisy famantarana ho an&apos;ny mpandinika amin&apos;ny singa iray, miaraka amin&apos;ny hafatra fohy, rehefa misy tsy mety aminy.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes your last change; Ctrl+Y redoes it.</source>
        <translation>Ctrl+Z no manafoana ny fanovana farany nataonao; Ctrl+Y no mamerina azy.</translation>
    </message>
    <message>
        <source>The instructions of the package, and every key of this screen. F1 hides or shows them.</source>
        <translation>Ny torolalan&apos;ilay fonosana, sy ny kitendry rehetra amin&apos;ity efijery ity. F1 no manafina na mampiseho azy ireo.</translation>
    </message>
    <message>
        <source>Ctrl+= makes all text bigger, Ctrl+− smaller, and Ctrl+0 brings back the normal size.</source>
        <translation>Ctrl+= no manalehibe ny soratra rehetra, Ctrl+− no manakely azy, ary Ctrl+0 no mamerina ny habe mahazatra.</translation>
    </message>
    <message>
        <source>This is a practice pack: after Enter you see whether your answer was right, the expected answer and why. Press Enter again to go on.</source>
        <translation>Fonosana fanazaran-tena ity: aorian&apos;ny Enter dia hitanao raha marina ny valinao, ny valiny nandrasana ary ny antony. Tsindrio indray ny Enter raha hanohy.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T: trainer mode shows the expected answers in large type, for teaching a room with a projector.</source>
        <translation>Ctrl+Shift+T: ny fomban&apos;ny mpampiofana dia mampiseho amin&apos;ny soratra lehibe ny valiny nandrasana, hampianarana efitrano iray misy projecteur.</translation>
    </message>
    <message>
        <source>Shift+F1 shows this tour again. Esc closes it now.</source>
        <translation>Shift+F1 no mampiseho indray ity fitarihana ity. Esc no manakatona azy izao.</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Hint %1 of %2</source>
        <translation>Toro-hevitra %1 amin&apos;ny %2</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>Teo aloha (←)</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Vita (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Manaraka (Enter)</translation>
    </message>
    <message>
        <source>Close the tour (Esc)</source>
        <translation>Akatony ny fitarihana (Esc)</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Trainer mode (Ctrl+Shift+T)</source>
        <translation>Fomban&apos;ny mpampiofana (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Expected transcript</source>
        <translation>Dika an-tsoratra nandrasana</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Valiny nandrasana</translation>
    </message>
    <message>
        <source>This item has no expected answer.</source>
        <translation>Tsy misy valiny nandrasana ity singa ity.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Antony</translation>
    </message>
</context>
<context>
    <name>UnreadablePanel</name>
    <message>
        <source>Media unreadable</source>
        <extracomment>the skip reason sent with `skipRequested` (one of marika.core.annotation.SKIP_REASONS)</extracomment>
        <translation>Tsy azo vakiana ny media</translation>
    </message>
    <message>
        <source>This is not your fault. Skipping an unreadable item is never a penalty.</source>
        <translation>Tsy hadisoanao izany. Tsy misy sazy mihitsy ny fandinganana singa tsy azo vakiana.</translation>
    </message>
    <message>
        <source>Skip this item: media unreadable</source>
        <translation>Dingano ity singa ity: tsy azo vakiana ny media</translation>
    </message>
</context>
<context>
    <name>WarningCover</name>
    <message>
        <source>This item is hidden</source>
        <translation>Miafina ity singa ity</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Fampitandremana momba ny votoaty: %1</translation>
    </message>
    <message>
        <source>It stays hidden until you choose to see it, and Ctrl+R hides it again. You may skip it without seeing it: skipping is never a penalty, but a skipped item is not paid.</source>
        <translation>Miafina izy mandra-pisafidinao hijery azy, ary Ctrl+R no hanafenana azy indray. Azonao dinganina tsy mijery izy: tsy sazy mihitsy izany, saingy tsy misy karama ny singa nodinganina.</translation>
    </message>
    <message>
        <source>My daily limit and breaks…</source>
        <translation>Ny fetrako isan&apos;andro sy ny fialan-tsasatra…</translation>
    </message>
    <message>
        <source>Show the item (Ctrl+R)</source>
        <translation>Asehoy ilay singa (Ctrl+R)</translation>
    </message>
    <message>
        <source>Skip without seeing it (Ctrl+K)</source>
        <translation>Dingano tsy jerena (Ctrl+K)</translation>
    </message>
</context>
</TS>
