<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Roles and centres of {name}</source>
        <translation>{name} 的角色和所在中心</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The change applies from {name}&apos;s next sign-in.</source>
        <translation>更改将在 {name} 下次登录时生效。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>所在中心</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The new user signs in with this user name and password. Tell them the password in person.</source>
        <translation>新用户用这里的用户名和密码登录。请当面把密码告诉对方。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>As colleagues call them, e.g. Wang Fang</source>
        <translation>同事对其的称呼，例如：王芳</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>所在中心</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the stock of {centre}</source>
        <translation>调整 {centre} 的库存</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Put the books right when they disagree with the shelf and no goods moved: more than booked is a positive change, fewer a negative one.</source>
        <translation>货架上的实际数量与账面不符、又没有货物进出时，用这里更正账面：实物比账面多，填正数；比账面少，填负数。</translation>
    </message>
    <message>
        <source>At</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. found during a count</source>
        <translation>例如：盘点时发现</translation>
    </message>
    <message>
        <source>Adjusted {product} at {location} by {change}.</source>
        <translation>已调整 {location} 的 {product}，数量 {change}。</translation>
    </message>
</context>
<context>
    <name>AdvanceCaseDialog</name>
    <message>
        <source>Record the next stage of case {code}</source>
        <translation>登记申请 {code} 的下一环节</translation>
    </message>
    <message>
        <source>Record this stage</source>
        <translation>登记此环节</translation>
    </message>
    <message>
        <source>Stages are recorded one at a time, in order; each is kept with your name and the time.</source>
        <translation>各环节须按顺序逐一登记；每个环节都会记下您的姓名和登记时间。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Who reviewed it, what was decided; may stay empty</source>
        <translation>由谁审核、结论如何；可不填</translation>
    </message>
    <message>
        <source>Case {code} is now at {stage}.</source>
        <translation>申请 {code} 已进入{stage}环节。</translation>
    </message>
</context>
<context>
    <name>AssetTagDialog</name>
    <message>
        <source>Asset tag of the new unit</source>
        <translation>新设备的资产编号</translation>
    </message>
    <message>
        <source>{product} is registered under the asset tag</source>
        <translation>{product} 已登记，资产编号为</translation>
    </message>
    <message>
        <source>Asset tag: {tag}</source>
        <translation>资产编号：{tag}</translation>
    </message>
    <message>
        <source>Write it on the unit where it can be read, or stick its label on it: the label&apos;s QR code carries {payload}, which the desk&apos;s scanner reads.</source>
        <translation>请把这个编号写在设备上容易看到的地方，或把它的标签贴在设备上：标签上的二维码内容为 {payload}，柜台的扫码枪可以读取。</translation>
    </message>
</context>
<context>
    <name>AssistivePicker</name>
    <message>
        <source>Edition of the classification</source>
        <translation>分类标准版本</translation>
    </message>
    <message>
        <source>Assistive-product code</source>
        <translation>辅具分类编码</translation>
    </message>
    <message>
        <source>Type part of the code or the name</source>
        <translation>输入编码或名称的一部分</translation>
    </message>
    <message>
        <source>No assistive-product code</source>
        <translation>无辅具分类编码</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Nothing was recorded for these filters. Choose an earlier date or “All”.</source>
        <translation>按当前条件没有记录。请选择更早的日期，或选择“全部”。</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
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
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Showing the newest {count} entries only. Choose a later date, a kind of record or a user to see the ones before.</source>
        <translation>只显示最新的 {count} 条记录。要查看更早的记录，请选择较晚的起始日期、记录类型或用户。</translation>
    </message>
    <message>
        <source>{count} entries, newest first.</source>
        <translation>共 {count} 条记录，最新的在前。</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>Stopping after this page…</source>
        <translation>本页打印完成后即停止…</translation>
    </message>
    <message>
        <source>The labels could not be painted because of an error in silvershop; try again.</source>
        <translation>由于 silvershop 程序出错，未能生成标签；请重试。</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Nothing to list.</source>
        <translation>没有可列出的记录。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}.</source>
        <translation>显示 {total} 条中的 {shown} 条。</translation>
    </message>
    <message>
        <source>{total} in all.</source>
        <translation>共 {total} 条。</translation>
    </message>
    <message>
        <source>{hidden} more at centres whose devices you may not see.</source>
        <translation>另有 {hidden} 台在您无权查看设备的中心。</translation>
    </message>
    <message>
        <source>Loans of centres where you do not lend show their month only, without loan or unit codes.</source>
        <translation>您不负责出租的中心的租赁记录只显示月份，不显示租赁单号和设备编号。</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>租赁单</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Resident&apos;s district</source>
        <translation>居住区划</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Times lent</source>
        <translation>出租次数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Reference price</source>
        <translation>参考价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>（未指定产品）</translation>
    </message>
    <message>
        <source>Waiting for a call</source>
        <translation>等待回电</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回电</translation>
    </message>
    <message>
        <source>Closed: could not be reached</source>
        <translation>已关闭：联系不上</translation>
    </message>
    <message>
        <source>Closed: the visitor withdrew</source>
        <translation>已关闭：访客不再需要</translation>
    </message>
    <message>
        <source>Deleted: nobody called back in time</source>
        <translation>已删除：未及时回电</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate a label printer</source>
        <translation>校准标签打印机</translation>
    </message>
    <message>
        <source>Save calibration</source>
        <translation>保存校准</translation>
    </message>
    <message>
        <source>A printer may put its print a little off the label, always by the same amount. Measure it once with a test page: every label printed on this printer afterwards is moved and scaled to match, at every desk.</source>
        <translation>打印机打出的内容可能会稍微偏离标签，而且每次偏差都一样。只需用测试页测量一次：以后这台打印机打印的每张标签都会自动调整位置和大小，所有服务台通用。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Labels loaded</source>
        <translation>已装标签</translation>
    </message>
    <message>
        <source>Correction saved</source>
        <translation>已保存的校准</translation>
    </message>
    <message>
        <source>1. Print the test page on the printer, on the labels it is loaded with.</source>
        <translation>1. 用这台打印机当前装着的标签，打印测试页。</translation>
    </message>
    <message>
        <source>Print test page…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <source>Save test page as PDF…</source>
        <translation>将测试页另存为 PDF…</translation>
    </message>
    <message>
        <source>2. Measure how far the centre of the target is from the centre of the label: to the right and down count as positive, to the left and up as negative.</source>
        <translation>2. 测量靶心中心与标签中心相差多少：向右、向下为正数，向左、向上为负数。</translation>
    </message>
    <message>
        <source>Target to the right by</source>
        <translation>靶心向右偏移</translation>
    </message>
    <message>
        <source>Target lower by</source>
        <translation>靶心向下偏移</translation>
    </message>
    <message>
        <source>Ruler along the top</source>
        <translation>顶部标尺长度</translation>
    </message>
    <message>
        <source>Ruler down the side</source>
        <translation>侧边标尺长度</translation>
    </message>
    <message>
        <source>4. Save: the correction applies to every later print on this printer.</source>
        <translation>4. 保存：以后这台打印机打印的所有内容都会按此校准。</translation>
    </message>
    <message>
        <source>No printer is installed on this computer; install the label printer&apos;s driver first.</source>
        <translation>这台电脑上还没有安装打印机，请先安装标签打印机的驱动程序。</translation>
    </message>
    <message>
        <source>3. Measure how long the rulers came out, from 0 to their last mark: the one along the top is {across} mm long, the one down the side {down} mm.</source>
        <translation>3. 测量打印出来的标尺有多长（从 0 量到最后一个刻度）：顶部标尺应为 {across} 毫米，侧边标尺应为 {down} 毫米。</translation>
    </message>
    <message>
        <source>{mm} mm right</source>
        <translation>向右移 {mm} 毫米</translation>
    </message>
    <message>
        <source>{mm} mm left</source>
        <translation>向左移 {mm} 毫米</translation>
    </message>
    <message>
        <source>{mm} mm down</source>
        <translation>向下移 {mm} 毫米</translation>
    </message>
    <message>
        <source>{mm} mm up</source>
        <translation>向上移 {mm} 毫米</translation>
    </message>
    <message>
        <source>{percent} % larger</source>
        <translation>整体放大 {percent}%</translation>
    </message>
    <message>
        <source>{percent} % smaller</source>
        <translation>整体缩小 {percent}%</translation>
    </message>
    <message>
        <source>{percent} % wider</source>
        <translation>宽度增加 {percent}%</translation>
    </message>
    <message>
        <source>{percent} % narrower</source>
        <translation>宽度减少 {percent}%</translation>
    </message>
    <message>
        <source>{percent} % taller</source>
        <translation>高度增加 {percent}%</translation>
    </message>
    <message>
        <source>{percent} % shorter</source>
        <translation>高度减少 {percent}%</translation>
    </message>
    <message>
        <source>No correction: labels print where the driver puts them.</source>
        <translation>未校准：标签按打印机驱动程序默认的位置打印。</translation>
    </message>
    <message>
        <source>Labels move {moves}.</source>
        <translation>标签打印位置{moves}。</translation>
    </message>
    <message>
        <source>They come out {sizes}.</source>
        <translation>打印出来的标签{sizes}。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}，{second}</translation>
    </message>
    <message>
        <source>Saved for {printer}. {correction}</source>
        <translation>已保存打印机“{printer}”的校准。{correction}</translation>
    </message>
    <message>
        <source>The printer {printer} is no longer installed; choose another.</source>
        <translation>本机已找不到打印机“{printer}”，请选择其他打印机。</translation>
    </message>
    <message>
        <source>Test page for {printer}</source>
        <translation>“{printer}”的测试页</translation>
    </message>
    <message>
        <source>The printer {printer} does not take {width}×{height} mm pages. Choose the labels it is loaded with.</source>
        <translation>打印机“{printer}”不支持 {width}×{height} 毫米的纸张。请选择这台打印机当前装着的标签。</translation>
    </message>
    <message>
        <source>The test page went to {printer}. Measure it as steps 2 and 3 say.</source>
        <translation>测试页已发送到打印机“{printer}”。请按第 2、3 步进行测量。</translation>
    </message>
    <message>
        <source>The printer {printer} cannot be reached; check that it is on and connected, then try again.</source>
        <translation>无法连接打印机“{printer}”，请检查打印机是否已开机并连接好，然后重试。</translation>
    </message>
    <message>
        <source>Test page {preset}</source>
        <translation>测试页 {preset}</translation>
    </message>
    <message>
        <source>Save test page as PDF</source>
        <translation>将测试页另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The test page was saved as {path}.</source>
        <translation>测试页已保存为 {path}。</translation>
    </message>
    <message>
        <source>The test page could not be written to {path}; choose another folder.</source>
        <translation>无法将测试页保存到 {path}，请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>Show name and phone</source>
        <translation>查看姓名和电话</translation>
    </message>
    <message>
        <source>Mark as called back</source>
        <translation>标记为已回电</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>回电请求</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>（未指定产品）</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>Closed by {user} at {time}: could not be reached</source>
        <translation>{user} 于 {time} 关闭：联系不上</translation>
    </message>
    <message>
        <source>Closed by {user} at {time}: the visitor withdrew</source>
        <translation>{user} 于 {time} 关闭：访客不再需要回电</translation>
    </message>
    <message>
        <source>Deleted at {time}: nobody called back in time</source>
        <translation>{time} 已删除：未在期限内回电</translation>
    </message>
    <message>
        <source>Waiting for a call</source>
        <translation>等待回电</translation>
    </message>
    <message>
        <source>The request is closed without a call; the visitor&apos;s name and phone are deleted.</source>
        <translation>该请求已关闭（未回电），访客的姓名和电话已删除。</translation>
    </message>
    <message>
        <source>Called back by {user} at {time}</source>
        <translation>{user} 已于 {time} 回电</translation>
    </message>
    <message>
        <source>Show requests already closed</source>
        <translation>显示已关闭的请求</translation>
    </message>
    <message>
        <source>You may see no centre&apos;s callback requests.</source>
        <translation>您目前还不能查看任何中心的回电请求。</translation>
    </message>
    <message>
        <source>No visitor has asked to be called back.</source>
        <translation>还没有访客请求回电。</translation>
    </message>
    <message>
        <source>Nobody is waiting for a call.</source>
        <translation>没有等待回电的访客。</translation>
    </message>
    <message>
        <source>1 visitor is waiting for a call.</source>
        <translation>有 1 位访客在等待回电。</translation>
    </message>
    <message>
        <source>{count} visitors are waiting for a call.</source>
        <translation>有 {count} 位访客在等待回电。</translation>
    </message>
    <message>
        <source>this visitor</source>
        <translation>该访客</translation>
    </message>
    <message>
        <source>Call {name} on {phone}. Showing them is recorded in the audit log under your name.</source>
        <translation>请拨打 {phone} 联系 {name}。本次查看已以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>Mark the request of {name} as called back? Their name and phone number are then deleted for good, as they were promised.</source>
        <translation>确定将 {name} 的请求标记为已回电吗？标记后，按照对访客的承诺，其姓名和电话号码将被永久删除。</translation>
    </message>
    <message>
        <source>Marked as called back; the visitor&apos;s name and phone are deleted.</source>
        <translation>已标记为已回电；访客的姓名和电话已删除。</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Record cleaning…</source>
        <translation>登记清洗消毒…</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待时间</translation>
    </message>
    <message>
        <source>No unit is waiting to be cleaned.</source>
        <translation>没有待清洗消毒的设备。</translation>
    </message>
    <message>
        <source>Finish repair…</source>
        <translation>完成维修…</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>In repair since</source>
        <translation>送修时间</translation>
    </message>
    <message>
        <source>No unit is in repair.</source>
        <translation>没有维修中的设备。</translation>
    </message>
    <message>
        <source>Units awaiting cleaning</source>
        <translation>待清洗消毒的设备</translation>
    </message>
    <message>
        <source>Units in repair</source>
        <translation>维修中的设备</translation>
    </message>
    <message>
        <source>Awaiting cleaning ({count})</source>
        <translation>待清洗消毒（{count}）</translation>
    </message>
    <message>
        <source>In repair ({count})</source>
        <translation>维修中（{count}）</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <source>Catalogue</source>
        <translation>产品推广目录</translation>
    </message>
    <message>
        <source>The promotion catalogue of elderly-care products and services, and the enterprises that make them.</source>
        <translation>养老产品及服务推广目录，以及生产这些产品的企业。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Products for rent</source>
        <translation>可租赁产品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category scheme</source>
        <translation>分类目录</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Products by status</source>
        <translation>按状态统计产品</translation>
    </message>
    <message>
        <source>Products by category scheme</source>
        <translation>按分类目录统计产品</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Products</source>
        <comment>tab</comment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <comment>tab</comment>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>CatalogueCard</name>
    <message>
        <source>Catalogue by category: listed and submitted</source>
        <translation>目录分类：已入选与已申报</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>目录分类</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No product filed under this catalogue is listed or submitted.</source>
        <translation>此目录下没有已入选或已申报的产品。</translation>
    </message>
    <message>
        <source>{code} {name}: {products} {status}</source>
        <translation>{code} {name}：{status} {products} 个</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>类别编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>{status} products under {code} {name}</source>
        <translation>{code} {name} 下{status}的产品</translation>
    </message>
</context>
<context>
    <name>CategoryChecks</name>
    <message>
        <source>Categories</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <source>Chosen: {list}</source>
        <translation>已选：{list}</translation>
    </message>
    <message>
        <source>No category chosen yet. Tick every category the product is filed under.</source>
        <translation>尚未选择类别。请勾选产品所属的每一个目录类别。</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>New experience centre</source>
        <translation>新增体验中心</translation>
    </message>
    <message>
        <source>Experience centre {name}</source>
        <translation>体验中心：{name}</translation>
    </message>
    <message>
        <source>Open centre</source>
        <translation>开设中心</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The code is printed on every label of the centre and its locations (SS:C:LX01), so it cannot be changed once the centre is open.</source>
        <translation>编码会印在本中心及其各个位置的每张标签上（SS:C:LX01），因此中心开设后不能再更改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>2 to 12 letters and digits, e.g. LX01</source>
        <translation>2 至 12 位字母和数字，例如 LX01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区划</translation>
    </message>
    <message>
        <source>Choose the district…</source>
        <translation>请选择区划…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>e.g. Mon–Sat 9:00–17:00</source>
        <translation>例如：周一至周六 9:00–17:00</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>中心主任</translation>
    </message>
</context>
<context>
    <name>CentresScreen</name>
    <message>
        <source>Experience centres</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>Each district&apos;s experience centre: its locations, what it has in stock and on display, and what needs attention.</source>
        <translation>各区的体验中心：中心内的位置、库存和展示的产品，以及需要处理的事项。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>回电请求</translation>
    </message>
    <message>
        <source>Callback requests ({count})</source>
        <translation>回电请求（{count}）</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save {title} as a PNG picture</source>
        <translation>将“{title}”保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <source>Copy the numbers of {title}</source>
        <translation>复制“{title}”的数据</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>图表已保存为 {path}。</translation>
    </message>
    <message>
        <source>The chart could not be saved as {path}; choose a folder you may write to.</source>
        <translation>图表无法保存为 {path}；请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Copied {rows} rows of “{title}”; paste them into Excel or WPS as a table.</source>
        <translation>已复制“{title}”的 {rows} 行数据，可粘贴到 Excel 或 WPS 中成为表格。</translation>
    </message>
</context>
<context>
    <name>CheckoutPanel</name>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Enter does the same once everything is chosen.</source>
        <translation>全部选好后，按回车键也可以出租。</translation>
    </message>
    <message>
        <source>Reserved for {name} from {start} to {end}: it can be lent only to them. For anyone else, lend another unit of {product}.</source>
        <translation>这台设备已为 {name} 预约（{start} 至 {end}），只能出租给该居民。其他居民请出租另一台 {product}。</translation>
    </message>
    <message>
        <source>Scan a unit to lend it.</source>
        <translation>请扫描要出租的设备。</translation>
    </message>
    <message>
        <source>Find and choose the resident to see the price.</source>
        <translation>请查找并选择居民，即可看到价格。</translation>
    </message>
    <message>
        <source>Choose the term to see the price.</source>
        <translation>请选择租期，即可看到价格。</translation>
    </message>
    <message>
        <source>No price yet: put right what is marked.</source>
        <translation>暂时无法计价：请更正标出的内容。</translation>
    </message>
</context>
<context>
    <name>CleaningDialog</name>
    <message>
        <source>Record the cleaning of {tag}</source>
        <translation>登记 {tag} 的清洗消毒</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>确认登记</translation>
    </message>
    <message>
        <source>Cleaning and disinfection between loans (MZ/T 175.2-2021): the unit is lent again only once a cleaning that passed is signed off.</source>
        <translation>两次出租之间须清洗消毒（MZ/T 175.2-2021）：只有登记了结果为合格的清洗消毒记录，设备才能再次出租。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How it was cleaned</source>
        <translation>清洗消毒的方法</translation>
    </message>
    <message>
        <source>Disinfectant</source>
        <translation>消毒剂</translation>
    </message>
    <message>
        <source>What was used, and its strength</source>
        <translation>所用消毒剂及其浓度</translation>
    </message>
    <message>
        <source>Cleaned by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>May stay empty</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>The cleaning of {tag} failed and is recorded; the unit stays on the list until a cleaning passes.</source>
        <translation>已登记 {tag} 的清洗消毒结果：不合格。清洗消毒合格之前，这台设备仍留在待清洗消毒列表中。</translation>
    </message>
    <message>
        <source>{tag} is clean and held for {name}&apos;s reservation: put it aside for them.</source>
        <translation>{tag} 已清洗消毒，为 {name} 的预约保留：请单独放好，留给这位居民。</translation>
    </message>
    <message>
        <source>{tag} is clean and back on the shelf: {state}.</source>
        <translation>{tag} 已清洗消毒，重新上架：{state}。</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>What to label</source>
        <translation>要打印标签的对象</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Device units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>Scan a label to add its code</source>
        <translation>扫描标签即可添加其编码</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>扫描标签</translation>
    </message>
    <message>
        <source>Codes to label</source>
        <translation>要打印标签的编码</translation>
    </message>
    <message>
        <source>One code a line, or separated by spaces or commas, e.g. {example}</source>
        <translation>每行一个编码，也可用空格或逗号分隔，例如：{example}</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Enter count…</source>
        <translation>输入实盘数…</translation>
    </message>
    <message>
        <source>Apply differences…</source>
        <translation>差异入账…</translation>
    </message>
    <message>
        <source>Abandon count…</source>
        <translation>放弃盘点…</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>在此扫描</translation>
    </message>
    <message>
        <source>Scan a shelf or product label</source>
        <translation>扫描货架标签或产品标签</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>只看有差异的</translation>
    </message>
    <message>
        <source>Lines of the count</source>
        <translation>盘点明细</translation>
    </message>
    <message>
        <source>Stocktake {number} · {scope} · {status}</source>
        <translation>盘点 {number} · {scope} · {status}</translation>
    </message>
    <message>
        <source>{lines} lines · {counted} counted · {differ} differ · {uncounted} not counted</source>
        <translation>共 {lines} 行 · 已盘 {counted} 行 · 有差异 {differ} 行 · 未盘 {uncounted} 行</translation>
    </message>
    <message>
        <source>{count} stock moves were booked at these locations since the count began. If goods moved after their shelf was counted, count that shelf again before applying.</source>
        <translation>盘点开始后，这些位置登记了 {count} 笔库存变动。如果某个货架盘点后又有货物进出，请在入账前重新盘点这个货架。</translation>
    </message>
    <message>
        <source>whole centre</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <source>This count was closed on {date} ({status}); it no longer changes.</source>
        <translation>本次盘点已于 {date} 结束（{status}），不能再修改。</translation>
    </message>
    <message>
        <source>Scan each product at {location}, one scan for each unit.</source>
        <translation>请逐件扫描 {location} 的产品，每件扫描一次。</translation>
    </message>
    <message>
        <source>Counting at {location}: scan each product on it, one scan for each unit. Moving on? Scan the next shelf&apos;s label first.</source>
        <translation>正在盘点 {location}：请逐件扫描上面的产品，每件扫描一次。要盘下一个货架时，请先扫描它的标签。</translation>
    </message>
    <message>
        <source>Scan the shelf label, then each product on it.</source>
        <translation>请先扫描货架标签，再逐件扫描上面的产品。</translation>
    </message>
    <message>
        <source>Counting at {location} now: scan each product on it.</source>
        <translation>现在盘点 {location}：请逐件扫描上面的产品。</translation>
    </message>
    <message>
        <source>{location} · {code} {name}: {count} counted</source>
        <translation>{location} · {code} {name}：已盘 {count} 件</translation>
    </message>
    <message>
        <source>The same label was read twice within a second; it was counted once.</source>
        <translation>同一个标签在 1 秒内被读取了两次，只计了一次。</translation>
    </message>
    <message>
        <source>{location} · {code} {name}: {count} counted (typed)</source>
        <translation>{location} · {code} {name}：已盘 {count} 件（手动输入）</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <source>Scan a unit</source>
        <translation>扫描设备</translation>
    </message>
    <message>
        <source>Scan a unit to lend it, take it back or renew its loan. An available unit opens the checkout; a unit on loan opens its return.</source>
        <translation>扫描设备即可办理出租、归还或续租。在库的设备会打开出租页面；出租中的设备会打开归还页面。</translation>
    </message>
    <message>
        <source>{tag} belongs to {centre}; it is lent and taken back at that centre&apos;s desk.</source>
        <translation>{tag} 属于 {centre}，须在该中心的租赁服务台出租和归还。</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s label, or type its asset tag</source>
        <translation>扫描设备标签，或输入资产编号</translation>
    </message>
    <message>
        <source>Scan the next unit</source>
        <translation>扫描下一台设备</translation>
    </message>
    <message>
        <source>{code}: {product} lent to {name} until {due}; {amount} taken</source>
        <translation>{code}：{product} 已出租给 {name}，租至 {due}；已收 {amount}</translation>
    </message>
    <message>
        <source>{code} renews {old}: {product} stays with {name} until {due}; {amount} taken</source>
        <translation>{code} 续租 {old}：{name} 继续租用 {product} 至 {due}；已收 {amount}</translation>
    </message>
    <message>
        <source>{amount} still to pay</source>
        <translation>仍需补交 {amount}</translation>
    </message>
    <message>
        <source>{amount} of the deposit refunded</source>
        <translation>已退还押金 {amount}</translation>
    </message>
    <message>
        <source>It goes to repair with your note.</source>
        <translation>设备将连同您填写的说明送去维修。</translation>
    </message>
    <message>
        <source>It now waits for cleaning: sign off its cleaning record on the Cleaning tab before lending it.</source>
        <translation>设备现在待清洗消毒：请先在“清洗消毒与维修”标签页登记清洗消毒记录，再出租。</translation>
    </message>
    <message>
        <source>{code}: {tag} taken back from {name}; {settled}. {where}</source>
        <translation>{code}：已收回 {name} 归还的 {tag}；{settled}。{where}</translation>
    </message>
    <message>
        <source>The same label was read twice within a second; it was read once.</source>
        <translation>同一个标签在 1 秒内被读取了两次，只按一次处理。</translation>
    </message>
</context>
<context>
    <name>DaysField</name>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>共 {count} 天</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Demo data was cancelled; the database holds only the reference data.</source>
        <translation>已取消生成演示数据；数据库中只有基础参考数据。</translation>
    </message>
    <message>
        <source>Demo data ready: {count} products.</source>
        <translation>演示数据已生成：{count} 个产品。</translation>
    </message>
    <message>
        <source>The demo data could not be made because of an error in silvershop; nothing was saved.</source>
        <translation>由于 silvershop 内部错误，演示数据未能生成；没有保存任何数据。</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard callback request</source>
        <translation>作废回电请求</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Close the request of {name} without a call? Their name and phone number are deleted for good; the reason you choose is kept.</source>
        <translation>不回电就关闭 {name} 的请求吗？其姓名和电话号码将被永久删除，您选择的原因会被保留。</translation>
    </message>
    <message>
        <source>We could not reach the visitor</source>
        <translation>联系不上访客</translation>
    </message>
    <message>
        <source>The visitor no longer wants a call</source>
        <translation>访客不再需要回电</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>{product} on display</source>
        <translation>展示 {product}</translation>
    </message>
    <message>
        <source>Show here</source>
        <translation>在此展示</translation>
    </message>
    <message>
        <source>Visitors and the kiosk are told where they can try a product. Choose a display zone; where it is on show now, the button takes it off show.</source>
        <translation>访客和展示终端会看到在哪里可以体验这个产品。请选择一个展示区；如果产品正在这个展示区展示，按钮会改为撤下展示。</translation>
    </message>
    <message>
        <source>Display zone</source>
        <translation>展示区</translation>
    </message>
    <message>
        <source>{location} (on show now)</source>
        <translation>{location}（正在展示）</translation>
    </message>
    <message>
        <source>Note for visitors</source>
        <translation>给访客的说明</translation>
    </message>
    <message>
        <source>e.g. ask at the desk to try it; may stay empty</source>
        <translation>例如：试用请到服务台咨询；可不填</translation>
    </message>
    <message>
        <source>{centre} has no display zone in use; add one on the Overview tab.</source>
        <translation>{centre} 没有在用的展示区；请先在“概况”标签页中添加一个。</translation>
    </message>
    <message>
        <source>Stop showing here</source>
        <translation>撤下展示</translation>
    </message>
    <message>
        <source>{product} is no longer on show at {location}.</source>
        <translation>{product} 已从 {location} 撤下展示。</translation>
    </message>
    <message>
        <source>{product} is on show at {location}.</source>
        <translation>{product} 已在 {location} 展示。</translation>
    </message>
</context>
<context>
    <name>EnterCountDialog</name>
    <message>
        <source>Enter count</source>
        <translation>输入实盘数</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>保存实盘数</translation>
    </message>
    <message>
        <source>{location} · {code} {name}: {expected} on the books. What you enter replaces what was scanned for this line.</source>
        <translation>{location} · {code} {name}：账面数 {expected}。您输入的数量会替换这一行已扫描的数量。</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>新增企业</translation>
    </message>
    <message>
        <source>Enterprise {name}</source>
        <translation>企业：{name}</translation>
    </message>
    <message>
        <source>Add enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The bureau files every product under its maker&apos;s unified social credit code: copy it from the business licence.</source>
        <translation>主管部门按生产企业的统一社会信用代码登记每个产品，请照营业执照填写。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>e.g. 2015-06-30; may stay empty</source>
        <translation>例如 2015-06-30，可不填</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Empty: {division}, from the credit code</source>
        <translation>不填则取信用代码中的 {division}</translation>
    </message>
    <message>
        <source>Empty: taken from the credit code</source>
        <translation>不填则取自信用代码</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>Part of the name or of the credit code</source>
        <translation>企业名称或信用代码的一部分</translation>
    </message>
    <message>
        <source>Find an enterprise</source>
        <translation>查找企业</translation>
    </message>
    <message>
        <source>Show products</source>
        <translation>查看产品</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>新增企业…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>No enterprise matches. Check the spelling, or add it with “New enterprise…”</source>
        <translation>没有符合的企业。请检查输入，或用“新增企业…”添加。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>{count} enterprises</source>
        <translation>共 {count} 家企业</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>Delete enterprise</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <source>Delete {name} ({code})? Only an enterprise registered by mistake should be deleted; one that makes products stays.</source>
        <translation>删除 {name}（{code}）？只应删除误登记的企业；有产品的企业不能删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>已删除 {name}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bureau workbook</source>
        <translation>导出报送工作簿</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The submission workbook in the bureau&apos;s template: the products, their makers, the experience centres and the rental figures, with nothing about any resident.</source>
        <translation>按主管部门模板生成的报送工作簿：产品、生产企业、体验中心和租赁统计，不含任何居民的信息。</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Products that are</source>
        <translation>产品状态为</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区划</translation>
    </message>
    <message>
        <source>Submitting office (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>正在读取目录…</translation>
    </message>
    <message>
        <source>The export was cancelled; no workbook was written.</source>
        <translation>导出已取消，未生成工作簿。</translation>
    </message>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>正在写入第 {done} 行（共 {total} 行）…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>正在保存工作簿…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved as {path}: {products} products of {scheme} from {enterprises} enterprises, {centres} experience centres and {months} rows of monthly rental figures.</source>
        <translation>已保存为 {path}：{scheme} 中来自 {enterprises} 家企业的 {products} 个产品、{centres} 个体验中心，以及 {months} 行月度租赁数据。</translation>
    </message>
</context>
<context>
    <name>FieldOrder</name>
    <message>
        <source>Lines on the label</source>
        <translation>标签上的各行内容</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Export de-identified workbook…</source>
        <translation>导出去标识化工作簿…</translation>
    </message>
    <message>
        <source>Loans started</source>
        <translation>起租单数</translation>
    </message>
    <message>
        <source>Subsidy granted</source>
        <translation>已发放补贴</translation>
    </message>
    <message>
        <source>Utilisation of rental units</source>
        <translation>租赁设备利用率</translation>
    </message>
    <message>
        <source>Kiosk callback requests</source>
        <translation>展示终端回电请求</translation>
    </message>
    <message>
        <source>Days on loan ÷ days owned, all rental units together</source>
        <translation>全部租赁设备的在租天数 ÷ 在册天数</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <source>Export de-identified workbook</source>
        <translation>导出去标识化工作簿</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Saved as {path}: {sheets} sheets of figures and {loans} loans without anything that identifies a resident.</source>
        <translation>已保存为 {path}：{sheets} 张统计表，{loans} 条不含任何可识别居民信息的租赁记录。</translation>
    </message>
    <message>
        <source>The workbook could not be written because of an error in silvershop; nothing was saved.</source>
        <translation>由于 silvershop 出错，工作簿未能写入，未保存任何文件。</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Categories</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>For rent or not</source>
        <translation>不限是否租赁</translation>
    </message>
    <message>
        <source>For rent</source>
        <translation>可租赁</translation>
    </message>
    <message>
        <source>Not for rent</source>
        <translation>不可租赁</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>不限年度</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>All statuses, archived too</source>
        <translation>全部（含已归档）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Listed in</source>
        <translation>入选年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}：{value}</translation>
    </message>
</context>
<context>
    <name>FinishRepairDialog</name>
    <message>
        <source>Finish the repair of {tag}</source>
        <translation>完成 {tag} 的维修</translation>
    </message>
    <message>
        <source>Finish repair</source>
        <translation>完成维修</translation>
    </message>
    <message>
        <source>A repaired unit is cleaned before its next loan, so it goes to the cleaning list.</source>
        <translation>修好的设备在下次出租前要先清洗消毒，因此会转入待清洗消毒列表。</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>e.g. brake cable replaced</source>
        <translation>例如：更换刹车线</translation>
    </message>
    <message>
        <source>Cost (元)</source>
        <translation>维修费用（元）</translation>
    </message>
    <message>
        <source>Empty if nothing was paid</source>
        <translation>没有费用可不填</translation>
    </message>
    <message>
        <source>Beyond repair: retire it</source>
        <translation>无法修复，予以报废</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>Retire unit</source>
        <translation>报废设备</translation>
    </message>
    <message>
        <source>Retire {tag} ({product}) as beyond repair? It will never be lent again. This cannot be undone.</source>
        <translation>确定要将 {tag}（{product}）作为无法修复的设备报废吗？报废后不能再出租。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>{tag} is retired as beyond repair.</source>
        <translation>{tag} 无法修复，已报废。</translation>
    </message>
    <message>
        <source>{tag} is repaired and waits for cleaning before its next loan.</source>
        <translation>{tag} 已修好，下次出租前需先清洗消毒。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to silvershop</source>
        <translation>欢迎使用 silvershop</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>This database has no users yet. Create its administrator, who signs in now and can then add everyone else. silvershop cannot be used without one: closing this window closes silvershop.</source>
        <translation>这个数据库还没有用户。请创建管理员：管理员现在登录，之后可以添加其他所有人。没有管理员就无法使用 silvershop：关闭此窗口将退出 silvershop。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>As colleagues call you; may be left empty</source>
        <translation>同事对您的称呼，可不填</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Quit silvershop</source>
        <translation>退出 silvershop</translation>
    </message>
</context>
<context>
    <name>FittingTab</name>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Record next stage…</source>
        <translation>登记下一环节…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>辅具</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Standard price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <source>Actual price</source>
        <translation>实际价格</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Person pays</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>No fitting-subsidy case here yet. Open one with “New case…”.</source>
        <translation>这里还没有辅具适配补贴申请。请点击“新建申请…”新建。</translation>
    </message>
    <message>
        <source>Fitting-subsidy cases</source>
        <translation>辅具适配补贴申请</translation>
    </message>
    <message>
        <source>Stages of the chosen case</source>
        <translation>所选申请的办理环节</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a case above to see its stages.</source>
        <translation>请在上方选择一件申请，查看它的办理环节。</translation>
    </message>
    <message>
        <source>{count} cases, {open} still open.</source>
        <translation>共 {count} 件申请，其中 {open} 件尚未办结。</translation>
    </message>
    <message>
        <source>Stages of case {code} · closed, no further stage</source>
        <translation>申请 {code} 的办理环节 · 已办结，没有后续环节</translation>
    </message>
    <message>
        <source>Stages of case {code} · next: {stage}</source>
        <translation>申请 {code} 的办理环节 · 下一环节：{stage}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {tag}</source>
        <translation>{tag} 的历史记录</translation>
    </message>
    <message>
        <source>Lent once</source>
        <translation>已出租 1 次</translation>
    </message>
    <message>
        <source>Lent {count} times</source>
        <translation>已出租 {count} 次</translation>
    </message>
    <message>
        <source>Serial number {serial}</source>
        <translation>序列号 {serial}</translation>
    </message>
    <message>
        <source>Purchased on {date}</source>
        <translation>购置日期 {date}</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This unit has not been lent yet.</source>
        <translation>这台设备还没有出租过。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>消毒剂</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No cleaning was recorded for this unit.</source>
        <translation>这台设备没有清洗消毒记录。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>送修时间</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Still in repair</source>
        <translation>仍在维修</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>This unit has never been in repair.</source>
        <translation>这台设备没有维修过。</translation>
    </message>
    <message>
        <source>Loans ({count})</source>
        <translation>租赁记录（{count}）</translation>
    </message>
    <message>
        <source>Cleanings ({count})</source>
        <translation>清洗消毒记录（{count}）</translation>
    </message>
    <message>
        <source>Repairs ({count})</source>
        <translation>维修记录（{count}）</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Beyond repair: retired</source>
        <translation>无法修复，已报废</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修好</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to {centre}</source>
        <translation>欢迎来到 {centre}</translation>
    </message>
    <message>
        <source>Search for a product</source>
        <translation>搜索产品</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import catalogue workbook</source>
        <translation>导入产品目录工作簿</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Read the file again, after it was changed in Excel or WPS</source>
        <translation>文件在 Excel 或 WPS 中修改后，重新读取一遍</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Save report for the sender…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Choose the 产品目录 workbook an enterprise or a district sent. A row adds a product, or changes the one with the same maker and model; nothing is written until you import.</source>
        <translation>请选择企业或区划报送来的“产品目录”工作簿。每一行会新增一个产品，或更新生产企业和型号规格相同的已有产品；点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Import 1 product</source>
        <translation>导入 1 个产品</translation>
    </message>
    <message>
        <source>Import {count} products</source>
        <translation>导入 {count} 个产品</translation>
    </message>
    <message>
        <source>Choose the workbook to import</source>
        <translation>选择要导入的工作簿</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>正在检查 {file}</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>检查已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {file}: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已导入 {file}：新增 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，未通过 {rejected} 行。</translation>
    </message>
    <message>
        <source>Nothing was written: the catalogue already holds every product of {file} as it is.</source>
        <translation>未写入任何内容：{file} 中的所有产品在目录中都已存在，且内容相同。</translation>
    </message>
    <message>
        <source>Nothing was written: no row of {file} can be imported as it is.</source>
        <translation>未写入任何内容：{file} 中没有可以直接导入的行。</translation>
    </message>
    <message>
        <source>The rejected rows were left out; the report for the sender says why.</source>
        <translation>未通过的行没有导入；原因见给报送单位的错误报告。</translation>
    </message>
    <message>
        <source>A copy of the database from before the import is kept as {path}.</source>
        <translation>导入前的数据库已备份为 {path}。</translation>
    </message>
    <message>
        <source>Save report for the sender</source>
        <translation>保存给报送单位的错误报告</translation>
    </message>
    <message>
        <source>Saving the report for the sender</source>
        <translation>正在保存给报送单位的错误报告</translation>
    </message>
    <message>
        <source>Saving the report was cancelled; no report was written.</source>
        <translation>已取消保存报告，未生成报告。</translation>
    </message>
    <message>
        <source>The report was saved as {path}, with the reason beside each rejected row. Send it back to the sender.</source>
        <translation>报告已保存为 {path}，每个未通过的行旁都注明了原因。请将它发回给报送单位。</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>Reading row {done}…</source>
        <translation>正在读取第 {done} 行…</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>正在检查第 {done} 行（共 {total} 行）…</translation>
    </message>
    <message>
        <source>Writing product {done} of {total}…</source>
        <translation>正在写入第 {done} 个产品（共 {total} 个）…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>InterestCard</name>
    <message>
        <source>Kiosk callback requests per centre</source>
        <translation>各中心展示终端回电请求</translation>
    </message>
    <message>
        <source>callback requests</source>
        <translation>回电请求</translation>
    </message>
    <message>
        <source>No kiosk visitor asked to be called back in this period.</source>
        <translation>本期没有访客在展示终端留下回电请求。</translation>
    </message>
    <message>
        <source>Waiting for a call</source>
        <translation>等待回电</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回电</translation>
    </message>
    <message>
        <source>Closed without a call</source>
        <translation>未回电关闭</translation>
    </message>
    <message>
        <source>{centre}: {requests} {state}</source>
        <translation>{centre}：{state} {requests} 条</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Callback requests at {centre}: {state}</source>
        <translation>{centre}的回电请求：{state}</translation>
    </message>
</context>
<context>
    <name>InterestPage</name>
    <message>
        <source>Ask us to call you</source>
        <translation>留下电话，我们给您回电</translation>
    </message>
    <message>
        <source>For example 王阿姨</source>
        <translation>例如：王阿姨</translation>
    </message>
    <message>
        <source>How should we address you?</source>
        <translation>怎么称呼您？</translation>
    </message>
    <message>
        <source>Touch here to type it</source>
        <translation>点这里输入</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>是的，我同意</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>About: {product}</source>
        <translation>咨询的产品：{product}</translation>
    </message>
    <message>
        <source>Sorry, your request could not be sent now. Please ask a member of staff.</source>
        <translation>抱歉，您的请求暂时没能发送成功。请找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete the last one</source>
        <translation>删除最后一个</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>Kiosk staff PIN</source>
        <translation>展示终端员工密码（PIN）</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置员工密码</translation>
    </message>
    <message>
        <source>Staff type this PIN to take a kiosk out of its full-screen mode. Use {shortest} to {longest} digits that visitors cannot guess; it replaces the PIN of every kiosk.</source>
        <translation>工作人员输入此员工密码（PIN），即可让展示终端退出全屏模式。请使用访客猜不到的 {shortest} 至 {longest} 位数字；新密码将替换所有展示终端的原密码。</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新密码（PIN）</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次输入新密码（PIN）</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>On show at this place</source>
        <translation>这里可现场体验的产品</translation>
    </message>
</context>
<context>
    <name>LabelBatchPanel</name>
    <message>
        <source>Centre for labels in bulk</source>
        <translation>批量打印标签的体验中心</translation>
    </message>
    <message>
        <source>All its device units</source>
        <translation>该中心的全部租赁设备</translation>
    </message>
    <message>
        <source>A label for every device unit of the centre in service</source>
        <translation>为该中心每台在用的租赁设备各打印一张标签</translation>
    </message>
    <message>
        <source>Everything received today</source>
        <translation>今天入库的全部物品</translation>
    </message>
    <message>
        <source>A label for every piece the centre received today</source>
        <translation>为该中心今天入库的每一件物品各打印一张标签</translation>
    </message>
    <message>
        <source>Label preset</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Copies of each label</source>
        <translation>每张标签的打印份数</translation>
    </message>
    <message>
        <source>Used labels to skip</source>
        <translation>要跳过的已用标签</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet: printing starts after them</source>
        <translation>第一张标签纸上已用掉的标签数，将从其后开始打印</translation>
    </message>
    <message>
        <source>Skip used labels</source>
        <translation>跳过已用标签</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>In bulk at</source>
        <translation>批量打印的中心</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>Copies of each</source>
        <translation>每张标签份数</translation>
    </message>
    <message>
        <source>There is no label preset yet; make one on the Presets tab.</source>
        <translation>还没有标签模板，请先在“模板”页新建一个。</translation>
    </message>
    <message>
        <source>Type or scan the codes to label, or choose labels in bulk.</source>
        <translation>请输入或扫描要打印标签的编码，或选择批量打印。</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 张标签</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} 张标签</translation>
    </message>
    <message>
        <source>{labels} on {preset} ({media})</source>
        <translation>{labels}，使用模板“{preset}”（{media}）</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 张标签纸</translation>
    </message>
    <message>
        <source>{count} sheets</source>
        <translation>{count} 张标签纸</translation>
    </message>
    <message>
        <source>{labels} on {sheets} of {preset}</source>
        <translation>{labels}，使用模板“{preset}”，共 {sheets}</translation>
    </message>
    <message>
        <source>The list holds {count} labels from {centre}; change it as you need.</source>
        <translation>列表中已列出 {centre} 的 {count} 张标签，您可以根据需要修改。</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>Labels {day}</source>
        <translation>标签 {day}</translation>
    </message>
    <message>
        <source>Print labels on {preset}</source>
        <translation>使用模板“{preset}”打印标签</translation>
    </message>
    <message>
        <source>Printing was cancelled after page {done} of {pages}; the printer may still print the pages it was sent.</source>
        <translation>打印已在第 {done} 页后取消（共 {pages} 页）；已发送到打印机的页面可能仍会打印出来。</translation>
    </message>
    <message>
        <source>The labels were sent to {printer} ({pages}).</source>
        <translation>标签已发送到打印机 {printer}（{pages}）。</translation>
    </message>
    <message>
        <source>Printing labels</source>
        <translation>正在打印标签</translation>
    </message>
    <message>
        <source>Printing label page {page} of {pages}…</source>
        <translation>正在打印第 {page} 页标签（共 {pages} 页）…</translation>
    </message>
    <message>
        <source>labels-{day}.pdf</source>
        <translation>labels-{day}.pdf</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the labels was cancelled; no PDF was written.</source>
        <translation>已取消保存标签，没有生成 PDF 文件。</translation>
    </message>
    <message>
        <source>The labels were saved as {path} ({pages}).</source>
        <translation>标签已保存为 {path}（{pages}）。</translation>
    </message>
    <message>
        <source>Saving labels as PDF</source>
        <translation>正在将标签保存为 PDF</translation>
    </message>
    <message>
        <source>Saving label page {page} of {pages}…</source>
        <translation>正在保存第 {page} 页标签（共 {pages} 页）…</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Preview of the labels</source>
        <translation>标签预览</translation>
    </message>
    <message>
        <source>The page appears here as it will be printed.</source>
        <translation>这里显示的页面就是实际打印出来的样子。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>转到上一页</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>转到下一页</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
</context>
<context>
    <name>LabelsScreen</name>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>QR labels for products, device units, locations and centres, on label printers or A4 sheets.</source>
        <translation>为产品、租赁设备、位置和体验中心打印二维码标签，可使用标签打印机或 A4 标签纸。</translation>
    </message>
    <message>
        <source>Print labels</source>
        <comment>tab</comment>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Presets</source>
        <comment>tab</comment>
        <translation>模板</translation>
    </message>
    <message>
        <source>Printers</source>
        <comment>tab</comment>
        <translation>打印机</translation>
    </message>
    <message>
        <source>added to the labels to print</source>
        <translation>已加入待打印的标签</translation>
    </message>
</context>
<context>
    <name>LinesDialog</name>
    <message>
        <source>The same label was read twice within a second; it was counted once.</source>
        <translation>同一个标签在 1 秒内被读取了两次，只计了一次。</translation>
    </message>
    <message>
        <source>This is not a product label; scan the label on the product.</source>
        <translation>这不是产品标签；请扫描产品上的标签。</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <source>Due in</source>
        <translation>距到期</translation>
    </message>
    <message>
        <source>No loan is due within the next 7 days.</source>
        <translation>未来 7 天内没有到期的租赁订单。</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>没有逾期的租赁订单。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>No reservation includes today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>Loans due within 7 days: remind the residents to return or renew</source>
        <translation>7 天内到期的租赁订单：请提醒居民归还或续租</translation>
    </message>
    <message>
        <source>Overdue loans: call the residents</source>
        <translation>已逾期的租赁订单：请打电话联系居民</translation>
    </message>
    <message>
        <source>Reservations for today: residents who may come for a device</source>
        <translation>今天的预约：可能会来领取设备的居民</translation>
    </message>
    <message>
        <source>Reveal phone…</source>
        <translation>查看手机号…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续租…</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>{count} days late</source>
        <translation>逾期 {count} 天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>In {count} days</source>
        <translation>{count} 天后到期</translation>
    </message>
    <message>
        <source>Due within 7 days: {count}</source>
        <translation>7 天内到期：{count}</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>已逾期：{count}</translation>
    </message>
    <message>
        <source>Reservations for today: {count}</source>
        <translation>今天的预约：{count}</translation>
    </message>
    <message>
        <source>Nothing to reveal: no mobile on file.</source>
        <translation>没有登记手机号，无法查看。</translation>
    </message>
    <message>
        <source>{name} is not registered at your centres; ask their centre for the number.</source>
        <translation>{name} 不是在您所在中心登记的居民；请向其登记的中心询问电话号码。</translation>
    </message>
    <message>
        <source>Loan {old} is renewed as {new}: {tag} stays with {name} until {due}. To pay now: {pay} (rent {rent}, subsidy {subsidy}).</source>
        <translation>租赁订单 {old} 已续租为 {new}：{name} 继续租用 {tag} 至 {due}。本次应付：{pay}（租金 {rent}，补贴 {subsidy}）。</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New location at {centre}</source>
        <translation>{centre} 新增位置</translation>
    </message>
    <message>
        <source>Location {code} at {centre}</source>
        <translation>{centre} 的位置 {code}</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>添加位置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The code is printed on the location&apos;s label ({example}), so it cannot be changed later.</source>
        <translation>编码会印在位置标签上（{example}），因此以后不能更改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <source>1 to 8 letters and digits, e.g. A1 or ST</source>
        <translation>1 至 8 位字母和数字，例如 A1 或 ST</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>位置名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Goods can be kept here</source>
        <translation>可以在这里存放货物</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>silvershop is locked</source>
        <translation>silvershop 已锁定</translation>
    </message>
    <message>
        <source>{name} is signed in. Type the password to go on, or sign out so that someone else can sign in.</source>
        <translation>当前登录：{name}。输入密码即可继续使用，或退出登录让其他人登录。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to silvershop</source>
        <translation>登录 silvershop</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>请用您的用户名和密码登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit silvershop</source>
        <translation>退出 silvershop</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <source>Choose an account to fill in its user name and password; they all have the password {password}.</source>
        <translation>选择一个账号即可填入用户名和密码；所有演示账号的密码都是 {password}。</translation>
    </message>
    <message>
        <source>{role}: {name} ({username})</source>
        <translation>{role}：{name}（{username}）</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Record {tag} as lost</source>
        <translation>登记 {tag} 遗失</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>登记遗失…</translation>
    </message>
    <message>
        <source>A unit not found at a count, or reported lost by the resident who has it. A loan it is on stays open until the return desk settles the deposit.</source>
        <translation>用于盘点时找不到的设备，或租用的居民报告遗失的设备。如果设备正在出租，相应的租赁订单会保持未结，直到在柜台办理归还、结算押金。</translation>
    </message>
    <message>
        <source>e.g. not found at the count</source>
        <translation>例如：盘点时未找到</translation>
    </message>
    <message>
        <source>Record unit as lost</source>
        <translation>登记设备遗失</translation>
    </message>
    <message>
        <source>Record {tag} ({product}) as lost? It will not be lent again. This cannot be undone.</source>
        <translation>确定要登记 {tag}（{product}）遗失吗？登记后不能再出租。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>登记遗失</translation>
    </message>
    <message>
        <source>{tag} is recorded as lost: {reason}</source>
        <translation>已登记 {tag} 遗失：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export bureau workbook…</source>
        <translation>导出报送工作簿…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import catalogue workbook…</source>
        <translation>导入产品目录工作簿…(&amp;I)</translation>
    </message>
    <message>
        <source>Export de-identified &amp;statistics…</source>
        <translation>导出去标识化统计…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Elder mode</source>
        <translation>长辈模式(&amp;E)</translation>
    </message>
    <message>
        <source>Larger text and buttons, kept for you at every desk</source>
        <translation>更大的文字和按钮，在每台电脑上为您保留</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About silvershop</source>
        <translation>关于 silvershop(&amp;A)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Sign in to see this page.</source>
        <translation>登录后即可查看此页。</translation>
    </message>
    <message>
        <source>Sign in to see the data.</source>
        <translation>登录后即可查看数据。</translation>
    </message>
    <message>
        <source>Backup saved as {path}.</source>
        <translation>备份已保存为 {path}。</translation>
    </message>
    <message>
        <source>A backup is being saved right now; try again in a moment.</source>
        <translation>正在保存一份备份，请稍后再试。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database backup (*.sqlite3)</source>
        <translation>数据库备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>正在保存备份…</translation>
    </message>
    <message>
        <source>Elder mode is on.</source>
        <translation>长辈模式已开启。</translation>
    </message>
    <message>
        <source>Elder mode is off.</source>
        <translation>长辈模式已关闭。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Made up for trying silvershop out; deleted when it closes.</source>
        <translation>虚构的数据，仅供试用 silvershop；关闭程序时删除。</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Updated at {time} (F5 to refresh)</source>
        <translation>更新于 {time}（按 F5 刷新）</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前登录：{name}（{roles}）</translation>
    </message>
    <message>
        <source>About silvershop</source>
        <translation>关于 silvershop</translation>
    </message>
    <message>
        <source>silvershop {version}

The promotion catalogue, experience-centre inventory and assistive-device rental desk of a city&apos;s silver-economy programme.</source>
        <translation>silvershop {version}

城市银发经济工作的产品推广目录、适老生活体验中心库存管理和康复辅助器具社区租赁服务台。</translation>
    </message>
</context>
<context>
    <name>MinimumDialog</name>
    <message>
        <source>Minimum stock at {centre}</source>
        <translation>{centre} 的库存下限</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The centre should keep at least this many, so someone reorders before the shelf is empty; 0 removes the minimum.</source>
        <translation>本中心至少应保有这么多件，以便在货架空之前及时补货；填 0 表示取消下限。</translation>
    </message>
    <message>
        <source>Keep at least</source>
        <translation>至少保有</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>不设下限</translation>
    </message>
    <message>
        <source>{centre} keeps at least {count} of {product} from now on.</source>
        <translation>从现在起，{centre} 的 {product} 库存下限为 {count} 件。</translation>
    </message>
    <message>
        <source>{product} has no minimum at {centre} any more.</source>
        <translation>{centre} 已取消 {product} 的库存下限。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {product}</source>
        <translation>移库：{product}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Goods carried from one location of this centre to another.</source>
        <translation>把货物从本中心的一个位置搬到另一个位置。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移出位置</translation>
    </message>
    <message>
        <source>To</source>
        <translation>移入位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. put on display; may stay empty</source>
        <translation>例如：摆到展示区；可不填</translation>
    </message>
    <message>
        <source>Moved {count} × {product} from {source} to {target}.</source>
        <translation>已把 {count} 件 {product} 从 {source} 移到 {target}。</translation>
    </message>
</context>
<context>
    <name>MyAccountTab</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>所在中心</translation>
    </message>
    <message>
        <source>Elder mode (长辈模式): larger text and buttons</source>
        <translation>长辈模式：更大的文字和按钮</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Reading the screen</source>
        <translation>看清屏幕</translation>
    </message>
    <message>
        <source>Text of 18 points and more, buttons and fields at least 60 pixels each way, in every screen. It is kept with your account, so it follows you to any desk (Ctrl+Shift+E).</source>
        <translation>所有界面的文字不小于 18 磅，按钮和输入框的宽和高都不小于 60 像素。此设置随您的账号保存，无论在哪台电脑上登录都会生效（Ctrl+Shift+E）。</translation>
    </message>
    <message>
        <source>At least 8 characters. Choose one you do not use anywhere else.</source>
        <translation>至少 8 个字符。请不要使用在别处用过的密码。</translation>
    </message>
    <message>
        <source>Every centre, as an administrator</source>
        <translation>所有中心（系统管理员）</translation>
    </message>
    <message>
        <source>Not tied to a centre</source>
        <translation>不属于任何中心</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from your next sign-in.</source>
        <translation>密码已修改。下次登录时请使用新密码。</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <source>No surname starts with these letters.</source>
        <translation>没有以这些字母开头的姓。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Save and go on</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>An administrator gave {name} a temporary password. Choose a new one that only you know; silvershop opens once it is saved.</source>
        <translation>管理员为 {name} 设置了临时密码。请设置一个只有您自己知道的新密码；保存后即可进入 silvershop。</translation>
    </message>
    <message>
        <source>Back to the login</source>
        <translation>返回登录</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>NoMatch</name>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>没有与“{text}”相符的产品。</translation>
    </message>
    <message>
        <source>Check the spelling, or try the pinyin (lunyi), its initials (ly), part of the model or fewer words.</source>
        <translation>请检查输入，或试试拼音（lunyi）、拼音首字母（ly）、型号的一部分，或少输几个词。</translation>
    </message>
    <message>
        <source>No product matches the chosen filters.</source>
        <translation>没有符合所选筛选条件的产品。</translation>
    </message>
    <message>
        <source>There are no products in the catalogue yet.</source>
        <translation>目录中还没有产品。</translation>
    </message>
    <message>
        <source>Clearing the filters may find it.</source>
        <translation>清除筛选条件后也许能找到。</translation>
    </message>
    <message>
        <source>Archived products are left out: choose “All statuses, archived too” under Status.</source>
        <translation>已归档的产品未列出：可在“状态”中选择“全部（含已归档）”。</translation>
    </message>
    <message>
        <source>Filters on: {filters}.</source>
        <translation>当前筛选：{filters}。</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>New fitting-subsidy case at {centre}</source>
        <translation>在 {centre} 新建辅具适配补贴申请</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>A disabled resident applies (申请) for a fitted device. The programme pays the device up to its standard price; the person pays whatever it costs beyond that.</source>
        <translation>残疾居民申请适配辅具。标准价格以内的费用由补贴全额支付；超出标准价格的部分由个人自付。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>辅具</translation>
    </message>
    <message>
        <source>e.g. 电动轮椅, 助听器</source>
        <translation>例如：电动轮椅、助听器</translation>
    </message>
    <message>
        <source>Standard price (元)</source>
        <translation>标准价格（元）</translation>
    </message>
    <message>
        <source>Actual price (元)</source>
        <translation>实际价格（元）</translation>
    </message>
    <message>
        <source>e.g. 3500</source>
        <translation>例如：3500</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>费用分担</translation>
    </message>
    <message>
        <source>Type both prices to see who pays what.</source>
        <translation>填好两项价格后，这里会显示补贴和个人自付各多少。</translation>
    </message>
    <message>
        <source>Subsidy {subsidy} 元 · the person pays {rest} 元</source>
        <translation>补贴 {subsidy} 元 · 个人自付 {rest} 元</translation>
    </message>
    <message>
        <source>Case {code} is opened for {name}: {device}.</source>
        <translation>已为 {name} 新建申请 {code}：{device}。</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>OutOfServiceDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>On
display</source>
        <translation>在展产品</translation>
    </message>
    <message>
        <source>Stock
units</source>
        <translation>库存件数</translation>
    </message>
    <message>
        <source>Stock
value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Rental
units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Last
stocktake</source>
        <translation>最近盘点</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>You may see no experience centre yet.</source>
        <translation>您目前还不能查看任何体验中心。</translation>
    </message>
    <message>
        <source>Experience centres</source>
        <translation>体验中心</translation>
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
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This centre has no locations yet; add its display zones and store rooms.</source>
        <translation>本中心还没有位置；请添加它的展示区和库房。</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>New centre…</source>
        <translation>新增中心…</translation>
    </message>
    <message>
        <source>Edit centre…</source>
        <translation>编辑中心…</translation>
    </message>
    <message>
        <source>Add location…</source>
        <translation>添加位置…</translation>
    </message>
    <message>
        <source>Edit location…</source>
        <translation>编辑位置…</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区划</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>中心主任</translation>
    </message>
    <message>
        <source>Rental units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name}（已关闭）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未盘点</translation>
    </message>
    <message>
        <source>1 transfer on the way here</source>
        <translation>1 笔调入在途</translation>
    </message>
    <message>
        <source>{count} transfers on the way here</source>
        <translation>{count} 笔调入在途</translation>
    </message>
    <message>
        <source>1 transfer sent, not yet received</source>
        <translation>1 笔调出待对方收货</translation>
    </message>
    <message>
        <source>{count} transfers sent, not yet received</source>
        <translation>{count} 笔调出待对方收货</translation>
    </message>
    <message>
        <source>1 product below minimum</source>
        <translation>1 个产品低于下限</translation>
    </message>
    <message>
        <source>{count} products below minimum</source>
        <translation>{count} 个产品低于下限</translation>
    </message>
    <message>
        <source>a count is open</source>
        <translation>1 次盘点进行中</translation>
    </message>
    <message>
        <source>{count} counts are open</source>
        <translation>{count} 次盘点进行中</translation>
    </message>
    <message>
        <source>No centre chosen</source>
        <translation>未选择中心</translation>
    </message>
    <message>
        <source>{units} units have no reference price and are left out of the stock value</source>
        <translation>{units} 件没有参考价格，未计入库存金额</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state} {count} 台</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name} was opened.</source>
        <translation>已开设 {name}。</translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>{location} was added to {centre}.</source>
        <translation>已为 {centre} 添加位置 {location}。</translation>
    </message>
    <message>
        <source>{location} was saved.</source>
        <translation>已保存 {location}。</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PaymentChoice</name>
    <message>
        <source>Payment reference</source>
        <translation>付款流水号</translation>
    </message>
    <message>
        <source>The bank transfer&apos;s reference (required)</source>
        <translation>银行转账流水号（必填）</translation>
    </message>
    <message>
        <source>Reference, if the payment has one (optional)</source>
        <translation>流水号或交易单号（如有；可不填）</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Q{number}</source>
        <translation>第{number}季度</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>No photo yet</source>
        <translation>暂无照片</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>No photo</source>
        <translation>未选择照片</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Photo of the unit</source>
        <translation>设备照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name}, {size} MB</source>
        <translation>{name}，{size} MB</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Make cover</source>
        <translation>设为封面</translation>
    </message>
    <message>
        <source>The first photo is the cover the catalogue shows. JPEG, PNG or WebP; large photos are reduced to 1600 pixels. Changes to the photos are saved with the product when you press Save.</source>
        <translation>第一张照片是目录中显示的封面。支持 JPEG、PNG、WebP，大照片会缩小到 1600 像素。对照片的修改在点“保存”时随产品一起保存。</translation>
    </message>
    <message>
        <source>⚠ Cannot be used</source>
        <translation>⚠ 无法使用</translation>
    </message>
    <message>
        <source>★ Cover</source>
        <translation>★ 封面</translation>
    </message>
    <message>
        <source>★ Cover (new)</source>
        <translation>★ 封面（新）</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>照片 {number}</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>For staff only</source>
        <translation>仅限工作人员使用</translation>
    </message>
    <message>
        <source>Staff type the kiosk PIN here to close the kiosk.</source>
        <translation>工作人员请在这里输入员工密码，退出展示。</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>员工密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>退出展示</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
    <message>
        <source>That PIN was wrong {tries} times, so the kiosk waits {wait} before the next try. Please ask a member of staff.</source>
        <translation>密码已输错 {tries} 次，请等{wait}后再试。请找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>PlanLists</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>No row of the file adds a new product.</source>
        <translation>文件中没有需要新增的产品。</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>No row of the file changes a product already in the catalogue.</source>
        <translation>文件中没有需要更新的已有产品。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Every row of the file can be imported.</source>
        <translation>文件中的所有行都可以导入。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>To create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未通过的行</translation>
    </message>
    <message>
        <source>The first {shown} reasons are listed; the report for the sender has all {count}.</source>
        <translation>仅列出前 {shown} 条原因；全部 {count} 条见给报送单位的错误报告。</translation>
    </message>
    <message>
        <source>{caption} ({count})</source>
        <translation>{caption}（{count}）</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>New label preset</source>
        <translation>新建标签模板</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>New label preset from “{name}”</source>
        <translation>根据“{name}”新建标签模板</translation>
    </message>
    <message>
        <source>Label preset “{name}”</source>
        <translation>标签模板“{name}”</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter the measurements in millimetres, as the label maker&apos;s box or data sheet gives them. The preview shows a sample product as this preset prints it.</source>
        <translation>请按标签厂家包装盒或规格说明上的尺寸，以毫米为单位填写。预览显示按此模板打印出的示例产品标签。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Counter roll 45×25</source>
        <translation>例如：柜台卷装标签 45×25</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>标签类型</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>页面宽度</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>页面高度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>标签高度</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels across</source>
        <translation>横向标签数</translation>
    </message>
    <message>
        <source>Labels down</source>
        <translation>纵向标签数</translation>
    </message>
    <message>
        <source>Labels per page</source>
        <translation>每页标签数</translation>
    </message>
    <message>
        <source>across</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>down</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <source>Page margin</source>
        <translation>页边距</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Gap across</source>
        <translation>横向间距</translation>
    </message>
    <message>
        <source>Gap down</source>
        <translation>纵向间距</translation>
    </message>
    <message>
        <source>Gap between labels</source>
        <translation>标签间距</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>圆角半径</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>打印机分辨率</translation>
    </message>
    <message>
        <source>203 dpi, thermal printer</source>
        <translation>203 dpi，热敏打印机</translation>
    </message>
    <message>
        <source>300 dpi, thermal printer</source>
        <translation>300 dpi，热敏打印机</translation>
    </message>
    <message>
        <source>600 dpi, laser printer</source>
        <translation>600 dpi，激光打印机</translation>
    </message>
    <message>
        <source>QR error correction</source>
        <translation>二维码纠错等级</translation>
    </message>
    <message>
        <source>M, recommended</source>
        <translation>M（推荐）</translation>
    </message>
    <message>
        <source>H, for labels that get scratched or covered</source>
        <translation>H（适用于容易刮花或被遮挡的标签）</translation>
    </message>
    <message>
        <source>On the label</source>
        <translation>标签上显示</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>自定义文字</translation>
    </message>
    <message>
        <source>e.g. Borrow one at the desk</source>
        <translation>例如：可到服务台借用</translation>
    </message>
    <message>
        <source>“{name}” is built in, so every desk prints it alike; it cannot be changed. Choose Duplicate to make a preset of your own from it.</source>
        <translation>“{name}”是系统内置模板，为保证各服务台打印效果一致，不能修改。如需调整，请点击“复制”，在此基础上创建您自己的模板。</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name}（副本 {number}）</translation>
    </message>
    <message>
        <source>The preview returns once the field marked ⚠ is corrected.</source>
        <translation>请先更正标有 ⚠ 的项目，预览随后会重新显示。</translation>
    </message>
    <message>
        <source>The label preset “{name}” was saved.</source>
        <translation>标签模板“{name}”已保存。</translation>
    </message>
</context>
<context>
    <name>PresetPreview</name>
    <message>
        <source>One label, with a sample product</source>
        <translation>单张标签（示例产品）</translation>
    </message>
    <message>
        <source>The whole sheet: {columns} × {rows} labels</source>
        <translation>整张标签纸：{columns} 列 × {rows} 行</translation>
    </message>
</context>
<context>
    <name>PresetsTab</name>
    <message>
        <source>Preset</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>标签介质</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>标签尺寸</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>每页标签数</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Error
correction</source>
        <translation>纠错
等级</translation>
    </message>
    <message>
        <source>Printed on it</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>No label presets yet.</source>
        <translation>还没有标签模板。</translation>
    </message>
    <message>
        <source>Label presets</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>New preset…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A built-in preset cannot be changed: duplicate it and change the copy.</source>
        <translation>内置模板不能修改：请先复制一份，再修改副本。</translation>
    </message>
    <message>
        <source>A built-in preset cannot be deleted: every desk relies on it.</source>
        <translation>内置模板不能删除：所有电脑都要用到它。</translation>
    </message>
    <message>
        <source>“{name}” was added.</source>
        <translation>已添加“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” was saved.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? Labels already printed on it stay as they are.</source>
        <translation>确定要删除模板“{name}”吗？已经用它打印好的标签不受影响。</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>已删除“{name}”。</translation>
    </message>
</context>
<context>
    <name>PrintersTab</name>
    <message>
        <source>A label printer puts its print a little off where it was meant, always by the same amount. Calibrating prints a test page with rulers and a target on the printer&apos;s labels; you measure how far off it came out, and every later print on that printer is moved and scaled to make up for it, at every desk.</source>
        <translation>标签打印机打出的内容往往会与预定位置略有偏差，而且每次偏差的量都一样。校准时，会在这台打印机的标签上打印一张带标尺和靶心的测试页；您量出实际偏了多少，以后所有电脑通过这台打印机打印时，都会自动偏移和缩放来加以修正。</translation>
    </message>
    <message>
        <source>Calibrate a printer…</source>
        <translation>校准打印机…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Moved across</source>
        <translation>水平偏移</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>垂直偏移</translation>
    </message>
    <message>
        <source>Scaled across</source>
        <translation>水平缩放</translation>
    </message>
    <message>
        <source>Scaled down</source>
        <translation>垂直缩放</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未校准</translation>
    </message>
    <message>
        <source>This computer knows no printer. Add the label printer in the system&apos;s printer settings, then press F5.</source>
        <translation>这台电脑上没有找到任何打印机。请先在系统的打印机设置中添加标签打印机，然后按 F5 刷新。</translation>
    </message>
    <message>
        <source>Printers and their calibration</source>
        <translation>打印机及其校准情况</translation>
    </message>
</context>
<context>
    <name>ProductActions</name>
    <message>
        <source>{code} {name} was added.</source>
        <translation>已添加 {code} {name}。</translation>
    </message>
    <message>
        <source>{code} {name} was saved.</source>
        <translation>已保存 {code} {name}。</translation>
    </message>
    <message>
        <source>Choose at most {most} products to label from the list; {count} are chosen. For more, print them in several batches.</source>
        <translation>每次最多只能为 {most} 个产品打印标签，目前已选 {count} 个。如需打印更多，请分几批进行。</translation>
    </message>
    <message>
        <source>A photo was added to {name}.</source>
        <translation>已为 {name} 添加一张照片。</translation>
    </message>
    <message>
        <source>{count} photos were added to {name}.</source>
        <translation>已为 {name} 添加 {count} 张照片。</translation>
    </message>
    <message>
        <source>{name} is archived: it stays in the records but leaves the catalogue. Choose “All statuses” to see it again; Edit gives it back another status.</source>
        <translation>{name} 已归档：记录保留，但不再列入目录。在“状态”中选择“全部（含已归档）”可再看到它；在“编辑”中可改回其他状态。</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <source>Delete {code} {name} with its photos? This cannot be undone. Only a product entered by mistake should be deleted; archive one that has left the catalogue.</source>
        <translation>删除 {code} {name} 及其照片？此操作无法撤销。只应删除误录入的产品；已退出目录的产品请归档。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{code} {name} was deleted.</source>
        <translation>已删除 {code} {name}。</translation>
    </message>
    <message>
        <source>The product cannot be deleted</source>
        <translation>该产品不能删除</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <source>Product {code} {name}</source>
        <translation>产品 {code} {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>型号规格, as written on the product</source>
        <translation>型号规格，按产品上的标注填写</translation>
    </message>
    <message>
        <source>Choose the maker…</source>
        <translation>选择生产企业…</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>Empty: the next free code (P-000123)</source>
        <translation>不填则自动编号（P-000123）</translation>
    </message>
    <message>
        <source>e.g. home, community, care home</source>
        <translation>例如 居家、社区、养老机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Listing year</source>
        <translation>入选年度</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>产品简介</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <source>Assistive-product code</source>
        <translation>辅具分类编码</translation>
    </message>
    <message>
        <source>Medical device</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>This product is a medical device (医疗器械)</source>
        <translation>本产品是医疗器械</translation>
    </message>
    <message>
        <source>Choose the class…</source>
        <translation>选择管理类别…</translation>
    </message>
    <message>
        <source>Class {value}</source>
        <translation>第 {value} 类</translation>
    </message>
    <message>
        <source>注册证号 or 备案号</source>
        <translation>注册证号或备案号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>管理类别</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <source>Price and rental</source>
        <translation>价格与租赁</translation>
    </message>
    <message>
        <source>in 元, e.g. 1299 or 1,299.50</source>
        <translation>单位元，例如 1299 或 1,299.50</translation>
    </message>
    <message>
        <source>The rental desk lends this product</source>
        <translation>租赁服务台出租本产品</translation>
    </message>
    <message>
        <source>in 元; 0 if none is taken</source>
        <translation>单位元；不收押金填 0</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s late fee</source>
        <translation>不填则按中心的滞纳金</translation>
    </message>
    <message>
        <source>Empty: the centre&apos;s grace days</source>
        <translation>不填则按中心的宽限天数</translation>
    </message>
    <message>
        <source>Reference price (元)</source>
        <translation>参考价格（元）</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Monthly rent (元)</source>
        <translation>月租金（元）</translation>
    </message>
    <message>
        <source>Deposit (元)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Late fee per day (元)</source>
        <translation>每日滞纳金（元）</translation>
    </message>
    <message>
        <source>Days of grace</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Not listed yet</source>
        <translation>尚未入选</translation>
    </message>
</context>
<context>
    <name>ProductField</name>
    <message>
        <source>Product code, or scan the product&apos;s label</source>
        <translation>输入产品编码，或扫描产品标签</translation>
    </message>
</context>
<context>
    <name>ProductListPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>There are no products here yet. Please choose another picture on the home page, or ask a member of staff.</source>
        <translation>这里还没有产品。请回到首页选择别的图片，或者找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}. Search to find the others.</source>
        <translation>共 {total} 个，这里显示 {shown} 个。其他产品请搜索。</translation>
    </message>
    <message>
        <source>Showing the first {shown}. Search to find the others.</source>
        <translation>这里显示前 {shown} 个。其他产品请搜索。</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Rentable product</source>
        <translation>可租赁产品</translation>
    </message>
    <message>
        <source>or type its code, or scan the product&apos;s label</source>
        <translation>或输入产品编码，或扫描产品标签</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>⚠ {product} is not offered for rent, so no rental unit can be registered of it.</source>
        <translation>⚠ {product} 不提供租赁，不能登记为租赁设备。</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <source>Renting it</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>With the city&apos;s subsidy</source>
        <translation>享受本市补贴后</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>产品用途</translation>
    </message>
    <message>
        <source>I&apos;m interested — please call me</source>
        <translation>我感兴趣，请联系我</translation>
    </message>
    <message>
        <source>Would you like us to call you about it? Please ask a member of staff.</source>
        <translation>需要我们打电话为您详细介绍吗？请找工作人员。</translation>
    </message>
    <message>
        <source>Full name: {name}</source>
        <translation>完整名称：{name}</translation>
    </message>
    <message>
        <source>A member of staff can tell you more about this product.</source>
        <translation>工作人员可以为您详细介绍这个产品。</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search name, model, brand, enterprise or code — Chinese, pinyin (lunyi, ly) or code</source>
        <translation>搜索名称、型号、品牌、企业或编码——可输入汉字、拼音（lunyi、ly）或编码</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新增产品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Where to find it…</source>
        <translation>查看所在中心…</translation>
    </message>
    <message>
        <source>The centres that show, keep or rent out the chosen product</source>
        <translation>展示、存放或出租所选产品的体验中心</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>QR labels for the chosen products (Ctrl or Shift chooses several)</source>
        <translation>为所选产品打印二维码标签（按住 Ctrl 或 Shift 键可多选）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>{count} products, archived ones not shown</source>
        <translation>共 {count} 个产品（不含已归档）</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>共 {count} 个产品</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Making a demonstration database with {count} products…</source>
        <translation>正在生成包含 {count} 个产品的演示数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping; nothing of the demo data will be kept…</source>
        <translation>正在停止，不会保留任何演示数据…</translation>
    </message>
</context>
<context>
    <name>QuoteSheet</name>
    <message>
        <source>Catalogue rent, {term}</source>
        <translation>目录租金（{term}）</translation>
    </message>
    <message>
        <source>{monthly} a month</source>
        <translation>每月 {monthly}</translation>
    </message>
    <message>
        <source>Subsidy used in {year}</source>
        <translation>{year} 年已用补贴</translation>
    </message>
    <message>
        <source>Left of the cap after this loan</source>
        <translation>本次租赁后剩余补贴额度</translation>
    </message>
    <message>
        <source>The cap is {cap} a year.</source>
        <translation>年度补贴上限为 {cap}。</translation>
    </message>
    <message>
        <source>Deposit, refunded at return</source>
        <translation>押金（归还时退还）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>The deposit of {deposit} paid at checkout carries over.</source>
        <translation>沿用出租时已付的押金 {deposit}，无需再付。</translation>
    </message>
    <message>
        <source>Due back on</source>
        <translation>应归还日期</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>本次应付</translation>
    </message>
    <message>
        <source>limited by the cap ({full} without it)</source>
        <translation>已按年度补贴上限封顶（不封顶为 {full}）</translation>
    </message>
    <message>
        <source>Subsidy, {rate}</source>
        <translation>补贴（{rate}）</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 毫米热敏纸卷</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印凭证…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>凭证另存为 PDF…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Print receipt {code}</source>
        <translation>打印凭证 {code}</translation>
    </message>
    <message>
        <source>Receipt {code} was sent to the printer.</source>
        <translation>凭证 {code} 已发送到打印机。</translation>
    </message>
    <message>
        <source>{code} return</source>
        <translation>{code} 归还凭证</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>凭证另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was saved as {path}.</source>
        <translation>凭证已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a delivery at {centre}</source>
        <translation>{centre} 到货入库</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Book in goods an enterprise delivered, against the number on its delivery note.</source>
        <translation>登记企业送来的货物，并填写送货单上的单号。</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Received {count} × {product} into {location}.</source>
        <translation>已到货入库 {count} 件 {product}，放入 {location}。</translation>
    </message>
    <message>
        <source>Receive transfer {code}</source>
        <translation>调拨 {code} 到货入库</translation>
    </message>
    <message>
        <source>From {centre}, shipped {date} by {user}.</source>
        <translation>由 {centre} 发出，发货时间 {date}，发货人 {user}。</translation>
    </message>
    <message>
        <source>From {centre}, shipped {date}.</source>
        <translation>由 {centre} 发出，发货时间 {date}。</translation>
    </message>
    <message>
        <source>Each line starts at what is still on the way; change what did not arrive. To count by scanning instead, scan the first unit: every line starts again from 0 and each scan adds one.</source>
        <translation>每行已预先填好仍在途的数量，请改正没有到的数量。如果要扫描清点，直接扫描第一件即可：每行会从 0 重新开始，每扫描一次加 1。</translation>
    </message>
    <message>
        <source>Put it in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scan each unit as you unpack it</source>
        <translation>拆箱时逐件扫描</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货数</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>此前已到</translation>
    </message>
    <message>
        <source>Still on the way</source>
        <translation>仍在途</translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation>本次到货</translation>
    </message>
    <message>
        <source>{code} {name}: all that was still on the way ({missing}) is counted already; keep this one apart and tell the sender.</source>
        <translation>{code} {name}：在途的 {missing} 件已全部计入；这一件请单独存放，并告知发出中心。</translation>
    </message>
    <message>
        <source>{code} {name}: {count} of {missing} arrived</source>
        <translation>{code} {name}：已到 {count} 件（在途共 {missing} 件）</translation>
    </message>
    <message>
        <source>{centre} has no location in use to put the goods in.</source>
        <translation>{centre} 没有可以存放货物的在用位置。</translation>
    </message>
</context>
<context>
    <name>RegisterResidentDialog</name>
    <message>
        <source>Register resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>ID number, mobile, address, eligibility and the guardian&apos;s mobile are stored encrypted and shown masked. Ask only for what the rental needs.</source>
        <translation>身份证号、手机号、住址、补贴资格和监护人手机号均加密保存，并脱敏显示。请只询问租赁所需的信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters, the last may be X</source>
        <translation>18 位，最后一位可能是 X</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>11 digits; may stay empty</source>
        <translation>11 位数字，可不填</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区划</translation>
    </message>
    <message>
        <source>As the centre&apos;s</source>
        <translation>与所属中心相同</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Local (hukou in this city)</source>
        <translation>本地户籍（本市户口）</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>Choose the centre…</source>
        <translation>请选择中心…</translation>
    </message>
    <message>
        <source>Ability assessment</source>
        <translation>老年人能力评估</translation>
    </message>
    <message>
        <source>Long-term care insurance</source>
        <translation>长护险失能等级</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>低保情况</translation>
    </message>
    <message>
        <source>Guardian or contact</source>
        <translation>监护人或联系人</translation>
    </message>
    <message>
        <source>Guardian&apos;s mobile</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <source>Data kept on the basis of</source>
        <translation>信息处理依据</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <source>e.g. the city&apos;s rental subsidy rules</source>
        <translation>例如：本市康复辅助器具租赁补贴政策</translation>
    </message>
    <message>
        <source>e.g. renting assistive devices</source>
        <translation>例如：租赁康复辅助器具</translation>
    </message>
</context>
<context>
    <name>RegisterUnitDialog</name>
    <message>
        <source>Register a rental unit at {centre}</source>
        <translation>在 {centre} 登记租赁设备</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>A device the centre lends out. It is given the centre&apos;s next asset tag, which goes on the unit and its label.</source>
        <translation>登记本中心用于出租的设备。系统会分配本中心的下一个资产编号，这个编号要写在设备上，也会印在它的标签上。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>No product is offered for rent yet: mark one rentable in the catalogue first.</source>
        <translation>目前还没有可租赁的产品：请先在产品目录中把产品设为可租赁。</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>As printed on the device; may stay empty</source>
        <translation>按设备上印的填写；可不填</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Cost (元)</source>
        <translation>购置价格（元）</translation>
    </message>
    <message>
        <source>e.g. 1299; may stay empty</source>
        <translation>例如：1299；可不填</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>No location yet</source>
        <translation>暂不指定位置</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew loan {code}</source>
        <translation>续租订单 {code}</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>新租期</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>{name} keeps {product} for a new term from {due}, when the present one ends.</source>
        <translation>当前租期于 {due} 结束，{name} 从该日起继续租用 {product} 一个新租期。</translation>
    </message>
    <message>
        <source>Choose the new term to see the price.</source>
        <translation>请选择新租期，即可看到价格。</translation>
    </message>
    <message>
        <source>No price: {reason}</source>
        <translation>无法计价：{reason}</translation>
    </message>
</context>
<context>
    <name>RentalScreen</name>
    <message>
        <source>Rental desk</source>
        <translation>租赁服务台</translation>
    </message>
    <message>
        <source>Lend and take back assistive devices, with the city&apos;s subsidy; clean, repair and reserve them; and keep the residents who rent.</source>
        <translation>出租和收回康复辅助器具，并计算本市租赁补贴；办理设备的清洗消毒、维修和预约；管理租用设备的居民信息。</translation>
    </message>
    <message>
        <source>Device units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>在租订单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device units by state</source>
        <translation>按状态统计租赁设备</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>tab</comment>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Loans due</source>
        <comment>tab</comment>
        <translation>到期订单</translation>
    </message>
    <message>
        <source>Units</source>
        <comment>tab</comment>
        <translation>设备</translation>
    </message>
    <message>
        <source>Cleaning and repairs</source>
        <comment>tab</comment>
        <translation>清洗消毒与维修</translation>
    </message>
    <message>
        <source>Reservations</source>
        <comment>tab</comment>
        <translation>预约</translation>
    </message>
    <message>
        <source>Residents</source>
        <comment>tab</comment>
        <translation>居民</translation>
    </message>
    <message>
        <source>Fitting subsidies</source>
        <comment>tab</comment>
        <translation>辅具适配补贴</translation>
    </message>
    <message>
        <source>Due for review</source>
        <comment>tab</comment>
        <translation>到期复核</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>tab</comment>
        <translation>概况</translation>
    </message>
</context>
<context>
    <name>RentalsCard</name>
    <message>
        <source>Loans per month and district</source>
        <translation>各区每月起租单数</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>起租单数</translation>
    </message>
    <message>
        <source>No loans started in this period.</source>
        <translation>本期没有新起租的租赁。</translation>
    </message>
    <message>
        <source>{district}, {month}: {loans} loans</source>
        <translation>{district}，{month}：{loans} 单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <source>Loans started in {month} by centres of {district}</source>
        <translation>{district}各中心{month}起租的租赁</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Send {tag} to repair</source>
        <translation>送修 {tag}</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>The unit leaves the shelf until its repair is finished on the “Cleaning and repairs” tab; a reservation it was held for moves to another unit.</source>
        <translation>设备将下架，直到在“清洗消毒与维修”标签页中完成维修；原先为它保留的预约会改由另一台设备承接。</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>What is wrong, e.g. 刹车失灵</source>
        <translation>故障情况，例如：刹车失灵</translation>
    </message>
    <message>
        <source>{tag} is in repair: {fault}</source>
        <translation>{tag} 已送修：{fault}</translation>
    </message>
</context>
<context>
    <name>ReservationDialog</name>
    <message>
        <source>New reservation at {centre}</source>
        <translation>在 {centre} 新建预约</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Reserve any unit of a product — one free for those days is held for the resident, or they go on the waiting list — or one particular unit, scanned or picked.</source>
        <translation>可以预约某种产品的任意一台设备（这段日期内有空闲设备就为居民保留一台，没有则排入候补名单），也可以扫描或选择一台指定的设备来预约。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Scan a device</source>
        <translation>扫描设备</translation>
    </message>
    <message>
        <source>Scan the label on a device to reserve that very unit</source>
        <translation>扫描设备上的标签，预约这一台设备</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. after leaving hospital; may stay empty</source>
        <translation>例如：出院后使用；可不填</translation>
    </message>
    <message>
        <source>Any free unit (else the waiting list)</source>
        <translation>任意一台空闲设备（没有则排入候补名单）</translation>
    </message>
    <message>
        <source>{name} is on the waiting list for {product}, {place}: no unit is free from {start} to {end}. The first unit that comes free is held for them.</source>
        <translation>{name} 已排入 {product} 的候补名单（{place}）：{start} 至 {end} 没有空闲设备。第一台空出的设备会为其保留。</translation>
    </message>
    <message>
        <source>Reserved for {name}: unit {tag} ({product}), from {start} to {end}.</source>
        <translation>已为 {name} 预约设备 {tag}（{product}），{start} 至 {end}。</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Which reservations</source>
        <translation>显示哪些预约</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New reservation…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>You may see no centre&apos;s reservations.</source>
        <translation>您无权查看任何中心的预约。</translation>
    </message>
    <message>
        <source>Nobody is on the waiting list here.</source>
        <translation>本中心的候补名单上没有人。</translation>
    </message>
    <message>
        <source>No device is reserved here. Reserve one with “New reservation…”.</source>
        <translation>本中心没有已预约的设备。请点击“新建预约…”进行预约。</translation>
    </message>
    <message>
        <source>No reservation was ever made here.</source>
        <translation>本中心还没有过任何预约。</translation>
    </message>
    <message>
        <source>{count} devices held.</source>
        <translation>已保留 {count} 台设备。</translation>
    </message>
    <message>
        <source>{count} residents on the waiting list.</source>
        <translation>候补名单上有 {count} 位居民。</translation>
    </message>
    <message>
        <source>{held} held, {waiting} on the waiting list, {closed} collected or cancelled.</source>
        <translation>已保留 {held} 条，候补 {waiting} 条，已领取或已取消 {closed} 条。</translation>
    </message>
    <message>
        <source>Take {name} off the waiting list for {product} ({days})?</source>
        <translation>确定要将 {name} 从 {product}（{days}）的候补名单中移除吗？</translation>
    </message>
    <message>
        <source>Cancel the reservation of {product} for {name}, {days}? {tag} goes to the first resident waiting for it, or back on the shelf.</source>
        <translation>确定要取消 {name} 对 {product} 的预约（{days}）吗？{tag} 将转给候补名单上的第一位居民；没有人候补则重新上架。</translation>
    </message>
    <message>
        <source>Cancel a reservation</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel the reservation</source>
        <translation>确认取消预约</translation>
    </message>
    <message>
        <source>The reservation of {name} is cancelled. {tag} now goes to {next}, who was waiting for {product}: tell them it is held from {start}.</source>
        <translation>{name} 的预约已取消。{tag} 现转给候补 {product} 的 {next}：请通知这位居民，设备从 {start} 起为其保留。</translation>
    </message>
    <message>
        <source>{name} is taken off the waiting list for {product}.</source>
        <translation>已将 {name} 从 {product} 的候补名单中移除。</translation>
    </message>
    <message>
        <source>The reservation of {name} is cancelled; nobody was waiting, so {tag} is free.</source>
        <translation>{name} 的预约已取消；没有人候补，{tag} 现已空出。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Type a temporary password and tell it to {name} in person. They must choose a new one when they next sign in; their old password stops working at once.</source>
        <translation>请输入一个临时密码，并当面告诉 {name}。对方下次登录时必须设置新密码；原密码立即失效。</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>再次输入临时密码</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <source>Part of the name, the full ID number or the mobile</source>
        <translation>姓名的一部分、完整的身份证号或手机号</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>查找居民</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>找到的居民</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>另选居民</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>The first {count} residents by name; type more of the name.</source>
        <translation>按姓名排序的前 {count} 位居民；请多输入几个字缩小范围。</translation>
    </message>
    <message>
        <source>{count} residents found: click the one at the counter.</source>
        <translation>找到 {count} 位居民：请点击正在柜台办理的那一位。</translation>
    </message>
    <message>
        <source>No resident&apos;s name contains “{text}”. Try the ID number or the mobile number, or register them on the Residents tab.</source>
        <translation>没有姓名中含有“{text}”的居民。请试试用身份证号或手机号查找，或在“居民”标签页为其登记。</translation>
    </message>
    <message>
        <source>No residents are registered at your centres yet; register them on the Residents tab.</source>
        <translation>您所在的中心还没有登记居民；请在“居民”标签页登记。</translation>
    </message>
    <message>
        <source>Nobody is registered with this number. Check it, or register them on the Residents tab.</source>
        <translation>没有用这个号码登记的居民。请核对号码，或在“居民”标签页为其登记。</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
</context>
<context>
    <name>ResidentSearch</name>
    <message>
        <source>Part of a name, a full ID number or a mobile number</source>
        <translation>姓名的一部分、完整的身份证号或手机号</translation>
    </message>
    <message>
        <source>Find the resident</source>
        <translation>查找居民</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>查到的居民</translation>
    </message>
    <message>
        <source>Search, then choose the resident in the list.</source>
        <translation>请先搜索，再在列表中选择居民。</translation>
    </message>
    <message>
        <source>Type part of the resident&apos;s name, their ID number or their mobile.</source>
        <translation>请输入居民姓名的一部分、身份证号或手机号。</translation>
    </message>
    <message>
        <source>Nobody registered at your centres matches “{text}”. Register the resident on the Residents tab first.</source>
        <translation>您所在的中心没有与“{text}”相符的已登记居民。请先在“居民”标签页中登记这位居民。</translation>
    </message>
    <message>
        <source>One resident found, and chosen.</source>
        <translation>找到 1 位居民，已选中。</translation>
    </message>
    <message>
        <source>More than {count} residents match; type more of the name.</source>
        <translation>符合的居民超过 {count} 位；请多输入几个字。</translation>
    </message>
    <message>
        <source>{count} residents found; choose one.</source>
        <translation>找到 {count} 位居民；请选择一位。</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>已选：{name}</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <source>Part of a name, a full ID number or an 11-digit mobile number</source>
        <translation>姓名的一部分、完整的身份证号或 11 位手机号</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>查找居民</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Register resident…</source>
        <translation>登记居民…</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Subsidy…</source>
        <translation>补贴明细…</translation>
    </message>
    <message>
        <source>The chosen resident&apos;s rental subsidy this year, grant by grant</source>
        <translation>所选居民本年度的租赁补贴，逐笔列出</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Showing the first {count} residents by name. Type part of a name, an ID number or a mobile number to find the others.</source>
        <translation>按姓名排序，只显示前 {count} 位居民。输入姓名的一部分、身份证号或手机号，可以查找其他居民。</translation>
    </message>
    <message>
        <source>{count} residents.</source>
        <translation>共 {count} 位居民。</translation>
    </message>
    <message>
        <source>No residents are registered at your centres yet. Register the first with “Register resident…”.</source>
        <translation>您所在的中心还没有登记居民。请点击“登记居民…”登记第一位居民。</translation>
    </message>
    <message>
        <source>No resident&apos;s name contains “{text}”. Try the ID number or the mobile number.</source>
        <translation>没有姓名中含有“{text}”的居民。请试试用身份证号或手机号查找。</translation>
    </message>
    <message>
        <source>Nobody is registered with this number. Check it with the resident, or register them.</source>
        <translation>没有用这个号码登记的居民。请与居民核对号码，或为其登记。</translation>
    </message>
    <message>
        <source>{name} is registered. Their data may be kept until {date}.</source>
        <translation>{name} 已登记。其信息可保存至 {date}。</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {tag}</source>
        <translation>报废 {tag}</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>A unit worn out or not worth repairing is retired: it is never lent again.</source>
        <translation>已经用坏或不值得维修的设备可以报废；报废后不再出租。</translation>
    </message>
    <message>
        <source>e.g. frame bent, not worth repairing</source>
        <translation>例如：车架变形，不值得维修</translation>
    </message>
    <message>
        <source>Retire unit</source>
        <translation>报废设备</translation>
    </message>
    <message>
        <source>Retire {tag} ({product}) for good? It will never be lent again. This cannot be undone.</source>
        <translation>确定要报废 {tag}（{product}）吗？报废后不能再出租。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>{tag} is retired: {reason}</source>
        <translation>{tag} 已报废：{reason}</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <source>0.00 元</source>
        <translation>0.00 元</translation>
    </message>
    <message>
        <source>What the deduction is for: a missing part, a repair</source>
        <translation>扣款原因：如缺少配件、需要维修</translation>
    </message>
    <message>
        <source>Collected from the resident&apos;s home</source>
        <translation>上门回收</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>设备状况</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deducted for</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续租…</translation>
    </message>
    <message>
        <source>Past its grace days: take it back with the late fee, then lend it again.</source>
        <translation>已超过宽限天数：请先收取逾期费办理归还，再重新出租。</translation>
    </message>
    <message>
        <source>Not late.</source>
        <translation>未逾期。</translation>
    </message>
    <message>
        <source>{days} days late, within the {grace} grace days: no late fee.</source>
        <translation>逾期 {days} 天，在 {grace} 天宽限期内：不收逾期费。</translation>
    </message>
    <message>
        <source>{days} days late; after {grace} grace days, {charged} days at {per_day} a day.</source>
        <translation>逾期 {days} 天；扣除 {grace} 天宽限期后，按 {charged} 天计费，每天 {per_day}。</translation>
    </message>
    <message>
        <source>Optional, as it came back in good order</source>
        <translation>设备完好，可不填</translation>
    </message>
    <message>
        <source>Required: what is wrong, so the repair knows what to fix</source>
        <translation>必填：请说明问题，方便维修</translation>
    </message>
    <message>
        <source>Loan {code} · {name}</source>
        <translation>租赁订单 {code} · {name}</translation>
    </message>
    <message>
        <source>From {start}, due back on {due}</source>
        <translation>{start} 起租，应于 {due} 归还</translation>
    </message>
    <message>
        <source>Deposit paid at checkout</source>
        <translation>出租时已付押金</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>逾期费</translation>
    </message>
    <message>
        <source>Type the amount in 元, e.g. 50.</source>
        <translation>请以元为单位填写金额，例如 50。</translation>
    </message>
    <message>
        <source>More than the deposit: deduct at most {deposit} and charge the rest separately.</source>
        <translation>超过押金：最多扣除 {deposit}，其余部分请另行收取。</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>仍需补交</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还押金</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal personal data of {name}</source>
        <translation>查看 {name} 的个人信息明文</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Guardian&apos;s mobile</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <source>Eligibility (ability, care insurance, low income)</source>
        <translation>补贴资格（能力评估、长护险、低保）</translation>
    </message>
    <message>
        <source>Choose the one value you need. It is shown here until you close this window, and the reveal is recorded in the audit log under your name.</source>
        <translation>请只选择您需要的一项信息。该信息会一直显示在这里，直到您关闭本窗口；本次查看将以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Nothing on file.</source>
        <translation>未登记此项信息。</translation>
    </message>
    <message>
        <source>This reveal was recorded in the audit log under your name.</source>
        <translation>本次查看已以您的名义记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <source>No resident is past their retention date. There is nothing to review.</source>
        <translation>没有超过保存期限的居民，无需复核。</translation>
    </message>
    <message>
        <source>Residents whose data may no longer be kept. Anonymise those with nothing open at the desk: their personal data is cleared for good, their loans stay for the statistics.</source>
        <translation>以下居民的信息已超过保存期限，不能继续保存。请对在租赁服务台没有未办结业务的居民进行匿名化：其个人信息将被永久清除，租赁记录保留用于统计。</translation>
    </message>
    <message>
        <source>{count} residents are past their retention date.</source>
        <translation>有 {count} 位居民已超过保存期限。</translation>
    </message>
    <message>
        <source>Anonymise resident</source>
        <translation>匿名化居民信息</translation>
    </message>
    <message>
        <source>Anonymise {name} ({id_number})? Name, ID number, phone, address and eligibility will be cleared for good; loans stay for statistics. This cannot be undone.</source>
        <translation>确定要将 {name}（{id_number}）匿名化吗？姓名、身份证号、电话、住址和补贴资格将被永久清除；租赁记录保留用于统计。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>{name} was anonymised; the loans stay in the statistics.</source>
        <translation>{name} 已匿名化；其租赁记录仍保留在统计中。</translation>
    </message>
</context>
<context>
    <name>ScanTestDialog</name>
    <message>
        <source>Test the scanner</source>
        <translation>测试扫码枪</translation>
    </message>
    <message>
        <source>Scan a label here</source>
        <translation>请在此处扫描标签</translation>
    </message>
    <message>
        <source>Scan a label to test the scanner</source>
        <translation>扫描标签以测试扫码枪</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>输入的字符</translation>
    </message>
    <message>
        <source>Code point</source>
        <translation>码位</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>修饰键</translation>
    </message>
    <message>
        <source>ms since the previous key</source>
        <translation>距上一按键的毫秒数</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>尚未扫码。</translation>
    </message>
    <message>
        <source>Keys the scanner typed</source>
        <translation>扫码枪输入的按键</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>silvershop reads</source>
        <translation>silvershop 读取结果</translation>
    </message>
    <message>
        <source>Scan any label into the field. Every key the scanner typed is listed as it arrived, then what silvershop reads from it and, when something is wrong, what to change.</source>
        <translation>请将任意一张标签扫入输入框。扫码枪输入的每个按键都会按收到的顺序逐一列出，随后显示 silvershop 从中读取到的内容；如有问题，还会提示需要调整哪些设置。</translation>
    </message>
    <message>
        <source>The same label was read twice within a second; silvershop reads it once.</source>
        <translation>同一张标签在 1 秒内被读取了两次；silvershop 只按一次处理。</translation>
    </message>
    <message>
        <source>A product&apos;s label: {code}</source>
        <translation>产品标签：{code}</translation>
    </message>
    <message>
        <source>A rental device unit&apos;s label: {code}</source>
        <translation>租赁设备标签：{code}</translation>
    </message>
    <message>
        <source>An experience centre&apos;s label: {code}</source>
        <translation>体验中心标签：{code}</translation>
    </message>
    <message>
        <source>A location&apos;s label: {location} at centre {centre}</source>
        <translation>位置标签：体验中心 {centre} 的位置 {location}</translation>
    </message>
    <message>
        <source>Your input method typed full-width characters ({characters}); silvershop corrects this, but switch the input method to English for scanning.</source>
        <translation>您的输入法输入了全角字符（{characters}）；silvershop 会自动纠正，但扫码时请将输入法切换为英文。</translation>
    </message>
    <message>
        <source>The scanner typed {characters}, which no label holds: it seems set to a different keyboard layout. Set it to US English (see the scanner&apos;s manual, usually by scanning a setup code).</source>
        <translation>扫码枪输入了 {characters}，而标签中不会有这些字符：扫码枪似乎设置成了其他键盘布局。请将其设置为美式英语（US English）键盘布局（请参阅扫码枪说明书，通常扫描一个设置码即可）。</translation>
    </message>
    <message>
        <source>This looks typed by hand: some keys came more than {ms} ms apart. The window recognises scans only when keys come fast; a scanner this slow works only in scan fields.</source>
        <translation>这看起来像是手动输入的：有些按键之间相隔超过 {ms} 毫秒。只有按键输入足够快时，窗口才会将其识别为扫码；这么慢的扫码枪只能在扫码输入框中使用。</translation>
    </message>
    <message>
        <source>No Enter came at the end: set the scanner to send Enter after each code.</source>
        <translation>结尾没有收到 Enter：请将扫码枪设置为每扫完一个编码后发送 Enter。</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search for a product</source>
        <translation>搜索产品</translation>
    </message>
    <message>
        <source>Touch the first letters of its name in pinyin, for example L Y for 轮椅 (wheelchair).</source>
        <translation>请点产品名称的拼音首字母，例如“轮椅”就点 L Y。</translation>
    </message>
    <message>
        <source>Letters or words</source>
        <translation>字母或文字</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>The products found appear here.</source>
        <translation>找到的产品会显示在这里。</translation>
    </message>
    <message>
        <source>Found for “{query}”:</source>
        <translation>为您找到与“{query}”相关的产品：</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Try fewer letters, or ask a member of staff.</source>
        <translation>没有找到与“{query}”相关的产品。请少输几个字母再试，或者找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Find a setting: 长辈模式, language, scanner, password…</source>
        <translation>查找设置：长辈模式、语言、扫码枪、密码…</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>查找设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new language is used from the next start of silvershop.</source>
        <translation>更改的语言在下次启动 silvershop 时生效。</translation>
    </message>
    <message>
        <source>Test the scanner…</source>
        <translation>测试扫码枪…</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>When labels are not read: shows what the scanner types, key by key, and what to change.</source>
        <translation>标签读取不出来时使用：逐个按键显示扫码枪输入的内容，并提示需要调整哪些设置。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>数据库类型</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Personal-data key</source>
        <translation>个人信息密钥</translation>
    </message>
    <message>
        <source>This is demo data in a temporary folder; it is deleted when silvershop closes.</source>
        <translation>这是存放在临时文件夹中的演示数据，关闭 silvershop 时将被删除。</translation>
    </message>
    <message>
        <source>No setting matches “{text}”.</source>
        <translation>没有与“{text}”匹配的设置。</translation>
    </message>
    <message>
        <source>Found: {name} (Enter goes there)</source>
        <translation>找到：{name}（按回车键前往）</translation>
    </message>
    <message>
        <source>Found: {name} (Enter goes there), and {n} more; type more to narrow it down</source>
        <translation>找到：{name}（按回车键前往），另有 {n} 项；多输入几个字可缩小范围</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Your own account and, as your role allows, the staff accounts, the settings every desk shares and the audit log.</source>
        <translation>您本人的账号；按您的角色权限，还可管理员工账号、所有电脑共用的设置和审计日志。</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Desk and data</source>
        <translation>本机与数据</translation>
    </message>
    <message>
        <source>Shared by every desk</source>
        <translation>所有电脑共用</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Saved. silvershop starts in {language} the next time it is opened.</source>
        <translation>已保存。下次打开 silvershop 时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle the shortfall of {code}</source>
        <translation>结清调拨 {code} 未到的货物</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结清</translation>
    </message>
    <message>
        <source>{missing} items of transfer {code} never arrived at {centre}. Say what became of them; the transfer is then closed.</source>
        <translation>调拨 {code} 有 {missing} 件货物没有到达 {centre}。请说明这些货物的情况；结清后这笔调拨即完结。</translation>
    </message>
    <message>
        <source>They are back on {centre}&apos;s shelf.</source>
        <translation>货物已回到 {centre} 的货架上。</translation>
    </message>
    <message>
        <source>Lost or broken on the way; they leave the books.</source>
        <translation>在途中遗失或损坏；从账面上扣除。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>货物去向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For example: the carrier brought 2 back; box crushed</source>
        <translation>例如：承运人带回 2 件；箱子被压坏</translation>
    </message>
    <message>
        <source>Choose what happened to the missing goods.</source>
        <translation>请选择未到货物的去向。</translation>
    </message>
</context>
<context>
    <name>SharedSettingsForm</name>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>first</source>
        <translation>前</translation>
    </message>
    <message>
        <source>and last</source>
        <translation>位和后</translation>
    </message>
    <message>
        <source>characters visible</source>
        <translation>位</translation>
    </message>
    <message>
        <source>Lock an idle desk after</source>
        <translation>无人操作自动锁定时间</translation>
    </message>
    <message>
        <source>Keep residents&apos; data for</source>
        <translation>居民信息保存期限</translation>
    </message>
    <message>
        <source>ID numbers show the</source>
        <translation>身份证号显示</translation>
    </message>
    <message>
        <source>Product page address on labels</source>
        <translation>标签上的产品页面地址</translation>
    </message>
    <message>
        <source>Product labels carry</source>
        <translation>产品标签上的网址</translation>
    </message>
    <message>
        <source>Leave empty for silvershop&apos;s own code (SS:P:…). With the address of the city&apos;s product page, {code} standing for the product code, product labels carry that address: a resident&apos;s phone opens the product&apos;s page, and the desk&apos;s scanner still opens the product in silvershop.</source>
        <translation>留空则使用 silvershop 自己的编码（SS:P:…）。如果填写本市产品页面的地址，并用 {code} 代表产品编码，产品标签上就会印上该地址：居民用手机扫码即可打开该产品的页面，服务台的扫码枪仍可在 silvershop 中打开该产品。</translation>
    </message>
    <message>
        <source>e.g. 无锡市民政局养老服务处</source>
        <translation>例如：无锡市民政局养老服务处</translation>
    </message>
    <message>
        <source>Submitting office</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Submitting office (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Named as 填报单位 in the bureau workbook; whoever exports it may write another office for that one workbook.</source>
        <translation>在报送工作簿中作为“填报单位”填写；导出时可以为这一份工作簿另填其他单位。</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Subsidy budget per year (元)</source>
        <translation>每年租赁补贴预算（元）</translation>
    </message>
    <message>
        <source>The city&apos;s rental subsidy budget for a calendar year; the statistics show what was granted against it. 0 leaves it not set.</source>
        <translation>全市一个自然年度的辅具租赁补贴预算；统计页面据此对比已发放的补贴。填 0 表示不设置。</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Kiosk: idle time before it returns home</source>
        <translation>展示终端：返回首页前的无人操作时间</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Kiosk: delete callback requests nobody called back after</source>
        <translation>展示终端：回电请求无人处理多久后删除</translation>
    </message>
    <message>
        <source>Keep the daily backups of this database for</source>
        <translation>此数据库的每日备份保留</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>设置员工密码…</translation>
    </message>
    <message>
        <source>Set the kiosk staff PIN</source>
        <translation>设置展示终端员工密码（PIN）</translation>
    </message>
    <message>
        <source>Kiosk staff PIN</source>
        <translation>展示终端员工密码（PIN）</translation>
    </message>
    <message>
        <source>Save shared settings</source>
        <translation>保存共用设置</translation>
    </message>
    <message>
        <source>Every desk on this database uses these. A resident&apos;s data is kept this many years after registration, then listed for review.</source>
        <translation>使用此数据库的所有电脑都采用这些设置。居民信息自登记起保存上述年数，到期后列入复核名单。</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如：{example}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The kiosk PIN is set for every kiosk on this database.</source>
        <translation>已为使用此数据库的所有展示终端设置员工密码（PIN）。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Saved for every desk on this database.</source>
        <translation>已保存，对使用此数据库的所有电脑生效。</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship to another centre</source>
        <translation>调拨到其他中心</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Scan each unit you pack, or type a product&apos;s code and press Enter. The goods leave {centre}&apos;s books now and enter the other centre&apos;s when it confirms what arrived.</source>
        <translation>装箱时逐件扫描，或输入产品编码后按回车键。货物现在就从 {centre} 的账面扣除，等对方中心确认到货后再计入对方的账面。</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>接收中心</translation>
    </message>
    <message>
        <source>Choose the centre…</source>
        <translation>请选择中心…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Scan a product label, or type its code and press Enter</source>
        <translation>扫描产品标签，或输入产品编码后按回车键</translation>
    </message>
    <message>
        <source>Product to send</source>
        <translation>要发出的产品</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>发货清单</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>取货位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional: who carries it, the vehicle, what it is for</source>
        <translation>可不填：由谁运送、车辆、用途</translation>
    </message>
    <message>
        <source>{code} {name} is not in stock at {centre}, so it cannot be sent from here.</source>
        <translation>{centre} 没有 {code} {name} 的库存，不能从这里发出。</translation>
    </message>
    <message>
        <source>{code} {name}: {count} to send</source>
        <translation>{code} {name}：待发 {count} 件</translation>
    </message>
    <message>
        <source>{code} {name} · {count} there</source>
        <translation>{code} {name} · 现有 {count} 件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose the centre to send the goods to.</source>
        <translation>请选择接收货物的中心。</translation>
    </message>
    <message>
        <source>Only {there} of {code} {name} are at {location}; send fewer, or take them from another location.</source>
        <translation>{location} 只有 {there} 件 {code} {name}；请减少数量，或从其他位置取货。</translation>
    </message>
</context>
<context>
    <name>ShippedDialog</name>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>{count} items are on their way to {centre}. Write this code on the delivery slip:</source>
        <translation>{count} 件货物正运往 {centre}。请把下面的调拨编号写在送货单上：</translation>
    </message>
    <message>
        <source>The receiving centre finds the goods under this code in its list of transfers.</source>
        <translation>接收中心可以在调拨列表中按这个编号找到这批货物。</translation>
    </message>
</context>
<context>
    <name>SorryPage</name>
    <message>
        <source>Sorry</source>
        <translation>抱歉</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Sorry, this page cannot be shown now. Please ask a member of staff.</source>
        <translation>抱歉，这个页面暂时无法显示。请找工作人员帮忙。</translation>
    </message>
</context>
<context>
    <name>StartCountDialog</name>
    <message>
        <source>Start a count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Each line expects what the books hold now. The counts are kept as you scan, so the count can be continued after closing silvershop, and the books change only when it is applied.</source>
        <translation>每行的账面数取自当前账面。扫描结果随时保存，关闭 silvershop 后也可以继续盘点；只有入账后账面才会变动。</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>盘点范围</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>整个中心</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>The programme&apos;s figures for a period and a district. Click a bar, or reach it with Tab and the arrow keys and press Enter, to list what it counts; each chart can be saved as a picture, and its numbers copied as a table.</source>
        <translation>按统计期间和区划查看各项数据。点击柱形，或用 Tab 键和方向键选中柱形后按回车，可列出其统计的记录；每张图表都可保存为图片，其数据可复制为表格。</translation>
    </message>
</context>
<context>
    <name>StockCard</name>
    <message>
        <source>Stock value per centre</source>
        <translation>各中心库存价值</translation>
    </message>
    <message>
        <source>stock value</source>
        <translation>库存价值</translation>
    </message>
    <message>
        <source>The centres chosen hold no stock.</source>
        <translation>所选中心没有库存。</translation>
    </message>
    <message>
        <source>Stock value (元)</source>
        <translation>库存价值（元）</translation>
    </message>
    <message>
        <source>{centre}: {quantity} items worth {value}</source>
        <translation>{centre}：{quantity} 件，价值 {value}</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Value (元)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Products without a reference price</source>
        <translation>无参考价产品数</translation>
    </message>
    <message>
        <source>Products without a reference price are counted at ¥0: {products} of them, held at {centres} centres (Copy numbers says which).</source>
        <translation>无参考价格的产品按 ¥0 计：共 {products} 个，分布在 {centres} 个中心（“复制数据”可查看明细）。</translation>
    </message>
    <message>
        <source>Stock at {centre}</source>
        <translation>{centre}的库存</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>{location} ({count} here)</source>
        <translation>{location}（现有 {count} 件）</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Part of the code, name or model, or scan a product&apos;s label</source>
        <translation>输入编码、名称或型号的一部分，或扫描产品标签</translation>
    </message>
    <message>
        <source>Find a product in stock</source>
        <translation>查找库存产品</translation>
    </message>
    <message>
        <source>Below minimum only</source>
        <translation>只看低于下限的</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>库存下限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动数量</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>No moves yet.</source>
        <translation>还没有库存变动。</translation>
    </message>
    <message>
        <source>Latest moves</source>
        <translation>最近的库存变动</translation>
    </message>
    <message>
        <source>Receive delivery…</source>
        <translation>到货入库…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移库…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>库存下限…</translation>
    </message>
    <message>
        <source>On display…</source>
        <translation>设置展示…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Below minimum: {count} short</source>
        <translation>低于下限：缺 {count} 件</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Delivery note {number}</source>
        <translation>送货单号 {number}</translation>
    </message>
    <message>
        <source>To {location}</source>
        <translation>移到 {location}</translation>
    </message>
    <message>
        <source>From {location}</source>
        <translation>来自 {location}</translation>
    </message>
    <message>
        <source>Choose a centre to see its stock.</source>
        <translation>请选择一个中心，查看它的库存。</translation>
    </message>
    <message>
        <source>Only what is kept at {location} is listed; type in Find to search the whole centre.</source>
        <translation>这里只列出存放在 {location} 的物品；在“查找”框中输入内容，可在整个中心范围内搜索。</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>共 1 个产品</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>共 {count} 个产品</translation>
    </message>
    <message>
        <source>Nothing is kept at {location}.</source>
        <translation>{location} 没有存放任何物品。</translation>
    </message>
    <message>
        <source>Nothing here is below its minimum.</source>
        <translation>本中心没有低于下限的产品。</translation>
    </message>
    <message>
        <source>No product in stock here matches “{text}”.</source>
        <translation>本中心的库存中没有与“{text}”相符的产品。</translation>
    </message>
    <message>
        <source>This centre holds nothing yet. Book in a delivery with “Receive delivery…”.</source>
        <translation>本中心还没有库存。请点击“到货入库…”登记到货。</translation>
    </message>
    <message>
        <source>Latest moves at {centre}</source>
        <translation>{centre} 最近的库存变动</translation>
    </message>
    <message>
        <source>Latest moves of {product}</source>
        <translation>{product} 最近的库存变动</translation>
    </message>
</context>
<context>
    <name>StocktakesTab</name>
    <message>
        <source>Start a count…</source>
        <translation>开始盘点…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续盘点</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>盘点范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>The whole centre</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <source>No count was ever made here. Start one with “Start a count…”.</source>
        <translation>本中心还没有盘点过。请点击“开始盘点…”开始第一次盘点。</translation>
    </message>
    <message>
        <source>You may see no centre&apos;s stocktakes.</source>
        <translation>您无权查看任何中心的盘点。</translation>
    </message>
    <message>
        <source>Stocktake {number} is still open (begun {date}): press Continue to go on.</source>
        <translation>盘点 {number} 还没有完成（{date} 开始）：请点击“继续盘点”接着盘点。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>{lines} lines adjusted: {added} added, {removed} removed.</source>
        <translation>已调整 {lines} 行：增加 {added} 件，减少 {removed} 件。</translation>
    </message>
    <message>
        <source>The count is applied; the books already matched it.</source>
        <translation>盘点已入账；账面与实盘数本来就相符。</translation>
    </message>
    <message>
        <source>Apply differences</source>
        <translation>差异入账</translation>
    </message>
    <message>
        <source>Apply stocktake {number}? {count} counted lines differ from the books; the books will follow the count.</source>
        <translation>要将盘点 {number} 入账吗？已盘的行中有 {count} 行与账面不符；账面将按实盘数调整。</translation>
    </message>
    <message>
        <source>{count} lines were not counted. What do they mean?</source>
        <translation>有 {count} 行未盘。这些行应当如何处理？</translation>
    </message>
    <message>
        <source>{none_found}: the count covered everything, so those lines go to 0 and {units} items leave the books. {as_booked}: the count was partial, so those lines stay as they are.</source>
        <translation>{none_found}：已盘点全部货物，这些行记为 0，{units} 件从账面扣除。{as_booked}：只盘点了一部分，这些行保持不变。</translation>
    </message>
    <message>
        <source>Abandon count</source>
        <translation>放弃盘点</translation>
    </message>
    <message>
        <source>Abandon stocktake {number}? The {count} lines counted so far are discarded and the books stay as they are.</source>
        <translation>要放弃盘点 {number} 吗？目前已盘的 {count} 行将作废，账面保持不变。</translation>
    </message>
    <message>
        <source>Stocktake {number} was abandoned; the books are as they were.</source>
        <translation>盘点 {number} 已放弃；账面没有任何变化。</translation>
    </message>
</context>
<context>
    <name>SubsidyCard</name>
    <message>
        <source>Subsidy granted against the budget</source>
        <translation>补贴发放与预算</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>补贴发放</translation>
    </message>
    <message>
        <source>The budget for this period is {budget}, the year&apos;s budget shared by its days; {granted} granted is {share}% of it.</source>
        <translation>本期预算为 {budget}（按天数折算年度预算）；已发放 {granted}，占 {share}%。</translation>
    </message>
    <message>
        <source>The budget is the city&apos;s; it is shown when all districts are chosen.</source>
        <translation>预算为全市预算，选择“全部区划”时显示。</translation>
    </message>
    <message>
        <source>No yearly budget is set; an administrator sets it under Settings.</source>
        <translation>尚未设置年度预算；管理员可在“设置”中设置。</translation>
    </message>
    <message>
        <source>No subsidy was granted on loans started in this period.</source>
        <translation>本期起租的租赁没有发放补贴。</translation>
    </message>
    <message>
        <source>Granted in the month (元)</source>
        <translation>当月发放（元）</translation>
    </message>
    <message>
        <source>{month}: {granted} granted, {so_far} so far</source>
        <translation>{month}：发放 {granted}，累计 {so_far}</translation>
    </message>
    <message>
        <source>Granted so far (元)</source>
        <translation>累计发放（元）</translation>
    </message>
    <message>
        <source>Budget for the period (元)</source>
        <translation>本期预算（元）</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Granted (元)</source>
        <translation>发放（元）</translation>
    </message>
    <message>
        <source>Loans started in {month}</source>
        <translation>{month}起租的租赁</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Rental subsidy of {name}</source>
        <translation>{name} 的租赁补贴</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>租赁订单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>补贴规则</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴金额</translation>
    </message>
    <message>
        <source>No subsidy was granted to this resident in this year.</source>
        <translation>该居民本年度没有领取过租赁补贴。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Granted {granted} of the {cap} cap in {year}; {left} left.</source>
        <translation>{year} 年已发放补贴 {granted}，年度上限 {cap}，剩余 {left}。</translation>
    </message>
</context>
<context>
    <name>TermChoice</name>
    <message>
        <source>Days</source>
        <translation>按天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>天数</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you.</source>
        <translation>谢谢您！</translation>
    </message>
    <message>
        <source>Staff of {centre} will call you.</source>
        <translation>{centre} 的工作人员会给您打电话。</translation>
    </message>
    <message>
        <source>You can also call the centre on {phone}.</source>
        <translation>您也可以拨打中心电话 {phone}。</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>工作人员使用</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Open only</source>
        <translation>只看未完结的</translation>
    </message>
    <message>
        <source>Ship to another centre…</source>
        <translation>调拨到其他中心…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>到货入库…</translation>
    </message>
    <message>
        <source>Settle shortfall…</source>
        <translation>结清未到…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发出中心</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收中心</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到货数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发货人</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>From location</source>
        <translation>取货位置</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>仍未到</translation>
    </message>
    <message>
        <source>Lines of the chosen transfer</source>
        <translation>所选调拨的明细</translation>
    </message>
    <message>
        <source>You may see no centre&apos;s transfers.</source>
        <translation>您无权查看任何中心的调拨。</translation>
    </message>
    <message>
        <source>No transfer from or to this centre is on its way.</source>
        <translation>本中心没有在途的调拨。</translation>
    </message>
    <message>
        <source>No goods were ever sent from or to this centre.</source>
        <translation>本中心还没有发出或收到过调拨的货物。</translation>
    </message>
    <message>
        <source>Choose a transfer above to see what it carries.</source>
        <translation>请在上面选择一笔调拨，查看其中的货物。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Settled on {date}: {how} ({reason})</source>
        <translation>已于 {date} 结清：{how}（{reason}）</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>已于 {date} 完结</translation>
    </message>
    <message>
        <source>Transfer {code} is on its way to {centre}.</source>
        <translation>调拨 {code} 已发往 {centre}。</translation>
    </message>
    <message>
        <source>{count} items of {code} were received; {missing} are still on the way.</source>
        <translation>调拨 {code} 已到货入库 {count} 件；还有 {missing} 件在途。</translation>
    </message>
    <message>
        <source>Transfer {code} is received in full.</source>
        <translation>调拨 {code} 已全部到货。</translation>
    </message>
    <message>
        <source>Transfer {code} is settled: {how}.</source>
        <translation>调拨 {code} 已结清：{how}。</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>UnitStatesCard</name>
    <message>
        <source>Rental units by state</source>
        <translation>租赁设备状态</translation>
    </message>
    <message>
        <source>unit states</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>No rental units belong to the centres chosen.</source>
        <translation>所选中心没有租赁设备。</translation>
    </message>
    <message>
        <source>{centre}: {units} {state}</source>
        <translation>{centre}：{state} {units} 台</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>设备合计</translation>
    </message>
    <message>
        <source>Units at {centre}: {state}</source>
        <translation>{centre}的设备：{state}</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Tag, serial number or product, or scan a label</source>
        <translation>资产编号、序列号或产品，或扫描标签</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>设备状况</translation>
    </message>
    <message>
        <source>Loans so far</source>
        <translation>累计出租次数</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Device units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Register unit…</source>
        <translation>登记设备…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Send to repair…</source>
        <translation>送修…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>登记遗失…</translation>
    </message>
    <message>
        <source>Print all labels…</source>
        <translation>打印全部标签…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>{tag} is a unit of {centre}, whose units you may not see.</source>
        <translation>{tag} 是 {centre} 的设备，您无权查看该中心的设备。</translation>
    </message>
    <message>
        <source>You may see no centre&apos;s rental units.</source>
        <translation>您无权查看任何中心的租赁设备。</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>共 1 台</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>共 {count} 台</translation>
    </message>
    <message>
        <source>No unit here matches “{text}”.</source>
        <translation>本中心没有与“{text}”相符的设备。</translation>
    </message>
    <message>
        <source>No unit here is in this state.</source>
        <translation>本中心没有处于这个状态的设备。</translation>
    </message>
    <message>
        <source>This centre has no rental units yet. Register the first with “Register unit…”.</source>
        <translation>本中心还没有租赁设备。请点击“登记设备…”登记第一台。</translation>
    </message>
    <message>
        <source>This centre has no rental units yet.</source>
        <translation>本中心还没有租赁设备。</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>{product} is registered as {tag}.</source>
        <translation>{product} 已登记，资产编号为 {tag}。</translation>
    </message>
</context>
<context>
    <name>UserAccountsTab</name>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Edit roles and centres…</source>
        <translation>修改角色和所在中心…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>所在中心</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>No staff accounts yet. Add the first with “Add user…”.</source>
        <translation>还没有员工账号。请点击“添加用户…”添加第一个账号。</translation>
    </message>
    <message>
        <source>✕ Disabled</source>
        <translation>✕ 已停用</translation>
    </message>
    <message>
        <source>✓ Active, must choose a new password</source>
        <translation>✓ 已启用，须设置新密码</translation>
    </message>
    <message>
        <source>✓ Active</source>
        <translation>✓ 已启用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Choose a user in the list to change their roles, centres or password.</source>
        <translation>请在列表中选择一个用户，再修改其角色、所在中心或密码。</translation>
    </message>
    <message>
        <source>ℹ Only an administrator can change the account of {name}.</source>
        <translation>ℹ 只有系统管理员可以修改 {name} 的账号。</translation>
    </message>
    <message>
        <source>{name} was added and can sign in now.</source>
        <translation>已添加 {name}，现在就可以登录。</translation>
    </message>
    <message>
        <source>The roles and centres of {name} were saved.</source>
        <translation>已保存 {name} 的角色和所在中心。</translation>
    </message>
    <message>
        <source>The password of {name} was reset; they must choose a new one when they next sign in.</source>
        <translation>已重置 {name} 的密码；对方下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer sign in until an administrator or their centre&apos;s manager enables it again. Their records and the audit log stay as they are.</source>
        <translation>确定要停用 {name}（{username}）的账号吗？停用后对方将无法登录，直到系统管理员或其所在中心的中心主任重新启用。其业务记录和审计日志保持不变。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} 已不能登录。</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>UtilisationCard</name>
    <message>
        <source>Device utilisation: days on loan ÷ days owned</source>
        <translation>设备利用率：在租天数 ÷ 在册天数</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>设备利用率</translation>
    </message>
    <message>
        <source>No rental units belong to the centres chosen.</source>
        <translation>所选中心没有租赁设备。</translation>
    </message>
    <message>
        <source>Days on loan ÷ days owned</source>
        <translation>在租天数 ÷ 在册天数</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Days owned</source>
        <translation>在册天数</translation>
    </message>
    <message>
        <source>Days on loan</source>
        <translation>在租天数</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>The {shown} busiest of {all} products at their centres; Copy numbers gives all.</source>
        <translation>显示 {all} 个中心产品中利用率最高的 {shown} 个；“复制数据”可得到全部。</translation>
    </message>
    <message>
        <source>{product} ({code}) at {centre}: {loan_days} of {owned_days} days on loan, {share}%</source>
        <translation>{centre}的{product}（{code}）：在册 {owned_days} 天中在租 {loan_days} 天，{share}%</translation>
    </message>
    <message>
        <source>Units of {product} at {centre}</source>
        <translation>{centre}的{product}设备</translation>
    </message>
</context>
<context>
    <name>WhereToFindDialog</name>
    <message>
        <source>Where to find {name}</source>
        <translation>{name} 所在的体验中心</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>On display at</source>
        <translation>展示位置</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Rental units free</source>
        <translation>可租设备</translation>
    </message>
    <message>
        <source>No centre shows, keeps or rents out this product yet. A centre&apos;s staff can put it on display from the Stock tab of the centres screen.</source>
        <translation>目前还没有体验中心展示、存放或出租这个产品。中心工作人员可以在“体验中心”页面的“库存”标签页中把它设为展示。</translation>
    </message>
    <message>
        <source>Not on display</source>
        <translation>未展示</translation>
    </message>
    <message>
        <source>{free} of {units}</source>
        <translation>{free} 台可租（共 {units} 台）</translation>
    </message>
</context>
<context>
    <name>WorkbookRun</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>This stopped because of an error in silvershop, and nothing was changed. Try again; if it happens again, tell your administrator.</source>
        <translation>由于 silvershop 出错，操作已中止，没有做任何更改。请重试；如果再次出现，请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off {product}</source>
        <translation>报废 {product}</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Goods that are gone for good: damaged, past their date, or lost.</source>
        <translation>用于无法再使用或找不回的货物：损坏、过期或遗失。</translation>
    </message>
    <message>
        <source>At</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>报废原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. frame bent in a fall; may stay empty</source>
        <translation>例如：摔倒时车架变形；可不填</translation>
    </message>
    <message>
        <source>Wrote off {count} × {product} at {location}: {reason}.</source>
        <translation>已报废 {location} 的 {count} 件 {product}：{reason}。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The silver-economy desk: catalogue, experience centres, rental desk, labels.</source>
        <translation>银发经济工作台：产品目录、体验中心、租赁服务台、标签。</translation>
    </message>
    <message>
        <source>database URL (default: SILVERSHOP_DB_URL or the user&apos;s data file)</source>
        <translation>数据库地址（默认：SILVERSHOP_DB_URL 或用户的数据文件）</translation>
    </message>
    <message>
        <source>open a new demonstration database in a temporary folder</source>
        <translation>在临时文件夹中打开一个新的演示数据库</translation>
    </message>
    <message>
        <source>language of the window (default: as chosen in Settings, else zh_CN)</source>
        <translation>窗口语言（默认：设置中选定的语言，否则为 zh_CN）</translation>
    </message>
    <message>
        <source>screen to open on</source>
        <translation>启动时打开的页面</translation>
    </message>
    <message>
        <source>save the window as a PNG once loaded, then exit</source>
        <translation>加载完成后将窗口保存为 PNG 图片，然后退出</translation>
    </message>
    <message>
        <source>sign in as NAME without the login dialog, with the password in the SILVERSHOP_PASSWORD environment variable (for scripts; --demo with --screenshot signs in as the demo&apos;s admin)</source>
        <translation>不经登录窗口，直接以用户 NAME 登录，密码取自环境变量 SILVERSHOP_PASSWORD（供脚本使用；--demo 与 --screenshot 同时使用时，以演示数据的系统管理员登录）</translation>
    </message>
    <message>
        <source>run as the visitors&apos; kiosk of one centre: full screen, no login, read-only; staff leave it with the kiosk PIN, and it starts again by itself after a crash</source>
        <translation>作为某个中心面向访客的展示终端运行：全屏、无需登录、只读；工作人员用员工密码（PIN）退出，程序崩溃后会自动重新启动</translation>
    </message>
    <message>
        <source>the centre the kiosk stands in (with --kiosk; a demo takes its first)</source>
        <translation>展示终端所在的体验中心（与 --kiosk 一起使用；演示数据默认第一个中心）</translation>
    </message>
    <message>
        <source>number of products in the demonstration database</source>
        <translation>演示数据库中的产品数量</translation>
    </message>
    <message>
        <source>--centre names the kiosk&apos;s centre; add --kiosk</source>
        <translation>--centre 用于指定展示终端所在的中心；请同时加上 --kiosk</translation>
    </message>
    <message>
        <source>--kiosk needs --centre CODE, the centre the kiosk stands in</source>
        <translation>--kiosk 需要配合 --centre CODE 使用，指定展示终端所在的中心</translation>
    </message>
    <message>
        <source>the kiosk signs nobody in; leave out --user</source>
        <translation>展示终端不登录任何用户；请去掉 --user</translation>
    </message>
    <message>
        <source>The database could not be opened because of an error in silvershop.</source>
        <translation>由于 silvershop 内部错误，数据库未能打开。</translation>
    </message>
    <message>
        <source>The screenshot could not be saved as {path}.</source>
        <translation>无法将截图保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>Add photos of the product</source>
        <translation>添加产品照片</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG, WebP)</source>
        <translation>照片（JPEG、PNG、WebP）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <source>Price (元)</source>
        <translation>参考价格（元）</translation>
    </message>
    <message>
        <source>For rent</source>
        <translation>可租赁</translation>
    </message>
    <message>
        <source>Listed in</source>
        <translation>入选年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shown at</source>
        <translation>展示中心数</translation>
    </message>
    <message>
        <source>✓ For rent</source>
        <translation>✓ 可租赁</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>Monthly rent: {rent} 元</source>
        <translation>月租金：{rent} 元</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>silvershop without the window: catalogue, centres, rental desk, labels, exports.</source>
        <translation>无窗口运行 silvershop：目录、体验中心、租赁服务台、标签、导出。</translation>
    </message>
    <message>
        <source>database URL (default: SILVERSHOP_DB_URL or the user&apos;s data file)</source>
        <translation>数据库地址（默认：SILVERSHOP_DB_URL，或用户数据文件夹中的数据库文件）</translation>
    </message>
    <message>
        <source>print one JSON document on stdout</source>
        <translation>在标准输出打印一个 JSON 文档</translation>
    </message>
    <message>
        <source>who is acting, for commands that write; the password comes from SILVERSHOP_PASSWORD or the first line of standard input</source>
        <translation>执行操作的用户（写入类命令必填）；密码取自 SILVERSHOP_PASSWORD，或标准输入的第一行</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>Stopped; nothing of the unfinished action was saved.</source>
        <translation>已停止；未完成的操作没有保存任何内容。</translation>
    </message>
    <message>
        <source>create or upgrade the database and load the reference data</source>
        <translation>创建或升级数据库并载入基础参考数据</translation>
    </message>
    <message>
        <source>Database ready: {url}</source>
        <translation>数据库已就绪：{url}</translation>
    </message>
    <message>
        <source>The schema was created or upgraded.</source>
        <translation>数据结构已创建或升级。</translation>
    </message>
    <message>
        <source>Reference data added: {items}</source>
        <translation>已添加基础参考数据：{items}</translation>
    </message>
    <message>
        <source>Reference data was already complete; nothing changed.</source>
        <translation>基础参考数据已经齐全，未做任何更改。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Catalogue filings</source>
        <translation>目录归类</translation>
    </message>
    <message>
        <source>Experience centres</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>Stock balances</source>
        <translation>库存余额</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>展示产品</translation>
    </message>
    <message>
        <source>Transfers between centres</source>
        <translation>中心间调拨</translation>
    </message>
    <message>
        <source>Minimum quantities</source>
        <translation>库存下限</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Device units</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>租赁订单</translation>
    </message>
    <message>
        <source>Subsidy grants</source>
        <translation>补贴发放</translation>
    </message>
    <message>
        <source>Subsidy accounts</source>
        <translation>补贴账户</translation>
    </message>
    <message>
        <source>Cleaning records</source>
        <translation>清洗消毒记录</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>维修记录</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Demo staff accounts</source>
        <translation>演示员工账号</translation>
    </message>
    <message>
        <source>fill an empty database with realistic demonstration data</source>
        <translation>向空数据库写入逼真的演示数据</translation>
    </message>
    <message>
        <source>how many products (default 400)</source>
        <translation>产品数量（默认 400）</translation>
    </message>
    <message>
        <source>the same seed makes the same data</source>
        <translation>相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>Demo data written to {url} (seed {seed}):</source>
        <translation>演示数据已写入 {url}（种子 {seed}）：</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or a date and time, local time</source>
        <translation>日期（YYYY-MM-DD）或日期加时间，按本地时间</translation>
    </message>
    <message>
        <source>only this kind of record, e.g. resident</source>
        <translation>只看此类记录，例如 resident（居民）</translation>
    </message>
    <message>
        <source>only what this user did</source>
        <translation>只看该用户的操作</translation>
    </message>
    <message>
        <source>residents who rent devices</source>
        <translation>租赁辅具的居民</translation>
    </message>
    <message>
        <source>register a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>division code; default the centre&apos;s</source>
        <translation>区划代码；默认为所属中心的区划</translation>
    </message>
    <message>
        <source>home centre; default your only centre</source>
        <translation>所属中心；默认为您所在的唯一中心</translation>
    </message>
    <message>
        <source>has local household registration</source>
        <translation>本地户籍</translation>
    </message>
    <message>
        <source>ability assessment level 0-4</source>
        <translation>老年人能力评估等级 0–4</translation>
    </message>
    <message>
        <source>long-term care level</source>
        <translation>长护险失能等级</translation>
    </message>
    <message>
        <source>what the resident consented to</source>
        <translation>居民同意的内容</translation>
    </message>
    <message>
        <source>the legal duty the data is kept for</source>
        <translation>保存数据所依据的法定职责</translation>
    </message>
    <message>
        <source>find a resident by ID number or mobile number</source>
        <translation>按身份证号或手机号查找居民</translation>
    </message>
    <message>
        <source>list residents you may see</source>
        <translation>列出您有权查看的居民</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>姓名的一部分</translation>
    </message>
    <message>
        <source>show one personal value in clear (audited)</source>
        <translation>显示一项个人信息的明文（记入审计日志）</translation>
    </message>
    <message>
        <source>residents past their retention date</source>
        <translation>已超过保存期限的居民</translation>
    </message>
    <message>
        <source>clear a resident&apos;s personal data for good</source>
        <translation>永久清除居民的个人信息</translation>
    </message>
    <message>
        <source>Resident registered: {line}</source>
        <translation>居民已登记：{line}</translation>
    </message>
    <message>
        <source>Resident {id} anonymised; their loans stay for statistics.</source>
        <translation>居民 {id} 已匿名化；其租赁记录保留用于统计。</translation>
    </message>
    <message>
        <source>staff accounts: add, list, disable, roles</source>
        <translation>员工账号：添加、列出、停用、角色</translation>
    </message>
    <message>
        <source>add a user (the first one becomes the administrator)</source>
        <translation>添加用户（第一个用户为系统管理员）</translation>
    </message>
    <message>
        <source>a role; repeat for several</source>
        <translation>角色；可重复指定多个</translation>
    </message>
    <message>
        <source>a centre the user works at; repeat for several</source>
        <translation>用户所在中心；可重复指定多个</translation>
    </message>
    <message>
        <source>the name shown on screen</source>
        <translation>界面上显示的姓名</translation>
    </message>
    <message>
        <source>read the new user&apos;s password from standard input (after the --as password)</source>
        <translation>从标准输入读取新用户的密码（在 --as 用户的密码之后）</translation>
    </message>
    <message>
        <source>list the users you may manage</source>
        <translation>列出您可以管理的用户</translation>
    </message>
    <message>
        <source>stop a user from logging in</source>
        <translation>停用用户，使其无法登录</translation>
    </message>
    <message>
        <source>let a disabled user log in again</source>
        <translation>重新启用已停用的用户</translation>
    </message>
    <message>
        <source>set a user&apos;s roles and centres</source>
        <translation>设置用户的角色和所在中心</translation>
    </message>
    <message>
        <source>give a user a temporary password (read from standard input)</source>
        <translation>为用户设置临时密码（从标准输入读取）</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>the new user&apos;s password</source>
        <translation>新用户的密码</translation>
    </message>
    <message>
        <source>User added: {line}</source>
        <translation>已添加用户：{line}</translation>
    </message>
    <message>
        <source>the temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} 下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>give how many products to show: a whole number, 1 or more, not “{text}”.</source>
        <translation>请给出要显示的产品数量：1 或更大的整数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>products of the promotion catalogue</source>
        <translation>推广目录中的产品</translation>
    </message>
    <message>
        <source>Without --as this shows the public catalogue, as the kiosk does: listed products only. With --as USER, staff see products of every status.</source>
        <translation>不带 --as 时显示公开目录，与自助机相同：只列出已入选的产品。带 --as 用户名时，工作人员可看到所有状态的产品。</translation>
    </message>
    <message>
        <source>one product by its code (without --as: listed only)</source>
        <translation>按编码查看一个产品（不带 --as 时仅限已入选）</translation>
    </message>
    <message>
        <source>products in catalogue order (without --as: listed only)</source>
        <translation>按目录顺序列出产品（不带 --as 时仅限已入选）</translation>
    </message>
    <message>
        <source>statuses, e.g. listed,submitted (other than listed only with --as)</source>
        <translation>状态，例如 listed,submitted（除 listed 外须带 --as）</translation>
    </message>
    <message>
        <source>only products that can be rented</source>
        <translation>只列可租赁的产品</translation>
    </message>
    <message>
        <source>only products that cannot be rented</source>
        <translation>只列不可租赁的产品</translation>
    </message>
    <message>
        <source>show at most N</source>
        <translation>最多显示 N 个</translation>
    </message>
    <message>
        <source>products matching words, pinyin or a model (without --as: listed only)</source>
        <translation>按文字、拼音或型号查找产品（不带 --as 时仅限已入选）</translation>
    </message>
    <message>
        <source>add a product, with its photos</source>
        <translation>添加产品及其照片</translation>
    </message>
    <message>
        <source>model as written on the product</source>
        <translation>型号规格，按产品上的写法</translation>
    </message>
    <message>
        <source>credit code or full name</source>
        <translation>统一社会信用代码或企业全称</translation>
    </message>
    <message>
        <source>give the year with four digits, like 2024, not “{text}”.</source>
        <translation>年份请写四位数字，例如 2024，而不是“{text}”。</translation>
    </message>
    <message>
        <source>product name (产品名称)</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>the maker: its credit code or its full registered name</source>
        <translation>生产企业：统一社会信用代码或登记的企业全称</translation>
    </message>
    <message>
        <source>brand name, if it has one</source>
        <translation>品牌（如有）</translation>
    </message>
    <message>
        <source>product code; default the next P-000123</source>
        <translation>产品编码；默认取下一个 P-000123</translation>
    </message>
    <message>
        <source>where the product is used</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>catalogue category, e.g. miit_smart:2024:P01 (repeatable)</source>
        <translation>目录类别，例如 miit_smart:2024:P01（可重复）</translation>
    </message>
    <message>
        <source>ISO 9999 code, e.g. &quot;12 22 03&quot;</source>
        <translation>辅具分类编码（ISO 9999），例如 &quot;12 22 03&quot;</translation>
    </message>
    <message>
        <source>edition of the ISO 9999 code, when several have it</source>
        <translation>辅具分类编码的版本（多个版本都有该编码时）</translation>
    </message>
    <message>
        <source>a medical device: give --device-class and --registration-no too</source>
        <translation>属于医疗器械：同时给出 --device-class 和 --registration-no</translation>
    </message>
    <message>
        <source>medical-device class: I, II or III (with --medical-device)</source>
        <translation>医疗器械管理类别：I、II 或 III（与 --medical-device 一起用）</translation>
    </message>
    <message>
        <source>medical-device registration number, 注册证号 or 备案号 (with --medical-device)</source>
        <translation>医疗器械注册证号或备案号（与 --medical-device 一起用）</translation>
    </message>
    <message>
        <source>can be rented: give --rent and --deposit too</source>
        <translation>可租赁：同时给出 --rent 和 --deposit</translation>
    </message>
    <message>
        <source>monthly rent in yuan (with --rentable)</source>
        <translation>月租金（元，与 --rentable 一起用）</translation>
    </message>
    <message>
        <source>deposit in yuan, 0 if none is taken (with --rentable)</source>
        <translation>押金（元，不收押金填 0；与 --rentable 一起用）</translation>
    </message>
    <message>
        <source>late fee per day in yuan; default the centre&apos;s (with --rentable)</source>
        <translation>每日逾期费（元）；默认按中心的标准（与 --rentable 一起用）</translation>
    </message>
    <message>
        <source>days after the due date before the late fee; default the centre&apos;s (with --rentable)</source>
        <translation>到期后开始收逾期费前的宽限天数；默认按中心的标准（与 --rentable 一起用）</translation>
    </message>
    <message>
        <source>product description (产品简介)</source>
        <translation>产品简介</translation>
    </message>
    <message>
        <source>year the product was listed in the catalogue (入选年度); needed with --status listed</source>
        <translation>入选年度；--status listed 时必填</translation>
    </message>
    <message>
        <source>the unit that recommended the product (推荐单位)</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>draft (default), submitted or listed</source>
        <translation>draft（默认）、submitted 或 listed</translation>
    </message>
    <message>
        <source>reference price in yuan</source>
        <translation>参考价格（元）</translation>
    </message>
    <message>
        <source>a JPEG, PNG or WebP photo; the first is the cover (repeatable)</source>
        <translation>JPEG、PNG 或 WebP 照片；第一张为封面（可重复）</translation>
    </message>
    <message>
        <source>listing year</source>
        <translation>入选年度</translation>
    </message>
    <message>
        <source>Medical device: class {device_class}, registration number {number}</source>
        <translation>医疗器械：第 {device_class} 类，注册证号 {number}</translation>
    </message>
    <message>
        <source>Photos: {count} ({sizes} pixels; the first is the cover)</source>
        <translation>照片：{count} 张（{sizes} 像素；第一张为封面）</translation>
    </message>
    <message>
        <source>Enterprise: {name} ({code})</source>
        <translation>生产企业：{name}（{code}）</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Listing year: {year}</source>
        <translation>入选年度：{year}</translation>
    </message>
    <message>
        <source>Recommended by: {unit}</source>
        <translation>推荐单位：{unit}</translation>
    </message>
    <message>
        <source>Brand: {brand}</source>
        <translation>品牌：{brand}</translation>
    </message>
    <message>
        <source>Where it is used: {scenario}</source>
        <translation>适用场景：{scenario}</translation>
    </message>
    <message>
        <source>Category: {scheme} {edition} {code} {name}</source>
        <translation>目录类别：{scheme} {edition} {code} {name}</translation>
    </message>
    <message>
        <source>Reference price: {price} yuan</source>
        <translation>参考价格：{price} 元</translation>
    </message>
    <message>
        <source>Rent {rent} yuan a month, deposit {deposit} yuan</source>
        <translation>月租金 {rent} 元，押金 {deposit} 元</translation>
    </message>
    <message>
        <source>Description: {text}</source>
        <translation>产品简介：{text}</translation>
    </message>
    <message>
        <source>Product added: {line}</source>
        <translation>已添加产品：{line}</translation>
    </message>
    <message>
        <source>enterprises that make products</source>
        <translation>生产产品的企业</translation>
    </message>
    <message>
        <source>register an enterprise</source>
        <translation>登记企业</translation>
    </message>
    <message>
        <source>the full name as on the business licence</source>
        <translation>营业执照上的企业全称</translation>
    </message>
    <message>
        <source>unified social credit code, 18 characters (spaces and dashes are ignored)</source>
        <translation>统一社会信用代码，18 位（空格和连字符会被忽略）</translation>
    </message>
    <message>
        <source>division code (GB/T 2260) where it is registered; default: from the credit code</source>
        <translation>登记地的区划代码（GB/T 2260）；默认取自统一社会信用代码</translation>
    </message>
    <message>
        <source>registration date on the business licence</source>
        <translation>营业执照上的注册日期</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact phone: a mobile, or a landline with its area code (0510-82345678)</source>
        <translation>联系电话：手机，或带区号的座机（0510-82345678）</translation>
    </message>
    <message>
        <source>the enterprise&apos;s address</source>
        <translation>企业地址</translation>
    </message>
    <message>
        <source>enterprises by name</source>
        <translation>按名称列出企业</translation>
    </message>
    <message>
        <source>part of the name or credit code</source>
        <translation>名称或统一社会信用代码的一部分</translation>
    </message>
    <message>
        <source>Enterprise registered: {line}</source>
        <translation>已登记企业：{line}</translation>
    </message>
    <message>
        <source>categories of the catalogue schemes and ISO 9999</source>
        <translation>各目录体系和 ISO 9999 的类别</translation>
    </message>
    <message>
        <source>add a category a scheme lacks</source>
        <translation>添加分类体系中缺少的类别</translation>
    </message>
    <message>
        <source>scheme key, e.g. iso9999</source>
        <translation>体系代号，例如 iso9999</translation>
    </message>
    <message>
        <source>edition of the scheme, e.g. &quot;ISO 9999:2022&quot;</source>
        <translation>体系版本，例如 &quot;ISO 9999:2022&quot;</translation>
    </message>
    <message>
        <source>the new code; ISO 9999 codes as two-digit groups, e.g. &quot;22 06&quot;</source>
        <translation>新的编码；ISO 9999 编码按两位一组书写，例如 &quot;22 06&quot;</translation>
    </message>
    <message>
        <source>the category&apos;s name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>the code it goes under; default for ISO 9999 the code it extends</source>
        <translation>上级编码；ISO 9999 默认取它所延伸的编码</translation>
    </message>
    <message>
        <source>the categories of every scheme</source>
        <translation>列出各体系的类别</translation>
    </message>
    <message>
        <source>only this scheme</source>
        <translation>只看这个体系</translation>
    </message>
    <message>
        <source>only this edition</source>
        <translation>只看这个版本</translation>
    </message>
    <message>
        <source>(added by users)</source>
        <translation>（用户添加）</translation>
    </message>
    <message>
        <source>Category added: {line}</source>
        <translation>已添加类别：{line}</translation>
    </message>
    <message>
        <source>experience centres: list, show, add</source>
        <translation>体验中心：列出、查看、添加</translation>
    </message>
    <message>
        <source>the centres you may see, with their stock and last stocktake</source>
        <translation>列出您有权查看的体验中心，及其库存和最近一次盘点</translation>
    </message>
    <message>
        <source>a centre&apos;s details and its locations with their label texts</source>
        <translation>查看体验中心的详细信息，及其各个位置和标签内容</translation>
    </message>
    <message>
        <source>open a new experience centre (administrators)</source>
        <translation>开设新的体验中心（系统管理员）</translation>
    </message>
    <message>
        <source>2 to 12 letters and digits, printed on its labels; it never changes</source>
        <translation>2 至 12 位字母和数字，印在标签上；设定后不能更改</translation>
    </message>
    <message>
        <source>the name on the centre&apos;s sign</source>
        <translation>中心招牌上的名称</translation>
    </message>
    <message>
        <source>division code, e.g. 320213</source>
        <translation>区划代码，例如 320213</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>the centre&apos;s phone</source>
        <translation>中心的联系电话</translation>
    </message>
    <message>
        <source>the manager&apos;s name</source>
        <translation>中心主任的姓名</translation>
    </message>
    <message>
        <source>places inside a centre</source>
        <translation>体验中心内的位置</translation>
    </message>
    <message>
        <source>add a display zone, shelf or store room to a centre</source>
        <translation>为体验中心添加展示区、货架或库房</translation>
    </message>
    <message>
        <source>1 to 8 letters and digits, printed on its label</source>
        <translation>1 至 8 位字母和数字，印在标签上</translation>
    </message>
    <message>
        <source>a name staff recognise</source>
        <translation>工作人员容易辨认的名称</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation>（已关闭）</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source> (no longer in use)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>District: {name} ({code})</source>
        <translation>所属区划：{name}（{code}）</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>地址：{value}</translation>
    </message>
    <message>
        <source>Opening hours: {value}</source>
        <translation>开放时间：{value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>联系电话：{value}</translation>
    </message>
    <message>
        <source>Manager: {value}</source>
        <translation>中心主任：{value}</translation>
    </message>
    <message>
        <source>Locations (code, name, kind, label):</source>
        <translation>位置（编码、名称、类型、标签）：</translation>
    </message>
    <message>
        <source>No locations yet; add one with `location add {code} CODE …`.</source>
        <translation>还没有位置；请用 `location add {code} CODE …` 添加。</translation>
    </message>
    <message>
        <source>Centre opened: {code} {name}, {district}. Add its locations with `location add`.</source>
        <translation>已开设体验中心：{code} {name}，{district}。请用 `location add` 添加它的位置。</translation>
    </message>
    <message>
        <source>Location added to {centre}: {line}</source>
        <translation>已为 {centre} 添加位置：{line}</translation>
    </message>
    <message>
        <source>product code, or its scanned label (SS:P:…)</source>
        <translation>产品编码，或扫描产品标签（SS:P:…）</translation>
    </message>
    <message>
        <source>a centre&apos;s stock: receive, move, transfer, adjust, write off, show</source>
        <translation>体验中心的库存：到货入库、移库、调拨、调整、报废、查看</translation>
    </message>
    <message>
        <source>book in a delivery from an enterprise</source>
        <translation>将企业送来的货物登记入库</translation>
    </message>
    <message>
        <source>where it is put</source>
        <translation>存放的位置</translation>
    </message>
    <message>
        <source>the delivery note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>carry goods between two locations of a centre</source>
        <translation>在同一中心的两个位置之间移库</translation>
    </message>
    <message>
        <source>put the books right (centre managers)</source>
        <translation>调整账面库存（中心主任）</translation>
    </message>
    <message>
        <source>for example +2 or -3</source>
        <translation>例如 +2 或 -3</translation>
    </message>
    <message>
        <source>take goods off the books for good (centre managers)</source>
        <translation>报废货物，从账面上永久扣除（中心主任）</translation>
    </message>
    <message>
        <source>what a centre holds, per product: how many, where, the minimum</source>
        <translation>按产品查看中心的库存：数量、位置、库存下限</translation>
    </message>
    <message>
        <source>only products below their minimum</source>
        <translation>只看低于下限的产品</translation>
    </message>
    <message>
        <source>the least a centre should keep of a product (0: none)</source>
        <translation>设置中心某产品的库存下限（0：不设下限）</translation>
    </message>
    <message>
        <source>Received {quantity} × {product} {name} into {location} at {centre}; {balance} there now.</source>
        <translation>已入库：{product} {name} {quantity} 件，放入 {centre} 的 {location}；该位置现有 {balance} 件。</translation>
    </message>
    <message>
        <source>Moved {quantity} × {product} {name} from {source} to {target} at {centre}; {source} holds {left} now, {target} {there}.</source>
        <translation>已移库：{product} {name} {quantity} 件，在 {centre} 从 {source} 移到 {target}；{source} 现有 {left} 件，{target} 现有 {there} 件。</translation>
    </message>
    <message>
        <source>Adjusted {product} {name} at {location}, {centre} by {change}; {balance} there now.</source>
        <translation>已调整 {centre} {location} 的 {product} {name}，数量 {change}；该位置现有 {balance} 件。</translation>
    </message>
    <message>
        <source>Wrote off {quantity} × {product} {name} at {location}, {centre} ({why}); {balance} there now.</source>
        <translation>已报废 {centre} {location} 的 {product} {name} {quantity} 件（{why}）；该位置现有 {balance} 件。</translation>
    </message>
    <message>
        <source>minimum {minimum}, {missing} short</source>
        <translation>下限 {minimum}，缺 {missing} 件</translation>
    </message>
    <message>
        <source>minimum {minimum}</source>
        <translation>下限 {minimum}</translation>
    </message>
    <message>
        <source>{centre} holds no {product} {name}.</source>
        <translation>{centre} 没有 {product} {name} 的库存。</translation>
    </message>
    <message>
        <source>Nothing at {centre} is below its minimum.</source>
        <translation>{centre} 没有低于下限的产品。</translation>
    </message>
    <message>
        <source>{centre} holds no stock.</source>
        <translation>{centre} 没有库存。</translation>
    </message>
    <message>
        <source>{centre} keeps at least {minimum} × {product} {name}.</source>
        <translation>{centre} 的 {product} {name} 库存下限为 {minimum} 件。</translation>
    </message>
    <message>
        <source>{centre} keeps no minimum of {product} {name}.</source>
        <translation>{centre} 的 {product} {name} 未设库存下限。</translation>
    </message>
    <message>
        <source>count a centre&apos;s stock and put the books right</source>
        <translation>盘点体验中心的库存并调整账面</translation>
    </message>
    <message>
        <source>begin counting a centre or one location</source>
        <translation>开始盘点整个中心或一个位置</translation>
    </message>
    <message>
        <source>count only this location; default the whole centre</source>
        <translation>只盘点这个位置；默认盘点整个中心</translation>
    </message>
    <message>
        <source>count scanned labels: a shelf&apos;s label, then its products</source>
        <translation>按扫描的标签盘点：先扫货架标签，再扫上面的产品</translation>
    </message>
    <message>
        <source>Without SCAN arguments the scans are read from standard input, one per line, as a keyboard-wedge scanner types them; end with Ctrl-D. A batch is counted in full or not at all.</source>
        <translation>不带 SCAN 参数时，从标准输入读取扫描内容，每行一条，与扫码枪（键盘模式）的输入方式相同；按 Ctrl-D 结束。每批扫描要么全部计入，要么全部不计入。</translation>
    </message>
    <message>
        <source>type what was counted of a product at a location</source>
        <translation>手动输入某位置某产品的实盘数量</translation>
    </message>
    <message>
        <source>a count line by line: expected, counted, difference</source>
        <translation>逐行查看盘点：账面数量、实盘数量、差异</translation>
    </message>
    <message>
        <source>stocktakes at your centres, newest first</source>
        <translation>您所在中心的盘点，最新的在前</translation>
    </message>
    <message>
        <source>loans coming due and overdue, to call</source>
        <translation>即将到期和已逾期的租赁订单，用于电话提醒</translation>
    </message>
    <message>
        <source>loans due from today on, soonest first</source>
        <translation>从今天起到期的租赁订单，最早到期的在前</translation>
    </message>
    <message>
        <source>how many days ahead (default 7)</source>
        <translation>往后查看的天数（默认 7）</translation>
    </message>
    <message>
        <source>only this centre&apos;s</source>
        <translation>只看这个中心的</translation>
    </message>
    <message>
        <source>loans past their due date, longest late first</source>
        <translation>已过到期日的租赁订单，逾期最久的在前</translation>
    </message>
    <message>
        <source>take a device back: late fee, deductions, deposit refunded</source>
        <translation>归还设备：逾期费、扣款、退还押金</translation>
    </message>
    <message>
        <source>how it came back (default good); otherwise it goes to repair</source>
        <translation>归还时的设备状况（默认 good，即完好）；其他状况会送去维修</translation>
    </message>
    <message>
        <source>what is wrong with it, for the repair</source>
        <translation>设备的问题，供维修参考</translation>
    </message>
    <message>
        <source>taken from the deposit, with --deduct-note</source>
        <translation>从押金中扣除的金额（元），须同时给出 --deduct-note</translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>picked up at the resident&apos;s home</source>
        <translation>上门回收</translation>
    </message>
    <message>
        <source>1, 2 or 3 months</source>
        <translation>1、2 或 3 个月</translation>
    </message>
    <message>
        <source>a number of days, where the centre allows it</source>
        <translation>天数（仅限允许按天租赁的中心）</translation>
    </message>
    <message>
        <source>how the resident paid (recorded, not processed)</source>
        <translation>居民的付款方式（只作记录，不实际收款）</translation>
    </message>
    <message>
        <source>the payment&apos;s reference (needed for bank)</source>
        <translation>付款流水号（bank 银行转账时必填）</translation>
    </message>
    <message>
        <source>write the receipt to this PDF</source>
        <translation>将凭证写入此 PDF 文件</translation>
    </message>
    <message>
        <source>A4 (default) or an 80 mm roll, with --receipt</source>
        <translation>a4（默认）或 roll（80 毫米热敏纸卷），与 --receipt 一起用</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>凭证已写入 {path}。</translation>
    </message>
    <message>
        <source>{tag} taken back; loan {code} closed.</source>
        <translation>{tag} 已归还；租赁订单 {code} 已结束。</translation>
    </message>
    <message>
        <source>Days late: {days} (grace days {grace}, charged {charged})</source>
        <translation>逾期天数：{days}（宽限 {grace} 天，计费 {charged} 天）</translation>
    </message>
    <message>
        <source>Late fee: {value}</source>
        <translation>逾期费：{value}</translation>
    </message>
    <message>
        <source>Deductions: {value}</source>
        <translation>扣款：{value}</translation>
    </message>
    <message>
        <source>Deposit: {value}</source>
        <translation>押金：{value}</translation>
    </message>
    <message>
        <source>Refund: {value}</source>
        <translation>退还押金：{value}</translation>
    </message>
    <message>
        <source>Owed: {value}</source>
        <translation>仍需补交：{value}</translation>
    </message>
    <message>
        <source>Condition: {condition}. State: {state}.</source>
        <translation>设备状况：{condition}。状态：{state}。</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>No loans are due in the next {days} days.</source>
        <translation>今后 {days} 天内没有到期的租赁订单。</translation>
    </message>
    <message>
        <source>No loans are due today.</source>
        <translation>今天没有到期的租赁订单。</translation>
    </message>
    <message>
        <source>No loans are overdue.</source>
        <translation>没有逾期的租赁订单。</translation>
    </message>
    <message>
        <source>only those still being counted</source>
        <translation>只看仍在盘点中的</translation>
    </message>
    <message>
        <source>adjust the books by every difference (centre managers)</source>
        <translation>按全部差异调整账面（中心主任）</translation>
    </message>
    <message>
        <source>lines nobody counted: zero (the count covered everything) or keep (the count was partial)</source>
        <translation>未盘的行：zero（已盘点全部，记为 0）或 keep（只盘点了一部分，保持账面数量）</translation>
    </message>
    <message>
        <source>give up a count; the books stay as they are</source>
        <translation>放弃盘点；账面保持不变</translation>
    </message>
    <message>
        <source>whole centre</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <source>Counting at {location}.</source>
        <translation>正在盘点 {location}。</translation>
    </message>
    <message>
        <source>location, product, name, expected, counted, difference, result:</source>
        <translation>位置、产品、名称、账面数量、实盘数量、差异、结果：</translation>
    </message>
    <message>
        <source>Lines: {lines}; not counted: {uncounted}; different from the books: {differing}.</source>
        <translation>共 {lines} 行；未盘：{uncounted} 行；与账面不符：{differing} 行。</translation>
    </message>
    <message>
        <source>Stock moves at the counted locations since the count began: {moves}. Applying adds the differences to the books as they are then.</source>
        <translation>盘点开始后，所盘位置发生了 {moves} 笔库存变动。入账时，差异会加到届时的账面数量上。</translation>
    </message>
    <message>
        <source>Stocktake {number} started at {centre} ({scope}); lines to count: {lines}. Scan a shelf&apos;s label, then its products: silvershop-cli stocktake count {number}</source>
        <translation>盘点 {number} 已在 {centre}（{scope}）开始；待盘 {lines} 行。请先扫描货架标签，再扫描上面的产品：silvershop-cli stocktake count {number}</translation>
    </message>
    <message>
        <source>Scan labels, one per line; press Ctrl-D when done.</source>
        <translation>请扫描标签，每行一条；完成后按 Ctrl-D。</translation>
    </message>
    <message>
        <source>Stocktake {number}, scans counted: {scans}.</source>
        <translation>盘点 {number}：已计入 {scans} 次扫描。</translation>
    </message>
    <message>
        <source>Stocktake {number} applied. Lines adjusted: {lines}; units added: {added}; units removed: {removed}.</source>
        <translation>盘点 {number} 已入账。调整 {lines} 行；增加 {added} 件；减少 {removed} 件。</translation>
    </message>
    <message>
        <source>Stocktake {number} abandoned; nothing of it reached the books.</source>
        <translation>盘点 {number} 已放弃；账面没有任何变化。</translation>
    </message>
    <message>
        <source>send goods to another centre</source>
        <translation>把货物调拨到其他中心</translation>
    </message>
    <message>
        <source>N of a product taken from a location of the sender; repeat for several</source>
        <translation>从发出中心某个位置取出的产品及数量 N；可重复指定多个</translation>
    </message>
    <message>
        <source>confirm what arrived of a transfer, in full or in part</source>
        <translation>确认调拨的到货，可全部或部分确认</translation>
    </message>
    <message>
        <source>where the goods are put</source>
        <translation>货物存放的位置</translation>
    </message>
    <message>
        <source>N of a product arrived; without --item, everything still on the way</source>
        <translation>某产品到货的数量 N；不带 --item 时，所有在途货物都按已到货处理</translation>
    </message>
    <message>
        <source>close a transfer whose missing goods will not arrive</source>
        <translation>结清调拨：未到的货物不会再到</translation>
    </message>
    <message>
        <source>the missing goods are back on the sender&apos;s shelf</source>
        <translation>未到的货物已退回发出中心的货架</translation>
    </message>
    <message>
        <source>the missing goods were lost or broken on the way</source>
        <translation>未到的货物在途中遗失或损坏</translation>
    </message>
    <message>
        <source>transfers from and to your centres</source>
        <translation>您所在中心发出和收到的调拨</translation>
    </message>
    <message>
        <source>only those not yet closed</source>
        <translation>只看尚未完结的</translation>
    </message>
    <message>
        <source>{shipped} shipped, {received} received, {missing} missing</source>
        <translation>发货 {shipped}，到货 {received}，未到 {missing}</translation>
    </message>
    <message>
        <source>Transfer {code} shipped. The goods are on the way until {centre} confirms them with `stock receive-transfer {code} --location LOC`.</source>
        <translation>调拨 {code} 已发货。货物处于在途状态，直到 {centre} 用 `stock receive-transfer {code} --location LOC` 确认到货。</translation>
    </message>
    <message>
        <source>{count} received into {location} at {centre}.</source>
        <translation>已到货 {count} 件，放入 {centre} 的 {location}。</translation>
    </message>
    <message>
        <source>the resident&apos;s number (from `resident find`), full ID number or mobile number</source>
        <translation>居民编号（用 `resident find` 查询）、完整身份证号或手机号</translation>
    </message>
    <message>
        <source>the rental desk: quote, check out, return, renew, clean, reserve</source>
        <translation>租赁服务台：报价、出租、归还、续租、清洗消毒、预约</translation>
    </message>
    <message>
        <source>what a loan would cost, subsidy and deposit included; writes nothing</source>
        <translation>计算租赁费用（含补贴和押金）；不写入任何内容</translation>
    </message>
    <message>
        <source>lend a device: the quote&apos;s numbers, paid and recorded</source>
        <translation>出租设备：按报价金额收款并记录</translation>
    </message>
    <message>
        <source>a new term for an open loan, from its due date</source>
        <translation>为在租订单续租一个新租期，从到期日起算</translation>
    </message>
    <message>
        <source>the loan&apos;s number, e.g. L0000012</source>
        <translation>租赁订单号，例如 L0000012</translation>
    </message>
    <message>
        <source>hold a device, or any of a product, for a resident&apos;s days</source>
        <translation>为居民预约指定日期的一台设备，或某产品的任意一台</translation>
    </message>
    <message>
        <source>any unit of this product</source>
        <translation>该产品的任意一台设备</translation>
    </message>
    <message>
        <source>the centre lending it; default your only centre</source>
        <translation>出租的中心；默认为您所在的唯一中心</translation>
    </message>
    <message>
        <source>{amount} ({full} before the annual cap)</source>
        <translation>{amount}（按年度补贴上限封顶前为 {full}）</translation>
    </message>
    <message>
        <source>Rent: {value}</source>
        <translation>租金：{value}</translation>
    </message>
    <message>
        <source>Subsidy rate: {value}</source>
        <translation>补贴比例：{value}</translation>
    </message>
    <message>
        <source>Rule: {value}</source>
        <translation>补贴政策：{value}</translation>
    </message>
    <message>
        <source>No subsidy: {reason}.</source>
        <translation>无补贴：{reason}。</translation>
    </message>
    <message>
        <source>Subsidy: {value}</source>
        <translation>补贴：{value}</translation>
    </message>
    <message>
        <source>Used this year: {used} of {cap}</source>
        <translation>本年已用补贴：{used}（年度补贴上限 {cap}）</translation>
    </message>
    <message>
        <source>Left after: {value}</source>
        <translation>本次后剩余：{value}</translation>
    </message>
    <message>
        <source>Payable: {value}</source>
        <translation>应付租金：{value}</translation>
    </message>
    <message>
        <source>Pay now: {value}</source>
        <translation>本次应付：{value}</translation>
    </message>
    <message>
        <source>Quote: {tag} {product} for {name}, {term}, {start} to {due}.</source>
        <translation>报价：{tag} {product}，租给 {name}，{term}，{start} 至 {due}。</translation>
    </message>
    <message>
        <source>Loan {code}: {tag} {product} lent to {name}, {term}, {start} to {due}.</source>
        <translation>租赁订单 {code}：{tag} {product} 已出租给 {name}，{term}，{start} 至 {due}。</translation>
    </message>
    <message>
        <source>Paid by: {value}</source>
        <translation>付款方式：{value}</translation>
    </message>
    <message>
        <source>Loan {old} renewed as {code}: {tag} {product} for {name}, {term}, {start} to {due}.</source>
        <translation>租赁订单 {old} 已续租为 {code}：{tag} {product}，租给 {name}，{term}，{start} 至 {due}。</translation>
    </message>
    <message>
        <source>Deposit: {value} (carried over)</source>
        <translation>押金：{value}（沿用原订单）</translation>
    </message>
    <message>
        <source>Reservation {id}: {product} {name} for {resident}, {start} to {end} at {centre}; {tag} is held.</source>
        <translation>预约 {id}：{product} {name}，预约居民 {resident}，{start} 至 {end}，{centre}；已为其保留 {tag}。</translation>
    </message>
    <message>
        <source>Reservation {id}: {product} {name} for {resident}, {start} to {end} at {centre}; no unit is free for those days, so it is on the waiting list, place {place}.</source>
        <translation>预约 {id}：{product} {name}，预约居民 {resident}，{start} 至 {end}，{centre}；这些日期没有空闲设备，已列入候补名单，候补第 {place} 位。</translation>
    </message>
    <message>
        <source>asset tag, or the device&apos;s scanned label (SS:U:…)</source>
        <translation>资产编号，或扫描设备标签（SS:U:…）</translation>
    </message>
    <message>
        <source>rental devices: register, show, list</source>
        <translation>租赁设备：登记、查看、列出</translation>
    </message>
    <message>
        <source>register a rental device at a centre; prints its asset tag</source>
        <translation>在体验中心登记一台租赁设备；输出其资产编号</translation>
    </message>
    <message>
        <source>the maker&apos;s serial number</source>
        <translation>出厂序列号</translation>
    </message>
    <message>
        <source>the day it was bought</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>what it cost, in yuan</source>
        <translation>购买价格（元）</translation>
    </message>
    <message>
        <source>where it is kept at the centre</source>
        <translation>在中心的存放位置</translation>
    </message>
    <message>
        <source>a device&apos;s state and condition, and its loans, cleanings and repairs</source>
        <translation>查看设备的状态和状况，及其租赁、清洗消毒和维修记录</translation>
    </message>
    <message>
        <source>rental devices of your centres, by asset tag</source>
        <translation>您所在中心的租赁设备，按资产编号排列</translation>
    </message>
    <message>
        <source>only these</source>
        <translation>只看此状态的设备</translation>
    </message>
    <message>
        <source>only units of this product</source>
        <translation>只看该产品的设备</translation>
    </message>
    <message>
        <source>sign off the cleaning and disinfection of a returned device (MZ/T 175.2)</source>
        <translation>登记归还设备的清洗消毒（MZ/T 175.2）</translation>
    </message>
    <message>
        <source>how it was cleaned, e.g. 擦拭消毒</source>
        <translation>清洗消毒方法，例如：擦拭消毒</translation>
    </message>
    <message>
        <source>disinfectant and strength, e.g. 含氯消毒剂 500 mg/L</source>
        <translation>消毒剂及浓度，例如：含氯消毒剂 500 mg/L</translation>
    </message>
    <message>
        <source>who cleaned it</source>
        <translation>清洗消毒人</translation>
    </message>
    <message>
        <source>the cleaning did not pass; the device waits for another</source>
        <translation>清洗消毒不合格；设备等待重新清洗消毒</translation>
    </message>
    <message>
        <source>State: {value}</source>
        <translation>状态：{value}</translation>
    </message>
    <message>
        <source>Condition: {value}</source>
        <translation>设备状况：{value}</translation>
    </message>
    <message>
        <source>Loans so far: {count}</source>
        <translation>累计出租：{count} 次</translation>
    </message>
    <message>
        <source>Serial number: {value}</source>
        <translation>出厂序列号：{value}</translation>
    </message>
    <message>
        <source>Purchased: {value}</source>
        <translation>购买日期：{value}</translation>
    </message>
    <message>
        <source>Cost: {value}</source>
        <translation>购买价格：{value}</translation>
    </message>
    <message>
        <source>Note: {value}</source>
        <translation>备注：{value}</translation>
    </message>
    <message>
        <source>Loans (loan, from, due, returned, resident):</source>
        <translation>租赁记录（订单号、起租日期、到期日、归还时间、居民）：</translation>
    </message>
    <message>
        <source>Loans: none yet.</source>
        <translation>租赁记录：暂无。</translation>
    </message>
    <message>
        <source>Cleanings (when, method, agent, by, result):</source>
        <translation>清洗消毒记录（时间、方法、消毒剂、操作人、结果）：</translation>
    </message>
    <message>
        <source>Cleanings: none yet.</source>
        <translation>清洗消毒记录：暂无。</translation>
    </message>
    <message>
        <source>Repairs (opened, fault, action, cost, by, closed):</source>
        <translation>维修记录（送修时间、故障、处理、费用、经办人、完成时间）：</translation>
    </message>
    <message>
        <source>Repairs: none.</source>
        <translation>维修记录：无。</translation>
    </message>
    <message>
        <source>Unit {tag} registered at {centre}: {product} {name}. Its label reads {label}.</source>
        <translation>设备 {tag} 已在 {centre} 登记：{product} {name}。标签内容为 {label}。</translation>
    </message>
    <message>
        <source>No rental devices match.</source>
        <translation>没有符合条件的租赁设备。</translation>
    </message>
    <message>
        <source>Cleaning of {tag} signed off ({method}, {agent}, by {by}). State: {state}.</source>
        <translation>已登记 {tag} 的清洗消毒（{method}，{agent}，操作人 {by}）。状态：{state}。</translation>
    </message>
    <message>
        <source>Failed cleaning of {tag} recorded ({method}, {agent}, by {by}); clean it again before it is lent.</source>
        <translation>已登记 {tag} 清洗消毒不合格（{method}，{agent}，操作人 {by}）；出租前请重新清洗消毒。</translation>
    </message>
    <message>
        <source>a resident&apos;s rental subsidy for a year, grant by grant</source>
        <translation>某位居民一年内的租赁补贴，逐笔列出</translation>
    </message>
    <message>
        <source>the calendar year; default this year</source>
        <translation>自然年度；默认本年</translation>
    </message>
    <message>
        <source>{name}, {year}: granted {granted} of {cap}; {left} left.</source>
        <translation>{name}，{year} 年：已发放 {granted}，上限 {cap}，剩余 {left}。</translation>
    </message>
    <message>
        <source>print QR labels to a PDF</source>
        <translation>将二维码标签打印为 PDF</translation>
    </message>
    <message>
        <source>QR labels to a PDF: --kind and --codes for chosen records, or --centre with --all-units or --received-today.</source>
        <translation>将二维码标签输出为 PDF：用 --kind 和 --codes 指定记录，或用 --centre 加上 --all-units 或 --received-today。</translation>
    </message>
    <message>
        <source>what the codes name</source>
        <translation>编码所指的对象类型</translation>
    </message>
    <message>
        <source>product codes, asset tags, centre codes, or locations as CENTRE-LOCATION</source>
        <translation>产品编码、资产编号、体验中心编码，或按 CENTRE-LOCATION（中心编码-位置编码）格式填写的位置</translation>
    </message>
    <message>
        <source>the centre, with --all-units</source>
        <translation>体验中心，与 --all-units 一起使用</translation>
    </message>
    <message>
        <source>every device unit of --centre in service</source>
        <translation>--centre 所指体验中心的全部在用租赁设备</translation>
    </message>
    <message>
        <source>a label for every piece --centre received today</source>
        <translation>为 --centre 所指体验中心今天入库的每件物品各打印一个标签</translation>
    </message>
    <message>
        <source>label preset</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>used labels at the start of the first sheet</source>
        <translation>第一张标签纸开头已用掉的标签数</translation>
    </message>
    <message>
        <source>copies of each label</source>
        <translation>每个标签的份数</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>list the label presets</source>
        <translation>列出标签模板</translation>
    </message>
    <message>
        <source>{labels} labels on {pages} pages of {preset} written to {path}.</source>
        <translation>已将 {labels} 个标签（共 {pages} 页，模板：{preset}）写入 {path}。</translation>
    </message>
    <message>
        <source>write the bureau&apos;s catalogue workbook (.xlsx)</source>
        <translation>生成报送主管部门的目录工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>The submission workbook: sheets 产品目录, 企业, 体验中心, 租赁统计 and 填报说明, with nothing about any resident.</source>
        <translation>报送工作簿：包含 产品目录、企业、体验中心、租赁统计 和 填报说明 工作表，不含任何居民的信息。</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>要生成的工作簿</translation>
    </message>
    <message>
        <source>product statuses to include, separated by commas (default: listed,submitted)</source>
        <translation>要包含的产品状态，用逗号分隔（默认：listed,submitted）</translation>
    </message>
    <message>
        <source>only this district&apos;s (or city&apos;s) part</source>
        <translation>只导出该区划（或全市）的部分</translation>
    </message>
    <message>
        <source>the submitting office (default: the shared setting)</source>
        <translation>填报单位（默认：共享设置中的填报单位）</translation>
    </message>
    <message>
        <source>import products from a 产品目录 sheet (.xlsx)</source>
        <translation>从“产品目录”工作表（.xlsx）导入产品</translation>
    </message>
    <message>
        <source>Rows are created or updated by credit code and model; rejected rows are listed with row, column and reason. Exit 1 when rows were rejected, 2 when the file could not be read.</source>
        <translation>按统一社会信用代码和型号规格新增或更新产品；未通过的行会列出行号、列和原因。有行未通过时退出码为 1，无法读取文件时为 2。</translation>
    </message>
    <message>
        <source>the workbook to import</source>
        <translation>要导入的工作簿</translation>
    </message>
    <message>
        <source>write the workbook back with a 错误原因 column for the rejected rows</source>
        <translation>另存一份工作簿，为未通过的行加上“错误原因”列</translation>
    </message>
    <message>
        <source>check and count only; write nothing</source>
        <translation>只检查和计数，不写入任何内容</translation>
    </message>
    <message>
        <source>category scheme of 目录类别 (default: miit_smart)</source>
        <translation>目录类别所用的分类目录（默认：miit_smart）</translation>
    </message>
    <message>
        <source>its edition (default: the newest)</source>
        <translation>分类目录的版本（默认：最新版本）</translation>
    </message>
    <message>
        <source>{products} products of {scheme} from {enterprises} enterprises written to {path}.</source>
        <translation>已将 {scheme} 中 {enterprises} 家企业的 {products} 个产品写入 {path}。</translation>
    </message>
    <message>
        <source>Checked {file} (nothing written): {created} to create, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已检查 {file}（未写入任何内容）：将新增 {created} 个，将更新 {updated} 个，{unchanged} 个无变化，{rejected} 个未通过。</translation>
    </message>
    <message>
        <source>Imported {file}: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已导入 {file}：新增 {created} 个，更新 {updated} 个，{unchanged} 个无变化，{rejected} 个未通过。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {reason}</source>
        <translation>第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
        <source>Report for the sender: {path}</source>
        <translation>给报送单位的错误报告：{path}</translation>
    </message>
    <message>
        <source>set the staff PIN that leaves the kiosk (administrators): SILVERSHOP_KIOSK_PIN, or typed twice</source>
        <translation>设置退出展示终端所用的员工密码（PIN）（限管理员）：取自 SILVERSHOP_KIOSK_PIN，或输入两次</translation>
    </message>
    <message>
        <source>kiosk visitors waiting to be called back, names and phones masked</source>
        <translation>在展示终端登记、等待回电的访客，姓名和电话脱敏显示</translation>
    </message>
    <message>
        <source>only this centre (default: every centre you work at)</source>
        <translation>只看这个中心（默认：您所在的所有中心）</translation>
    </message>
    <message>
        <source>also the requests already called back</source>
        <translation>同时列出已回电的请求</translation>
    </message>
    <message>
        <source>New kiosk PIN (4 to 8 digits): </source>
        <translation>新的展示终端员工密码（PIN，4 至 8 位数字）：</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The kiosk PIN is set for every kiosk on this database.</source>
        <translation>已为使用此数据库的所有展示终端设置员工密码（PIN）。</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>to call</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>called back by {user} at {time}</source>
        <translation>{user} 已于 {time} 回电</translation>
    </message>
    <message>
        <source>closed by {user} at {time}: could not be reached</source>
        <translation>{user} 于 {time} 关闭：联系不上</translation>
    </message>
    <message>
        <source>closed by {user} at {time}: the visitor withdrew</source>
        <translation>{user} 于 {time} 关闭：访客不再需要回电</translation>
    </message>
    <message>
        <source>deleted at {time}: nobody called back in time</source>
        <translation>{time} 已删除：未在期限内回电</translation>
    </message>
    <message>
        <source>Nobody is waiting to be called back.</source>
        <translation>没有等待回电的访客。</translation>
    </message>
    <message>
        <source>No visitor has asked to be called back.</source>
        <translation>还没有访客请求回电。</translation>
    </message>
    <message>
        <source>the office&apos;s figures, and the de-identified statistics workbook (.xlsx)</source>
        <translation>办公室统计数据，以及去标识化统计工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Loans, subsidy, device use, units, catalogue, stock and kiosk requests for a period. With --out, a workbook of one sheet per figure and the loans without anything that identifies a person.</source>
        <translation>某一期间的租赁、补贴、设备利用、设备、目录、库存和展示终端回电请求。使用 --out 时写出工作簿：每项数据一张表，另附不含任何可识别个人信息的租赁明细。</translation>
    </message>
    <message>
        <source>the year (default: this year)</source>
        <translation>年份（默认：今年）</translation>
    </message>
    <message>
        <source>only this quarter</source>
        <translation>仅此季度</translation>
    </message>
    <message>
        <source>only this month</source>
        <translation>仅此月份</translation>
    </message>
    <message>
        <source>write the workbook here</source>
        <translation>将工作簿写到此处</translation>
    </message>
    <message>
        <source>  subsidy budget for the period: {budget}</source>
        <translation>  本期补贴预算：{budget}</translation>
    </message>
    <message>
        <source>  subsidy budget: the city&apos;s, shown for all districts only</source>
        <translation>  补贴预算：为全市预算，仅在选择全部区划时显示</translation>
    </message>
    <message>
        <source>  subsidy budget: not set (Settings → Desk and data)</source>
        <translation>  补贴预算：未设置（设置 → 本机与数据）</translation>
    </message>
    <message>
        <source>{period}, {district}:</source>
        <translation>{period}，{district}：</translation>
    </message>
    <message>
        <source>all districts</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <source>  loans started: {loans}, rent {rent}, subsidy {subsidy}</source>
        <translation>  起租单数：{loans}，租金 {rent}，补贴 {subsidy}</translation>
    </message>
    <message>
        <source>  device units: {units}; stock value {value}; kiosk callback requests: {requests}</source>
        <translation>  租赁设备：{units} 台；库存价值 {value}；展示终端回电请求：{requests} 条</translation>
    </message>
    <message>
        <source>De-identified workbook with {loans} loans written to {path}.</source>
        <translation>已将含 {loans} 条租赁记录的去标识化工作簿写到 {path}。</translation>
    </message>
    <message>
        <source>copy the database to a file, or check a backup with --verify</source>
        <translation>将数据库复制到文件，或用 --verify 检查备份</translation>
    </message>
    <message>
        <source>A consistent copy of the SQLite database while desks keep working, checked as a restore would check it. Back up the personal-data key file too: without it the residents&apos; data in the copy cannot be read.</source>
        <translation>在各服务台继续工作的同时复制一份一致的 SQLite 数据库，并按恢复时的要求检查。请同时备份个人信息密钥文件：没有它，副本中的居民信息无法读取。</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>check this backup and say what it holds</source>
        <translation>检查此备份并说明其中内容</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current one is kept)</source>
        <translation>用备份替换数据库（当前数据库会保留）</translation>
    </message>
    <message>
        <source>The backup is checked first (a whole database of silvershop&apos;s, of a version this one knows); the database as it is now is kept in the backups folder beside it. Close every silvershop window on this database before.</source>
        <translation>先检查备份（须为完整的 silvershop 数据库，且版本为本程序所知）；当前数据库保留在其旁边的 backups 文件夹中。操作前请关闭使用此数据库的所有 silvershop 窗口。</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>replace the database without asking</source>
        <translation>不再询问，直接替换数据库</translation>
    </message>
    <message>
        <source>{path}: a whole silvershop database, schema {schema}, with {products} products, {residents} residents and {loans} loans.</source>
        <translation>{path}：完整的 silvershop 数据库，结构版本 {schema}，含 {products} 个产品、{residents} 位居民、{loans} 条租赁记录。</translation>
    </message>
    <message>
        <source>Its residents&apos; data needs the personal-data key {key}.</source>
        <translation>其中的居民信息需要个人信息密钥 {key} 才能读取。</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>备份已写入。</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>已从 {path} 恢复。</translation>
    </message>
    <message>
        <source>The database as it was is kept in {kept}.</source>
        <translation>恢复前的数据库保留在 {kept}。</translation>
    </message>
</context>
<context>
    <name>counter</name>
    <message>
        <source>{tag} came back and waits for its cleaning record; sign it off on the Cleaning tab before lending it.</source>
        <translation>{tag} 已归还，等待清洗消毒记录；请先在“清洗消毒与维修”标签页登记，再出租。</translation>
    </message>
    <message>
        <source>{tag} is being repaired. Once the repair is finished it is cleaned before the next loan; lend another unit of {product} meanwhile.</source>
        <translation>{tag} 正在维修。维修完成后须先清洗消毒，才能再次出租；在此期间请出租另一台 {product}。</translation>
    </message>
    <message>
        <source>{tag} is retired and is no longer lent. Keep it out of the rental store and lend another unit of {product}.</source>
        <translation>{tag} 已报废，不再出租。请勿将其放回租赁设备库，并出租另一台 {product}。</translation>
    </message>
    <message>
        <source>{tag} is recorded as lost. If it has turned up, give it to the centre manager; lend another unit of {product} meanwhile.</source>
        <translation>{tag} 已登记遗失。如已找到，请交给中心主任；在此期间请出租另一台 {product}。</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>{rate} %</source>
        <translation>{rate}%</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No temporary folder can be made for the demo data ({reason}).</source>
        <translation>无法为演示数据创建临时文件夹（{reason}）。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {count}.</source>
        <translation>统一社会信用代码共 18 位，此代码有 {count} 位。</translation>
    </message>
    <message>
        <source>A unified social credit code never contains the letters I, O, S, V or Z, but this one has {letters}. Did you mean 1, 0, 5, U or 2?</source>
        <translation>统一社会信用代码不含字母 I、O、S、V、Z，但此代码含有 {letters}。是否应为 1、0、5、U 或 2？</translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and capital letters; “{chars}” is not allowed.</source>
        <translation>统一社会信用代码只能由数字和大写字母组成，不允许出现“{chars}”。</translation>
    </message>
    <message>
        <source>This unified social credit code has a typing mistake: its last character does not match the other 17. Check it against the business licence.</source>
        <translation>此统一社会信用代码有输入错误：最后一位校验码与前 17 位不符。请对照营业执照核对。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Choose a file instead.</source>
        <translation>{path} 是一个文件夹，不是数据库文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>无法读取数据库文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is not a silvershop database (it is not a SQLite file, or it is damaged). It was left untouched; open another file or restore a backup.</source>
        <translation>{path} 不是 silvershop 数据库（不是 SQLite 文件，或已损坏）。该文件未被改动；请打开其他文件或从备份恢复。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose a folder you can write to.</source>
        <translation>无法创建数据文件夹 {folder}（{reason}）。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Choose a folder you can write to, or ask for access.</source>
        <translation>数据文件夹 {folder} 是只读的。请选择一个有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>{url} is not a database address. Use a file path URL such as sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/database.</source>
        <translation>{url} 不是数据库地址。请使用文件路径形式的地址，例如 sqlite:///path/to/file.sqlite3，或 postgresql+psycopg://user@host/database。</translation>
    </message>
    <message>
        <source>{backend} databases are not supported. Use SQLite or PostgreSQL.</source>
        <translation>不支持 {backend} 数据库。请使用 SQLite 或 PostgreSQL。</translation>
    </message>
    <message>
        <source>The driver for {url} is not installed. For PostgreSQL install silvershop[pg].</source>
        <translation>未安装 {url} 所需的数据库驱动。使用 PostgreSQL 请安装 silvershop[pg]。</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (the file or its folder is read-only). Ask for write access or copy it to a folder you can write to.</source>
        <translation>无法写入数据库 {path}（文件或其所在文件夹是只读的）。请申请写入权限，或将其复制到有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a silvershop database or it is damaged ({reason}). It was left untouched; restore a backup.</source>
        <translation>{path} 不是 silvershop 数据库或已损坏（{reason}）。该文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at {url} ({reason}). Check that the server is running and the address, user and password are right.</source>
        <translation>无法连接数据库服务器 {url}（{reason}）。请检查服务器是否在运行，以及地址、用户名和密码是否正确。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing of this was saved. Free some disk space (or ask for it on the server), then do it again.</source>
        <translation>数据库所在的磁盘已满，本次操作的内容都没有保存。请腾出磁盘空间（或请服务器管理员处理）后再做一次。</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only), so nothing of this was saved. Ask for write access, or open a copy in a folder you can write to.</source>
        <translation>数据库无法写入（只读），本次操作的内容都没有保存。请申请写入权限，或在可写的文件夹中打开其副本。</translation>
    </message>
    <message>
        <source>The database is busy with work from another desk, so nothing of this was saved. Try again in a moment.</source>
        <translation>数据库正在处理另一服务台的工作，本次操作的内容都没有保存。请稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost ({reason}). It is not certain whether this was saved: look before doing it again.</source>
        <translation>与数据库服务器的连接中断（{reason}）。无法确定本次操作是否已保存：请先查看，再决定是否重做。</translation>
    </message>
    <message>
        <source>{url} already holds tables of another program, so it is not a silvershop database. It was left untouched; choose an empty or a silvershop database.</source>
        <translation>{url} 中已有其他程序的数据表，不是 silvershop 数据库。该数据库未被改动；请选择一个空数据库或 silvershop 数据库。</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of silvershop (schema {revision}). It was left untouched; install the newer version to open it.</source>
        <translation>此数据库最近由更新版本的 silvershop 使用过（数据结构 {revision}）。该数据库未被改动；请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Making demo data was cancelled; nothing was saved.</source>
        <translation>已取消生成演示数据，没有保存任何内容。</translation>
    </message>
    <message>
        <source>There is no centre with the code {code}.</source>
        <translation>没有编码为 {code} 的体验中心。</translation>
    </message>
    <message>
        <source>Choose the centre where the resident is registered.</source>
        <translation>请选择居民登记所在的体验中心。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入居民姓名。</translation>
    </message>
    <message>
        <source>The name is too long (60 characters at most).</source>
        <translation>姓名过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>The ability assessment level goes from 0 to 4.</source>
        <translation>老年人能力评估等级为 0 至 4 级。</translation>
    </message>
    <message>
        <source>Unknown district code {code}.</source>
        <translation>未知的区划代码 {code}。</translation>
    </message>
    <message>
        <source>Say what the consent covers, or on which legal duty the data is kept.</source>
        <translation>请说明同意的范围，或保存这些信息所依据的法定职责。</translation>
    </message>
    <message>
        <source>A resident with this ID number is already registered. Search for them instead.</source>
        <translation>已登记过使用此身份证号码的居民。请直接查找该居民。</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>This resident is registered at another centre; ask that centre or an administrator.</source>
        <translation>该居民登记在其他体验中心；请联系该中心或管理员。</translation>
    </message>
    <message>
        <source>This resident is already anonymised.</source>
        <translation>该居民的信息已经匿名化。</translation>
    </message>
    <message>
        <source>The area code at the start of this ID number is not a known province code. Check it against the ID card; an old card may carry a code that no longer exists.</source>
        <translation>此身份证号码开头的地区码不是已知的省级代码。请对照身份证核对；旧证件上可能是已撤销的代码。</translation>
    </message>
    <message>
        <source>This ID number has a typing mistake: its last character does not match the other 17. Check every digit against the ID card.</source>
        <translation>此身份证号码有输入错误：最后一位校验码与前 17 位不符。请对照身份证逐位核对。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number. Enter the 18-character number of the current ID card.</source>
        <translation>这是旧的 15 位身份证号码。请输入现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {count}.</source>
        <translation>身份证号码共 18 位，此号码有 {count} 位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X; character {position} (“{char}”) is not allowed there.</source>
        <translation>身份证号码由 17 位数字加一位数字或 X 组成；第 {position} 位（“{char}”）不符合要求。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of the ID number ({digits}) are not a real birth date. Check them against the ID card.</source>
        <translation>身份证号码第 7 至 14 位（{digits}）不是有效的出生日期。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({birth}) is in the future. Check it against the ID card.</source>
        <translation>身份证号码中的出生日期（{birth}）晚于今天。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
        <translation>尝试失败次数过多。请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>此账号已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password cannot begin or end with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>只有系统管理员可以管理用户。</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有系统管理员可以更改这些设置。</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit log.</source>
        <translation>只有系统管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>You may not change the catalogue; ask a catalogue editor or an administrator.</source>
        <translation>您无权修改目录；请联系目录编辑或系统管理员。</translation>
    </message>
    <message>
        <source>You may not export the bureau workbook; ask a catalogue editor or an administrator.</source>
        <translation>您无权导出报送工作簿；请联系目录编辑或系统管理员。</translation>
    </message>
    <message>
        <source>You may not view the catalogue.</source>
        <translation>您无权查看目录。</translation>
    </message>
    <message>
        <source>Only an administrator can open a new experience centre.</source>
        <translation>只有系统管理员可以开设新的体验中心。</translation>
    </message>
    <message>
        <source>Only the centre&apos;s manager or an administrator can do this.</source>
        <translation>只有本中心主任或系统管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>You may not view the centres&apos; stock.</source>
        <translation>您无权查看各中心的库存。</translation>
    </message>
    <message>
        <source>You may not receive, move or count stock; ask the centre&apos;s manager or a desk clerk.</source>
        <translation>您不能收货、移库或盘点库存；请找中心主任或租赁服务员。</translation>
    </message>
    <message>
        <source>You may not view residents&apos; records.</source>
        <translation>您无权查看居民档案。</translation>
    </message>
    <message>
        <source>You may not register or change residents.</source>
        <translation>您无权登记或修改居民信息。</translation>
    </message>
    <message>
        <source>You may not reveal personal data; ask the centre&apos;s manager or an administrator.</source>
        <translation>您无权查看个人信息明文；请联系中心主任或系统管理员。</translation>
    </message>
    <message>
        <source>You may not work at the rental desk.</source>
        <translation>您无权使用租赁服务台。</translation>
    </message>
    <message>
        <source>You may not print labels.</source>
        <translation>您无权打印标签。</translation>
    </message>
    <message>
        <source>You may not view the statistics.</source>
        <translation>您无权查看统计。</translation>
    </message>
    <message>
        <source>You may not take down a visitor&apos;s request to be called back.</source>
        <translation>您无权登记访客的回电请求。</translation>
    </message>
    <message>
        <source>This belongs to another centre; you can only work with the centres you are assigned to.</source>
        <translation>这属于其他体验中心；您只能处理分配给您的中心的事务。</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has only digits (spaces, dashes and +86 are fine); remove the other characters.</source>
        <translation>手机号码只能包含数字（可以有空格、短横线和 +86）；请删除其他字符。</translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers can be kept: 11 digits starting with 1 (+86).</source>
        <translation>只能登记中国大陆手机号码：以 1 开头的 11 位数字（+86）。</translation>
    </message>
    <message>
        <source>This is a landline number. Enter a mobile number: 11 digits starting with 1.</source>
        <translation>这是固定电话号码。请输入手机号码：以 1 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number: a mobile number has 11 digits and starts with 1. Check it with the resident.</source>
        <translation>这不是有效的手机号码：手机号码为以 1 开头的 11 位数字。请与居民核实。</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项 {key}。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is set on its own, with Set PIN… in the settings or `silvershop-cli kiosk-pin`, so that only its hash is kept.</source>
        <translation>展示终端的员工密码（PIN）需要单独设置：在设置中点“设置员工密码…”，或使用 `silvershop-cli kiosk-pin`，这样系统只保存它的哈希值。</translation>
    </message>
    <message>
        <source>The key kiosks seal callback requests with is written by silvershop itself, from the personal-data key of the desks; it cannot be set by hand.</source>
        <translation>展示终端加密回电请求所用的密钥由 silvershop 根据工作台的个人信息密钥自动写入，不能手动设置。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Give how many leading and trailing characters stay visible (0 to 8 each).</source>
        <translation>请指定开头和结尾各保留显示几个字符（各 0 至 8 个）。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https:// and the web site&apos;s name, for example {example}.</source>
        <translation>网址必须以 http:// 或 https:// 开头，后接网站名称，例如 {example}。</translation>
    </message>
    <message>
        <source>The address may hold no spaces and no Chinese or full-width characters (write the web site&apos;s name in its xn-- form), for example {example}.</source>
        <translation>网址中不能有空格，也不能有中文或全角字符（网站名称请写成 xn-- 开头的形式），例如 {example}。</translation>
    </message>
    <message>
        <source>Put {code} once in the address, after the web site&apos;s name, where the product code goes; for example {example}.</source>
        <translation>请在网址中网站名称之后、放产品编码的位置写一次 {code}；例如 {example}。</translation>
    </message>
    <message>
        <source>The address is {length} characters long; shorten it to at most {limit}, or the QR code gets too dense to scan. For example {example}.</source>
        <translation>网址长度为 {length} 个字符；请缩短到 {limit} 个字符以内，否则二维码过于密集，无法扫描。例如 {example}。</translation>
    </message>
    <message>
        <source>Write the office&apos;s name (填报单位) in at most {limit} characters, on one line.</source>
        <translation>请在一行内填写填报单位名称，最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has at most {n} characters and no spaces.</source>
        <translation>用户名最多 {n} 个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>Only an administrator can give these roles.</source>
        <translation>只有管理员可以授予这些角色。</translation>
    </message>
    <message>
        <source>You can only add staff to the centres you manage.</source>
        <translation>您只能为自己管理的体验中心添加工作人员。</translation>
    </message>
    <message>
        <source>Unknown role. Choose from: {roles}.</source>
        <translation>未知的角色。请从以下角色中选择：{roles}。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请为用户指定至少一个角色。</translation>
    </message>
    <message>
        <source>Centre managers and desk clerks must belong to at least one centre.</source>
        <translation>中心主任和租赁服务员必须至少属于一个体验中心。</translation>
    </message>
    <message>
        <source>An administrator already exists; log in as that user to add others.</source>
        <translation>管理员已存在；请以该用户登录后再添加其他用户。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Choose a new password different from the current one.</source>
        <translation>请设置一个与当前密码不同的新密码。</translation>
    </message>
    <message>
        <source>A stored personal value is in an unknown format.</source>
        <translation>一项已保存的个人信息格式无法识别。</translation>
    </message>
    <message>
        <source>This value cannot be read with this desk&apos;s personal-data key: it was written for another key, or changed since.</source>
        <translation>无法用本工作台的个人信息密钥读取此内容：它是用另一把密钥写入的，或之后被改动过。</translation>
    </message>
    <message>
        <source>Personal data cannot be read with this key: the key file is not the one the data was saved with. Restore the right key file from your backup.</source>
        <translation>无法用此密钥读取个人信息：该密钥文件不是保存数据时所用的密钥。请从备份中恢复正确的密钥文件。</translation>
    </message>
    <message>
        <source>The personal-data key in {source} is damaged. Restore it from your backup.</source>
        <translation>{source} 中的个人信息密钥已损坏。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The personal-data key file {path} is missing, so residents&apos; ID numbers and phones cannot be read. Restore the key file from your backup; a new key cannot read the old data.</source>
        <translation>个人信息密钥文件 {path} 不存在，因此无法读取居民的身份证号码和电话。请从备份中恢复密钥文件；新密钥无法读取原有数据。</translation>
    </message>
    <message>
        <source>The personal-data key in {path} (key {found}) is not the one this database was saved with (key {expected}). Restore the right key file from your backup.</source>
        <translation>{path} 中的个人信息密钥（密钥 {found}）不是此数据库保存时所用的密钥（密钥 {expected}）。请从备份中恢复正确的密钥文件。</translation>
    </message>
    <message>
        <source>The demo needs at least 1 product; {count} was asked for.</source>
        <translation>演示数据至少需要 1 个产品，而要求的是 {count} 个。</translation>
    </message>
    <message>
        <source>The demo can make at most {limit} products; {count} was asked for.</source>
        <translation>演示数据最多可生成 {limit} 个产品，而要求的是 {count} 个。</translation>
    </message>
    <message>
        <source>This database already holds {count} products. Demo data goes only into an empty database; open a new database file for it.</source>
        <translation>此数据库中已有 {count} 个产品。演示数据只能写入空数据库；请为其新建一个数据库文件。</translation>
    </message>
    <message>
        <source>Give {what} on standard input (one line).</source>
        <translation>请在标准输入中提供{what}（一行）。</translation>
    </message>
    <message>
        <source>Say who is acting with --as USER, so the audit log names a person.</source>
        <translation>请用 --as 用户名 说明由谁操作，以便审计日志记录到具体人员。</translation>
    </message>
    <message>
        <source>Give the password of the --as user on standard input (one line), or set SILVERSHOP_PASSWORD.</source>
        <translation>请在标准输入中提供 --as 用户的密码（一行），或设置 SILVERSHOP_PASSWORD。</translation>
    </message>
    <message>
        <source>{text} is not a date. Write it as 2026-11-29 or 2026-11-29T08:30.</source>
        <translation>“{text}”不是日期。请写成 2026-11-29 或 2026-11-29T08:30。</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit 必须大于或等于 1。</translation>
    </message>
    <message>
        <source>No resident found with this number.</source>
        <translation>没有找到使用此号码的居民。</translation>
    </message>
    <message>
        <source>{count} residents share this mobile number; name the resident by their number from `resident find --phone`, or by their ID number.</source>
        <translation>有 {count} 位居民使用这个手机号；请用 `resident find --phone` 查到的居民编号，或用身份证号指明居民。</translation>
    </message>
    <message>
        <source>Name the resident by their number from `resident find`, their full ID number or their 11-digit mobile number, not “{text}”.</source>
        <translation>请用 `resident find` 查到的居民编号、完整身份证号或 11 位手机号指明居民，而不是“{text}”。</translation>
    </message>
    <message>
        <source>There is no loan {code}; check the number on the receipt.</source>
        <translation>没有租赁订单 {code}；请核对凭证上的订单号。</translation>
    </message>
    <message>
        <source>Say which centre lends it with --centre CODE.</source>
        <translation>请用 --centre CODE 指明由哪个中心出租。</translation>
    </message>
    <message>
        <source>The first user must be an administrator (--role administrator).</source>
        <translation>第一个用户必须是系统管理员（--role administrator）。</translation>
    </message>
    <message>
        <source>Give the password of {name} in the environment variable SILVERSHOP_PASSWORD.</source>
        <translation>请在环境变量 SILVERSHOP_PASSWORD 中提供 {name} 的密码。</translation>
    </message>
    <message>
        <source>{name} must choose a new password first: sign in once in the login dialog.</source>
        <translation>{name} 须先设置新密码：请先在登录窗口中登录一次。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>There is no category scheme {scheme} in the edition {edition}. Write it as scheme:edition:code, for example miit_smart:2024:P01.</source>
        <translation>没有 {edition} 版的目录体系 {scheme}。请写成 体系:版本:编码，例如 miit_smart:2024:P01。</translation>
    </message>
    <message>
        <source>The scheme {scheme} {edition} has no category {code}. Check the code.</source>
        <translation>{scheme} {edition} 中没有类别 {code}。请核对编码。</translation>
    </message>
    <message>
        <source>“{code}” is not an assistive-product code: write ISO 9999 codes as two-digit groups, as in 12 22 03.</source>
        <translation>“{code}”不是辅具分类编码：ISO 9999 编码请按两位一组书写，例如 12 22 03。</translation>
    </message>
    <message>
        <source>{edition} has no code {code}; the loaded editions with it are {editions}.</source>
        <translation>{edition} 中没有编码 {code}；已载入的版本中有该编码的是 {editions}。</translation>
    </message>
    <message>
        <source>No loaded edition of ISO 9999 or GB/T 16432 has the code {code}. Check the code; if it is right, add it to its edition as a new category first.</source>
        <translation>已载入的 ISO 9999 或 GB/T 16432 各版本中都没有编码 {code}。请核对编码；如果编码无误，请先把它作为新类别加入相应版本。</translation>
    </message>
    <message>
        <source>The code {code} is in several editions ({editions}); say which one is meant.</source>
        <translation>编码 {code} 在多个版本中都有（{editions}），请说明用哪一版。</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请填写企业名称。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s name is too long (200 characters at most).</source>
        <translation>企业名称太长（最多 200 个字）。</translation>
    </message>
    <message>
        <source>{name} is already registered, with the credit code {code}. If it is the same enterprise, use that record; if it is another one, write its name as on its licence so the two can be told apart.</source>
        <translation>{name} 已经登记，统一社会信用代码为 {code}。如果是同一家企业，请使用已有记录；如果是另一家，请按其营业执照填写名称，以便区分。</translation>
    </message>
    <message>
        <source>An enterprise with this credit code is already registered: {name}.</source>
        <translation>该统一社会信用代码的企业已经登记：{name}。</translation>
    </message>
    <message>
        <source>A division code has 6 digits, like 320211; leave it empty to take it from the credit code.</source>
        <translation>区划代码是 6 位数字，例如 320211；留空则取自统一社会信用代码。</translation>
    </message>
    <message>
        <source>{code} is not a division code (GB/T 2260): its first two digits must name a province, like 32 for Jiangsu or 11 for Beijing. Check it, or leave it empty to take it from the credit code.</source>
        <translation>{code} 不是区划代码（GB/T 2260）：前两位须是省级代码，例如江苏为 32、北京为 11。请核对，或留空以取自统一社会信用代码。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of this credit code ({code}) are not a division code (GB/T 2260), which starts with a province, like 32 for Jiangsu. Check the code against the business licence, or type the division code where the enterprise is registered.</source>
        <translation>该统一社会信用代码的第 3 到 8 位（{code}）不是区划代码（GB/T 2260，以省级代码开头，例如江苏为 32）。请对照营业执照核对，或填写企业登记地的区划代码。</translation>
    </message>
    <message>
        <source>This is not a phone number in China: a mobile has 11 digits and starts with 1; a landline starts with its area code, like 0510-82345678. Check the number.</source>
        <translation>这不是中国大陆的电话号码：手机号为 1 开头的 11 位数字；座机须带区号，例如 0510-82345678。请核对号码。</translation>
    </message>
    <message>
        <source>A phone number has only digits (spaces, dashes, brackets and +86 are fine); remove the other characters.</source>
        <translation>电话号码只能包含数字（可以有空格、短横线、括号和 +86），请删去其他字符。</translation>
    </message>
    <message>
        <source>Enter a phone number in mainland China (+86): a mobile or a landline.</source>
        <translation>请填写中国大陆（+86）的电话号码：手机或座机。</translation>
    </message>
    <message>
        <source>The registration date is in the future; check it against the business licence.</source>
        <translation>注册日期晚于今天，请对照营业执照核对。</translation>
    </message>
    <message>
        <source>No category scheme {scheme} {edition} is loaded. The loaded schemes and editions are: {loaded}.</source>
        <translation>没有载入分类体系 {scheme} {edition}。已载入的体系和版本有：{loaded}。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s code.</source>
        <translation>请填写类别编码。</translation>
    </message>
    <message>
        <source>An ISO 9999 code is one, two or three groups of two digits, like 22 06 or 22 06 18; “{code}” is not one.</source>
        <translation>ISO 9999 编码由一到三组两位数字组成，例如 22 06 或 22 06 18；“{code}”不符合。</translation>
    </message>
    <message>
        <source>A category code has only digits, capital letters, spaces, &apos;.&apos; and &apos;-&apos; (32 characters at most), like P08 or R104.</source>
        <translation>类别编码只能包含数字、大写字母、空格、“.”和“-”（最多 32 个字符），例如 P08 或 R104。</translation>
    </message>
    <message>
        <source>In ISO 9999 a category sits under a code it starts with: {code} cannot go under {parent}. Leave the parent empty to place it by its code.</source>
        <translation>ISO 9999 中类别只能放在以其开头的编码之下：{code} 不能放在 {parent} 下。上级留空即可按编码自动放置。</translation>
    </message>
    <message>
        <source>A category cannot be its own parent; choose another one.</source>
        <translation>类别不能以自身为上级，请另选。</translation>
    </message>
    <message>
        <source>{scheme} {edition} has no category {parent} to put this one under. Add that category first, or leave the parent empty.</source>
        <translation>{scheme} {edition} 中没有上级类别 {parent}。请先添加该类别，或将上级留空。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>This is too long: {limit} characters at most fit here.</source>
        <translation>内容太长：这里最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>{scheme} {edition} already has the code {code}: {name}.</source>
        <translation>{scheme} {edition} 中已有编码 {code}：{name}。</translation>
    </message>
    <message>
        <source>Another desk added the code {code} at the same moment; look it up instead.</source>
        <translation>另一台终端刚刚添加了编码 {code}，请直接查找使用。</translation>
    </message>
    <message>
        <source>This enterprise no longer exists; someone may have deleted it.</source>
        <translation>该企业已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>{name} still has products in the catalogue ({count}), so it cannot be deleted. Delete its products or give them to another enterprise first.</source>
        <translation>{name} 在目录中还有产品（{count} 个），不能删除。请先删除这些产品，或改为其他企业。</translation>
    </message>
    <message>
        <source>Several enterprises are registered as “{key}”: {choices}. Name the one you mean by its credit code.</source>
        <translation>有多家企业登记为“{key}”：{choices}。请用统一社会信用代码指明是哪一家。</translation>
    </message>
    <message>
        <source>No enterprise has the credit code or the full name “{key}”. Check it, or register the enterprise first.</source>
        <translation>没有统一社会信用代码或全称为“{key}”的企业。请核对，或先登记该企业。</translation>
    </message>
    <message>
        <source>This photo no longer exists; someone may have removed it.</source>
        <translation>该照片已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>The photo is {size} MB; photos up to 30 MB can be added.</source>
        <translation>这张照片有 {size} MB；只能添加 30 MB 以内的照片。</translation>
    </message>
    <message>
        <source>The photo file is empty; choose the photo again.</source>
        <translation>照片文件是空的，请重新选择照片。</translation>
    </message>
    <message>
        <source>This is a {format} picture; add photos as JPEG, PNG or WebP (save it as JPEG first).</source>
        <translation>这是 {format} 格式的图片；照片须为 JPEG、PNG 或 WebP（请先另存为 JPEG）。</translation>
    </message>
    <message>
        <source>This picture has too many pixels to be opened safely; reduce it to a normal photo size and add it again.</source>
        <translation>这张图片像素过多，无法安全打开；请缩小到普通照片大小后再添加。</translation>
    </message>
    <message>
        <source>This file is not a photo; choose a JPEG, PNG or WebP picture of the product.</source>
        <translation>这个文件不是照片；请选择产品的 JPEG、PNG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>The photo file is damaged or incomplete; copy it again from the camera or phone and add it.</source>
        <translation>照片文件已损坏或不完整；请从相机或手机重新拷贝后再添加。</translation>
    </message>
    <message>
        <source>This product no longer exists; someone may have deleted it.</source>
        <translation>该产品已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <source>The product&apos;s name is too long (200 characters at most).</source>
        <translation>产品名称太长（最多 200 个字）。</translation>
    </message>
    <message>
        <source>Enter the model (型号规格) as it is written on the product.</source>
        <translation>请按产品上的写法填写型号规格。</translation>
    </message>
    <message>
        <source>The model is too long (120 characters at most).</source>
        <translation>型号规格太长（最多 120 个字符）。</translation>
    </message>
    <message>
        <source>The chosen enterprise no longer exists; choose the maker again.</source>
        <translation>所选企业已不存在，请重新选择生产企业。</translation>
    </message>
    <message>
        <source>Choose the enterprise that makes the product.</source>
        <translation>请选择生产该产品的企业。</translation>
    </message>
    <message>
        <source>A product code may have only digits, capital letters and &apos;-&apos;, because it goes on QR labels; “{chars}” is not allowed.</source>
        <translation>产品编码只能包含数字、大写字母和“-”，因为它要印在二维码标签上；不能使用“{chars}”。</translation>
    </message>
    <message>
        <source>The product code is too long (32 characters at most).</source>
        <translation>产品编码太长（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation>编码 {code} 已被“{name}”使用。</translation>
    </message>
    <message>
        <source>This code is on labels and records of {uses}; it cannot change. Keep the code {code}; if this is really another product, add it as a new one.</source>
        <translation>该编码已印在标签上并用于{uses}的记录中，不能更改。请保留编码 {code}；如果这确实是另一个产品，请作为新产品添加。</translation>
    </message>
    <message>
        <source>This enterprise already has a product with model {model}: {code} {name}.</source>
        <translation>该企业已有型号为 {model} 的产品：{code} {name}。</translation>
    </message>
    <message>
        <source>The model {model} is already registered for {enterprise} ({code} {name}); each model has one applicant. Check the model, or correct that product.</source>
        <translation>型号 {model} 已由 {enterprise} 申报（{code} {name}）；一个型号只能有一个申报主体。请核对型号，或更正那个产品。</translation>
    </message>
    <message>
        <source>A chosen category no longer exists; choose the product&apos;s categories again.</source>
        <translation>所选的某个类别已不存在，请重新选择产品的目录类别。</translation>
    </message>
    <message>
        <source>{code} {name} is an assistive-product code (ISO 9999); choose it as the assistive-product category instead.</source>
        <translation>{code} {name} 是辅具分类编码（ISO 9999），请在“辅具分类编码”中选择它。</translation>
    </message>
    <message>
        <source>Choose the assistive-product category from an ISO 9999 or GB/T 16432 scheme, for example 12 22 03.</source>
        <translation>辅具分类请从 ISO 9999 或 GB/T 16432 分类中选择，例如 12 22 03。</translation>
    </message>
    <message>
        <source>The medical-device class is I, II or III.</source>
        <translation>医疗器械管理类别为 I、II 或 III。</translation>
    </message>
    <message>
        <source>A medical device needs its class (I, II or III) and its registration number.</source>
        <translation>医疗器械需要填写管理类别（I、II 或 III）和注册证号。</translation>
    </message>
    <message>
        <source>Choose the medical-device class: I, II or III.</source>
        <translation>请选择医疗器械管理类别：I、II 或 III。</translation>
    </message>
    <message>
        <source>Enter the medical device&apos;s registration number (注册证号 or 备案号).</source>
        <translation>请填写医疗器械的注册证号或备案号。</translation>
    </message>
    <message>
        <source>This is {count} characters long; a product&apos;s description holds at most {limit}.</source>
        <translation>当前内容长 {count} 个字符；产品简介最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Grace days are a whole number of days from 0 to 365.</source>
        <translation>宽限天数是 0 到 365 之间的整数。</translation>
    </message>
    <message>
        <source>The listing year must be between {first} and {last}.</source>
        <translation>入选年度须在 {first} 到 {last} 之间。</translation>
    </message>
    <message>
        <source>Unknown product status “{status}”; use draft, submitted, listed or archived.</source>
        <translation>未知的产品状态“{status}”；请用 draft、submitted、listed 或 archived。</translation>
    </message>
    <message>
        <source>A new product cannot start as archived. Save it as a draft, submitted or listed; archive it when it leaves the catalogue.</source>
        <translation>新产品不能直接设为已归档。请保存为草稿、已提交或已入选；退出目录时再归档。</translation>
    </message>
    <message>
        <source>A listed product needs its listing year (入选年度).</source>
        <translation>已入选的产品须填写入选年度。</translation>
    </message>
    <message>
        <source>1 device unit of this product is still in service, so the product must stay rentable. Retire the unit (or record it as lost) first; then the product can stop being rentable.</source>
        <translation>该产品还有 1 台租赁设备在用，因此必须保持可租赁。请先将该设备报废（或登记为丢失），然后才能改为不可租赁。</translation>
    </message>
    <message>
        <source>{count} device units of this product are still in service, so the product must stay rentable. Retire those units (or record them as lost) first; then the product can stop being rentable.</source>
        <translation>该产品还有 {count} 台租赁设备在用，因此必须保持可租赁。请先将这些设备报废（或登记为丢失），然后才能改为不可租赁。</translation>
    </message>
    <message>
        <source>A rentable product needs a monthly rent.</source>
        <translation>可租赁的产品需要填写月租金。</translation>
    </message>
    <message>
        <source>A rentable product needs a deposit; enter 0 if none is taken.</source>
        <translation>可租赁的产品需要填写押金；不收押金请填 0。</translation>
    </message>
    <message>
        <source>1 device unit</source>
        <translation>1 台租赁设备</translation>
    </message>
    <message>
        <source>{n} device units</source>
        <translation>{n} 台租赁设备</translation>
    </message>
    <message>
        <source>1 loan</source>
        <translation>1 笔租赁</translation>
    </message>
    <message>
        <source>{n} loans</source>
        <translation>{n} 笔租赁</translation>
    </message>
    <message>
        <source>1 reservation</source>
        <translation>1 个预约</translation>
    </message>
    <message>
        <source>{n} reservations</source>
        <translation>{n} 个预约</translation>
    </message>
    <message>
        <source>stock at 1 centre</source>
        <translation>1 个中心的库存</translation>
    </message>
    <message>
        <source>stock at {n} centres</source>
        <translation>{n} 个中心的库存</translation>
    </message>
    <message>
        <source>1 stock movement</source>
        <translation>1 条库存流水</translation>
    </message>
    <message>
        <source>{n} stock movements</source>
        <translation>{n} 条库存流水</translation>
    </message>
    <message>
        <source>1 display place</source>
        <translation>1 个展示位置</translation>
    </message>
    <message>
        <source>{n} display places</source>
        <translation>{n} 个展示位置</translation>
    </message>
    <message>
        <source>1 transfer line</source>
        <translation>1 条调拨明细</translation>
    </message>
    <message>
        <source>{n} transfer lines</source>
        <translation>{n} 条调拨明细</translation>
    </message>
    <message>
        <source>1 stocktake count</source>
        <translation>1 条盘点记录</translation>
    </message>
    <message>
        <source>{n} stocktake counts</source>
        <translation>{n} 条盘点记录</translation>
    </message>
    <message>
        <source>1 visitor request</source>
        <translation>1 条访客意向</translation>
    </message>
    <message>
        <source>{n} visitor requests</source>
        <translation>{n} 条访客意向</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}、{next}</translation>
    </message>
    <message>
        <source>This product has {uses}, so it cannot be deleted. Archive it instead: it stays in the records but leaves the catalogue.</source>
        <translation>该产品有{uses}，不能删除。请改为归档：记录保留，但不再列入目录。</translation>
    </message>
    <message>
        <source>Another desk saved a product with the same code or model at the same moment. Nothing was saved: look the product up, then save again.</source>
        <translation>另一台终端刚刚保存了相同编码或型号的产品，本次没有保存。请先查一下该产品，再重新保存。</translation>
    </message>
    <message>
        <source>No product has the code {code}. Check the code on the label, or search by name.</source>
        <translation>没有编码为 {code} 的产品。请核对标签上的编码，或按名称查找。</translation>
    </message>
    <message>
        <source>Give a new product one status: draft, submitted or listed.</source>
        <translation>新产品的状态只能是：草稿、已提交或已入选。</translation>
    </message>
    <message>
        <source>Write a category as scheme:edition:code, for example miit_smart:2024:P01.</source>
        <translation>目录类别请写成 体系:版本:编码，例如 miit_smart:2024:P01。</translation>
    </message>
    <message>
        <source>The photo {path} does not exist; check the file name and folder.</source>
        <translation>照片 {path} 不存在，请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo; name the photo file itself.</source>
        <translation>{path} 是文件夹而不是照片，请指定照片文件本身。</translation>
    </message>
    <message>
        <source>The photo {path} cannot be read; check that the file is complete and that you may open it.</source>
        <translation>无法读取照片 {path}，请检查文件是否完整、是否有权限打开。</translation>
    </message>
    <message>
        <source>{options} describe a medical device, but --medical-device is missing. Add --medical-device if the product is one, or leave {options} out.</source>
        <translation>{options} 用于医疗器械，但缺少 --medical-device。如果产品是医疗器械请加上 --medical-device，否则请去掉 {options}。</translation>
    </message>
    <message>
        <source>{options} describe renting, but --rentable is missing. Add --rentable if the product can be rented, or leave {options} out.</source>
        <translation>{options} 用于租赁，但缺少 --rentable。如果产品可以租赁请加上 --rentable，否则请去掉 {options}。</translation>
    </message>
    <message>
        <source>Cannot read the photo {path} ({reason}); check the file name.</source>
        <translation>无法读取照片 {path}（{reason}），请检查文件名。</translation>
    </message>
    <message>
        <source>Write the registration date as YYYY-MM-DD, for example 2019-05-20.</source>
        <translation>注册日期请写成 YYYY-MM-DD，例如 2019-05-20。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money. Type it in 元, for example 1299 or 1,299.50.</source>
        <translation>“{text}”不是金额。请以元为单位填写，例如 1299 或 1,299.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (分); check “{text}”.</source>
        <translation>金额最多两位小数（到分），请核对“{text}”。</translation>
    </message>
    <message>
        <source>The amount {text} is too large; check it (at most 10,000,000 元).</source>
        <translation>金额 {text} 太大，请核对（最多 10,000,000 元）。</translation>
    </message>
    <message>
        <source>{code} is not in the public catalogue (only listed products are). Name a staff member with --as USER to see it.</source>
        <translation>{code} 不在公开目录中（只有已入选的产品才在）。请用 --as 用户名 以工作人员身份查看。</translation>
    </message>
    <message>
        <source>Without --as only listed products are shown, as on the kiosk. Name a staff member with --as USER to list drafts, submitted or archived products.</source>
        <translation>不带 --as 时只显示已入选的产品，与自助机相同。要列出草稿、已提交或已归档的产品，请用 --as 用户名 指明工作人员。</translation>
    </message>
    <message>
        <source>The catalogue could not be read just now ({reason}). Press F5 to try again.</source>
        <translation>目录暂时无法读取（{reason}）。请按 F5 重试。</translation>
    </message>
    <message>
        <source>This location does not exist or is no longer in use; choose one of the centre&apos;s.</source>
        <translation>该位置不存在或已停用，请选择本中心的位置。</translation>
    </message>
    <message>
        <source>{quantity} is more than a centre could hold; check the number (at most {most}).</source>
        <translation>{quantity} 超出了一个中心可能存放的数量，请核对数字（最多 {most}）。</translation>
    </message>
    <message>
        <source>A quantity of 0 changes nothing; enter how many.</source>
        <translation>数量为 0 不会有任何变化，请填写数量。</translation>
    </message>
    <message>
        <source>Enter how many as a whole number greater than 0.</source>
        <translation>数量请填写大于 0 的整数。</translation>
    </message>
    <message>
        <source>Only {there} of {product} are at {location}, so {asked} cannot leave it. Count what is there, or take fewer.</source>
        <translation>{location} 只有 {there} 件 {product}，不能取出 {asked} 件。请清点实际数量，或减少数量。</translation>
    </message>
    <message>
        <source>This centre no longer exists; press F5 to see the list again.</source>
        <translation>该体验中心已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>There is no centre with the code {code}; `centre list` shows them.</source>
        <translation>没有编码为 {code} 的体验中心；可用 `centre list` 查看所有中心。</translation>
    </message>
    <message>
        <source>{centre} has no location {code} in use; choose one of the centre&apos;s locations.</source>
        <translation>{centre} 没有在用的位置 {code}，请选择本中心的位置。</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name, as on its sign.</source>
        <translation>请按招牌填写中心名称。</translation>
    </message>
    <message>
        <source>Choose the district the centre serves from the list.</source>
        <translation>请从列表中选择中心所服务的区划。</translation>
    </message>
    <message>
        <source>A centre code has 2 to 12 letters A–Z and digits (no dashes or spaces), for example LX01; it is printed on labels.</source>
        <translation>中心编码由 2 至 12 位字母 A–Z 和数字组成（不能有短横线或空格），例如 LX01；它会印在标签上。</translation>
    </message>
    <message>
        <source>The code {code} is already another centre&apos;s; choose another.</source>
        <translation>编码 {code} 已被其他中心使用，请换一个。</translation>
    </message>
    <message>
        <source>A location code has 1 to 8 letters A–Z and digits (no dashes or spaces), for example A1 or ST; it is printed on the shelf&apos;s label.</source>
        <translation>位置编码由 1 至 8 位字母 A–Z 和数字组成（不能有短横线或空格），例如 A1 或 ST；它会印在货架标签上。</translation>
    </message>
    <message>
        <source>Enter a name staff will recognise, such as 展示区A1 or 库房.</source>
        <translation>请填写工作人员容易辨认的名称，例如“展示区A1”或“库房”。</translation>
    </message>
    <message>
        <source>{centre} already has a location {code} ({name}); choose another code.</source>
        <translation>{centre} 已有位置 {code}（{name}），请换一个编码。</translation>
    </message>
    <message>
        <source>This location no longer exists; press F5 to see the list again.</source>
        <translation>该位置已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>{location} still holds {held} items and shows {shown} products; move them elsewhere before taking it out of use.</source>
        <translation>{location} 还存放着 {held} 件货物，并展示着 {shown} 个产品；请先把它们移到别处，再停用这个位置。</translation>
    </message>
    <message>
        <source>Enter the delivery note number (送货单号) so this delivery can be traced.</source>
        <translation>请填写送货单号，以便追溯这批到货。</translation>
    </message>
    <message>
        <source>Choose a different location to move to; this is where the goods are.</source>
        <translation>请选择另一个目标位置；货物现在就在这个位置。</translation>
    </message>
    <message>
        <source>Both locations must be in the same centre; to send goods to another centre, ship a transfer.</source>
        <translation>两个位置必须在同一个中心；要把货物送到其他中心，请发起调拨。</translation>
    </message>
    <message>
        <source>Say why the quantity is adjusted (for example: found during a count).</source>
        <translation>请说明调整数量的原因（例如：盘点时发现）。</translation>
    </message>
    <message>
        <source>There is no stocktake {number}; `stocktake list` shows the open ones.</source>
        <translation>没有编号为 {number} 的盘点；可用 `stocktake list` 查看进行中的盘点。</translation>
    </message>
    <message>
        <source>Stocktake {number} was already applied on {date}; applying or counting it again would change the books twice. Start a new count instead.</source>
        <translation>盘点 {number} 已于 {date} 入账；再次入账或盘点会使账面重复变动。请重新开始一次盘点。</translation>
    </message>
    <message>
        <source>Stocktake {number} was abandoned on {date}; start a new count instead.</source>
        <translation>盘点 {number} 已于 {date} 放弃，请重新开始一次盘点。</translation>
    </message>
    <message>
        <source>Choose one of {centre}&apos;s locations to count, or the whole centre.</source>
        <translation>请选择 {centre} 的一个位置进行盘点，或盘点整个中心。</translation>
    </message>
    <message>
        <source>Stocktake {number} of this centre is still open (begun {date}); continue it, or abandon it before starting another.</source>
        <translation>本中心的盘点 {number} 仍在进行中（{date} 开始）；请继续这次盘点，或先放弃它再开始新的盘点。</translation>
    </message>
    <message>
        <source>Scan {number} of {total}: {problem} Nothing of this batch was counted.</source>
        <translation>第 {number} 次扫描（共 {total} 次）：{problem}本批扫描均未计入。</translation>
    </message>
    <message>
        <source>This is a label of another centre ({code}); this count is of {centre}. Put the item aside and tell the manager.</source>
        <translation>这是其他中心（{code}）的标签；本次盘点的是 {centre}。请把这件物品放在一边，并告知中心主任。</translation>
    </message>
    <message>
        <source>{centre} has no location {code} in use; check the shelf&apos;s label.</source>
        <translation>{centre} 没有在用的位置 {code}，请检查货架标签。</translation>
    </message>
    <message>
        <source>This count is of one location only, and {location} is not it.</source>
        <translation>本次盘点只盘一个位置，不包括 {location}。</translation>
    </message>
    <message>
        <source>This is a device or centre label; a stocktake counts products. Scan the product&apos;s label or the shelf&apos;s.</source>
        <translation>这是租赁设备或体验中心的标签；盘点只清点产品。请扫描产品标签或货架标签。</translation>
    </message>
    <message>
        <source>No product has the code {code}; check the label or type the product.</source>
        <translation>没有编码为 {code} 的产品；请核对标签，或手动输入产品。</translation>
    </message>
    <message>
        <source>Scan the label of the shelf or zone you are counting first, then its products.</source>
        <translation>请先扫描正在盘点的货架或展示区的标签，再扫描上面的产品。</translation>
    </message>
    <message>
        <source>Enter what you counted: a whole number, 0 or more.</source>
        <translation>请填写实盘数量：0 或更大的整数。</translation>
    </message>
    <message>
        <source>This location is not part of this count.</source>
        <translation>这个位置不在本次盘点范围内。</translation>
    </message>
    <message>
        <source>{count} lines were not counted. Say whether they count as none found (the count covered everything) or stay as booked (the count was partial).</source>
        <translation>有 {count} 行未盘。请选择这些行是按未找到计（记为 0，适用于已盘点全部），还是保持账面数量（适用于只盘点了一部分）。</translation>
    </message>
    <message>
        <source>A minimum is a whole number, 0 or more; 0 means no minimum.</source>
        <translation>库存下限须为 0 或更大的整数；0 表示不设下限。</translation>
    </message>
    <message>
        <source>Choose another centre to send to; to move goods inside a centre, move them.</source>
        <translation>请选择另一个接收中心；在同一中心内移动货物，请使用移库。</translation>
    </message>
    <message>
        <source>{centre} is closed and cannot receive goods; choose another centre.</source>
        <translation>{centre} 已关闭，不能接收货物；请选择其他中心。</translation>
    </message>
    <message>
        <source>Add at least one product to send.</source>
        <translation>请至少添加一个要发出的产品。</translation>
    </message>
    <message>
        <source>List each product once, with the total to send.</source>
        <translation>每个产品只列一次，并填写要发出的总数。</translation>
    </message>
    <message>
        <source>Goods can only be sent from a location of {centre}.</source>
        <translation>只能从 {centre} 的位置发出货物。</translation>
    </message>
    <message>
        <source>Put what arrived in a location of the receiving centre, {centre}.</source>
        <translation>到货的货物请放入接收中心 {centre} 的位置。</translation>
    </message>
    <message>
        <source>Enter or scan what arrived; nothing was received.</source>
        <translation>请输入或扫描到货的货物；本次没有入库任何货物。</translation>
    </message>
    <message>
        <source>{product} was not sent with transfer {code}; keep it apart and tell the sender.</source>
        <translation>{product} 不在调拨 {code} 的发货内容中；请单独存放，并告知发出中心。</translation>
    </message>
    <message>
        <source>Only {missing} of {product} are still on the way in transfer {code}, so {asked} cannot be received. Count again; someone may have confirmed them already.</source>
        <translation>调拨 {code} 中的 {product} 只有 {missing} 件仍在途，不能入库 {asked} 件。请重新清点；可能已经有人确认过到货。</translation>
    </message>
    <message>
        <source>Transfer {code} is already closed; there is nothing left to settle.</source>
        <translation>调拨 {code} 已经完结，没有需要结清的内容。</translation>
    </message>
    <message>
        <source>Say what happened to the missing goods.</source>
        <translation>请说明未到货物的情况。</translation>
    </message>
    <message>
        <source>Transfer {code} was already received in full on {date}; nothing was received again.</source>
        <translation>调拨 {code} 已于 {date} 全部到货；本次没有重复入库。</translation>
    </message>
    <message>
        <source>Transfer {code} was settled on {date} and is closed; nothing was received. If goods arrived after all, receive them into stock with their delivery note.</source>
        <translation>调拨 {code} 已于 {date} 结清并完结；本次没有入库。如果货物后来还是到了，请凭送货单将其到货入库。</translation>
    </message>
    <message>
        <source>This transfer no longer exists; press F5 to see the list again.</source>
        <translation>该调拨已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>There is no transfer {code}; a transfer&apos;s code looks like T000012. Check it and try again.</source>
        <translation>找不到调拨 {code}；调拨编号的格式类似 T000012。请核对后再试。</translation>
    </message>
    <message>
        <source>{text} is too large; check the number (at most {most}).</source>
        <translation>{text} 太大，请核对数字（最多 {most}）。</translation>
    </message>
    <message>
        <source>{option} takes a whole number greater than 0, not “{text}”.</source>
        <translation>{option} 须为大于 0 的整数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>{option} takes a whole number other than 0, such as +2 or -3, not “{text}”.</source>
        <translation>{option} 须为不等于 0 的整数，例如 +2 或 -3，而不是“{text}”。</translation>
    </message>
    <message>
        <source>Give the minimum as a whole number, 0 or more (0 removes it), not “{text}”.</source>
        <translation>库存下限须为 0 或更大的整数（0 表示取消下限），而不是“{text}”。</translation>
    </message>
    <message>
        <source>A stocktake is named by its number, such as 12, not “{text}”.</source>
        <translation>请用编号指明盘点，例如 12，而不是“{text}”。</translation>
    </message>
    <message>
        <source>No scans were given: put them after the number, or one per line on standard input.</source>
        <translation>没有给出扫描内容：请写在编号后面，或从标准输入每行输入一条。</translation>
    </message>
    <message>
        <source>--counted takes a whole number, 0 or more, not “{text}”.</source>
        <translation>--counted 须为 0 或更大的整数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>{count} lines were not counted. Add --uncounted zero if the count covered everything (they are not there), or --uncounted keep if it was partial (they stay as booked).</source>
        <translation>有 {count} 行未盘。如果已盘点全部（这些货物确实不在），请加上 --uncounted zero；如果只盘点了一部分（这些行保持账面数量），请加上 --uncounted keep。</translation>
    </message>
    <message>
        <source>Write --item as PRODUCT:LOCATION:N, N a whole number greater than 0 (for example P-000001:ST:5); “{text}” is not in that form.</source>
        <translation>--item 请写成 PRODUCT:LOCATION:N，N 为大于 0 的整数（例如 P-000001:ST:5）；“{text}”不符合这个格式。</translation>
    </message>
    <message>
        <source>Write --item as PRODUCT:N, N a whole number greater than 0 (for example P-000001:3); “{text}” is not in that form.</source>
        <translation>--item 请写成 PRODUCT:N，N 为大于 0 的整数（例如 P-000001:3）；“{text}”不符合这个格式。</translation>
    </message>
    <message>
        <source>“{scanned}” is not a silvershop label. Scan a label printed by silvershop (it starts with SS:), or type the product code.</source>
        <translation>“{scanned}”不是 silvershop 的标签。请扫描 silvershop 打印的标签（以 SS: 开头），或手动输入产品编码。</translation>
    </message>
    <message>
        <source>“{scanned}” looks like a location label but is damaged or incomplete; scan it again or type the location.</source>
        <translation>“{scanned}”像是位置标签，但已损坏或不完整；请重新扫描，或手动输入位置。</translation>
    </message>
    <message>
        <source>“{scanned}” is a web address, not one of this city&apos;s product labels. Scan a label printed by silvershop, or type the product code.</source>
        <translation>“{scanned}”是一个网址，不是本市的产品标签。请扫描 silvershop 打印的标签，或直接输入产品编码。</translation>
    </message>
    <message>
        <source>A label needs a code, and this one is empty.</source>
        <translation>标签必须有编码，但这个标签的编码是空的。</translation>
    </message>
    <message>
        <source>The code “{code}” cannot go on a label: it holds {characters}. Codes on labels use only the digits 0-9, the capital letters A-Z and -; correct the code first.</source>
        <translation>编码“{code}”不能印在标签上：其中含有 {characters}。标签上的编码只能使用数字 0-9、大写字母 A-Z 和 -；请先更正编码。</translation>
    </message>
    <message>
        <source>--paper says what the receipt is printed on; add --receipt FILE.pdf, or leave it out.</source>
        <translation>--paper 用于指定凭证的纸张；请同时加上 --receipt FILE.pdf，或去掉 --paper。</translation>
    </message>
    <message>
        <source>The receipt could not be written to {path}; choose another folder.</source>
        <translation>凭证无法写入 {path}；请换一个文件夹。</translation>
    </message>
    <message>
        <source>--days takes a whole number, 0 or more, not “{text}”.</source>
        <translation>--days 须为 0 或更大的整数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>{option} takes a date such as 2026-11-29, not “{text}”.</source>
        <translation>{option} 须为日期，例如 2026-11-29，而不是“{text}”。</translation>
    </message>
    <message>
        <source>Enter the bank transfer&apos;s reference so the payment can be traced.</source>
        <translation>请填写银行转账流水号，以便核查这笔付款。</translation>
    </message>
    <message>
        <source>{tag} was lent at another desk a moment ago; it cannot be lent twice. Choose another unit.</source>
        <translation>{tag} 刚刚已在另一台终端出租，不能重复出租。请另选一台设备。</translation>
    </message>
    <message>
        <source>{name}&apos;s subsidy for {year} changed at another desk while this was being quoted; quote again to see what is left of the cap.</source>
        <translation>报价期间，{name} 的 {year} 年补贴已在另一台终端发生变化；请重新报价，查看剩余补贴额度。</translation>
    </message>
    <message>
        <source>This device unit no longer exists; scan its label again.</source>
        <translation>这台设备已不存在；请重新扫描标签。</translation>
    </message>
    <message>
        <source>{tag} is not waiting to be cleaned, so there is nothing to sign off; only a unit that came back from a loan or a repair is cleaned.</source>
        <translation>{tag} 不在待清洗消毒状态，无需登记；只有租赁归还或维修完成的设备才需要清洗消毒。</translation>
    </message>
    <message>
        <source>The cleaning cannot have been done in the future; check the time.</source>
        <translation>清洗消毒时间不能晚于现在；请核对时间。</translation>
    </message>
    <message>
        <source>{tag} was signed off at another desk a moment ago.</source>
        <translation>{tag} 的清洗消毒刚刚已在另一台终端登记。</translation>
    </message>
    <message>
        <source>Enter how the unit was cleaned (for example 擦拭消毒).</source>
        <translation>请填写设备的清洗消毒方法（例如：擦拭消毒）。</translation>
    </message>
    <message>
        <source>Enter the disinfectant used and its strength (for example 75% 酒精).</source>
        <translation>请填写所用的消毒剂及其浓度（例如：75% 酒精）。</translation>
    </message>
    <message>
        <source>Enter who cleaned the unit.</source>
        <translation>请填写清洗消毒人。</translation>
    </message>
    <message>
        <source>Enter a price from 0 to 10,000,000 元; check the number.</source>
        <translation>价格须在 0 至 10,000,000 元之间，请核对数字。</translation>
    </message>
    <message>
        <source>This resident is no longer on record.</source>
        <translation>该居民的档案已不存在。</translation>
    </message>
    <message>
        <source>{name} has no consent on file for keeping their personal data. Record their consent (or the legal duty) in the resident&apos;s record before opening a fitting case.</source>
        <translation>{name} 没有个人信息处理依据的记录。请先在居民档案中登记本人同意（或法定职责），再办理辅具适配补贴申请。</translation>
    </message>
    <message>
        <source>Enter the device to be fitted (for example 电动轮椅).</source>
        <translation>请填写需要适配的辅具（例如：电动轮椅）。</translation>
    </message>
    <message>
        <source>This fitting case no longer exists; press F5 to see the list again.</source>
        <translation>该辅具适配补贴申请已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>Case {code} is closed ({stage}); it has no further stage.</source>
        <translation>申请 {code} 已办结（{stage}），没有后续环节。</translation>
    </message>
    <message>
        <source>Case {code} is at {current}; {next} comes next, so {asked} cannot be recorded yet. Stages are recorded one at a time, in order.</source>
        <translation>申请 {code} 目前处于“{current}”环节，下一环节是“{next}”，因此还不能登记“{asked}”。各环节须按顺序逐一登记。</translation>
    </message>
    <message>
        <source>Case {code} was moved on at another desk a moment ago; press F5 to see where it is.</source>
        <translation>申请 {code} 刚刚已在另一台终端进入下一环节；请按 F5 查看当前环节。</translation>
    </message>
    <message>
        <source>{tag} is on loan (due back on {due}); take it back at the desk before retiring it.</source>
        <translation>{tag} 正在出租中（应于 {due} 归还）；请先在柜台办理归还，再报废。</translation>
    </message>
    <message>
        <source>{tag} was already retired on {date}; nothing was changed.</source>
        <translation>{tag} 已于 {date} 报废，未做任何更改。</translation>
    </message>
    <message>
        <source>{tag} was already recorded as lost on {date}; nothing was changed.</source>
        <translation>{tag} 已于 {date} 登记遗失，未做任何更改。</translation>
    </message>
    <message>
        <source>Say why the unit is retired (for example: frame bent).</source>
        <translation>请说明设备报废的原因（例如：车架变形）。</translation>
    </message>
    <message>
        <source>Say how the unit was lost (for example: not found at the count).</source>
        <translation>请说明设备遗失的情况（例如：盘点时未找到）。</translation>
    </message>
    <message>
        <source>Say what is wrong with the unit, so the repair knows what to fix.</source>
        <translation>请说明设备的问题，方便维修。</translation>
    </message>
    <message>
        <source>{tag} is on loan; take it back at the desk as needing repair, which sends it to repair.</source>
        <translation>{tag} 正在出租中；请在柜台办理归还并选择“需维修”，设备会随之送修。</translation>
    </message>
    <message>
        <source>{tag} is already in repair; nothing was changed.</source>
        <translation>{tag} 已在维修中，未做任何更改。</translation>
    </message>
    <message>
        <source>{tag} is retired and is no longer repaired.</source>
        <translation>{tag} 已报废，不再维修。</translation>
    </message>
    <message>
        <source>{tag} is recorded as lost; it cannot be sent to repair.</source>
        <translation>{tag} 已登记遗失，不能送修。</translation>
    </message>
    <message>
        <source>This repair no longer exists; press F5 to see the list again.</source>
        <translation>该维修记录已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>Say what was done (or, beyond repair, why it cannot be repaired).</source>
        <translation>请说明维修处理情况（如无法修复，请说明原因）。</translation>
    </message>
    <message>
        <source>This repair of {tag} was closed on {date}; nothing was changed.</source>
        <translation>{tag} 的这次维修已于 {date} 结束，未做任何更改。</translation>
    </message>
    <message>
        <source>{tag} is not in repair any more; nothing was changed.</source>
        <translation>{tag} 已不在维修中，未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a term in months or in days, not both.</source>
        <translation>租期请按月或按天选择，不能两者都选。</translation>
    </message>
    <message>
        <source>{centre} rents by the month only: choose 1, 2 or 3 months.</source>
        <translation>{centre} 只按月出租：请选择 1、2 或 3 个月。</translation>
    </message>
    <message>
        <source>A rental by the day lasts 1 to {most} days.</source>
        <translation>按天租赁的租期为 1 至 {most} 天。</translation>
    </message>
    <message>
        <source>A rental lasts 1, 2 or 3 months; renew it for longer.</source>
        <translation>租期为 1、2 或 3 个月；需要更长时间请续租。</translation>
    </message>
    <message>
        <source>{tag} is reserved for another resident; choose another unit of this product.</source>
        <translation>{tag} 已为其他居民预约；请另选一台同款设备。</translation>
    </message>
    <message>
        <source>{tag} is on loan already; it cannot be lent twice. Choose another unit.</source>
        <translation>{tag} 已在出租中，不能重复出租。请另选一台设备。</translation>
    </message>
    <message>
        <source>{tag} came back and has not been cleaned and disinfected yet; sign off its cleaning record first, or choose another unit.</source>
        <translation>{tag} 归还后尚未清洗消毒；请先登记清洗消毒记录，或另选一台设备。</translation>
    </message>
    <message>
        <source>{tag} is being repaired; choose another unit.</source>
        <translation>{tag} 正在维修；请另选一台设备。</translation>
    </message>
    <message>
        <source>{tag} is retired and is no longer lent.</source>
        <translation>{tag} 已报废，不再出租。</translation>
    </message>
    <message>
        <source>{tag} is recorded as lost; choose another unit.</source>
        <translation>{tag} 已登记遗失；请另选一台设备。</translation>
    </message>
    <message>
        <source>{name} has no consent on file for keeping their personal data. Record their consent (or the legal duty) in the resident&apos;s record before lending.</source>
        <translation>{name} 没有个人信息处理依据的记录。请先在居民档案中登记本人同意（或法定职责），再出租。</translation>
    </message>
    <message>
        <source>{product} has no monthly rent in the catalogue; ask a catalogue editor to set it.</source>
        <translation>{product} 在目录中没有月租金；请联系目录编辑填写。</translation>
    </message>
    <message>
        <source>Loan {code} has not been returned yet, so it has no return receipt.</source>
        <translation>租赁订单 {code} 尚未归还，因此没有归还凭证。</translation>
    </message>
    <message>
        <source>This loan no longer exists, so it has no receipt.</source>
        <translation>该租赁订单已不存在，因此没有凭证。</translation>
    </message>
    <message>
        <source>This loan no longer exists; scan the unit again.</source>
        <translation>该租赁订单已不存在；请重新扫描设备。</translation>
    </message>
    <message>
        <source>Loan {code} is closed already; lend the unit again instead.</source>
        <translation>租赁订单 {code} 已结束；请重新办理出租。</translation>
    </message>
    <message>
        <source>Loan {code} is {days} days late, past its grace days. Take the unit back (with its late fee) and lend it again.</source>
        <translation>租赁订单 {code} 已逾期 {days} 天，超过了宽限天数。请先办理归还（收取逾期费），再重新出租。</translation>
    </message>
    <message>
        <source>Loan {code} was closed at another desk a moment ago.</source>
        <translation>租赁订单 {code} 刚刚已在另一台终端结束。</translation>
    </message>
    <message>
        <source>A reservation cannot start in the past ({date}); choose today or a later day.</source>
        <translation>预约不能从过去的日期（{date}）开始；请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The reservation ends before it starts; check the dates.</source>
        <translation>预约的结束日期早于开始日期；请核对日期。</translation>
    </message>
    <message>
        <source>This device was due back on {due} and is not back yet; choose another device.</source>
        <translation>这台设备应于 {due} 归还，但尚未归还；请另选一台设备。</translation>
    </message>
    <message>
        <source>This device is on loan until {due}; reserve it from {next} on, or choose another device.</source>
        <translation>这台设备出租至 {due}；请从 {next} 起预约，或另选一台设备。</translation>
    </message>
    <message>
        <source>This device is already reserved from {start} to {end}; choose other dates or another device.</source>
        <translation>这台设备在 {start} 至 {end} 已被预约；请另选日期或另选一台设备。</translation>
    </message>
    <message>
        <source>{tag} belongs to another centre; reserve a device of {centre}.</source>
        <translation>{tag} 属于其他中心；请预约 {centre} 的设备。</translation>
    </message>
    <message>
        <source>{tag} is not a unit of the chosen product; scan it again or choose its product.</source>
        <translation>{tag} 不是所选产品的设备；请重新扫描，或选择它对应的产品。</translation>
    </message>
    <message>
        <source>{tag} is in repair and cannot be promised for these days; reserve the product instead, and the first free unit is held for the resident.</source>
        <translation>{tag} 正在维修，不能保证这些日期可用；请改为预约该产品，第一台空闲的设备会为居民保留。</translation>
    </message>
    <message>
        <source>This product is no longer in the catalogue; choose another.</source>
        <translation>该产品已不在目录中；请另选产品。</translation>
    </message>
    <message>
        <source>{centre} has no units of {product} to lend; choose a product the centre rents out.</source>
        <translation>{centre} 没有可出租的 {product}；请选择本中心出租的产品。</translation>
    </message>
    <message>
        <source>Choose the product to reserve, or scan the device to reserve.</source>
        <translation>请选择要预约的产品，或扫描要预约的设备。</translation>
    </message>
    <message>
        <source>This reservation no longer exists; press F5 to see the list again.</source>
        <translation>该预约已不存在，请按 F5 刷新列表。</translation>
    </message>
    <message>
        <source>This reservation was already fulfilled: the resident has the device. Nothing was changed.</source>
        <translation>该预约已完成：居民已领取设备。未做任何更改。</translation>
    </message>
    <message>
        <source>This reservation was already cancelled; nothing was changed.</source>
        <translation>该预约已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>{tag} is not on loan, so it cannot be taken back. Check the label you scanned.</source>
        <translation>{tag} 不在出租中，无法办理归还。请核对扫描的标签。</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MB; take it again at a smaller size.</source>
        <translation>照片超过 8 MB；请用较小的尺寸重新拍摄。</translation>
    </message>
    <message>
        <source>{tag} was taken back at another desk a moment ago.</source>
        <translation>{tag} 刚刚已在另一台终端办理归还。</translation>
    </message>
    <message>
        <source>A deduction cannot be negative; enter 0 for none.</source>
        <translation>扣款不能为负数；不扣款请填 0。</translation>
    </message>
    <message>
        <source>Deductions cannot exceed the deposit of {deposit} 元; charge the rest separately.</source>
        <translation>扣款不能超过押金 {deposit} 元；超出部分请另行收取。</translation>
    </message>
    <message>
        <source>Say what the deduction is for (a missing part, a repair), so it is documented.</source>
        <translation>请说明扣款原因（如缺少配件、需要维修），以便留档。</translation>
    </message>
    <message>
        <source>Enter an amount from 0 to 10,000,000 元; check the number.</source>
        <translation>金额须在 0 至 10,000,000 元之间，请核对数字。</translation>
    </message>
    <message>
        <source>The asset-tag pattern of {centre} ({pattern}) does not make a tag a label can carry. Put only letters A–Z, digits and dashes around the centre code and the number, for example {example}.</source>
        <translation>{centre} 的资产编号格式（{pattern}）生成的编号无法印在标签上。中心编码和序号前后只能用字母 A–Z、数字和短横线，例如 {example}。</translation>
    </message>
    <message>
        <source>{product} is not offered for rent; mark it rentable in the catalogue (with its monthly rent) before registering rental units of it.</source>
        <translation>{product} 不可租赁；请先在目录中将其设为可租赁（并填写月租金），再登记它的租赁设备。</translation>
    </message>
    <message>
        <source>The purchase date {date} is in the future; check it.</source>
        <translation>购买日期 {date} 晚于今天，请核对。</translation>
    </message>
    <message>
        <source>Choose a location of {centre} that is in use.</source>
        <translation>请选择 {centre} 在用的位置。</translation>
    </message>
    <message>
        <source>Other desks are registering units of {centre} right now; try again in a moment.</source>
        <translation>其他终端正在为 {centre} 登记设备；请稍后再试。</translation>
    </message>
    <message>
        <source>“{scanned}” is a product&apos;s label, not a device&apos;s. Scan the label on the device itself, or type its asset tag.</source>
        <translation>“{scanned}”是产品标签，不是设备标签。请扫描设备本身上的标签，或输入资产编号。</translation>
    </message>
    <message>
        <source>“{scanned}” is a centre&apos;s label, not a device&apos;s. Scan the label on the device itself, or type its asset tag.</source>
        <translation>“{scanned}”是体验中心标签，不是设备标签。请扫描设备本身上的标签，或输入资产编号。</translation>
    </message>
    <message>
        <source>“{scanned}” is a location&apos;s label, not a device&apos;s. Scan the label on the device itself, or type its asset tag.</source>
        <translation>“{scanned}”是位置标签，不是设备标签。请扫描设备本身上的标签，或输入资产编号。</translation>
    </message>
    <message>
        <source>There is no device with the asset tag {tag}; check the label and try again.</source>
        <translation>没有资产编号为 {tag} 的设备；请核对标签后再试。</translation>
    </message>
    <message>
        <source>Enter the price in 元, for example 3500.</source>
        <translation>请以元为单位填写价格，例如 3500。</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the receipt; check that it is on.</source>
        <translation>打印机 {printer} 未能接收凭证；请检查打印机是否已开机。</translation>
    </message>
    <message>
        <source>{tag} is not a device of {centre} that can be reserved; it belongs to another centre or is no longer lent.</source>
        <translation>{tag} 不是 {centre} 可预约的设备；它属于其他中心，或已不再出租。</translation>
    </message>
    <message>
        <source>Find the resident by name, ID number or mobile, and choose them in the list.</source>
        <translation>请按姓名、身份证号或手机号查找居民，并在列表中选择。</translation>
    </message>
    <message>
        <source>Write the year with four digits, for example 2026.</source>
        <translation>年份请写四位数字，例如 2026。</translation>
    </message>
    <message>
        <source>Give either --kind with --codes, or --centre with --all-units or --received-today.</source>
        <translation>请指定 --kind 和 --codes，或者指定 --centre 并加上 --all-units 或 --received-today。</translation>
    </message>
    <message>
        <source>--codes needs --kind (product, unit, location or centre), and both are needed.</source>
        <translation>--codes 需要与 --kind（product、unit、location 或 centre）一起使用，两者缺一不可。</translation>
    </message>
    <message>
        <source>Say which labels: --kind and --codes, or --centre with --all-units or --received-today.</source>
        <translation>请说明要打印哪些标签：用 --kind 和 --codes，或用 --centre 加上 --all-units 或 --received-today。</translation>
    </message>
    <message>
        <source>Name the file to write with .pdf at the end.</source>
        <translation>请指定要写入的文件名，并以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The labels could not be written to {path}; choose another folder.</source>
        <translation>无法将标签写入 {path}；请另选一个文件夹。</translation>
    </message>
    <message>
        <source>--skip takes how many labels of the sheet are used, not “{text}”.</source>
        <translation>--skip 应填写这张标签纸上已用掉的标签数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>--copies takes a whole number greater than 0, not “{text}”.</source>
        <translation>--copies 应填写大于 0 的整数，而不是“{text}”。</translation>
    </message>
    <message>
        <source>An offset of more than {most} mm is not a printer&apos;s error: check that the paper or the labels are loaded right, then measure again.</source>
        <translation>偏移超过 {most} 毫米，这不是打印机本身的误差：请检查纸张或标签是否装好，然后重新测量。</translation>
    </message>
    <message>
        <source>A scale outside {low} to {high} is not a printer&apos;s error: check that the print dialog does not shrink the page to fit, then measure again.</source>
        <translation>缩放超出 {low} 到 {high} 的范围，这不是打印机本身的误差：请检查打印对话框是否将页面缩小以适应纸张，然后重新测量。</translation>
    </message>
    <message>
        <source>Enter the length of the printed {length} mm ruler as you measured it.</source>
        <translation>请输入您实际量得的打印出来的 {length} 毫米标尺的长度。</translation>
    </message>
    <message>
        <source>Choose the printer the test page was printed on.</source>
        <translation>请选择打印测试页所用的打印机。</translation>
    </message>
    <message>
        <source>The QR code of {code} would be too fine to scan on a {width}×{height} mm label. Choose a larger label, or a shorter product address in the settings.</source>
        <translation>{code} 的二维码在 {width}×{height} 毫米的标签上会过于细密，无法扫描。请选择更大的标签，或在设置中改用更短的产品网址。</translation>
    </message>
    <message>
        <source>The {what} of {code} (“{text}”) is too long for a {width}×{height} mm label, even in the smallest print. Choose a larger label, or take a line off this preset.</source>
        <translation>{code} 的{what}（“{text}”）太长，即使用最小字号也印不下 {width}×{height} 毫米的标签。请选择更大的标签，或从此模板中去掉一行。</translation>
    </message>
    <message>
        <source>Print from 1 to {most} copies of each label.</source>
        <translation>每个标签请打印 1 到 {most} 份。</translation>
    </message>
    <message>
        <source>A sheet has {per_page} labels: skip from 0 to {most} used ones.</source>
        <translation>每张标签纸有 {per_page} 个标签：可跳过 0 到 {most} 个已用标签。</translation>
    </message>
    <message>
        <source>Choose at least one label to print.</source>
        <translation>请至少选择一个要打印的标签。</translation>
    </message>
    <message>
        <source>That is {total} labels; print at most {most} at a time, in several batches.</source>
        <translation>共 {total} 个标签；每次最多打印 {most} 个，请分几批打印。</translation>
    </message>
    <message>
        <source>There is no label preset called “{name}”. The presets are: {known}.</source>
        <translation>没有名为“{name}”的标签模板。现有模板：{known}。</translation>
    </message>
    <message>
        <source>Give the preset a name of at most 80 characters.</source>
        <translation>请为模板起一个不超过 80 个字符的名称。</translation>
    </message>
    <message>
        <source>Enter a length from 0.1 to {most} mm.</source>
        <translation>请输入 0.1 到 {most} 毫米之间的长度。</translation>
    </message>
    <message>
        <source>Enter 0 or a positive length in mm.</source>
        <translation>请输入 0 或正数长度（单位：毫米）。</translation>
    </message>
    <message>
        <source>Enter a number of labels from 1 to {most}.</source>
        <translation>请输入 1 到 {most} 之间的标签数量。</translation>
    </message>
    <message>
        <source>The labels do not fit across the page: margin, {columns} labels and the gaps take {needed} mm of a {page} mm page. Check the label width, the gaps and the left margin.</source>
        <translation>标签在横向排不下：边距、{columns} 个标签和间距共需 {needed} 毫米，而页面宽只有 {page} 毫米。请检查标签宽度、间距和左边距。</translation>
    </message>
    <message>
        <source>The labels do not fit down the page: margin, {rows} rows and the gaps take {needed} mm of a {page} mm page. Check the label height, the gaps and the top margin.</source>
        <translation>标签在纵向排不下：边距、{rows} 行标签和间距共需 {needed} 毫米，而页面高只有 {page} 毫米。请检查标签高度、间距和上边距。</translation>
    </message>
    <message>
        <source>A label must be at least {least} mm on its shorter side to carry a QR code a phone can read.</source>
        <translation>标签的短边至少需要 {least} 毫米，才能印出手机可识别的二维码。</translation>
    </message>
    <message>
        <source>The corner radius cannot be more than half the label&apos;s shorter side.</source>
        <translation>圆角半径不能超过标签短边的一半。</translation>
    </message>
    <message>
        <source>Choose the printer&apos;s resolution: 203, 300 or 600 dpi.</source>
        <translation>请选择打印机的分辨率：203、300 或 600 dpi。</translation>
    </message>
    <message>
        <source>Choose error correction M or H.</source>
        <translation>请选择纠错等级 M 或 H。</translation>
    </message>
    <message>
        <source>Each field can be on a label once.</source>
        <translation>每个字段在一个标签上只能出现一次。</translation>
    </message>
    <message>
        <source>The free line can be at most {most} characters.</source>
        <translation>自定义文字最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Write the free line, or leave it off the label.</source>
        <translation>请填写自定义文字，或不在标签上显示这一行。</translation>
    </message>
    <message>
        <source>A preset called “{name}” already exists; choose another name.</source>
        <translation>已有名为“{name}”的模板；请另选一个名称。</translation>
    </message>
    <message>
        <source>That label preset no longer exists.</source>
        <translation>该标签模板已不存在。</translation>
    </message>
    <message>
        <source>“{name}” is built in and cannot be changed; duplicate it and change the copy.</source>
        <translation>“{name}”是内置模板，不能修改；请先复制一份，再修改副本。</translation>
    </message>
    <message>
        <source>“{name}” is built in and cannot be deleted.</source>
        <translation>“{name}”是内置模板，不能删除。</translation>
    </message>
    <message>
        <source>No product has the code {codes}.</source>
        <translation>没有产品编码为 {codes} 的产品。</translation>
    </message>
    <message>
        <source>No device unit has the tag {codes}.</source>
        <translation>没有资产编号为 {codes} 的租赁设备。</translation>
    </message>
    <message>
        <source>There is no centre {codes}.</source>
        <translation>找不到体验中心 {codes}。</translation>
    </message>
    <message>
        <source>There is no location {codes}. Write a location as CENTRE-LOCATION, e.g. LX01-A1.</source>
        <translation>找不到位置 {codes}。位置请按 CENTRE-LOCATION（中心编码-位置编码）的格式填写，例如 LX01-A1。</translation>
    </message>
    <message>
        <source>{centre} has no device units in service to label.</source>
        <translation>{centre} 没有在用的租赁设备可贴标签。</translation>
    </message>
    <message>
        <source>{centre} received nothing on {day}.</source>
        <translation>{centre} 在 {day} 没有任何入库。</translation>
    </message>
    <message>
        <source>The printer stopped taking pages after page {page}; check it.</source>
        <translation>打印机在第 {page} 页之后停止接收页面；请检查打印机。</translation>
    </message>
    <message>
        <source>Printing the labels was cancelled; nothing was saved.</source>
        <translation>标签打印已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The labels could not be written to {path}: the disk may be full, or the file open in another program. Close it or choose another folder, then save again.</source>
        <translation>标签无法写入 {path}：可能是磁盘已满，或该文件正被其他程序打开。请关闭该文件或换一个文件夹，然后重新保存。</translation>
    </message>
    <message>
        <source>The printer {printer} does not take {width}×{height} mm pages. Choose the printer the labels are loaded in, or a preset for its media.</source>
        <translation>打印机 {printer} 不支持 {width}×{height} 毫米的纸张。请选择装有这些标签的打印机，或选择适合该打印机纸张的模板。</translation>
    </message>
    <message>
        <source>The printer {printer} cannot be reached; check that it is on and connected, then try again.</source>
        <translation>无法连接打印机 {printer}；请检查打印机是否已开机并连接好，然后重试。</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the labels; check it and its queue, then try again.</source>
        <translation>打印机 {printer} 没有接收这些标签；请检查打印机及其打印队列，然后重试。</translation>
    </message>
    <message>
        <source>{centre} has no location {location}; check the label, or see the centre&apos;s locations on its Overview tab.</source>
        <translation>{centre} 没有位置 {location}；请检查标签，或在该体验中心的“概况”选项卡中查看其所有位置。</translation>
    </message>
    <message>
        <source>No centre has the code {code}; check the label.</source>
        <translation>没有编码为 {code} 的体验中心；请检查标签。</translation>
    </message>
    <message>
        <source>{code} is the label of {name}, a centre you do not work with.</source>
        <translation>{code} 是{name}的标签，该体验中心不在您的工作范围内。</translation>
    </message>
    <message>
        <source>{label} is the label of a {scanned}, but this list is of {listed}: print the list or empty it first, then scan the label again.</source>
        <translation>{label} 是{scanned}的标签，但当前列表是{listed}：请先打印或清空列表，再重新扫描该标签。</translation>
    </message>
    <message>
        <source>{label} is the label of {whose}; your role does not open {screen}.</source>
        <translation>{label} 是{whose}的标签；您的角色无权打开“{screen}”。</translation>
    </message>
    <message>
        <source>{path} cannot be written: its folder does not exist or is read-only.</source>
        <translation>无法写入 {path}：所在文件夹不存在或为只读。</translation>
    </message>
    <message>
        <source>No backup could be written to {folder} ({reason}), so nothing was changed. Free some disk space or check that the folder may be written, then try again.</source>
        <translation>无法在 {folder} 中写入备份（{reason}），因此未做任何更改。请清理一些磁盘空间，或检查该文件夹是否允许写入，然后重试。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server (or in memory): back it up with the server&apos;s own tools (pg_dump), as README&apos;s “Keeping your data safe” says.</source>
        <translation>此数据库位于 PostgreSQL 服务器上（或在内存中）：请按 README 中“保护数据安全”一节所述，用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>Choose another file than the database itself for its backup.</source>
        <translation>备份请选择数据库文件以外的另一个文件。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({reason}). Free some disk space or choose another folder, then try again.</source>
        <translation>无法将备份写入 {path}（{reason}）。请腾出磁盘空间或换一个文件夹后重试。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup to restore.</source>
        <translation>{path} 就是数据库本身；请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>The backup could not be copied into {path} ({reason}); the database as it was is kept in {kept}.</source>
        <translation>无法将备份复制到 {path}（{reason}）；原数据库保留在 {kept}。</translation>
    </message>
    <message>
        <source>The database as it is could not be kept in {folder} ({reason}), so nothing was restored. Free some disk space or check that the folder may be written, then try again.</source>
        <translation>无法将当前数据库保留到 {folder}（{reason}），因此没有恢复任何内容。请腾出磁盘空间或确认该文件夹可写后重试。</translation>
    </message>
    <message>
        <source>The workbook must be saved as an Excel file ending in .xlsx, not “{name}”.</source>
        <translation>工作簿必须保存为以 .xlsx 结尾的 Excel 文件，而不是“{name}”。</translation>
    </message>
    <message>
        <source>{name} is a folder; give the name of the workbook to write.</source>
        <translation>{name} 是一个文件夹；请给出要写入的工作簿文件名。</translation>
    </message>
    <message>
        <source>Say which office submits the workbook (填报单位). An administrator sets it once under Settings → Desk and data; on the command line, give --office NAME.</source>
        <translation>请指明报送工作簿的填报单位。管理员可在“设置 → 本机与数据”中设置一次；在命令行中请使用 --office NAME。</translation>
    </message>
    <message>
        <source>Statuses are draft, submitted, listed or archived, separated by commas; not “{text}”.</source>
        <translation>状态应为 draft（草稿）、submitted（已申报）、listed（已入选）或 archived（已归档），多个状态用逗号分隔；不能是“{text}”。</translation>
    </message>
    <message>
        <source>No district has the code {code}; the districts are listed by `silvershop-cli centres`.</source>
        <translation>没有代码为 {code} 的区划；区划列表可用 `silvershop-cli centres` 查看。</translation>
    </message>
    <message>
        <source>The workbook could not be saved as {path} ({reason}). If it is open in Excel or WPS, close it there; otherwise choose another folder.</source>
        <translation>无法将工作簿保存为 {path}（{reason}）。如果该文件正在 Excel 或 WPS 中打开，请先在其中关闭；否则请另选一个文件夹。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook, so it cannot be read. Ask the sender to save it again as .xlsx and send it once more.</source>
        <translation>{name} 已损坏或不是 Excel 工作簿，无法读取。请让报送单位重新另存为 .xlsx 后再发送一次。</translation>
    </message>
    <message>
        <source>Row {first} already has this enterprise and model; list each product once.</source>
        <translation>第 {first} 行已有同一企业的同一型号；每个产品只需列一次。</translation>
    </message>
    <message>
        <source>Row {first} has this model for another enterprise; each model has one applicant. Check the model or the credit code.</source>
        <translation>第 {first} 行中此型号属于另一家企业；一个型号只能有一个申报主体。请核对型号或信用代码。</translation>
    </message>
    <message>
        <source>The credit code {code} is registered to {registered}, not to {maker}. Check the credit code (it may be copied from the row above), or write the name as registered.</source>
        <translation>统一社会信用代码 {code} 登记的企业是 {registered}，不是 {maker}。请核对信用代码（可能是从上一行复制来的），或按登记名称填写企业名称。</translation>
    </message>
    <message>
        <source>Row {first} gives the credit code {code} to another enterprise name; one code is one enterprise. Check the name or the code.</source>
        <translation>第 {first} 行已将统一社会信用代码 {code} 填给了另一个企业名称；一个代码只对应一家企业。请核对企业名称或信用代码。</translation>
    </message>
    <message>
        <source>{name} is already registered, with the credit code {code}. If it is the same enterprise, write that code; if it is another one, write its name as on its licence.</source>
        <translation>{name} 已经登记，统一社会信用代码为 {code}。如果是同一家企业，请填写该代码；如果是另一家，请按其营业执照填写名称。</translation>
    </message>
    <message>
        <source>Row {first} gives {name} another credit code; one enterprise has one code. Check which code is right.</source>
        <translation>第 {first} 行为 {name} 填写了另一个信用代码；一家企业只有一个代码。请核对哪个代码正确。</translation>
    </message>
    <message>
        <source>The model {model} is already registered for {enterprise} ({code} {name}); each model has one applicant. Check the model and the credit code.</source>
        <translation>型号 {model} 已由 {enterprise} 申报（{code} {name}）；一个型号只能有一个申报主体。请核对型号和信用代码。</translation>
    </message>
    <message>
        <source>A medical device needs its registration number (注册证号 or 备案号).</source>
        <translation>医疗器械需要填写注册证号或备案号。</translation>
    </message>
    <message>
        <source>The class of this medical device cannot be read from its registration number. Check the number (such as 苏械注准20222040123), or add a column 管理类别 with I, II or III.</source>
        <translation>无法从注册证号判断该医疗器械的管理类别。请核对证号（例如 苏械注准20222040123），或添加“管理类别”列，填写 I、II 或 III。</translation>
    </message>
    <message>
        <source>{count} device units of this product are still in service, so it stays rentable. Write 是 here, or retire those units first.</source>
        <translation>该产品还有 {count} 台租赁设备在用，因此必须保持可租赁。请在此填写“是”，或先将这些设备报废。</translation>
    </message>
    <message>
        <source>{column} is empty; every product needs it.</source>
        <translation>{column} 为空；每个产品都必须填写此项。</translation>
    </message>
    <message>
        <source>This cell holds a formula ({formula}), not a value. Copy the column and paste it back as values (Paste Special → Values), then send the file again.</source>
        <translation>该单元格是公式（{formula}），而不是数值。请复制该列，再以数值形式粘贴回原处（选择性粘贴 → 数值），然后重新发送文件。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of this credit code ({code}) are not a division code (GB/T 2260), which starts with a province, like 32 for Jiangsu. Check the code against the business licence, or fill in 企业所在地区划代码.</source>
        <translation>该统一社会信用代码的第 3 到 8 位（{code}）不是区划代码（GB/T 2260，以省级代码开头，例如江苏为 32）。请对照营业执照核对，或填写“企业所在地区划代码”。</translation>
    </message>
    <message>
        <source>“{code}” is not a division code (GB/T 2260): six digits starting with a province, like 320211.</source>
        <translation>“{code}”不是区划代码（GB/T 2260）：应为以省级代码开头的六位数字，例如 320211。</translation>
    </message>
    <message>
        <source>This cell holds {text} (TRUE or FALSE), not text. Type the text again.</source>
        <translation>此单元格中是 {text}（TRUE 或 FALSE），不是文字。请重新输入文字。</translation>
    </message>
    <message>
        <source>Excel turned what was typed here into a date or time ({text}). Format the column as Text and type it again.</source>
        <translation>Excel 把这里输入的内容变成了日期或时间（{text}）。请把该列设置为“文本”格式后重新输入。</translation>
    </message>
    <message>
        <source>This cell shows an Excel error ({text}), not a value. Type the value itself.</source>
        <translation>此单元格显示的是 Excel 错误值（{text}），不是数据。请直接填写数值本身。</translation>
    </message>
    <message>
        <source>This code was stored as a number ({value}), and Excel has changed its last digits. Format the column as Text, type the code again and send the file once more.</source>
        <translation>此代码被存成了数字（{value}），Excel 已改动了它的最后几位。请将该列设置为“文本”格式，重新输入代码，然后再发送一次文件。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money. Type it in 元, for example 1299.</source>
        <translation>“{text}”不是金额。请以元为单位填写，例如 1299。</translation>
    </message>
    <message>
        <source>Write {yes} or {no} here, not “{text}”.</source>
        <translation>此处请填写“{yes}”或“{no}”，而不是“{text}”。</translation>
    </message>
    <message>
        <source>“{text}” is not a year; write it as four digits, for example 2024.</source>
        <translation>“{text}”不是年份；请写成四位数字，例如 2024。</translation>
    </message>
    <message>
        <source>Another desk changed the same products or enterprises while the file was imported, so nothing was imported. Import the file again.</source>
        <translation>导入期间，另一台电脑修改了相同的产品或企业，因此未导入任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <source>There is no category scheme {scheme} {edition}. The schemes are listed by `silvershop-cli categories`, for example miit_smart 2024.</source>
        <translation>没有分类目录 {scheme} {edition}。可用 `silvershop-cli categories` 查看分类目录列表，例如 miit_smart 2024。</translation>
    </message>
    <message>
        <source>{scheme} is the assistive-product classification; the workbook files products under a catalogue such as miit_smart 2024 (its codes go in the column 辅具分类编码).</source>
        <translation>{scheme} 是辅助器具分类；工作簿中的产品应归入 miit_smart 2024 之类的目录（辅助器具分类编码请填在“辅具分类编码”列）。</translation>
    </message>
    <message>
        <source>“{text}” is not a category of {scheme} {edition}. Choose one from the drop-down list of the template, such as {example}.</source>
        <translation>“{text}”不是 {scheme} {edition} 中的类别。请从模板的下拉列表中选择，例如 {example}。</translation>
    </message>
    <message>
        <source>The code {code} is in several editions ({editions}); keep one edition loaded, or leave the cell empty and choose the category in the product&apos;s form.</source>
        <translation>编码 {code} 在多个版本中都有（{editions}）；请只保留一个已加载的版本，或将此单元格留空，在产品信息窗口中选择类别。</translation>
    </message>
    <message>
        <source>No loaded edition of ISO 9999 or GB/T 16432 has the code {code}. Check the code (written like 12 22 03); if it is right, add it to its edition as a new category first.</source>
        <translation>已加载的 ISO 9999 或 GB/T 16432 各版本中都没有编码 {code}。请核对编码（写法如 12 22 03）；如果编码无误，请先将它作为新类别添加到相应版本中。</translation>
    </message>
    <message>
        <source>Save the report under another name, so the file that was sent stays as it was.</source>
        <translation>请用另一个文件名保存错误报告，以免改动报送来的原文件。</translation>
    </message>
    <message>
        <source>The report must be an Excel file ending in .xlsx, not “{name}”.</source>
        <translation>错误报告必须是以 .xlsx 结尾的 Excel 文件，而不是“{name}”。</translation>
    </message>
    <message>
        <source>The report could not be saved as {path} ({reason}). If it is open in Excel or WPS, close it there; otherwise choose another folder.</source>
        <translation>无法将错误报告保存为 {path}（{reason}）。如果该文件正在 Excel 或 WPS 中打开，请先在其中关闭；否则请另选一个文件夹。</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no header row with the template&apos;s column names (such as 产品名称 and 型号规格) in its first {rows} rows. Copy the header row from the template.</source>
        <translation>工作表 {sheet} 的前 {rows} 行中没有包含模板列名（如“产品名称”“型号规格”）的表头行。请从模板中复制表头行。</translation>
    </message>
    <message>
        <source>The workbook has no sheet {sheet} and no sheet with its column names (its sheets: {sheets}). Fill in the 产品目录 sheet of the template and send that.</source>
        <translation>工作簿中没有工作表 {sheet}，也没有包含其列名的工作表（现有工作表：{sheets}）。请填写模板中的“产品目录”工作表后发送。</translation>
    </message>
    <message>
        <source>The header row (row {header_row} of {sheet}) has no column {missing}, which every product needs. Add the column with that name and fill it in.</source>
        <translation>表头行（{sheet} 的第 {header_row} 行）中没有 {missing} 列，而每个产品都必须填写此项。请添加该名称的列并填写。</translation>
    </message>
    <message>
        <source>The sheet {sheet} has more than {limit} filled rows; one import takes at most {limit} products. Check for rows filled by mistake below the products, or split the file into several.</source>
        <translation>工作表 {sheet} 中已填写的行超过 {limit} 行；一次最多导入 {limit} 个产品。请检查产品下方是否有误填的行，或将文件拆分为几个。</translation>
    </message>
    <message>
        <source>{name} is protected with a password, so it cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation>{name} 设有密码保护，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿），保存后重新导入。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>{name} 是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>There is no file {name}; check the name.</source>
        <translation>找不到文件 {name}；请检查文件名。</translation>
    </message>
    <message>
        <source>{name} is a folder; choose a workbook.</source>
        <translation>{name} 是一个文件夹；请选择工作簿。</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}). Check that you may read it.</source>
        <translation>无法打开 {name}（{reason}）。请检查您是否有读取权限。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>{name} 不是 Excel 工作簿。请在 Excel 或 WPS 中打开它并另存为 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>Write the office that submits the workbook (填报单位). An administrator can keep it in Settings → Desk and data, so that it is filled in here.</source>
        <translation>请填写报送工作簿的填报单位。管理员可在“设置 → 本机与数据”中保存，以后此处会自动填好。</translation>
    </message>
    <message>
        <source>Tick at least one status: the workbook lists the products that have it.</source>
        <translation>请至少勾选一种状态：工作簿将列出处于所选状态的产品。</translation>
    </message>
    <message>
        <source>The two PINs are not the same; nothing was changed. Try again.</source>
        <translation>两次输入的密码（PIN）不一致，未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>Please write your name, so that we know whom to ask for.</source>
        <translation>请填写您的姓名，这样我们打电话时知道找哪一位。</translation>
    </message>
    <message>
        <source>Please write only your name, in at most {limit} characters.</source>
        <translation>请只填写您的姓名，不超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Please write a phone number we can call: a mobile number (11 digits, starting with 1) or a home number with its area code, such as 0510-82345678.</source>
        <translation>请填写我们能打通的电话号码：手机号（11 位，以 1 开头），或带区号的家庭电话，例如 0510-82345678。</translation>
    </message>
    <message>
        <source>This experience centre is not open.</source>
        <translation>这个体验中心目前没有开放。</translation>
    </message>
    <message>
        <source>This screen cannot take phone numbers yet. Please ask a member of staff: they must first open silvershop on a desk once and look at Centres → Callback requests.</source>
        <translation>本机暂时不能登记电话号码。请找工作人员：需先在工作台打开 silvershop，查看一次“体验中心 → 回电请求”。</translation>
    </message>
    <message>
        <source>Please tick the box to agree that we keep your name and phone number until we have called you; without it we cannot call you back.</source>
        <translation>请勾选方框，同意我们在给您回电之前保存您的姓名和电话号码；不勾选的话，我们就无法给您回电。</translation>
    </message>
    <message>
        <source>Your agreement could not be recorded. Please ask a member of staff to help you.</source>
        <translation>没能记录您的同意。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>This callback request no longer exists.</source>
        <translation>这条回电请求已不存在。</translation>
    </message>
    <message>
        <source>Nobody called this visitor back in time, so their name and phone were deleted on {at}, as they were promised.</source>
        <translation>未在期限内回电，已按承诺于 {at} 删除该访客的姓名和电话。</translation>
    </message>
    <message>
        <source>{user} has already called this visitor back ({at}); there is nothing more to do.</source>
        <translation>{user} 已给这位访客回过电（{at}），无需再处理。</translation>
    </message>
    <message>
        <source>{user} has already closed this request without a call ({at}); there is nothing more to do.</source>
        <translation>{user} 已于 {at} 关闭此请求（未回电），无需再处理。</translation>
    </message>
    <message>
        <source>This visitor&apos;s name and phone cannot be read with this desk&apos;s personal-data key. If nobody can call them, close the request with Discard.</source>
        <translation>无法用本工作台的个人信息密钥读取该访客的姓名和电话。如无法回电，请用“作废”关闭该请求。</translation>
    </message>
    <message>
        <source>Choose why the request is closed: the visitor could not be reached, or withdrew.</source>
        <translation>请选择关闭原因：联系不上访客，或访客不再需要回电。</translation>
    </message>
    <message>
        <source>No open experience centre has the code {code}. Start the kiosk with the code of the centre it stands in; `silvershop-cli centre list` shows the codes.</source>
        <translation>没有编码为 {code} 的开放中的体验中心。请使用展示终端所在中心的编码启动；`silvershop-cli centre list` 可列出所有编码。</translation>
    </message>
    <message>
        <source>Sorry, this product cannot be shown here. Please go back and choose another one.</source>
        <translation>抱歉，这个产品暂时不能在这里显示。请返回，另选一个产品。</translation>
    </message>
    <message>
        <source>The kiosk PIN is {shortest} to {longest} digits (0-9), without letters or spaces.</source>
        <translation>展示终端员工密码（PIN）须为 {shortest} 至 {longest} 位数字（0-9），不能含字母或空格。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>两次输入的密码（PIN）不一致。请重新输入。</translation>
    </message>
    <message>
        <source>A month is a number from 1 to 12, not {number}.</source>
        <translation>月份应为 1 到 12 之间的数字，而不是 {number}。</translation>
    </message>
    <message>
        <source>A quarter is 1, 2, 3 or 4, not {number}.</source>
        <translation>季度应为 1、2、3 或 4，而不是 {number}。</translation>
    </message>
    <message>
        <source>{year} is not a year the programme can have figures for.</source>
        <translation>{year} 年不在本项目可统计的年份范围内。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); swap the two dates.</source>
        <translation>统计期间的结束日期（{last}）早于开始日期（{first}），请对调两个日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>请选择不超过十年的统计期间。</translation>
    </message>
    <message>
        <source>Name the file to write the backup to, or give --verify FILE.</source>
        <translation>请指定备份要写入的文件，或使用 --verify 文件。</translation>
    </message>
    <message>
        <source>This replaces the database with the backup (the database as it is now is kept in the backups folder). Close every silvershop window on it, then run the command again with --yes.</source>
        <translation>此操作将用备份替换数据库（当前数据库会保留在 backups 文件夹中）。请关闭使用它的所有 silvershop 窗口，然后加上 --yes 再次运行该命令。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a silvershop backup: it is not a database file at all.</source>
        <translation>{path} 不是 silvershop 备份：它根本不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it cannot be restored. Take an older backup.</source>
        <translation>{path} 已损坏（{problem}），无法恢复。请使用更早的备份。</translation>
    </message>
    <message>
        <source>{path} is a database, but not one of silvershop&apos;s; it cannot be restored.</source>
        <translation>{path} 是数据库，但不是 silvershop 的数据库，无法恢复。</translation>
    </message>
    <message>
        <source>{path} could not be read as a database ({reason}); it cannot be restored.</source>
        <translation>无法将 {path} 作为数据库读取（{reason}），无法恢复。</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of silvershop (schema {revision}); install that version to restore it.</source>
        <translation>{path} 由更新版本的 silvershop 保存（结构版本 {revision}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>{path} has a schema silvershop does not know ({revision}); it cannot be restored.</source>
        <translation>{path} 的数据库结构 silvershop 无法识别（{revision}），无法恢复。</translation>
    </message>
    <message>
        <source>This database is open in silvershop on {host} (user {user}) since {since}. Close it there first, or use a PostgreSQL server for several desks (see the README).</source>
        <translation>此数据库已在 {host}（用户 {user}）的 silvershop 中打开，自 {since} 起。请先在那里关闭，或为多个服务台使用 PostgreSQL 服务器（见 README）。</translation>
    </message>
    <message>
        <source>This database is open in another copy of silvershop. Close it there first, or use a PostgreSQL server for several desks (see the README).</source>
        <translation>此数据库已在另一个 silvershop 中打开。请先在那里关闭，或为多个服务台使用 PostgreSQL 服务器（见 README）。</translation>
    </message>
    <message>
        <source>This database is open in silvershop on {host} (user {user}) since {since}. Close it there first; if silvershop was not closed there (a crash, the PC switched off), it can be opened here from {free} on.</source>
        <translation>此数据库已在 {host}（用户 {user}）的 silvershop 中打开，自 {since} 起。请先在那里关闭；如果那里的 silvershop 没有正常关闭（程序崩溃或电脑已关机），从 {free} 起可以在这里打开。</translation>
    </message>
    <message>
        <source>silvershop cannot mark {path} as open on this PC ({reason}). Make room on the disk or ask for write access to its folder, then start again.</source>
        <translation>silvershop 无法将 {path} 标记为在本机打开（{reason}）。请腾出磁盘空间或申请该文件夹的写入权限，然后重新启动。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{column} (column {letter}): </source>
        <translation>{column}（{letter} 列）：</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Medical device</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>管理类别</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <source>Assistive-product code</source>
        <translation>辅具分类编码</translation>
    </message>
    <message>
        <source>Reference price (元)</source>
        <translation>参考价格（元）</translation>
    </message>
    <message>
        <source>For rent</source>
        <translation>可租赁</translation>
    </message>
    <message>
        <source>Monthly rent (元)</source>
        <translation>月租金（元）</translation>
    </message>
    <message>
        <source>Deposit (元)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>产品简介</translation>
    </message>
    <message>
        <source>Listing year</source>
        <translation>入选年度</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Catalogue category</source>
        <translation>目录类别</translation>
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
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{column} (column {letter})</source>
        <translation>{column}（{letter} 列）</translation>
    </message>
</context>
<context>
    <name>fitting</name>
    <message>
        <source>{stage} ({term})</source>
        <translation>{stage}（{term}）</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>I agree that this experience centre keeps my name and phone number to call me back about this product, and deletes them once it has called.</source>
        <translation>我同意本体验中心保存我的姓名和电话号码，用于就这个产品给我回电；回电后即删除。</translation>
    </message>
    <message>
        <source>This code is not one of our products. Please ask a member of staff.</source>
        <translation>这个码不属于我们的产品。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>This product is not in our catalogue at the moment. Please ask a member of staff about it.</source>
        <translation>这个产品目前不在我们的目录中。请向工作人员咨询。</translation>
    </message>
    <message>
        <source>This label belongs to another experience centre. Please ask a member of staff.</source>
        <translation>这个标签属于另一个体验中心。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Try them here</source>
        <translation>可现场体验的产品</translation>
    </message>
    <message>
        <source>Rent an aid</source>
        <translation>租用辅具</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>可现场体验</translation>
    </message>
    <message>
        <source>Sorry, this screen is resting for a moment. Please ask a member of staff.</source>
        <translation>抱歉，本屏幕暂停服务片刻。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>No staff PIN is set, so nobody could close the kiosk. An administrator sets one under Settings → Desk and data, or with silvershop-cli kiosk-pin.</source>
        <translation>尚未设置员工密码（PIN），因此无人能关闭展示终端。请管理员在“设置 → 本机与数据”中设置，或使用 silvershop-cli kiosk-pin 设置。</translation>
    </message>
    <message>
        <source>The database has no experience centre for the kiosk to stand in.</source>
        <translation>数据库中没有可供展示终端使用的体验中心。</translation>
    </message>
    <message>
        <source>The kiosk could not start because of an error in silvershop.</source>
        <translation>由于 silvershop 出错，展示终端未能启动。</translation>
    </message>
    <message>
        <source>{place} ({note})</source>
        <translation>{place}（{note}）</translation>
    </message>
    <message>
        <source>On show in {places}: you can try it here.</source>
        <translation>展示位置：{places}。您可以在这里现场体验。</translation>
    </message>
    <message>
        <source>Not on show here; on show at {centres}.</source>
        <translation>这里没有展示；您可以到 {centres} 现场体验。</translation>
    </message>
    <message>
        <source>Not on show in any centre at the moment.</source>
        <translation>目前没有在任何中心展示。</translation>
    </message>
    <message>
        <source>This product is not rented out.</source>
        <translation>这个产品不提供租用。</translation>
    </message>
    <message>
        <source>This centre lends it: {free} of {units} free now.</source>
        <translation>本中心可租用：共 {units} 台，现在有 {free} 台空闲。</translation>
    </message>
    <message>
        <source>It can be rented in this city, but not from this centre; staff can tell you where.</source>
        <translation>本市可以租用，但本中心不出租；工作人员可以告诉您在哪里租。</translation>
    </message>
    <message>
        <source>Rent: {amount} a month</source>
        <translation>租金：每月 {amount}</translation>
    </message>
    <message>
        <source>Deposit: {amount}, given back when you return it</source>
        <translation>押金：{amount}，归还时退还给您</translation>
    </message>
    <message>
        <source>The subsidy is for loans of {months}.</source>
        <translation>租期为 {months} 时可享受补贴。</translation>
    </message>
    <message>
        <source>The subsidy is at most {amount} a person a year.</source>
        <translation>补贴每人每年最多 {amount}。</translation>
    </message>
    <message>
        <source>Staff at the rental desk work out your own price.</source>
        <translation>具体价格由租用服务台的工作人员为您计算。</translation>
    </message>
    <message>
        <source>{label} (registered residents of this city)</source>
        <translation>{label}（本市户籍）</translation>
    </message>
    <message>
        <source>Price: please ask a member of staff</source>
        <translation>价格：请问工作人员</translation>
    </message>
    <message>
        <source>Price: {amount}</source>
        <translation>价格：{amount}</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>暂无产品</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 个产品</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>{count} 个产品</translation>
    </message>
    <message>
        <source>Can be rented: none free here now</source>
        <translation>可租用：这里现在没有空闲的</translation>
    </message>
    <message>
        <source>Can be rented: {count} free now</source>
        <translation>可租用：现在有 {count} 台空闲</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} 或 {last}</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>{label}: about {amount} a month</source>
        <translation>{label}：每月约 {amount}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>一分钟</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} 分钟</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>{name}: target at the centre, rulers in mm</source>
        <translation>{name}：靶心位于中央，标尺单位为毫米</translation>
    </message>
    <message>
        <source>Rent {amount}/month</source>
        <translation>月租金 {amount} 元</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Centre manager</source>
        <translation>中心主任</translation>
    </message>
    <message>
        <source>Desk clerk</source>
        <translation>租赁服务员</translation>
    </message>
    <message>
        <source>Catalogue editor</source>
        <translation>目录编辑</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>展示终端</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Shared setting</source>
        <translation>共用设置</translation>
    </message>
    <message>
        <source>Callback request</source>
        <translation>回电请求</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>centres</source>
        <translation>所在中心</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <source>elder mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>local household registration</source>
        <translation>本地户籍</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>信息处理依据</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>已回电</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>receipts</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>需维修</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Subsidy ({rate}%)</source>
        <translation>补贴（{rate}%）</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Deposit (carried over from loan {code})</source>
        <translation>押金（沿用租赁订单 {code}）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>付款流水号</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起租日期</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应归还日期</translation>
    </message>
    <message>
        <source>Renews loan</source>
        <translation>续租原订单</translation>
    </message>
    <message>
        <source>Rental receipt</source>
        <translation>租赁凭证</translation>
    </message>
    <message>
        <source>Checked out at</source>
        <translation>出租时间</translation>
    </message>
    <message>
        <source>Device and term</source>
        <translation>设备与租期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Rent to pay</source>
        <translation>应付租金</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>本次实付</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Please keep this receipt and bring it when you return the device.</source>
        <translation>请妥善保管本凭证，归还设备时请带上。</translation>
    </message>
    <message>
        <source>Collected from the resident&apos;s home</source>
        <translation>上门回收</translation>
    </message>
    <message>
        <source>Brought to the desk</source>
        <translation>送回服务台</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>出租日期</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还方式</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>设备状况</translation>
    </message>
    <message>
        <source>Condition note</source>
        <translation>状况说明</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>逾期费</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deducted for</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>仍需补交</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>归还凭证</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Late fee and deposit</source>
        <translation>逾期费与押金</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>Open {hours}</source>
        <translation>开放时间：{hours}</translation>
    </message>
    <message>
        <source>Loan number</source>
        <translation>租赁订单号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>租赁信息</translation>
    </message>
    <message>
        <source>Resident or family member (signature)</source>
        <translation>居民或家属（签字）</translation>
    </message>
    <message>
        <source>Clerk (signature)</source>
        <translation>经办人（签字）</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>reservations</name>
    <message>
        <source>{n}st in line</source>
        <translation>候补第 {n} 位</translation>
    </message>
    <message>
        <source>{n}nd in line</source>
        <translation>候补第 {n} 位</translation>
    </message>
    <message>
        <source>{n}rd in line</source>
        <translation>候补第 {n} 位</translation>
    </message>
    <message>
        <source>{n}th in line</source>
        <translation>候补第 {n} 位</translation>
    </message>
</context>
<context>
    <name>residents</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>Consent on file</source>
        <translation>信息处理依据</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限至</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>✓ Consent</source>
        <translation>✓ 本人同意</translation>
    </message>
    <message>
        <source>✓ Statutory duty</source>
        <translation>✓ 法定职责</translation>
    </message>
    <message>
        <source>✕ None on file</source>
        <translation>✕ 无记录</translation>
    </message>
    <message>
        <source>The resident&apos;s separate consent</source>
        <translation>居民本人的单独同意</translation>
    </message>
    <message>
        <source>A statutory duty</source>
        <translation>履行法定职责</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>0 – able</source>
        <translation>0 级（能力完好）</translation>
    </message>
    <message>
        <source>1 – mildly impaired</source>
        <translation>1 级（能力轻度受损）</translation>
    </message>
    <message>
        <source>2 – moderately impaired</source>
        <translation>2 级（能力中度受损）</translation>
    </message>
    <message>
        <source>3 – severely impaired</source>
        <translation>3 级（能力重度受损）</translation>
    </message>
    <message>
        <source>4 – fully dependent</source>
        <translation>4 级（能力完全丧失）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mild disability</source>
        <translation>轻度失能</translation>
    </message>
    <message>
        <source>Moderate disability</source>
        <translation>中度失能</translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation>重度失能</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>不属于</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Just above the allowance line (dibao edge)</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <source>Ability assessment: {level}</source>
        <translation>老年人能力评估：{level}</translation>
    </message>
    <message>
        <source>Long-term care insurance: {level}</source>
        <translation>长护险：{level}</translation>
    </message>
    <message>
        <source>Low-income family: {status}</source>
        <translation>低保情况：{status}</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>a product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>a rental device unit</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>an experience centre</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>a location in a centre</source>
        <translation>体验中心内的位置</translation>
    </message>
    <message>
        <source>Scanned {code}: {record}</source>
        <translation>已扫码 {code}：{record}</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Months of {year}</source>
        <translation>{year}年各月</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>Rental desk</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已入选</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>出租中</translation>
    </message>
    <message>
        <source>Awaiting cleaning</source>
        <translation>待清洗消毒</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>体验中心</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Rent per month</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>自定义文字</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Device unit</source>
        <translation>租赁设备</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <source>Sent to another centre</source>
        <translation>调拨发出</translation>
    </message>
    <message>
        <source>Received from another centre</source>
        <translation>调拨入库</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>移库移出</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>移库移入</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Count them as none found</source>
        <translation>按未找到计（记为 0）</translation>
    </message>
    <message>
        <source>Leave them as booked</source>
        <translation>保持账面数量</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>In good order</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>需维修</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed: clean again</source>
        <translation>不合格：须重新清洗消毒</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>No subsidy rules are in force on this date</source>
        <translation>该日期没有生效的补贴政策</translation>
    </message>
    <message>
        <source>Only 2- and 3-month rentals are subsidised</source>
        <translation>只有租期为 2 个月或 3 个月的租赁才有补贴</translation>
    </message>
    <message>
        <source>The resident meets no subsidy rule</source>
        <translation>该居民不符合任何补贴条件</translation>
    </message>
    <message>
        <source>This year&apos;s subsidy cap is used up</source>
        <translation>本年度补贴额度已用完</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>候补中</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>已受理申请</translation>
    </message>
    <message>
        <source>First review</source>
        <translation>初审通过</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复审通过</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Fitting subsidy paid</source>
        <translation>已发放适配补贴</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未获通过</translation>
    </message>
    <message>
        <source>Display zone</source>
        <translation>展示区</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Store room</source>
        <translation>库房</translation>
    </message>
    <message>
        <source>Rental store</source>
        <translation>租赁设备库</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>Received in full</source>
        <translation>已全部到货</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>退回发出中心</translation>
    </message>
    <message>
        <source>Written off as lost</source>
        <translation>作遗失报废</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>More than booked</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>Label roll</source>
        <translation>卷装标签</translation>
    </message>
    <message>
        <source>Continuous tape</source>
        <translation>连续标签带</translation>
    </message>
    <message>
        <source>A4 label sheet</source>
        <translation>A4 标签纸</translation>
    </message>
</context>
</TS>
