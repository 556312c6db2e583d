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
        <source>EdgeFront</source>
        <translation>EdgeFront</translation>
    </message>
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
</context>
</TS>
