<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>edgefront::DecisionTree</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Design-space decisions</source>
        <translation>Entscheidungen des Entwurfsraums</translation>
    </message>
    <message>
        <source>Every decision of the design space; greyed values do not change the network</source>
        <translation>Alle Entscheidungen des Entwurfsraums; ausgegraute Werte verändern das Netz nicht</translation>
    </message>
    <message>
        <source>Inactive: this block is beyond its stage&apos;s depth</source>
        <translation>Inaktiv: dieser Block liegt jenseits der Tiefe seiner Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::DesignSpaceBrowser</name>
    <message>
        <source>Design space to browse</source>
        <translation>Zu durchsuchender Entwurfsraum</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>Random seed of the sampled architecture; the same seed gives the same architecture</source>
        <translation>Zufallsstartwert der gezogenen Architektur; derselbe Startwert ergibt dieselbe Architektur</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <source>Sample a random architecture with this seed, then advance the seed</source>
        <translation>Eine zufällige Architektur mit diesem Startwert ziehen, dann den Startwert erhöhen</translation>
    </message>
    <message>
        <source>Sp&amp;ace:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>Architecture summary</source>
        <translation>Architekturübersicht</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>Schichtentabelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;%3 M MACs · %4 M parameters · %5 MiB weights · %6 MiB peak activations · %7 layers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;%3 Mio. MACs · %4 Mio. Parameter · %5 MiB Gewichte · %6 MiB Spitzen-Aktivierungen · %7 Schichten</translation>
    </message>
</context>
<context>
    <name>edgefront::DeviceLibrary</name>
    <message>
        <source>Drop device files (.json), lookup tables (.yaml or a folder) or measurement tables (.csv) here</source>
        <translation>Gerätedateien (.json), Lookup-Tabellen (.yaml oder ein Ordner) oder Messtabellen (.csv) hier ablegen</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Show only devices whose name, id, class, provenance or precisions contain this text</source>
        <translation>Nur Geräte zeigen, deren Name, ID, Klasse, Herkunft oder Präzisionen diesen Text enthalten</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>Gerätefilter</translation>
    </message>
    <message>
        <source>Number of devices shown</source>
        <translation>Anzahl angezeigter Geräte</translation>
    </message>
    <message>
        <source>Import &amp;Devices…</source>
        <translation>&amp;Geräte importieren…</translation>
    </message>
    <message>
        <source>Import device profiles (JSON) or Once-for-All latency lookup tables (YAML)</source>
        <translation>Geräteprofile (JSON) oder Once-for-All-Latenz-Lookup-Tabellen (YAML) importieren</translation>
    </message>
    <message>
        <source>Import &amp;Measurements…</source>
        <translation>&amp;Messungen importieren…</translation>
    </message>
    <message>
        <source>Import a table of measured latencies, energies or accuracies (CSV)</source>
        <translation>Eine Tabelle gemessener Latenzen, Energien oder Genauigkeiten importieren (CSV)</translation>
    </message>
    <message>
        <source>&amp;Remove Device</source>
        <translation>Gerät &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected devices and their measurements from the project</source>
        <translation>Die ausgewählten Geräte und ihre Messungen aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a device to see its specs, precisions and where its numbers come from.&lt;/p&gt;&lt;p&gt;Drop device files (.json), lookup tables (.yaml or a folder) or measurement tables (.csv) here to import them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Gerät, um seine Daten, Präzisionen und die Herkunft seiner Zahlen zu sehen.&lt;/p&gt;&lt;p&gt;Legen Sie Gerätedateien (.json), Lookup-Tabellen (.yaml oder ein Ordner) oder Messtabellen (.csv) hier ab, um sie zu importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>simulated by the analytic roofline cost model</source>
        <translation>simuliert mit dem analytischen Roofline-Kostenmodell</translation>
    </message>
    <message>
        <source>measured values imported from files</source>
        <translation>aus Dateien importierte Messwerte</translation>
    </message>
    <message>
        <source>Once-for-All per-operator latency lookup tables</source>
        <translation>Once-for-All-Latenz-Lookup-Tabellen je Operator</translation>
    </message>
    <message>
        <source>analytic model fitted to measurements</source>
        <translation>an Messungen angepasstes analytisches Modell</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>Präzisionen</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>%1: %2 GMAC/s</source>
        <translation>%1: %2 GMAC/s</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Peak throughput</source>
        <translation>Spitzendurchsatz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>On-chip memory</source>
        <translation>On-Chip-Speicher</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>%1 at %2 MHz</source>
        <translation>%1 mit %2 MHz</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>%1 W idle, %2 W active</source>
        <translation>%1 W im Leerlauf, %2 W aktiv</translation>
    </message>
    <message>
        <source>No hardware specs: this device&apos;s numbers come from its measurements or tables.</source>
        <translation>Keine Hardwaredaten: Die Zahlen dieses Geräts stammen aus seinen Messungen oder Tabellen.</translation>
    </message>
    <message>
        <source>Lookup tables</source>
        <translation>Lookup-Tabellen</translation>
    </message>
    <message>
        <source>Width multiplier</source>
        <translation>Breitenfaktor</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Auflösungen</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a device file (.json), lookup table (.yaml or a folder) or measurement table (.csv)</source>
        <translation>%1: keine Gerätedatei (.json), Lookup-Tabelle (.yaml oder Ordner) oder Messtabelle (.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Once-for-All per-operator latency tables from %1 (resolutions %2)</source>
        <translation>Once-for-All-Latenztabellen je Operator aus %1 (Auflösungen %2)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a device file</source>
        <translation>%1: %2 Bytes sind zu groß für eine Gerätedatei</translation>
    </message>
    <message>
        <source>no devices in %1</source>
        <translation>keine Geräte in %1</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; appears twice in the imported files</source>
        <translation>Gerät „%1“ kommt in den importierten Dateien zweimal vor</translation>
    </message>
    <message>
        <source>Import Devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message numerus="yes">
        <source>The project already has %n of these device(s): %1. Replace them?</source>
        <translation>
            <numerusform>Das Projekt enthält bereits %n dieser Geräte: %1. Ersetzen?</numerusform>
            <numerusform>Das Projekt enthält bereits %n dieser Geräte: %1. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their measurements are kept.</source>
        <translation>Ihre Messungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s): %1</source>
        <translation>
            <numerusform>%n Gerät importiert: %1</numerusform>
            <numerusform>%n Geräte importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>Messungen importieren</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>The design space the table&apos;s architectures belong to</source>
        <translation>Der Entwurfsraum, zu dem die Architekturen der Tabelle gehören</translation>
    </message>
    <message>
        <source>Named in the table</source>
        <translation>In der Tabelle angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Device of rows without one</source>
        <translation>Gerät für Zeilen ohne Gerät</translation>
    </message>
    <message>
        <source>For tables without a device column: the device the values were measured on</source>
        <translation>Für Tabellen ohne Gerätespalte: das Gerät, auf dem die Werte gemessen wurden</translation>
    </message>
    <message>
        <source>Devices the project does not have yet become measured devices.</source>
        <translation>Geräte, die das Projekt noch nicht kennt, werden als gemessene Geräte angelegt.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Design space:</source>
        <translation>&amp;Entwurfsraum:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln measurement(s) of %1 from %2</source>
        <translation>
            <numerusform>%Ln Messung für %1 aus %2 importiert</numerusform>
            <numerusform>%Ln Messungen für %1 aus %2 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; new measured devices: %1</source>
        <translation>; neue gemessene Geräte: %1</translation>
    </message>
    <message>
        <source>Device files and lookup tables (*.json *.yaml *.yml);;Device files (*.json);;Once-for-All lookup tables (*.yaml *.yml);;All files (*)</source>
        <translation>Gerätedateien und Lookup-Tabellen (*.json *.yaml *.yml);;Gerätedateien (*.json);;Once-for-All-Lookup-Tabellen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Measurement tables (*.csv);;All files (*)</source>
        <translation>Messtabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) from the project: %1?</source>
        <translation>
            <numerusform>%n Gerät aus dem Projekt entfernen: %1?</numerusform>
            <numerusform>%n Geräte aus dem Projekt entfernen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their measurements are removed too. This cannot be undone.</source>
        <translation>Ihre Messungen werden ebenfalls entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s): %1</source>
        <translation>
            <numerusform>%n Gerät entfernt: %1</numerusform>
            <numerusform>%n Geräte entfernt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::DeviceTableModel</name>
    <message>
        <source>Virtual</source>
        <translation>Virtuell</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>Lookup-Tabelle</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Kalibriert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>Präzisionen</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Art des Geräts</translation>
    </message>
    <message>
        <source>Where the device&apos;s numbers come from: analytic model (virtual), measurements, per-operator lookup tables, or a model calibrated to measurements</source>
        <translation>Woher die Zahlen des Geräts stammen: analytisches Modell (virtuell), Messungen, Lookup-Tabellen je Operator oder ein an Messungen kalibriertes Modell</translation>
    </message>
    <message>
        <source>Precisions the device runs natively</source>
        <translation>Präzisionen, die das Gerät nativ ausführt</translation>
    </message>
    <message>
        <source>Measurements stored in the project for this device</source>
        <translation>Im Projekt gespeicherte Messungen dieses Geräts</translation>
    </message>
</context>
<context>
    <name>edgefront::FleetMonotonicityView</name>
    <message>
        <source>Design space of the SRCC matrix</source>
        <translation>Entwurfsraum der SRCC-Matrix</translation>
    </message>
    <message>
        <source>The design space whose architectures the devices rank</source>
        <translation>Der Entwurfsraum, dessen Architekturen die Geräte ordnen</translation>
    </message>
    <message>
        <source>Number of architectures</source>
        <translation>Anzahl der Architekturen</translation>
    </message>
    <message>
        <source>Random architectures every device is evaluated on (measured devices: their common measured architectures, at most this many)</source>
        <translation>Zufällige Architekturen, auf denen jedes Gerät bewertet wird (gemessene Geräte: ihre gemeinsam gemessenen Architekturen, höchstens so viele)</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>Compute the SRCC of every device pair again</source>
        <translation>Die SRCC aller Gerätepaare neu berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the computation; the map keeps the previous matrix</source>
        <translation>Die Berechnung anhalten; die Karte behält die vorherige Matrix</translation>
    </message>
    <message>
        <source>SRCC computation progress</source>
        <translation>Fortschritt der SRCC-Berechnung</translation>
    </message>
    <message>
        <source>SRCC summary</source>
        <translation>SRCC-Zusammenfassung</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <source>Archi&amp;tectures:</source>
        <translation>Archite&amp;kturen:</translation>
    </message>
    <message>
        <source>Open a project to see the SRCC of its devices.</source>
        <translation>Öffnen Sie ein Projekt, um die SRCC seiner Geräte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Computing the SRCC of the fleet on %n %1 architecture(s)…</source>
        <translation>
            <numerusform>Berechne die SRCC der Flotte auf %n %1-Architektur…</numerusform>
            <numerusform>Berechne die SRCC der Flotte auf %n %1-Architekturen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <source>Cancelled; the map shows the previous matrix.</source>
        <translation>Abgebrochen; die Karte zeigt die vorherige Matrix.</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute to compute the SRCC matrix.</source>
        <translation>Abgebrochen. „Neu berechnen“ berechnet die SRCC-Matrix.</translation>
    </message>
    <message>
        <source>Could not compute the SRCC matrix: %1</source>
        <translation>Die SRCC-Matrix konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 devices, %2 architectures of %3 in %4 s. Pairs with SRCC ≥ 0.9: %5 of %6; lowest SRCC %7.</source>
        <translation>%1 Geräte, %2 Architekturen von %3 in %4 s. Paare mit SRCC ≥ 0,9: %5 von %6; niedrigste SRCC %7.</translation>
    </message>
</context>
<context>
    <name>edgefront::LayerTableModel</name>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>w%1/a%2</source>
        <translation>G%1/A%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>Gewichtsbytes</translation>
    </message>
    <message>
        <source>Activation bytes</source>
        <translation>Aktivierungsbytes</translation>
    </message>
    <message>
        <source>Execution order</source>
        <translation>Ausführungsreihenfolge</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>Schichtname</translation>
    </message>
    <message>
        <source>Operation type</source>
        <translation>Operationstyp</translation>
    </message>
    <message>
        <source>Input tensor: channels × height × width</source>
        <translation>Eingabetensor: Kanäle × Höhe × Breite</translation>
    </message>
    <message>
        <source>Output tensor: channels × height × width</source>
        <translation>Ausgabetensor: Kanäle × Höhe × Breite</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kerngröße</translation>
    </message>
    <message>
        <source>Convolution groups</source>
        <translation>Faltungsgruppen</translation>
    </message>
    <message>
        <source>Bits per weight and activation (32 float, 16 half, 8/4 integer)</source>
        <translation>Bits je Gewicht und Aktivierung (32 Gleitkomma, 16 halbe Genauigkeit, 8/4 Ganzzahl)</translation>
    </message>
    <message>
        <source>Multiply-accumulates (Once-for-All&apos;s counting)</source>
        <translation>Multiplikationen mit Akkumulation (Zählweise von Once-for-All)</translation>
    </message>
    <message>
        <source>Weights and biases (batch norm folded)</source>
        <translation>Gewichte und Biases (Batch-Norm eingefaltet)</translation>
    </message>
    <message>
        <source>Parameters × bits ÷ 8</source>
        <translation>Parameter × Bits ÷ 8</translation>
    </message>
    <message>
        <source>Output elements × bits ÷ 8</source>
        <translation>Ausgabeelemente × Bits ÷ 8</translation>
    </message>
</context>
<context>
    <name>edgefront::MainWindow</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close EdgeFront</source>
        <translation>EdgeFront schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the design-space decisions</source>
        <translation>Entscheidungen des Entwurfsraums ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Sample Architecture</source>
        <translation>Architektur &amp;ziehen</translation>
    </message>
    <message>
        <source>Sample the next random architecture of the current space</source>
        <translation>Die nächste zufällige Architektur des aktuellen Raums ziehen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EdgeFront</source>
        <translation>Ü&amp;ber EdgeFront</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About EdgeFront</source>
        <translation>Über EdgeFront</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EdgeFront %1&lt;/h3&gt;&lt;p&gt;Design one neural network for many edge devices: predicted accuracy, latency and energy fronts per device, proxy-device transfer and a neural optimizer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdgeFront %1&lt;/h3&gt;&lt;p&gt;Ein neuronales Netz für viele Edge-Geräte entwerfen: vorhergesagte Genauigkeits-, Latenz- und Energiefronten je Gerät, Transfer über ein Stellvertretergerät und ein neuronaler Optimierer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Could not open the project.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1

EdgeFront works on a temporary project with the built-in fleet; it is deleted when you quit.</source>
        <translation>%1

EdgeFront arbeitet mit einem temporären Projekt mit der eingebauten Flotte; es wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <source>%1 (temporary) — EdgeFront</source>
        <translation>%1 (temporär) — EdgeFront</translation>
    </message>
    <message>
        <source>%1 — EdgeFront</source>
        <translation>%1 — EdgeFront</translation>
    </message>
    <message>
        <source>No project — EdgeFront</source>
        <translation>Kein Projekt — EdgeFront</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Fleet SRCC</source>
        <translation>Flotten-SRCC</translation>
    </message>
    <message>
        <source>Show or hide the device library</source>
        <translation>Die Gerätebibliothek ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the SRCC heat map of the fleet</source>
        <translation>Die SRCC-Heatmap der Flotte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Compute Fleet &amp;SRCC</source>
        <translation>Flotten-&amp;SRCC berechnen</translation>
    </message>
    <message>
        <source>Compute the rank correlation of every device pair&apos;s latencies</source>
        <translation>Die Rangkorrelation der Latenzen aller Gerätepaare berechnen</translation>
    </message>
</context>
<context>
    <name>edgefront::SrccHeatMap</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Fleet SRCC heat map</source>
        <translation>SRCC-Heatmap der Flotte</translation>
    </message>
    <message>
        <source>Spearman rank correlation (SRCC) of every pair of devices&apos; latencies on the same architectures. Blue pairs (SRCC of 0.9 or more) can share a proxy device&apos;s search results; red pairs need the proxy adapted. Arrow keys move the focus cell, Enter selects its two devices.</source>
        <translation>Spearman-Rangkorrelation (SRCC) der Latenzen jedes Gerätepaars auf denselben Architekturen. Blaue Paare (SRCC ab 0,9) können die Suchergebnisse eines Stellvertretergeräts teilen; rote Paare brauchen einen angepassten Stellvertreter. Pfeiltasten bewegen die Fokuszelle, Eingabe wählt ihre beiden Geräte.</translation>
    </message>
    <message>
        <source>%1 vs %2: SRCC %3 (Kendall %4)</source>
        <translation>%1 vs. %2: SRCC %3 (Kendall %4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No SRCC matrix yet</source>
        <translation>Noch keine SRCC-Matrix</translation>
    </message>
    <message>
        <source>SRCC</source>
        <translation>SRCC</translation>
    </message>
</context>
</TS>
