"""Archive re-analysis on a Dask cluster: one task per recording, the same events as one process."""

from __future__ import annotations

import pytest

from inspector.config import InspectorConfig
from inspector.monitor.archive import (check_recordings, format_run, local_cluster, reanalyse_on_cluster,
                                       reanalyse_sequential)
from inspector.rules import default_rules
from inspector.sample import SAMPLE_REGION, write_sample_video


def short_rules():
    """The default rules, each needing only one second, at any hour (the sample clips are short)."""
    rules = default_rules()
    return rules.model_copy(update={"rules": tuple(r.model_copy(update={"min_duration_s": 1.0, "active_hours": ()})
                                                   for r in rules.rules)})


@pytest.mark.models
def test_cluster_gives_the_same_events_as_one_process(tmp_path, models_ready):
    pytest.importorskip("distributed")
    files = [str(write_sample_video(tmp_path / "a.mp4", seconds_present=4, seconds_empty=2, size=(320, 240))),
             str(write_sample_video(tmp_path / "b.mp4", seconds_present=2, seconds_empty=4, size=(320, 240)))]
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    files.append(str(broken))
    cfg, rules = InspectorConfig(), short_rules()
    sequential = reanalyse_sequential(files, cfg, rules, stride=2, region=SAMPLE_REGION)
    with local_cluster(2) as client:
        distributed = reanalyse_on_cluster(files, cfg, rules, client, stride=2, region=SAMPLE_REGION)
    assert distributed.where == "Dask cluster, 2 worker(s)"
    assert [r.path for r in distributed.results] == files
    assert sum(len(r.events) for r in sequential.results) >= 2, format_run(sequential)
    assert distributed.same_events(sequential), format_run(distributed) + "\n" + format_run(sequential)
    assert distributed.results[2].error and not distributed.results[2].events   # one bad file, the others done
    assert "not analysed" in format_run(distributed)


def test_recordings_are_checked_before_any_work(tmp_path):
    with pytest.raises(ValueError, match="at least one"):
        check_recordings([])
    with pytest.raises(ValueError, match="not a file"):
        check_recordings([str(tmp_path / "missing.mp4")])
    f = tmp_path / "x.mp4"
    f.write_bytes(b"")
    with pytest.raises(ValueError, match="twice"):
        check_recordings([str(f), str(tmp_path / "." / "x.mp4")])
    with pytest.raises(ValueError, match="at least one worker"):
        with local_cluster(0):
            pass
