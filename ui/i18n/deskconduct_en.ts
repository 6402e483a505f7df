<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../calibration_dialog.py" line="97" />
        <source>Camera calibration</source>
        <translation>Camera calibration</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="102" />
        <source>Click four or more floor marks and type their floor positions.</source>
        <translation>Click four or more floor marks and type their floor positions.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111" />
        <source>Floor point</source>
        <translation>Floor point</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111" />
        <source>Staff zone</source>
        <translation>Staff zone</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="111" />
        <source>Customer zone</source>
        <translation>Customer zone</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="112" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="112" />
        <source>Ruler</source>
        <translation>Ruler</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="121" />
        <source>Next floor x</source>
        <translation>Next floor x</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="122" />
        <source>Next floor y</source>
        <translation>Next floor y</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="124" />
        <source>Undo last point</source>
        <translation>Undo last point</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="126" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="174" />
        <source>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</source>
        <translation>Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="193" />
        <source>Click two points to measure.</source>
        <translation>Click two points to measure.</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="196" />
        <source>Ruler: {d:.2f} m on the floor</source>
        <translation>Ruler: {d:.2f} m on the floor</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="198" />
        <source>Cannot measure yet: {e}</source>
        <translation>Cannot measure yet: {e}</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="228" />
        <source>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</source>
        <translation>Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="231" />
        <source>; leave-one-out RMS {loo:.1f} cm</source>
        <translation>; leave-one-out RMS {loo:.1f} cm</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="234" />
        <source>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</source>
        <translation>Four points fit exactly, so they cannot check themselves: add a fifth point or measure a known distance with the ruler</translation>
    </message>
    <message>
        <location filename="../calibration_dialog.py" line="236" />
        <source>No points to check: add floor points</source>
        <translation>No points to check: add floor points</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <location filename="../widgets/clip_player.py" line="27" />
        <location filename="../widgets/clip_player.py" line="81" />
        <location filename="../widgets/clip_player.py" line="106" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="29" />
        <source>◀ Frame</source>
        <translation>◀ Frame</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="31" />
        <source>Frame ▶</source>
        <translation>Frame ▶</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="35" />
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="49" />
        <source>No event selected</source>
        <translation>No event selected</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="58" />
        <source>This event has no clip</source>
        <translation>This event has no clip</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="63" />
        <source>The clip file is missing or damaged: {path}. The event can still be reviewed.</source>
        <translation>The clip file is missing or damaged: {path}. The event can still be reviewed.</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="111" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/clip_player.py" line="139" />
        <source>The clip cannot be played: {error}</source>
        <translation>The clip cannot be played: {error}</translation>
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
        <location filename="../screens/inspection.py" line="79" />
        <source>camera number, video file or image</source>
        <translation>camera number, video file or image</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="81" />
        <source>none: generic badge detector</source>
        <translation>none: generic badge detector</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="83" />
        <source>none: the uniform is not checked</source>
        <translation>none: the uniform is not checked</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="84" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="86" />
        <source>Badge enrolment file</source>
        <translation>Badge enrolment file</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="87" />
        <source>Uniform enrolment file</source>
        <translation>Uniform enrolment file</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="88" />
        <source>Enrol badge now (from the current frame)</source>
        <translation>Enrol badge now (from the current frame)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="90" />
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="92" />
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="94" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="97" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="99" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="102" />
        <source>Badge enrolment</source>
        <translation>Badge enrolment</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="109" />
        <source>Uniform enrolment</source>
        <translation>Uniform enrolment</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="137" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="138" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="138" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="154" />
        <source>Override selected item…</source>
        <translation>Override selected item…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="156" />
        <source>Save inspection</source>
        <translation>Save inspection</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="193" />
        <source>Video or image</source>
        <translation>Video or image</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="194" />
        <source>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</source>
        <translation>Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="199" />
        <source>Enrolment files (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="216" />
        <source>Choose the staff member to inspect (add staff in Settings first).</source>
        <translation>Choose the staff member to inspect (add staff in Settings first).</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="220" />
        <source>Enter a camera number, a video file or an image.</source>
        <translation>Enter a camera number, a video file or an image.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="225" />
        <source>Cannot use the enrolment file: {detail}</source>
        <translation>Cannot use the enrolment file: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="236" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="255" />
        <source>Inspection cancelled.</source>
        <translation>Inspection cancelled.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="283" />
        <source>Nothing was analysed: check the source and start again.</source>
        <translation>Nothing was analysed: check the source and start again.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="297" />
        <source>Start the camera first: the badge is enrolled from the current frame.</source>
        <translation>Start the camera first: the badge is enrolled from the current frame.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="303" />
        <source>Badge not enrolled: {detail}</source>
        <translation>Badge not enrolled: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="308" />
        <source>Badge enrolled and saved to {path}; the inspection starts over with it.</source>
        <translation>Badge enrolled and saved to {path}; the inspection starts over with it.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="315" />
        <source>Inspection finished: check the list, override where needed, then save.</source>
        <translation>Inspection finished: check the list, override where needed, then save.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="324" />
        <source>{final} (overridden; measured {measured})</source>
        <translation>{final} (overridden; measured {measured})</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="333" />
        <source>Reason: {reason} ({by})</source>
        <translation>Reason: {reason} ({by})</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="341" />
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inspection.py" line="341" />
        <source>FAILED: %n item(s)</source>
        <translation><numerusform>FAILED: %n item</numerusform><numerusform>FAILED: %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="434" />
        <source>Saved as inspection {id}; it deducts {points}.</source>
        <translation>Saved as inspection {id}; it deducts {points}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="355" />
        <source>no frame</source>
        <translation>no frame</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="360" />
        <source>frame {n}</source>
        <translation>frame {n}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="378" />
        <source>Evidence of “{item}”: frame {n}</source>
        <translation>Evidence of “{item}”: frame {n}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="386" />
        <source>Select an item of the checklist first.</source>
        <translation>Select an item of the checklist first.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="405" />
        <source>Override not applied: {detail}</source>
        <translation>Override not applied: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="411" />
        <source>{item} set to {status}.</source>
        <translation>{item} set to {status}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="423" />
        <source>Already saved as inspection {id}.</source>
        <translation>Already saved as inspection {id}.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="428" />
        <source>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</source>
        <translation>Nothing to save: no item could be checked. Repeat the inspection facing the camera.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="431" />
        <source>Not saved: {detail}</source>
        <translation>Not saved: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="449" />
        <source>Choose the staff member and press Start</source>
        <translation>Choose the staff member and press Start</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="450" />
        <location filename="../screens/inspection.py" line="457" />
        <source>Stand 1.5–2 m from the camera: first facing it, then side-on.</source>
        <translation>Stand 1.5–2 m from the camera: first facing it, then side-on.</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="459" />
        <source>front view ✓</source>
        <translation>front view ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="460" />
        <source>front view: {n}/{m} frames</source>
        <translation>front view: {n}/{m} frames</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="461" />
        <source>side view ✓</source>
        <translation>side view ✓</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="462" />
        <source>side view: {n}/{m} frames</source>
        <translation>side view: {n}/{m} frames</translation>
    </message>
    <message>
        <location filename="../screens/inspection.py" line="475" />
        <source>The signed-in account may not record inspections.</source>
        <translation>The signed-in account may not record inspections.</translation>
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
        <location filename="../labels.py" line="17" />
        <source>arms hanging</source>
        <translation>arms hanging</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18" />
        <source>hands clasped in front</source>
        <translation>hands clasped in front</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19" />
        <source>hands behind back</source>
        <translation>hands behind back</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20" />
        <source>arms crossed</source>
        <translation>arms crossed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21" />
        <source>hands on hips</source>
        <translation>hands on hips</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22" />
        <source>hands in pockets</source>
        <translation>hands in pockets</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23" />
        <source>phone to ear</source>
        <translation>phone to ear</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24" />
        <source>looking at phone</source>
        <translation>looking at phone</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <source>chin on hand</source>
        <translation>chin on hand</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <source>hands on counter</source>
        <translation>hands on counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <source>sitting upright</source>
        <translation>sitting upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <source>sitting slouched</source>
        <translation>sitting slouched</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29" />
        <source>head down on desk</source>
        <translation>head down on desk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30" />
        <source>leaning on counter</source>
        <translation>leaning on counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31" />
        <source>standing upright</source>
        <translation>standing upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32" />
        <source>standing leaning</source>
        <translation>standing leaning</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33" />
        <source>standing slouched</source>
        <translation>standing slouched</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34" />
        <source>standing</source>
        <translation>standing</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35" />
        <source>sitting</source>
        <translation>sitting</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>smiling</source>
        <translation>smiling</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>neutral face</source>
        <translation>neutral face</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>frowning</source>
        <translation>frowning</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>badge visible</source>
        <translation>badge visible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40" />
        <source>no badge</source>
        <translation>no badge</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>Forbidden arm posture (standing)</source>
        <translation>Forbidden arm posture (standing)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>Arms crossed (sitting)</source>
        <translation>Arms crossed (sitting)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>Slouching</source>
        <translation>Slouching</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>Leaning on the counter</source>
        <translation>Leaning on the counter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53" />
        <source>Sleeping at the post</source>
        <translation>Sleeping at the post</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54" />
        <source>Chin in hand</source>
        <translation>Chin in hand</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55" />
        <source>Phone use</source>
        <translation>Phone use</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56" />
        <source>Post unattended</source>
        <translation>Post unattended</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57" />
        <source>Not upright</source>
        <translation>Not upright</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58" />
        <source>Shift-start inspection</source>
        <translation>Shift-start inspection</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59" />
        <source>Badge not visible</source>
        <translation>Badge not visible</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>Greeting missed</source>
        <translation>Greeting missed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>Greeting late</source>
        <translation>Greeting late</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>Not standing for the customer</source>
        <translation>Not standing for the customer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>Second customer not acknowledged</source>
        <translation>Second customer not acknowledged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>Sat down before the customer left</source>
        <translation>Sat down before the customer left</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74" />
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84" />
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93" />
        <source>file not found: {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94" />
        <source>not a file: {path}</source>
        <translation>not a file: {path}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96" />
        <source>{path} is not a video file, or its format is unsupported or damaged</source>
        <translation>{path} is not a video file, or its format is unsupported or damaged</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98" />
        <source>no picture could be decoded from {path}: the file is damaged or not a video</source>
        <translation>no picture could be decoded from {path}: the file is damaged or not a video</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100" />
        <source>camera {n} is not connected or is used by another program</source>
        <translation>camera {n} is not connected or is used by another program</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101" />
        <source>the stream {url} cannot be opened</source>
        <translation>the stream {url} cannot be opened</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103" />
        <source>{source}: the signal was lost and did not come back</source>
        <translation>{source}: the signal was lost and did not come back</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105" />
        <source>{path} is cut off or damaged part-way</source>
        <translation>{path} is cut off or damaged part-way</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117" />
        <source>Source opened</source>
        <translation>Source opened</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118" />
        <source>Camera signal lost, reconnecting…</source>
        <translation>Camera signal lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119" />
        <source>Camera reconnected</source>
        <translation>Camera reconnected</translation>
    </message>
    <message>
        <location filename="../labels.py" line="120" />
        <source>The source cannot be read</source>
        <translation>The source cannot be read</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121" />
        <source>The video file is damaged part-way</source>
        <translation>The video file is damaged part-way</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122" />
        <source>Loading models…</source>
        <translation>Loading models…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123" />
        <source>Models ready</source>
        <translation>Models ready</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124" />
        <source>The models failed</source>
        <translation>The models failed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125" />
        <source>Rule checking stopped after an error</source>
        <translation>Rule checking stopped after an error</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126" />
        <source>End of the video</source>
        <translation>End of the video</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132" />
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143" />
        <source>Check that the camera is connected, or that the file or address is right, then press {button}.</source>
        <translation>Check that the camera is connected, or that the file or address is right, then press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145" />
        <source>The rest of the file cannot be read. Use another copy of the video, or press {button}.</source>
        <translation>The rest of the file cannot be read. Use another copy of the video, or press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147" />
        <source>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</source>
        <translation>The analysis could not start. Ask the administrator to check the model files (inspector models verify), then press {button}.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150" />
        <source>Press {button} to start again, or choose another source.</source>
        <translation>Press {button} to start again, or choose another source.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="163" />
        <source>The source stopped</source>
        <translation>The source stopped</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170" />
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../labels.py" line="171" />
        <source>{points:g} points</source>
        <translation>{points:g} points</translation>
    </message>
    <message>
        <location filename="../labels.py" line="177" />
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178" />
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="179" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../labels.py" line="180" />
        <source>deleted after the retention period</source>
        <translation>deleted after the retention period</translation>
    </message>
</context>
<context>
    <name>LiveScreen</name>
    <message>
        <location filename="../screens/live.py" line="127" />
        <source>(no station: do not record)</source>
        <translation>(no station: do not record)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="131" />
        <source>Calibrate camera…</source>
        <translation>Calibrate camera…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="132" />
        <source>Mark the staff and customer zones, the counter and the floor on a still frame of this station's camera (managers)</source>
        <translation>Mark the staff and customer zones, the counter and the floor on a still frame of this station's camera (managers)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="137" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="138" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="142" />
        <source>Skeleton overlay</source>
        <translation>Skeleton overlay</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="145" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="145" />
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="150" />
        <source>Choose a source and press Start</source>
        <translation>Choose a source and press Start</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="156" />
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="158" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="171" />
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="192" />
        <location filename="../screens/live.py" line="251" />
        <source>Enter a camera number, a file or a stream address first</source>
        <translation>Enter a camera number, a file or a stream address first</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="211" />
        <source>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</source>
        <translation>The enrolled badge cannot be read ({error}); the badge check uses the generic detector.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="217" />
        <source>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</source>
        <translation>Camera calibration in use: staff and customers are told apart by zone, greetings are judged</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="220" />
        <source>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</source>
        <translation>Camera calibration cannot be used ({error}); staff are those inside the station region and greetings are not judged. Calibrate the camera again.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="224" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="235" />
        <source>Only a manager can calibrate a camera</source>
        <translation>Only a manager can calibrate a camera</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="246" />
        <source>The live view has no frame yet: wait a moment and try again.</source>
        <translation>The live view has no frame yet: wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="257" />
        <source>Cannot take a still frame from {source}: no frame within {seconds} s</source>
        <translation>Cannot take a still frame from {source}: no frame within {seconds} s</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="261" />
        <source>Cannot take a still frame from {source}: {error}</source>
        <translation>Cannot take a still frame from {source}: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="265" />
        <source>Cannot take a still frame from {source}: it gave no frame</source>
        <translation>Cannot take a still frame from {source}: it gave no frame</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="290" />
        <source>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</source>
        <translation>The saved calibration of {station} cannot be read ({error}); starting from an empty one.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="294" />
        <source>Camera calibration: {station}</source>
        <translation>Camera calibration: {station}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="311" />
        <source>Calibration not saved: {error}</source>
        <translation>Calibration not saved: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="313" />
        <source>Calibration of {station} saved to {path}.</source>
        <translation>Calibration of {station} saved to {path}.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="315" />
        <source>It is used from the next start of the live view.</source>
        <translation>It is used from the next start of the live view.</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="353" />
        <source>The live view was running when the app closed; it was started again: {source}</source>
        <translation>The live view was running when the app closed; it was started again: {source}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="356" />
        <source>(station {station} is not available to this account: events are not recorded)</source>
        <translation>(station {station} is not available to this account: events are not recorded)</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="377" />
        <source>Not stored: {error}</source>
        <translation>Not stored: {error}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="379" />
        <source>The database stayed locked: what could not be stored was saved to {file}</source>
        <translation>The database stayed locked: what could not be stored was saved to {file}</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="421" />
        <source>Nobody in view</source>
        <translation>Nobody in view</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="455" />
        <source>Camera unplugged or signal lost: reconnecting automatically…</source>
        <translation>Camera unplugged or signal lost: reconnecting automatically…</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="457" />
        <source>Camera reconnected.</source>
        <translation>Camera reconnected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/live.py" line="464" />
        <source>Disk almost full ({detail}): %n evidence clip(s) not saved. Events are still recorded; free some space in {folder}.</source>
        <translation><numerusform>Disk almost full ({detail}): %n evidence clip not saved. Events are still recorded; free some space in {folder}.</numerusform><numerusform>Disk almost full ({detail}): %n evidence clips not saved. Events are still recorded; free some space in {folder}.</numerusform></translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="476" />
        <source>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</source>
        <translation>{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="471" />
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="474" />
        <source>{time} {rule} ({who}) started</source>
        <translation>{time} {rule} ({who}) started</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="483" />
        <source>models ready</source>
        <translation>models ready</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="483" />
        <source>models loading</source>
        <translation>models loading</translation>
    </message>
    <message>
        <location filename="../screens/live.py" line="484" />
        <source>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</source>
        <translation>{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>DeskConduct — front-desk conduct</source>
        <translation>DeskConduct — front-desk conduct</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>My events</source>
        <translation>My events</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78" />
        <source>My scores</source>
        <translation>My scores</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79" />
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
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/review.py" line="77" />
        <location filename="../screens/review.py" line="85" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="77" />
        <location filename="../screens/review.py" line="85" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74" />
        <location filename="../screens/review.py" line="85" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="74" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="75" />
        <location filename="../screens/review.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="79" />
        <source>&lt;b&gt;My events&lt;/b&gt;</source>
        <translation>&lt;b&gt;My events&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="85" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="86" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="97" />
        <source>Why you disagree (needed for an appeal)</source>
        <translation>Why you disagree (needed for an appeal)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="98" />
        <source>Comment (optional; the reason is needed to decide an appeal)</source>
        <translation>Comment (optional; the reason is needed to decide an appeal)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="99" />
        <source>Confirm (C)</source>
        <translation>Confirm (C)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="100" />
        <source>Dismiss (D)</source>
        <translation>Dismiss (D)</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="101" />
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="105" />
        <source>Uphold the deduction</source>
        <translation>Uphold the deduction</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="106" />
        <source>Overturn: no deduction</source>
        <translation>Overturn: no deduction</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="107" />
        <source>The appeal is rejected: the event counts. Write the reason first.</source>
        <translation>The appeal is rejected: the event counts. Write the reason first.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="108" />
        <source>The appeal is accepted: the event no longer counts. Write the reason first.</source>
        <translation>The appeal is accepted: the event no longer counts. Write the reason first.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="140" />
        <location filename="../screens/review.py" line="143" />
        <location filename="../screens/review.py" line="146" />
        <location filename="../screens/review.py" line="153" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="152" />
        <source>appealed, to decide</source>
        <translation>appealed, to decide</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="195" />
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="202" />
        <location filename="../screens/review.py" line="304" />
        <source>Events: {n}</source>
        <translation>Events: {n}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="207" />
        <source>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</source>
        <translation>Only your own events are shown. If you disagree with one, write why and press Appeal; its clip is then kept until a manager or auditor has looked at it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="259" />
        <source>No event selected</source>
        <translation>No event selected</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="263" />
        <source>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</source>
        <translation>{station}, {start} to {end} ({seconds:.0f} s), confidence {conf:.2f}, {points}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="268" />
        <source>Decided: {status} by {who} at {at} {comment}</source>
        <translation>Decided: {status} by {who} at {at} {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="272" />
        <source>Appealed by {who} at {at}: {comment}</source>
        <translation>Appealed by {who} at {at}: {comment}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="275" />
        <source>The appeal waits for a manager or auditor.</source>
        <translation>The appeal waits for a manager or auditor.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="277" />
        <source>Appeal {decision} by {who} at {at}: {reason}</source>
        <translation>Appeal {decision} by {who} at {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="282" />
        <source>Clip deleted by retention (the event and its data are kept).</source>
        <translation>Clip deleted by retention (the event and its data are kept).</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="284" />
        <source>No clip was saved for this event (the disk was full or writing failed).</source>
        <translation>No clip was saved for this event (the disk was full or writing failed).</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="293" />
        <source>appealed</source>
        <translation>appealed</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="294" />
        <source>appeal {decision}</source>
        <translation>appeal {decision}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297" />
        <source>upheld</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="297" />
        <source>overturned</source>
        <translation>overturned</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="307" />
        <source>Appeals to decide: {n} (status "appealed, to decide")</source>
        <translation>Appeals to decide: {n} (status "appealed, to decide")</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="316" />
        <source>Write the reason for your decision first: the staff member reads it.</source>
        <translation>Write the reason for your decision first: the staff member reads it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="324" />
        <source>Appeal not decided: {error}</source>
        <translation>Appeal not decided: {error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="329" />
        <source>Appeal against event {id} {decision}.</source>
        <translation>Appeal against event {id} {decision}.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="346" />
        <source>Write why you disagree before appealing.</source>
        <translation>Write why you disagree before appealing.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="353" />
        <source>Not appealed: {error}</source>
        <translation>Not appealed: {error}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="357" />
        <source>Event {id} appealed; a manager or auditor will look at it.</source>
        <translation>Event {id} appealed; a manager or auditor will look at it.</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="370" />
        <source>Already decided by another reviewer: {detail}</source>
        <translation>Already decided by another reviewer: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/review.py" line="378" />
        <source>Event {id} {status}.</source>
        <translation>Event {id} {status}.</translation>
    </message>
</context>
<context>
    <name>ScoresScreen</name>
    <message>
        <location filename="../screens/scores.py" line="59" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="60" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="65" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="78" />
        <source>Points deducted</source>
        <translation>Points deducted</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="78" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="84" />
        <source>Double-click a deduction to list its events; double-click an event to review it.</source>
        <translation>Double-click a deduction to list its events; double-click an event to review it.</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="121" />
        <source>Greeting rate</source>
        <translation>Greeting rate</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="122" />
        <source>Median delay</source>
        <translation>Median delay</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="138" />
        <source>{greeted} of {visits} customers greeted; {late} late, {missed} missed</source>
        <translation>{greeted} of {visits} customers greeted; {late} late, {missed} missed</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="144" />
        <source>Staff: {n} · unassigned events: {u}</source>
        <translation>Staff: {n} · unassigned events: {u}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="153" />
        <source>{rate:.0f}% ({greeted}/{visits})</source>
        <translation>{rate:.0f}% ({greeted}/{visits})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="159" />
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="167" />
        <source>-{points:g} (×{n})</source>
        <translation>-{points:g} (×{n})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="169" />
        <source>{n} pending</source>
        <translation>{n} pending</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="185" />
        <source>Score of {name}</source>
        <translation>Score of {name}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="189" />
        <source>Mean score of all staff</source>
        <translation>Mean score of all staff</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="199" />
        <source>late and missed greetings</source>
        <translation>late and missed greetings</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="204" />
        <source>{name}: {rule} (×{n})</source>
        <translation>{name}: {rule} (×{n})</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="203" />
        <source>all rules</source>
        <translation>all rules</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="225" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="226" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="235" />
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../screens/scores.py" line="237" />
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/settings.py" line="65" />
        <location filename="../screens/settings.py" line="157" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="66" />
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="67" />
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="68" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="69" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84" />
        <location filename="../screens/settings.py" line="125" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="84" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="87" />
        <source>code, e.g. S001</source>
        <translation>code, e.g. S001</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="88" />
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="89" />
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="107" />
        <source>Added {name} ({code}).</source>
        <translation>Added {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="125" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="128" />
        <source>name, e.g. desk-1</source>
        <translation>name, e.g. desk-1</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="129" />
        <source>camera number or rtsp:// address</source>
        <translation>camera number or rtsp:// address</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="130" />
        <source>area, e.g. left counter</source>
        <translation>area, e.g. left counter</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="131" />
        <source>Add station</source>
        <translation>Add station</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="149" />
        <source>Added station {name}.</source>
        <translation>Added station {name}.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="157" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="163" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="165" />
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="170" />
        <source>Times are local ({zone}). CSV columns: staff,station,start,end.</source>
        <translation>Times are local ({zone}). CSV columns: staff,station,start,end.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="185" />
        <source>Roster entry added.</source>
        <translation>Roster entry added.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="192" />
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="192" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="198" />
        <source>Nothing imported: {error}</source>
        <translation>Nothing imported: {error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="200" />
        <source>Roster entries imported: {n}.</source>
        <translation>Roster entries imported: {n}.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="209" />
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="212" />
        <source>Save rules</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="227" />
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="228" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="229" />
        <source>minimum duration (s)</source>
        <translation>minimum duration (s)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="238" />
        <source>{what}: minimum confidence</source>
        <translation>{what}: minimum confidence</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="261" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="274" />
        <source>{rule}, {setting}: '{text}' is not a number</source>
        <translation>{rule}, {setting}: '{text}' is not a number</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="284" />
        <location filename="../screens/settings.py" line="289" />
        <location filename="../screens/settings.py" line="351" />
        <location filename="../screens/settings.py" line="362" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="291" />
        <source>Rules saved.</source>
        <translation>Rules saved.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="301" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="308" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="316" />
        <source>Decisions are recorded under the signed-in account</source>
        <translation>Decisions are recorded under the signed-in account</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="321" />
        <source>Apply language</source>
        <translation>Apply language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="327" />
        <source>Storage folder (database, clips, rules; used from the next start)</source>
        <translation>Storage folder (database, clips, rules; used from the next start)</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="328" />
        <source>Keep evidence clips for</source>
        <translation>Keep evidence clips for</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="329" />
        <source>Clips of confirmed or appealed events are kept. The command "inspector retention" deletes the older ones.</source>
        <translation>Clips of confirmed or appealed events are kept. The command "inspector retention" deletes the older ones.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="331" />
        <source>Reviewer name</source>
        <translation>Reviewer name</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="333" />
        <source>Decisions are recorded under the signed-in account.</source>
        <translation>Decisions are recorded under the signed-in account.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="334" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="342" />
        <source>The saved clip retention cannot be read ({error}); {days:g} days apply.</source>
        <translation>The saved clip retention cannot be read ({error}); {days:g} days apply.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="367" />
        <source>Evidence clips are kept for {days} days.</source>
        <translation>Evidence clips are kept for {days} days.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="370" />
        <source>Storage folder</source>
        <translation>Storage folder</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="381" />
        <source>The storage folder changes at the next start.</source>
        <translation>The storage folder changes at the next start.</translation>
    </message>
    <message>
        <location filename="../screens/settings.py" line="391" />
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
    <name>SourcePicker</name>
    <message>
        <location filename="../widgets/source_picker.py" line="28" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="28" />
        <source>Video file</source>
        <translation>Video file</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="28" />
        <source>Stream URL (RTSP)</source>
        <translation>Stream URL (RTSP)</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="33" />
        <source>camera number, file path or rtsp:// address</source>
        <translation>camera number, file path or rtsp:// address</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="34" />
        <source>camera number or file path</source>
        <translation>camera number or file path</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="35" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="63" />
        <source>Open a video</source>
        <translation>Open a video</translation>
    </message>
    <message>
        <location filename="../widgets/source_picker.py" line="64" />
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</translation>
    </message>
</context>
</TS>
