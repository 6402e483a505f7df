<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../calibration_dialog.py" line="105"/>
        <source>Camera calibration</source>
        <translation>摄像头标定</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="206"/>
        <source>Staff zone</source>
        <translation>员工区域</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207"/>
        <source>Customer zone</source>
        <translation>客户区域</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="214"/>
        <source>Ruler</source>
        <translation>测距尺</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="141"/>
        <source>Next floor x</source>
        <translation>下一点地面 x</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="126"/>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="142"/>
        <source>Next floor y</source>
        <translation>下一点地面 y</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="144"/>
        <source>Undo last point</source>
        <translation>撤销上一个点</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="146"/>
        <source>Next step ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="189"/>
        <source>Two floor points are at the same place (in the picture or on the floor): each mark needs its own. Undo the last one and place it again.</source>
        <translation>有两个地面点位置相同（在画面中或地面上）：每个标记都需要各自的位置。请撤销最后一个点后重新放置。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="192"/>
        <source>Place the floor points first: click at least {need} floor marks and type where each is on the floor ({have} so far).</source>
        <translation>请先放置地面点：至少点击 {need} 个地面标记，并输入每个标记在地面上的位置（目前 {have} 个）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="194"/>
        <source>Draw the staff zone first: click at least {need} of its corners on the floor ({have} so far).</source>
        <translation>请先画出员工区域：在地面上至少点击它的 {need} 个角（目前 {have} 个）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="196"/>
        <source>Draw the customer zone next: click at least {need} of its corners on the floor ({have} so far).</source>
        <translation>接下来画出客户区域：在地面上至少点击它的 {need} 个角（目前 {have} 个）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="198"/>
        <source>Draw the counter edge next: click at least {need} points along its customer side, on the floor ({have} so far).</source>
        <translation>接下来画出柜台边缘：沿柜台朝向客户的一侧，在地面上至少点击 {need} 个点（目前 {have} 个）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="206"/>
        <source>Floor points</source>
        <translation>地面点</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="216"/>
        <source>Measure a known length on the floor (after the floor points).</source>
        <translation>在地面上测量一段已知长度（放好地面点之后）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="222"/>
        <source>Step 1 of 5: click a floor mark, then type its floor position (x, y in metres) before the next click. Four or more marks, spread over the floor, not on one line.</source>
        <translation>第 1 步（共 5 步）：点击一个地面标记，并在下一次点击前输入它在地面上的位置（x、y，单位米）。至少四个标记，分散在地面上，不要在一条直线上。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="224"/>
        <source>Step 2 of 5: click the corners of the staff area behind the counter, on the floor.</source>
        <translation>第 2 步（共 5 步）：在地面上点击柜台后面员工区域的各个角。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="225"/>
        <source>Step 3 of 5: click the corners of the customer area in front of the counter, on the floor.</source>
        <translation>第 3 步（共 5 步）：在地面上点击柜台前面客户区域的各个角。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="227"/>
        <source>Step 4 of 5: click along the customer-side edge of the counter, where it meets the floor.</source>
        <translation>第 4 步（共 5 步）：沿柜台朝向客户一侧与地面相接的边缘点击。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="229"/>
        <source>Step 5 of 5: the check shows how far the floor points land from where they should. Save when it is good.</source>
        <translation>第 5 步（共 5 步）：检查显示地面点与应在位置相差多远。结果良好时再保存。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="231"/>
        <source>Ruler: click two points on the floor; their distance is shown in metres.</source>
        <translation>测距尺：在地面上点击两个点，显示它们之间的距离（米）。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="235"/>
        <source>Done: press Next step.</source>
        <translation>已完成：请按“下一步”。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="279"/>
        <source>Go back to a drawing step to change the points.</source>
        <translation>要修改点，请回到绘制步骤。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="288"/>
        <source>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</source>
        <translation>地面点 {n}：图像 ({x:.0f}, {y:.0f}) = 地面 ({fx:.3f}, {fy:.3f}) 米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="315"/>
        <source>Click two points to measure.</source>
        <translation>点击两个点进行测量。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="318"/>
        <source>Ruler: {d:.2f} m on the floor</source>
        <translation>测距：地面距离 {d:.2f} 米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="320"/>
        <source>Cannot measure yet: {e}</source>
        <translation>暂时无法测量：{e}</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="374"/>
        <source>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</source>
        <translation>{n} 个点的标定误差：均方根 {rms:.1f} 厘米，最大 {max:.1f} 厘米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="377"/>
        <source>; leave-one-out RMS {loo:.1f} cm</source>
        <translation>；留一法均方根 {loo:.1f} 厘米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="380"/>
        <source>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</source>
        <translation>四个点恰好拟合，无法自我检验：请添加第五个点，或用测距尺测量一段已知距离</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="382"/>
        <source>No points to check: add floor points</source>
        <translation>没有可检验的点：请添加地面点</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="386"/>
        <source>This is more than {limit:.0f} cm: distances on the floor would be off by about {err:.0f} cm. Check the floor positions typed for each mark, or click the marks again.</source>
        <translation>误差超过 {limit:.0f} 厘米：地面上的距离会偏差约 {err:.0f} 厘米。请核对每个标记输入的地面位置，或重新点击标记。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="402"/>
        <source>Poor calibration</source>
        <translation>标定不准确</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="403"/>
        <source>The fit&apos;s error is {err:.0f} cm, more than {limit:.0f} cm.</source>
        <translation>拟合误差为 {err:.0f} 厘米，超过 {limit:.0f} 厘米。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="405"/>
        <source>Distances to the counter and zone decisions will be unreliable. Save it anyway, or go back and re-measure the floor points?</source>
        <translation>到柜台的距离和区域判断将不可靠。仍要保存，还是返回重新测量地面点？</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="407"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="408"/>
        <source>Go back and re-measure</source>
        <translation>返回重新测量</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="420"/>
        <source>Not saved. Re-measure the floor points, then check again.</source>
        <translation>未保存。请重新测量地面点，然后再次检查。</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <location filename="../labels.py" line="310"/>
        <source>1. Standing posture: forbidden hands on hips (叉腰), hands in pockets (插兜), arms crossed on the chest (抱胸)</source>
        <translation>1. 站姿：禁止叉腰、插兜、抱胸</translation>
    </message>
    <message>
        <location filename="../labels.py" line="313"/>
        <source>2. Sitting posture: forbidden arms crossed on the chest</source>
        <translation>2. 坐姿：禁止抱胸</translation>
    </message>
    <message>
        <location filename="../labels.py" line="315"/>
        <source>2. Sitting posture: upright back required; forbidden leaning far forward or back, half-lying (前俯后仰, 半躺半坐)</source>
        <translation>2. 坐姿：上身挺直；禁止前俯后仰、半躺半坐</translation>
    </message>
    <message>
        <location filename="../labels.py" line="318"/>
        <source>1. Standing posture: forbidden leaning on or pressing the chest against the counter (胸部紧贴或倚靠台面)</source>
        <translation>1. 站姿：禁止胸部紧贴或倚靠台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="321"/>
        <source>2. Sitting posture: forbidden lying on the desk (趴在工作台上); 6. Discipline: no sleeping at the post</source>
        <translation>2. 坐姿：禁止趴在工作台上；6. 岗位纪律：不得在岗睡觉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="324"/>
        <source>2. Sitting posture: forbidden chin in hand (托腮)</source>
        <translation>2. 坐姿：禁止托腮</translation>
    </message>
    <message>
        <location filename="../labels.py" line="325"/>
        <source>6. Discipline at the post: no private phone calls or phone use at the post (工作期间不能接打手机)</source>
        <translation>6. 岗位纪律：工作期间不能接打手机、使用手机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="327"/>
        <source>6. Discipline at the post: no leaving the post without cover (擅自离岗、串岗, 空岗); default 3 minutes in opening hours</source>
        <translation>6. 岗位纪律：不得擅自离岗、串岗、空岗；默认营业时间内空岗 3 分钟</translation>
    </message>
    <message>
        <location filename="../labels.py" line="330"/>
        <source>1. Standing posture: upright, shoulders level (肩要平); 2. Sitting posture: upright back, no leaning far forward (前俯)</source>
        <translation>1. 站姿：身体挺直，肩要平；2. 坐姿：上身挺直，不得前俯</translation>
    </message>
    <message>
        <location filename="../labels.py" line="333"/>
        <source>5. Grooming and uniform: badge / name tag (工号牌, 工牌) worn at the designated position; default: not visible for 5 minutes at the post</source>
        <translation>5. 仪容仪表：工号牌（工牌）佩戴在规定位置；默认在岗 5 分钟看不到工牌即计</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <location filename="../widgets/clip_player.py" line="95"/>
        <location filename="../widgets/clip_player.py" line="174"/>
        <location filename="../widgets/clip_player.py" line="199"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="97"/>
        <source>◀ Frame</source>
        <translation>◀ 上一帧</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="99"/>
        <source>Frame ▶</source>
        <translation>下一帧 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="103"/>
        <source>Overlay</source>
        <translation>叠加信息</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="119"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="136"/>
        <source>This event has no clip</source>
        <translation>该事件没有视频片段</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="141"/>
        <source>The clip file is missing or damaged: {path}. The event can still be reviewed.</source>
        <translation>视频文件缺失或已损坏：{path}。该事件仍可审核。</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="152"/>
        <source>Shaded: the event, from {start:.1f} s to {end:.1f} s of the clip</source>
        <translation>阴影部分为事件：片段第 {start:.1f} 秒至第 {end:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="204"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="232"/>
        <source>The clip cannot be played: {error}</source>
        <translation>无法播放该视频片段：{error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../error_text.py" line="54"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="55"/>
        <source>image width</source>
        <translation>画面宽度</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="56"/>
        <source>image height</source>
        <translation>画面高度</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="57"/>
        <source>staff zone</source>
        <translation>员工区域</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="58"/>
        <source>customer zone</source>
        <translation>客户区域</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="59"/>
        <source>counter edge</source>
        <translation>柜台边线</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="60"/>
        <source>closed counter outline</source>
        <translation>柜台轮廓闭合</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="61"/>
        <source>floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="62"/>
        <source>floor points</source>
        <translation>地面标定点</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="63"/>
        <source>position in the picture</source>
        <translation>画面中的位置</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="64"/>
        <source>camera height</source>
        <translation>摄像头高度</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="65"/>
        <source>camera tilt</source>
        <translation>摄像头俯角</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="66"/>
        <source>focal length</source>
        <translation>焦距</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="67"/>
        <source>camera roll</source>
        <translation>摄像头旋转角</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="68"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="69"/>
        <source>format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="70"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="71"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="88"/>
        <source>rule {n}</source>
        <translation>第 {n} 条规则</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="90"/>
        <source>condition {n}</source>
        <translation>条件 {n}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="92"/>
        <source>point {n}</source>
        <translation>第 {n} 个点</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="94"/>
        <source>item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="125"/>
        <source>missing</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="127"/>
        <source>not a known setting (check the spelling)</source>
        <translation>不是已知的设置项（请检查拼写）</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="132"/>
        <source>needs at least {n} points, has {m}</source>
        <translation>至少需要 {n} 个点，现在只有 {m} 个</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="132"/>
        <source>at most {n} points, has {m}</source>
        <translation>最多 {n} 个点，现在有 {m} 个</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="134"/>
        <source>needs at least {n} items, has {m}</source>
        <translation>至少需要 {n} 项，现在只有 {m} 项</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="134"/>
        <source>at most {n} items, has {m}</source>
        <translation>最多 {n} 项，现在有 {m} 项</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="137"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="139"/>
        <source>at most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="140"/>
        <source>must be greater than {x}</source>
        <translation>必须大于 {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="141"/>
        <source>must be at least {x}</source>
        <translation>不能小于 {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="142"/>
        <source>must be less than {x}</source>
        <translation>必须小于 {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="143"/>
        <source>must be at most {x}</source>
        <translation>不能大于 {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="148"/>
        <source>must be a number, not {value}</source>
        <translation>必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="150"/>
        <source>must be a whole number, not {value}</source>
        <translation>必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="152"/>
        <source>must be yes or no (true/false)</source>
        <translation>只能是“是”或“否”（true/false）</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="154"/>
        <source>must be text</source>
        <translation>必须是文字</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="156"/>
        <source>has the wrong form</source>
        <translation>格式不对</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="158"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>必须是 {choices} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="160"/>
        <source>the kind must be one of {choices}</source>
        <translation>类型必须是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="163"/>
        <source>is not a valid value ({value})</source>
        <translation>不是有效的值（{value}）</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="175"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="182"/>
        <source>The calibration is incomplete or not valid:</source>
        <translation>标定还不完整或有误：</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="184"/>
        <source>The rules are not valid:</source>
        <translation>规则设置有误：</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="185"/>
        <source>Some values are not valid:</source>
        <translation>有些值无效：</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="205"/>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="207"/>
        <source>Station name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="208"/>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="209"/>
        <source>The reason for the appeal</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="210"/>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="211"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="212"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="213"/>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="214"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="215"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="216"/>
        <source>The rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="217"/>
        <source>The calibration file</source>
        <translation>标定文件</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="218"/>
        <source>The configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224"/>
        <source>auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224"/>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="225"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="226"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="234"/>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="234"/>
        <source>dismissed</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="235"/>
        <source>upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="235"/>
        <source>overturned</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="240"/>
        <source>Shift {n}: {problem}</source>
        <translation>第 {n} 条排班：{problem}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="242"/>
        <source>{what} must not be empty.</source>
        <translation>{what}不能为空。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="244"/>
        <source>{what} may have at most {n} characters (it has {m}).</source>
        <translation>{what}最多 {n} 个字符（现在有 {m} 个）。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="247"/>
        <source>A staff member with code {code} already exists.</source>
        <translation>工号为 {code} 的员工已经存在。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="249"/>
        <source>A station named {name} already exists.</source>
        <translation>名为 {name} 的岗位已经存在。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="251"/>
        <source>The station name {name} may hold only letters, digits, &apos;-&apos; and &apos;_&apos;, and must start with a letter or digit (it names the station&apos;s folders).</source>
        <translation>岗位名称 {name} 只能包含英文字母、数字、“-”和“_”，并且须以字母或数字开头（它用作岗位文件夹的名称）。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="254"/>
        <source>There is no staff member with code {code}.</source>
        <translation>没有工号为 {code} 的员工。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="256"/>
        <source>There is no station {name}.</source>
        <translation>没有名为 {name} 的岗位。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="257"/>
        <source>There is no event {id}.</source>
        <translation>没有编号为 {id} 的事件。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="259"/>
        <source>The end of the shift ({end}) must be after its start ({start}).</source>
        <translation>排班的结束时间（{end}）必须晚于开始时间（{start}）。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="262"/>
        <source>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of {staff2} at {station2}, {start2} – {end2}: a station has one person at a time.</source>
        <translation>{staff} 在 {station} 的排班（{start} – {end}）与第 {id} 号排班（{staff2} 在 {station2}，{start2} – {end2}）时间重叠：同一岗位同一时间只能排一个人。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="265"/>
        <source>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of the same person at {station2}, {start2} – {end2}: a person works at one station at a time.</source>
        <translation>{staff} 在 {station} 的排班（{start} – {end}）与此人的第 {id} 号排班（{station2}，{start2} – {end2}）时间重叠：同一个人同一时间只能在一个岗位。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="270"/>
        <source>Event {id} was already {decision} by {who} at {at}; a decision is final.</source>
        <translation>事件 {id} 已由 {who} 于 {at} {decision}，审核结论不能更改。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="273"/>
        <source>Event {id} was decided by someone else at the same moment.</source>
        <translation>事件 {id} 在同一时刻已被他人审核。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="275"/>
        <source>Event {id} was already appealed at {at}.</source>
        <translation>事件 {id} 已于 {at} 提出申诉。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="277"/>
        <source>The appeal against event {id} was already {decision} by {who} at {at}.</source>
        <translation>对事件 {id} 的申诉已由 {who} 于 {at} 作出{decision}扣分的决定。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="279"/>
        <source>Event {id} was not appealed.</source>
        <translation>事件 {id} 没有被申诉。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="281"/>
        <source>Event {id} is not yours: only one&apos;s own events can be appealed.</source>
        <translation>事件 {id} 不是您的事件：只能申诉自己的事件。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="283"/>
        <source>Inspection {id} was already appealed at {at}.</source>
        <translation>检查 {id} 已于 {at} 申诉过。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="285"/>
        <source>The appeal against inspection {id} was already {decision} by {who} at {at}.</source>
        <translation>对检查 {id} 的申诉已由 {who} 于 {at} {decision}。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="288"/>
        <source>Inspection {id} was not appealed.</source>
        <translation>检查 {id} 没有被申诉。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="290"/>
        <source>Inspection {id} is not yours: only one&apos;s own inspections can be appealed.</source>
        <translation>检查 {id} 不是您的：只能申诉自己的检查。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="293"/>
        <source>Inspection {id} deducts no points: there is nothing to appeal.</source>
        <translation>检查 {id} 没有扣分：无需申诉。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="295"/>
        <source>{who} is not allowed to do this; it is for: {roles}.</source>
        <translation>{who} 没有权限进行此操作；有权限的角色：{roles}。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="298"/>
        <source>The database is busy with another program (waited {s} s). Nothing was saved; try again when the other program has finished.</source>
        <translation>数据库正被另一个程序占用（已等待 {s} 秒）。本次没有保存任何内容；请等那个程序结束后再试。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="301"/>
        <source>Write the time like 2025-03-01 09:00 (local time), not {text}.</source>
        <translation>时间请写成 2025-03-01 09:00 这样（本地时间），而不是 {text}。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="303"/>
        <source>Write the month like 2025-03, not {text}.</source>
        <translation>月份请写成 2025-03 这样，而不是 {text}。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="305"/>
        <source>Unknown time zone {zone}; use a name such as Asia/Shanghai.</source>
        <translation>未知的时区 {zone}；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="307"/>
        <source>Sign-in failed: unknown or inactive account, or wrong password.</source>
        <translation>登录失败：账号不存在或已停用，或密码错误。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="309"/>
        <source>Too many failed sign-ins ({n} in {min} minutes): wait {s} s and try again.</source>
        <translation>登录失败次数过多（{min} 分钟内 {n} 次）：请等 {s} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="312"/>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="313"/>
        <source>Roster file not found: {path}</source>
        <translation>找不到排班文件：{path}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="315"/>
        <source>{path}: the first line must name the columns {fields}; missing: {missing}</source>
        <translation>{path}：第一行必须写明列名 {fields}；缺少：{missing}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="318"/>
        <source>{path}, line {n}: {fields} is empty</source>
        <translation>{path} 第 {n} 行：{fields} 为空</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="320"/>
        <source>{path} is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>{path} 不是 UTF-8 文本：请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="321"/>
        <source>{path} holds no shifts.</source>
        <translation>{path} 中没有排班。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="323"/>
        <source>two floor points are at the same place (in the picture or on the floor)</source>
        <translation>有两个地面标定点位置相同（在画面中或在地面上）</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="325"/>
        <source>{field}: the point ({x}, {y}) is far outside the {w}×{h} picture</source>
        <translation>{field}：点 ({x}, {y}) 远在 {w}×{h} 的画面之外</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="328"/>
        <source>a point lies on or above the horizon, so it cannot be on the floor: click on the floor</source>
        <translation>有一个点在地平线上或地平线以上，不可能在地面上：请点在地面上</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="331"/>
        <source>three or more floor points lie (nearly) on one line: spread the floor points over the floor, like the corners of a large rectangle</source>
        <translation>有三个或更多地面标定点（几乎）在一条直线上：请把标定点分散在地面上，比如一个大长方形的四个角</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="334"/>
        <source>{what} {path} does not exist.</source>
        <translation>{what} {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="336"/>
        <source>{what} {path} cannot be read ({reason}).</source>
        <translation>{what} {path} 无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="339"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="341"/>
        <source>An inspection needs at least one checklist item.</source>
        <translation>检查至少需要一个检查项。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="343"/>
        <source>Give a reason for changing {item}.</source>
        <translation>请填写更改“{item}”的理由。</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="345"/>
        <source>Event {id} is confirmed or appealed; its evidence is kept.</source>
        <translation>事件 {id} 已确认或已申诉，其证据视频予以保留。</translation>
    </message>
</context>
<context>
    <name>GridScreen</name>
    <message>
        <location filename="../screens/grid.py" line="126"/>
        <source>Start all stations</source>
        <translation>启动全部工位</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="127"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="131"/>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="136"/>
        <source>Every station with a camera is watched at once, with one set of models. Press Start.</source>
        <translation>所有配有摄像头的工位同时监控，共用一套模型。请按“启动”。</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="144"/>
        <source>Back to all stations</source>
        <translation>返回全部工位</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="184"/>
        <source>No station has a camera yet: add one in the settings or with `inspector stations add NAME --camera SRC`.</source>
        <translation>还没有配置摄像头的工位：请在设置中添加，或使用 `inspector stations add NAME --camera SRC`。</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="247"/>
        <source>{running} of {total} station(s) running · {fps:.1f} analysed fps in all</source>
        <translation>{total} 个工位中 {running} 个运行中 · 合计每秒分析 {fps:.1f} 帧</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="310"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="283"/>
        <source>{fps:.1f} analysed fps · oldest frame {age:.2f} s</source>
        <translation>每秒分析 {fps:.1f} 帧 · 最旧帧 {age:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="261"/>
        <source>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers: it is shown, not judged. Calibrate its camera in the live view (Calibrate camera…) or draw its region with: inspector stations region {station} X0,Y0,X1,Y1</source>
        <translation>岗位 {station} 既没有岗位区域也没有摄像头标定，无法区分员工与顾客：只显示画面，不做评判。请在实时监控中标定摄像头（标定摄像头…），或用以下命令划定岗位区域：inspector stations region {station} X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="293"/>
        <location filename="../screens/grid.py" line="307"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="303"/>
        <source>Nobody in view</source>
        <translation>画面中无人</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="307"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="308"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="309"/>
        <source>Not calibrated</source>
        <translation>未标定</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="309"/>
        <source>Disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="310"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="311"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="316"/>
        <source>Not judged: calibrate the camera or draw the station&apos;s region</source>
        <translation>未评判：请标定摄像头或划定工位区域</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/grid.py" line="317"/>
        <source>%n person(s) at the post</source>
        <translation>
            <numerusform>在岗 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="322"/>
        <source>No violation now</source>
        <translation>当前无违规</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="326"/>
        <source>Now: {items}</source>
        <translation>当前：{items}</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="323"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../inspection_text.py" line="20"/>
        <source>Badge worn and visible</source>
        <translation>工牌佩戴且可见</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="20"/>
        <source>Uniform (colour)</source>
        <translation>工装（颜色）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="21"/>
        <source>Hair not covering the face</source>
        <translation>头发不遮挡面部</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="21"/>
        <source>Long hair tied</source>
        <translation>长发束起</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22"/>
        <source>Upright stance</source>
        <translation>站姿端正</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22"/>
        <source>Allowed hand position</source>
        <translation>手位规范</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22"/>
        <source>Smile</source>
        <translation>微笑</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28"/>
        <source>cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34"/>
        <source>lanyard</source>
        <translation>挂绳胸前</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34"/>
        <source>left chest</source>
        <translation>左胸</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34"/>
        <source>right chest</source>
        <translation>右胸</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="35"/>
        <source>anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="43"/>
        <source>Nobody in view: stand in front of the camera, about 1.5–2 m away.</source>
        <translation>画面中无人：请站在摄像头前约 1.5–2 米处。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="45"/>
        <source>Shoulders not visible: step back so that your upper body is in the picture.</source>
        <translation>看不到肩膀：请后退，让上半身完整进入画面。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="46"/>
        <source>Too far from the camera: come closer (about 1.5–2 m).</source>
        <translation>离摄像头太远：请靠近一些（约 1.5–2 米）。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="47"/>
        <source>Too close to the camera: step back (about 1.5–2 m).</source>
        <translation>离摄像头太近：请后退一些（约 1.5–2 米）。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="48"/>
        <source>You are turned away: face the camera.</source>
        <translation>您背对着摄像头：请面向摄像头。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="50"/>
        <source>Stand in front of the camera, about 1.5–2 m away, facing it.</source>
        <translation>请面向摄像头，站在约 1.5–2 米处。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="51"/>
        <source>Face the camera, arms relaxed, and smile.</source>
        <translation>请正面朝向摄像头，双臂自然放松，保持微笑。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="52"/>
        <source>Now turn sideways to the camera.</source>
        <translation>现在请侧身面向摄像头。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="53"/>
        <source>Done: the inspection can be finished.</source>
        <translation>完成：可以结束检查。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="60"/>
        <source>{n} people in view: only the staff member being inspected should stand in front of the camera.</source>
        <translation>画面中有 {n} 人：摄像头前只能站被检查的员工一人。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="69"/>
        <source>No badge enrolled: the generic badge/lanyard detector is used; enrol the site&apos;s badge for a stricter check.</source>
        <translation>未登记工牌：使用通用工牌/挂绳检测；登记本单位工牌可进行更严格的检查。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="71"/>
        <source>No badge enrolled: the badge item cannot be told; enrol the site&apos;s badge first.</source>
        <translation>未登记工牌：工牌一项无法判断；请先登记本单位工牌。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="73"/>
        <source>No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first.</source>
        <translation>未登记工装：工装一项无法判断；请先登记工装颜色。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="75"/>
        <source>No side view was seen: the stance was judged from the front only.</source>
        <translation>未看到侧面：站姿仅按正面判断。</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="82"/>
        <source>no badge enrolled: enrol the site&apos;s badge first</source>
        <translation>未登记工牌：请先登记本单位工牌</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="83"/>
        <source>badge cannot be told</source>
        <translation>无法判断工牌</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="84"/>
        <source>shoulders not visible: the chest cannot be located</source>
        <translation>看不到肩膀：无法定位胸前区域</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="85"/>
        <source>the person has the back to the camera</source>
        <translation>此人背对摄像头</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="86"/>
        <source>the person stands side-on to the camera</source>
        <translation>此人侧身对着摄像头</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="87"/>
        <source>both hands cover the chest</source>
        <translation>双手遮挡胸前</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="88"/>
        <source>no body landmarks for this person</source>
        <translation>未检测到此人的身体关键点</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="89"/>
        <source>no uniform enrolled</source>
        <translation>未登记工装</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="90"/>
        <source>the upper body is partly outside the image</source>
        <translation>上半身部分在画面之外</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="91"/>
        <source>face not found</source>
        <translation>未找到面部</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="92"/>
        <source>face or body not found</source>
        <translation>未找到面部或身体</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="93"/>
        <source>top of the head outside the picture</source>
        <translation>头顶在画面之外</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="95"/>
        <source>hair colour not distinct from skin (short hair, cap or bald)</source>
        <translation>发色与肤色难以区分（短发、戴帽或光头）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="96"/>
        <source>shoulders not visible</source>
        <translation>看不到肩膀</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="97"/>
        <source>hair colour too close to the garment colour</source>
        <translation>发色与服装颜色过于接近</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="98"/>
        <source>shoulders outside the picture</source>
        <translation>肩膀在画面之外</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="99"/>
        <source>no measures for this person</source>
        <translation>此人没有测量数据</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="100"/>
        <source>sitting: stand for the inspection</source>
        <translation>坐着：检查时请站立</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="101"/>
        <source>trunk and shoulders not measurable</source>
        <translation>无法测量躯干和肩膀</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="102"/>
        <source>arms not classified</source>
        <translation>无法判断手臂姿势</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="103"/>
        <source>face expression not measurable</source>
        <translation>无法判断面部表情</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="104"/>
        <source>the staff member was not seen</source>
        <translation>未看到该员工</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="110"/>
        <source>enrolled badge</source>
        <translation>已登记工牌</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="110"/>
        <source>generic detector (no badge enrolled)</source>
        <translation>通用检测（未登记工牌）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117"/>
        <source>forward lean</source>
        <translation>前倾</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117"/>
        <source>side lean</source>
        <translation>侧倾</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117"/>
        <source>shoulder tilt</source>
        <translation>肩膀倾斜</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="118"/>
        <source>{what} {deg}°</source>
        <translation>{what} {deg}°</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="128"/>
        <source>no usable frame: {why}</source>
        <translation>没有可用画面：{why}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="131"/>
        <source>visible at {place}, score {score}, {mode}</source>
        <translation>可见（{place}），得分 {score}，{mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="133"/>
        <source>visible, score {score}, {mode}</source>
        <translation>可见，得分 {score}，{mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="135"/>
        <source>not visible, score {score}, {mode}</source>
        <translation>不可见，得分 {score}，{mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="137"/>
        <source>the person is too small in the image (shoulders {px} px &lt; {min} px)</source>
        <translation>人在画面中太小（肩宽 {px} 像素 &lt; {min} 像素）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="139"/>
        <source>colour difference {de} (limit {limit})</source>
        <translation>色差 {de}（上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="140"/>
        <source>face too small ({px} px)</source>
        <translation>面部太小（{px} 像素）</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="142"/>
        <source>{pct}% of lower-forehead points not skin-coloured</source>
        <translation>额头下部 {pct}% 的点不是肤色</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="143"/>
        <source>hair colour on {pct}% of a shoulder top</source>
        <translation>肩部 {pct}% 的区域为发色</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../screens/inspection.py" line="85"/>
        <source>camera number, video file or image</source>
        <translation>摄像头编号、视频文件或图片</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="87"/>
        <source>none: generic badge detector</source>
        <translation>无：使用通用工牌检测</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="89"/>
        <source>none: the uniform is not checked</source>
        <translation>无：不检查工装</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="90"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="92"/>
        <source>Badge enrolment file</source>
        <translation>工牌登记文件</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="93"/>
        <source>Uniform enrolment file</source>
        <translation>工装登记文件</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="94"/>
        <source>Enrol badge now (from the current frame)</source>
        <translation>立即登记工牌（取当前画面）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="96"/>
        <source>Start inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="98"/>
        <source>Finish now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="100"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="103"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="105"/>
        <source>Source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="108"/>
        <source>Badge enrolment</source>
        <translation>工牌登记</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="115"/>
        <source>Uniform enrolment</source>
        <translation>工装登记</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="144"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="144"/>
        <source>Evidence</source>
        <translation>证据画面</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="160"/>
        <source>Override selected item…</source>
        <translation>更改所选项目…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="162"/>
        <source>Save inspection</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="199"/>
        <source>Video or image</source>
        <translation>视频或图片</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="200"/>
        <source>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</source>
        <translation>视频和图片 (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="205"/>
        <source>Enrolment files (*.json)</source>
        <translation>登记文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="222"/>
        <source>Choose the staff member to inspect (add staff in Settings first).</source>
        <translation>请选择要检查的员工（请先在“设置”中添加员工）。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="226"/>
        <source>Enter a camera number, a video file or an image.</source>
        <translation>请输入摄像头编号、视频文件或图片。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="231"/>
        <source>Cannot use the enrolment file: {detail}</source>
        <translation>无法使用登记文件：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="242"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="261"/>
        <source>Inspection cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="289"/>
        <source>Nothing was analysed: check the source and start again.</source>
        <translation>没有分析到任何画面：请检查视频源后重新开始。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="303"/>
        <source>Start the camera first: the badge is enrolled from the current frame.</source>
        <translation>请先开启摄像头：工牌从当前画面登记。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="309"/>
        <source>Badge not enrolled: {detail}</source>
        <translation>工牌未登记：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="314"/>
        <source>Badge enrolled and saved to {path}; the inspection starts over with it.</source>
        <translation>工牌已登记并保存到 {path}；检查将使用它重新开始。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="321"/>
        <source>Inspection finished: check the list, override where needed, then save.</source>
        <translation>检查结束：请核对清单，必要时更改，然后保存。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="330"/>
        <source>{final} (overridden; measured {measured})</source>
        <translation>{final}（已更改；测量结果 {measured}）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="339"/>
        <source>Reason: {reason} ({by})</source>
        <translation>理由：{reason}（{by}）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="347"/>
        <source>PASSED</source>
        <translation>合格</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inspection.py" line="347"/>
        <source>FAILED: %n item(s)</source>
        <translation>
            <numerusform>不合格：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="443"/>
        <source>Saved as inspection {id}; it deducts {points}.</source>
        <translation>已保存为第 {id} 号检查；扣 {points}。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="361"/>
        <source>no frame</source>
        <translation>无画面</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="366"/>
        <source>frame {n}</source>
        <translation>第 {n} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="384"/>
        <source>Evidence of “{item}”: frame {n}</source>
        <translation>“{item}”的证据：第 {n} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="392"/>
        <source>Select an item of the checklist first.</source>
        <translation>请先在清单中选择一个项目。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="411"/>
        <source>Override not applied: {detail}</source>
        <translation>未能更改：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="417"/>
        <source>{item} set to {status}.</source>
        <translation>{item} 已改为 {status}。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="425"/>
        <source>Already saved as inspection {id}.</source>
        <translation>已保存为第 {id} 号检查。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="437"/>
        <source>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</source>
        <translation>没有可保存的内容：没有任何项目能够判断。请面向摄像头重新检查。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="440"/>
        <source>Not saved: {detail}</source>
        <translation>未保存：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="445"/>
        <source>The earlier inspection of that day no longer counts.</source>
        <translation>当天较早的那次检查不再计分。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="452"/>
        <source>Not saved yet: this staff member was already inspected today.</source>
        <translation>尚未保存：该员工今天已经检查过。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="453"/>
        <source>Not saved: the earlier inspection of today still counts.</source>
        <translation>未保存：今天较早的检查仍然计分。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="469"/>
        <source>Choose the staff member and press Start</source>
        <translation>请选择员工，然后点击“开始检查”</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="470"/>
        <location filename="../screens/inspection.py" line="477"/>
        <source>Stand 1.5–2 m from the camera: first facing it, then side-on.</source>
        <translation>请站在距摄像头 1.5–2 米处：先正面，再侧面。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="479"/>
        <source>front view ✓</source>
        <translation>正面 ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="480"/>
        <source>front view: {n}/{m} frames</source>
        <translation>正面：{n}/{m} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="481"/>
        <source>side view ✓</source>
        <translation>侧面 ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="482"/>
        <source>side view: {n}/{m} frames</source>
        <translation>侧面：{n}/{m} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="495"/>
        <source>The signed-in account may not record inspections.</source>
        <translation>当前登录的账户无权记录检查结果。</translation>
    </message>
</context>
<context>
    <name>JudgingChoice</name>
    <message>
        <location filename="../widgets/judging.py" line="25"/>
        <source>Staff in the station&apos;s region or zones</source>
        <translation>岗位区域或员工区内的员工</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="26"/>
        <source>Everyone in the frame</source>
        <translation>画面中的所有人</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="27"/>
        <source>Everyone, uncalibrated</source>
        <translation>所有人（未标定）</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="28"/>
        <source>Only the persons in the station&apos;s region, or in the staff zone of its camera calibration, are judged; customers&apos; faces are blurred in clips. A station with neither is not started.</source>
        <translation>只评判岗位区域内或摄像头标定员工区内的人；片段中顾客的脸部会被模糊。两者都没有的岗位不会启动。</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="31"/>
        <source>Everyone in view is judged as the station&apos;s staff; every face but the flagged person&apos;s is blurred in clips.</source>
        <translation>画面中的每个人都按本岗位员工评判；片段中除被标记者外所有人的脸部都会被模糊。</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="33"/>
        <source>For a station with neither a region nor a calibration: everyone in view is judged; every face is blurred in clips, the flagged person&apos;s too.</source>
        <translation>用于既无区域也无标定的岗位：画面中的每个人都被评判；片段中所有人的脸部都会被模糊，包括被标记者。</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="36"/>
        <source>Who the conduct rules judge at the chosen station</source>
        <translation>行为规范在所选岗位评判哪些人</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="50"/>
        <source>Everyone in the frame is judged; every face but the flagged person&apos;s is blurred in clips</source>
        <translation>评判画面中的所有人；片段中除被标记者外所有人的脸部都被模糊</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="52"/>
        <source>Everyone in the frame is judged without a region or calibration; every face is blurred in clips</source>
        <translation>在没有区域或标定的情况下评判画面中的所有人；片段中所有人的脸部都被模糊</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="59"/>
        <source>Not started: station {station} has neither a region nor a camera calibration.</source>
        <translation>未启动：岗位 {station} 既没有区域，也没有摄像头标定。</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="61"/>
        <source>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers.

Press &quot;Calibrate camera…&quot; to mark its staff zone, or draw its region with:
{command}

Or choose at &quot;Who is judged&quot;:
&quot;Everyone in the frame&quot;: every face but the flagged person&apos;s is blurred in clips;
&quot;Everyone, uncalibrated&quot;: every face is blurred.</source>
        <translation>岗位 {station} 既没有区域，也没有摄像头标定，无法区分员工和顾客。

请点击“标定摄像头…”标出员工区，或用以下命令划定区域：
{command}

或在“评判对象”中选择：
“画面中的所有人”：片段中除被标记者外所有人的脸部都被模糊；
“所有人（未标定）”：所有人的脸部都被模糊。</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="68"/>
        <source>Its saved calibration cannot be used: {error}</source>
        <translation>其已保存的标定无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="72"/>
        <source>Station {station} is being analysed by another run (inspector analyze or another live view); start again when it has finished. {detail}</source>
        <translation>岗位 {station} 正被另一个运行（inspector analyze 或另一个实时画面）分析；请在其结束后再开始。{detail}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="75"/>
        <source>Station {station} cannot be locked for this run: check that the data folder {folder} can be written. {detail}</source>
        <translation>无法为本次运行锁定岗位 {station}：请检查数据文件夹 {folder} 是否可写。{detail}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="78"/>
        <source>The run was not started: {error}</source>
        <translation>运行未启动：{error}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../app.py" line="108"/>
        <source>Self-check</source>
        <translation>自检</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../screens/kiosk.py" line="57"/>
        <source>Self-check: stand or sit as at work, facing the camera</source>
        <translation>自检：请像工作时一样站好或坐好，面向摄像头</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="61"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="63"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="67"/>
        <source>Source:</source>
        <translation>视频源：</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="100"/>
        <source>Choose the camera or a video file and press Start</source>
        <translation>请选择摄像头或视频文件，然后按“开始”</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="81"/>
        <source>Check again</source>
        <translation>再测一次</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="114"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="187"/>
        <source>Well done — you passed the self-check!</source>
        <translation>做得好 — 自检通过！</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="188"/>
        <source>Not yet — look at the red items and try again.</source>
        <translation>还差一点 — 请留意红色项目，再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="192"/>
        <source>Please step in front of the camera</source>
        <translation>请站到摄像头前</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="195"/>
        <source>One person at a time, please</source>
        <translation>请一次只站一个人</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="199"/>
        <source>Hold it… checking</source>
        <translation>保持住…正在检测</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="207"/>
        <source>Good</source>
        <translation>很好</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="207"/>
        <source>Cannot see clearly</source>
        <translation>看不清楚</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="214"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="214"/>
        <source>to improve</source>
        <translation>需改进</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="215"/>
        <source>not seen</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220"/>
        <source>Posture</source>
        <translation>姿态</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220"/>
        <source>Arms</source>
        <translation>手臂</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220"/>
        <source>Smile</source>
        <translation>微笑</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="223"/>
        <source>please uncross your arms</source>
        <translation>请不要抱胸</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="224"/>
        <source>please take your hands off your hips</source>
        <translation>请不要叉腰</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="225"/>
        <source>please take your hands out of your pockets</source>
        <translation>请不要插兜</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="226"/>
        <location filename="../screens/kiosk.py" line="227"/>
        <source>please put the phone away</source>
        <translation>请收起手机</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="228"/>
        <source>please do not rest your chin on your hand</source>
        <translation>请不要托腮</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="229"/>
        <source>please sit up straight</source>
        <translation>请坐直</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="230"/>
        <source>please stand up straight</source>
        <translation>请站直</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="231"/>
        <source>please do not lean on the counter</source>
        <translation>请不要倚靠台面</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="232"/>
        <source>please lift your head</source>
        <translation>请抬起头</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="233"/>
        <source>a smile, please!</source>
        <translation>请微笑！</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="234"/>
        <source>relax your brows and smile</source>
        <translation>请舒展眉头，面带微笑</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>arms hanging</source>
        <translation>双臂自然下垂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>hands clasped in front</source>
        <translation>双手前握</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>hands behind back</source>
        <translation>背手</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>arms crossed</source>
        <translation>抱胸</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>hands on hips</source>
        <translation>叉腰</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>hands in pockets</source>
        <translation>插兜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>phone to ear</source>
        <translation>打电话</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>looking at phone</source>
        <translation>看手机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>chin on hand</source>
        <translation>托腮</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>hands on counter</source>
        <translation>双手放在台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>sitting upright</source>
        <translation>端正坐姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>sitting slouched</source>
        <translation>坐姿歪斜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>head down on desk</source>
        <translation>趴在桌上</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>leaning on counter</source>
        <translation>倚靠台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>standing upright</source>
        <translation>端正站姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>standing leaning</source>
        <translation>站姿倾斜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>standing slouched</source>
        <translation>站姿驼背</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>standing</source>
        <translation>站姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>sitting</source>
        <translation>坐姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>smiling</source>
        <translation>微笑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>neutral face</source>
        <translation>面无表情</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>frowning</source>
        <translation>皱眉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>badge visible</source>
        <translation>佩戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>no badge</source>
        <translation>未戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Forbidden arm posture (standing)</source>
        <translation>站姿禁止手势（叉腰/插兜/抱胸）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Arms crossed (sitting)</source>
        <translation>抱胸（坐姿）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Slouching</source>
        <translation>坐姿不正</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Leaning on the counter</source>
        <translation>倚靠台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Sleeping at the post</source>
        <translation>在岗睡觉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Chin in hand</source>
        <translation>托腮</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Phone use</source>
        <translation>使用手机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Post unattended</source>
        <translation>空岗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Not upright</source>
        <translation>姿态不端正</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Shift-start inspection</source>
        <translation>班前检查</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Badge not visible</source>
        <translation>未佩戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Greeting missed</source>
        <translation>未主动问候</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Greeting late</source>
        <translation>问候迟缓</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Not standing for the customer</source>
        <translation>客户到台未起立</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Second customer not acknowledged</source>
        <translation>未向第二位客户示意</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Sat down before the customer left</source>
        <translation>客户离开前坐下</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Forbidden phrase heard</source>
        <translation>使用服务忌语</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>file not found: {path}</source>
        <translation>找不到文件 {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>not a file: {path}</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>{path} is not a video file, or its format is unsupported or damaged</source>
        <translation>{path} 不是视频文件，或格式不受支持、文件已损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>no picture could be decoded from {path}: the file is damaged or not a video</source>
        <translation>无法从 {path} 解码出画面：文件已损坏或不是视频</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>camera {n} is not connected or is used by another program</source>
        <translation>摄像头 {n} 未连接或正被其他程序占用</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>the stream {url} cannot be opened</source>
        <translation>无法打开视频流 {url}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>{source}: the signal was lost and did not come back</source>
        <translation>{source}：信号中断且未能恢复</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>{path} is cut off or damaged part-way</source>
        <translation>{path} 不完整或中途损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121"/>
        <source>Source opened</source>
        <translation>视频源已打开</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>Camera signal lost, reconnecting…</source>
        <translation>摄像头信号中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123"/>
        <source>Camera reconnected</source>
        <translation>摄像头已重新连接</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>The source cannot be read</source>
        <translation>无法读取视频源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>The video file is damaged part-way</source>
        <translation>视频文件中途损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Models ready</source>
        <translation>模型已就绪</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>The models failed</source>
        <translation>模型运行失败</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129"/>
        <source>Rule checking stopped after an error</source>
        <translation>规则检查因错误已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130"/>
        <source>End of the video</source>
        <translation>视频已播放完毕</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136"/>
        <source>{what}: {detail}</source>
        <translation>{what}：{detail}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Check that the camera is connected, or that the file or address is right, then press {button}.</source>
        <translation>请检查摄像头是否已连接，或文件路径、地址是否正确，然后按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>The rest of the file cannot be read. Use another copy of the video, or press {button}.</source>
        <translation>文件的其余部分无法读取。请换用该视频的另一份副本，或按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151"/>
        <source>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</source>
        <translation>分析无法启动。请让管理员检查模型文件（inspector models verify），然后按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="154"/>
        <source>Press {button} to start again, or choose another source.</source>
        <translation>按“{button}”重新开始，或选择其他视频源。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>The source stopped</source>
        <translation>视频源已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="174"/>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>{points:g} points</source>
        <translation>{points:g} 分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="181"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../labels.py" line="182"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../labels.py" line="183"/>
        <source>not recorded</source>
        <translation>未录制</translation>
    </message>
    <message>
        <location filename="../labels.py" line="184"/>
        <source>deleted after the retention period</source>
        <translation>保留期满已删除</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Arm posture</source>
        <translation>手臂姿势</translation>
    </message>
    <message>
        <location filename="../labels.py" line="195"/>
        <source>Body posture</source>
        <translation>身体姿态</translation>
    </message>
    <message>
        <location filename="../labels.py" line="196"/>
        <source>Facial expression</source>
        <translation>面部表情</translation>
    </message>
    <message>
        <location filename="../labels.py" line="197"/>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198"/>
        <source>Standing or sitting</source>
        <translation>站姿或坐姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="211"/>
        <source>Trunk leaning forward</source>
        <translation>躯干前倾</translation>
    </message>
    <message>
        <location filename="../labels.py" line="212"/>
        <source>Trunk leaning sideways</source>
        <translation>躯干侧倾</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>Shoulder tilt</source>
        <translation>肩膀倾斜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="214"/>
        <source>Head turned left or right</source>
        <translation>头部左右转动</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>Head raised or lowered</source>
        <translation>头部抬起或低下</translation>
    </message>
    <message>
        <location filename="../labels.py" line="216"/>
        <source>Head tilted sideways</source>
        <translation>头部侧歪</translation>
    </message>
    <message>
        <location filename="../labels.py" line="217"/>
        <source>Smile</source>
        <translation>微笑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="218"/>
        <source>Knitted brows</source>
        <translation>皱眉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="219"/>
        <source>Mouth open</source>
        <translation>张嘴</translation>
    </message>
    <message>
        <location filename="../labels.py" line="220"/>
        <source>Talking</source>
        <translation>说话</translation>
    </message>
    <message>
        <location filename="../labels.py" line="221"/>
        <source>Eyes closed</source>
        <translation>闭眼</translation>
    </message>
    <message>
        <location filename="../labels.py" line="229"/>
        <source>above</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../labels.py" line="230"/>
        <source>at least</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../labels.py" line="231"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location filename="../labels.py" line="234"/>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="235"/>
        <source>0 to 1</source>
        <translation>0 到 1</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>{measure} (either way), {op} ({unit})</source>
        <translation>{measure}（任一方向）{op}（{unit}）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="239"/>
        <source>{measure}, {op} ({unit})</source>
        <translation>{measure}{op}（{unit}）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>{what} not ({values})</source>
        <translation>{what}不是（{values}）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="256"/>
        <source>{what} ({values})</source>
        <translation>{what}（{values}）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="254"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../labels.py" line="258"/>
        <source>{what}: minimum confidence</source>
        <translation>{what}：最低置信度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="264"/>
        <source>rule code</source>
        <translation>规则代码</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265"/>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../labels.py" line="266"/>
        <source>checked on</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../labels.py" line="267"/>
        <source>conditions (any of)</source>
        <translation>条件（满足其一）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="268"/>
        <source>conditions (all of)</source>
        <translation>条件（全部满足）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="269"/>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="271"/>
        <source>minimum duration (s)</source>
        <translation>最短持续时间（秒）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="272"/>
        <source>ends after (s)</source>
        <translation>结束判定时间（秒）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="273"/>
        <source>pause before the next event (s)</source>
        <translation>下一事件前的间隔（秒）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="274"/>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="275"/>
        <source>active hours</source>
        <translation>生效时段</translation>
    </message>
    <message>
        <location filename="../labels.py" line="276"/>
        <source>label</source>
        <translation>识别类别</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>label values</source>
        <translation>类别取值</translation>
    </message>
    <message>
        <location filename="../labels.py" line="278"/>
        <source>inverted</source>
        <translation>取反</translation>
    </message>
    <message>
        <location filename="../labels.py" line="279"/>
        <source>measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <location filename="../labels.py" line="280"/>
        <source>comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="281"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../labels.py" line="282"/>
        <source>either direction</source>
        <translation>任一方向</translation>
    </message>
    <message>
        <location filename="../labels.py" line="283"/>
        <source>minimum confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="284"/>
        <source>fewer persons than</source>
        <translation>人数少于</translation>
    </message>
    <message>
        <location filename="../labels.py" line="292"/>
        <source>Unticked: the rule is switched off but kept.</source>
        <translation>不勾选：停用此规则，但保留设置。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293"/>
        <source>Points taken from the monthly 100-point score when an event of this rule is confirmed.</source>
        <translation>此规则的事件被确认后，从每月 100 分中扣除的分数。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="295"/>
        <source>The behaviour must last this many seconds before it becomes an event; shorter ones are ignored.</source>
        <translation>行为持续达到这么多秒才记为事件；更短的不计。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="297"/>
        <source>The measured value must pass this limit for the rule to hold.</source>
        <translation>测量值越过这个界限，规则才成立。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="299"/>
        <source>How sure the recognition must be (0 to 1) before it counts; higher means fewer false alarms and more missed ones.</source>
        <translation>识别结果的可信程度（0 到 1）达到此值才计入；越高误报越少，但漏报越多。</translation>
    </message>
</context>
<context>
    <name>LiveScreen</name>
    <message>
        <location filename="../screens/live.py" line="110"/>
        <source>(no station: do not record)</source>
        <translation>（不选岗位：不记录）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="114"/>
        <source>Calibrate camera…</source>
        <translation>标定摄像头…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="115"/>
        <source>Mark the staff and customer zones, the counter and the floor on a still frame of this station&apos;s camera (managers)</source>
        <translation>在本工位摄像头的静止画面上标出员工区、顾客区、柜台和地面（仅限管理员）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="124"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="125"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="129"/>
        <source>Skeleton overlay</source>
        <translation>显示骨架</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132"/>
        <source>Source:</source>
        <translation>视频源：</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132"/>
        <source>Station:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="141"/>
        <source>Choose a source and press Start</source>
        <translation>请选择视频源并点击“开始”</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="147"/>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="149"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="162"/>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="184"/>
        <location filename="../screens/live.py" line="266"/>
        <source>Enter a camera number, a file or a stream address first</source>
        <translation>请先输入摄像头编号、文件或视频流地址</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="204"/>
        <source>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</source>
        <translation>无法读取已登记的工牌（{error}）；工牌检查改用通用检测。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="216"/>
        <source>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</source>
        <translation>已使用摄像头标定：按区域区分员工与顾客，并评判问候</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="219"/>
        <source>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</source>
        <translation>摄像头标定无法使用（{error}）；工位区域内的人员视为员工，不评判问候。请重新标定摄像头。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="226"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="250"/>
        <source>Only a manager can calibrate a camera</source>
        <translation>只有管理员可以标定摄像头</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="261"/>
        <source>The live view has no frame yet: wait a moment and try again.</source>
        <translation>实时画面尚无图像：请稍候再试。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="272"/>
        <source>Cannot take a still frame from {source}: no frame within {seconds} s</source>
        <translation>无法从 {source} 取得静止画面：{seconds} 秒内没有画面</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="276"/>
        <source>Cannot take a still frame from {source}: {error}</source>
        <translation>无法从 {source} 获取静止画面：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="280"/>
        <source>Cannot take a still frame from {source}: it gave no frame</source>
        <translation>无法从 {source} 获取静止画面：未读到任何画面</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="305"/>
        <source>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</source>
        <translation>{station} 已保存的标定无法读取（{error}）；将从空白标定开始。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="309"/>
        <source>Camera calibration: {station}</source>
        <translation>摄像头标定：{station}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="326"/>
        <source>Calibration not saved: {error}</source>
        <translation>标定未保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="328"/>
        <source>Calibration of {station} saved to {path}.</source>
        <translation>{station} 的标定已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="330"/>
        <source>It is used from the next start of the live view.</source>
        <translation>将在下次启动实时监控时生效。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="370"/>
        <source>The live view was running when the app closed; it was started again: {source}</source>
        <translation>程序关闭时实时监控正在运行，已重新启动：{source}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="373"/>
        <source>(station {station} is not available to this account: events are not recorded)</source>
        <translation>（此账户无法使用岗位 {station}：不记录事件）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="394"/>
        <source>Not stored: {error}</source>
        <translation>未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="396"/>
        <source>The database stayed locked: what could not be stored was saved to {file}</source>
        <translation>数据库一直被锁定：未能保存的内容已存入 {file}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="437"/>
        <source>Nobody in view</source>
        <translation>画面中无人</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="460"/>
        <source>Camera unplugged or signal lost: reconnecting automatically…</source>
        <translation>摄像头已断开或信号丢失：正在自动重连…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="462"/>
        <source>Camera reconnected.</source>
        <translation>摄像头已重新连接。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/live.py" line="469"/>
        <source>Disk almost full ({detail}): %n evidence clip(s) not saved. Events are still recorded; free some space in {folder}.</source>
        <translation>
            <numerusform>磁盘空间不足（{detail}）：%n 个证据片段未保存。事件仍会记录；请清理 {folder} 所在磁盘的空间。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="482"/>
        <source>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</source>
        <translation>{time} {rule}（{who}）{seconds:.0f} 秒，确认后扣 {points}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="477"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="480"/>
        <source>{time} {rule} ({who}) started</source>
        <translation>{time} {rule}（{who}）开始</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="489"/>
        <source>models ready</source>
        <translation>模型就绪</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="489"/>
        <source>models loading</source>
        <translation>模型加载中</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="490"/>
        <source>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</source>
        <translation>{fps:.1f} 帧/秒 · 每帧 {ms:.0f} 毫秒 · 采集 {cap} · 分析 {ana} · 丢弃 {drop} · {model}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="120"/>
        <source>Who is judged:</source>
        <translation>评判对象：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="71"/>
        <source>DeskConduct — front-desk conduct</source>
        <translation>DeskConduct — 前台服务规范</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Live</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>All stations</source>
        <translation>全部工位</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>My events</source>
        <translation>我的事件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Scores</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>My scores</source>
        <translation>我的得分</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Self-check</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Inspection</source>
        <translation>仪容检查</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../widgets/override_dialog.py" line="17"/>
        <source>Override: {item}</source>
        <translation>更改：{item}</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="24"/>
        <source>Why the measured result is wrong (required)</source>
        <translation>测量结果为何有误（必填）</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="30"/>
        <source>Measured</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="31"/>
        <source>New result</source>
        <translation>新结果</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="32"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../qt_words.py" line="17"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="18"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="19"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="20"/>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_words.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../screens/inspection_replace.py" line="45"/>
        <source>Already inspected today</source>
        <translation>今天已检查过</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="46"/>
        <source>{name} was already inspected today at {time} (inspection {id}; it deducts {points}).</source>
        <translation>{name} 今天 {time} 已检查过（检查 {id}，扣 {points}）。</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="49"/>
        <source>Only one inspection a day counts. Replace it with this one? The earlier one is kept in the records but no longer deducts points.</source>
        <translation>每天只计一次检查。要用这次检查替换它吗？较早的那次仍保留在记录中，但不再扣分。</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="51"/>
        <source>Replace the earlier inspection</source>
        <translation>替换较早的检查</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="52"/>
        <source>Keep the earlier one</source>
        <translation>保留较早的检查</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/review.py" line="85"/>
        <location filename="../screens/review.py" line="93"/>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="85"/>
        <location filename="../screens/review.py" line="93"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82"/>
        <location filename="../screens/review.py" line="93"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="83"/>
        <location filename="../screens/review.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="87"/>
        <source>&lt;b&gt;My events&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的事件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="93"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="94"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="105"/>
        <source>Why you disagree (needed for an appeal)</source>
        <translation>不同意的理由（申诉必填）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="106"/>
        <source>Comment (optional; the reason is needed to decide an appeal)</source>
        <translation>备注（可选；处理申诉时必须填写理由）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="107"/>
        <source>Confirm (C)</source>
        <translation>确认违规 (C)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="108"/>
        <source>Dismiss (D)</source>
        <translation>驳回 (D)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="109"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="113"/>
        <source>Uphold the deduction</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="114"/>
        <source>Overturn: no deduction</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="115"/>
        <source>The appeal is rejected: the event counts. Write the reason first.</source>
        <translation>驳回申诉：该事件照常扣分。请先填写理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="116"/>
        <source>The appeal is accepted: the event no longer counts. Write the reason first.</source>
        <translation>接受申诉：该事件不再扣分。请先填写理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="159"/>
        <location filename="../screens/review.py" line="162"/>
        <location filename="../screens/review.py" line="170"/>
        <location filename="../screens/review.py" line="177"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="176"/>
        <source>appealed, to decide</source>
        <translation>已申诉，待处理</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="164"/>
        <location filename="../screens/review.py" line="221"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="119"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="120"/>
        <source>Give this unassigned event to the chosen staff member (recorded in the audit trail); it then counts in their score once confirmed.</source>
        <translation>把这个未分配的事件交给所选员工（记入审计记录）；确认后计入该员工的得分。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="126"/>
        <source>Nobody was rostered here then. Assign to:</source>
        <translation>当时此岗位无人排班。分配给：</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="165"/>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="228"/>
        <location filename="../screens/review.py" line="333"/>
        <source>Events: {n}</source>
        <translation>共 {n} 个事件</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="233"/>
        <source>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</source>
        <translation>这里只显示您本人的事件。如有异议，请写明理由并点击“申诉”；在经理或审核员处理之前，相关视频片段会一直保留。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="288"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="292"/>
        <source>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</source>
        <translation>{station}，{start} 至 {end}（{seconds:.0f} 秒），置信度 {conf:.2f}，{points}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297"/>
        <source>Decided: {status} by {who} at {at} {comment}</source>
        <translation>已处理：{who} 于 {at} {status} {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="301"/>
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>{who} 于 {at} 申诉：{comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="304"/>
        <source>The appeal waits for a manager or auditor.</source>
        <translation>申诉正在等待经理或审核员处理。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="306"/>
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>申诉处理：{who} 于 {at} 决定{decision}。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="311"/>
        <source>Clip deleted by retention (the event and its data are kept).</source>
        <translation>视频片段已按保留期限删除（事件及其数据仍保留）。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="313"/>
        <source>No clip was saved for this event (the disk was full or writing failed).</source>
        <translation>此事件没有保存视频片段（磁盘已满或写入失败）。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="322"/>
        <source>appealed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="323"/>
        <source>appeal {decision}</source>
        <translation>申诉：{decision}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="326"/>
        <source>upheld</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="326"/>
        <source>overturned</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="336"/>
        <source>Appeals to decide: {n} (status &quot;appealed, to decide&quot;)</source>
        <translation>待处理申诉：{n} 条（状态选“已申诉，待处理”）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="345"/>
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>请先填写处理理由：员工会看到这条理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="353"/>
        <source>Appeal not decided: {error}</source>
        <translation>申诉未处理：{error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="358"/>
        <source>Appeal against event {id} {decision}.</source>
        <translation>事件 {id} 的申诉已处理：{decision}。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="369"/>
        <source>Choose the staff member the event belongs to first.</source>
        <translation>请先选择该事件所属的员工。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="376"/>
        <source>Not assigned: {error}</source>
        <translation>未能分配：{error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="382"/>
        <source>Event {id} now belongs to {name}.</source>
        <translation>事件 {id} 现已分配给 {name}。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="399"/>
        <source>Write why you disagree before appealing.</source>
        <translation>申诉前请写明不同意的理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="406"/>
        <source>Not appealed: {error}</source>
        <translation>未能申诉：{error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="410"/>
        <source>Event {id} appealed; a manager or auditor will look at it.</source>
        <translation>事件 {id} 已申诉；经理或审核员将会处理。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="423"/>
        <source>Already decided by another reviewer: {detail}</source>
        <translation>该事件已由其他审核人处理：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="431"/>
        <source>Event {id} {status}.</source>
        <translation>事件 {id} {status}。</translation>
    </message>
</context>
<context>
    <name>ScoresScreen</name>
    <message>
        <location filename="../screens/scores.py" line="74"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="75"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="80"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="93"/>
        <source>Points deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="93"/>
        <source>Clip</source>
        <translation>视频片段</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="100"/>
        <source>Double-click a deduction to list its events; double-click an event to review it.</source>
        <translation>双击扣分项查看相关事件；双击事件进入审核。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="102"/>
        <location filename="../screens/scores.py" line="432"/>
        <source>Inspection appeals</source>
        <translation>检查申诉</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="103"/>
        <source>List the inspection appeals nobody has decided yet.</source>
        <translation>列出尚未处理的检查申诉。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="131"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="132"/>
        <source>Uphold the deduction</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="133"/>
        <source>Overturn: no deduction</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="138"/>
        <source>Why you disagree (needed for an appeal)</source>
        <translation>不同意的理由（申诉必填）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="139"/>
        <source>Reason for your decision (the staff member reads it)</source>
        <translation>处理理由（员工会看到）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177"/>
        <source>Pending</source>
        <translation>待审扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177"/>
        <source>Greeting rate</source>
        <translation>问候率</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="178"/>
        <source>Median delay</source>
        <translation>问候延迟中位数</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="194"/>
        <source>{greeted} of {visits} customers greeted; {late} late, {missed} missed</source>
        <translation>{visits} 位顾客中问候了 {greeted} 位；{late} 次迟到，{missed} 次漏问候</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="200"/>
        <source>Staff: {n} · unassigned events: {u}</source>
        <translation>{n} 名员工，{u} 个未分配事件</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="211"/>
        <source>{rate:.0f}% ({greeted}/{visits})</source>
        <translation>{rate:.0f}%（{greeted}/{visits}）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="217"/>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225"/>
        <source>-{points:g} (×{n})</source>
        <translation>-{points:g}（{n} 次）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="227"/>
        <source>{n} pending</source>
        <translation>{n} 次待审</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="243"/>
        <source>Score of {name}</source>
        <translation>{name} 的得分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="247"/>
        <source>Mean score of all staff</source>
        <translation>全体员工平均分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="258"/>
        <source>late and missed greetings</source>
        <translation>迟到和漏掉的问候</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="264"/>
        <source>{name}: {rule} (×{n})</source>
        <translation>{name}：{rule}，共 {n} 次</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="263"/>
        <source>all rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="290"/>
        <source>failed: {items}</source>
        <translation>不合格：{items}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="290"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="294"/>
        <source>appealed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="295"/>
        <source>appeal {decision}</source>
        <translation>申诉：{decision}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="298"/>
        <source>upheld</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="298"/>
        <source>overturned</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="333"/>
        <source>&lt;b&gt;Shift-start inspection&lt;/b&gt; of {code}, {at}, by {who}: {status}; deducts {points}.</source>
        <translation>&lt;b&gt;班前检查&lt;/b&gt;：{code}，{at}，检查人 {who}：{status}；扣 {points}。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="337"/>
        <source>{item} set by {who}: {reason}</source>
        <translation>{item} 由 {who} 改判：{reason}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="341"/>
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>{who} 于 {at} 申诉：{comment}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="344"/>
        <source>The appeal waits for a manager or auditor.</source>
        <translation>申诉正在等待经理或审核员处理。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="346"/>
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>申诉处理：{who} 于 {at} 决定{decision}。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="364"/>
        <source>Write why you disagree before appealing.</source>
        <translation>申诉前请写明不同意的理由。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="369"/>
        <source>Not appealed: {error}</source>
        <translation>未能申诉：{error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="371"/>
        <source>Inspection {id} appealed; a manager or auditor will look at it.</source>
        <translation>检查 {id} 已申诉；经理或审核员将会处理。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="382"/>
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>请先填写处理理由：员工会看到这条理由。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="388"/>
        <source>Appeal not decided: {error}</source>
        <translation>申诉未处理：{error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="391"/>
        <source>Appeal against inspection {id} {decision}.</source>
        <translation>检查 {id} 的申诉已处理：{decision}。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="418"/>
        <source>Inspection appeals to decide (×{n}): select one, write the reason, then uphold or overturn it.</source>
        <translation>待处理的检查申诉（×{n}）：选中一条，填写理由，然后维持或撤销。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="432"/>
        <source>Inspection appeals ({n})</source>
        <translation>检查申诉（{n}）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="439"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="439"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="440"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="449"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="451"/>
        <source>Written: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="71"/>
        <location filename="../screens/settings.py" line="165"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="72"/>
        <source>Stations</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="73"/>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="74"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="76"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="77"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92"/>
        <location filename="../screens/settings.py" line="133"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="95"/>
        <source>code, e.g. S001</source>
        <translation>工号，例如 S001</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="96"/>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="97"/>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="115"/>
        <source>Added {name} ({code}).</source>
        <translation>已添加 {name}（{code}）。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136"/>
        <source>name, e.g. desk-1</source>
        <translation>名称，例如 1号窗口</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137"/>
        <source>camera number or rtsp:// address</source>
        <translation>摄像头编号或 rtsp:// 地址</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138"/>
        <source>area, e.g. left counter</source>
        <translation>区域，例如 左侧柜台</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139"/>
        <source>Add station</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157"/>
        <source>Added station {name}.</source>
        <translation>已添加岗位 {name}。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165"/>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="171"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="173"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="178"/>
        <source>Times are local ({zone}). CSV columns: staff,station,start,end.</source>
        <translation>时间为本地时间（{zone}）。CSV 列：staff,station,start,end。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="193"/>
        <source>Roster entry added.</source>
        <translation>已添加排班。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200"/>
        <source>Import roster</source>
        <translation>导入排班表</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="208"/>
        <source>Nothing imported: line {line} of the file: {error}</source>
        <translation>未导入任何内容：文件第 {line} 行：{error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="211"/>
        <source>Nothing imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="213"/>
        <source>Roster entries imported: {n}.</source>
        <translation>已导入排班记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222"/>
        <source>Clause</source>
        <translation>规范条款</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="225"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="277"/>
        <source>Saved to {path}</source>
        <translation>保存位置：{path}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="290"/>
        <source>{rule}, {setting}: &apos;{text}&apos; is not a number</source>
        <translation>{rule}，{setting}：“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="300"/>
        <location filename="../screens/settings.py" line="305"/>
        <location filename="../screens/settings.py" line="382"/>
        <location filename="../screens/settings.py" line="393"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="307"/>
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="322"/>
        <source>{rule}, {setting}: {problem}</source>
        <translation>{rule}，{setting}：{problem}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="332"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="339"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="347"/>
        <source>Decisions are recorded under the signed-in account</source>
        <translation>审核决定以当前登录的账户记录</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="352"/>
        <source>Apply language</source>
        <translation>应用语言</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="358"/>
        <source>Storage folder (database, clips, rules; used from the next start)</source>
        <translation>存储文件夹（数据库、视频、规则；下次启动生效）</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="359"/>
        <source>Keep evidence clips for</source>
        <translation>证据视频保留</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="360"/>
        <source>Clips of confirmed or appealed events are kept. The command &quot;inspector retention&quot; deletes the older ones.</source>
        <translation>已确认或已申诉事件的视频会保留。命令“inspector retention”删除超过期限的视频。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="362"/>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="364"/>
        <source>Decisions are recorded under the signed-in account.</source>
        <translation>审核决定以当前登录的账户记录。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="365"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="373"/>
        <source>The saved clip retention cannot be read ({error}); {days:g} days apply.</source>
        <translation>无法读取已保存的视频保留期限（{error}）；按 {days:g} 天执行。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="398"/>
        <source>Evidence clips are kept for {days} days.</source>
        <translation>证据视频保留 {days} 天。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="401"/>
        <source>Storage folder</source>
        <translation>存储文件夹</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="412"/>
        <source>The storage folder changes at the next start.</source>
        <translation>存储文件夹将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="422"/>
        <source>Decisions are now recorded as {name}.</source>
        <translation>审核决定现在以“{name}”记录。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.py" line="21"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../signin.py" line="22"/>
        <source>auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../signin.py" line="23"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../signin.py" line="32"/>
        <source>Not signed in (no accounts yet: open mode)</source>
        <translation>未登录（尚无账户：开放模式）</translation>
    </message>
    <message>
        <location filename="../signin.py" line="33"/>
        <source>Not signed in (read only)</source>
        <translation>未登录（只读）</translation>
    </message>
    <message>
        <location filename="../signin.py" line="35"/>
        <source>Local admin mode ({user}), recorded in the audit trail</source>
        <translation>本机管理员模式（{user}），已记入审计记录</translation>
    </message>
    <message>
        <location filename="../signin.py" line="37"/>
        <source>Signed in as {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin.py" line="53"/>
        <source>Sign in — DeskConduct</source>
        <translation>登录 — DeskConduct</translation>
    </message>
    <message>
        <location filename="../signin.py" line="55"/>
        <source>account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <location filename="../signin.py" line="58"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../signin.py" line="63"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../signin.py" line="64"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../signin.py" line="67"/>
        <source>Sign in with your account. Staff see their own events and scores; auditors review; managers configure.</source>
        <translation>请使用您的账户登录。员工查看本人的事件和得分；审核员负责审核；经理负责设置。</translation>
    </message>
    <message>
        <location filename="../signin.py" line="71"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../signin.py" line="72"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../signin.py" line="85"/>
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和密码。</translation>
    </message>
    <message>
        <location filename="../signin.py" line="92"/>
        <source>Sign-in failed: unknown or inactive account, or wrong password.</source>
        <translation>登录失败：账户不存在或已停用，或密码错误。</translation>
    </message>
</context>
<context>
    <name>SoundIndicator</name>
    <message>
        <location filename="../screens/sound_settings.py" line="46"/>
        <source>Sound switched on: {stations}</source>
        <translation>已开启声音：{stations}</translation>
    </message>
</context>
<context>
    <name>SoundTab</name>
    <message>
        <location filename="../screens/sound_settings.py" line="68"/>
        <source>A station listens only when the site allows sound ([audio] enabled in the configuration) and it is switched on here; each switch is recorded in the audit trail. Nothing said is stored: only a phrase heard, its time and confidence. No Mandarin phrase spotter is installed yet: staff speech heard while their own mouth moves counts as the greeting&apos;s speech.</source>
        <translation>只有在站点允许声音（配置文件中的声音总开关）并在此处为岗位打开后，该岗位才会监听；每次开关都记入审计记录。不保存任何说话内容：只保存听到的用语、时间和置信度。目前尚未安装普通话用语识别：员工本人嘴部在动时听到的说话声，计为问候中的“开口”。</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="73"/>
        <source>The site allows sound.</source>
        <translation>站点允许使用声音。</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="74"/>
        <source>The site does not allow sound: switches take effect once it does.</source>
        <translation>站点未允许使用声音：允许之后，这些开关才会生效。</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="76"/>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="76"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="83"/>
        <source>Save phrases</source>
        <translation>保存用语</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="93"/>
        <source>Greeting (您好，欢迎光临)</source>
        <translation>问候语（您好，欢迎光临）</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="94"/>
        <source>Please wait (请您稍等)</source>
        <translation>请稍候（请您稍等）</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="95"/>
        <source>Sorry for waiting (让您久等了)</source>
        <translation>致歉久候（让您久等了）</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="96"/>
        <source>Goodbye (再见，欢迎下次光临)</source>
        <translation>道别语（再见，欢迎下次光临）</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="97"/>
        <source>Forbidden phrases (服务忌语)</source>
        <translation>服务忌语</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="108"/>
        <source>Sound settings cannot be read: {error}</source>
        <translation>无法读取声音设置：{error}</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="134"/>
        <location filename="../screens/sound_settings.py" line="148"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="137"/>
        <source>Sound is on for {station}.</source>
        <translation>{station} 已打开声音。</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="138"/>
        <source>Sound is off for {station}.</source>
        <translation>{station} 已关闭声音。</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="150"/>
        <source>Phrases saved; the next analysis uses them.</source>
        <translation>用语已保存；下一次分析将使用。</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../widgets/source_picker.py" line="30"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="30"/>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="30"/>
        <source>Stream URL (RTSP)</source>
        <translation>视频流地址 (RTSP)</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="35"/>
        <source>camera number, file path or rtsp:// address</source>
        <translation>摄像头编号、文件路径或 rtsp:// 地址</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="36"/>
        <source>camera number or file path</source>
        <translation>摄像头编号或文件路径</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="37"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="65"/>
        <source>Open a video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="65"/>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>视频 (*.mp4 *.avi *.mov *.mkv *.webm);;所有文件 (*)</translation>
    </message>
</context>
</TS>
