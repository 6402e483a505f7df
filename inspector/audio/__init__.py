"""Hearing the desk (issue 17): audio sources, voice activity, phrase spotting, speaker attribution.

Everything here runs on the machine and stores no transcript. Audio is off until a manager
enables it for a station (:class:`~inspector.audio.settings.AudioSettings`).

- :mod:`inspector.audio.source`: the audio track of a video file or stream (PyAV) and the desk
  microphone (sounddevice), as 16 kHz mono chunks timestamped on the frames' clock.
- :mod:`inspector.audio.vad`: Silero VAD (ONNX file from the ``silero-vad`` wheel, verified by
  digest through :mod:`models.registry`) run with onnxruntime, and speech segments.
- :mod:`inspector.audio.phrases`: the site's service and forbidden phrases, and phrase matching.
- :mod:`inspector.audio.spotter`: the :class:`~inspector.audio.spotter.PhraseSpotter` interface.
  No Mandarin recogniser that a registry package carries was found (see docs/notes/issue-17.md),
  so no spotter ships; the rules then work on voice activity alone.
- :mod:`inspector.audio.speaker`: who spoke, from whose mouth moves while voice is active.
- :mod:`inspector.audio.rules`: greeting heard, forbidden phrase events, the "three sounds".

Modules that need onnxruntime or sounddevice import them only when used, so the settings and
the rules load without them.
"""
