<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../calibration_dialog.py" line="97"/>
        <source>Camera calibration</source>
        <translation>摄像头标定</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="102"/>
        <source>Click four or more floor marks and type their floor positions.</source>
        <translation>点击四个或更多地面标记，并输入它们在地面上的位置。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111"/>
        <source>Floor point</source>
        <translation>地面点</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111"/>
        <source>Staff zone</source>
        <translation>员工区域</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111"/>
        <source>Customer zone</source>
        <translation>客户区域</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="112"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="112"/>
        <source>Ruler</source>
        <translation>测距尺</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="121"/>
        <source>Next floor x</source>
        <translation>下一点地面 x</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="122"/>
        <source>Next floor y</source>
        <translation>下一点地面 y</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="124"/>
        <source>Undo last point</source>
        <translation>撤销上一个点</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="126"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="174"/>
        <source>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</source>
        <translation>地面点 {n}：图像 ({x:.0f}, {y:.0f}) = 地面 ({fx:.3f}, {fy:.3f}) 米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="193"/>
        <source>Click two points to measure.</source>
        <translation>点击两个点进行测量。</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="196"/>
        <source>Ruler: {d:.2f} m on the floor</source>
        <translation>测距：地面距离 {d:.2f} 米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="198"/>
        <source>Cannot measure yet: {e}</source>
        <translation>暂时无法测量：{e}</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="228"/>
        <source>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</source>
        <translation>{n} 个点的标定误差：均方根 {rms:.1f} 厘米，最大 {max:.1f} 厘米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="231"/>
        <source>; leave-one-out RMS {loo:.1f} cm</source>
        <translation>；留一法均方根 {loo:.1f} 厘米</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="234"/>
        <source>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</source>
        <translation>四个点恰好拟合，无法自我检验：请添加第五个点，或用测距尺测量一段已知距离</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="236"/>
        <source>No points to check: add floor points</source>
        <translation>没有可检验的点：请添加地面点</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <location filename="../widgets/clip_player.py" line="27"/>
        <location filename="../widgets/clip_player.py" line="81"/>
        <location filename="../widgets/clip_player.py" line="106"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="29"/>
        <source>◀ Frame</source>
        <translation>◀ 上一帧</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="31"/>
        <source>Frame ▶</source>
        <translation>下一帧 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="35"/>
        <source>Overlay</source>
        <translation>叠加信息</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="49"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="58"/>
        <source>This event has no clip</source>
        <translation>该事件没有视频片段</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="63"/>
        <source>The clip file is missing or damaged: {path}. The event can still be reviewed.</source>
        <translation>视频文件缺失或已损坏：{path}。该事件仍可审核。</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="111"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="139"/>
        <source>The clip cannot be played: {error}</source>
        <translation>无法播放该视频片段：{error}</translation>
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
        <location filename="../screens/inspection.py" line="79"/>
        <source>camera number, video file or image</source>
        <translation>摄像头编号、视频文件或图片</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="81"/>
        <source>none: generic badge detector</source>
        <translation>无：使用通用工牌检测</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="83"/>
        <source>none: the uniform is not checked</source>
        <translation>无：不检查工装</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="84"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="86"/>
        <source>Badge enrolment file</source>
        <translation>工牌登记文件</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="87"/>
        <source>Uniform enrolment file</source>
        <translation>工装登记文件</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="88"/>
        <source>Enrol badge now (from the current frame)</source>
        <translation>立即登记工牌（取当前画面）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="90"/>
        <source>Start inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="92"/>
        <source>Finish now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="97"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="99"/>
        <source>Source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="102"/>
        <source>Badge enrolment</source>
        <translation>工牌登记</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="109"/>
        <source>Uniform enrolment</source>
        <translation>工装登记</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="138"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="138"/>
        <source>Evidence</source>
        <translation>证据画面</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="154"/>
        <source>Override selected item…</source>
        <translation>更改所选项目…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="156"/>
        <source>Save inspection</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="193"/>
        <source>Video or image</source>
        <translation>视频或图片</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="194"/>
        <source>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</source>
        <translation>视频和图片 (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="199"/>
        <source>Enrolment files (*.json)</source>
        <translation>登记文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="216"/>
        <source>Choose the staff member to inspect (add staff in Settings first).</source>
        <translation>请选择要检查的员工（请先在“设置”中添加员工）。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="220"/>
        <source>Enter a camera number, a video file or an image.</source>
        <translation>请输入摄像头编号、视频文件或图片。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="225"/>
        <source>Cannot use the enrolment file: {detail}</source>
        <translation>无法使用登记文件：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="236"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="255"/>
        <source>Inspection cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="283"/>
        <source>Nothing was analysed: check the source and start again.</source>
        <translation>没有分析到任何画面：请检查视频源后重新开始。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="297"/>
        <source>Start the camera first: the badge is enrolled from the current frame.</source>
        <translation>请先开启摄像头：工牌从当前画面登记。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="303"/>
        <source>Badge not enrolled: {detail}</source>
        <translation>工牌未登记：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="308"/>
        <source>Badge enrolled and saved to {path}; the inspection starts over with it.</source>
        <translation>工牌已登记并保存到 {path}；检查将使用它重新开始。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="315"/>
        <source>Inspection finished: check the list, override where needed, then save.</source>
        <translation>检查结束：请核对清单，必要时更改，然后保存。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="324"/>
        <source>{final} (overridden; measured {measured})</source>
        <translation>{final}（已更改；测量结果 {measured}）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="333"/>
        <source>Reason: {reason} ({by})</source>
        <translation>理由：{reason}（{by}）</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="341"/>
        <source>PASSED</source>
        <translation>合格</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inspection.py" line="341"/>
        <source>FAILED: %n item(s)</source>
        <translation>
            <numerusform>不合格：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="434"/>
        <source>Saved as inspection {id}; it deducts {points}.</source>
        <translation>已保存为第 {id} 号检查；扣 {points}。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="355"/>
        <source>no frame</source>
        <translation>无画面</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="360"/>
        <source>frame {n}</source>
        <translation>第 {n} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="378"/>
        <source>Evidence of “{item}”: frame {n}</source>
        <translation>“{item}”的证据：第 {n} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="386"/>
        <source>Select an item of the checklist first.</source>
        <translation>请先在清单中选择一个项目。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="405"/>
        <source>Override not applied: {detail}</source>
        <translation>未能更改：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="411"/>
        <source>{item} set to {status}.</source>
        <translation>{item} 已改为 {status}。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="423"/>
        <source>Already saved as inspection {id}.</source>
        <translation>已保存为第 {id} 号检查。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="428"/>
        <source>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</source>
        <translation>没有可保存的内容：没有任何项目能够判断。请面向摄像头重新检查。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="431"/>
        <source>Not saved: {detail}</source>
        <translation>未保存：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="449"/>
        <source>Choose the staff member and press Start</source>
        <translation>请选择员工，然后点击“开始检查”</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="450"/>
        <location filename="../screens/inspection.py" line="457"/>
        <source>Stand 1.5–2 m from the camera: first facing it, then side-on.</source>
        <translation>请站在距摄像头 1.5–2 米处：先正面，再侧面。</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="459"/>
        <source>front view ✓</source>
        <translation>正面 ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="460"/>
        <source>front view: {n}/{m} frames</source>
        <translation>正面：{n}/{m} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="461"/>
        <source>side view ✓</source>
        <translation>侧面 ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="462"/>
        <source>side view: {n}/{m} frames</source>
        <translation>侧面：{n}/{m} 帧</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="475"/>
        <source>The signed-in account may not record inspections.</source>
        <translation>当前登录的账户无权记录检查结果。</translation>
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
        <location filename="../labels.py" line="17"/>
        <source>arms hanging</source>
        <translation>双臂自然下垂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>hands clasped in front</source>
        <translation>双手前握</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>hands behind back</source>
        <translation>背手</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>arms crossed</source>
        <translation>抱胸</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>hands on hips</source>
        <translation>叉腰</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>hands in pockets</source>
        <translation>插兜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>phone to ear</source>
        <translation>打电话</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>looking at phone</source>
        <translation>看手机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>chin on hand</source>
        <translation>托腮</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>hands on counter</source>
        <translation>双手放在台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>sitting upright</source>
        <translation>端正坐姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>sitting slouched</source>
        <translation>坐姿歪斜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>head down on desk</source>
        <translation>趴在桌上</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>leaning on counter</source>
        <translation>倚靠台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>standing upright</source>
        <translation>端正站姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>standing leaning</source>
        <translation>站姿倾斜</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>standing slouched</source>
        <translation>站姿驼背</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>standing</source>
        <translation>站姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>sitting</source>
        <translation>坐姿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>smiling</source>
        <translation>微笑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>neutral face</source>
        <translation>面无表情</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>frowning</source>
        <translation>皱眉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>badge visible</source>
        <translation>佩戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>no badge</source>
        <translation>未戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Forbidden arm posture (standing)</source>
        <translation>站姿禁止手势（叉腰/插兜/抱胸）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Arms crossed (sitting)</source>
        <translation>抱胸（坐姿）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Slouching</source>
        <translation>坐姿不正</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Leaning on the counter</source>
        <translation>倚靠台面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Sleeping at the post</source>
        <translation>在岗睡觉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Chin in hand</source>
        <translation>托腮</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Phone use</source>
        <translation>使用手机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Post unattended</source>
        <translation>空岗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Not upright</source>
        <translation>姿态不端正</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Shift-start inspection</source>
        <translation>班前检查</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Badge not visible</source>
        <translation>未佩戴工牌</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Greeting missed</source>
        <translation>未主动问候</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Greeting late</source>
        <translation>问候迟缓</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Not standing for the customer</source>
        <translation>客户到台未起立</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Second customer not acknowledged</source>
        <translation>未向第二位客户示意</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Sat down before the customer left</source>
        <translation>客户离开前坐下</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>file not found: {path}</source>
        <translation>找不到文件 {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>not a file: {path}</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96"/>
        <source>{path} is not a video file, or its format is unsupported or damaged</source>
        <translation>{path} 不是视频文件，或格式不受支持、文件已损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>no picture could be decoded from {path}: the file is damaged or not a video</source>
        <translation>无法从 {path} 解码出画面：文件已损坏或不是视频</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>camera {n} is not connected or is used by another program</source>
        <translation>摄像头 {n} 未连接或正被其他程序占用</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>the stream {url} cannot be opened</source>
        <translation>无法打开视频流 {url}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>{source}: the signal was lost and did not come back</source>
        <translation>{source}：信号中断且未能恢复</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>{path} is cut off or damaged part-way</source>
        <translation>{path} 不完整或中途损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Source opened</source>
        <translation>视频源已打开</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Camera signal lost, reconnecting…</source>
        <translation>摄像头信号中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Camera reconnected</source>
        <translation>摄像头已重新连接</translation>
    </message>
    <message>
        <location filename="../labels.py" line="120"/>
        <source>The source cannot be read</source>
        <translation>无法读取视频源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121"/>
        <source>The video file is damaged part-way</source>
        <translation>视频文件中途损坏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123"/>
        <source>Models ready</source>
        <translation>模型已就绪</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>The models failed</source>
        <translation>模型运行失败</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>Rule checking stopped after an error</source>
        <translation>规则检查因错误已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>End of the video</source>
        <translation>视频已播放完毕</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132"/>
        <source>{what}: {detail}</source>
        <translation>{what}：{detail}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Check that the camera is connected, or that the file or address is right, then press {button}.</source>
        <translation>请检查摄像头是否已连接，或文件路径、地址是否正确，然后按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>The rest of the file cannot be read. Use another copy of the video, or press {button}.</source>
        <translation>文件的其余部分无法读取。请换用该视频的另一份副本，或按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</source>
        <translation>分析无法启动。请让管理员检查模型文件（inspector models verify），然后按“{button}”。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150"/>
        <source>Press {button} to start again, or choose another source.</source>
        <translation>按“{button}”重新开始，或选择其他视频源。</translation>
    </message>
    <message>
        <location filename="../labels.py" line="163"/>
        <source>The source stopped</source>
        <translation>视频源已停止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170"/>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="171"/>
        <source>{points:g} points</source>
        <translation>{points:g} 分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="177"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../labels.py" line="179"/>
        <source>not recorded</source>
        <translation>未录制</translation>
    </message>
    <message>
        <location filename="../labels.py" line="180"/>
        <source>deleted after the retention period</source>
        <translation>保留期满已删除</translation>
    </message>
</context>
<context>
    <name>LiveScreen</name>
    <message>
        <location filename="../screens/live.py" line="127"/>
        <source>(no station: do not record)</source>
        <translation>（不选岗位：不记录）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="131"/>
        <source>Calibrate camera…</source>
        <translation>标定摄像头…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132"/>
        <source>Mark the staff and customer zones, the counter and the floor on a still frame of this station&apos;s camera (managers)</source>
        <translation>在本工位摄像头的静止画面上标出员工区、顾客区、柜台和地面（仅限管理员）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="137"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="138"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="142"/>
        <source>Skeleton overlay</source>
        <translation>显示骨架</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="145"/>
        <source>Source:</source>
        <translation>视频源：</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="145"/>
        <source>Station:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="150"/>
        <source>Choose a source and press Start</source>
        <translation>请选择视频源并点击“开始”</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="156"/>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="158"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="171"/>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="192"/>
        <location filename="../screens/live.py" line="251"/>
        <source>Enter a camera number, a file or a stream address first</source>
        <translation>请先输入摄像头编号、文件或视频流地址</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="211"/>
        <source>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</source>
        <translation>无法读取已登记的工牌（{error}）；工牌检查改用通用检测。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="217"/>
        <source>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</source>
        <translation>已使用摄像头标定：按区域区分员工与顾客，并评判问候</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="220"/>
        <source>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</source>
        <translation>摄像头标定无法使用（{error}）；工位区域内的人员视为员工，不评判问候。请重新标定摄像头。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="224"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="235"/>
        <source>Only a manager can calibrate a camera</source>
        <translation>只有管理员可以标定摄像头</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="246"/>
        <source>The live view has no frame yet: wait a moment and try again.</source>
        <translation>实时画面尚无图像：请稍候再试。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="257"/>
        <source>Cannot take a still frame from {source}: no frame within {seconds} s</source>
        <translation>无法从 {source} 取得静止画面：{seconds} 秒内没有画面</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="261"/>
        <source>Cannot take a still frame from {source}: {error}</source>
        <translation>无法从 {source} 获取静止画面：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="265"/>
        <source>Cannot take a still frame from {source}: it gave no frame</source>
        <translation>无法从 {source} 获取静止画面：未读到任何画面</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="290"/>
        <source>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</source>
        <translation>{station} 已保存的标定无法读取（{error}）；将从空白标定开始。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="294"/>
        <source>Camera calibration: {station}</source>
        <translation>摄像头标定：{station}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="311"/>
        <source>Calibration not saved: {error}</source>
        <translation>标定未保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="313"/>
        <source>Calibration of {station} saved to {path}.</source>
        <translation>{station} 的标定已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="315"/>
        <source>It is used from the next start of the live view.</source>
        <translation>将在下次启动实时监控时生效。</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="353"/>
        <source>The live view was running when the app closed; it was started again: {source}</source>
        <translation>程序关闭时实时监控正在运行，已重新启动：{source}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="356"/>
        <source>(station {station} is not available to this account: events are not recorded)</source>
        <translation>（此账户无法使用岗位 {station}：不记录事件）</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="377"/>
        <source>Not stored: {error}</source>
        <translation>未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="379"/>
        <source>The database stayed locked: what could not be stored was saved to {file}</source>
        <translation>数据库一直被锁定：未能保存的内容已存入 {file}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="421"/>
        <source>Nobody in view</source>
        <translation>画面中无人</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="455"/>
        <source>Camera unplugged or signal lost: reconnecting automatically…</source>
        <translation>摄像头已断开或信号丢失：正在自动重连…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="457"/>
        <source>Camera reconnected.</source>
        <translation>摄像头已重新连接。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/live.py" line="464"/>
        <source>Disk almost full ({detail}): %n evidence clip(s) not saved. Events are still recorded; free some space in {folder}.</source>
        <translation>
            <numerusform>磁盘空间不足（{detail}）：%n 个证据片段未保存。事件仍会记录；请清理 {folder} 所在磁盘的空间。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="476"/>
        <source>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</source>
        <translation>{time} {rule}（{who}）{seconds:.0f} 秒，确认后扣 {points}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="471"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="474"/>
        <source>{time} {rule} ({who}) started</source>
        <translation>{time} {rule}（{who}）开始</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="483"/>
        <source>models ready</source>
        <translation>模型就绪</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="483"/>
        <source>models loading</source>
        <translation>模型加载中</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="484"/>
        <source>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</source>
        <translation>{fps:.1f} 帧/秒 · 每帧 {ms:.0f} 毫秒 · 采集 {cap} · 分析 {ana} · 丢弃 {drop} · {model}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>DeskConduct — front-desk conduct</source>
        <translation>DeskConduct — 前台服务规范</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Live</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>My events</source>
        <translation>我的事件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>Scores</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78"/>
        <source>My scores</source>
        <translation>我的得分</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79"/>
        <source>Self-check</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79"/>
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
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/review.py" line="77"/>
        <location filename="../screens/review.py" line="85"/>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="77"/>
        <location filename="../screens/review.py" line="85"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74"/>
        <location filename="../screens/review.py" line="85"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="75"/>
        <location filename="../screens/review.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="79"/>
        <source>&lt;b&gt;My events&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的事件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="85"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="86"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="97"/>
        <source>Why you disagree (needed for an appeal)</source>
        <translation>不同意的理由（申诉必填）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="98"/>
        <source>Comment (optional; the reason is needed to decide an appeal)</source>
        <translation>备注（可选；处理申诉时必须填写理由）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="99"/>
        <source>Confirm (C)</source>
        <translation>确认违规 (C)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="100"/>
        <source>Dismiss (D)</source>
        <translation>驳回 (D)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="101"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="105"/>
        <source>Uphold the deduction</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="106"/>
        <source>Overturn: no deduction</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="107"/>
        <source>The appeal is rejected: the event counts. Write the reason first.</source>
        <translation>驳回申诉：该事件照常扣分。请先填写理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="108"/>
        <source>The appeal is accepted: the event no longer counts. Write the reason first.</source>
        <translation>接受申诉：该事件不再扣分。请先填写理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="140"/>
        <location filename="../screens/review.py" line="143"/>
        <location filename="../screens/review.py" line="146"/>
        <location filename="../screens/review.py" line="153"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="152"/>
        <source>appealed, to decide</source>
        <translation>已申诉，待处理</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="195"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="202"/>
        <location filename="../screens/review.py" line="304"/>
        <source>Events: {n}</source>
        <translation>共 {n} 个事件</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="207"/>
        <source>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</source>
        <translation>这里只显示您本人的事件。如有异议，请写明理由并点击“申诉”；在经理或审核员处理之前，相关视频片段会一直保留。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="259"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="263"/>
        <source>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</source>
        <translation>{station}，{start} 至 {end}（{seconds:.0f} 秒），置信度 {conf:.2f}，{points}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="268"/>
        <source>Decided: {status} by {who} at {at} {comment}</source>
        <translation>已处理：{who} 于 {at} {status} {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="272"/>
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>{who} 于 {at} 申诉：{comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="275"/>
        <source>The appeal waits for a manager or auditor.</source>
        <translation>申诉正在等待经理或审核员处理。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="277"/>
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>申诉处理：{who} 于 {at} 决定{decision}。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="282"/>
        <source>Clip deleted by retention (the event and its data are kept).</source>
        <translation>视频片段已按保留期限删除（事件及其数据仍保留）。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="284"/>
        <source>No clip was saved for this event (the disk was full or writing failed).</source>
        <translation>此事件没有保存视频片段（磁盘已满或写入失败）。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="293"/>
        <source>appealed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="294"/>
        <source>appeal {decision}</source>
        <translation>申诉：{decision}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297"/>
        <source>upheld</source>
        <translation>维持扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297"/>
        <source>overturned</source>
        <translation>撤销扣分</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="307"/>
        <source>Appeals to decide: {n} (status &quot;appealed, to decide&quot;)</source>
        <translation>待处理申诉：{n} 条（状态选“已申诉，待处理”）</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="316"/>
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>请先填写处理理由：员工会看到这条理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="324"/>
        <source>Appeal not decided: {error}</source>
        <translation>申诉未处理：{error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="329"/>
        <source>Appeal against event {id} {decision}.</source>
        <translation>事件 {id} 的申诉已处理：{decision}。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="346"/>
        <source>Write why you disagree before appealing.</source>
        <translation>申诉前请写明不同意的理由。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="353"/>
        <source>Not appealed: {error}</source>
        <translation>未能申诉：{error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="357"/>
        <source>Event {id} appealed; a manager or auditor will look at it.</source>
        <translation>事件 {id} 已申诉；经理或审核员将会处理。</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="370"/>
        <source>Already decided by another reviewer: {detail}</source>
        <translation>该事件已由其他审核人处理：{detail}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="378"/>
        <source>Event {id} {status}.</source>
        <translation>事件 {id} {status}。</translation>
    </message>
</context>
<context>
    <name>ScoresScreen</name>
    <message>
        <location filename="../screens/scores.py" line="59"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="60"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="65"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="78"/>
        <source>Points deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="78"/>
        <source>Clip</source>
        <translation>视频片段</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="84"/>
        <source>Double-click a deduction to list its events; double-click an event to review it.</source>
        <translation>双击扣分项查看相关事件；双击事件进入审核。</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121"/>
        <source>Pending</source>
        <translation>待审扣分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121"/>
        <source>Greeting rate</source>
        <translation>问候率</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="122"/>
        <source>Median delay</source>
        <translation>问候延迟中位数</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="138"/>
        <source>{greeted} of {visits} customers greeted; {late} late, {missed} missed</source>
        <translation>{visits} 位顾客中问候了 {greeted} 位；{late} 次迟到，{missed} 次漏问候</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="144"/>
        <source>Staff: {n} · unassigned events: {u}</source>
        <translation>{n} 名员工，{u} 个未分配事件</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="153"/>
        <source>{rate:.0f}% ({greeted}/{visits})</source>
        <translation>{rate:.0f}%（{greeted}/{visits}）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="159"/>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="167"/>
        <source>-{points:g} (×{n})</source>
        <translation>-{points:g}（{n} 次）</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="169"/>
        <source>{n} pending</source>
        <translation>{n} 次待审</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="185"/>
        <source>Score of {name}</source>
        <translation>{name} 的得分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="189"/>
        <source>Mean score of all staff</source>
        <translation>全体员工平均分</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="199"/>
        <source>late and missed greetings</source>
        <translation>迟到和漏掉的问候</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="204"/>
        <source>{name}: {rule} (×{n})</source>
        <translation>{name}：{rule}，共 {n} 次</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="203"/>
        <source>all rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="226"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="235"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="237"/>
        <source>Written: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="65"/>
        <location filename="../screens/settings.py" line="157"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="66"/>
        <source>Stations</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="67"/>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="68"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="69"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84"/>
        <location filename="../screens/settings.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="87"/>
        <source>code, e.g. S001</source>
        <translation>工号，例如 S001</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="88"/>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="89"/>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="107"/>
        <source>Added {name} ({code}).</source>
        <translation>已添加 {name}（{code}）。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="128"/>
        <source>name, e.g. desk-1</source>
        <translation>名称，例如 1号窗口</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="129"/>
        <source>camera number or rtsp:// address</source>
        <translation>摄像头编号或 rtsp:// 地址</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130"/>
        <source>area, e.g. left counter</source>
        <translation>区域，例如 左侧柜台</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131"/>
        <source>Add station</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="149"/>
        <source>Added station {name}.</source>
        <translation>已添加岗位 {name}。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157"/>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="163"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="170"/>
        <source>Times are local ({zone}). CSV columns: staff,station,start,end.</source>
        <translation>时间为本地时间（{zone}）。CSV 列：staff,station,start,end。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="185"/>
        <source>Roster entry added.</source>
        <translation>已添加排班。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="192"/>
        <source>Import roster</source>
        <translation>导入排班表</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="192"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="198"/>
        <source>Nothing imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200"/>
        <source>Roster entries imported: {n}.</source>
        <translation>已导入排班记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209"/>
        <source>Clause</source>
        <translation>规范条款</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="212"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="227"/>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="228"/>
        <source>points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="229"/>
        <source>minimum duration (s)</source>
        <translation>最短持续时间（秒）</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="238"/>
        <source>{what}: minimum confidence</source>
        <translation>{what}：最低置信度</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="261"/>
        <source>Saved to {path}</source>
        <translation>保存位置：{path}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="274"/>
        <source>{rule}, {setting}: &apos;{text}&apos; is not a number</source>
        <translation>{rule}，{setting}：“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="284"/>
        <location filename="../screens/settings.py" line="289"/>
        <location filename="../screens/settings.py" line="351"/>
        <location filename="../screens/settings.py" line="362"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="291"/>
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="301"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="308"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="316"/>
        <source>Decisions are recorded under the signed-in account</source>
        <translation>审核决定以当前登录的账户记录</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="321"/>
        <source>Apply language</source>
        <translation>应用语言</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="327"/>
        <source>Storage folder (database, clips, rules; used from the next start)</source>
        <translation>存储文件夹（数据库、视频、规则；下次启动生效）</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="328"/>
        <source>Keep evidence clips for</source>
        <translation>证据视频保留</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="329"/>
        <source>Clips of confirmed or appealed events are kept. The command &quot;inspector retention&quot; deletes the older ones.</source>
        <translation>已确认或已申诉事件的视频会保留。命令“inspector retention”删除超过期限的视频。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="331"/>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="333"/>
        <source>Decisions are recorded under the signed-in account.</source>
        <translation>审核决定以当前登录的账户记录。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="334"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="342"/>
        <source>The saved clip retention cannot be read ({error}); {days:g} days apply.</source>
        <translation>无法读取已保存的视频保留期限（{error}）；按 {days:g} 天执行。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="367"/>
        <source>Evidence clips are kept for {days} days.</source>
        <translation>证据视频保留 {days} 天。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="370"/>
        <source>Storage folder</source>
        <translation>存储文件夹</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="381"/>
        <source>The storage folder changes at the next start.</source>
        <translation>存储文件夹将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="391"/>
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
    <name>SourcePicker</name>
    <message>
        <location filename="../widgets/source_picker.py" line="28"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="28"/>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="28"/>
        <source>Stream URL (RTSP)</source>
        <translation>视频流地址 (RTSP)</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="33"/>
        <source>camera number, file path or rtsp:// address</source>
        <translation>摄像头编号、文件路径或 rtsp:// 地址</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="34"/>
        <source>camera number or file path</source>
        <translation>摄像头编号或文件路径</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="35"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="63"/>
        <source>Open a video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="64"/>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>视频 (*.mp4 *.avi *.mov *.mkv *.webm);;所有文件 (*)</translation>
    </message>
</context>
</TS>
