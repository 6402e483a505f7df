<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../calibration_dialog.py" line="105" />
        <source>Camera calibration</source>
        <translation>Camera calibration</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="206" />
        <source>Staff zone</source>
        <translation>Staff zone</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207" />
        <source>Customer zone</source>
        <translation>Customer zone</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="214" />
        <source>Ruler</source>
        <translation>Ruler</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="141" />
        <source>Next floor x</source>
        <translation>Next floor x</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="126" />
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Steps&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="142" />
        <source>Next floor y</source>
        <translation>Next floor y</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="144" />
        <source>Undo last point</source>
        <translation>Undo last point</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="146" />
        <source>Next step ›</source>
        <translation>Next step ›</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="189" />
        <source>Two floor points are at the same place (in the picture or on the floor): each mark needs its own. Undo the last one and place it again.</source>
        <translation>Two floor points are at the same place (in the picture or on the floor): each mark needs its own. Undo the last one and place it again.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="192" />
        <source>Place the floor points first: click at least {need} floor marks and type where each is on the floor ({have} so far).</source>
        <translation>Place the floor points first: click at least {need} floor marks and type where each is on the floor ({have} so far).</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="194" />
        <source>Draw the staff zone first: click at least {need} of its corners on the floor ({have} so far).</source>
        <translation>Draw the staff zone first: click at least {need} of its corners on the floor ({have} so far).</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="196" />
        <source>Draw the customer zone next: click at least {need} of its corners on the floor ({have} so far).</source>
        <translation>Draw the customer zone next: click at least {need} of its corners on the floor ({have} so far).</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="198" />
        <source>Draw the counter edge next: click at least {need} points along its customer side, on the floor ({have} so far).</source>
        <translation>Draw the counter edge next: click at least {need} points along its customer side, on the floor ({have} so far).</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="206" />
        <source>Floor points</source>
        <translation>Floor points</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="207" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="216" />
        <source>Measure a known length on the floor (after the floor points).</source>
        <translation>Measure a known length on the floor (after the floor points).</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="222" />
        <source>Step 1 of 5: click a floor mark, then type its floor position (x, y in metres) before the next click. Four or more marks, spread over the floor, not on one line.</source>
        <translation>Step 1 of 5: click a floor mark, then type its floor position (x, y in metres) before the next click. Four or more marks, spread over the floor, not on one line.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="224" />
        <source>Step 2 of 5: click the corners of the staff area behind the counter, on the floor.</source>
        <translation>Step 2 of 5: click the corners of the staff area behind the counter, on the floor.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="225" />
        <source>Step 3 of 5: click the corners of the customer area in front of the counter, on the floor.</source>
        <translation>Step 3 of 5: click the corners of the customer area in front of the counter, on the floor.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="227" />
        <source>Step 4 of 5: click along the customer-side edge of the counter, where it meets the floor.</source>
        <translation>Step 4 of 5: click along the customer-side edge of the counter, where it meets the floor.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="229" />
        <source>Step 5 of 5: the check shows how far the floor points land from where they should. Save when it is good.</source>
        <translation>Step 5 of 5: the check shows how far the floor points land from where they should. Save when it is good.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="231" />
        <source>Ruler: click two points on the floor; their distance is shown in metres.</source>
        <translation>Ruler: click two points on the floor; their distance is shown in metres.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="235" />
        <source>Done: press Next step.</source>
        <translation>Done: press Next step.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="279" />
        <source>Go back to a drawing step to change the points.</source>
        <translation>Go back to a drawing step to change the points.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="288" />
        <source>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</source>
        <translation>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="315" />
        <source>Click two points to measure.</source>
        <translation>Click two points to measure.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="318" />
        <source>Ruler: {d:.2f} m on the floor</source>
        <translation>Ruler: {d:.2f} m on the floor</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="320" />
        <source>Cannot measure yet: {e}</source>
        <translation>Cannot measure yet: {e}</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="374" />
        <source>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</source>
        <translation>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="377" />
        <source>; leave-one-out RMS {loo:.1f} cm</source>
        <translation>; leave-one-out RMS {loo:.1f} cm</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="380" />
        <source>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</source>
        <translation>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="382" />
        <source>No points to check: add floor points</source>
        <translation>No points to check: add floor points</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="386" />
        <source>This is more than {limit:.0f} cm: distances on the floor would be off by about {err:.0f} cm. Check the floor positions typed for each mark, or click the marks again.</source>
        <translation>This is more than {limit:.0f} cm: distances on the floor would be off by about {err:.0f} cm. Check the floor positions typed for each mark, or click the marks again.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="402" />
        <source>Poor calibration</source>
        <translation>Poor calibration</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="403" />
        <source>The fit's error is {err:.0f} cm, more than {limit:.0f} cm.</source>
        <translation>The fit's error is {err:.0f} cm, more than {limit:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="405" />
        <source>Distances to the counter and zone decisions will be unreliable. Save it anyway, or go back and re-measure the floor points?</source>
        <translation>Distances to the counter and zone decisions will be unreliable. Save it anyway, or go back and re-measure the floor points?</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="407" />
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="408" />
        <source>Go back and re-measure</source>
        <translation>Go back and re-measure</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="420" />
        <source>Not saved. Re-measure the floor points, then check again.</source>
        <translation>Not saved. Re-measure the floor points, then check again.</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <location filename="../labels.py" line="310" />
        <source>1. Standing posture: forbidden hands on hips (叉腰), hands in pockets (插兜), arms crossed on the chest (抱胸)</source>
        <translation>1. Standing posture: forbidden hands on hips (叉腰), hands in pockets (插兜), arms crossed on the chest (抱胸)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="313" />
        <source>2. Sitting posture: forbidden arms crossed on the chest</source>
        <translation>2. Sitting posture: forbidden arms crossed on the chest</translation>
    </message>
    <message>
        <location filename="../labels.py" line="315" />
        <source>2. Sitting posture: upright back required; forbidden leaning far forward or back, half-lying (前俯后仰, 半躺半坐)</source>
        <translation>2. Sitting posture: upright back required; forbidden leaning far forward or back, half-lying (前俯后仰, 半躺半坐)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="318" />
        <source>1. Standing posture: forbidden leaning on or pressing the chest against the counter (胸部紧贴或倚靠台面)</source>
        <translation>1. Standing posture: forbidden leaning on or pressing the chest against the counter (胸部紧贴或倚靠台面)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="321" />
        <source>2. Sitting posture: forbidden lying on the desk (趴在工作台上); 6. Discipline: no sleeping at the post</source>
        <translation>2. Sitting posture: forbidden lying on the desk (趴在工作台上); 6. Discipline: no sleeping at the post</translation>
    </message>
    <message>
        <location filename="../labels.py" line="324" />
        <source>2. Sitting posture: forbidden chin in hand (托腮)</source>
        <translation>2. Sitting posture: forbidden chin in hand (托腮)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="325" />
        <source>6. Discipline at the post: no private phone calls or phone use at the post (工作期间不能接打手机)</source>
        <translation>6. Discipline at the post: no private phone calls or phone use at the post (工作期间不能接打手机)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="327" />
        <source>6. Discipline at the post: no leaving the post without cover (擅自离岗、串岗, 空岗); default 3 minutes in opening hours</source>
        <translation>6. Discipline at the post: no leaving the post without cover (擅自离岗、串岗, 空岗); default 3 minutes in opening hours</translation>
    </message>
    <message>
        <location filename="../labels.py" line="330" />
        <source>1. Standing posture: upright, shoulders level (肩要平); 2. Sitting posture: upright back, no leaning far forward (前俯)</source>
        <translation>1. Standing posture: upright, shoulders level (肩要平); 2. Sitting posture: upright back, no leaning far forward (前俯)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="333" />
        <source>5. Grooming and uniform: badge / name tag (工号牌, 工牌) worn at the designated position; default: not visible for 5 minutes at the post</source>
        <translation>5. Grooming and uniform: badge / name tag (工号牌, 工牌) worn at the designated position; default: not visible for 5 minutes at the post</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <location filename="../widgets/clip_player.py" line="95" />
        <location filename="../widgets/clip_player.py" line="174" />
        <location filename="../widgets/clip_player.py" line="199" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="97" />
        <source>◀ Frame</source>
        <translation>◀ Frame</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="99" />
        <source>Frame ▶</source>
        <translation>Frame ▶</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="103" />
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="119" />
        <source>No event selected</source>
        <translation>No event selected</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="136" />
        <source>This event has no clip</source>
        <translation>This event has no clip</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="141" />
        <source>The clip file is missing or damaged: {path}. The event can still be reviewed.</source>
        <translation>The clip file is missing or damaged: {path}. The event can still be reviewed.</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="152" />
        <source>Shaded: the event, from {start:.1f} s to {end:.1f} s of the clip</source>
        <translation>Shaded: the event, from {start:.1f} s to {end:.1f} s of the clip</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="204" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="232" />
        <source>The clip cannot be played: {error}</source>
        <translation>The clip cannot be played: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../error_text.py" line="54" />
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="55" />
        <source>image width</source>
        <translation>image width</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="56" />
        <source>image height</source>
        <translation>image height</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="57" />
        <source>staff zone</source>
        <translation>staff zone</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="58" />
        <source>customer zone</source>
        <translation>customer zone</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="59" />
        <source>counter edge</source>
        <translation>counter edge</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="60" />
        <source>closed counter outline</source>
        <translation>closed counter outline</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="61" />
        <source>floor</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="62" />
        <source>floor points</source>
        <translation>floor points</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="63" />
        <source>position in the picture</source>
        <translation>position in the picture</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="64" />
        <source>camera height</source>
        <translation>camera height</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="65" />
        <source>camera tilt</source>
        <translation>camera tilt</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="66" />
        <source>focal length</source>
        <translation>focal length</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="67" />
        <source>camera roll</source>
        <translation>camera roll</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="68" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="69" />
        <source>format version</source>
        <translation>format version</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="70" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="71" />
        <source>rules</source>
        <translation>rules</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="88" />
        <source>rule {n}</source>
        <translation>rule {n}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="90" />
        <source>condition {n}</source>
        <translation>condition {n}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="92" />
        <source>point {n}</source>
        <translation>point {n}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="94" />
        <source>item {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="125" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="127" />
        <source>not a known setting (check the spelling)</source>
        <translation>not a known setting (check the spelling)</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="132" />
        <source>needs at least {n} points, has {m}</source>
        <translation>needs at least {n} points, has {m}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="132" />
        <source>at most {n} points, has {m}</source>
        <translation>at most {n} points, has {m}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="134" />
        <source>needs at least {n} items, has {m}</source>
        <translation>needs at least {n} items, has {m}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="134" />
        <source>at most {n} items, has {m}</source>
        <translation>at most {n} items, has {m}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="137" />
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="139" />
        <source>at most {n} characters</source>
        <translation>at most {n} characters</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="140" />
        <source>must be greater than {x}</source>
        <translation>must be greater than {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="141" />
        <source>must be at least {x}</source>
        <translation>must be at least {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="142" />
        <source>must be less than {x}</source>
        <translation>must be less than {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="143" />
        <source>must be at most {x}</source>
        <translation>must be at most {x}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="148" />
        <source>must be a number, not {value}</source>
        <translation>must be a number, not {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="150" />
        <source>must be a whole number, not {value}</source>
        <translation>must be a whole number, not {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="152" />
        <source>must be yes or no (true/false)</source>
        <translation>must be yes or no (true/false)</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="154" />
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="156" />
        <source>has the wrong form</source>
        <translation>has the wrong form</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="158" />
        <source>must be one of {choices}, not {value}</source>
        <translation>must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="160" />
        <source>the kind must be one of {choices}</source>
        <translation>the kind must be one of {choices}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="163" />
        <source>is not a valid value ({value})</source>
        <translation>is not a valid value ({value})</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="175" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="182" />
        <source>The calibration is incomplete or not valid:</source>
        <translation>The calibration is incomplete or not valid:</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="184" />
        <source>The rules are not valid:</source>
        <translation>The rules are not valid:</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="185" />
        <source>Some values are not valid:</source>
        <translation>Some values are not valid:</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="205" />
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="206" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="207" />
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="208" />
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="209" />
        <source>The reason for the appeal</source>
        <translation>The reason for the appeal</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="210" />
        <source>Reviewer name</source>
        <translation>Reviewer name</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="211" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="212" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="213" />
        <source>The password</source>
        <translation>The password</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="214" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="215" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="216" />
        <source>The rules file</source>
        <translation>The rules file</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="217" />
        <source>The calibration file</source>
        <translation>The calibration file</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="218" />
        <source>The configuration file</source>
        <translation>The configuration file</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224" />
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="224" />
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="225" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="226" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../error_text.py" line="234" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="234" />
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="235" />
        <source>upheld</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="235" />
        <source>overturned</source>
        <translation>overturned</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="240" />
        <source>Shift {n}: {problem}</source>
        <translation>Shift {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="242" />
        <source>{what} must not be empty.</source>
        <translation>{what} must not be empty.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="244" />
        <source>{what} may have at most {n} characters (it has {m}).</source>
        <translation>{what} may have at most {n} characters (it has {m}).</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="247" />
        <source>A staff member with code {code} already exists.</source>
        <translation>A staff member with code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="249" />
        <source>A station named {name} already exists.</source>
        <translation>A station named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="251" />
        <source>The station name {name} may hold only letters, digits, '-' and '_', and must start with a letter or digit (it names the station's folders).</source>
        <translation>The station name {name} may hold only letters, digits, '-' and '_', and must start with a letter or digit (it names the station's folders).</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="254" />
        <source>There is no staff member with code {code}.</source>
        <translation>There is no staff member with code {code}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="256" />
        <source>There is no station {name}.</source>
        <translation>There is no station {name}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="257" />
        <source>There is no event {id}.</source>
        <translation>There is no event {id}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="259" />
        <source>The end of the shift ({end}) must be after its start ({start}).</source>
        <translation>The end of the shift ({end}) must be after its start ({start}).</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="262" />
        <source>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of {staff2} at {station2}, {start2} – {end2}: a station has one person at a time.</source>
        <translation>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of {staff2} at {station2}, {start2} – {end2}: a station has one person at a time.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="265" />
        <source>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of the same person at {station2}, {start2} – {end2}: a person works at one station at a time.</source>
        <translation>The shift of {staff} at {station}, {start} – {end}, overlaps shift #{id} of the same person at {station2}, {start2} – {end2}: a person works at one station at a time.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="270" />
        <source>Event {id} was already {decision} by {who} at {at}; a decision is final.</source>
        <translation>Event {id} was already {decision} by {who} at {at}; a decision is final.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="273" />
        <source>Event {id} was decided by someone else at the same moment.</source>
        <translation>Event {id} was decided by someone else at the same moment.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="275" />
        <source>Event {id} was already appealed at {at}.</source>
        <translation>Event {id} was already appealed at {at}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="277" />
        <source>The appeal against event {id} was already {decision} by {who} at {at}.</source>
        <translation>The appeal against event {id} was already {decision} by {who} at {at}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="279" />
        <source>Event {id} was not appealed.</source>
        <translation>Event {id} was not appealed.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="281" />
        <source>Event {id} is not yours: only one's own events can be appealed.</source>
        <translation>Event {id} is not yours: only one's own events can be appealed.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="283" />
        <source>Inspection {id} was already appealed at {at}.</source>
        <translation>Inspection {id} was already appealed at {at}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="285" />
        <source>The appeal against inspection {id} was already {decision} by {who} at {at}.</source>
        <translation>The appeal against inspection {id} was already {decision} by {who} at {at}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="288" />
        <source>Inspection {id} was not appealed.</source>
        <translation>Inspection {id} was not appealed.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="290" />
        <source>Inspection {id} is not yours: only one's own inspections can be appealed.</source>
        <translation>Inspection {id} is not yours: only one's own inspections can be appealed.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="293" />
        <source>Inspection {id} deducts no points: there is nothing to appeal.</source>
        <translation>Inspection {id} deducts no points: there is nothing to appeal.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="295" />
        <source>{who} is not allowed to do this; it is for: {roles}.</source>
        <translation>{who} is not allowed to do this; it is for: {roles}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="298" />
        <source>The database is busy with another program (waited {s} s). Nothing was saved; try again when the other program has finished.</source>
        <translation>The database is busy with another program (waited {s} s). Nothing was saved; try again when the other program has finished.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="301" />
        <source>Write the time like 2025-03-01 09:00 (local time), not {text}.</source>
        <translation>Write the time like 2025-03-01 09:00 (local time), not {text}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="303" />
        <source>Write the month like 2025-03, not {text}.</source>
        <translation>Write the month like 2025-03, not {text}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="305" />
        <source>Unknown time zone {zone}; use a name such as Asia/Shanghai.</source>
        <translation>Unknown time zone {zone}; use a name such as Asia/Shanghai.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="307" />
        <source>Sign-in failed: unknown or inactive account, or wrong password.</source>
        <translation>Sign-in failed: unknown or inactive account, or wrong password.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="309" />
        <source>Too many failed sign-ins ({n} in {min} minutes): wait {s} s and try again.</source>
        <translation>Too many failed sign-ins ({n} in {min} minutes): wait {s} s and try again.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="312" />
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="313" />
        <source>Roster file not found: {path}</source>
        <translation>Roster file not found: {path}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="315" />
        <source>{path}: the first line must name the columns {fields}; missing: {missing}</source>
        <translation>{path}: the first line must name the columns {fields}; missing: {missing}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="318" />
        <source>{path}, line {n}: {fields} is empty</source>
        <translation>{path}, line {n}: {fields} is empty</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="320" />
        <source>{path} is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>{path} is not UTF-8 text: save it as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="321" />
        <source>{path} holds no shifts.</source>
        <translation>{path} holds no shifts.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="323" />
        <source>two floor points are at the same place (in the picture or on the floor)</source>
        <translation>two floor points are at the same place (in the picture or on the floor)</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="325" />
        <source>{field}: the point ({x}, {y}) is far outside the {w}×{h} picture</source>
        <translation>{field}: the point ({x}, {y}) is far outside the {w}×{h} picture</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="328" />
        <source>a point lies on or above the horizon, so it cannot be on the floor: click on the floor</source>
        <translation>a point lies on or above the horizon, so it cannot be on the floor: click on the floor</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="331" />
        <source>three or more floor points lie (nearly) on one line: spread the floor points over the floor, like the corners of a large rectangle</source>
        <translation>three or more floor points lie (nearly) on one line: spread the floor points over the floor, like the corners of a large rectangle</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="334" />
        <source>{what} {path} does not exist.</source>
        <translation>{what} {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="336" />
        <source>{what} {path} cannot be read ({reason}).</source>
        <translation>{what} {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="339" />
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="341" />
        <source>An inspection needs at least one checklist item.</source>
        <translation>An inspection needs at least one checklist item.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="343" />
        <source>Give a reason for changing {item}.</source>
        <translation>Give a reason for changing {item}.</translation>
    </message>
    <message>
        <location filename="../error_text.py" line="345" />
        <source>Event {id} is confirmed or appealed; its evidence is kept.</source>
        <translation>Event {id} is confirmed or appealed; its evidence is kept.</translation>
    </message>
</context>
<context>
    <name>GridScreen</name>
    <message>
        <location filename="../screens/grid.py" line="126" />
        <source>Start all stations</source>
        <translation>Start all stations</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="127" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="131" />
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="136" />
        <source>Every station with a camera is watched at once, with one set of models. Press Start.</source>
        <translation>Every station with a camera is watched at once, with one set of models. Press Start.</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="144" />
        <source>Back to all stations</source>
        <translation>Back to all stations</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="184" />
        <source>No station has a camera yet: add one in the settings or with `inspector stations add NAME --camera SRC`.</source>
        <translation>No station has a camera yet: add one in the settings or with `inspector stations add NAME --camera SRC`.</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="247" />
        <source>{running} of {total} station(s) running · {fps:.1f} analysed fps in all</source>
        <translation>{running} of {total} station(s) running · {fps:.1f} analysed fps in all</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="310" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="283" />
        <source>{fps:.1f} analysed fps · oldest frame {age:.2f} s</source>
        <translation>{fps:.1f} analysed fps · oldest frame {age:.2f} s</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="261" />
        <source>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers: it is shown, not judged. Calibrate its camera in the live view (Calibrate camera…) or draw its region with: inspector stations region {station} X0,Y0,X1,Y1</source>
        <translation>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers: it is shown, not judged. Calibrate its camera in the live view (Calibrate camera…) or draw its region with: inspector stations region {station} X0,Y0,X1,Y1</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="293" />
        <location filename="../screens/grid.py" line="307" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="303" />
        <source>Nobody in view</source>
        <translation>Nobody in view</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="307" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="308" />
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="309" />
        <source>Not calibrated</source>
        <translation>Not calibrated</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="309" />
        <source>Disk full</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="310" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="311" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="316" />
        <source>Not judged: calibrate the camera or draw the station's region</source>
        <translation>Not judged: calibrate the camera or draw the station's region</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/grid.py" line="317" />
        <source>%n person(s) at the post</source>
        <translation><numerusform>%n person at the post</numerusform><numerusform>%n persons at the post</numerusform></translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="322" />
        <source>No violation now</source>
        <translation>No violation now</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="326" />
        <source>Now: {items}</source>
        <translation>Now: {items}</translation>
    </message>
    <message>
        <location filename="../screens/grid.py" line="323" />
        <source>post</source>
        <translation>post</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../inspection_text.py" line="20" />
        <source>Badge worn and visible</source>
        <translation>Badge worn and visible</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="20" />
        <source>Uniform (colour)</source>
        <translation>Uniform (colour)</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="21" />
        <source>Hair not covering the face</source>
        <translation>Hair not covering the face</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="21" />
        <source>Long hair tied</source>
        <translation>Long hair tied</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22" />
        <source>Upright stance</source>
        <translation>Upright stance</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22" />
        <source>Allowed hand position</source>
        <translation>Allowed hand position</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="22" />
        <source>Smile</source>
        <translation>Smile</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28" />
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28" />
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="28" />
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34" />
        <source>lanyard</source>
        <translation>lanyard</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34" />
        <source>left chest</source>
        <translation>left chest</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="34" />
        <source>right chest</source>
        <translation>right chest</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="35" />
        <source>anywhere</source>
        <translation>anywhere</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="43" />
        <source>Nobody in view: stand in front of the camera, about 1.5–2 m away.</source>
        <translation>Nobody in view: stand in front of the camera, about 1.5–2 m away.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="45" />
        <source>Shoulders not visible: step back so that your upper body is in the picture.</source>
        <translation>Shoulders not visible: step back so that your upper body is in the picture.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="46" />
        <source>Too far from the camera: come closer (about 1.5–2 m).</source>
        <translation>Too far from the camera: come closer (about 1.5–2 m).</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="47" />
        <source>Too close to the camera: step back (about 1.5–2 m).</source>
        <translation>Too close to the camera: step back (about 1.5–2 m).</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="48" />
        <source>You are turned away: face the camera.</source>
        <translation>You are turned away: face the camera.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="50" />
        <source>Stand in front of the camera, about 1.5–2 m away, facing it.</source>
        <translation>Stand in front of the camera, about 1.5–2 m away, facing it.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="51" />
        <source>Face the camera, arms relaxed, and smile.</source>
        <translation>Face the camera, arms relaxed, and smile.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="52" />
        <source>Now turn sideways to the camera.</source>
        <translation>Now turn sideways to the camera.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="53" />
        <source>Done: the inspection can be finished.</source>
        <translation>Done: the inspection can be finished.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="60" />
        <source>{n} people in view: only the staff member being inspected should stand in front of the camera.</source>
        <translation>{n} people in view: only the staff member being inspected should stand in front of the camera.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="69" />
        <source>No badge enrolled: the generic badge/lanyard detector is used; enrol the site's badge for a stricter check.</source>
        <translation>No badge enrolled: the generic badge/lanyard detector is used; enrol the site's badge for a stricter check.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="71" />
        <source>No badge enrolled: the badge item cannot be told; enrol the site's badge first.</source>
        <translation>No badge enrolled: the badge item cannot be told; enrol the site's badge first.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="73" />
        <source>No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first.</source>
        <translation>No uniform enrolled: the uniform item cannot be told; enrol the uniform colour first.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="75" />
        <source>No side view was seen: the stance was judged from the front only.</source>
        <translation>No side view was seen: the stance was judged from the front only.</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="82" />
        <source>no badge enrolled: enrol the site's badge first</source>
        <translation>no badge enrolled: enrol the site's badge first</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="83" />
        <source>badge cannot be told</source>
        <translation>badge cannot be told</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="84" />
        <source>shoulders not visible: the chest cannot be located</source>
        <translation>shoulders not visible: the chest cannot be located</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="85" />
        <source>the person has the back to the camera</source>
        <translation>the person has the back to the camera</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="86" />
        <source>the person stands side-on to the camera</source>
        <translation>the person stands side-on to the camera</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="87" />
        <source>both hands cover the chest</source>
        <translation>both hands cover the chest</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="88" />
        <source>no body landmarks for this person</source>
        <translation>no body landmarks for this person</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="89" />
        <source>no uniform enrolled</source>
        <translation>no uniform enrolled</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="90" />
        <source>the upper body is partly outside the image</source>
        <translation>the upper body is partly outside the image</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="91" />
        <source>face not found</source>
        <translation>face not found</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="92" />
        <source>face or body not found</source>
        <translation>face or body not found</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="93" />
        <source>top of the head outside the picture</source>
        <translation>top of the head outside the picture</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="95" />
        <source>hair colour not distinct from skin (short hair, cap or bald)</source>
        <translation>hair colour not distinct from skin (short hair, cap or bald)</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="96" />
        <source>shoulders not visible</source>
        <translation>shoulders not visible</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="97" />
        <source>hair colour too close to the garment colour</source>
        <translation>hair colour too close to the garment colour</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="98" />
        <source>shoulders outside the picture</source>
        <translation>shoulders outside the picture</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="99" />
        <source>no measures for this person</source>
        <translation>no measures for this person</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="100" />
        <source>sitting: stand for the inspection</source>
        <translation>sitting: stand for the inspection</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="101" />
        <source>trunk and shoulders not measurable</source>
        <translation>trunk and shoulders not measurable</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="102" />
        <source>arms not classified</source>
        <translation>arms not classified</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="103" />
        <source>face expression not measurable</source>
        <translation>face expression not measurable</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="104" />
        <source>the staff member was not seen</source>
        <translation>the staff member was not seen</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="110" />
        <source>enrolled badge</source>
        <translation>enrolled badge</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="110" />
        <source>generic detector (no badge enrolled)</source>
        <translation>generic detector (no badge enrolled)</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117" />
        <source>forward lean</source>
        <translation>forward lean</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117" />
        <source>side lean</source>
        <translation>side lean</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="117" />
        <source>shoulder tilt</source>
        <translation>shoulder tilt</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="118" />
        <source>{what} {deg}°</source>
        <translation>{what} {deg}°</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="128" />
        <source>no usable frame: {why}</source>
        <translation>no usable frame: {why}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="131" />
        <source>visible at {place}, score {score}, {mode}</source>
        <translation>visible at {place}, score {score}, {mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="133" />
        <source>visible, score {score}, {mode}</source>
        <translation>visible, score {score}, {mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="135" />
        <source>not visible, score {score}, {mode}</source>
        <translation>not visible, score {score}, {mode}</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="137" />
        <source>the person is too small in the image (shoulders {px} px &lt; {min} px)</source>
        <translation>the person is too small in the image (shoulders {px} px &lt; {min} px)</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="139" />
        <source>colour difference {de} (limit {limit})</source>
        <translation>colour difference {de} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="140" />
        <source>face too small ({px} px)</source>
        <translation>face too small ({px} px)</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="142" />
        <source>{pct}% of lower-forehead points not skin-coloured</source>
        <translation>{pct}% of lower-forehead points not skin-coloured</translation>
    </message>
    <message>
        <location filename="../inspection_text.py" line="143" />
        <source>hair colour on {pct}% of a shoulder top</source>
        <translation>hair colour on {pct}% of a shoulder top</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../screens/inspection.py" line="85" />
        <source>camera number, video file or image</source>
        <translation>camera number, video file or image</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="87" />
        <source>none: generic badge detector</source>
        <translation>none: generic badge detector</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="89" />
        <source>none: the uniform is not checked</source>
        <translation>none: the uniform is not checked</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="90" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="92" />
        <source>Badge enrolment file</source>
        <translation>Badge enrolment file</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="93" />
        <source>Uniform enrolment file</source>
        <translation>Uniform enrolment file</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="94" />
        <source>Enrol badge now (from the current frame)</source>
        <translation>Enrol badge now (from the current frame)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="96" />
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="98" />
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="100" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="103" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="105" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="108" />
        <source>Badge enrolment</source>
        <translation>Badge enrolment</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="115" />
        <source>Uniform enrolment</source>
        <translation>Uniform enrolment</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="143" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="144" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="144" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="160" />
        <source>Override selected item…</source>
        <translation>Override selected item…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="162" />
        <source>Save inspection</source>
        <translation>Save inspection</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="199" />
        <source>Video or image</source>
        <translation>Video or image</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="200" />
        <source>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</source>
        <translation>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="205" />
        <source>Enrolment files (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="222" />
        <source>Choose the staff member to inspect (add staff in Settings first).</source>
        <translation>Choose the staff member to inspect (add staff in Settings first).</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="226" />
        <source>Enter a camera number, a video file or an image.</source>
        <translation>Enter a camera number, a video file or an image.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="231" />
        <source>Cannot use the enrolment file: {detail}</source>
        <translation>Cannot use the enrolment file: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="242" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="261" />
        <source>Inspection cancelled.</source>
        <translation>Inspection cancelled.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="289" />
        <source>Nothing was analysed: check the source and start again.</source>
        <translation>Nothing was analysed: check the source and start again.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="303" />
        <source>Start the camera first: the badge is enrolled from the current frame.</source>
        <translation>Start the camera first: the badge is enrolled from the current frame.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="309" />
        <source>Badge not enrolled: {detail}</source>
        <translation>Badge not enrolled: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="314" />
        <source>Badge enrolled and saved to {path}; the inspection starts over with it.</source>
        <translation>Badge enrolled and saved to {path}; the inspection starts over with it.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="321" />
        <source>Inspection finished: check the list, override where needed, then save.</source>
        <translation>Inspection finished: check the list, override where needed, then save.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="330" />
        <source>{final} (overridden; measured {measured})</source>
        <translation>{final} (overridden; measured {measured})</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="339" />
        <source>Reason: {reason} ({by})</source>
        <translation>Reason: {reason} ({by})</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="347" />
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inspection.py" line="347" />
        <source>FAILED: %n item(s)</source>
        <translation><numerusform>FAILED: %n item</numerusform><numerusform>FAILED: %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="443" />
        <source>Saved as inspection {id}; it deducts {points}.</source>
        <translation>Saved as inspection {id}; it deducts {points}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="361" />
        <source>no frame</source>
        <translation>no frame</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="366" />
        <source>frame {n}</source>
        <translation>frame {n}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="384" />
        <source>Evidence of “{item}”: frame {n}</source>
        <translation>Evidence of “{item}”: frame {n}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="392" />
        <source>Select an item of the checklist first.</source>
        <translation>Select an item of the checklist first.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="411" />
        <source>Override not applied: {detail}</source>
        <translation>Override not applied: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="417" />
        <source>{item} set to {status}.</source>
        <translation>{item} set to {status}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="425" />
        <source>Already saved as inspection {id}.</source>
        <translation>Already saved as inspection {id}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="437" />
        <source>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</source>
        <translation>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="440" />
        <source>Not saved: {detail}</source>
        <translation>Not saved: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="445" />
        <source>The earlier inspection of that day no longer counts.</source>
        <translation>The earlier inspection of that day no longer counts.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="452" />
        <source>Not saved yet: this staff member was already inspected today.</source>
        <translation>Not saved yet: this staff member was already inspected today.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="453" />
        <source>Not saved: the earlier inspection of today still counts.</source>
        <translation>Not saved: the earlier inspection of today still counts.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="469" />
        <source>Choose the staff member and press Start</source>
        <translation>Choose the staff member and press Start</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="470" />
        <location filename="../screens/inspection.py" line="477" />
        <source>Stand 1.5–2 m from the camera: first facing it, then side-on.</source>
        <translation>Stand 1.5–2 m from the camera: first facing it, then side-on.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="479" />
        <source>front view ✓</source>
        <translation>front view ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="480" />
        <source>front view: {n}/{m} frames</source>
        <translation>front view: {n}/{m} frames</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="481" />
        <source>side view ✓</source>
        <translation>side view ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="482" />
        <source>side view: {n}/{m} frames</source>
        <translation>side view: {n}/{m} frames</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="495" />
        <source>The signed-in account may not record inspections.</source>
        <translation>The signed-in account may not record inspections.</translation>
    </message>
</context>
<context>
    <name>JudgingChoice</name>
    <message>
        <location filename="../widgets/judging.py" line="25" />
        <source>Staff in the station's region or zones</source>
        <translation>Staff in the station's region or zones</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="26" />
        <source>Everyone in the frame</source>
        <translation>Everyone in the frame</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="27" />
        <source>Everyone, uncalibrated</source>
        <translation>Everyone, uncalibrated</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="28" />
        <source>Only the persons in the station's region, or in the staff zone of its camera calibration, are judged; customers' faces are blurred in clips. A station with neither is not started.</source>
        <translation>Only the persons in the station's region, or in the staff zone of its camera calibration, are judged; customers' faces are blurred in clips. A station with neither is not started.</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="31" />
        <source>Everyone in view is judged as the station's staff; every face but the flagged person's is blurred in clips.</source>
        <translation>Everyone in view is judged as the station's staff; every face but the flagged person's is blurred in clips.</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="33" />
        <source>For a station with neither a region nor a calibration: everyone in view is judged; every face is blurred in clips, the flagged person's too.</source>
        <translation>For a station with neither a region nor a calibration: everyone in view is judged; every face is blurred in clips, the flagged person's too.</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="36" />
        <source>Who the conduct rules judge at the chosen station</source>
        <translation>Who the conduct rules judge at the chosen station</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="50" />
        <source>Everyone in the frame is judged; every face but the flagged person's is blurred in clips</source>
        <translation>Everyone in the frame is judged; every face but the flagged person's is blurred in clips</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="52" />
        <source>Everyone in the frame is judged without a region or calibration; every face is blurred in clips</source>
        <translation>Everyone in the frame is judged without a region or calibration; every face is blurred in clips</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="59" />
        <source>Not started: station {station} has neither a region nor a camera calibration.</source>
        <translation>Not started: station {station} has neither a region nor a camera calibration.</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="61" />
        <source>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers.

Press "Calibrate camera…" to mark its staff zone, or draw its region with:
{command}

Or choose at "Who is judged":
"Everyone in the frame": every face but the flagged person's is blurred in clips;
"Everyone, uncalibrated": every face is blurred.</source>
        <translation>Station {station} has neither a region nor a camera calibration, so nothing tells its staff from customers.

Press "Calibrate camera…" to mark its staff zone, or draw its region with:
{command}

Or choose at "Who is judged":
"Everyone in the frame": every face but the flagged person's is blurred in clips;
"Everyone, uncalibrated": every face is blurred.</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="68" />
        <source>Its saved calibration cannot be used: {error}</source>
        <translation>Its saved calibration cannot be used: {error}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="72" />
        <source>Station {station} is being analysed by another run (inspector analyze or another live view); start again when it has finished. {detail}</source>
        <translation>Station {station} is being analysed by another run (inspector analyze or another live view); start again when it has finished. {detail}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="75" />
        <source>Station {station} cannot be locked for this run: check that the data folder {folder} can be written. {detail}</source>
        <translation>Station {station} cannot be locked for this run: check that the data folder {folder} can be written. {detail}</translation>
    </message>
    <message>
        <location filename="../widgets/judging.py" line="78" />
        <source>The run was not started: {error}</source>
        <translation>The run was not started: {error}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../app.py" line="108" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../screens/kiosk.py" line="57" />
        <source>Self-check: stand or sit as at work, facing the camera</source>
        <translation>Self-check: stand or sit as at work, facing the camera</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="61" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="63" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="67" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="100" />
        <source>Choose the camera or a video file and press Start</source>
        <translation>Choose the camera or a video file and press Start</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="81" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="114" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="187" />
        <source>Well done — you passed the self-check!</source>
        <translation>Well done — you passed the self-check!</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="188" />
        <source>Not yet — look at the red items and try again.</source>
        <translation>Not yet — look at the red items and try again.</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="192" />
        <source>Please step in front of the camera</source>
        <translation>Please step in front of the camera</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="195" />
        <source>One person at a time, please</source>
        <translation>One person at a time, please</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="199" />
        <source>Hold it… checking</source>
        <translation>Hold it… checking</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="207" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="207" />
        <source>Cannot see clearly</source>
        <translation>Cannot see clearly</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="214" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="214" />
        <source>to improve</source>
        <translation>to improve</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="215" />
        <source>not seen</source>
        <translation>not seen</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220" />
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220" />
        <source>Arms</source>
        <translation>Arms</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="220" />
        <source>Smile</source>
        <translation>Smile</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="223" />
        <source>please uncross your arms</source>
        <translation>please uncross your arms</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="224" />
        <source>please take your hands off your hips</source>
        <translation>please take your hands off your hips</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="225" />
        <source>please take your hands out of your pockets</source>
        <translation>please take your hands out of your pockets</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="226" />
        <location filename="../screens/kiosk.py" line="227" />
        <source>please put the phone away</source>
        <translation>please put the phone away</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="228" />
        <source>please do not rest your chin on your hand</source>
        <translation>please do not rest your chin on your hand</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="229" />
        <source>please sit up straight</source>
        <translation>please sit up straight</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="230" />
        <source>please stand up straight</source>
        <translation>please stand up straight</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="231" />
        <source>please do not lean on the counter</source>
        <translation>please do not lean on the counter</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="232" />
        <source>please lift your head</source>
        <translation>please lift your head</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="233" />
        <source>a smile, please!</source>
        <translation>a smile, please!</translation>
    </message>
    <message>
        <location filename="../screens/kiosk.py" line="234" />
        <source>relax your brows and smile</source>
        <translation>relax your brows and smile</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="20" />
        <source>arms hanging</source>
        <translation>arms hanging</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21" />
        <source>hands clasped in front</source>
        <translation>hands clasped in front</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22" />
        <source>hands behind back</source>
        <translation>hands behind back</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23" />
        <source>arms crossed</source>
        <translation>arms crossed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24" />
        <source>hands on hips</source>
        <translation>hands on hips</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <source>hands in pockets</source>
        <translation>hands in pockets</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <source>phone to ear</source>
        <translation>phone to ear</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <source>looking at phone</source>
        <translation>looking at phone</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <source>chin on hand</source>
        <translation>chin on hand</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29" />
        <source>hands on counter</source>
        <translation>hands on counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30" />
        <source>sitting upright</source>
        <translation>sitting upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31" />
        <source>sitting slouched</source>
        <translation>sitting slouched</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32" />
        <source>head down on desk</source>
        <translation>head down on desk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33" />
        <source>leaning on counter</source>
        <translation>leaning on counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34" />
        <source>standing upright</source>
        <translation>standing upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35" />
        <source>standing leaning</source>
        <translation>standing leaning</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>standing slouched</source>
        <translation>standing slouched</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>standing</source>
        <translation>standing</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>sitting</source>
        <translation>sitting</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>smiling</source>
        <translation>smiling</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40" />
        <source>neutral face</source>
        <translation>neutral face</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41" />
        <source>frowning</source>
        <translation>frowning</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42" />
        <source>badge visible</source>
        <translation>badge visible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43" />
        <source>no badge</source>
        <translation>no badge</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>Forbidden arm posture (standing)</source>
        <translation>Forbidden arm posture (standing)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53" />
        <source>Arms crossed (sitting)</source>
        <translation>Arms crossed (sitting)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54" />
        <source>Slouching</source>
        <translation>Slouching</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55" />
        <source>Leaning on the counter</source>
        <translation>Leaning on the counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56" />
        <source>Sleeping at the post</source>
        <translation>Sleeping at the post</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57" />
        <source>Chin in hand</source>
        <translation>Chin in hand</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58" />
        <source>Phone use</source>
        <translation>Phone use</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59" />
        <source>Post unattended</source>
        <translation>Post unattended</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>Not upright</source>
        <translation>Not upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>Shift-start inspection</source>
        <translation>Shift-start inspection</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>Badge not visible</source>
        <translation>Badge not visible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>Greeting missed</source>
        <translation>Greeting missed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>Greeting late</source>
        <translation>Greeting late</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65" />
        <source>Not standing for the customer</source>
        <translation>Not standing for the customer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66" />
        <source>Second customer not acknowledged</source>
        <translation>Second customer not acknowledged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67" />
        <source>Sat down before the customer left</source>
        <translation>Sat down before the customer left</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68" />
        <source>Forbidden phrase heard</source>
        <translation>Forbidden phrase heard</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78" />
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97" />
        <source>file not found: {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98" />
        <source>not a file: {path}</source>
        <translation>not a file: {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100" />
        <source>{path} is not a video file, or its format is unsupported or damaged</source>
        <translation>{path} is not a video file, or its format is unsupported or damaged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102" />
        <source>no picture could be decoded from {path}: the file is damaged or not a video</source>
        <translation>no picture could be decoded from {path}: the file is damaged or not a video</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104" />
        <source>camera {n} is not connected or is used by another program</source>
        <translation>camera {n} is not connected or is used by another program</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105" />
        <source>the stream {url} cannot be opened</source>
        <translation>the stream {url} cannot be opened</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107" />
        <source>{source}: the signal was lost and did not come back</source>
        <translation>{source}: the signal was lost and did not come back</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109" />
        <source>{path} is cut off or damaged part-way</source>
        <translation>{path} is cut off or damaged part-way</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121" />
        <source>Source opened</source>
        <translation>Source opened</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122" />
        <source>Camera signal lost, reconnecting…</source>
        <translation>Camera signal lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123" />
        <source>Camera reconnected</source>
        <translation>Camera reconnected</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124" />
        <source>The source cannot be read</source>
        <translation>The source cannot be read</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125" />
        <source>The video file is damaged part-way</source>
        <translation>The video file is damaged part-way</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126" />
        <source>Loading models…</source>
        <translation>Loading models…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127" />
        <source>Models ready</source>
        <translation>Models ready</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128" />
        <source>The models failed</source>
        <translation>The models failed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129" />
        <source>Rule checking stopped after an error</source>
        <translation>Rule checking stopped after an error</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130" />
        <source>End of the video</source>
        <translation>End of the video</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136" />
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147" />
        <source>Check that the camera is connected, or that the file or address is right, then press {button}.</source>
        <translation>Check that the camera is connected, or that the file or address is right, then press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149" />
        <source>The rest of the file cannot be read. Use another copy of the video, or press {button}.</source>
        <translation>The rest of the file cannot be read. Use another copy of the video, or press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151" />
        <source>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</source>
        <translation>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="154" />
        <source>Press {button} to start again, or choose another source.</source>
        <translation>Press {button} to start again, or choose another source.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167" />
        <source>The source stopped</source>
        <translation>The source stopped</translation>
    </message>
    <message>
        <location filename="../labels.py" line="174" />
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175" />
        <source>{points:g} points</source>
        <translation>{points:g} points</translation>
    </message>
    <message>
        <location filename="../labels.py" line="181" />
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="182" />
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="183" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../labels.py" line="184" />
        <source>deleted after the retention period</source>
        <translation>deleted after the retention period</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194" />
        <source>Arm posture</source>
        <translation>Arm posture</translation>
    </message>
    <message>
        <location filename="../labels.py" line="195" />
        <source>Body posture</source>
        <translation>Body posture</translation>
    </message>
    <message>
        <location filename="../labels.py" line="196" />
        <source>Facial expression</source>
        <translation>Facial expression</translation>
    </message>
    <message>
        <location filename="../labels.py" line="197" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198" />
        <source>Standing or sitting</source>
        <translation>Standing or sitting</translation>
    </message>
    <message>
        <location filename="../labels.py" line="211" />
        <source>Trunk leaning forward</source>
        <translation>Trunk leaning forward</translation>
    </message>
    <message>
        <location filename="../labels.py" line="212" />
        <source>Trunk leaning sideways</source>
        <translation>Trunk leaning sideways</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213" />
        <source>Shoulder tilt</source>
        <translation>Shoulder tilt</translation>
    </message>
    <message>
        <location filename="../labels.py" line="214" />
        <source>Head turned left or right</source>
        <translation>Head turned left or right</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215" />
        <source>Head raised or lowered</source>
        <translation>Head raised or lowered</translation>
    </message>
    <message>
        <location filename="../labels.py" line="216" />
        <source>Head tilted sideways</source>
        <translation>Head tilted sideways</translation>
    </message>
    <message>
        <location filename="../labels.py" line="217" />
        <source>Smile</source>
        <translation>Smile</translation>
    </message>
    <message>
        <location filename="../labels.py" line="218" />
        <source>Knitted brows</source>
        <translation>Knitted brows</translation>
    </message>
    <message>
        <location filename="../labels.py" line="219" />
        <source>Mouth open</source>
        <translation>Mouth open</translation>
    </message>
    <message>
        <location filename="../labels.py" line="220" />
        <source>Talking</source>
        <translation>Talking</translation>
    </message>
    <message>
        <location filename="../labels.py" line="221" />
        <source>Eyes closed</source>
        <translation>Eyes closed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="229" />
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <location filename="../labels.py" line="230" />
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../labels.py" line="231" />
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232" />
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../labels.py" line="234" />
        <source>degrees</source>
        <translation>degrees</translation>
    </message>
    <message>
        <location filename="../labels.py" line="235" />
        <source>0 to 1</source>
        <translation>0 to 1</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237" />
        <source>{measure} (either way), {op} ({unit})</source>
        <translation>{measure} (either way), {op} ({unit})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="239" />
        <source>{measure}, {op} ({unit})</source>
        <translation>{measure}, {op} ({unit})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255" />
        <source>{what} not ({values})</source>
        <translation>{what} not ({values})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="256" />
        <source>{what} ({values})</source>
        <translation>{what} ({values})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="254" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../labels.py" line="258" />
        <source>{what}: minimum confidence</source>
        <translation>{what}: minimum confidence</translation>
    </message>
    <message>
        <location filename="../labels.py" line="264" />
        <source>rule code</source>
        <translation>rule code</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265" />
        <source>clause</source>
        <translation>clause</translation>
    </message>
    <message>
        <location filename="../labels.py" line="266" />
        <source>checked on</source>
        <translation>checked on</translation>
    </message>
    <message>
        <location filename="../labels.py" line="267" />
        <source>conditions (any of)</source>
        <translation>conditions (any of)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="268" />
        <source>conditions (all of)</source>
        <translation>conditions (all of)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="269" />
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../labels.py" line="271" />
        <source>minimum duration (s)</source>
        <translation>minimum duration (s)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="272" />
        <source>ends after (s)</source>
        <translation>ends after (s)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="273" />
        <source>pause before the next event (s)</source>
        <translation>pause before the next event (s)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="274" />
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <location filename="../labels.py" line="275" />
        <source>active hours</source>
        <translation>active hours</translation>
    </message>
    <message>
        <location filename="../labels.py" line="276" />
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277" />
        <source>label values</source>
        <translation>label values</translation>
    </message>
    <message>
        <location filename="../labels.py" line="278" />
        <source>inverted</source>
        <translation>inverted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="279" />
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../labels.py" line="280" />
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <location filename="../labels.py" line="281" />
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <location filename="../labels.py" line="282" />
        <source>either direction</source>
        <translation>either direction</translation>
    </message>
    <message>
        <location filename="../labels.py" line="283" />
        <source>minimum confidence</source>
        <translation>minimum confidence</translation>
    </message>
    <message>
        <location filename="../labels.py" line="284" />
        <source>fewer persons than</source>
        <translation>fewer persons than</translation>
    </message>
    <message>
        <location filename="../labels.py" line="292" />
        <source>Unticked: the rule is switched off but kept.</source>
        <translation>Unticked: the rule is switched off but kept.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293" />
        <source>Points taken from the monthly 100-point score when an event of this rule is confirmed.</source>
        <translation>Points taken from the monthly 100-point score when an event of this rule is confirmed.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="295" />
        <source>The behaviour must last this many seconds before it becomes an event; shorter ones are ignored.</source>
        <translation>The behaviour must last this many seconds before it becomes an event; shorter ones are ignored.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="297" />
        <source>The measured value must pass this limit for the rule to hold.</source>
        <translation>The measured value must pass this limit for the rule to hold.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="299" />
        <source>How sure the recognition must be (0 to 1) before it counts; higher means fewer false alarms and more missed ones.</source>
        <translation>How sure the recognition must be (0 to 1) before it counts; higher means fewer false alarms and more missed ones.</translation>
    </message>
</context>
<context>
    <name>LiveScreen</name>
    <message>
        <location filename="../screens/live.py" line="110" />
        <source>(no station: do not record)</source>
        <translation>(no station: do not record)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="114" />
        <source>Calibrate camera…</source>
        <translation>Calibrate camera…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="115" />
        <source>Mark the staff and customer zones, the counter and the floor on a still frame of this station's camera (managers)</source>
        <translation>Mark the staff and customer zones, the counter and the floor on a still frame of this station's camera (managers)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="124" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="125" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="129" />
        <source>Skeleton overlay</source>
        <translation>Skeleton overlay</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132" />
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="141" />
        <source>Choose a source and press Start</source>
        <translation>Choose a source and press Start</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="147" />
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="149" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="162" />
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="184" />
        <location filename="../screens/live.py" line="266" />
        <source>Enter a camera number, a file or a stream address first</source>
        <translation>Enter a camera number, a file or a stream address first</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="204" />
        <source>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</source>
        <translation>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="216" />
        <source>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</source>
        <translation>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="219" />
        <source>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</source>
        <translation>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="226" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="250" />
        <source>Only a manager can calibrate a camera</source>
        <translation>Only a manager can calibrate a camera</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="261" />
        <source>The live view has no frame yet: wait a moment and try again.</source>
        <translation>The live view has no frame yet: wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="272" />
        <source>Cannot take a still frame from {source}: no frame within {seconds} s</source>
        <translation>Cannot take a still frame from {source}: no frame within {seconds} s</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="276" />
        <source>Cannot take a still frame from {source}: {error}</source>
        <translation>Cannot take a still frame from {source}: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="280" />
        <source>Cannot take a still frame from {source}: it gave no frame</source>
        <translation>Cannot take a still frame from {source}: it gave no frame</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="305" />
        <source>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</source>
        <translation>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="309" />
        <source>Camera calibration: {station}</source>
        <translation>Camera calibration: {station}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="326" />
        <source>Calibration not saved: {error}</source>
        <translation>Calibration not saved: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="328" />
        <source>Calibration of {station} saved to {path}.</source>
        <translation>Calibration of {station} saved to {path}.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="330" />
        <source>It is used from the next start of the live view.</source>
        <translation>It is used from the next start of the live view.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="370" />
        <source>The live view was running when the app closed; it was started again: {source}</source>
        <translation>The live view was running when the app closed; it was started again: {source}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="373" />
        <source>(station {station} is not available to this account: events are not recorded)</source>
        <translation>(station {station} is not available to this account: events are not recorded)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="394" />
        <source>Not stored: {error}</source>
        <translation>Not stored: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="396" />
        <source>The database stayed locked: what could not be stored was saved to {file}</source>
        <translation>The database stayed locked: what could not be stored was saved to {file}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="437" />
        <source>Nobody in view</source>
        <translation>Nobody in view</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="460" />
        <source>Camera unplugged or signal lost: reconnecting automatically…</source>
        <translation>Camera unplugged or signal lost: reconnecting automatically…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="462" />
        <source>Camera reconnected.</source>
        <translation>Camera reconnected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/live.py" line="469" />
        <source>Disk almost full ({detail}): %n evidence clip(s) not saved. Events are still recorded; free some space in {folder}.</source>
        <translation><numerusform>Disk almost full ({detail}): %n evidence clip not saved. Events are still recorded; free some space in {folder}.</numerusform><numerusform>Disk almost full ({detail}): %n evidence clips not saved. Events are still recorded; free some space in {folder}.</numerusform></translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="482" />
        <source>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</source>
        <translation>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="477" />
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="480" />
        <source>{time} {rule} ({who}) started</source>
        <translation>{time} {rule} ({who}) started</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="489" />
        <source>models ready</source>
        <translation>models ready</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="489" />
        <source>models loading</source>
        <translation>models loading</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="490" />
        <source>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</source>
        <translation>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="120" />
        <source>Who is judged:</source>
        <translation>Who is judged:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="71" />
        <source>DeskConduct — front-desk conduct</source>
        <translation>DeskConduct — front-desk conduct</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>My events</source>
        <translation>My events</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84" />
        <source>My scores</source>
        <translation>My scores</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../widgets/override_dialog.py" line="17" />
        <source>Override: {item}</source>
        <translation>Override: {item}</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="24" />
        <source>Why the measured result is wrong (required)</source>
        <translation>Why the measured result is wrong (required)</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="30" />
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="31" />
        <source>New result</source>
        <translation>New result</translation>
    </message>
    <message>
        <location filename="../widgets/override_dialog.py" line="32" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../qt_words.py" line="17" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="18" />
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="19" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="20" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_words.py" line="15" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="16" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <location filename="../screens/inspection_replace.py" line="45" />
        <source>Already inspected today</source>
        <translation>Already inspected today</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="46" />
        <source>{name} was already inspected today at {time} (inspection {id}; it deducts {points}).</source>
        <translation>{name} was already inspected today at {time} (inspection {id}; it deducts {points}).</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="49" />
        <source>Only one inspection a day counts. Replace it with this one? The earlier one is kept in the records but no longer deducts points.</source>
        <translation>Only one inspection a day counts. Replace it with this one? The earlier one is kept in the records but no longer deducts points.</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="51" />
        <source>Replace the earlier inspection</source>
        <translation>Replace the earlier inspection</translation>
    </message>
    <message>
        <location filename="../screens/inspection_replace.py" line="52" />
        <source>Keep the earlier one</source>
        <translation>Keep the earlier one</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/review.py" line="85" />
        <location filename="../screens/review.py" line="93" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="85" />
        <location filename="../screens/review.py" line="93" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82" />
        <location filename="../screens/review.py" line="93" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="82" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="83" />
        <location filename="../screens/review.py" line="94" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="87" />
        <source>&lt;b&gt;My events&lt;/b&gt;</source>
        <translation>&lt;b&gt;My events&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="93" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="94" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="105" />
        <source>Why you disagree (needed for an appeal)</source>
        <translation>Why you disagree (needed for an appeal)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="106" />
        <source>Comment (optional; the reason is needed to decide an appeal)</source>
        <translation>Comment (optional; the reason is needed to decide an appeal)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="107" />
        <source>Confirm (C)</source>
        <translation>Confirm (C)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="108" />
        <source>Dismiss (D)</source>
        <translation>Dismiss (D)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="109" />
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="113" />
        <source>Uphold the deduction</source>
        <translation>Uphold the deduction</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="114" />
        <source>Overturn: no deduction</source>
        <translation>Overturn: no deduction</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="115" />
        <source>The appeal is rejected: the event counts. Write the reason first.</source>
        <translation>The appeal is rejected: the event counts. Write the reason first.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="116" />
        <source>The appeal is accepted: the event no longer counts. Write the reason first.</source>
        <translation>The appeal is accepted: the event no longer counts. Write the reason first.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="159" />
        <location filename="../screens/review.py" line="162" />
        <location filename="../screens/review.py" line="170" />
        <location filename="../screens/review.py" line="177" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="176" />
        <source>appealed, to decide</source>
        <translation>appealed, to decide</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="164" />
        <location filename="../screens/review.py" line="221" />
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="119" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="120" />
        <source>Give this unassigned event to the chosen staff member (recorded in the audit trail); it then counts in their score once confirmed.</source>
        <translation>Give this unassigned event to the chosen staff member (recorded in the audit trail); it then counts in their score once confirmed.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="126" />
        <source>Nobody was rostered here then. Assign to:</source>
        <translation>Nobody was rostered here then. Assign to:</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="165" />
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="228" />
        <location filename="../screens/review.py" line="333" />
        <source>Events: {n}</source>
        <translation>Events: {n}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="233" />
        <source>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</source>
        <translation>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="288" />
        <source>No event selected</source>
        <translation>No event selected</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="292" />
        <source>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</source>
        <translation>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297" />
        <source>Decided: {status} by {who} at {at} {comment}</source>
        <translation>Decided: {status} by {who} at {at} {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="301" />
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>Appealed by {who} at {at}: {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="304" />
        <source>The appeal waits for a manager or auditor.</source>
        <translation>The appeal waits for a manager or auditor.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="306" />
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>Appeal {decision} by {who} at {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="311" />
        <source>Clip deleted by retention (the event and its data are kept).</source>
        <translation>Clip deleted by retention (the event and its data are kept).</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="313" />
        <source>No clip was saved for this event (the disk was full or writing failed).</source>
        <translation>No clip was saved for this event (the disk was full or writing failed).</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="322" />
        <source>appealed</source>
        <translation>appealed</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="323" />
        <source>appeal {decision}</source>
        <translation>appeal {decision}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="326" />
        <source>upheld</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="326" />
        <source>overturned</source>
        <translation>overturned</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="336" />
        <source>Appeals to decide: {n} (status "appealed, to decide")</source>
        <translation>Appeals to decide: {n} (status "appealed, to decide")</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="345" />
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>Write the reason for your decision first: the staff member reads it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="353" />
        <source>Appeal not decided: {error}</source>
        <translation>Appeal not decided: {error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="358" />
        <source>Appeal against event {id} {decision}.</source>
        <translation>Appeal against event {id} {decision}.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="369" />
        <source>Choose the staff member the event belongs to first.</source>
        <translation>Choose the staff member the event belongs to first.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="376" />
        <source>Not assigned: {error}</source>
        <translation>Not assigned: {error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="382" />
        <source>Event {id} now belongs to {name}.</source>
        <translation>Event {id} now belongs to {name}.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="399" />
        <source>Write why you disagree before appealing.</source>
        <translation>Write why you disagree before appealing.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="406" />
        <source>Not appealed: {error}</source>
        <translation>Not appealed: {error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="410" />
        <source>Event {id} appealed; a manager or auditor will look at it.</source>
        <translation>Event {id} appealed; a manager or auditor will look at it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="423" />
        <source>Already decided by another reviewer: {detail}</source>
        <translation>Already decided by another reviewer: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="431" />
        <source>Event {id} {status}.</source>
        <translation>Event {id} {status}.</translation>
    </message>
</context>
<context>
    <name>ScoresScreen</name>
    <message>
        <location filename="../screens/scores.py" line="74" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="75" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="80" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="93" />
        <source>Points deducted</source>
        <translation>Points deducted</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="93" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="100" />
        <source>Double-click a deduction to list its events; double-click an event to review it.</source>
        <translation>Double-click a deduction to list its events; double-click an event to review it.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="102" />
        <location filename="../screens/scores.py" line="432" />
        <source>Inspection appeals</source>
        <translation>Inspection appeals</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="103" />
        <source>List the inspection appeals nobody has decided yet.</source>
        <translation>List the inspection appeals nobody has decided yet.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="131" />
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="132" />
        <source>Uphold the deduction</source>
        <translation>Uphold the deduction</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="133" />
        <source>Overturn: no deduction</source>
        <translation>Overturn: no deduction</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="138" />
        <source>Why you disagree (needed for an appeal)</source>
        <translation>Why you disagree (needed for an appeal)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="139" />
        <source>Reason for your decision (the staff member reads it)</source>
        <translation>Reason for your decision (the staff member reads it)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="177" />
        <source>Greeting rate</source>
        <translation>Greeting rate</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="178" />
        <source>Median delay</source>
        <translation>Median delay</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="194" />
        <source>{greeted} of {visits} customers greeted; {late} late, {missed} missed</source>
        <translation>{greeted} of {visits} customers greeted; {late} late, {missed} missed</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="200" />
        <source>Staff: {n} · unassigned events: {u}</source>
        <translation>Staff: {n} · unassigned events: {u}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="211" />
        <source>{rate:.0f}% ({greeted}/{visits})</source>
        <translation>{rate:.0f}% ({greeted}/{visits})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="217" />
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225" />
        <source>-{points:g} (×{n})</source>
        <translation>-{points:g} (×{n})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="227" />
        <source>{n} pending</source>
        <translation>{n} pending</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="243" />
        <source>Score of {name}</source>
        <translation>Score of {name}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="247" />
        <source>Mean score of all staff</source>
        <translation>Mean score of all staff</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="258" />
        <source>late and missed greetings</source>
        <translation>late and missed greetings</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="264" />
        <source>{name}: {rule} (×{n})</source>
        <translation>{name}: {rule} (×{n})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="263" />
        <source>all rules</source>
        <translation>all rules</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="290" />
        <source>failed: {items}</source>
        <translation>failed: {items}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="290" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="294" />
        <source>appealed</source>
        <translation>appealed</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="295" />
        <source>appeal {decision}</source>
        <translation>appeal {decision}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="298" />
        <source>upheld</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="298" />
        <source>overturned</source>
        <translation>overturned</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="333" />
        <source>&lt;b&gt;Shift-start inspection&lt;/b&gt; of {code}, {at}, by {who}: {status}; deducts {points}.</source>
        <translation>&lt;b&gt;Shift-start inspection&lt;/b&gt; of {code}, {at}, by {who}: {status}; deducts {points}.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="337" />
        <source>{item} set by {who}: {reason}</source>
        <translation>{item} set by {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="341" />
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>Appealed by {who} at {at}: {comment}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="344" />
        <source>The appeal waits for a manager or auditor.</source>
        <translation>The appeal waits for a manager or auditor.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="346" />
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>Appeal {decision} by {who} at {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="364" />
        <source>Write why you disagree before appealing.</source>
        <translation>Write why you disagree before appealing.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="369" />
        <source>Not appealed: {error}</source>
        <translation>Not appealed: {error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="371" />
        <source>Inspection {id} appealed; a manager or auditor will look at it.</source>
        <translation>Inspection {id} appealed; a manager or auditor will look at it.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="382" />
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>Write the reason for your decision first: the staff member reads it.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="388" />
        <source>Appeal not decided: {error}</source>
        <translation>Appeal not decided: {error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="391" />
        <source>Appeal against inspection {id} {decision}.</source>
        <translation>Appeal against inspection {id} {decision}.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="418" />
        <source>Inspection appeals to decide (×{n}): select one, write the reason, then uphold or overturn it.</source>
        <translation>Inspection appeals to decide (×{n}): select one, write the reason, then uphold or overturn it.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="432" />
        <source>Inspection appeals ({n})</source>
        <translation>Inspection appeals ({n})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="439" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="439" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="440" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="449" />
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="451" />
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="71" />
        <location filename="../screens/settings.py" line="165" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="72" />
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="73" />
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="74" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="76" />
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="77" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92" />
        <location filename="../screens/settings.py" line="133" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="92" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="95" />
        <source>code, e.g. S001</source>
        <translation>code, e.g. S001</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="96" />
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="97" />
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="115" />
        <source>Added {name} ({code}).</source>
        <translation>Added {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="133" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="136" />
        <source>name, e.g. desk-1</source>
        <translation>name, e.g. desk-1</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="137" />
        <source>camera number or rtsp:// address</source>
        <translation>camera number or rtsp:// address</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="138" />
        <source>area, e.g. left counter</source>
        <translation>area, e.g. left counter</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="139" />
        <source>Add station</source>
        <translation>Add station</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>Added station {name}.</source>
        <translation>Added station {name}.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="171" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="173" />
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="178" />
        <source>Times are local ({zone}). CSV columns: staff,station,start,end.</source>
        <translation>Times are local ({zone}). CSV columns: staff,station,start,end.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="193" />
        <source>Roster entry added.</source>
        <translation>Roster entry added.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200" />
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="208" />
        <source>Nothing imported: line {line} of the file: {error}</source>
        <translation>Nothing imported: line {line} of the file: {error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="211" />
        <source>Nothing imported: {error}</source>
        <translation>Nothing imported: {error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="213" />
        <source>Roster entries imported: {n}.</source>
        <translation>Roster entries imported: {n}.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="222" />
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="225" />
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="277" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="290" />
        <source>{rule}, {setting}: '{text}' is not a number</source>
        <translation>{rule}, {setting}: '{text}' is not a number</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="300" />
        <location filename="../screens/settings.py" line="305" />
        <location filename="../screens/settings.py" line="382" />
        <location filename="../screens/settings.py" line="393" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="307" />
        <source>Rules saved.</source>
        <translation>Rules saved.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="322" />
        <source>{rule}, {setting}: {problem}</source>
        <translation>{rule}, {setting}: {problem}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="332" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="339" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="347" />
        <source>Decisions are recorded under the signed-in account</source>
        <translation>Decisions are recorded under the signed-in account</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="352" />
        <source>Apply language</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="358" />
        <source>Storage folder (database, clips, rules; used from the next start)</source>
        <translation>Storage folder (database, clips, rules; used from the next start)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="359" />
        <source>Keep evidence clips for</source>
        <translation>Keep evidence clips for</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="360" />
        <source>Clips of confirmed or appealed events are kept. The command "inspector retention" deletes the older ones.</source>
        <translation>Clips of confirmed or appealed events are kept. The command "inspector retention" deletes the older ones.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="362" />
        <source>Reviewer name</source>
        <translation>Reviewer name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="364" />
        <source>Decisions are recorded under the signed-in account.</source>
        <translation>Decisions are recorded under the signed-in account.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="365" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="373" />
        <source>The saved clip retention cannot be read ({error}); {days:g} days apply.</source>
        <translation>The saved clip retention cannot be read ({error}); {days:g} days apply.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="398" />
        <source>Evidence clips are kept for {days} days.</source>
        <translation>Evidence clips are kept for {days} days.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="401" />
        <source>Storage folder</source>
        <translation>Storage folder</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="412" />
        <source>The storage folder changes at the next start.</source>
        <translation>The storage folder changes at the next start.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="422" />
        <source>Decisions are now recorded as {name}.</source>
        <translation>Decisions are now recorded as {name}.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../signin.py" line="21" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../signin.py" line="22" />
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../signin.py" line="23" />
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../signin.py" line="32" />
        <source>Not signed in (no accounts yet: open mode)</source>
        <translation>Not signed in (no accounts yet: open mode)</translation>
    </message>
    <message>
        <location filename="../signin.py" line="33" />
        <source>Not signed in (read only)</source>
        <translation>Not signed in (read only)</translation>
    </message>
    <message>
        <location filename="../signin.py" line="35" />
        <source>Local admin mode ({user}), recorded in the audit trail</source>
        <translation>Local admin mode ({user}), recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../signin.py" line="37" />
        <source>Signed in as {name} ({role})</source>
        <translation>Signed in as {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin.py" line="53" />
        <source>Sign in — DeskConduct</source>
        <translation>Sign in — DeskConduct</translation>
    </message>
    <message>
        <location filename="../signin.py" line="55" />
        <source>account name</source>
        <translation>account name</translation>
    </message>
    <message>
        <location filename="../signin.py" line="58" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../signin.py" line="63" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../signin.py" line="64" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../signin.py" line="67" />
        <source>Sign in with your account. Staff see their own events and scores; auditors review; managers configure.</source>
        <translation>Sign in with your account. Staff see their own events and scores; auditors review; managers configure.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="71" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../signin.py" line="72" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../signin.py" line="85" />
        <source>Enter the account name and the password.</source>
        <translation>Enter the account name and the password.</translation>
    </message>
    <message>
        <location filename="../signin.py" line="92" />
        <source>Sign-in failed: unknown or inactive account, or wrong password.</source>
        <translation>Sign-in failed: unknown or inactive account, or wrong password.</translation>
    </message>
</context>
<context>
    <name>SoundIndicator</name>
    <message>
        <location filename="../screens/sound_settings.py" line="46" />
        <source>Sound switched on: {stations}</source>
        <translation>Sound switched on: {stations}</translation>
    </message>
</context>
<context>
    <name>SoundTab</name>
    <message>
        <location filename="../screens/sound_settings.py" line="68" />
        <source>A station listens only when the site allows sound ([audio] enabled in the configuration) and it is switched on here; each switch is recorded in the audit trail. Nothing said is stored: only a phrase heard, its time and confidence. No Mandarin phrase spotter is installed yet: staff speech heard while their own mouth moves counts as the greeting's speech.</source>
        <translation>A station listens only when the site allows sound ([audio] enabled in the configuration) and it is switched on here; each switch is recorded in the audit trail. Nothing said is stored: only a phrase heard, its time and confidence. No Mandarin phrase spotter is installed yet: staff speech heard while their own mouth moves counts as the greeting's speech.</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="73" />
        <source>The site allows sound.</source>
        <translation>The site allows sound.</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="74" />
        <source>The site does not allow sound: switches take effect once it does.</source>
        <translation>The site does not allow sound: switches take effect once it does.</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="76" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="76" />
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="83" />
        <source>Save phrases</source>
        <translation>Save phrases</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="93" />
        <source>Greeting (您好，欢迎光临)</source>
        <translation>Greeting (您好，欢迎光临)</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="94" />
        <source>Please wait (请您稍等)</source>
        <translation>Please wait (请您稍等)</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="95" />
        <source>Sorry for waiting (让您久等了)</source>
        <translation>Sorry for waiting (让您久等了)</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="96" />
        <source>Goodbye (再见，欢迎下次光临)</source>
        <translation>Goodbye (再见，欢迎下次光临)</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="97" />
        <source>Forbidden phrases (服务忌语)</source>
        <translation>Forbidden phrases (服务忌语)</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="108" />
        <source>Sound settings cannot be read: {error}</source>
        <translation>Sound settings cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="134" />
        <location filename="../screens/sound_settings.py" line="148" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="137" />
        <source>Sound is on for {station}.</source>
        <translation>Sound is on for {station}.</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="138" />
        <source>Sound is off for {station}.</source>
        <translation>Sound is off for {station}.</translation>
    </message>
    <message>
        <location filename="../screens/sound_settings.py" line="150" />
        <source>Phrases saved; the next analysis uses them.</source>
        <translation>Phrases saved; the next analysis uses them.</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../widgets/source_picker.py" line="30" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="30" />
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="30" />
        <source>Stream URL (RTSP)</source>
        <translation>Stream URL (RTSP)</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="35" />
        <source>camera number, file path or rtsp:// address</source>
        <translation>camera number, file path or rtsp:// address</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="36" />
        <source>camera number or file path</source>
        <translation>camera number or file path</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="37" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="65" />
        <source>Open a video</source>
        <translation>Open a video</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="65" />
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</translation>
    </message>
</context>
</TS>
