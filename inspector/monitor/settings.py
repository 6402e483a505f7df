"""Settings of the multi-camera monitoring service (the ``monitor`` section of the config file)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from inspector.settings_base import Section

ModelSharing = Literal["shared", "per_station"]


class MonitorConfig(Section):
    """How one service watches every station's camera with one set of models."""

    target_fps: float = Field(5.0, gt=0, le=60, description="Analysed frames per second each station aims for; the scheduler shares the models fairly so that every station gets the same rate when the machine cannot give all of them this one.")
    model_sharing: ModelSharing = Field("shared", description="'shared': one set of landmarkers in image mode serves every camera (one copy of the models in memory, no temporal state mixed between cameras); 'per_station': each camera gets its own landmarkers in video mode (MediaPipe's frame-to-frame tracking, one copy of the models per camera). Either way one model call runs at a time and the scheduler decides which station's frame goes next.")
    skip_idle_hands: bool = Field(True, description="Leave the hand landmarker out of a station's frame while its previous frame had nobody in it (hands only count when attached to a person's pose); when the pose landmarker finds someone, the hands are looked for on that same frame. With shared models the results are the same as running every model on every frame.")
    workers: int = Field(2, ge=1, le=8, description="Analysis threads: while one runs the models on a frame, another tracks, measures and judges the previous one (a station's frames are analysed in order, by one thread at a time).")
    max_frame_age_s: float = Field(1.0, gt=0, le=60, description="A captured frame older than this when its turn comes is skipped (counted as stale) and the station's next frame is taken instead, so results never lag the camera by more than this.")
    stats_window_s: float = Field(5.0, gt=0, le=300, description="Seconds over which each station's analysed frames per second and oldest frame age are measured.")
    reconnect_backoff_s: float = Field(0.5, gt=0, le=60, description="First wait before a camera that dropped out is opened again; doubles up to reconnect_max_backoff_s.")
    reconnect_max_backoff_s: float = Field(8.0, gt=0, le=600, description="Longest wait between two attempts to reopen a camera.")
    realtime: bool = Field(True, description="Pace video files at their own frame rate, as a camera delivers frames (false reads them as fast as they decode).")
    loop_files: bool = Field(False, description="Start a video file again when it ends (for demonstrations and `inspector bench --cameras`); timestamps go on increasing.")
    stop_timeout_s: float = Field(5.0, gt=0, le=120, description="How long stopping waits for each thread of the service.")


__all__ = ["ModelSharing", "MonitorConfig"]
