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
    <message>
        <source>Predictors</source>
        <translation>Prädiktoren</translation>
    </message>
    <message>
        <source>Show or hide the predictors and their quality</source>
        <translation>Prädiktoren und ihre Güte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Train Predictor…</source>
        <translation>Prädiktor &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a latency, energy, accuracy or scalable predictor from the project&apos;s data</source>
        <translation>Einen Latenz-, Energie-, Genauigkeits- oder skalierbaren Prädiktor aus den Daten des Projekts trainieren</translation>
    </message>
</context>
<context>
    <name>edgefront::PredictorPanel</name>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>energy (mJ)</source>
        <translation>Energie (mJ)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Filter predictors</source>
        <translation>Prädiktoren filtern</translation>
    </message>
    <message>
        <source>Show only predictors whose name, kind, space, metric, device or provenance contain this text</source>
        <translation>Nur Prädiktoren zeigen, deren Name, Art, Raum, Metrik, Gerät oder Herkunft diesen Text enthält</translation>
    </message>
    <message>
        <source>Predictor filter</source>
        <translation>Prädiktorfilter</translation>
    </message>
    <message>
        <source>Number of predictors shown</source>
        <translation>Anzahl der angezeigten Prädiktoren</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>&amp;Trainieren…</translation>
    </message>
    <message>
        <source>Train a latency, energy, accuracy or scalable predictor from the project&apos;s data</source>
        <translation>Einen Latenz-, Energie-, Genauigkeits- oder skalierbaren Prädiktor aus den Daten des Projekts trainieren</translation>
    </message>
    <message>
        <source>&amp;Import ONNX…</source>
        <translation>ONNX &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a predictor saved as ONNX (EdgeFront&apos;s or another tool&apos;s MLP)</source>
        <translation>Einen als ONNX gespeicherten Prädiktor importieren (MLP von EdgeFront oder einem anderen Werkzeug)</translation>
    </message>
    <message>
        <source>E&amp;xport ONNX…</source>
        <translation>ONNX e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected predictor as ONNX</source>
        <translation>Den ausgewählten Prädiktor als ONNX speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected predictor from the project</source>
        <translation>Den ausgewählten Prädiktor aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>Prädiktoren</translation>
    </message>
    <message>
        <source>Device to check the predictor on</source>
        <translation>Gerät, auf dem der Prädiktor geprüft wird</translation>
    </message>
    <message>
        <source>Devices that can give the predictor&apos;s metric on its space: measured devices are checked on their measurements, the others on simulated measurements</source>
        <translation>Geräte, die die Metrik des Prädiktors auf seinem Raum liefern können: gemessene Geräte werden an ihren Messungen geprüft, die anderen an simulierten Messungen</translation>
    </message>
    <message>
        <source>Number of architectures</source>
        <translation>Anzahl der Architekturen</translation>
    </message>
    <message>
        <source>Random architectures to simulate (virtual devices), or at most this many measurements (measured devices)</source>
        <translation>Zu simulierende zufällige Architekturen (virtuelle Geräte) oder höchstens so viele Messungen (gemessene Geräte)</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Architectures:</source>
        <translation>&amp;Architekturen:</translation>
    </message>
    <message>
        <source>Quality computation in progress</source>
        <translation>Güteberechnung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop computing the predictor&apos;s quality</source>
        <translation>Die Berechnung der Prädiktorgüte abbrechen</translation>
    </message>
    <message>
        <source>Save C&amp;hart…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the scatter plot as a PNG image</source>
        <translation>Das Streudiagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Spearman-Rangkorrelation</translation>
    </message>
    <message>
        <source>Mean absolute percentage error</source>
        <translation>Mittlerer absoluter prozentualer Fehler</translation>
    </message>
    <message>
        <source>Share of predictions within 10 percent</source>
        <translation>Anteil der Vorhersagen innerhalb von 10 Prozent</translation>
    </message>
    <message>
        <source>Spearman rank correlation of predicted and true values (1 = same ranking)</source>
        <translation>Spearman-Rangkorrelation von vorhergesagten und wahren Werten (1 = gleiche Rangfolge)</translation>
    </message>
    <message>
        <source>Mean absolute percentage error of the predictions</source>
        <translation>Mittlerer absoluter prozentualer Fehler der Vorhersagen</translation>
    </message>
    <message>
        <source>Share of predictions within ±10 % of the truth (nn-Meter&apos;s measure)</source>
        <translation>Anteil der Vorhersagen innerhalb von ±10 % der Wahrheit (Maß von nn-Meter)</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>Within ±10 %</source>
        <translation>Innerhalb ±10 %</translation>
    </message>
    <message>
        <source>Quality details</source>
        <translation>Gütedetails</translation>
    </message>
    <message>
        <source>Predicted against true values</source>
        <translation>Vorhergesagte gegen wahre Werte</translation>
    </message>
    <message>
        <source>Quality on a device</source>
        <translation>Güte auf einem Gerät</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart.</source>
        <translation>Das Diagramm konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Open a project to see its predictors.</source>
        <translation>Öffnen Sie ein Projekt, um seine Prädiktoren zu sehen.</translation>
    </message>
    <message>
        <source>No predictor yet. Train one (Run &gt; Train Predictor…) or import an ONNX predictor.</source>
        <translation>Noch kein Prädiktor. Trainieren Sie einen (Ausführen &gt; Prädiktor trainieren…) oder importieren Sie einen ONNX-Prädiktor.</translation>
    </message>
    <message>
        <source>Select a predictor to see how well it predicts.</source>
        <translation>Wählen Sie einen Prädiktor, um zu sehen, wie gut er vorhersagt.</translation>
    </message>
    <message>
        <source>Could not load the predictor: %1</source>
        <translation>Der Prädiktor konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Accuracy table: %1</source>
        <translation>Genauigkeitstabelle: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The project has no accuracy measurements on %1 to check this predictor against. Import an accuracy table (File &gt; Import Measurements).</source>
        <translation>Das Projekt hat keine Genauigkeitsmessungen auf %1, an denen dieser Prädiktor geprüft werden kann. Importieren Sie eine Genauigkeitstabelle (Datei &gt; Messungen importieren).</translation>
    </message>
    <message numerus="yes">
        <source>Computing predictions for %n architecture(s)…</source>
        <translation>
            <numerusform>Berechne Vorhersagen für %n Architektur…</numerusform>
            <numerusform>Berechne Vorhersagen für %n Architekturen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not check the predictor: %1</source>
        <translation>Der Prädiktor konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Gemessene %1</translation>
    </message>
    <message>
        <source>Lookup-table %1</source>
        <translation>%1 aus Lookup-Tabelle</translation>
    </message>
    <message>
        <source>Simulated %1</source>
        <translation>Simulierte %1</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>Vorhergesagte %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 architectures (%2 truth, seed %3); Kendall τ %4, RMSE %5; computed in %6.</source>
        <translation>%1 Architekturen (Wahrheit: %2, Seed %3); Kendall τ %4, RMSE %5; berechnet in %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n predictor(s)</source>
        <translation>
            <numerusform>%n Prädiktor</numerusform>
            <numerusform>%n Prädiktoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n predictor(s)</source>
        <translation>
            <numerusform>%1 von %n Prädiktor</numerusform>
            <numerusform>%1 von %n Prädiktoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained and stored %1.</source>
        <translation>%1 trainiert und gespeichert.</translation>
    </message>
    <message>
        <source>Import ONNX Predictor</source>
        <translation>ONNX-Prädiktor importieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import ONNX</source>
        <translation>ONNX importieren</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n input(s) per architecture. Say what it predicts and how its input encodes an architecture.</source>
        <translation>
            <numerusform>%1 nimmt %n Eingabe je Architektur. Geben Sie an, was es vorhersagt und wie seine Eingabe eine Architektur kodiert.</numerusform>
            <numerusform>%1 nimmt %n Eingaben je Architektur. Geben Sie an, was es vorhersagt und wie seine Eingabe eine Architektur kodiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Input encoding</source>
        <translation>Eingabekodierung</translation>
    </message>
    <message>
        <source>onehot: the space&apos;s one-hot encoding; ofa-acc: Once-for-All&apos;s accuracy-predictor encoding (kernel, expand and resolution one-hots)</source>
        <translation>onehot: die One-hot-Kodierung des Raums; ofa-acc: die Kodierung des Once-for-All-Genauigkeitsprädiktors (One-hots für Kernel, Expansion und Auflösung)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Device the predictor is for</source>
        <translation>Gerät, für das der Prädiktor gilt</translation>
    </message>
    <message>
        <source>Output scale</source>
        <translation>Ausgabefaktor</translation>
    </message>
    <message>
        <source>Outputs are multiplied by this, e.g. 100 when the model gives accuracy as a fraction</source>
        <translation>Die Ausgaben werden damit multipliziert, z. B. 100, wenn das Modell die Genauigkeit als Anteil liefert</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>Prädiktorname</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The %1 encoding of %2 has %3 inputs: it fits.</source>
        <translation>Die Kodierung %1 von %2 hat %3 Eingaben: Sie passt.</translation>
    </message>
    <message>
        <source>The %1 encoding of %2 has %3 inputs, the model takes %4.</source>
        <translation>Die Kodierung %1 von %2 hat %3 Eingaben, das Modell nimmt %4.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Output s&amp;cale:</source>
        <translation>Ausgabe&amp;faktor:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The model gives non-finite outputs.</source>
        <translation>Das Modell liefert nicht endliche Ausgaben.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export ONNX Predictor</source>
        <translation>ONNX-Prädiktor exportieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>ONNX exportieren</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 nicht möglich.</translation>
    </message>
    <message>
        <source>The predictor cannot be written as ONNX.</source>
        <translation>Der Prädiktor kann nicht als ONNX geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Remove Predictor</source>
        <translation>Prädiktor entfernen</translation>
    </message>
    <message>
        <source>Remove the predictor “%1” from the project? This cannot be undone.</source>
        <translation>Den Prädiktor „%1“ aus dem Projekt entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2 with the latencies of its signature architectures.</source>
        <translation>Kein Gerät des Projekts kann %1 auf %2 mit den Latenzen seiner Signaturarchitekturen liefern.</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2.</source>
        <translation>Kein Gerät des Projekts kann %1 auf %2 liefern.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>measured accuracy</source>
        <translation>gemessene Genauigkeit</translation>
    </message>
    <message>
        <source>lookup table</source>
        <translation>Lookup-Tabelle</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
</context>
<context>
    <name>edgefront::PredictorTableModel</name>
    <message>
        <source>MACs baseline</source>
        <translation>MACs-Basislinie</translation>
    </message>
    <message>
        <source>Linear (operator-level)</source>
        <translation>Linear (Operatorebene)</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>Accuracy MLP</source>
        <translation>Genauigkeits-MLP</translation>
    </message>
    <message>
        <source>Scalable</source>
        <translation>Skalierbar</translation>
    </message>
    <message>
        <source>Imported (ONNX)</source>
        <translation>Importiert (ONNX)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>Energie (mJ)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>beliebiges Gerät</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>Trainiert mit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Held-out: %n architecture(s)</source>
        <translation>
            <numerusform>Zurückgehalten: %n Architektur</numerusform>
            <numerusform>Zurückgehalten: %n Architekturen</numerusform>
        </translation>
    </message>
    <message>
        <source>No held-out quality (imported); check it in the quality view</source>
        <translation>Keine Güte auf zurückgehaltenen Daten (importiert); prüfen Sie sie in der Güteansicht</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>±10 %</source>
        <translation>±10 %</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>Prädiktorname</translation>
    </message>
    <message>
        <source>Model kind: MACs baseline, operator-level linear, MLP, accuracy MLP, scalable (device-conditioned) or imported ONNX</source>
        <translation>Modellart: MACs-Basislinie, linear auf Operatorebene, MLP, Genauigkeits-MLP, skalierbar (gerätekonditioniert) oder importiertes ONNX</translation>
    </message>
    <message>
        <source>Design space whose architectures the predictor takes</source>
        <translation>Entwurfsraum, dessen Architekturen der Prädiktor nimmt</translation>
    </message>
    <message>
        <source>What the predictor predicts</source>
        <translation>Was der Prädiktor vorhersagt</translation>
    </message>
    <message>
        <source>The device predicted; &quot;any device&quot; for accuracy and device-conditioned predictors</source>
        <translation>Das vorhergesagte Gerät; „beliebiges Gerät“ bei Genauigkeits- und gerätekonditionierten Prädiktoren</translation>
    </message>
    <message>
        <source>The data the predictor was trained on</source>
        <translation>Die Daten, mit denen der Prädiktor trainiert wurde</translation>
    </message>
    <message>
        <source>Spearman rank correlation of predictions and truth on held-out architectures</source>
        <translation>Spearman-Rangkorrelation von Vorhersagen und Wahrheit auf zurückgehaltenen Architekturen</translation>
    </message>
    <message>
        <source>Mean absolute percentage error on held-out architectures</source>
        <translation>Mittlerer absoluter prozentualer Fehler auf zurückgehaltenen Architekturen</translation>
    </message>
    <message>
        <source>Share of held-out predictions within ±10 % of the truth</source>
        <translation>Anteil der zurückgehaltenen Vorhersagen innerhalb von ±10 % der Wahrheit</translation>
    </message>
</context>
<context>
    <name>edgefront::ScatterChart</name>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
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
<context>
    <name>edgefront::TrainDialog</name>
    <message>
        <source>Train Predictor</source>
        <translation>Prädiktor trainieren</translation>
    </message>
    <message>
        <source>Latency MLP (one device)</source>
        <translation>Latenz-MLP (ein Gerät)</translation>
    </message>
    <message>
        <source>Energy MLP (one device)</source>
        <translation>Energie-MLP (ein Gerät)</translation>
    </message>
    <message>
        <source>Linear, operator-level latency (one device)</source>
        <translation>Lineare Latenz auf Operatorebene (ein Gerät)</translation>
    </message>
    <message>
        <source>MACs baseline latency (one device)</source>
        <translation>MACs-Basislinie der Latenz (ein Gerät)</translation>
    </message>
    <message>
        <source>Accuracy MLP (accuracy table)</source>
        <translation>Genauigkeits-MLP (Genauigkeitstabelle)</translation>
    </message>
    <message>
        <source>Scalable latency (many devices, any device)</source>
        <translation>Skalierbare Latenz (viele Geräte, beliebiges Gerät)</translation>
    </message>
    <message>
        <source>Predictor kind</source>
        <translation>Prädiktorart</translation>
    </message>
    <message>
        <source>What to train: a per-device MLP, the operator-level linear model proxy adaptation scales, the MACs baseline, an accuracy MLP, or one device-conditioned predictor for any device</source>
        <translation>Was trainiert wird: ein MLP je Gerät, das lineare Modell auf Operatorebene, das die Proxy-Anpassung skaliert, die MACs-Basislinie, ein Genauigkeits-MLP oder ein gerätekonditionierter Prädiktor für jedes Gerät</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>The design space whose architectures the predictor takes</source>
        <translation>Der Entwurfsraum, dessen Architekturen der Prädiktor nimmt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The device whose measurements (measured devices) or simulated measurements (virtual devices) the predictor learns</source>
        <translation>Das Gerät, dessen Messungen (gemessene Geräte) oder simulierte Messungen (virtuelle Geräte) der Prädiktor lernt</translation>
    </message>
    <message>
        <source>Devices of the scalable predictor</source>
        <translation>Geräte des skalierbaren Prädiktors</translation>
    </message>
    <message>
        <source>Check the devices to train on (Space toggles); each needs latencies of the space&apos;s signature architectures</source>
        <translation>Die Geräte zum Training ankreuzen (Leertaste schaltet um); jedes braucht Latenzen der Signaturarchitekturen des Raums</translation>
    </message>
    <message>
        <source>Accuracy table</source>
        <translation>Genauigkeitstabelle</translation>
    </message>
    <message>
        <source>The dataset of the imported accuracy measurements to learn</source>
        <translation>Der Datensatz der importierten Genauigkeitsmessungen, der gelernt wird</translation>
    </message>
    <message>
        <source>Samples per device</source>
        <translation>Stichproben pro Gerät</translation>
    </message>
    <message>
        <source>Architectures per device: simulated measurements of distinct random architectures (virtual devices) or at most this many measurements (measured devices); 20 % are held out to measure the quality</source>
        <translation>Architekturen pro Gerät: simulierte Messungen verschiedener zufälliger Architekturen (virtuelle Geräte) oder höchstens so viele Messungen (gemessene Geräte); 20 % werden zur Gütemessung zurückgehalten</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Training epochs at most (training stops early when the validation loss stops improving)</source>
        <translation>Höchstzahl der Trainingsepochen (das Training endet früher, wenn sich der Validierungsverlust nicht mehr verbessert)</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>Breiten der verdeckten Schichten</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, comma-separated (e.g. 128,128)</source>
        <translation>Breiten der verdeckten Schichten des MLP, durch Kommas getrennt (z. B. 128,128)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>Prädiktorname</translation>
    </message>
    <message>
        <source>Name in the predictor list; empty: a summary such as &quot;mlp latency_ms of mcu-a for nb201&quot;</source>
        <translation>Name in der Prädiktorliste; leer: eine Zusammenfassung wie „mlp latency_ms of mcu-a for nb201“</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Trainingsstatus</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Read the training data and train the predictor; it is stored in the project</source>
        <translation>Die Trainingsdaten lesen und den Prädiktor trainieren; er wird im Projekt gespeichert</translation>
    </message>
    <message>
        <source>Stop the training (nothing is stored), or close the dialog</source>
        <translation>Das Training abbrechen (nichts wird gespeichert) oder den Dialog schließen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Ger&amp;äte:</translation>
    </message>
    <message>
        <source>&amp;Accuracy table:</source>
        <translation>Gena&amp;uigkeitstabelle:</translation>
    </message>
    <message>
        <source>Sa&amp;mples per device:</source>
        <translation>Stichproben &amp;pro Gerät:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Hidden widths:</source>
        <translation>&amp;Verdeckte Breiten:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rows at &amp;most:</source>
        <translation>&amp;Höchstens Zeilen:</translation>
    </message>
    <message>
        <source>The project has no accuracy measurements on %1; import an accuracy table (File &gt; Import Measurements) first.</source>
        <translation>Das Projekt hat keine Genauigkeitsmessungen auf %1; importieren Sie zuerst eine Genauigkeitstabelle (Datei &gt; Messungen importieren).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2.</source>
        <translation>Kein Gerät des Projekts kann %1 auf %2 liefern.</translation>
    </message>
    <message>
        <source>A scalable predictor needs at least 2 devices with signature latencies on %1.</source>
        <translation>Ein skalierbarer Prädiktor braucht mindestens 2 Geräte mit Signaturlatenzen auf %1.</translation>
    </message>
    <message>
        <source>Hidden widths: &quot;%1&quot; is not a width in 1..8192.</source>
        <translation>Verdeckte Breiten: „%1“ ist keine Breite in 1..8192.</translation>
    </message>
    <message>
        <source>Hidden widths: give at least one width, e.g. 128,128.</source>
        <translation>Verdeckte Breiten: Geben Sie mindestens eine Breite an, z. B. 128,128.</translation>
    </message>
    <message>
        <source>Check at least 2 devices for a scalable predictor.</source>
        <translation>Kreuzen Sie für einen skalierbaren Prädiktor mindestens 2 Geräte an.</translation>
    </message>
    <message>
        <source>The project has no accuracy table on %1.</source>
        <translation>Das Projekt hat keine Genauigkeitstabelle auf %1.</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the training data of %n device(s)…</source>
        <translation>
            <numerusform>Lese die Trainingsdaten von %n Gerät…</numerusform>
            <numerusform>Lese die Trainingsdaten von %n Geräten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Training abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Could not train the predictor: %1</source>
        <translation>Der Prädiktor konnte nicht trainiert werden: %1</translation>
    </message>
    <message>
        <source>Could not store the predictor: %1</source>
        <translation>Der Prädiktor konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Trained in %1 s.</source>
        <translation>In %1 s trainiert.</translation>
    </message>
</context>
</TS>
