<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FrontChart</name>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>edgefront::AnalysisState</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>峰值内存</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>edgefront::BlockDiagram</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳连</translation>
    </message>
    <message>
        <source>conv 1×1</source>
        <translation>卷积 1×1</translation>
    </message>
    <message>
        <source>conv 3×3</source>
        <translation>卷积 3×3</translation>
    </message>
    <message>
        <source>avg pool 3×3</source>
        <translation>平均池化 3×3</translation>
    </message>
    <message>
        <source>Block diagram of the design</source>
        <translation>设计的框图</translation>
    </message>
    <message>
        <source>No design selected.</source>
        <translation>未选择设计。</translation>
    </message>
    <message numerus="yes">
        <source>%1: resolution %2, %n active block(s)</source>
        <translation>
            <numerusform>%1：分辨率 %2，%n 个激活的块</numerusform>
        </translation>
    </message>
    <message>
        <source>NAS-Bench-201 cell, edges: %1</source>
        <translation>NAS-Bench-201 单元，边：%1</translation>
    </message>
    <message>
        <source>No block diagram for the design space %1.</source>
        <translation>设计空间 %1 没有框图。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input image, %1×%1 pixels</source>
        <translation>输入图像，%1×%1 像素</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>起始层</translation>
    </message>
    <message>
        <source>conv 3×3 s2</source>
        <translation>卷积 3×3 s2</translation>
    </message>
    <message>
        <source>%1 ch</source>
        <translation>%1 通道</translation>
    </message>
    <message>
        <source>First convolution: 3×3, stride 2, %1 channels, h_swish</source>
        <translation>第一个卷积：3×3，步长 2，%1 个通道，h_swish</translation>
    </message>
    <message>
        <source>Block 0</source>
        <translation>块 0</translation>
    </message>
    <message>
        <source>dw 3×3</source>
        <translation>深度 3×3</translation>
    </message>
    <message>
        <source>First block: depthwise 3×3 and a 1×1 projection to %1 channels, relu (fixed)</source>
        <translation>第一个块：深度卷积 3×3 和投影到 %1 个通道的 1×1 卷积，relu（固定）</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>1×1 → %1</source>
        <translation>1×1 → %1</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>fc 1000</source>
        <translation>全连接 1000</translation>
    </message>
    <message>
        <source>Final 1×1 expand to %1 channels, global pooling, 1×1 feature mix to %2 channels, classifier</source>
        <translation>最后的 1×1 扩展到 %1 个通道，全局池化，1×1 特征混合到 %2 个通道，分类器</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
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
        <translation>阶段 %1：%2 个输出通道，步长 %3，%4%5</translation>
    </message>
    <message>
        <source>, squeeze-and-excite</source>
        <translation>，挤压激励（SE）</translation>
    </message>
    <message>
        <source>%1×%1 · e%2</source>
        <translation>%1×%1 · e%2</translation>
    </message>
    <message>
        <source>Stage %1, block %2: MBConv, kernel %3×%3, expand ratio %4, stride %5, %6 output channels, %7</source>
        <translation>阶段 %1，块 %2：MBConv，卷积核 %3×%3，扩展比 %4，步长 %5，%6 个输出通道，%7</translation>
    </message>
    <message>
        <source>, weights and activations %1</source>
        <translation>，权重和激活 %1</translation>
    </message>
    <message>
        <source>Node 0: the cell&apos;s input</source>
        <translation>节点 0：单元的输入</translation>
    </message>
    <message>
        <source>Node 3: the cell&apos;s output, the sum of its incoming edges</source>
        <translation>节点 3：单元的输出，即其所有入边之和</translation>
    </message>
    <message>
        <source>Node %1: the sum of its incoming edges</source>
        <translation>节点 %1：其所有入边之和</translation>
    </message>
    <message>
        <source>Edge %1 (node %2 → node %3): %4</source>
        <translation>边 %1（节点 %2 → 节点 %3）：%4</translation>
    </message>
    <message>
        <source>conv 3×3, 16</source>
        <translation>卷积 3×3，16</translation>
    </message>
    <message>
        <source>3×3 convolution to 16 channels</source>
        <translation>3×3 卷积到 16 个通道</translation>
    </message>
    <message>
        <source>5 cells</source>
        <translation>5 个单元</translation>
    </message>
    <message>
        <source>16 ch, 32×32</source>
        <translation>16 通道，32×32</translation>
    </message>
    <message>
        <source>Stage 1: five copies of the cell at 16 channels</source>
        <translation>阶段 1：该单元的五个副本，16 个通道</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>res ↓2, 32</source>
        <translation>残差 ↓2，32</translation>
    </message>
    <message>
        <source>Residual reduction block: stride 2, 32 channels</source>
        <translation>残差降采样块：步长 2，32 个通道</translation>
    </message>
    <message>
        <source>32 ch, 16×16</source>
        <translation>32 通道，16×16</translation>
    </message>
    <message>
        <source>Stage 2: five copies of the cell at 32 channels</source>
        <translation>阶段 2：该单元的五个副本，32 个通道</translation>
    </message>
    <message>
        <source>res ↓2, 64</source>
        <translation>残差 ↓2，64</translation>
    </message>
    <message>
        <source>Residual reduction block: stride 2, 64 channels</source>
        <translation>残差降采样块：步长 2，64 个通道</translation>
    </message>
    <message>
        <source>64 ch, 8×8</source>
        <translation>64 通道，8×8</translation>
    </message>
    <message>
        <source>Stage 3: five copies of the cell at 64 channels</source>
        <translation>阶段 3：该单元的五个副本，64 个通道</translation>
    </message>
    <message>
        <source>pool, fc 10</source>
        <translation>池化，全连接 10</translation>
    </message>
    <message>
        <source>BN + ReLU, global pooling, linear classifier (10 classes)</source>
        <translation>BN + ReLU，全局池化，线性分类器（10 类）</translation>
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
        <translation>卷积核 3</translation>
    </message>
    <message>
        <source>kernel 5</source>
        <translation>卷积核 5</translation>
    </message>
    <message>
        <source>kernel 7</source>
        <translation>卷积核 7</translation>
    </message>
    <message>
        <source>bar: expand ratio (of 6)</source>
        <translation>条：扩展比（最大 6）</translation>
    </message>
    <message>
        <source>squeeze-excite</source>
        <translation>挤压激励</translation>
    </message>
    <message>
        <source>stride 2</source>
        <translation>步长 2</translation>
    </message>
    <message>
        <source>Cell (used 15 times): node j sums op(i → j)(node i) over i &lt; j</source>
        <translation>单元（使用 15 次）：节点 j 对所有 i &lt; j 求和 op(i → j)(节点 i)</translation>
    </message>
</context>
<context>
    <name>edgefront::CandidateInspector</name>
    <message>
        <source>virtual device: analytic layer-wise roofline model (expected values, no noise)</source>
        <translation>虚拟设备：逐层解析 Roofline 模型（期望值，无噪声）</translation>
    </message>
    <message>
        <source>calibrated device: analytic model fitted to %1</source>
        <translation>已校准设备：拟合到%1的解析模型</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>测量数据</translation>
    </message>
    <message>
        <source>lookup-table device: Once-for-All per-operator latency table (latency only)</source>
        <translation>查找表设备：Once-for-All 逐算子延迟表（仅延迟）</translation>
    </message>
    <message>
        <source>measured device: imported measurements (mean of repeats), none for other designs</source>
        <translation>实测设备：导入的测量（重复测量的平均值），其他设计没有数据</translation>
    </message>
    <message>
        <source>Inspected design</source>
        <translation>检查的设计</translation>
    </message>
    <message>
        <source>Layers of the design</source>
        <translation>设计的各层</translation>
    </message>
    <message>
        <source>Design summary</source>
        <translation>设计概要</translation>
    </message>
    <message>
        <source>Predicted against measured</source>
        <translation>预测值与实测值对比</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>fixed overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 &lt;b&gt;%2&lt;/b&gt; 上（%3）</translation>
    </message>
    <message>
        <source>Select a candidate to inspect it.</source>
        <translation>选择一个候选以进行检查。</translation>
    </message>
    <message>
        <source>&lt;h4&gt;%1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;%1&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;Accuracy&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1 %&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Latency&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2 ms&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Energy&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%3 mJ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Peak memory&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4 MB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MACs&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Parameters&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Layers&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;精度&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1%&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;延迟&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2 ms&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;能耗&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%3 mJ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;峰值内存&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4 MB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MACs&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;参数&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6 M&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;层数&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00&quot;&gt;Not runnable on this device: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00&quot;&gt;无法在此设备上运行：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Predicted vs measured&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;预测值与实测值&lt;/h4&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The device has %n latency measurement(s) on %1, none of this design.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;该设备在 %1 上有 %n 条延迟测量，但没有此设计的测量。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No measurements of this design on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此设备上没有此设计的测量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analytic model</source>
        <translation>解析模型</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备模型</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;%1&lt;/th&gt;%2&lt;th&gt;Measured&lt;/th&gt;&lt;th&gt;Error&lt;/th&gt;%3&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;%1&lt;/th&gt;%2&lt;th&gt;实测&lt;/th&gt;&lt;th&gt;误差&lt;/th&gt;%3&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;Predictor&lt;/th&gt;</source>
        <translation>&lt;th&gt;预测器&lt;/th&gt;</translation>
    </message>
    <message>
        <source>&lt;th&gt;Predictor error&lt;/th&gt;</source>
        <translation>&lt;th&gt;预测器误差&lt;/th&gt;</translation>
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
        <source>&lt;b&gt;Accuracy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;精度：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured accuracy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;实测精度：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latency and energy:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;延迟和能耗：&lt;/b&gt;%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per-layer bars:&lt;/b&gt; analytic cost model of %1 (compute vs memory time per layer, launch overhead; energy from MACs, DRAM bytes and idle power)</source>
        <translation>&lt;b&gt;逐层条形图：&lt;/b&gt;%1 的解析代价模型（每层的计算时间与访存时间、启动开销；能耗由 MACs、DRAM 字节数和空闲功耗得出）</translation>
    </message>
    <message>
        <source>The per-layer split is modelled from the device&apos;s specs; the device&apos;s own numbers are network totals.</source>
        <translation>逐层拆分由设备规格建模得出；设备自身的数据是整个网络的总值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predictor:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;预测器：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured:&lt;/b&gt; the project&apos;s measurements of this design on %1 (mean of repeats)</source>
        <translation>&lt;b&gt;实测：&lt;/b&gt;项目中此设计在 %1 上的测量（重复测量的平均值）</translation>
    </message>
    <message>
        <source>&lt;b&gt;MACs and parameters:&lt;/b&gt; exact counts of the layer graph (Once-for-All&apos;s profiler convention)</source>
        <translation>&lt;b&gt;MACs 和参数：&lt;/b&gt;按层图精确计数（Once-for-All 分析器的约定）</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Where the numbers come from&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;数据来源&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>edgefront::CompareTableModel</name>
    <message>
        <source>%1
Press Enter or double-click to select it on every chart.</source>
        <translation>%1
按回车键或双击可在每个图表中选中它。</translation>
    </message>
    <message>
        <source>No candidate meets the latency budget on this device.</source>
        <translation>此设备上没有满足延迟预算的候选。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none within the budget</source>
        <translation>预算内没有</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
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
        <source>Meets budget</source>
        <translation>满足预算</translation>
    </message>
    <message>
        <source>On front</source>
        <translation>位于前沿</translation>
    </message>
    <message>
        <source>Best accuracy (%)</source>
        <translation>最佳精度 (%)</translation>
    </message>
    <message>
        <source>Best latency (ms)</source>
        <translation>最佳者延迟 (ms)</translation>
    </message>
    <message>
        <source>Best energy (mJ)</source>
        <translation>最佳者能耗 (mJ)</translation>
    </message>
    <message>
        <source>Best design within budget</source>
        <translation>预算内最佳设计</translation>
    </message>
    <message>
        <source>Compared device</source>
        <translation>比较的设备</translation>
    </message>
    <message>
        <source>Latency of the selected candidate on the device</source>
        <translation>所选候选在该设备上的延迟</translation>
    </message>
    <message>
        <source>Energy of the selected candidate on the device</source>
        <translation>所选候选在该设备上的能耗</translation>
    </message>
    <message>
        <source>Whether the selected candidate&apos;s latency is within the latency budget</source>
        <translation>所选候选的延迟是否在延迟预算之内</translation>
    </message>
    <message>
        <source>Whether the selected candidate is Pareto-optimal (accuracy, latency) on the device</source>
        <translation>所选候选在该设备上是否 Pareto 最优（精度、延迟）</translation>
    </message>
    <message>
        <source>Accuracy of the device&apos;s most accurate candidate within the latency budget</source>
        <translation>该设备在延迟预算内精度最高的候选的精度</translation>
    </message>
    <message>
        <source>Latency of that candidate on the device</source>
        <translation>该候选在该设备上的延迟</translation>
    </message>
    <message>
        <source>Energy of that candidate on the device</source>
        <translation>该候选在该设备上的能耗</translation>
    </message>
    <message>
        <source>That candidate&apos;s design</source>
        <translation>该候选的设计</translation>
    </message>
</context>
<context>
    <name>edgefront::CompareView</name>
    <message>
        <source>Design space of the candidates</source>
        <translation>候选的设计空间</translation>
    </message>
    <message>
        <source>The design space the compared candidates are drawn from</source>
        <translation>比较的候选所采样自的设计空间</translation>
    </message>
    <message>
        <source>Number of candidates</source>
        <translation>候选数量</translation>
    </message>
    <message>
        <source>Distinct random designs evaluated on every device (the same designs everywhere)</source>
        <translation>在每个设备上评估的不同随机设计（所有设备使用相同的设计）</translation>
    </message>
    <message>
        <source>Seed of the candidates</source>
        <translation>候选的种子</translation>
    </message>
    <message>
        <source>The same seed draws the same candidates</source>
        <translation>相同的种子采样出相同的候选</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Latency budget on every compared device: the table shows whether the selected candidate meets it and each device&apos;s most accurate candidate within it</source>
        <translation>每个比较设备上的延迟预算：表格显示所选候选是否满足该预算，以及每个设备在预算内精度最高的候选</translation>
    </message>
    <message>
        <source>S&amp;hared axes</source>
        <translation>共享坐标轴(&amp;H)</translation>
    </message>
    <message>
        <source>Draw every chart on the same latency and accuracy ranges</source>
        <translation>所有图表使用相同的延迟和精度范围</translation>
    </message>
    <message>
        <source>&amp;Log latency</source>
        <translation>对数延迟(&amp;L)</translation>
    </message>
    <message>
        <source>Logarithmic latency axes (fleets span orders of magnitude)</source>
        <translation>对数延迟坐标轴（设备群跨越多个数量级）</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Draw and evaluate the candidates again</source>
        <translation>重新采样并评估候选</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the computation; the view keeps the previous candidates</source>
        <translation>停止计算；视图保留之前的候选</translation>
    </message>
    <message>
        <source>Candidate computation progress</source>
        <translation>候选计算进度</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>空间(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>候选数(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Latency &amp;budget:</source>
        <translation>延迟预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Devices to compare</source>
        <translation>要比较的设备</translation>
    </message>
    <message>
        <source>Check two to six devices; Space toggles the current one</source>
        <translation>勾选两到六个设备；空格键切换当前设备</translation>
    </message>
    <message>
        <source>Check %1 to %2 devices.</source>
        <translation>请勾选 %1 到 %2 个设备。</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>SRCC of every device pair&apos;s latencies on these candidates; click a cell to compare its two devices</source>
        <translation>每对设备在这些候选上延迟的 SRCC；单击单元格以比较其两个设备</translation>
    </message>
    <message>
        <source>Best proxy of each compared device</source>
        <translation>每个比较设备的最佳代理</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who can be whose proxy&lt;/b&gt; (SRCC on these candidates)</source>
        <translation>&lt;b&gt;谁可以作为谁的代理&lt;/b&gt;（基于这些候选的 SRCC）</translation>
    </message>
    <message>
        <source>Selected candidate</source>
        <translation>所选候选</translation>
    </message>
    <message>
        <source>Selected candidate and best design per device</source>
        <translation>所选候选及每个设备的最佳设计</translation>
    </message>
    <message>
        <source>Open a project to compare its devices.</source>
        <translation>打开项目以比较其设备。</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n candidate(s) of %1 on the fleet…</source>
        <translation>
            <numerusform>正在设备群上评估 %1 的 %n 个候选…</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>Predicting the accuracy of %n candidate(s)…</source>
        <translation>
            <numerusform>正在预测 %n 个候选的精度…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the candidates on %1 (%2 of %3)…</source>
        <translation>正在 %1 上评估候选（%2 / %3）…</translation>
    </message>
    <message>
        <source>measured (%1)</source>
        <translation>实测（%1）</translation>
    </message>
    <message>
        <source>Ranking the devices against each other…</source>
        <translation>正在对设备进行相互排序比较…</translation>
    </message>
    <message>
        <source>Cancelled; the view shows the previous candidates.</source>
        <translation>已取消；视图显示之前的候选。</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute to evaluate the candidates.</source>
        <translation>已取消。按“重新计算”以评估候选。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not evaluate the candidates: %1</source>
        <translation>无法评估候选：%1</translation>
    </message>
    <message>
        <source>%1 candidates of %2 on %3 devices in %4 s; accuracy: %5.</source>
        <translation>%2 的 %1 个候选，%3 个设备，用时 %4 秒；精度：%5。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: no latency for these candidates (a measured device knows only its measured designs)</source>
        <translation>%1：这些候选没有延迟数据（实测设备只知道其已测量的设计）</translation>
    </message>
    <message>
        <source>At most %1 devices; uncheck one first.</source>
        <translation>最多 %1 个设备；请先取消勾选一个。</translation>
    </message>
    <message>
        <source>Check at least %1 devices to compare them.</source>
        <translation>请至少勾选 %1 个设备以进行比较。</translation>
    </message>
    <message>
        <source>Check devices in the list to compare their fronts.</source>
        <translation>在列表中勾选设备以比较它们的前沿。</translation>
    </message>
    <message>
        <source>No numbers for %1</source>
        <translation>%1 没有数据</translation>
    </message>
    <message>
        <source>Click a candidate on any chart to see it on every device.</source>
        <translation>在任一图表中单击候选，即可在每个设备上查看它。</translation>
    </message>
    <message>
        <source>Selected: %1 — accuracy %2 % (%3)</source>
        <translation>已选：%1 — 精度 %2%（%3）</translation>
    </message>
    <message>
        <source>%1: no other device to compare with</source>
        <translation>%1：没有其他设备可比较</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: best proxy %2 (SRCC %3, reuse its front)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：最佳代理 %2（SRCC %3，复用其前沿）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: best proxy %2 (SRCC %3, below 0.9: adapt the proxy)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：最佳代理 %2（SRCC %3，低于 0.9：需调整代理）</translation>
    </message>
    <message>
        <source>At most %1 devices; uncheck some to add %2 and %3.</source>
        <translation>最多 %1 个设备；请取消勾选一些设备以添加 %2 和 %3。</translation>
    </message>
    <message>
        <source>%1
accuracy %2 % (%3)
latency %4 ms, energy %5 mJ (%6)
Click to select it on every device.</source>
        <translation>%1
精度 %2%（%3）
延迟 %4 ms，能耗 %5 mJ（%6）
单击以在每个设备上选中它。</translation>
    </message>
</context>
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
    <name>edgefront::FrontChart</name>
    <message>
        <source>Chart legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>被支配</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto 前沿</translation>
    </message>
    <message>
        <source>breaks a budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Size: peak memory</source>
        <translation>大小：峰值内存</translation>
    </message>
    <message>
        <source>Front chart</source>
        <translation>前沿图</translation>
    </message>
    <message>
        <source>Drag to zoom, right-drag to pan, double-click to reset; arrows pan, +/− zoom, 0 resets, Ctrl+Left/Right step along the front</source>
        <translation>拖动以缩放，右键拖动以平移，双击以重置；方向键平移，+/− 缩放，0 重置，Ctrl+左/右 沿前沿逐点移动</translation>
    </message>
    <message>
        <source>Computing the candidates…</source>
        <translation>正在计算候选…</translation>
    </message>
    <message>
        <source>%1 candidates, %2 within budgets, %3 on the front</source>
        <translation>%1 个候选，%2 个在预算内，%3 个位于前沿</translation>
    </message>
    <message>
        <source>exact layer count</source>
        <translation>按层精确计数</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>exact layer count (peak activations + weights)</source>
        <translation>按层精确计数（峰值激活 + 权重）</translation>
    </message>
    <message>
        <source>On the %1 × %2 Pareto front</source>
        <translation>位于 %1 × %2 Pareto 前沿上</translation>
    </message>
    <message>
        <source>Dominated in %1 × %2</source>
        <translation>在 %1 × %2 中被支配</translation>
    </message>
    <message>
        <source>Within the budgets</source>
        <translation>在预算之内</translation>
    </message>
    <message>
        <source>Breaks the %1 budget</source>
        <translation>超出%1预算</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>EdgeFront front chart</source>
        <translation>EdgeFront 前沿图</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>已标记：%1</translation>
    </message>
</context>
<context>
    <name>edgefront::FrontExplorer</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The device whose front is shown</source>
        <translation>显示其前沿的设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>The design space the candidates are drawn from</source>
        <translation>候选所采样自的设计空间</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>空间(&amp;P)：</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>横轴</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>纵轴</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>X(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>Y(&amp;Y)：</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>对数 X</translation>
    </message>
    <message>
        <source>Logarithmic horizontal axis</source>
        <translation>对数横轴</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>对数 Y</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>对数纵轴</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>标记大小</translation>
    </message>
    <message>
        <source>What the size of a point shows</source>
        <translation>点的大小所表示的内容</translation>
    </message>
    <message>
        <source>Uniform size</source>
        <translation>统一大小</translation>
    </message>
    <message>
        <source>Size: peak memory</source>
        <translation>大小：峰值内存</translation>
    </message>
    <message>
        <source>Candidates per device</source>
        <translation>每设备候选数</translation>
    </message>
    <message>
        <source>How many seeded candidate designs the front is drawn from</source>
        <translation>绘制前沿所用的（按种子采样的）候选设计数量</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>候选数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Show all candidates again</source>
        <translation>重新显示所有候选</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>将图表保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Compute the candidates of the current device again</source>
        <translation>重新计算当前设备的候选</translation>
    </message>
    <message>
        <source>Select &amp;Best Within Budgets</source>
        <translation>选择预算内最佳(&amp;B)</translation>
    </message>
    <message>
        <source>Select the most accurate candidate that meets every budget</source>
        <translation>选择满足所有预算且精度最高的候选</translation>
    </message>
    <message>
        <source>C&amp;lear Budgets</source>
        <translation>清除预算(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the latency, energy and memory budgets</source>
        <translation>移除延迟、能耗和内存预算</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>延迟预算(&amp;L)：</translation>
    </message>
    <message>
        <source>E&amp;nergy budget:</source>
        <translation>能耗预算(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Memory budget:</source>
        <translation>内存预算(&amp;M)：</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Energy budget</source>
        <translation>能耗预算</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>内存预算</translation>
    </message>
    <message>
        <source>Drag left to tighten the budget; far right means no limit</source>
        <translation>向左拖动以收紧预算；最右端表示不限制</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 值</translation>
    </message>
    <message>
        <source>Front status</source>
        <translation>前沿状态</translation>
    </message>
    <message>
        <source>Computation progress</source>
        <translation>计算进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop computing the candidates</source>
        <translation>停止计算候选</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The project has no devices. Import one with File → Import Devices.</source>
        <translation>项目中没有设备。请通过 文件 → 导入设备 导入一个。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Unknown design space %1.</source>
        <translation>未知的设计空间 %1。</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>请选择设备。</translation>
    </message>
    <message>
        <source>Computing %1 candidates of %2 on %3…</source>
        <translation>正在 %3 上计算 %2 的 %1 个候选…</translation>
    </message>
    <message>
        <source>Cancelled. Press F5 (Run → Recompute Front) to compute the candidates again.</source>
        <translation>已取消。按 F5（运行 → 重新计算前沿）以重新计算候选。</translation>
    </message>
    <message>
        <source>Could not compute the candidates: %1</source>
        <translation>无法计算候选：%1</translation>
    </message>
    <message>
        <source>No accuracy for %1: %2</source>
        <translation>%1 没有精度：%2</translation>
    </message>
    <message>
        <source>%1 vs %2 on %3 (%4, %5 candidates)</source>
        <translation>%3 上的 %1 对 %2（%4，%5 个候选）</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 of %2 candidates within budgets</source>
        <translation>%2 个候选中有 %1 个在预算内</translation>
    </message>
    <message>
        <source>%1 candidates (no budgets)</source>
        <translation>%1 个候选（无预算）</translation>
    </message>
    <message numerus="yes">
        <source>; front %n design(s)</source>
        <translation>
            <numerusform>；前沿 %n 个设计</numerusform>
        </translation>
    </message>
    <message>
        <source>; accuracy from %1; latency and energy: %2</source>
        <translation>；精度来自 %1；延迟和能耗：%2</translation>
    </message>
    <message>
        <source>Accuracy: %1
Latency and energy: %2
MACs, parameters, peak memory: exact layer counts
Computed in %3 ms</source>
        <translation>精度：%1
延迟和能耗：%2
MACs、参数、峰值内存：按层精确计数
计算用时 %3 ms</translation>
    </message>
    <message>
        <source>No candidate meets every budget.</source>
        <translation>没有满足所有预算的候选。</translation>
    </message>
    <message>
        <source>Clear Budgets</source>
        <translation>清除预算</translation>
    </message>
    <message>
        <source>There is no front to export yet.</source>
        <translation>尚无可导出的前沿。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Recompute &amp;Front</source>
        <translation>重新计算前沿(&amp;F)</translation>
    </message>
</context>
<context>
    <name>edgefront::ImportDevicesCommand</name>
    <message numerus="yes">
        <source>Import %n Device(s)</source>
        <translation>
            <numerusform>导入 %n 个设备</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::ImportMeasurementsCommand</name>
    <message numerus="yes">
        <source>Import %n Measurement(s)</source>
        <translation>
            <numerusform>导入 %n 条测量</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::ImportedLayerCostModel</name>
    <message>
        <source>ONNX %1, costed as %2</source>
        <translation>ONNX %1，按 %2 计算代价</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Energy (mJ)</source>
        <translation>能耗 (mJ)</translation>
    </message>
</context>
<context>
    <name>edgefront::ImportedModelView</name>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>No model imported. File ▸ Import ONNX Model… reads a CNN from an .onnx file.</source>
        <translation>尚未导入模型。文件 ▸ 导入 ONNX 模型… 可从 .onnx 文件读取 CNN。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: input %4 (%3), %5 layers from %6 ONNX nodes, %7 MACs, %8 parameters.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2：输入 %4（%3），由 %6 个 ONNX 节点得到 %5 层，%7 MACs，%8 参数。</translation>
    </message>
    <message>
        <source> (%1, opset %2)</source>
        <translation> （%1，opset %2）</translation>
    </message>
    <message>
        <source>node %1 (%2) %3</source>
        <translation>节点 %1（%2）%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Unsupported, costed as zero: %1.</source>
        <translation>&lt;br&gt;不支持，代价按零计：%1。</translation>
    </message>
    <message>
        <source>No device to predict on</source>
        <translation>没有可用于预测的设备</translation>
    </message>
    <message>
        <source>Not runnable on %1: %2</source>
        <translation>无法在 %1 上运行：%2</translation>
    </message>
    <message>
        <source>No per-layer costs: %1.</source>
        <translation>没有逐层代价：%1。</translation>
    </message>
    <message>
        <source>Total on %1: %2 layers, %3 MACs, latency %4 ms, energy %5 mJ, peak memory %6 MB.</source>
        <translation>%1 上合计：%2 层，%3 MACs，延迟 %4 ms，能耗 %5 mJ，峰值内存 %6 MB。</translation>
    </message>
    <message>
        <source> The latency includes the device&apos;s fixed %1 ms per inference.</source>
        <translation> 延迟包含该设备每次推理固定的 %1 ms。</translation>
    </message>
</context>
<context>
    <name>edgefront::LayerBarsChart</name>
    <message>
        <source>Per-layer latency and energy</source>
        <translation>逐层延迟和能耗</translation>
    </message>
    <message>
        <source>Latency per layer</source>
        <translation>每层延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Energy per layer</source>
        <translation>每层能耗</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>No design selected.</source>
        <translation>未选择设计。</translation>
    </message>
    <message>
        <source>Layer (execution order)</source>
        <translation>层（执行顺序）</translation>
    </message>
    <message>
        <source>Layer %1 %2: %3 ms, %4 mJ</source>
        <translation>层 %1 %2：%3 ms，%4 mJ</translation>
    </message>
    <message>
        <source>Layer %1: %2 (%3)
latency %4 ms
energy %5 mJ</source>
        <translation>层 %1：%2（%3）
延迟 %4 ms
能耗 %5 mJ</translation>
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
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>That is the project&apos;s own file.</source>
        <translation>这是项目自身的文件。</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>untitled.edgefront</source>
        <translation>未命名.edgefront</translation>
    </message>
    <message>
        <source>EdgeFront projects (%1)</source>
        <translation>EdgeFront 项目 (%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Project.</source>
        <translation>%1 已存在。请选择其他名称，或通过 文件 → 打开项目 打开它。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Design space</source>
        <translation>设计空间</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project with the built-in fleet</source>
        <translation>使用内置设备群创建项目</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an EdgeFront project</source>
        <translation>打开 EdgeFront 项目</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and continue there</source>
        <translation>将项目复制到新文件并在其中继续工作</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the design-space browser</source>
        <translation>显示或隐藏设计空间浏览器</translation>
    </message>
    <message>
        <source>Show or hide the results table</source>
        <translation>显示或隐藏结果表</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>延迟(&amp;L)</translation>
    </message>
    <message>
        <source>Microseconds (µs)</source>
        <translation>微秒 (µs)</translation>
    </message>
    <message>
        <source>Milliseconds (ms)</source>
        <translation>毫秒 (ms)</translation>
    </message>
    <message>
        <source>Seconds (s)</source>
        <translation>秒 (s)</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>能耗(&amp;E)</translation>
    </message>
    <message>
        <source>Microjoules (µJ)</source>
        <translation>微焦 (µJ)</translation>
    </message>
    <message>
        <source>Millijoules (mJ)</source>
        <translation>毫焦 (mJ)</translation>
    </message>
    <message>
        <source>Joules (J)</source>
        <translation>焦耳 (J)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>内存(&amp;M)</translation>
    </message>
    <message>
        <source>Kilobytes (kB)</source>
        <translation>千字节 (kB)</translation>
    </message>
    <message>
        <source>Megabytes (MB)</source>
        <translation>兆字节 (MB)</translation>
    </message>
    <message>
        <source>Gigabytes (GB)</source>
        <translation>吉字节 (GB)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when EdgeFront restarts.</source>
        <translation>语言将在 EdgeFront 重新启动后更改。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Front explorer</source>
        <translation>前沿探索器</translation>
    </message>
    <message>
        <source>E&amp;xplorer</source>
        <translation>探索器(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <source>Launch a per-device search, a proxy transfer or the neural optimizer</source>
        <translation>启动逐设备搜索、代理迁移或神经优化器</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Run</source>
        <translation>取消当前运行(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>停止当前运行；它将被记录为已取消</translation>
    </message>
    <message>
        <source>&amp;Open Run in Explorer</source>
        <translation>在探索器中打开运行(&amp;O)</translation>
    </message>
    <message>
        <source>Show the picks of the run selected in the Runs dock</source>
        <translation>显示在“运行”停靠窗口中所选运行选出的设计</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>探索器(&amp;E)</translation>
    </message>
    <message>
        <source>Show the front of the current device</source>
        <translation>显示当前设备的前沿</translation>
    </message>
    <message>
        <source>&amp;Compare Devices</source>
        <translation>比较设备(&amp;C)</translation>
    </message>
    <message>
        <source>Show two to six devices side by side on the same candidates</source>
        <translation>在相同的候选上并排显示两到六个设备</translation>
    </message>
    <message>
        <source>Show or hide the candidate inspector</source>
        <translation>显示或隐藏候选检查器</translation>
    </message>
    <message>
        <source>Show or hide the runs</source>
        <translation>显示或隐藏运行列表</translation>
    </message>
    <message>
        <source>Compare devices</source>
        <translation>比较设备</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>The front of the current device (Alt+1)</source>
        <translation>当前设备的前沿（Alt+1）</translation>
    </message>
    <message>
        <source>Two to six devices side by side on the same candidates (Alt+2)</source>
        <translation>在相同候选上并排显示的两到六个设备（Alt+2）</translation>
    </message>
    <message>
        <source>Candidate inspector</source>
        <translation>候选检查器</translation>
    </message>
    <message>
        <source>Select a candidate in the explorer, the results or the compare view to inspect it.</source>
        <translation>在探索器、结果表或比较视图中选择一个候选以进行检查。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>运行 %1 已开始。</translation>
    </message>
    <message>
        <source>A run failed: %1</source>
        <translation>一个运行失败：%1</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>运行 %1 %2。</translation>
    </message>
    <message>
        <source>Choose a device in the explorer.</source>
        <translation>请在探索器中选择设备。</translation>
    </message>
    <message>
        <source>as the run predicted it</source>
        <translation>由该运行预测</translation>
    </message>
    <message>
        <source>%1 is not among the computed candidates yet.</source>
        <translation>%1 尚不在已计算的候选中。</translation>
    </message>
    <message>
        <source>Run launcher</source>
        <translation>运行启动器</translation>
    </message>
    <message>
        <source>Run %1 picked no design.</source>
        <translation>运行 %1 未选出任何设计。</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Read a CNN from an .onnx file and show its per-layer costs on the project&apos;s devices</source>
        <translation>从 .onnx 文件读取 CNN，并显示其在项目各设备上的逐层代价</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the main tool bar</source>
        <translation>显示或隐藏主工具栏</translation>
    </message>
    <message>
        <source>run %1 picks</source>
        <translation>运行 %1 选出的设计</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 on %4</source>
        <translation>运行 %1（%2）：%4 上的%3</translation>
    </message>
    <message>
        <source>, latency budget %1 ms</source>
        <translation>，延迟预算 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n pick(s), marked in the explorer and evaluated in the compare view; %2 is selected and inspected.</source>
        <translation>
            <numerusform>运行 %1：选出 %n 个设计，已在探索器中标记并在比较视图中评估；%2 已被选中并在检查器中显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>%1 search</source>
        <translation>%1 搜索</translation>
    </message>
    <message>
        <source>proxy transfer from %1</source>
        <translation>从 %1 的代理迁移</translation>
    </message>
    <message>
        <source>neural optimizer</source>
        <translation>神经优化器</translation>
    </message>
    <message>
        <source>best design</source>
        <translation>最佳设计</translation>
    </message>
    <message>
        <source>front design</source>
        <translation>前沿设计</translation>
    </message>
    <message>
        <source>transferred pick</source>
        <translation>迁移选出的设计</translation>
    </message>
    <message>
        <source>Import ONNX Model</source>
        <translation>导入 ONNX 模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — per-layer costs</source>
        <translation>%1 — 逐层代价</translation>
    </message>
    <message>
        <source>&amp;Import ONNX Model…</source>
        <translation>导入 ONNX 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Com&amp;pute Fleet SRCC</source>
        <translation>计算设备群 SRCC(&amp;P)</translation>
    </message>
</context>
<context>
    <name>edgefront::MiniFrontChart</name>
    <message>
        <source>Accuracy versus latency front</source>
        <translation>精度-延迟前沿</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>Accuracy versus latency front: %1</source>
        <translation>精度-延迟前沿：%1</translation>
    </message>
    <message>
        <source>%1: %2 ms
%3: %4 %</source>
        <translation>%1：%2 ms
%3：%4%</translation>
    </message>
</context>
<context>
    <name>edgefront::PinCandidateCommand</name>
    <message>
        <source>Pin Candidate</source>
        <translation>固定候选</translation>
    </message>
    <message>
        <source>Unpin Candidate</source>
        <translation>取消固定候选</translation>
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
    <name>edgefront::ResultsTableModel</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>exact layer count</source>
        <translation>按层精确计数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>On the accuracy × latency × energy Pareto front</source>
        <translation>位于 精度 × 延迟 × 能耗 Pareto 前沿上</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>被支配</translation>
    </message>
    <message>
        <source>within</source>
        <translation>在内</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>Pinned candidates stay in the table and are marked on the chart</source>
        <translation>已固定的候选保留在表中，并在图表上标出</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; notes are saved in the project</source>
        <translation>双击或按 F2 进行编辑；备注保存在项目中</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前沿</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accuracy source</source>
        <translation>精度来源</translation>
    </message>
    <message>
        <source>Latency/energy source</source>
        <translation>延迟/能耗来源</translation>
    </message>
    <message>
        <source>Place by accuracy among the candidates shown</source>
        <translation>在显示的候选中按精度的名次</translation>
    </message>
</context>
<context>
    <name>edgefront::ResultsView</name>
    <message>
        <source>Filter designs and notes</source>
        <translation>筛选设计和备注</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>筛选结果</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>显示的行</translation>
    </message>
    <message>
        <source>Within budgets</source>
        <translation>预算内</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto 前沿</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>所有候选</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>前 K 个</translation>
    </message>
    <message>
        <source>How many of the most accurate matching candidates are listed</source>
        <translation>列出精度最高的匹配候选的数量</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Pin Selected Candidate</source>
        <translation>固定所选候选(&amp;P)</translation>
    </message>
    <message>
        <source>Pin or unpin the selected candidate: pinned ones stay listed and marked</source>
        <translation>固定或取消固定所选候选：已固定的候选会保留在列表中并被标出</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selected candidate (saved in the project)</source>
        <translation>为所选候选写备注（保存在项目中）</translation>
    </message>
    <message>
        <source>Save the selected candidate as a Once-for-All-style JSON config</source>
        <translation>将所选候选保存为 Once-for-All 风格的 JSON 配置</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the listed candidates as CSV</source>
        <translation>将列出的候选保存为 CSV</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右键单击以选择列</translation>
    </message>
    <message>
        <source>Results count</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <source>%1 of %2 candidates within budgets listed</source>
        <translation>已列出预算内 %2 个候选中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 front designs listed</source>
        <translation>已列出 %2 个前沿设计中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 pinned candidates listed</source>
        <translation>已列出 %2 个已固定候选中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 candidates listed</source>
        <translation>已列出 %2 个候选中的 %1 个</translation>
    </message>
    <message>
        <source>Un&amp;pin Selected Candidate</source>
        <translation>取消固定所选候选(&amp;P)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <source>No candidate is selected.</source>
        <translation>未选择候选。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There are no candidates to export.</source>
        <translation>没有可导出的候选。</translation>
    </message>
    <message>
        <source>Export Design</source>
        <translation>导出设计</translation>
    </message>
    <message>
        <source>JSON config (*.json)</source>
        <translation>JSON 配置 (*.json)</translation>
    </message>
    <message>
        <source>Design saved to %1</source>
        <translation>设计已保存到 %1</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>表格已保存到 %1</translation>
    </message>
    <message>
        <source>Export Desi&amp;gn…</source>
        <translation>导出设计(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>edgefront::RunDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 — accuracy %2, latency %3 ms, energy %4 mJ</source>
        <translation>%1 — 精度 %2，延迟 %3 ms，能耗 %4 mJ</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front</source>
        <translation>复用代理的前沿</translation>
    </message>
    <message>
        <source>adapted the proxy</source>
        <translation>已调整代理</translation>
    </message>
    <message>
        <source>adapted: linear model from scratch won</source>
        <translation>已调整：从头拟合的线性模型胜出</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Run %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;运行 %1：%2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: &lt;b&gt;%1&lt;/b&gt;, %2 s. %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;状态：&lt;b&gt;%1&lt;/b&gt;，%2 秒。%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accuracy: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;精度：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run is still going (or was interrupted without being recorded).&lt;/p&gt;</source>
        <translation>&lt;p&gt;该运行仍在进行中（或已中断但未被记录）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未保存任何结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Best design:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;最佳设计：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 evaluations (%2 distinct); cost: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 次评估（%2 个不同设计）；代价来源：%3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cancelled after %n generation(s); the best design so far is shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;在 %n 代后取消；显示目前为止的最佳设计。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Front: %n design(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;前沿：%n 个设计。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Target&lt;/th&gt;&lt;th&gt;SRCC before&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Branch&lt;/th&gt;&lt;th&gt;SRCC after&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Picks (budget: accuracy, latency, meets)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;目标&lt;/th&gt;&lt;th&gt;之前 SRCC&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;分支&lt;/th&gt;&lt;th&gt;之后 SRCC&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;选出的设计（预算：精度，延迟，是否满足）&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=&quot;4&quot;&gt;not processed: %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=&quot;4&quot;&gt;未处理：%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 ms: %2, %3 ms, %4</source>
        <translation>%1 ms：%2，%3 ms，%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;否&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ms: none (%2)</source>
        <translation>%1 ms：无（%2）</translation>
    </message>
    <message>
        <source>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Device&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Design&lt;/th&gt;&lt;th&gt;Meets budgets&lt;/th&gt;&lt;th&gt;Time (ms)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&quot;0&quot; cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;设备&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;设计&lt;/th&gt;&lt;th&gt;满足预算&lt;/th&gt;&lt;th&gt;时间 (ms)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wrote &lt;b&gt;%1&lt;/b&gt;: %2 labels, %3 training rows, %4 epochs (best %5), validation cross-entropy %6, head accuracy %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已写入 &lt;b&gt;%1&lt;/b&gt;：%2 个标签，%3 行训练数据，%4 轮（最佳 %5），验证交叉熵 %6，输出头精度 %7。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Proxy &amp;transfer</source>
        <translation>代理迁移(&amp;T)</translation>
    </message>
    <message>
        <source>Kind of run</source>
        <translation>运行类型</translation>
    </message>
    <message>
        <source>Why the run cannot be queued</source>
        <translation>该运行无法加入队列的原因</translation>
    </message>
    <message>
        <source>&amp;Queue Run</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue the run of the current tab; runs go one at a time (Ctrl+Return)</source>
        <translation>将当前选项卡的运行加入队列；运行逐个执行（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Evolution (Once-for-All)</source>
        <translation>进化（Once-for-All）</translation>
    </message>
    <message>
        <source>NSGA-II (the whole front)</source>
        <translation>NSGA-II（整个前沿）</translation>
    </message>
    <message>
        <source>Exhaustive (nb201)</source>
        <translation>穷举（nb201）</translation>
    </message>
    <message>
        <source>Random (baseline)</source>
        <translation>随机（基线）</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>搜索方法</translation>
    </message>
    <message>
        <source>How the device&apos;s best design is searched</source>
        <translation>如何搜索该设备的最佳设计</translation>
    </message>
    <message>
        <source>Design space of the search</source>
        <translation>搜索的设计空间</translation>
    </message>
    <message>
        <source>Device to search for</source>
        <translation>要为其搜索的设备</translation>
    </message>
    <message>
        <source>Devices that can give latencies on the space</source>
        <translation>能在该空间上给出延迟的设备</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Latency budget in milliseconds (none: no budget)</source>
        <translation>以毫秒为单位的延迟预算（无：不设预算）</translation>
    </message>
    <message>
        <source> mJ</source>
        <translation> mJ</translation>
    </message>
    <message>
        <source>Energy budget</source>
        <translation>能耗预算</translation>
    </message>
    <message>
        <source>Energy budget in millijoules (none: no budget)</source>
        <translation>以毫焦为单位的能耗预算（无：不设预算）</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>代数</translation>
    </message>
    <message>
        <source>Generations of evolution (Once-for-All: 500) or NSGA-II (200)</source>
        <translation>进化（Once-for-All：500）或 NSGA-II（200）的代数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>种群</translation>
    </message>
    <message>
        <source>Population size (Once-for-All: 100)</source>
        <translation>种群大小（Once-for-All：100）</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Random designs drawn by random search</source>
        <translation>随机搜索采样的随机设计数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The same seed gives the same run</source>
        <translation>相同的种子得到相同的运行结果</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>空间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>延迟预算(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Energy budget:</source>
        <translation>能耗预算(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>代数(&amp;G)：</translation>
    </message>
    <message>
        <source>Pop&amp;ulation:</source>
        <translation>种群(&amp;U)：</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>样本数(&amp;M)：</translation>
    </message>
    <message>
        <source>Design space of the transfer</source>
        <translation>迁移的设计空间</translation>
    </message>
    <message>
        <source>Proxy device</source>
        <translation>代理设备</translation>
    </message>
    <message>
        <source>The device searched once; its Pareto set serves the targets</source>
        <translation>只搜索一次的设备；其 Pareto 集服务于各目标设备</translation>
    </message>
    <message>
        <source>Target devices</source>
        <translation>目标设备</translation>
    </message>
    <message>
        <source>Devices that get a design from the proxy&apos;s search; Space toggles</source>
        <translation>从代理搜索中获得设计的设备；空格键切换</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>Check every target</source>
        <translation>勾选所有目标</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>无(&amp;O)</translation>
    </message>
    <message>
        <source>Uncheck every target</source>
        <translation>取消勾选所有目标</translation>
    </message>
    <message>
        <source>Fixed budgets (ms)</source>
        <translation>固定预算 (ms)</translation>
    </message>
    <message>
        <source>Per-target quantiles of its latencies</source>
        <translation>每个目标自身延迟的分位数</translation>
    </message>
    <message>
        <source>Kind of latency budgets</source>
        <translation>延迟预算类型</translation>
    </message>
    <message>
        <source>Fixed budgets are the same on every target; quantiles suit fleets whose latencies span orders of magnitude</source>
        <translation>固定预算在每个目标上都相同；分位数适用于延迟跨越多个数量级的设备群</translation>
    </message>
    <message>
        <source>Latency budgets</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Comma-separated: milliseconds, or quantiles in (0, 1]</source>
        <translation>以逗号分隔：毫秒数，或 (0, 1] 内的分位数</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <source>Target measurements for the SRCC check and the adaptation (published recipe: 60)</source>
        <translation>用于 SRCC 检查和调整的目标设备测量数（已发表方案：60）</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>验证样本</translation>
    </message>
    <message>
        <source>Target measurements for choosing the adaptation&apos;s penalty (published recipe: 10)</source>
        <translation>用于选择调整惩罚项的目标设备测量数（已发表方案：10）</translation>
    </message>
    <message>
        <source>SRCC threshold</source>
        <translation>SRCC 阈值</translation>
    </message>
    <message>
        <source>At or above it the proxy&apos;s front is reused; below it the proxy is adapted (OneProxy: 0.9)</source>
        <translation>达到或超过该值时复用代理的前沿；低于该值时调整代理（OneProxy：0.9）</translation>
    </message>
    <message>
        <source>Generations of every evolutionary search</source>
        <translation>每次进化搜索的代数</translation>
    </message>
    <message>
        <source>Population of every evolutionary search</source>
        <translation>每次进化搜索的种群大小</translation>
    </message>
    <message>
        <source>Proxy grid</source>
        <translation>代理网格</translation>
    </message>
    <message>
        <source>Latency budgets of the proxy&apos;s offline searches</source>
        <translation>代理离线搜索的延迟预算</translation>
    </message>
    <message>
        <source>Also search every target on its own to report how much accuracy the transfer gave up; costs a search per target</source>
        <translation>同时单独搜索每个目标，以报告迁移损失了多少精度；每个目标需要额外一次搜索</translation>
    </message>
    <message>
        <source>&amp;Budgets:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>T&amp;raining samples:</source>
        <translation>训练样本(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Validation samples:</source>
        <translation>验证样本(&amp;V)：</translation>
    </message>
    <message>
        <source>Proxy gr&amp;id:</source>
        <translation>代理网格(&amp;I)：</translation>
    </message>
    <message>
        <source>Run a trained optimizer</source>
        <translation>运行已训练的优化器</translation>
    </message>
    <message>
        <source>optimizer.onnx (edgefront-cli optimizer train, or train one below)</source>
        <translation>optimizer.onnx（edgefront-cli optimizer train，或在下方训练一个）</translation>
    </message>
    <message>
        <source>Optimizer file</source>
        <translation>优化器文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a neural optimizer (ONNX)</source>
        <translation>选择神经优化器（ONNX）</translation>
    </message>
    <message>
        <source>Devices to design for</source>
        <translation>要为其设计的设备</translation>
    </message>
    <message>
        <source>Devices the optimizer designs for; Space toggles</source>
        <translation>优化器为其设计的设备；空格键切换</translation>
    </message>
    <message>
        <source>Latency budget of the optimizer</source>
        <translation>优化器的延迟预算</translation>
    </message>
    <message>
        <source>Latency budget in milliseconds</source>
        <translation>以毫秒为单位的延迟预算</translation>
    </message>
    <message>
        <source>Energy budget of the optimizer</source>
        <translation>优化器的能耗预算</translation>
    </message>
    <message>
        <source>Energy budget in millijoules (optimizers trained with energy budgets only)</source>
        <translation>以毫焦为单位的能耗预算（仅适用于用能耗预算训练的优化器）</translation>
    </message>
    <message>
        <source>Sampled designs</source>
        <translation>采样设计数</translation>
    </message>
    <message>
        <source>Designs drawn from the optimizer&apos;s heads per query, verified too</source>
        <translation>每次查询从优化器输出头采样的设计数，同样会被验证</translation>
    </message>
    <message>
        <source>Refinement rounds</source>
        <translation>精修轮数</translation>
    </message>
    <message>
        <source>Rounds of the best single-decision change, verified</source>
        <translation>每轮执行最佳的单一决策修改并验证，共执行的轮数</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>优化器(&amp;Z)：</translation>
    </message>
    <message>
        <source>De&amp;vices:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>Sa&amp;mpled designs:</source>
        <translation>采样设计数(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;finement rounds:</source>
        <translation>精修轮数(&amp;F)：</translation>
    </message>
    <message>
        <source>Train a small optimizer</source>
        <translation>训练一个小型优化器</translation>
    </message>
    <message>
        <source>Design space of the optimizer</source>
        <translation>优化器的设计空间</translation>
    </message>
    <message>
        <source>Budgets per device</source>
        <translation>每设备预算数</translation>
    </message>
    <message>
        <source>Latency budgets labelled per device</source>
        <translation>每个设备标注的延迟预算数</translation>
    </message>
    <message>
        <source>Label generations</source>
        <translation>标注代数</translation>
    </message>
    <message>
        <source>Generations of each labelling search (Once-for-All&apos;s recipe: 500)</source>
        <translation>每次标注搜索的代数（Once-for-All 方案：500）</translation>
    </message>
    <message>
        <source>Label population</source>
        <translation>标注种群</translation>
    </message>
    <message>
        <source>Population of each labelling search</source>
        <translation>每次标注搜索的种群大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Most training epochs (early stopping)</source>
        <translation>最多训练轮数（提前停止）</translation>
    </message>
    <message>
        <source>Where to write the optimizer</source>
        <translation>优化器的写入位置</translation>
    </message>
    <message>
        <source>Choose where to write the trained optimizer</source>
        <translation>选择已训练优化器的写入位置</translation>
    </message>
    <message>
        <source>Label every virtual device of the project by evolutionary search, train the optimizer and write it; it then appears above</source>
        <translation>通过进化搜索标注项目中的每个虚拟设备，训练优化器并写入文件；之后它会出现在上方</translation>
    </message>
    <message>
        <source>Training labels each virtual device of the project at several budgets by evolutionary search, then trains the network; with these small settings it takes a minute or two and runs in the queue like any run. For the full recipe (500 generations, sharded labelling over many devices) use &lt;tt&gt;edgefront-cli optimizer label&lt;/tt&gt; and &lt;tt&gt;optimizer train&lt;/tt&gt;, then choose the file above.</source>
        <translation>训练会在多个预算下通过进化搜索标注项目中的每个虚拟设备，然后训练网络；使用这些较小的设置大约需要一两分钟，并像其他运行一样在队列中执行。如需完整方案（500 代、在多个设备上分片标注），请使用 &lt;tt&gt;edgefront-cli optimizer label&lt;/tt&gt; 和 &lt;tt&gt;optimizer train&lt;/tt&gt;，然后在上方选择该文件。</translation>
    </message>
    <message>
        <source>Label &amp;generations:</source>
        <translation>标注代数(&amp;G)：</translation>
    </message>
    <message>
        <source>Label pop&amp;ulation:</source>
        <translation>标注种群(&amp;U)：</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>训练轮数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Progress of the running run</source>
        <translation>当前运行的进度</translation>
    </message>
    <message>
        <source>What the running run is doing</source>
        <translation>当前运行正在执行的操作</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>停止当前运行；它将被记录为已取消</translation>
    </message>
    <message>
        <source>Cancel &amp;Selected</source>
        <translation>取消所选(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the selected queued or running run</source>
        <translation>取消所选的排队中或运行中的运行</translation>
    </message>
    <message>
        <source>Open in E&amp;xplorer</source>
        <translation>在探索器中打开(&amp;X)</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s designs in the explorer (double-click or Enter does too)</source>
        <translation>在探索器中显示所选运行的设计（双击或按回车键也可）</translation>
    </message>
    <message>
        <source>Result of the selected run</source>
        <translation>所选运行的结果</translation>
    </message>
    <message>
        <source>Select a run to see its result.</source>
        <translation>选择一个运行以查看其结果。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Once-for-All&apos;s evolutionary search: the most accurate design within the budgets.</source>
        <translation>Once-for-All 的进化搜索：预算内精度最高的设计。</translation>
    </message>
    <message>
        <source>NSGA-II: the whole accuracy × latency × energy front in one run; its most accurate member within the budgets is the pick.</source>
        <translation>NSGA-II：一次运行得到完整的 精度 × 延迟 × 能耗 前沿；选出其中预算内精度最高的成员。</translation>
    </message>
    <message>
        <source>Every design of the space, exact.</source>
        <translation>空间中的每个设计，精确求解。</translation>
    </message>
    <message>
        <source>Exhaustive search needs an enumerable space such as nb201.</source>
        <translation>穷举搜索需要可枚举的空间，例如 nb201。</translation>
    </message>
    <message>
        <source>The best of N random designs: a baseline for the other methods.</source>
        <translation>N 个随机设计中的最佳者：作为其他方法的基线。</translation>
    </message>
    <message>
        <source>No optimizer chosen.</source>
        <translation>未选择优化器。</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 optimizer, %2 input(s)%3; trained on: %4</source>
        <translation>%1 优化器，%2 个输入%3；训练数据：%4</translation>
    </message>
    <message>
        <source>, energy budgets</source>
        <translation>，含能耗预算</translation>
    </message>
    <message>
        <source>unknown devices</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>Choose a Neural Optimizer</source>
        <translation>选择神经优化器</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Write the Optimizer To</source>
        <translation>优化器写入到</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Choose a device (none of the project&apos;s devices can give latencies on %1).</source>
        <translation>请选择设备（项目中没有设备能在 %1 上给出延迟）。</translation>
    </message>
    <message>
        <source>Budgets: &quot;%1&quot; is not a quantile in (0, 1].</source>
        <translation>预算：“%1”不是 (0, 1] 内的分位数。</translation>
    </message>
    <message>
        <source>Budgets: &quot;%1&quot; is not a positive number of milliseconds.</source>
        <translation>预算：“%1”不是正的毫秒数。</translation>
    </message>
    <message>
        <source>Give at least one latency budget.</source>
        <translation>请至少给出一个延迟预算。</translation>
    </message>
    <message>
        <source>Choose an optimizer file, or queue the training of one.</source>
        <translation>请选择优化器文件，或将训练优化器加入队列。</translation>
    </message>
    <message>
        <source>Choose where to write the optimizer.</source>
        <translation>请选择优化器的写入位置。</translation>
    </message>
    <message>
        <source>Starting the next run…</source>
        <translation>正在启动下一个运行…</translation>
    </message>
    <message>
        <source>No run is going.</source>
        <translation>没有正在进行的运行。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>adapted: calibrated the proxy&apos;s cost model</source>
        <translation>已调整：已校准代理的代价模型</translation>
    </message>
    <message>
        <source>adapted: combined the proxy with known devices</source>
        <translation>已调整：将代理与已知设备组合</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on known devices</source>
        <translation>复用代理的前沿，并在已知设备组合上搜索</translation>
    </message>
    <message>
        <source>&lt;p&gt;SRCC check against the threshold %1: at or above it the proxy&apos;s Pareto set is reused, below it the proxy is adapted: its linear latency model refitted, a linear model fitted from scratch, its cost model calibrated to the target, or the proxy combined with other known devices, whichever ranks held-out samples best. SRCC after is that model&apos;s score. A reused target fits the same models; when the best ranks the samples better than the proxy, its searches add candidates and SRCC after is its score.&lt;/p&gt;</source>
        <translation>&lt;p&gt;以阈值 %1 进行 SRCC 检查：达到或超过阈值时复用代理的 Pareto 集，低于阈值时调整代理：重新拟合其线性延迟模型、从头拟合一个线性模型、将其代价模型校准到目标设备，或将代理与其他已知设备组合，取对留出样本排序最好的一个。“之后 SRCC”即该模型的得分。复用的目标也拟合这些模型；当最好的模型对样本的排序优于代理时，其搜索结果加入候选，“之后 SRCC”即其得分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The proxy is searched once over a grid of its latencies. Each target measures the training and validation samples; SRCC at or above the threshold reuses the proxy&apos;s Pareto set, below it the proxy is adapted: its linear latency model is refitted to the target and compared with a linear model fitted from scratch, with the proxy&apos;s cost model calibrated to the target and with the proxy combined with other known devices; the best-ranking one is searched (a reused target searches it too when it ranks the samples better than the proxy). The result shows each target&apos;s SRCC, which branch ran and the winning model&apos;s score.</source>
        <translation>代理在其延迟网格上只搜索一次。每个目标测量训练样本和验证样本；SRCC 达到或超过阈值时复用代理的 Pareto 集，低于阈值时调整代理：将其线性延迟模型重新拟合到目标设备，并与从头拟合的线性模型、校准到目标设备的代理代价模型以及与其他已知设备组合的代理进行比较；用排序最好的模型进行搜索（复用的目标在该模型排序优于代理时也用它搜索）。结果显示每个目标的 SRCC、执行了哪个分支以及胜出模型的得分。</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on the calibrated proxy</source>
        <translation>复用代理的前沿，并在校准后的代理上搜索</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on the adapted proxy</source>
        <translation>复用代理的前沿，并在调整后的代理上搜索</translation>
    </message>
    <message>
        <source>reuse the proxy&apos;s front, with searches on a linear model from scratch</source>
        <translation>复用代理的前沿，并在从头拟合的线性模型上搜索</translation>
    </message>
    <message>
        <source>Per-device searc&amp;h</source>
        <translation>逐设备搜索(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Neural optimizer</source>
        <translation>神经优化器(&amp;N)</translation>
    </message>
    <message>
        <source>Meth&amp;od:</source>
        <translation>方法(&amp;O)：</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;ference search per target (for the regret)</source>
        <translation>每个目标的参考搜索（用于计算遗憾值）(&amp;F)</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>代理(&amp;Y)：</translation>
    </message>
    <message>
        <source>Targ&amp;ets:</source>
        <translation>目标(&amp;E)：</translation>
    </message>
    <message>
        <source>SRCC thresho&amp;ld:</source>
        <translation>SRCC 阈值(&amp;L)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Queue Tra&amp;ining</source>
        <translation>将训练加入队列(&amp;I)</translation>
    </message>
    <message>
        <source>Sp&amp;ace:</source>
        <translation>空间(&amp;A)：</translation>
    </message>
    <message>
        <source>Budgets pe&amp;r device:</source>
        <translation>每设备预算数(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>edgefront::RunQueue</name>
    <message>
        <source>The results could not be stored: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>Generation %1 of %2</source>
        <translation>第 %1 / %2 代</translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation>%1 / %2 个样本</translation>
    </message>
    <message>
        <source>Every design of %1</source>
        <translation>%1 的全部设计</translation>
    </message>
    <message>
        <source>Device %1 (%2 of %3)</source>
        <translation>设备 %1（%2 / %3）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Labelling: %1 of %2 (device, budget) searches</source>
        <translation>标注：%1 / %2 次（设备，预算）搜索</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2</source>
        <translation>训练：第 %1 / %2 轮</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>The project has no device &quot;%1&quot;.</source>
        <translation>项目中没有设备“%1”。</translation>
    </message>
    <message>
        <source>%1 cannot give latencies on %2: %3</source>
        <translation>%1 无法在 %2 上给出延迟：%3</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 必须至少为 %2。</translation>
    </message>
    <message>
        <source>Unknown search method &quot;%1&quot;.</source>
        <translation>未知的搜索方法“%1”。</translation>
    </message>
    <message>
        <source>Exhaustive search needs an enumerable space (nb201); %1 has about 10^%2 designs.</source>
        <translation>穷举搜索需要可枚举的空间（nb201）；%1 约有 10^%2 个设计。</translation>
    </message>
    <message>
        <source>Choose at least one target device.</source>
        <translation>请至少选择一个目标设备。</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be its own target.</source>
        <translation>代理 %1 不能作为自身的目标。</translation>
    </message>
    <message>
        <source>Choose at least one device.</source>
        <translation>请至少选择一个设备。</translation>
    </message>
    <message>
        <source>The neural optimizer needs a latency budget.</source>
        <translation>神经优化器需要延迟预算。</translation>
    </message>
    <message>
        <source>This optimizer was trained without energy budgets; leave the energy budget empty.</source>
        <translation>此优化器训练时未使用能耗预算；请将能耗预算留空。</translation>
    </message>
    <message>
        <source>Choose where to write the optimizer (an existing folder).</source>
        <translation>请选择优化器的写入位置（一个已存在的文件夹）。</translation>
    </message>
    <message>
        <source>Unknown kind of run &quot;%1&quot;.</source>
        <translation>未知的运行类型“%1”。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Waiting for the running run</source>
        <translation>正在等待当前运行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled before it started (not stored)</source>
        <translation>在开始前已取消（未保存）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The run ended without a result.</source>
        <translation>运行结束但没有结果。</translation>
    </message>
</context>
<context>
    <name>edgefront::RunsModel</name>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>(queued %1)</source>
        <translation>（排队 %1）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>The run&apos;s id in the project (queued runs have none yet)</source>
        <translation>该运行在项目中的 ID（排队中的运行尚无 ID）</translation>
    </message>
    <message>
        <source>What kind of run</source>
        <translation>运行的类型</translation>
    </message>
    <message>
        <source>Queued, running, finished, cancelled or failed</source>
        <translation>排队中、运行中、已完成、已取消或失败</translation>
    </message>
    <message>
        <source>How far the run is</source>
        <translation>运行的进展程度</translation>
    </message>
    <message>
        <source>What the run is doing, or why it failed</source>
        <translation>运行正在执行的操作，或失败原因</translation>
    </message>
    <message>
        <source>The run&apos;s main inputs</source>
        <translation>运行的主要输入</translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation>运行开始的时间</translation>
    </message>
    <message>
        <source>Wall time of the run</source>
        <translation>运行的实际耗时</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>optimizer training</source>
        <translation>优化器训练</translation>
    </message>
</context>
<context>
    <name>edgefront::RunsPanel</name>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a run&apos;s picks in the explorer</source>
        <translation>双击或按回车键可在探索器中打开运行选出的设计</translation>
    </message>
    <message>
        <source>Progress of the running run</source>
        <translation>当前运行的进度</translation>
    </message>
    <message>
        <source>Stage of the running run</source>
        <translation>当前运行的阶段</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running run; it is recorded as cancelled</source>
        <translation>停止当前运行；它将被记录为已取消</translation>
    </message>
    <message>
        <source>&amp;Open in Explorer</source>
        <translation>在探索器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s picks in the explorer, the compare view and the inspector</source>
        <translation>在探索器、比较视图和检查器中显示所选运行选出的设计</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <source>Launch a search, a proxy transfer or the neural optimizer (Ctrl+R)</source>
        <translation>启动搜索、代理迁移或神经优化器（Ctrl+R）</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) queued</source>
        <translation>
            <numerusform>%n 个运行在排队</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is running.</source>
        <translation>没有正在进行的运行。</translation>
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
    <name>edgefront::SelectCandidateCommand</name>
    <message>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Select Candidate</source>
        <translation>选择候选</translation>
    </message>
</context>
<context>
    <name>edgefront::SetBudgetCommand</name>
    <message>
        <source>Remove Latency Budget</source>
        <translation>移除延迟预算</translation>
    </message>
    <message>
        <source>Remove Energy Budget</source>
        <translation>移除能耗预算</translation>
    </message>
    <message>
        <source>Remove Memory Budget</source>
        <translation>移除内存预算</translation>
    </message>
    <message>
        <source>Latency Budget %1</source>
        <translation>延迟预算 %1</translation>
    </message>
    <message>
        <source>Energy Budget %1</source>
        <translation>能耗预算 %1</translation>
    </message>
    <message>
        <source>Memory Budget %1</source>
        <translation>内存预算 %1</translation>
    </message>
</context>
<context>
    <name>edgefront::SetCurrentDeviceCommand</name>
    <message>
        <source>Show Device %1</source>
        <translation>显示设备 %1</translation>
    </message>
</context>
<context>
    <name>edgefront::SetDeviceSetCommand</name>
    <message numerus="yes">
        <source>Compare %n Device(s)</source>
        <translation>
            <numerusform>比较 %n 个设备</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgefront::SetNoteCommand</name>
    <message>
        <source>Remove Note</source>
        <translation>移除备注</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
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
<context>
    <name>main</name>
    <message>
        <source>EdgeFront workbench</source>
        <translation>EdgeFront 工作台</translation>
    </message>
    <message>
        <source>Open this design space.</source>
        <translation>打开此设计空间。</translation>
    </message>
    <message>
        <source>Save the window as PNG and exit.</source>
        <translation>将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Open this project file (created when missing).</source>
        <translation>打开此项目文件（不存在时创建）。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>窗口大小，例如 1600x1000。</translation>
    </message>
    <message>
        <source>View to show for --screenshot: %1.</source>
        <translation>--screenshot 要显示的视图：%1。</translation>
    </message>
    <message>
        <source>--size expects WxH, e.g. 1600x1000</source>
        <translation>--size 需要 宽x高 格式，例如 1600x1000</translation>
    </message>
    <message>
        <source>view &quot;%1&quot; is not available in this build; skipped</source>
        <translation>视图“%1”在此版本中不可用；已跳过</translation>
    </message>
</context>
</TS>
