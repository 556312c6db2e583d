<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>edgefront::DecisionTree</name>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Design-space decisions</source>
        <translation>设计空间决策</translation>
    </message>
    <message>
        <source>Every decision of the design space; greyed values do not change the network</source>
        <translation>设计空间的全部决策；灰色的值不会改变网络</translation>
    </message>
    <message>
        <source>Inactive: this block is beyond its stage&apos;s depth</source>
        <translation>未激活：该块超出其阶段的深度</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::DesignSpaceBrowser</name>
    <message>
        <source>Design space to browse</source>
        <translation>要浏览的设计空间</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>Random seed of the sampled architecture; the same seed gives the same architecture</source>
        <translation>采样架构的随机种子；相同的种子得到相同的架构</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>采样(&amp;S)</translation>
    </message>
    <message>
        <source>Sample a random architecture with this seed, then advance the seed</source>
        <translation>用此种子采样一个随机架构，然后递增种子</translation>
    </message>
    <message>
        <source>Sp&amp;ace:</source>
        <translation>空间(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Architecture summary</source>
        <translation>架构概要</translation>
    </message>
    <message>
        <source>Layer table</source>
        <translation>层表</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;%3 M MACs · %4 M parameters · %5 MiB weights · %6 MiB peak activations · %7 layers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;%3 M 次乘加 · %4 M 参数 · %5 MiB 权重 · %6 MiB 峰值激活 · %7 层</translation>
    </message>
</context>
<context>
    <name>edgefront::DeviceLibrary</name>
    <message>
        <source>Drop device files (.json), lookup tables (.yaml or a folder) or measurement tables (.csv) here</source>
        <translation>将设备文件（.json）、查找表（.yaml 或文件夹）或测量表（.csv）拖放到此处</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <source>Show only devices whose name, id, class, provenance or precisions contain this text</source>
        <translation>仅显示名称、ID、类别、来源或精度包含此文本的设备</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>设备筛选</translation>
    </message>
    <message>
        <source>Number of devices shown</source>
        <translation>显示的设备数</translation>
    </message>
    <message>
        <source>Import &amp;Devices…</source>
        <translation>导入设备(&amp;D)…</translation>
    </message>
    <message>
        <source>Import device profiles (JSON) or Once-for-All latency lookup tables (YAML)</source>
        <translation>导入设备配置文件（JSON）或 Once-for-All 延迟查找表（YAML）</translation>
    </message>
    <message>
        <source>Import &amp;Measurements…</source>
        <translation>导入测量(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a table of measured latencies, energies or accuracies (CSV)</source>
        <translation>导入实测延迟、能耗或准确率表（CSV）</translation>
    </message>
    <message>
        <source>&amp;Remove Device</source>
        <translation>移除设备(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected devices and their measurements from the project</source>
        <translation>从项目中移除所选设备及其测量</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>设备详情</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a device to see its specs, precisions and where its numbers come from.&lt;/p&gt;&lt;p&gt;Drop device files (.json), lookup tables (.yaml or a folder) or measurement tables (.csv) here to import them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个设备以查看其规格、精度以及数据来源。&lt;/p&gt;&lt;p&gt;将设备文件（.json）、查找表（.yaml 或文件夹）或测量表（.csv）拖放到此处即可导入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>simulated by the analytic roofline cost model</source>
        <translation>由解析 Roofline 代价模型模拟</translation>
    </message>
    <message>
        <source>measured values imported from files</source>
        <translation>从文件导入的实测值</translation>
    </message>
    <message>
        <source>Once-for-All per-operator latency lookup tables</source>
        <translation>Once-for-All 逐算子延迟查找表</translation>
    </message>
    <message>
        <source>analytic model fitted to measurements</source>
        <translation>拟合到测量数据的解析模型</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>%1: %2 GMAC/s</source>
        <translation>%1：%2 GMAC/s</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Peak throughput</source>
        <translation>峰值吞吐量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>On-chip memory</source>
        <translation>片上存储</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>%1 at %2 MHz</source>
        <translation>%1 个，%2 MHz</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>%1 W idle, %2 W active</source>
        <translation>空闲 %1 W，工作 %2 W</translation>
    </message>
    <message>
        <source>No hardware specs: this device&apos;s numbers come from its measurements or tables.</source>
        <translation>无硬件规格：该设备的数据来自其测量或查找表。</translation>
    </message>
    <message>
        <source>Lookup tables</source>
        <translation>查找表</translation>
    </message>
    <message>
        <source>Width multiplier</source>
        <translation>宽度倍数</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: not a device file (.json), lookup table (.yaml or a folder) or measurement table (.csv)</source>
        <translation>%1：不是设备文件（.json）、查找表（.yaml 或文件夹）或测量表（.csv）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Once-for-All per-operator latency tables from %1 (resolutions %2)</source>
        <translation>来自 %1 的 Once-for-All 逐算子延迟表（分辨率 %2）</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a device file</source>
        <translation>%1：%2 字节，设备文件过大</translation>
    </message>
    <message>
        <source>no devices in %1</source>
        <translation>%1 中没有设备</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; appears twice in the imported files</source>
        <translation>设备“%1”在导入的文件中出现了两次</translation>
    </message>
    <message>
        <source>Import Devices</source>
        <translation>导入设备</translation>
    </message>
    <message numerus="yes">
        <source>The project already has %n of these device(s): %1. Replace them?</source>
        <translation>
            <numerusform>项目中已有其中 %n 个设备：%1。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their measurements are kept.</source>
        <translation>其测量数据将保留。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s): %1</source>
        <translation>
            <numerusform>已导入 %n 个设备：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>导入测量</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>The design space the table&apos;s architectures belong to</source>
        <translation>表中架构所属的设计空间</translation>
    </message>
    <message>
        <source>Named in the table</source>
        <translation>由表格指定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Device of rows without one</source>
        <translation>无设备列的行所属设备</translation>
    </message>
    <message>
        <source>For tables without a device column: the device the values were measured on</source>
        <translation>对于没有设备列的表：测得这些数值的设备</translation>
    </message>
    <message>
        <source>Devices the project does not have yet become measured devices.</source>
        <translation>项目中尚不存在的设备将成为实测设备。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Design space:</source>
        <translation>设计空间(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln measurement(s) of %1 from %2</source>
        <translation>
            <numerusform>已从 %2 导入 %1 的 %Ln 条测量</numerusform>
        </translation>
    </message>
    <message>
        <source>; new measured devices: %1</source>
        <translation>；新的实测设备：%1</translation>
    </message>
    <message>
        <source>Device files and lookup tables (*.json *.yaml *.yml);;Device files (*.json);;Once-for-All lookup tables (*.yaml *.yml);;All files (*)</source>
        <translation>设备文件和查找表 (*.json *.yaml *.yml);;设备文件 (*.json);;Once-for-All 查找表 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Measurement tables (*.csv);;All files (*)</source>
        <translation>测量表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>移除设备</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) from the project: %1?</source>
        <translation>
            <numerusform>从项目中移除 %n 个设备：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their measurements are removed too. This cannot be undone.</source>
        <translation>其测量数据也将被移除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s): %1</source>
        <translation>
            <numerusform>已移除 %n 个设备：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::DeviceTableModel</name>
    <message>
        <source>Virtual</source>
        <translation>虚拟</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>查找表</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Where the device&apos;s numbers come from: analytic model (virtual), measurements, per-operator lookup tables, or a model calibrated to measurements</source>
        <translation>设备数据的来源：解析模型（虚拟）、测量、逐算子查找表，或按测量校准的模型</translation>
    </message>
    <message>
        <source>Precisions the device runs natively</source>
        <translation>设备原生支持的精度</translation>
    </message>
    <message>
        <source>Measurements stored in the project for this device</source>
        <translation>项目中存储的该设备测量数</translation>
    </message>
</context>
<context>
    <name>edgefront::FleetMonotonicityView</name>
    <message>
        <source>Design space of the SRCC matrix</source>
        <translation>SRCC 矩阵的设计空间</translation>
    </message>
    <message>
        <source>The design space whose architectures the devices rank</source>
        <translation>设备对其架构进行排序的设计空间</translation>
    </message>
    <message>
        <source>Number of architectures</source>
        <translation>架构数量</translation>
    </message>
    <message>
        <source>Random architectures every device is evaluated on (measured devices: their common measured architectures, at most this many)</source>
        <translation>每个设备评估所用的随机架构数（实测设备：其共同测量的架构，最多这么多）</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Compute the SRCC of every device pair again</source>
        <translation>重新计算每对设备的 SRCC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the computation; the map keeps the previous matrix</source>
        <translation>停止计算；热图保留之前的矩阵</translation>
    </message>
    <message>
        <source>SRCC computation progress</source>
        <translation>SRCC 计算进度</translation>
    </message>
    <message>
        <source>SRCC summary</source>
        <translation>SRCC 摘要</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>空间(&amp;P)：</translation>
    </message>
    <message>
        <source>Archi&amp;tectures:</source>
        <translation>架构数(&amp;T)：</translation>
    </message>
    <message>
        <source>Open a project to see the SRCC of its devices.</source>
        <translation>打开项目以查看其设备的 SRCC。</translation>
    </message>
    <message numerus="yes">
        <source>Computing the SRCC of the fleet on %n %1 architecture(s)…</source>
        <translation>
            <numerusform>正在基于 %n 个 %1 架构计算设备群的 SRCC…</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelled; the map shows the previous matrix.</source>
        <translation>已取消；热图显示之前的矩阵。</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute to compute the SRCC matrix.</source>
        <translation>已取消。按“重新计算”以计算 SRCC 矩阵。</translation>
    </message>
    <message>
        <source>Could not compute the SRCC matrix: %1</source>
        <translation>无法计算 SRCC 矩阵：%1</translation>
    </message>
    <message>
        <source>%1 devices, %2 architectures of %3 in %4 s. Pairs with SRCC ≥ 0.9: %5 of %6; lowest SRCC %7.</source>
        <translation>%1 个设备，%3 的 %2 个架构，用时 %4 秒。SRCC ≥ 0.9 的设备对：%5 / %6；最低 SRCC %7。</translation>
    </message>
</context>
<context>
    <name>edgefront::LayerTableModel</name>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1（%2 → %3）</translation>
    </message>
    <message>
        <source>w%1/a%2</source>
        <translation>权%1/激%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>位宽</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>乘加数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>权重字节</translation>
    </message>
    <message>
        <source>Activation bytes</source>
        <translation>激活字节</translation>
    </message>
    <message>
        <source>Execution order</source>
        <translation>执行顺序</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>层名称</translation>
    </message>
    <message>
        <source>Operation type</source>
        <translation>运算类型</translation>
    </message>
    <message>
        <source>Input tensor: channels × height × width</source>
        <translation>输入张量：通道 × 高 × 宽</translation>
    </message>
    <message>
        <source>Output tensor: channels × height × width</source>
        <translation>输出张量：通道 × 高 × 宽</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Convolution groups</source>
        <translation>卷积分组</translation>
    </message>
    <message>
        <source>Bits per weight and activation (32 float, 16 half, 8/4 integer)</source>
        <translation>每个权重和激活的位数（32 浮点，16 半精度，8/4 整数）</translation>
    </message>
    <message>
        <source>Multiply-accumulates (Once-for-All&apos;s counting)</source>
        <translation>乘加运算次数（Once-for-All 的计数方式）</translation>
    </message>
    <message>
        <source>Weights and biases (batch norm folded)</source>
        <translation>权重和偏置（已折叠批归一化）</translation>
    </message>
    <message>
        <source>Parameters × bits ÷ 8</source>
        <translation>参数 × 位数 ÷ 8</translation>
    </message>
    <message>
        <source>Output elements × bits ÷ 8</source>
        <translation>输出元素 × 位数 ÷ 8</translation>
    </message>
</context>
<context>
    <name>edgefront::MainWindow</name>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close EdgeFront</source>
        <translation>关闭 EdgeFront</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the design-space decisions</source>
        <translation>显示或隐藏设计空间决策</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sample Architecture</source>
        <translation>采样架构(&amp;S)</translation>
    </message>
    <message>
        <source>Sample the next random architecture of the current space</source>
        <translation>采样当前空间的下一个随机架构</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EdgeFront</source>
        <translation>关于 EdgeFront(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About EdgeFront</source>
        <translation>关于 EdgeFront</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EdgeFront %1&lt;/h3&gt;&lt;p&gt;Design one neural network for many edge devices: predicted accuracy, latency and energy fronts per device, proxy-device transfer and a neural optimizer.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EdgeFront %1&lt;/h3&gt;&lt;p&gt;为众多边缘设备设计同一个神经网络：每台设备的预测精度、延迟与能耗前沿，代理设备迁移，以及神经优化器。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open the project.</source>
        <translation>无法打开项目。</translation>
    </message>
    <message>
        <source>%1

EdgeFront works on a temporary project with the built-in fleet; it is deleted when you quit.</source>
        <translation>%1

EdgeFront 正在使用包含内置设备群的临时项目；退出时将被删除。</translation>
    </message>
    <message>
        <source>%1 (temporary) — EdgeFront</source>
        <translation>%1（临时）— EdgeFront</translation>
    </message>
    <message>
        <source>%1 — EdgeFront</source>
        <translation>%1 — EdgeFront</translation>
    </message>
    <message>
        <source>No project — EdgeFront</source>
        <translation>无项目 — EdgeFront</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Fleet SRCC</source>
        <translation>设备群 SRCC</translation>
    </message>
    <message>
        <source>Show or hide the device library</source>
        <translation>显示或隐藏设备库</translation>
    </message>
    <message>
        <source>Show or hide the SRCC heat map of the fleet</source>
        <translation>显示或隐藏设备群的 SRCC 热图</translation>
    </message>
    <message>
        <source>Compute Fleet &amp;SRCC</source>
        <translation>计算设备群 SRCC(&amp;S)</translation>
    </message>
    <message>
        <source>Compute the rank correlation of every device pair&apos;s latencies</source>
        <translation>计算每对设备延迟的秩相关</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>预测器</translation>
    </message>
    <message>
        <source>Show or hide the predictors and their quality</source>
        <translation>显示或隐藏预测器及其质量</translation>
    </message>
    <message>
        <source>&amp;Train Predictor…</source>
        <translation>训练预测器(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a latency, energy, accuracy or scalable predictor from the project&apos;s data</source>
        <translation>用项目数据训练延迟、能耗、精度或可扩展预测器</translation>
    </message>
</context>
<context>
    <name>edgefront::PredictorPanel</name>
    <message>
        <source>latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>energy (mJ)</source>
        <translation>能耗 (mJ)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>Filter predictors</source>
        <translation>筛选预测器</translation>
    </message>
    <message>
        <source>Show only predictors whose name, kind, space, metric, device or provenance contain this text</source>
        <translation>仅显示名称、类型、空间、指标、设备或来源包含此文本的预测器</translation>
    </message>
    <message>
        <source>Predictor filter</source>
        <translation>预测器筛选</translation>
    </message>
    <message>
        <source>Number of predictors shown</source>
        <translation>显示的预测器数量</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>训练(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a latency, energy, accuracy or scalable predictor from the project&apos;s data</source>
        <translation>用项目数据训练延迟、能耗、精度或可扩展预测器</translation>
    </message>
    <message>
        <source>&amp;Import ONNX…</source>
        <translation>导入 ONNX(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a predictor saved as ONNX (EdgeFront&apos;s or another tool&apos;s MLP)</source>
        <translation>导入以 ONNX 保存的预测器（EdgeFront 或其他工具的 MLP）</translation>
    </message>
    <message>
        <source>E&amp;xport ONNX…</source>
        <translation>导出 ONNX(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the selected predictor as ONNX</source>
        <translation>将所选预测器保存为 ONNX</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected predictor from the project</source>
        <translation>从项目中移除所选预测器</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>预测器</translation>
    </message>
    <message>
        <source>Device to check the predictor on</source>
        <translation>用于检验预测器的设备</translation>
    </message>
    <message>
        <source>Devices that can give the predictor&apos;s metric on its space: measured devices are checked on their measurements, the others on simulated measurements</source>
        <translation>能在该预测器的空间上给出其指标的设备：实测设备用其测量检验，其他设备用模拟测量检验</translation>
    </message>
    <message>
        <source>Number of architectures</source>
        <translation>架构数量</translation>
    </message>
    <message>
        <source>Random architectures to simulate (virtual devices), or at most this many measurements (measured devices)</source>
        <translation>要模拟的随机架构数（虚拟设备），或最多使用的测量数（实测设备）</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Architectures:</source>
        <translation>架构(&amp;A)：</translation>
    </message>
    <message>
        <source>Quality computation in progress</source>
        <translation>正在计算质量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop computing the predictor&apos;s quality</source>
        <translation>停止计算预测器质量</translation>
    </message>
    <message>
        <source>Save C&amp;hart…</source>
        <translation>保存图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the scatter plot as a PNG image</source>
        <translation>将散点图保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Spearman 秩相关</translation>
    </message>
    <message>
        <source>Mean absolute percentage error</source>
        <translation>平均绝对百分比误差</translation>
    </message>
    <message>
        <source>Share of predictions within 10 percent</source>
        <translation>误差在 10% 以内的预测比例</translation>
    </message>
    <message>
        <source>Spearman rank correlation of predicted and true values (1 = same ranking)</source>
        <translation>预测值与真实值的 Spearman 秩相关（1 = 排序相同）</translation>
    </message>
    <message>
        <source>Mean absolute percentage error of the predictions</source>
        <translation>预测的平均绝对百分比误差</translation>
    </message>
    <message>
        <source>Share of predictions within ±10 % of the truth (nn-Meter&apos;s measure)</source>
        <translation>与真实值相差在 ±10% 以内的预测比例（nn-Meter 的指标）</translation>
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
        <translation>±10% 以内</translation>
    </message>
    <message>
        <source>Quality details</source>
        <translation>质量详情</translation>
    </message>
    <message>
        <source>Predicted against true values</source>
        <translation>预测值与真实值对比</translation>
    </message>
    <message>
        <source>Quality on a device</source>
        <translation>在设备上的质量</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart.</source>
        <translation>无法保存图表。</translation>
    </message>
    <message>
        <source>Open a project to see its predictors.</source>
        <translation>打开一个项目以查看其预测器。</translation>
    </message>
    <message>
        <source>No predictor yet. Train one (Run &gt; Train Predictor…) or import an ONNX predictor.</source>
        <translation>尚无预测器。请训练一个（运行 &gt; 训练预测器…）或导入 ONNX 预测器。</translation>
    </message>
    <message>
        <source>Select a predictor to see how well it predicts.</source>
        <translation>选择一个预测器以查看其预测效果。</translation>
    </message>
    <message>
        <source>Could not load the predictor: %1</source>
        <translation>无法加载预测器：%1</translation>
    </message>
    <message>
        <source>Accuracy table: %1</source>
        <translation>精度表：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The project has no accuracy measurements on %1 to check this predictor against. Import an accuracy table (File &gt; Import Measurements).</source>
        <translation>项目中没有 %1 上的精度测量，无法检验此预测器。请导入精度表（文件 &gt; 导入测量）。</translation>
    </message>
    <message numerus="yes">
        <source>Computing predictions for %n architecture(s)…</source>
        <translation>
            <numerusform>正在为 %n 个架构计算预测…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not check the predictor: %1</source>
        <translation>无法检验预测器：%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>实测%1</translation>
    </message>
    <message>
        <source>Lookup-table %1</source>
        <translation>查找表%1</translation>
    </message>
    <message>
        <source>Simulated %1</source>
        <translation>模拟%1</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>预测%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 在 %2 上</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 architectures (%2 truth, seed %3); Kendall τ %4, RMSE %5; computed in %6.</source>
        <translation>%1 个架构（真实值：%2，种子 %3）；Kendall τ %4，RMSE %5；用时 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n predictor(s)</source>
        <translation>
            <numerusform>%n 个预测器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n predictor(s)</source>
        <translation>
            <numerusform>%1 / %n 个预测器</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained and stored %1.</source>
        <translation>已训练并保存 %1。</translation>
    </message>
    <message>
        <source>Import ONNX Predictor</source>
        <translation>导入 ONNX 预测器</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import ONNX</source>
        <translation>导入 ONNX</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>无法导入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n input(s) per architecture. Say what it predicts and how its input encodes an architecture.</source>
        <translation>
            <numerusform>%1 每个架构接受 %n 个输入。请说明它预测什么，以及其输入如何编码架构。</numerusform>
        </translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Input encoding</source>
        <translation>输入编码</translation>
    </message>
    <message>
        <source>onehot: the space&apos;s one-hot encoding; ofa-acc: Once-for-All&apos;s accuracy-predictor encoding (kernel, expand and resolution one-hots)</source>
        <translation>onehot：该空间的独热编码；ofa-acc：Once-for-All 精度预测器的编码（卷积核、扩展比和分辨率的独热编码）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Device the predictor is for</source>
        <translation>预测器所针对的设备</translation>
    </message>
    <message>
        <source>Output scale</source>
        <translation>输出缩放</translation>
    </message>
    <message>
        <source>Outputs are multiplied by this, e.g. 100 when the model gives accuracy as a fraction</source>
        <translation>输出乘以此值，例如模型以小数给出精度时用 100</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>预测器名称</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The %1 encoding of %2 has %3 inputs: it fits.</source>
        <translation>%2 的 %1 编码有 %3 个输入：匹配。</translation>
    </message>
    <message>
        <source>The %1 encoding of %2 has %3 inputs, the model takes %4.</source>
        <translation>%2 的 %1 编码有 %3 个输入，而模型接受 %4 个。</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>空间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Output s&amp;cale:</source>
        <translation>输出缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The model gives non-finite outputs.</source>
        <translation>模型给出了非有限的输出。</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Export ONNX Predictor</source>
        <translation>导出 ONNX 预测器</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>导出 ONNX</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>无法导出到 %1。</translation>
    </message>
    <message>
        <source>The predictor cannot be written as ONNX.</source>
        <translation>该预测器无法写为 ONNX。</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Remove Predictor</source>
        <translation>移除预测器</translation>
    </message>
    <message>
        <source>Remove the predictor “%1” from the project? This cannot be undone.</source>
        <translation>从项目中移除预测器“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>无法移除“%1”。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2 with the latencies of its signature architectures.</source>
        <translation>项目中没有设备能在 %2 上给出%1并具备其签名架构的延迟。</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2.</source>
        <translation>项目中没有设备能在 %2 上给出%1。</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>measured accuracy</source>
        <translation>实测精度</translation>
    </message>
    <message>
        <source>lookup table</source>
        <translation>查找表</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>edgefront::PredictorTableModel</name>
    <message>
        <source>MACs baseline</source>
        <translation>MACs 基线</translation>
    </message>
    <message>
        <source>Linear (operator-level)</source>
        <translation>线性（算子级）</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>Accuracy MLP</source>
        <translation>精度 MLP</translation>
    </message>
    <message>
        <source>Scalable</source>
        <translation>可扩展</translation>
    </message>
    <message>
        <source>Imported (ONNX)</source>
        <translation>已导入（ONNX）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>能耗 (mJ)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>任意设备</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>训练数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Held-out: %n architecture(s)</source>
        <translation>
            <numerusform>留出：%n 个架构</numerusform>
        </translation>
    </message>
    <message>
        <source>No held-out quality (imported); check it in the quality view</source>
        <translation>无留出数据质量（导入的）；请在质量视图中检验</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源</translation>
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
        <translation>±10%</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>预测器名称</translation>
    </message>
    <message>
        <source>Model kind: MACs baseline, operator-level linear, MLP, accuracy MLP, scalable (device-conditioned) or imported ONNX</source>
        <translation>模型类型：MACs 基线、算子级线性、MLP、精度 MLP、可扩展（以设备为条件）或导入的 ONNX</translation>
    </message>
    <message>
        <source>Design space whose architectures the predictor takes</source>
        <translation>预测器所接受架构的设计空间</translation>
    </message>
    <message>
        <source>What the predictor predicts</source>
        <translation>预测器预测的内容</translation>
    </message>
    <message>
        <source>The device predicted; &quot;any device&quot; for accuracy and device-conditioned predictors</source>
        <translation>所预测的设备；精度预测器和以设备为条件的预测器为“任意设备”</translation>
    </message>
    <message>
        <source>The data the predictor was trained on</source>
        <translation>训练预测器所用的数据</translation>
    </message>
    <message>
        <source>Spearman rank correlation of predictions and truth on held-out architectures</source>
        <translation>留出架构上预测值与真实值的 Spearman 秩相关</translation>
    </message>
    <message>
        <source>Mean absolute percentage error on held-out architectures</source>
        <translation>留出架构上的平均绝对百分比误差</translation>
    </message>
    <message>
        <source>Share of held-out predictions within ±10 % of the truth</source>
        <translation>留出预测中与真实值相差在 ±10% 以内的比例</translation>
    </message>
</context>
<context>
    <name>edgefront::ScatterChart</name>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1：%2
%3：%4</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>Fleet SRCC heat map</source>
        <translation>设备群 SRCC 热图</translation>
    </message>
    <message>
        <source>Spearman rank correlation (SRCC) of every pair of devices&apos; latencies on the same architectures. Blue pairs (SRCC of 0.9 or more) can share a proxy device&apos;s search results; red pairs need the proxy adapted. Arrow keys move the focus cell, Enter selects its two devices.</source>
        <translation>每对设备在相同架构上延迟的 Spearman 秩相关（SRCC）。蓝色设备对（SRCC ≥ 0.9）可共享代理设备的搜索结果；红色设备对需要调整代理。方向键移动焦点单元格，回车选择其两个设备。</translation>
    </message>
    <message>
        <source>%1 vs %2: SRCC %3 (Kendall %4)</source>
        <translation>%1 对 %2：SRCC %3（Kendall %4）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No SRCC matrix yet</source>
        <translation>尚无 SRCC 矩阵</translation>
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
        <translation>训练预测器</translation>
    </message>
    <message>
        <source>Latency MLP (one device)</source>
        <translation>延迟 MLP（单个设备）</translation>
    </message>
    <message>
        <source>Energy MLP (one device)</source>
        <translation>能耗 MLP（单个设备）</translation>
    </message>
    <message>
        <source>Linear, operator-level latency (one device)</source>
        <translation>算子级线性延迟（单个设备）</translation>
    </message>
    <message>
        <source>MACs baseline latency (one device)</source>
        <translation>MACs 基线延迟（单个设备）</translation>
    </message>
    <message>
        <source>Accuracy MLP (accuracy table)</source>
        <translation>精度 MLP（精度表）</translation>
    </message>
    <message>
        <source>Scalable latency (many devices, any device)</source>
        <translation>可扩展延迟（多个设备，任意设备）</translation>
    </message>
    <message>
        <source>Predictor kind</source>
        <translation>预测器类型</translation>
    </message>
    <message>
        <source>What to train: a per-device MLP, the operator-level linear model proxy adaptation scales, the MACs baseline, an accuracy MLP, or one device-conditioned predictor for any device</source>
        <translation>要训练的内容：每设备 MLP、代理自适应所缩放的算子级线性模型、MACs 基线、精度 MLP，或适用于任意设备的以设备为条件的预测器</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>The design space whose architectures the predictor takes</source>
        <translation>预测器所接受架构的设计空间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The device whose measurements (measured devices) or simulated measurements (virtual devices) the predictor learns</source>
        <translation>预测器所学习的设备：其测量（实测设备）或模拟测量（虚拟设备）</translation>
    </message>
    <message>
        <source>Devices of the scalable predictor</source>
        <translation>可扩展预测器的设备</translation>
    </message>
    <message>
        <source>Check the devices to train on (Space toggles); each needs latencies of the space&apos;s signature architectures</source>
        <translation>勾选用于训练的设备（空格键切换）；每个设备都需要该空间签名架构的延迟</translation>
    </message>
    <message>
        <source>Accuracy table</source>
        <translation>精度表</translation>
    </message>
    <message>
        <source>The dataset of the imported accuracy measurements to learn</source>
        <translation>要学习的已导入精度测量所属的数据集</translation>
    </message>
    <message>
        <source>Samples per device</source>
        <translation>每设备样本数</translation>
    </message>
    <message>
        <source>Architectures per device: simulated measurements of distinct random architectures (virtual devices) or at most this many measurements (measured devices); 20 % are held out to measure the quality</source>
        <translation>每设备的架构数：不同随机架构的模拟测量（虚拟设备），或最多这么多条测量（实测设备）；其中 20% 留出用于衡量质量</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Training epochs at most (training stops early when the validation loss stops improving)</source>
        <translation>最多训练轮数（验证损失不再改善时提前停止）</translation>
    </message>
    <message>
        <source>Hidden layer widths</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, comma-separated (e.g. 128,128)</source>
        <translation>MLP 隐藏层的宽度，以逗号分隔（例如 128,128）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Predictor name</source>
        <translation>预测器名称</translation>
    </message>
    <message>
        <source>Name in the predictor list; empty: a summary such as &quot;mlp latency_ms of mcu-a for nb201&quot;</source>
        <translation>预测器列表中的名称；留空则使用摘要，如“mlp latency_ms of mcu-a for nb201”</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>训练状态</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Read the training data and train the predictor; it is stored in the project</source>
        <translation>读取训练数据并训练预测器；结果保存在项目中</translation>
    </message>
    <message>
        <source>Stop the training (nothing is stored), or close the dialog</source>
        <translation>停止训练（不保存任何内容），或关闭对话框</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>空间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Accuracy table:</source>
        <translation>精度表(&amp;A)：</translation>
    </message>
    <message>
        <source>Sa&amp;mples per device:</source>
        <translation>每设备样本数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>训练轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Hidden widths:</source>
        <translation>隐藏层宽度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Rows at &amp;most:</source>
        <translation>最多行数(&amp;M)：</translation>
    </message>
    <message>
        <source>The project has no accuracy measurements on %1; import an accuracy table (File &gt; Import Measurements) first.</source>
        <translation>项目中没有 %1 上的精度测量；请先导入精度表（文件 &gt; 导入测量）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No device of the project can give %1 on %2.</source>
        <translation>项目中没有设备能在 %2 上给出%1。</translation>
    </message>
    <message>
        <source>A scalable predictor needs at least 2 devices with signature latencies on %1.</source>
        <translation>可扩展预测器至少需要 2 个在 %1 上具备签名延迟的设备。</translation>
    </message>
    <message>
        <source>Hidden widths: &quot;%1&quot; is not a width in 1..8192.</source>
        <translation>隐藏层宽度：“%1”不是 1..8192 之间的宽度。</translation>
    </message>
    <message>
        <source>Hidden widths: give at least one width, e.g. 128,128.</source>
        <translation>隐藏层宽度：请至少给出一个宽度，例如 128,128。</translation>
    </message>
    <message>
        <source>Check at least 2 devices for a scalable predictor.</source>
        <translation>可扩展预测器请至少勾选 2 个设备。</translation>
    </message>
    <message>
        <source>The project has no accuracy table on %1.</source>
        <translation>项目中没有 %1 上的精度表。</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>请选择设备。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the training data of %n device(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个设备的训练数据…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>训练已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not train the predictor: %1</source>
        <translation>无法训练预测器：%1</translation>
    </message>
    <message>
        <source>Could not store the predictor: %1</source>
        <translation>无法保存预测器：%1</translation>
    </message>
    <message>
        <source>Trained in %1 s.</source>
        <translation>训练用时 %1 秒。</translation>
    </message>
</context>
</TS>
