<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Malagasy for the parts of Qt itself that Marika shows (standard buttons, context menus,
     the file dialog): Qt ships no Malagasy translation. Maintained by hand, not by lupdate;
     source texts are Qt 6 qtbase's. Loaded after Qt's own translation, if any, so it also fills its gaps. -->
<TS version="2.1" language="mg_MG" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tehirizo</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tehirizo daholo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sokafy</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Eny</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Eny ho an'ny &amp;rehetra</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tsia</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tsia ho an'ny re&amp;hetra</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ajanony</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Andramo indray</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Aza raharahiana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Akatony</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Aoka ihany</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ariano</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Fanampiana</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ampiharo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Averina amin'ny voalohany</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Averina ny fandrindrana voalohany</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Asehoy ny antsipiriany…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Afeno ny antsipiriany…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hanafoana</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ha&amp;merina</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Tapaho</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Adikao</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>A&amp;petaho</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fafao</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Fidio daholo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hanafoana</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ha&amp;merina</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Tapaho</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Adikao</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>A&amp;petaho</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fafao</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Fidio daholo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Adikao ny adiresin'ny &amp;rohy</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Fidio daholo</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Ampiakaro</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Ampi&amp;dino</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Aoka ihany</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Ampidiro ny sanda:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Sokafy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tehirizo</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Fidio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sokafy</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Tehirizo amin'ny anarana hafa</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Jereo ao amin&apos;ny:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Karazana rakitra:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Asehoy: </translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Jereo ao amin'ny:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Anaran'ny rakitra:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Karazana rakitra:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Lahatahiry:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Rakitra rehetra (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Rakitra rehetra (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hiverina</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Mandroso</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Lahatahiry ray</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Hiverina</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mandroso</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mankany amin'ny lahatahiry ray</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Hamorona lahatahiry vaovao</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Hamorona lahatahiry vaovao</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Lahatahiry vaovao</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Lahatahiry &amp;vaovao</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lisitra</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Misy antsipiriany</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Asehoy ho lisitra</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Asehoy miaraka amin'ny antsipiriany</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ovay anarana</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Fafao</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fafao</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Esory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Asehoy ny rakitra &amp;miafina</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Toerana vao nampiasaina</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ny solosaina</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kapila</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Lahatahiry</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Lahatahiry</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Lahatahiry</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tsy fantatra</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Solon'anarana</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Rohy fohy</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Rakitra %1</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Tsanganana amin'ny sisiny</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lisitry ny toerana sy ny tsoratadidy</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hitady lahatahiry</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Efa misy ny %1.
Tianao hosoloina ve izy?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Tsy hita ny rakitra.
Hamarino azafady fa marina ny anaran'ny rakitra nomena.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Tsy hita ny lahatahiry.
Hamarino azafady fa marina ny anaran'ny lahatahiry nomena.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>Voaaro tsy hosoratana ny '%1'.
Tianao hofafana ihany ve izy?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Tena hofafanao ve ny '%1'?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Tsy voafafa ny lahatahiry.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Lahatahiry</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kapila</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Rakitra %1</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Anarana</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Habe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Daty novaina</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ny solosaina</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Solosaina</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Anaran-drakitra tsy mety</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Tsy azo ampiasaina ny anarana "%1".&lt;/b&gt;&lt;p&gt;Andramo anarana hafa, fohy kokoa na tsy misy mari-piatoana.</translation>
    </message>
</context>
</TS>
