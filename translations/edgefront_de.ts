<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FrontChart</name>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>edgefront::AnalysisState</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
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
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>edgefront::BlockDiagram</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>conv 1×1</source>
        <translation>Conv 1×1</translation>
    </message>
    <message>
        <source>conv 3×3</source>
        <translation>Conv 3×3</translation>
    </message>
    <message>
        <source>avg pool 3×3</source>
        <translation>Avg-Pool 3×3</translation>
    </message>
    <message>
        <source>Block diagram of the design</source>
        <translation>Blockdiagramm des Entwurfs</translation>
    </message>
    <message>
        <source>No design selected.</source>
        <translation>Kein Entwurf ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: resolution %2, %n active block(s)</source>
        <translation>
            <numerusform>%1: Auflösung %2, %n aktiver Block</numerusform>
            <numerusform>%1: Auflösung %2, %n aktive Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>NAS-Bench-201 cell, edges: %1</source>
        <translation>NAS-Bench-201-Zelle, Kanten: %1</translation>
    </message>
    <message>
        <source>No block diagram for the design space %1.</source>
        <translation>Kein Blockdiagramm für den Entwurfsraum %1.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Input image, %1×%1 pixels</source>
        <translation>Eingabebild, %1×%1 Pixel</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>conv 3×3 s2</source>
        <translation>Conv 3×3 s2</translation>
    </message>
    <message>
        <source>%1 ch</source>
        <translation>%1 Kan.</translation>
    </message>
    <message>
        <source>First convolution: 3×3, stride 2, %1 channels, h_swish</source>
        <translation>Erste Faltung: 3×3, Schrittweite 2, %1 Kanäle, h_swish</translation>
    </message>
    <message>
        <source>Block 0</source>
        <translation>Block 0</translation>
    </message>
    <message>
        <source>dw 3×3</source>
        <translation>DW 3×3</translation>
    </message>
    <message>
        <source>First block: depthwise 3×3 and a 1×1 projection to %1 channels, relu (fixed)</source>
        <translation>Erster Block: Depthwise 3×3 und eine 1×1-Projektion auf %1 Kanäle, relu (fest)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>1×1 → %1</source>
        <translation>1×1 → %1</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>fc 1000</source>
        <translation>FC 1000</translation>
    </message>
    <message>
        <source>Final 1×1 expand to %1 channels, global pooling, 1×1 feature mix to %2 channels, classifier</source>
        <translation>Abschließende 1×1-Expansion auf %1 Kanäle, globales Pooling, 1×1-Merkmalsmischung auf %2 Kanäle, Klassifikator</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source> · s%1</source>
        <translation> · s%1</translation>
    </message>
    <message>
        <source> · SE</source>
        <translation> · SE</translation>
    </message>
    <message>
        <source>Stage %1: %2 output channels, stride %3, %4%5</source>
        <translation>Stufe %1: %2 Ausgabekanäle, Schrittweite %3, %4%5</translation>
    </message>
    <message>
        <source>, squeeze-and-excite</source>
        <translation>, Squeeze-and-Excitation</translation>
    </message>
    <message>
        <source>%1×%1 · e%2</source>
        <translation>%1×%1 · e%2</translation>
    </message>
    <message>
        <source>Stage %1, block %2: MBConv, kernel %3×%3, expand ratio %4, stride %5, %6 output channels, %7</source>
        <translation>Stufe %1, Block %2: MBConv, Kern %3×%3, Expansionsverhältnis %4, Schrittweite %5, %6 Ausgabekanäle, %7</translation>
    </message>
    <message>
        <source>, weights and activations %1</source>
        <translation>, Gewichte und Aktivierungen %1</translation>
    </message>
    <message>
        <source>Node 0: the cell&apos;s input</source>
        <translation>Knoten 0: die Eingabe der Zelle</translation>
    </message>
    <message>
        <source>Node 3: the cell&apos;s output, the sum of its incoming edges</source>
        <translation>Knoten 3: die Ausgabe der Zelle, die Summe seiner eingehenden Kanten</translation>
    </message>
    <message>
        <source>Node %1: the sum of its incoming edges</source>
        <translation>Knoten %1: die Summe seiner eingehenden Kanten</translation>
    </message>
    <message>
        <source>Edge %1 (node %2 → node %3): %4</source>
        <translation>Kante %1 (Knoten %2 → Knoten %3): %4</translation>
    </message>
    <message>
        <source>conv 3×3, 16</source>
        <translation>Conv 3×3, 16</translation>
    </message>
    <message>
        <source>3×3 convolution to 16 channels</source>
        <translation>3×3-Faltung auf 16 Kanäle</translation>
    </message>
    <message>
        <source>5 cells</source>
        <translation>5 Zellen</translation>
    </message>
    <message>
        <source>16 ch, 32×32</source>
        <translation>16 Kan., 32×32</translation>
    </message>
    <message>
        <source>Stage 1: five copies of the cell at 16 channels</source>
        <translation>Stufe 1: fünf Kopien der Zelle mit 16 Kanälen</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <source>res ↓2, 32</source>
        <translation>Res ↓2, 32</translation>
    </message>
    <message>
        <source>Residual reduction block: stride 2, 32 channels</source>
        <translation>Residualer Reduktionsblock: Schrittweite 2, 32 Kanäle</translation>
    </message>
    <message>
        <source>32 ch, 16×16</source>
        <translation>32 Kan., 16×16</translation>
    </message>
    <message>
        <source>Stage 2: five copies of the cell at 32 channels</source>
        <translation>Stufe 2: fünf Kopien der Zelle mit 32 Kanälen</translation>
    </message>
    <message>
        <source>res ↓2, 64</source>
        <translation>Res ↓2, 64</translation>
    </message>
    <message>
        <source>Residual reduction block: stride 2, 64 channels</source>
        <translation>Residualer Reduktionsblock: Schrittweite 2, 64 Kanäle</translation>
    </message>
    <message>
        <source>64 ch, 8×8</source>
        <translation>64 Kan., 8×8</translation>
    </message>
    <message>
        <source>Stage 3: five copies of the cell at 64 channels</source>
        <translation>Stufe 3: fünf Kopien der Zelle mit 64 Kanälen</translation>
    </message>
    <message>
        <source>pool, fc 10</source>
        <translation>Pool, FC 10</translation>
    </message>
    <message>
        <source>BN + ReLU, global pooling, linear classifier (10 classes)</source>
        <translation>BN + ReLU, globales Pooling, linearer Klassifikator (10 Klassen)</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>s%1</source>
        <translation>s%1</translation>
    </message>
    <message>
        <source>kernel 3</source>
        <translation>Kern 3</translation>
    </message>
    <message>
        <source>kernel 5</source>
        <translation>Kern 5</translation>
    </message>
    <message>
        <source>kernel 7</source>
        <translation>Kern 7</translation>
    </message>
    <message>
        <source>bar: expand ratio (of 6)</source>
        <translation>Balken: Expansionsverhältnis (von 6)</translation>
    </message>
    <message>
        <source>squeeze-excite</source>
        <translation>Squeeze-Excitation</translation>
    </message>
    <message>
        <source>stride 2</source>
        <translation>Schrittweite 2</translation>
    </message>
    <message>
        <source>Cell (used 15 times): node j sums op(i → j)(node i) over i &lt; j</source>
        <translation>Zelle (15-mal verwendet): Knoten j summiert op(i → j)(Knoten i) über i &lt; j</translation>
    </message>
</context>
<context>
    <name>edgefront::CandidateInspector</name>
    <message>
        <source>virtual device: analytic layer-wise roofline model (expected values, no noise)</source>
        <translation>virtuelles Gerät: analytisches schichtweises Roofline-Modell (Erwartungswerte, kein Rauschen)</translation>
    </message>
    <message>
        <source>calibrated device: analytic model fitted to %1</source>
        <translation>kalibriertes Gerät: an %1 angepasstes analytisches Modell</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>lookup-table device: Once-for-All per-operator latency table (latency only)</source>
        <translation>Lookup-Tabellen-Gerät: Once-for-All-Latenztabelle je Operator (nur Latenz)</translation>
    </message>
    <message>
        <source>measured device: imported measurements (mean of repeats), none for other designs</source>
        <translation>gemessenes Gerät: importierte Messungen (Mittel der Wiederholungen), keine für andere Entwürfe</translation>
    </message>
    <message>
        <source>Inspected design</source>
        <translation>Untersuchter Entwurf</translation>
    </message>
    <message>
        <source>Layers of the design</source>
        <translation>Schichten des Entwurfs</translation>
    </message>
    <message>
        <source>Design summary</source>
        <translation>Entwurfsübersicht</translation>
    </message>
    <message>
        <source>Predicted against measured</source>
        <translation>Vorhergesagt gegen gemessen</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen stammen</translation>
    </message>
    <message>
        <source>fixed overhead</source>
        <translation>fester Overhead</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Select a candidate to inspect it.</source>
        <translation>Wählen Sie einen Kandidaten, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;%1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;Accuracy&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1 %&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Latency&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2 ms&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Energy&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%3 mJ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Peak memory&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4 MB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MACs&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Parameters&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Layers&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;Genauigkeit&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1 %&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Latenz&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2 ms&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Energie&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%3 mJ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Spitzenspeicher&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4 MB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MACs&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5 Mio.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Parameter&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6 Mio.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schichten&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00&quot;&gt;Not runnable on this device: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00&quot;&gt;Auf diesem Gerät nicht ausführbar: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Predicted vs measured&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Vorhergesagt vs. gemessen&lt;/h4&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The device has %n latency measurement(s) on %1, none of this design.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Das Gerät hat %n Latenzmessung auf %1, keine davon für diesen Entwurf.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Das Gerät hat %n Latenzmessungen auf %1, keine davon für diesen Entwurf.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements of this design on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Messungen dieses Entwurfs auf diesem Gerät.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analytic model</source>
        <translation>Analytisches Modell</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;%1&lt;/th&gt;%2&lt;th&gt;Measured&lt;/th&gt;&lt;th&gt;Error&lt;/th&gt;%3&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;%1&lt;/th&gt;%2&lt;th&gt;Gemessen&lt;/th&gt;&lt;th&gt;Fehler&lt;/th&gt;%3&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;Predictor&lt;/th&gt;</source>
        <translation>&lt;th&gt;Prädiktor&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;Predictor error&lt;/th&gt;</source>
        <translation>&lt;th&gt;Prädiktorfehler&lt;/th&gt;</translation>
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
        <source>&lt;b&gt;Accuracy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Genauigkeit:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured accuracy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gemessene Genauigkeit:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latency and energy:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Latenz und Energie:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-layer bars:&lt;/b&gt; analytic cost model of %1 (compute vs memory time per layer, launch overhead; energy from MACs, DRAM bytes and idle power)</source>
        <translation>&lt;b&gt;Balken je Schicht:&lt;/b&gt; analytisches Kostenmodell von %1 (Rechen- gegen Speicherzeit je Schicht, Start-Overhead; Energie aus MACs, DRAM-Bytes und Leerlaufleistung)</translation>
    </message>
    <message>
        <source>The per-layer split is modelled from the device&apos;s specs; the device&apos;s own numbers are network totals.</source>
        <translation>Die Aufteilung auf die Schichten ist aus den technischen Daten des Geräts modelliert; die eigenen Zahlen des Geräts sind Gesamtwerte des Netzes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predictor:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prädiktor:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured:&lt;/b&gt; the project&apos;s measurements of this design on %1 (mean of repeats)</source>
        <translation>&lt;b&gt;Gemessen:&lt;/b&gt; die Messungen dieses Entwurfs auf %1 im Projekt (Mittel der Wiederholungen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;MACs and parameters:&lt;/b&gt; exact counts of the layer graph (Once-for-All&apos;s profiler convention)</source>
        <translation>&lt;b&gt;MACs und Parameter:&lt;/b&gt; exakte Zählung über den Schichtgraphen (Konvention des Once-for-All-Profilers)</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Where the numbers come from&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Woher die Zahlen stammen&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>edgefront::CompareTableModel</name>
    <message>
        <source>%1
Press Enter or double-click to select it on every chart.</source>
        <translation>%1
Eingabetaste oder Doppelklick wählt ihn in jedem Diagramm aus.</translation>
    </message>
    <message>
        <source>No candidate meets the latency budget on this device.</source>
        <translation>Kein Kandidat hält das Latenzbudget auf diesem Gerät ein.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none within the budget</source>
        <translation>keiner im Budget</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
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
        <source>Meets budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <source>On front</source>
        <translation>Auf der Front</translation>
    </message>
    <message>
        <source>Best accuracy (%)</source>
        <translation>Beste Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Best latency (ms)</source>
        <translation>Latenz des Besten (ms)</translation>
    </message>
    <message>
        <source>Best energy (mJ)</source>
        <translation>Energie des Besten (mJ)</translation>
    </message>
    <message>
        <source>Best design within budget</source>
        <translation>Bester Entwurf im Budget</translation>
    </message>
    <message>
        <source>Compared device</source>
        <translation>Verglichenes Gerät</translation>
    </message>
    <message>
        <source>Latency of the selected candidate on the device</source>
        <translation>Latenz des ausgewählten Kandidaten auf dem Gerät</translation>
    </message>
    <message>
        <source>Energy of the selected candidate on the device</source>
        <translation>Energie des ausgewählten Kandidaten auf dem Gerät</translation>
    </message>
    <message>
        <source>Whether the selected candidate&apos;s latency is within the latency budget</source>
        <translation>Ob die Latenz des ausgewählten Kandidaten innerhalb des Latenzbudgets liegt</translation>
    </message>
    <message>
        <source>Whether the selected candidate is Pareto-optimal (accuracy, latency) on the device</source>
        <translation>Ob der ausgewählte Kandidat auf dem Gerät Pareto-optimal ist (Genauigkeit, Latenz)</translation>
    </message>
    <message>
        <source>Accuracy of the device&apos;s most accurate candidate within the latency budget</source>
        <translation>Genauigkeit des genauesten Kandidaten des Geräts innerhalb des Latenzbudgets</translation>
    </message>
    <message>
        <source>Latency of that candidate on the device</source>
        <translation>Latenz dieses Kandidaten auf dem Gerät</translation>
    </message>
    <message>
        <source>Energy of that candidate on the device</source>
        <translation>Energie dieses Kandidaten auf dem Gerät</translation>
    </message>
    <message>
        <source>That candidate&apos;s design</source>
        <translation>Entwurf dieses Kandidaten</translation>
    </message>
</context>
<context>
    <name>edgefront::CompareView</name>
    <message>
        <source>Design space of the candidates</source>
        <translation>Entwurfsraum der Kandidaten</translation>
    </message>
    <message>
        <source>The design space the compared candidates are drawn from</source>
        <translation>Der Entwurfsraum, aus dem die verglichenen Kandidaten gezogen werden</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>Anzahl der Kandidaten</translation>
    </message>
    <message>
        <source>Distinct random designs evaluated on every device (the same designs everywhere)</source>
        <translation>Verschiedene zufällige Entwürfe, die auf jedem Gerät bewertet werden (überall dieselben Entwürfe)</translation>
    </message>
    <message>
        <source>Seed of the candidates</source>
        <translation>Startwert der Kandidaten</translation>
    </message>
    <message>
        <source>The same seed draws the same candidates</source>
        <translation>Derselbe Startwert zieht dieselben Kandidaten</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Latency budget on every compared device: the table shows whether the selected candidate meets it and each device&apos;s most accurate candidate within it</source>
        <translation>Latenzbudget auf jedem verglichenen Gerät: Die Tabelle zeigt, ob der ausgewählte Kandidat es einhält, und den genauesten Kandidaten jedes Geräts innerhalb des Budgets</translation>
    </message>
    <message>
        <source>S&amp;hared axes</source>
        <translation>Gemeinsame A&amp;chsen</translation>
    </message>
    <message>
        <source>Draw every chart on the same latency and accuracy ranges</source>
        <translation>Alle Diagramme mit denselben Latenz- und Genauigkeitsbereichen zeichnen</translation>
    </message>
    <message>
        <source>&amp;Log latency</source>
        <translation>&amp;Logarithmische Latenz</translation>
    </message>
    <message>
        <source>Logarithmic latency axes (fleets span orders of magnitude)</source>
        <translation>Logarithmische Latenzachsen (Flotten umfassen mehrere Größenordnungen)</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>Draw and evaluate the candidates again</source>
        <translation>Die Kandidaten neu ziehen und bewerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the computation; the view keeps the previous candidates</source>
        <translation>Die Berechnung anhalten; die Ansicht behält die vorherigen Kandidaten</translation>
    </message>
    <message>
        <source>Candidate computation progress</source>
        <translation>Fortschritt der Kandidatenberechnung</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Vergleichsstatus</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>&amp;Kandidaten:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>Latency &amp;budget:</source>
        <translation>Latenz&amp;budget:</translation>
    </message>
    <message>
        <source>Devices to compare</source>
        <translation>Zu vergleichende Geräte</translation>
    </message>
    <message>
        <source>Check two to six devices; Space toggles the current one</source>
        <translation>Zwei bis sechs Geräte ankreuzen; die Leertaste schaltet das aktuelle um</translation>
    </message>
    <message>
        <source>Check %1 to %2 devices.</source>
        <translation>Kreuzen Sie %1 bis %2 Geräte an.</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>&amp;Geräte:</translation>
    </message>
    <message>
        <source>SRCC of every device pair&apos;s latencies on these candidates; click a cell to compare its two devices</source>
        <translation>SRCC der Latenzen jedes Gerätepaars auf diesen Kandidaten; ein Klick auf eine Zelle vergleicht ihre beiden Geräte</translation>
    </message>
    <message>
        <source>Best proxy of each compared device</source>
        <translation>Bester Stellvertreter jedes verglichenen Geräts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who can be whose proxy&lt;/b&gt; (SRCC on these candidates)</source>
        <translation>&lt;b&gt;Wer kann wessen Stellvertreter sein&lt;/b&gt; (SRCC auf diesen Kandidaten)</translation>
    </message>
    <message>
        <source>Selected candidate</source>
        <translation>Ausgewählter Kandidat</translation>
    </message>
    <message>
        <source>Selected candidate and best design per device</source>
        <translation>Ausgewählter Kandidat und bester Entwurf je Gerät</translation>
    </message>
    <message>
        <source>Open a project to compare its devices.</source>
        <translation>Öffnen Sie ein Projekt, um seine Geräte zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n candidate(s) of %1 on the fleet…</source>
        <translation>
            <numerusform>Bewerte %n Kandidaten von %1 auf der Flotte…</numerusform>
            <numerusform>Bewerte %n Kandidaten von %1 auf der Flotte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message numerus="yes">
        <source>Predicting the accuracy of %n candidate(s)…</source>
        <translation>
            <numerusform>Sage die Genauigkeit von %n Kandidaten vorher…</numerusform>
            <numerusform>Sage die Genauigkeit von %n Kandidaten vorher…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the candidates on %1 (%2 of %3)…</source>
        <translation>Bewerte die Kandidaten auf %1 (%2 von %3)…</translation>
    </message>
    <message>
        <source>measured (%1)</source>
        <translation>gemessen (%1)</translation>
    </message>
    <message>
        <source>Ranking the devices against each other…</source>
        <translation>Vergleiche die Rangfolgen der Geräte untereinander…</translation>
    </message>
    <message>
        <source>Cancelled; the view shows the previous candidates.</source>
        <translation>Abgebrochen; die Ansicht zeigt die vorherigen Kandidaten.</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute to evaluate the candidates.</source>
        <translation>Abgebrochen. „Neu berechnen“ bewertet die Kandidaten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not evaluate the candidates: %1</source>
        <translation>Die Kandidaten konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 candidates of %2 on %3 devices in %4 s; accuracy: %5.</source>
        <translation>%1 Kandidaten von %2 auf %3 Geräten in %4 s; Genauigkeit: %5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no latency for these candidates (a measured device knows only its measured designs)</source>
        <translation>%1: keine Latenz für diese Kandidaten (ein gemessenes Gerät kennt nur seine gemessenen Entwürfe)</translation>
    </message>
    <message>
        <source>At most %1 devices; uncheck one first.</source>
        <translation>Höchstens %1 Geräte; entfernen Sie zuerst ein Häkchen.</translation>
    </message>
    <message>
        <source>Check at least %1 devices to compare them.</source>
        <translation>Kreuzen Sie mindestens %1 Geräte an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Check devices in the list to compare their fronts.</source>
        <translation>Kreuzen Sie Geräte in der Liste an, um ihre Fronten zu vergleichen.</translation>
    </message>
    <message>
        <source>No numbers for %1</source>
        <translation>Keine Zahlen für %1</translation>
    </message>
    <message>
        <source>Click a candidate on any chart to see it on every device.</source>
        <translation>Klicken Sie in einem beliebigen Diagramm auf einen Kandidaten, um ihn auf jedem Gerät zu sehen.</translation>
    </message>
    <message>
        <source>Selected: %1 — accuracy %2 % (%3)</source>
        <translation>Ausgewählt: %1 — Genauigkeit %2 % (%3)</translation>
    </message>
    <message>
        <source>%1: no other device to compare with</source>
        <translation>%1: kein anderes Gerät zum Vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: best proxy %2 (SRCC %3, reuse its front)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: bester Stellvertreter %2 (SRCC %3, seine Front wiederverwenden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: best proxy %2 (SRCC %3, below 0.9: adapt the proxy)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: bester Stellvertreter %2 (SRCC %3, unter 0,9: Stellvertreter anpassen)</translation>
    </message>
    <message>
        <source>At most %1 devices; uncheck some to add %2 and %3.</source>
        <translation>Höchstens %1 Geräte; entfernen Sie einige Häkchen, um %2 und %3 hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1
accuracy %2 % (%3)
latency %4 ms, energy %5 mJ (%6)
Click to select it on every device.</source>
        <translation>%1
Genauigkeit %2 % (%3)
Latenz %4 ms, Energie %5 mJ (%6)
Klicken, um ihn auf jedem Gerät auszuwählen.</translation>
    </message>
</context>
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
    <name>edgefront::FrontChart</name>
    <message>
        <source>Chart legend</source>
        <translation>Diagrammlegende</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>dominiert</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>breaks a budget</source>
        <translation>überschreitet ein Budget</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>Size: peak memory</source>
        <translation>Größe: Spitzenspeicher</translation>
    </message>
    <message>
        <source>Front chart</source>
        <translation>Frontdiagramm</translation>
    </message>
    <message>
        <source>Drag to zoom, right-drag to pan, double-click to reset; arrows pan, +/− zoom, 0 resets, Ctrl+Left/Right step along the front</source>
        <translation>Ziehen zoomt, Ziehen mit rechter Maustaste verschiebt, Doppelklick setzt zurück; Pfeiltasten verschieben, +/− zoomen, 0 setzt zurück, Strg+Links/Rechts geht entlang der Front</translation>
    </message>
    <message>
        <source>Computing the candidates…</source>
        <translation>Berechne die Kandidaten…</translation>
    </message>
    <message>
        <source>%1 candidates, %2 within budgets, %3 on the front</source>
        <translation>%1 Kandidaten, %2 innerhalb der Budgets, %3 auf der Front</translation>
    </message>
    <message>
        <source>exact layer count</source>
        <translation>exakte Zählung der Schichten</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>exact layer count (peak activations + weights)</source>
        <translation>exakte Zählung der Schichten (Spitzen-Aktivierungen + Gewichte)</translation>
    </message>
    <message>
        <source>On the %1 × %2 Pareto front</source>
        <translation>Auf der Pareto-Front %1 × %2</translation>
    </message>
    <message>
        <source>Dominated in %1 × %2</source>
        <translation>Dominiert in %1 × %2</translation>
    </message>
    <message>
        <source>Within the budgets</source>
        <translation>Innerhalb der Budgets</translation>
    </message>
    <message>
        <source>Breaks the %1 budget</source>
        <translation>Überschreitet das Budget für %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>EdgeFront front chart</source>
        <translation>EdgeFront-Frontdiagramm</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Markiert: %1</translation>
    </message>
</context>
<context>
    <name>edgefront::FrontExplorer</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The device whose front is shown</source>
        <translation>Das Gerät, dessen Front angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>The design space the candidates are drawn from</source>
        <translation>Der Entwurfsraum, aus dem die Kandidaten gezogen werden</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Horizontale Achse</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Vertikale Achse</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>Log. X</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>Logarithmische horizontale Achse</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Log. Y</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Logarithmische vertikale Achse</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Markergröße</translation>
    </message>
    <message>
        <source>What the size of a point shows</source>
        <translation>Was die Größe eines Punkts zeigt</translation>
    </message>
    <message>
        <source>Uniform size</source>
        <translation>Einheitliche Größe</translation>
    </message>
    <message>
        <source>Size: peak memory</source>
        <translation>Größe: Spitzenspeicher</translation>
    </message>
    <message>
        <source>Candidates per device</source>
        <translation>Kandidaten je Gerät</translation>
    </message>
    <message>
        <source>How many seeded candidate designs the front is drawn from</source>
        <translation>Aus wie vielen per Startwert gezogenen Kandidatenentwürfen die Front gebildet wird</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>&amp;Kandidaten:</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show all candidates again</source>
        <translation>Wieder alle Kandidaten anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Diagramm ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Das Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Compute the candidates of the current device again</source>
        <translation>Die Kandidaten des aktuellen Geräts neu berechnen</translation>
    </message>
    <message>
        <source>Select &amp;Best Within Budgets</source>
        <translation>Bes&amp;ten im Budget auswählen</translation>
    </message>
    <message>
        <source>Select the most accurate candidate that meets every budget</source>
        <translation>Den genauesten Kandidaten auswählen, der alle Budgets einhält</translation>
    </message>
    <message>
        <source>C&amp;lear Budgets</source>
        <translation>Budgets &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the latency, energy and memory budgets</source>
        <translation>Die Latenz-, Energie- und Speicherbudgets entfernen</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>&amp;Latenzbudget:</translation>
    </message>
    <message>
        <source>E&amp;nergy budget:</source>
        <translation>E&amp;nergiebudget:</translation>
    </message>
    <message>
        <source>&amp;Memory budget:</source>
        <translation>&amp;Speicherbudget:</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Energy budget</source>
        <translation>Energiebudget</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>Speicherbudget</translation>
    </message>
    <message>
        <source>Drag left to tighten the budget; far right means no limit</source>
        <translation>Nach links ziehen verschärft das Budget; ganz rechts bedeutet keine Grenze</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Front status</source>
        <translation>Frontstatus</translation>
    </message>
    <message>
        <source>Computation progress</source>
        <translation>Berechnungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop computing the candidates</source>
        <translation>Die Berechnung der Kandidaten abbrechen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The project has no devices. Import one with File → Import Devices.</source>
        <translation>Das Projekt hat keine Geräte. Importieren Sie eines mit Datei → Geräte importieren.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Unknown design space %1.</source>
        <translation>Unbekannter Entwurfsraum %1.</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message>
        <source>Computing %1 candidates of %2 on %3…</source>
        <translation>Berechne %1 Kandidaten von %2 auf %3…</translation>
    </message>
    <message>
        <source>Cancelled. Press F5 (Run → Recompute Front) to compute the candidates again.</source>
        <translation>Abgebrochen. Drücken Sie F5 (Ausführen → Front neu berechnen), um die Kandidaten erneut zu berechnen.</translation>
    </message>
    <message>
        <source>Could not compute the candidates: %1</source>
        <translation>Die Kandidaten konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No accuracy for %1: %2</source>
        <translation>Keine Genauigkeit für %1: %2</translation>
    </message>
    <message>
        <source>%1 vs %2 on %3 (%4, %5 candidates)</source>
        <translation>%1 vs. %2 auf %3 (%4, %5 Kandidaten)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>%1 of %2 candidates within budgets</source>
        <translation>%1 von %2 Kandidaten innerhalb der Budgets</translation>
    </message>
    <message>
        <source>%1 candidates (no budgets)</source>
        <translation>%1 Kandidaten (keine Budgets)</translation>
    </message>
    <message numerus="yes">
        <source>; front %n design(s)</source>
        <translation>
            <numerusform>; Front %n Entwurf</numerusform>
            <numerusform>; Front %n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>; accuracy from %1; latency and energy: %2</source>
        <translation>; Genauigkeit aus %1; Latenz und Energie: %2</translation>
    </message>
    <message>
        <source>Accuracy: %1
Latency and energy: %2
MACs, parameters, peak memory: exact layer counts
Computed in %3 ms</source>
        <translation>Genauigkeit: %1
Latenz und Energie: %2
MACs, Parameter, Spitzenspeicher: exakte Zählung der Schichten
Berechnet in %3 ms</translation>
    </message>
    <message>
        <source>No candidate meets every budget.</source>
        <translation>Kein Kandidat hält alle Budgets ein.</translation>
    </message>
    <message>
        <source>Clear Budgets</source>
        <translation>Budgets entfernen</translation>
    </message>
    <message>
        <source>There is no front to export yet.</source>
        <translation>Es gibt noch keine Front zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Recompute &amp;Front</source>
        <translation>Front neu &amp;berechnen</translation>
    </message>
</context>
<context>
    <name>edgefront::ImportDevicesCommand</name>
    <message numerus="yes">
        <source>Import %n Device(s)</source>
        <translation>
            <numerusform>%n Gerät importieren</numerusform>
            <numerusform>%n Geräte importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::ImportMeasurementsCommand</name>
    <message numerus="yes">
        <source>Import %n Measurement(s)</source>
        <translation>
            <numerusform>%n Messung importieren</numerusform>
            <numerusform>%n Messungen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::ImportedLayerCostModel</name>
    <message>
        <source>ONNX %1, costed as %2</source>
        <translation>ONNX %1, bewertet als %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>Energie (mJ)</translation>
    </message>
</context>
<context>
    <name>edgefront::ImportedModelView</name>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>No model imported. File ▸ Import ONNX Model… reads a CNN from an .onnx file.</source>
        <translation>Kein Modell importiert. Datei ▸ ONNX-Modell importieren… liest ein CNN aus einer .onnx-Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: input %4 (%3), %5 layers from %6 ONNX nodes, %7 MACs, %8 parameters.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2: Eingabe %4 (%3), %5 Schichten aus %6 ONNX-Knoten, %7 MACs, %8 Parameter.</translation>
    </message>
    <message>
        <source> (%1, opset %2)</source>
        <translation> (%1, Opset %2)</translation>
    </message>
    <message>
        <source>node %1 (%2) %3</source>
        <translation>Knoten %1 (%2) %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Unsupported, costed as zero: %1.</source>
        <translation>&lt;br&gt;Nicht unterstützt, mit null bewertet: %1.</translation>
    </message>
    <message>
        <source>No device to predict on</source>
        <translation>Kein Gerät für die Vorhersage</translation>
    </message>
    <message>
        <source>Not runnable on %1: %2</source>
        <translation>Auf %1 nicht ausführbar: %2</translation>
    </message>
    <message>
        <source>No per-layer costs: %1.</source>
        <translation>Keine Kosten je Schicht: %1.</translation>
    </message>
    <message>
        <source>Total on %1: %2 layers, %3 MACs, latency %4 ms, energy %5 mJ, peak memory %6 MB.</source>
        <translation>Gesamt auf %1: %2 Schichten, %3 MACs, Latenz %4 ms, Energie %5 mJ, Spitzenspeicher %6 MB.</translation>
    </message>
    <message>
        <source> The latency includes the device&apos;s fixed %1 ms per inference.</source>
        <translation> Die Latenz enthält den festen Anteil des Geräts von %1 ms je Inferenz.</translation>
    </message>
</context>
<context>
    <name>edgefront::LayerBarsChart</name>
    <message>
        <source>Per-layer latency and energy</source>
        <translation>Latenz und Energie je Schicht</translation>
    </message>
    <message>
        <source>Latency per layer</source>
        <translation>Latenz je Schicht</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Energy per layer</source>
        <translation>Energie je Schicht</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>No design selected.</source>
        <translation>Kein Entwurf ausgewählt.</translation>
    </message>
    <message>
        <source>Layer (execution order)</source>
        <translation>Schicht (Ausführungsreihenfolge)</translation>
    </message>
    <message>
        <source>Layer %1 %2: %3 ms, %4 mJ</source>
        <translation>Schicht %1 %2: %3 ms, %4 mJ</translation>
    </message>
    <message>
        <source>Layer %1: %2 (%3)
latency %4 ms
energy %5 mJ</source>
        <translation>Schicht %1: %2 (%3)
Latenz %4 ms
Energie %5 mJ</translation>
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
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>That is the project&apos;s own file.</source>
        <translation>Das ist die eigene Datei des Projekts.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>untitled.edgefront</source>
        <translation>unbenannt.edgefront</translation>
    </message>
    <message>
        <source>EdgeFront projects (%1)</source>
        <translation>EdgeFront-Projekte (%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Project.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei → Projekt öffnen.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>Entwurfsraum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project with the built-in fleet</source>
        <translation>Ein Projekt mit der eingebauten Flotte anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an EdgeFront project</source>
        <translation>Ein EdgeFront-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and continue there</source>
        <translation>Das Projekt in eine neue Datei kopieren und dort weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show or hide the design-space browser</source>
        <translation>Den Entwurfsraum-Browser ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the results table</source>
        <translation>Die Ergebnistabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Ein&amp;heiten</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message>
        <source>Microseconds (µs)</source>
        <translation>Mikrosekunden (µs)</translation>
    </message>
    <message>
        <source>Milliseconds (ms)</source>
        <translation>Millisekunden (ms)</translation>
    </message>
    <message>
        <source>Seconds (s)</source>
        <translation>Sekunden (s)</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <source>Microjoules (µJ)</source>
        <translation>Mikrojoule (µJ)</translation>
    </message>
    <message>
        <source>Millijoules (mJ)</source>
        <translation>Millijoule (mJ)</translation>
    </message>
    <message>
        <source>Joules (J)</source>
        <translation>Joule (J)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>Kilobytes (kB)</source>
        <translation>Kilobyte (kB)</translation>
    </message>
    <message>
        <source>Megabytes (MB)</source>
        <translation>Megabyte (MB)</translation>
    </message>
    <message>
        <source>Gigabytes (GB)</source>
        <translation>Gigabyte (GB)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes when EdgeFront restarts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von EdgeFront.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Front explorer</source>
        <translation>Front-Explorer</translation>
    </message>
    <message>
        <source>E&amp;xplorer</source>
        <translation>Explo&amp;rer</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Launch a per-device search, a proxy transfer or the neural optimizer</source>
        <translation>Eine Suche je Gerät, einen Stellvertreter-Transfer oder den neuronalen Optimierer starten</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Run</source>
        <translation>&amp;Laufenden Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>Den laufenden Lauf anhalten; er wird als abgebrochen aufgezeichnet</translation>
    </message>
    <message>
        <source>&amp;Open Run in Explorer</source>
        <translation>Lauf im &amp;Explorer öffnen</translation>
    </message>
    <message>
        <source>Show the picks of the run selected in the Runs dock</source>
        <translation>Die Auswahl des im Dock „Läufe“ ausgewählten Laufs anzeigen</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>Show the front of the current device</source>
        <translation>Die Front des aktuellen Geräts anzeigen</translation>
    </message>
    <message>
        <source>&amp;Compare Devices</source>
        <translation>&amp;Geräte vergleichen</translation>
    </message>
    <message>
        <source>Show two to six devices side by side on the same candidates</source>
        <translation>Zwei bis sechs Geräte mit denselben Kandidaten nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the candidate inspector</source>
        <translation>Den Kandidaten-Inspektor ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the runs</source>
        <translation>Die Läufe ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Compare devices</source>
        <translation>Geräte vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>The front of the current device (Alt+1)</source>
        <translation>Die Front des aktuellen Geräts (Alt+1)</translation>
    </message>
    <message>
        <source>Two to six devices side by side on the same candidates (Alt+2)</source>
        <translation>Zwei bis sechs Geräte nebeneinander mit denselben Kandidaten (Alt+2)</translation>
    </message>
    <message>
        <source>Candidate inspector</source>
        <translation>Kandidaten-Inspektor</translation>
    </message>
    <message>
        <source>Select a candidate in the explorer, the results or the compare view to inspect it.</source>
        <translation>Wählen Sie einen Kandidaten im Explorer, in den Ergebnissen oder im Vergleich, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>A run failed: %1</source>
        <translation>Ein Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>Lauf %1: %2.</translation>
    </message>
    <message>
        <source>Choose a device in the explorer.</source>
        <translation>Wählen Sie im Explorer ein Gerät.</translation>
    </message>
    <message>
        <source>as the run predicted it</source>
        <translation>wie vom Lauf vorhergesagt</translation>
    </message>
    <message>
        <source>%1 is not among the computed candidates yet.</source>
        <translation>%1 ist noch nicht unter den berechneten Kandidaten.</translation>
    </message>
    <message>
        <source>Run launcher</source>
        <translation>Laufstarter</translation>
    </message>
    <message>
        <source>Run %1 picked no design.</source>
        <translation>Lauf %1 hat keinen Entwurf ausgewählt.</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Read a CNN from an .onnx file and show its per-layer costs on the project&apos;s devices</source>
        <translation>Ein CNN aus einer .onnx-Datei lesen und seine Kosten je Schicht auf den Geräten des Projekts zeigen</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the main tool bar</source>
        <translation>Die Hauptwerkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>run %1 picks</source>
        <translation>Auswahl von Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 on %4</source>
        <translation>Lauf %1 (%2): %3 auf %4</translation>
    </message>
    <message>
        <source>, latency budget %1 ms</source>
        <translation>, Latenzbudget %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n pick(s), marked in the explorer and evaluated in the compare view; %2 is selected and inspected.</source>
        <translation>
            <numerusform>Lauf %1: %n ausgewählter Entwurf, im Explorer markiert und im Vergleich bewertet; %2 ist ausgewählt und wird untersucht.</numerusform>
            <numerusform>Lauf %1: %n ausgewählte Entwürfe, im Explorer markiert und im Vergleich bewertet; %2 ist ausgewählt und wird untersucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 search</source>
        <translation>%1-Suche</translation>
    </message>
    <message>
        <source>proxy transfer from %1</source>
        <translation>Stellvertreter-Transfer von %1</translation>
    </message>
    <message>
        <source>neural optimizer</source>
        <translation>neuronaler Optimierer</translation>
    </message>
    <message>
        <source>best design</source>
        <translation>bester Entwurf</translation>
    </message>
    <message>
        <source>front design</source>
        <translation>Frontentwurf</translation>
    </message>
    <message>
        <source>transferred pick</source>
        <translation>übertragene Auswahl</translation>
    </message>
    <message>
        <source>Import ONNX Model</source>
        <translation>ONNX-Modell importieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — per-layer costs</source>
        <translation>%1 — Kosten je Schicht</translation>
    </message>
    <message>
        <source>&amp;Import ONNX Model…</source>
        <translation>&amp;ONNX-Modell importieren…</translation>
    </message>
    <message>
        <source>Com&amp;pute Fleet SRCC</source>
        <translation>Flotten-&amp;SRCC berechnen</translation>
    </message>
</context>
<context>
    <name>edgefront::MiniFrontChart</name>
    <message>
        <source>Accuracy versus latency front</source>
        <translation>Front Genauigkeit gegen Latenz</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Accuracy versus latency front: %1</source>
        <translation>Front Genauigkeit gegen Latenz: %1</translation>
    </message>
    <message>
        <source>%1: %2 ms
%3: %4 %</source>
        <translation>%1: %2 ms
%3: %4 %</translation>
    </message>
</context>
<context>
    <name>edgefront::PinCandidateCommand</name>
    <message>
        <source>Pin Candidate</source>
        <translation>Kandidat anheften</translation>
    </message>
    <message>
        <source>Unpin Candidate</source>
        <translation>Kandidat lösen</translation>
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
    <name>edgefront::ResultsTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>exact layer count</source>
        <translation>exakte Zählung der Schichten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>On the accuracy × latency × energy Pareto front</source>
        <translation>Auf der Pareto-Front Genauigkeit × Latenz × Energie</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>Dominiert</translation>
    </message>
    <message>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>Pinned candidates stay in the table and are marked on the chart</source>
        <translation>Angeheftete Kandidaten bleiben in der Tabelle und werden im Diagramm markiert</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; notes are saved in the project</source>
        <translation>Doppelklick oder F2 zum Bearbeiten; Notizen werden im Projekt gespeichert</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>Genauigkeitsquelle</translation>
    </message>
    <message>
        <source>Latency/energy source</source>
        <translation>Latenz-/Energiequelle</translation>
    </message>
    <message>
        <source>Place by accuracy among the candidates shown</source>
        <translation>Platz nach Genauigkeit unter den angezeigten Kandidaten</translation>
    </message>
</context>
<context>
    <name>edgefront::ResultsView</name>
    <message>
        <source>Filter designs and notes</source>
        <translation>Entwürfe und Notizen filtern</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Within budgets</source>
        <translation>Innerhalb der Budgets</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Alle Kandidaten</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>How many of the most accurate matching candidates are listed</source>
        <translation>Wie viele der genauesten passenden Kandidaten aufgelistet werden</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>To&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Pin Selected Candidate</source>
        <translation>Ausgewählten Kandidaten an&amp;heften</translation>
    </message>
    <message>
        <source>Pin or unpin the selected candidate: pinned ones stay listed and marked</source>
        <translation>Den ausgewählten Kandidaten anheften oder lösen: angeheftete bleiben aufgelistet und markiert</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Write a note on the selected candidate (saved in the project)</source>
        <translation>Eine Notiz zum ausgewählten Kandidaten schreiben (wird im Projekt gespeichert)</translation>
    </message>
    <message>
        <source>Save the selected candidate as a Once-for-All-style JSON config</source>
        <translation>Den ausgewählten Kandidaten als JSON-Konfiguration im Once-for-All-Stil speichern</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save the listed candidates as CSV</source>
        <translation>Die aufgelisteten Kandidaten als CSV speichern</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick zum Auswählen der Spalten</translation>
    </message>
    <message>
        <source>Results count</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>%1 of %2 candidates within budgets listed</source>
        <translation>%1 von %2 Kandidaten innerhalb der Budgets aufgelistet</translation>
    </message>
    <message>
        <source>%1 of %2 front designs listed</source>
        <translation>%1 von %2 Frontentwürfen aufgelistet</translation>
    </message>
    <message>
        <source>%1 of %2 pinned candidates listed</source>
        <translation>%1 von %2 angehefteten Kandidaten aufgelistet</translation>
    </message>
    <message>
        <source>%1 of %2 candidates listed</source>
        <translation>%1 von %2 Kandidaten aufgelistet</translation>
    </message>
    <message>
        <source>Un&amp;pin Selected Candidate</source>
        <translation>Anheften des ausgewählten Kandidaten auf&amp;heben</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <source>No candidate is selected.</source>
        <translation>Es ist kein Kandidat ausgewählt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There are no candidates to export.</source>
        <translation>Es gibt keine Kandidaten zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>JSON config (*.json)</source>
        <translation>JSON-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>Design saved to %1</source>
        <translation>Entwurf unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabelle unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Export Desi&amp;gn…</source>
        <translation>&amp;Entwurf exportieren…</translation>
    </message>
</context>
<context>
    <name>edgefront::RunDialog</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 — accuracy %2, latency %3 ms, energy %4 mJ</source>
        <translation>%1 — Genauigkeit %2, Latenz %3 ms, Energie %4 mJ</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front</source>
        <translation>Front des Stellvertreters wiederverwenden</translation>
    </message>
    <message>
        <source>adapted the proxy</source>
        <translation>Stellvertreter angepasst</translation>
    </message>
    <message>
        <source>adapted: linear model from scratch won</source>
        <translation>angepasst: neu angepasstes lineares Modell war besser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Run %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Lauf %1: %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: &lt;b&gt;%1&lt;/b&gt;, %2 s. %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: &lt;b&gt;%1&lt;/b&gt;, %2 s. %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accuracy: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genauigkeit: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run is still going (or was interrupted without being recorded).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Lauf ist noch aktiv (oder wurde unterbrochen, ohne aufgezeichnet zu werden).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Ergebnisse gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Best design:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bester Entwurf:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 evaluations (%2 distinct); cost: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Bewertungen (%2 verschiedene); Kosten: %3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cancelled after %n generation(s); the best design so far is shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Nach %n Generation abgebrochen; der bisher beste Entwurf wird angezeigt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Nach %n Generationen abgebrochen; der bisher beste Entwurf wird angezeigt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Front: %n design(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Front: %n Entwurf.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Front: %n Entwürfe.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Target&lt;/th&gt;&lt;th&gt;SRCC before&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Branch&lt;/th&gt;&lt;th&gt;SRCC after&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Picks (budget: accuracy, latency, meets)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Ziel&lt;/th&gt;&lt;th&gt;SRCC vorher&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Zweig&lt;/th&gt;&lt;th&gt;SRCC nachher&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Auswahl (Budget: Genauigkeit, Latenz, eingehalten)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=&quot;4&quot;&gt;not processed: %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=&quot;4&quot;&gt;nicht verarbeitet: %2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 ms: %2, %3 ms, %4</source>
        <translation>%1 ms: %2, %3 ms, %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;nein&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ms: none (%2)</source>
        <translation>%1 ms: keiner (%2)</translation>
    </message>
    <message>
        <source>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Device&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Design&lt;/th&gt;&lt;th&gt;Meets budgets&lt;/th&gt;&lt;th&gt;Time (ms)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Gerät&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Entwurf&lt;/th&gt;&lt;th&gt;Budgets eingehalten&lt;/th&gt;&lt;th&gt;Zeit (ms)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wrote &lt;b&gt;%1&lt;/b&gt;: %2 labels, %3 training rows, %4 epochs (best %5), validation cross-entropy %6, head accuracy %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; geschrieben: %2 Labels, %3 Trainingszeilen, %4 Epochen (beste %5), Validierungs-Kreuzentropie %6, Kopfgenauigkeit %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Proxy &amp;transfer</source>
        <translation>Stellvertreter-&amp;Transfer</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>Art des Laufs</translation>
    </message>
    <message>
        <source>Why the run cannot be queued</source>
        <translation>Warum der Lauf nicht eingereiht werden kann</translation>
    </message>
    <message>
        <source>&amp;Queue Run</source>
        <translation>Lauf ein&amp;reihen</translation>
    </message>
    <message>
        <source>Queue the run of the current tab; runs go one at a time (Ctrl+Return)</source>
        <translation>Den Lauf des aktuellen Reiters einreihen; Läufe werden nacheinander ausgeführt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Evolution (Once-for-All)</source>
        <translation>Evolution (Once-for-All)</translation>
    </message>
    <message>
        <source>NSGA-II (the whole front)</source>
        <translation>NSGA-II (die ganze Front)</translation>
    </message>
    <message>
        <source>Exhaustive (nb201)</source>
        <translation>Erschöpfend (nb201)</translation>
    </message>
    <message>
        <source>Random (baseline)</source>
        <translation>Zufällig (Basislinie)</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Suchverfahren</translation>
    </message>
    <message>
        <source>How the device&apos;s best design is searched</source>
        <translation>Wie der beste Entwurf des Geräts gesucht wird</translation>
    </message>
    <message>
        <source>Design space of the search</source>
        <translation>Entwurfsraum der Suche</translation>
    </message>
    <message>
        <source>Device to search for</source>
        <translation>Gerät, für das gesucht wird</translation>
    </message>
    <message>
        <source>Devices that can give latencies on the space</source>
        <translation>Geräte, die Latenzen auf dem Raum liefern können</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Latency budget in milliseconds (none: no budget)</source>
        <translation>Latenzbudget in Millisekunden (keines: kein Budget)</translation>
    </message>
    <message>
        <source> mJ</source>
        <translation> mJ</translation>
    </message>
    <message>
        <source>Energy budget</source>
        <translation>Energiebudget</translation>
    </message>
    <message>
        <source>Energy budget in millijoules (none: no budget)</source>
        <translation>Energiebudget in Millijoule (keines: kein Budget)</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generationen</translation>
    </message>
    <message>
        <source>Generations of evolution (Once-for-All: 500) or NSGA-II (200)</source>
        <translation>Generationen der Evolution (Once-for-All: 500) oder von NSGA-II (200)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population size (Once-for-All: 100)</source>
        <translation>Populationsgröße (Once-for-All: 100)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Random designs drawn by random search</source>
        <translation>Von der Zufallssuche gezogene zufällige Entwürfe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed gives the same run</source>
        <translation>Derselbe Startwert ergibt denselben Lauf</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>R&amp;aum:</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>&amp;Latenzbudget:</translation>
    </message>
    <message>
        <source>&amp;Energy budget:</source>
        <translation>&amp;Energiebudget:</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>Ge&amp;nerationen:</translation>
    </message>
    <message>
        <source>Pop&amp;ulation:</source>
        <translation>Pop&amp;ulation:</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>Stich&amp;proben:</translation>
    </message>
    <message>
        <source>Design space of the transfer</source>
        <translation>Entwurfsraum des Transfers</translation>
    </message>
    <message>
        <source>Proxy device</source>
        <translation>Stellvertretergerät</translation>
    </message>
    <message>
        <source>The device searched once; its Pareto set serves the targets</source>
        <translation>Das einmal durchsuchte Gerät; seine Pareto-Menge bedient die Zielgeräte</translation>
    </message>
    <message>
        <source>Target devices</source>
        <translation>Zielgeräte</translation>
    </message>
    <message>
        <source>Devices that get a design from the proxy&apos;s search; Space toggles</source>
        <translation>Geräte, die einen Entwurf aus der Suche des Stellvertreters erhalten; die Leertaste schaltet um</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Check every target</source>
        <translation>Alle Zielgeräte ankreuzen</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Uncheck every target</source>
        <translation>Alle Häkchen bei den Zielgeräten entfernen</translation>
    </message>
    <message>
        <source>Fixed budgets (ms)</source>
        <translation>Feste Budgets (ms)</translation>
    </message>
    <message>
        <source>Per-target quantiles of its latencies</source>
        <translation>Quantile der Latenzen je Zielgerät</translation>
    </message>
    <message>
        <source>Kind of latency budgets</source>
        <translation>Art der Latenzbudgets</translation>
    </message>
    <message>
        <source>Fixed budgets are the same on every target; quantiles suit fleets whose latencies span orders of magnitude</source>
        <translation>Feste Budgets sind auf jedem Zielgerät gleich; Quantile eignen sich für Flotten, deren Latenzen mehrere Größenordnungen umfassen</translation>
    </message>
    <message>
        <source>Latency budgets</source>
        <translation>Latenzbudgets</translation>
    </message>
    <message>
        <source>Comma-separated: milliseconds, or quantiles in (0, 1]</source>
        <translation>Durch Kommas getrennt: Millisekunden oder Quantile in (0, 1]</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <source>Target measurements for the SRCC check and the adaptation (published recipe: 60)</source>
        <translation>Messungen auf dem Zielgerät für die SRCC-Prüfung und die Anpassung (veröffentlichtes Rezept: 60)</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>Validierungsstichproben</translation>
    </message>
    <message>
        <source>Target measurements for choosing the adaptation&apos;s penalty (published recipe: 10)</source>
        <translation>Messungen auf dem Zielgerät zur Wahl des Straftermes der Anpassung (veröffentlichtes Rezept: 10)</translation>
    </message>
    <message>
        <source>SRCC threshold</source>
        <translation>SRCC-Schwelle</translation>
    </message>
    <message>
        <source>At or above it the proxy&apos;s front is reused; below it the proxy is adapted (OneProxy: 0.9)</source>
        <translation>Ab dieser Schwelle wird die Front des Stellvertreters wiederverwendet, darunter wird der Stellvertreter angepasst (OneProxy: 0,9)</translation>
    </message>
    <message>
        <source>Generations of every evolutionary search</source>
        <translation>Generationen jeder evolutionären Suche</translation>
    </message>
    <message>
        <source>Population of every evolutionary search</source>
        <translation>Population jeder evolutionären Suche</translation>
    </message>
    <message>
        <source>Proxy grid</source>
        <translation>Stellvertreter-Raster</translation>
    </message>
    <message>
        <source>Latency budgets of the proxy&apos;s offline searches</source>
        <translation>Latenzbudgets der Offline-Suchen des Stellvertreters</translation>
    </message>
    <message>
        <source>Also search every target on its own to report how much accuracy the transfer gave up; costs a search per target</source>
        <translation>Zusätzlich jedes Zielgerät einzeln durchsuchen, um zu zeigen, wie viel Genauigkeit der Transfer aufgegeben hat; kostet eine Suche je Zielgerät</translation>
    </message>
    <message>
        <source>&amp;Budgets:</source>
        <translation>Bu&amp;dgets:</translation>
    </message>
    <message>
        <source>T&amp;raining samples:</source>
        <translation>Trainingsstich&amp;proben:</translation>
    </message>
    <message>
        <source>&amp;Validation samples:</source>
        <translation>Validierun&amp;gsstichproben:</translation>
    </message>
    <message>
        <source>Proxy gr&amp;id:</source>
        <translation>Stellvertreter-Rast&amp;er:</translation>
    </message>
    <message>
        <source>Run a trained optimizer</source>
        <translation>Einen trainierten Optimierer ausführen</translation>
    </message>
    <message>
        <source>optimizer.onnx (edgefront-cli optimizer train, or train one below)</source>
        <translation>optimizer.onnx (edgefront-cli optimizer train, oder unten einen trainieren)</translation>
    </message>
    <message>
        <source>Optimizer file</source>
        <translation>Optimiererdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a neural optimizer (ONNX)</source>
        <translation>Einen neuronalen Optimierer wählen (ONNX)</translation>
    </message>
    <message>
        <source>Devices to design for</source>
        <translation>Geräte, für die entworfen wird</translation>
    </message>
    <message>
        <source>Devices the optimizer designs for; Space toggles</source>
        <translation>Geräte, für die der Optimierer entwirft; die Leertaste schaltet um</translation>
    </message>
    <message>
        <source>Latency budget of the optimizer</source>
        <translation>Latenzbudget des Optimierers</translation>
    </message>
    <message>
        <source>Latency budget in milliseconds</source>
        <translation>Latenzbudget in Millisekunden</translation>
    </message>
    <message>
        <source>Energy budget of the optimizer</source>
        <translation>Energiebudget des Optimierers</translation>
    </message>
    <message>
        <source>Energy budget in millijoules (optimizers trained with energy budgets only)</source>
        <translation>Energiebudget in Millijoule (nur für mit Energiebudgets trainierte Optimierer)</translation>
    </message>
    <message>
        <source>Sampled designs</source>
        <translation>Gezogene Entwürfe</translation>
    </message>
    <message>
        <source>Designs drawn from the optimizer&apos;s heads per query, verified too</source>
        <translation>Je Anfrage aus den Köpfen des Optimierers gezogene Entwürfe, ebenfalls überprüft</translation>
    </message>
    <message>
        <source>Refinement rounds</source>
        <translation>Verfeinerungsrunden</translation>
    </message>
    <message>
        <source>Rounds of the best single-decision change, verified</source>
        <translation>Runden der besten Änderung einer einzelnen Entscheidung, überprüft</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>Opt&amp;imierer:</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>Ger&amp;äte:</translation>
    </message>
    <message>
        <source>Sa&amp;mpled designs:</source>
        <translation>Ge&amp;zogene Entwürfe:</translation>
    </message>
    <message>
        <source>Re&amp;finement rounds:</source>
        <translation>Ver&amp;feinerungsrunden:</translation>
    </message>
    <message>
        <source>Train a small optimizer</source>
        <translation>Einen kleinen Optimierer trainieren</translation>
    </message>
    <message>
        <source>Design space of the optimizer</source>
        <translation>Entwurfsraum des Optimierers</translation>
    </message>
    <message>
        <source>Budgets per device</source>
        <translation>Budgets je Gerät</translation>
    </message>
    <message>
        <source>Latency budgets labelled per device</source>
        <translation>Gelabelte Latenzbudgets je Gerät</translation>
    </message>
    <message>
        <source>Label generations</source>
        <translation>Label-Generationen</translation>
    </message>
    <message>
        <source>Generations of each labelling search (Once-for-All&apos;s recipe: 500)</source>
        <translation>Generationen jeder Label-Suche (Rezept von Once-for-All: 500)</translation>
    </message>
    <message>
        <source>Label population</source>
        <translation>Label-Population</translation>
    </message>
    <message>
        <source>Population of each labelling search</source>
        <translation>Population jeder Label-Suche</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Most training epochs (early stopping)</source>
        <translation>Höchstzahl der Trainingsepochen (vorzeitiges Beenden)</translation>
    </message>
    <message>
        <source>Where to write the optimizer</source>
        <translation>Wohin der Optimierer geschrieben wird</translation>
    </message>
    <message>
        <source>Choose where to write the trained optimizer</source>
        <translation>Wählen, wohin der trainierte Optimierer geschrieben wird</translation>
    </message>
    <message>
        <source>Label every virtual device of the project by evolutionary search, train the optimizer and write it; it then appears above</source>
        <translation>Jedes virtuelle Gerät des Projekts per evolutionärer Suche labeln, den Optimierer trainieren und schreiben; er erscheint dann oben</translation>
    </message>
    <message>
        <source>Training labels each virtual device of the project at several budgets by evolutionary search, then trains the network; with these small settings it takes a minute or two and runs in the queue like any run. For the full recipe (500 generations, sharded labelling over many devices) use &lt;tt&gt;edgefront-cli optimizer label&lt;/tt&gt; and &lt;tt&gt;optimizer train&lt;/tt&gt;, then choose the file above.</source>
        <translation>Das Training labelt jedes virtuelle Gerät des Projekts bei mehreren Budgets per evolutionärer Suche und trainiert dann das Netz; mit diesen kleinen Einstellungen dauert es ein bis zwei Minuten und läuft wie jeder Lauf in der Warteschlange. Für das vollständige Rezept (500 Generationen, aufgeteiltes Labeln über viele Geräte) verwenden Sie &lt;tt&gt;edgefront-cli optimizer label&lt;/tt&gt; und &lt;tt&gt;optimizer train&lt;/tt&gt; und wählen dann oben die Datei.</translation>
    </message>
    <message>
        <source>Label &amp;generations:</source>
        <translation>Label-&amp;Generationen:</translation>
    </message>
    <message>
        <source>Label pop&amp;ulation:</source>
        <translation>Label-Pop&amp;ulation:</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochen:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>Progress of the running run</source>
        <translation>Fortschritt des laufenden Laufs</translation>
    </message>
    <message>
        <source>What the running run is doing</source>
        <translation>Was der laufende Lauf gerade tut</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>Den laufenden Lauf anhalten; er wird als abgebrochen aufgezeichnet</translation>
    </message>
    <message>
        <source>Cancel &amp;Selected</source>
        <translation>Ausgewählten abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running run</source>
        <translation>Den ausgewählten eingereihten oder laufenden Lauf abbrechen</translation>
    </message>
    <message>
        <source>Open in E&amp;xplorer</source>
        <translation>Im E&amp;xplorer öffnen</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s designs in the explorer (double-click or Enter does too)</source>
        <translation>Die Entwürfe des ausgewählten Laufs im Explorer zeigen (auch per Doppelklick oder Eingabetaste)</translation>
    </message>
    <message>
        <source>Result of the selected run</source>
        <translation>Ergebnis des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Select a run to see its result.</source>
        <translation>Wählen Sie einen Lauf, um sein Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Once-for-All&apos;s evolutionary search: the most accurate design within the budgets.</source>
        <translation>Evolutionäre Suche von Once-for-All: der genaueste Entwurf innerhalb der Budgets.</translation>
    </message>
    <message>
        <source>NSGA-II: the whole accuracy × latency × energy front in one run; its most accurate member within the budgets is the pick.</source>
        <translation>NSGA-II: die ganze Front Genauigkeit × Latenz × Energie in einem Lauf; ihr genauestes Mitglied innerhalb der Budgets wird gewählt.</translation>
    </message>
    <message>
        <source>Every design of the space, exact.</source>
        <translation>Jeder Entwurf des Raums, exakt.</translation>
    </message>
    <message>
        <source>Exhaustive search needs an enumerable space such as nb201.</source>
        <translation>Die erschöpfende Suche braucht einen aufzählbaren Raum wie nb201.</translation>
    </message>
    <message>
        <source>The best of N random designs: a baseline for the other methods.</source>
        <translation>Der beste von N zufälligen Entwürfen: eine Basislinie für die anderen Verfahren.</translation>
    </message>
    <message>
        <source>No optimizer chosen.</source>
        <translation>Kein Optimierer gewählt.</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 optimizer, %2 input(s)%3; trained on: %4</source>
        <translation>%1-Optimierer, %2 Eingabe(n)%3; trainiert mit: %4</translation>
    </message>
    <message>
        <source>, energy budgets</source>
        <translation>, Energiebudgets</translation>
    </message>
    <message>
        <source>unknown devices</source>
        <translation>unbekannte Geräte</translation>
    </message>
    <message>
        <source>Choose a Neural Optimizer</source>
        <translation>Neuronalen Optimierer wählen</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Write the Optimizer To</source>
        <translation>Optimierer schreiben nach</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>Choose a device (none of the project&apos;s devices can give latencies on %1).</source>
        <translation>Wählen Sie ein Gerät (keines der Geräte des Projekts kann Latenzen auf %1 liefern).</translation>
    </message>
    <message>
        <source>Budgets: &quot;%1&quot; is not a quantile in (0, 1].</source>
        <translation>Budgets: „%1“ ist kein Quantil in (0, 1].</translation>
    </message>
    <message>
        <source>Budgets: &quot;%1&quot; is not a positive number of milliseconds.</source>
        <translation>Budgets: „%1“ ist keine positive Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>Give at least one latency budget.</source>
        <translation>Geben Sie mindestens ein Latenzbudget an.</translation>
    </message>
    <message>
        <source>Choose an optimizer file, or queue the training of one.</source>
        <translation>Wählen Sie eine Optimiererdatei oder reihen Sie das Training eines Optimierers ein.</translation>
    </message>
    <message>
        <source>Choose where to write the optimizer.</source>
        <translation>Wählen Sie, wohin der Optimierer geschrieben wird.</translation>
    </message>
    <message>
        <source>Starting the next run…</source>
        <translation>Starte den nächsten Lauf…</translation>
    </message>
    <message>
        <source>No run is going.</source>
        <translation>Kein Lauf aktiv.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>adapted: calibrated the proxy&apos;s cost model</source>
        <translation>angepasst: Kostenmodell des Stellvertreters kalibriert</translation>
    </message>
    <message>
        <source>adapted: combined the proxy with known devices</source>
        <translation>angepasst: Stellvertreter mit bekannten Geräten kombiniert</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on known devices</source>
        <translation>Front des Stellvertreters wiederverwenden, mit Suchen auf bekannten Geräten</translation>
    </message>
    <message>
        <source>&lt;p&gt;SRCC check against the threshold %1: at or above it the proxy&apos;s Pareto set is reused, below it the proxy is adapted: its linear latency model refitted, a linear model fitted from scratch, its cost model calibrated to the target, or the proxy combined with other known devices, whichever ranks held-out samples best. SRCC after is that model&apos;s score. A reused target fits the same models; when the best ranks the samples better than the proxy, its searches add candidates and SRCC after is its score.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SRCC-Prüfung gegen die Schwelle %1: ab der Schwelle wird die Pareto-Menge des Stellvertreters wiederverwendet, darunter wird der Stellvertreter angepasst: sein lineares Latenzmodell neu angepasst, ein lineares Modell neu angepasst, sein Kostenmodell auf das Zielgerät kalibriert oder der Stellvertreter mit anderen bekannten Geräten kombiniert, je nachdem, welches zurückgehaltene Stichproben am besten ordnet. „SRCC nachher“ ist die Bewertung dieses Modells. Ein Zielgerät mit Wiederverwendung passt dieselben Modelle an; ordnet das beste die Stichproben besser als der Stellvertreter, fügen seine Suchen Kandidaten hinzu und „SRCC nachher“ ist seine Bewertung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The proxy is searched once over a grid of its latencies. Each target measures the training and validation samples; SRCC at or above the threshold reuses the proxy&apos;s Pareto set, below it the proxy is adapted: its linear latency model is refitted to the target and compared with a linear model fitted from scratch, with the proxy&apos;s cost model calibrated to the target and with the proxy combined with other known devices; the best-ranking one is searched (a reused target searches it too when it ranks the samples better than the proxy). The result shows each target&apos;s SRCC, which branch ran and the winning model&apos;s score.</source>
        <translation>Der Stellvertreter wird einmal über ein Raster seiner Latenzen durchsucht. Jedes Zielgerät misst die Trainings- und Validierungsstichproben; eine SRCC ab der Schwelle verwendet die Pareto-Menge des Stellvertreters wieder, darunter wird der Stellvertreter angepasst: Sein lineares Latenzmodell wird an das Zielgerät neu angepasst und mit einem neu angepassten linearen Modell, mit dem auf das Zielgerät kalibrierten Kostenmodell des Stellvertreters und mit dem mit anderen bekannten Geräten kombinierten Stellvertreter verglichen; mit dem Modell, das am besten ordnet, wird gesucht (bei Wiederverwendung ebenfalls, wenn es die Stichproben besser ordnet als der Stellvertreter). Das Ergebnis zeigt die SRCC jedes Zielgeräts, welcher Zweig lief und die Bewertung des besten Modells.</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on the calibrated proxy</source>
        <translation>Front des Stellvertreters wiederverwenden, mit Suchen auf dem kalibrierten Stellvertreter</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on the adapted proxy</source>
        <translation>Front des Stellvertreters wiederverwenden, mit Suchen auf dem angepassten Stellvertreter</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on a linear model from scratch</source>
        <translation>Front des Stellvertreters wiederverwenden, mit Suchen auf einem neu angepassten linearen Modell</translation>
    </message>
    <message>
        <source>Per-device searc&amp;h</source>
        <translation>&amp;Suche je Gerät</translation>
    </message>
    <message>
        <source>&amp;Neural optimizer</source>
        <translation>Neuronaler &amp;Optimierer</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Re&amp;ference search per target (for the regret)</source>
        <translation>Re&amp;ferenzsuche je Zielgerät (für den Regret)</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Stell&amp;vertreter:</translation>
    </message>
    <message>
        <source>Targ&amp;ets:</source>
        <translation>&amp;Zielgeräte:</translation>
    </message>
    <message>
        <source>SRCC thresho&amp;ld:</source>
        <translation>SRCC-Sc&amp;hwelle:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Queue Tra&amp;ining</source>
        <translation>Trai&amp;ning einreihen</translation>
    </message>
    <message>
        <source>Sp&amp;ace:</source>
        <translation>Rau&amp;m:</translation>
    </message>
    <message>
        <source>Budgets pe&amp;r device:</source>
        <translation>Budgets &amp;je Gerät:</translation>
    </message>
</context>
<context>
    <name>edgefront::RunQueue</name>
    <message>
        <source>The results could not be stored: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Generation %1 of %2</source>
        <translation>Generation %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation>%1 von %2 Stichproben</translation>
    </message>
    <message>
        <source>Every design of %1</source>
        <translation>Jeder Entwurf von %1</translation>
    </message>
    <message>
        <source>Device %1 (%2 of %3)</source>
        <translation>Gerät %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Labelling: %1 of %2 (device, budget) searches</source>
        <translation>Labeln: %1 von %2 Suchen (Gerät, Budget)</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2</source>
        <translation>Training: Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Stellvertreter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Zielgerät</numerusform>
            <numerusform>%n Zielgeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>The project has no device &quot;%1&quot;.</source>
        <translation>Das Projekt hat kein Gerät „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot give latencies on %2: %3</source>
        <translation>%1 kann keine Latenzen auf %2 liefern: %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>Unknown search method &quot;%1&quot;.</source>
        <translation>Unbekanntes Suchverfahren „%1“.</translation>
    </message>
    <message>
        <source>Exhaustive search needs an enumerable space (nb201); %1 has about 10^%2 designs.</source>
        <translation>Die erschöpfende Suche braucht einen aufzählbaren Raum (nb201); %1 hat etwa 10^%2 Entwürfe.</translation>
    </message>
    <message>
        <source>Choose at least one target device.</source>
        <translation>Wählen Sie mindestens ein Zielgerät.</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be its own target.</source>
        <translation>Der Stellvertreter %1 kann nicht sein eigenes Zielgerät sein.</translation>
    </message>
    <message>
        <source>Choose at least one device.</source>
        <translation>Wählen Sie mindestens ein Gerät.</translation>
    </message>
    <message>
        <source>The neural optimizer needs a latency budget.</source>
        <translation>Der neuronale Optimierer braucht ein Latenzbudget.</translation>
    </message>
    <message>
        <source>This optimizer was trained without energy budgets; leave the energy budget empty.</source>
        <translation>Dieser Optimierer wurde ohne Energiebudgets trainiert; lassen Sie das Energiebudget leer.</translation>
    </message>
    <message>
        <source>Choose where to write the optimizer (an existing folder).</source>
        <translation>Wählen Sie, wohin der Optimierer geschrieben wird (ein vorhandener Ordner).</translation>
    </message>
    <message>
        <source>Unknown kind of run &quot;%1&quot;.</source>
        <translation>Unbekannte Art von Lauf „%1“.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Waiting for the running run</source>
        <translation>Wartet auf den laufenden Lauf</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Cancelled before it started (not stored)</source>
        <translation>Vor dem Start abgebrochen (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>The run ended without a result.</source>
        <translation>Der Lauf endete ohne Ergebnis.</translation>
    </message>
</context>
<context>
    <name>edgefront::RunsModel</name>
    <message>
        <source>proxy %1</source>
        <translation>Stellvertreter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Zielgerät</numerusform>
            <numerusform>%n Zielgeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>(queued %1)</source>
        <translation>(eingereiht %1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The run&apos;s id in the project (queued runs have none yet)</source>
        <translation>Die ID des Laufs im Projekt (eingereihte Läufe haben noch keine)</translation>
    </message>
    <message>
        <source>What kind of run</source>
        <translation>Welche Art von Lauf</translation>
    </message>
    <message>
        <source>Queued, running, finished, cancelled or failed</source>
        <translation>Eingereiht, läuft, fertig, abgebrochen oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>How far the run is</source>
        <translation>Wie weit der Lauf ist</translation>
    </message>
    <message>
        <source>What the run is doing, or why it failed</source>
        <translation>Was der Lauf gerade tut oder warum er fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The run&apos;s main inputs</source>
        <translation>Die wichtigsten Eingaben des Laufs</translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation>Wann der Lauf gestartet wurde</translation>
    </message>
    <message>
        <source>Wall time of the run</source>
        <translation>Laufzeit (Wanduhrzeit) des Laufs</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>optimizer training</source>
        <translation>Optimierer-Training</translation>
    </message>
</context>
<context>
    <name>edgefront::RunsPanel</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a run&apos;s picks in the explorer</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Auswahl eines Laufs im Explorer</translation>
    </message>
    <message>
        <source>Progress of the running run</source>
        <translation>Fortschritt des laufenden Laufs</translation>
    </message>
    <message>
        <source>Stage of the running run</source>
        <translation>Phase des laufenden Laufs</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>Den laufenden Lauf anhalten; er wird als abgebrochen aufgezeichnet</translation>
    </message>
    <message>
        <source>&amp;Open in Explorer</source>
        <translation>Im Explorer ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s picks in the explorer, the compare view and the inspector</source>
        <translation>Die Auswahl des ausgewählten Laufs im Explorer, im Vergleich und im Inspektor anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Launch a search, a proxy transfer or the neural optimizer (Ctrl+R)</source>
        <translation>Eine Suche, einen Stellvertreter-Transfer oder den neuronalen Optimierer starten (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) queued</source>
        <translation>
            <numerusform>%n Lauf eingereiht</numerusform>
            <numerusform>%n Läufe eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is running.</source>
        <translation>Kein Lauf aktiv.</translation>
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
    <name>edgefront::SelectCandidateCommand</name>
    <message>
        <source>Clear Selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Select Candidate</source>
        <translation>Kandidat auswählen</translation>
    </message>
</context>
<context>
    <name>edgefront::SetBudgetCommand</name>
    <message>
        <source>Remove Latency Budget</source>
        <translation>Latenzbudget entfernen</translation>
    </message>
    <message>
        <source>Remove Energy Budget</source>
        <translation>Energiebudget entfernen</translation>
    </message>
    <message>
        <source>Remove Memory Budget</source>
        <translation>Speicherbudget entfernen</translation>
    </message>
    <message>
        <source>Latency Budget %1</source>
        <translation>Latenzbudget %1</translation>
    </message>
    <message>
        <source>Energy Budget %1</source>
        <translation>Energiebudget %1</translation>
    </message>
    <message>
        <source>Memory Budget %1</source>
        <translation>Speicherbudget %1</translation>
    </message>
</context>
<context>
    <name>edgefront::SetCurrentDeviceCommand</name>
    <message>
        <source>Show Device %1</source>
        <translation>Gerät %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>edgefront::SetDeviceSetCommand</name>
    <message numerus="yes">
        <source>Compare %n Device(s)</source>
        <translation>
            <numerusform>%n Gerät vergleichen</numerusform>
            <numerusform>%n Geräte vergleichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::SetNoteCommand</name>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
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
<context>
    <name>main</name>
    <message>
        <source>EdgeFront workbench</source>
        <translation>EdgeFront-Werkbank</translation>
    </message>
    <message>
        <source>Open this design space.</source>
        <translation>Diesen Entwurfsraum öffnen.</translation>
    </message>
    <message>
        <source>Save the window as PNG and exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Open this project file (created when missing).</source>
        <translation>Diese Projektdatei öffnen (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Fenstergröße, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>View to show for --screenshot: %1.</source>
        <translation>Für --screenshot anzuzeigende Ansicht: %1.</translation>
    </message>
    <message>
        <source>--size expects WxH, e.g. 1600x1000</source>
        <translation>--size erwartet BxH, z. B. 1600x1000</translation>
    </message>
    <message>
        <source>view &quot;%1&quot; is not available in this build; skipped</source>
        <translation>Ansicht „%1“ ist in diesem Build nicht verfügbar; übersprungen</translation>
    </message>
</context>
</TS>
