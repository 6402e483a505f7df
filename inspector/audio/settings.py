"""The ``[audio]`` section of a station's configuration.

Audio is off until the site allows it (``enabled = true``) and a manager switches the station on
(:meth:`inspector.site.Site.save_audio_station`, recorded in the audit trail). Nothing that was
said is stored: only the phrases heard (moment, phrase, time, confidence) and the speech segments'
times, which the rules use.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from inspector.audio.phrases import PhraseSet
from inspector.audio.rules import AudioRuleConfig
from inspector.audio.speaker import SpeakerConfig
from inspector.audio.vad import VadConfig
from inspector.settings_base import Section


class AudioSettings(Section):
    """Hearing the desk: off until enabled for the station."""

    enabled: bool = Field(False, description="The site allows listening (off by default). A station listens only when a manager has also switched it on (`inspector audio enable STATION`, recorded in the audit trail).")
    source: Literal["microphone", "video"] = Field("microphone", description="'microphone': the desk microphone; 'video': the audio track of the analysed video file or stream.")
    device: str | None = Field(None, description="Microphone: its index or a part of its name (`inspector audio devices` lists them); empty for the system's default input.")
    vad: VadConfig = Field(default_factory=VadConfig, description="Voice activity detection.")
    phrases: PhraseSet = Field(default_factory=PhraseSet, description="Service phrases per moment and forbidden phrases.")
    speaker: SpeakerConfig = Field(default_factory=SpeakerConfig, description="Who spoke: whose mouth moves while voice is active.")
    rules: AudioRuleConfig = Field(default_factory=AudioRuleConfig, description="Windows of the greeting, three-sounds and forbidden-phrase rules.")
