"""Measurements on labelled speech: a folder of ``NAME.wav`` files, each with ``NAME.txt`` (its transcript).

For each utterance the VAD runs over the file with half a second of silence on each side; the
utterance is *detected* when a speech segment overlaps it. With ``snrs_db``, the same utterances
are measured again with white noise added at each signal-to-noise ratio. False voice is counted
on generated noise (white and brown noise at three levels, mains hum), as speech segments per
hour. The transcripts say which phrase lists each utterance contains (the truth a phrase spotter
is scored against): with a spotter, each utterance is spotted whole and every moment gets its
recall and precision, and forbidden phrases heard in utterances that hold none are counted per
hour of that speech. Without a spotter no phrase figure is reported.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inspector.audio.phrases import MOMENTS, find_phrases
from inspector.audio.settings import AudioSettings
from inspector.audio.source import SAMPLE_RATE, AudioUnavailable, read_all
from inspector.audio.spotter import NO_SPOTTER_REASON, PhraseSpotter, make_spotter
from inspector.audio.vad import SileroVad, SpeechSegment, SpeechTracker
from inspector.errors import UserError

PAD_S = 0.5


@dataclass(frozen=True)
class Utterance:
    """One labelled utterance."""

    name: str
    wav: Path
    text: str


@dataclass(frozen=True)
class DetectionFigures:
    """Voice activity on the utterances under one condition."""

    condition: str
    utterances: int
    detected: int
    speech_share: float

    @property
    def recall(self) -> float:
        return self.detected / self.utterances if self.utterances else 0.0


@dataclass(frozen=True)
class PhraseScore:
    """A spotter's result on one phrase list."""

    moment: str
    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def recall(self) -> float | None:
        n = self.true_pos + self.false_neg
        return self.true_pos / n if n else None

    @property
    def precision(self) -> float | None:
        n = self.true_pos + self.false_pos
        return self.true_pos / n if n else None


@dataclass(frozen=True)
class SpotterFigures:
    """A spotter's scores on the utterances."""

    spotter: str
    scores: tuple[PhraseScore, ...]
    false_forbidden: int
    clean_hours: float

    @property
    def false_forbidden_per_hour(self) -> float | None:
        return self.false_forbidden / self.clean_hours if self.clean_hours else None


def score_spotter(spotter: PhraseSpotter, clean: list[tuple[Utterance, np.ndarray]],
                  settings: AudioSettings) -> SpotterFigures:
    """Spots each utterance whole and scores it against the phrase lists its transcript contains."""
    tallies = {m: [0, 0, 0] for m in MOMENTS}
    false_forbidden, clean_s = 0, 0.0
    for u, x in clean:
        truth = {m for m, _ in find_phrases(u.text, settings.phrases)}
        seg = SpeechSegment(0.0, 1000.0 * x.size / SAMPLE_RATE, 1.0)
        heard = {h.moment for h in spotter.spot(seg, x)}
        for m in MOMENTS:
            t = tallies[m]
            t[0] += m in truth and m in heard
            t[1] += m in heard and m not in truth
            t[2] += m in truth and m not in heard
        if "forbidden" not in truth:
            clean_s += x.size / SAMPLE_RATE
            false_forbidden += "forbidden" in heard
    return SpotterFigures(spotter.name, tuple(PhraseScore(m, *tallies[m]) for m in MOMENTS), false_forbidden,
                          clean_s / 3600.0)


def _ratio(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


@dataclass(frozen=True)
class MeasureResult:
    """All figures of :func:`measure_folder`."""

    folder: str
    utterances: int
    audio_s: float
    detection: tuple[DetectionFigures, ...]
    noise_s: float
    noise_segments: int
    vad_rtf: float
    phrase_counts: tuple[tuple[str, int], ...]
    skipped: tuple[str, ...]
    spotting: SpotterFigures | None = None

    @property
    def false_voice_per_hour(self) -> float:
        return self.noise_segments * 3600.0 / self.noise_s if self.noise_s else 0.0

    def format(self) -> str:
        lines = [f"folder: {self.folder}: {self.utterances} utterances, {self.audio_s / 60:.1f} min of audio"]
        for d in self.detection:
            lines.append(f"  {d.condition:14s} utterances detected {d.detected}/{d.utterances} "
                         f"(recall {d.recall:.3f}); voice over {d.speech_share:.2f} of the padded audio")
        lines.append(f"  false voice on {self.noise_s / 60:.1f} min of generated noise: {self.noise_segments} segment(s), "
                     f"{self.false_voice_per_hour:.1f} per hour")
        lines.append(f"  VAD real-time factor (1 thread): {self.vad_rtf:.4f}")
        lines.append("  transcripts containing a phrase: "
                     + ", ".join(f"{m} {n}" for m, n in self.phrase_counts))
        if self.spotting is None:
            lines.append(f"  phrase recall/precision: not measured ({NO_SPOTTER_REASON})")
        else:
            sp = self.spotting
            for sc in sp.scores:
                lines.append(f"  {sp.spotter} {sc.moment:18s} recall {_ratio(sc.recall)} precision {_ratio(sc.precision)} "
                             f"(tp {sc.true_pos}, fp {sc.false_pos}, fn {sc.false_neg})")
            per_h = sp.false_forbidden_per_hour
            lines.append(f"  false forbidden phrases: {sp.false_forbidden} in {sp.clean_hours:.2f} h of speech "
                         f"without one ({'n/a' if per_h is None else f'{per_h:.2f}'} per hour)")
        if self.skipped:
            lines.append(f"  skipped {len(self.skipped)} unreadable file(s): {', '.join(self.skipped[:5])}")
        return "\n".join(lines)


def load_labelled(folder: Path, limit: int | None = None) -> list[Utterance]:
    """The ``NAME.wav`` files of a folder that have a ``NAME.txt`` beside them, sorted by name.

    Raises:
        UserError: No such folder, or no labelled wav in it.
    """
    if not folder.is_dir():
        raise UserError(f"not a folder: {folder}")
    out = []
    for wav in sorted(folder.glob("*.wav")):
        txt = wav.with_suffix(".txt")
        if txt.is_file():
            out.append(Utterance(wav.stem, wav, txt.read_text(encoding="utf-8", errors="replace").strip()))
        if limit is not None and len(out) >= limit:
            break
    if not out:
        raise UserError(f"{folder} holds no NAME.wav with a NAME.txt transcript")
    return out


def add_noise(x: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    """``x`` with white noise at ``snr_db`` below its power (clipped to [-1, 1])."""
    power = float(np.mean(x.astype(np.float64) ** 2)) or 1e-10
    noise = rng.normal(0.0, np.sqrt(power / 10 ** (snr_db / 10)), x.size)
    return np.clip(x + noise, -1, 1).astype(np.float32)


def generated_noise(seconds: float, rng: np.random.Generator) -> list[np.ndarray]:
    """Non-speech test signals: white and brown noise at three levels, and 50 Hz mains hum with harmonics."""
    n = int(seconds * SAMPLE_RATE)
    per = max(1, n // 7)
    t = np.arange(per) / SAMPLE_RATE
    out = []
    for level in (0.003, 0.03, 0.15):
        out.append(rng.normal(0, level, per))
        brown = np.cumsum(rng.normal(0, 1, per))
        brown -= np.convolve(brown, np.ones(801) / 801, mode="same")
        out.append(level * brown / (np.std(brown) or 1))
    out.append(0.05 * sum(np.sin(2 * np.pi * 50 * k * t) / k for k in (1, 2, 3, 5)))
    return [np.clip(s, -1, 1).astype(np.float32) for s in out]


def _segments(vad: SileroVad, x: np.ndarray, settings: AudioSettings) -> tuple[list[tuple[float, float]], float]:
    """Speech segments (ms) of a recording, and the seconds the VAD took."""
    vad.reset()
    tracker = SpeechTracker(settings.vad, 0.0)
    t0 = time.perf_counter()
    probs = vad.feed(x)
    took = time.perf_counter() - t0
    segs = tracker.push(probs) + tracker.flush()
    return [(s.start_ms, s.end_ms) for s in segs], took


def measure_folder(folder: Path, settings: AudioSettings, *, limit: int | None = None,
                   snrs_db: tuple[float, ...] = (), noise_minutes: float = 10.0,
                   vad: SileroVad | None = None, spotter: PhraseSpotter | None = None) -> MeasureResult:
    """Runs the measurements described in the module docstring.

    Args:
        spotter: The phrase spotter to score (default: the installed one, :func:`make_spotter`).
    """
    utts = load_labelled(folder, limit)
    vad = vad or SileroVad(threads=settings.vad.threads)
    rng = np.random.default_rng(17)
    pad = np.zeros(int(PAD_S * SAMPLE_RATE), dtype=np.float32)
    clean: list[tuple[Utterance, np.ndarray]] = []
    skipped = []
    for u in utts:
        try:
            clean.append((u, read_all(u.wav).samples))
        except AudioUnavailable:
            skipped.append(u.name)
    conditions = [("clean", None)] + [(f"noise {s:g} dB", s) for s in snrs_db]
    detection = []
    vad_s = audio_s = 0.0
    for label, snr in conditions:
        found, voiced, total = 0, 0.0, 0.0
        for _, x in clean:
            y = x if snr is None else add_noise(x, snr, rng)
            segs, took = _segments(vad, np.concatenate([pad, y, pad]), settings)
            vad_s += took
            audio_s += (2 * pad.size + y.size) / SAMPLE_RATE
            lo, hi = 1000 * PAD_S, 1000 * (PAD_S + y.size / SAMPLE_RATE)
            found += any(e > lo and s < hi for s, e in segs)
            voiced += sum(e - s for s, e in segs)
            total += 1000 * (2 * pad.size + y.size) / SAMPLE_RATE
        detection.append(DetectionFigures(label, len(clean), found, voiced / total if total else 0.0))
    noise_segments, noise_s = 0, 0.0
    for sig in generated_noise(60 * noise_minutes, rng):
        segs, took = _segments(vad, sig, settings)
        noise_segments += len(segs)
        noise_s += sig.size / SAMPLE_RATE
        vad_s += took
        audio_s += sig.size / SAMPLE_RATE
    counts = {m: 0 for m in MOMENTS}
    for u, _ in clean:
        for m, _p in find_phrases(u.text, settings.phrases):
            counts[m] += 1
    speech_s = sum(x.size for _, x in clean) / SAMPLE_RATE
    spotter = spotter or make_spotter(settings.phrases)
    spotting = score_spotter(spotter, clean, settings) if spotter is not None else None
    return MeasureResult(str(folder), len(clean), speech_s, tuple(detection), noise_s, noise_segments,
                         vad_s / audio_s if audio_s else 0.0, tuple(counts.items()), tuple(skipped), spotting)
