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
</TS>
