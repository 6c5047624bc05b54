"""An import needs room beside the database for its scratch files: on a full disk (a real small
tmpfs) it is refused in one sentence, the database is left as it was and no scratch file stays;
with room again the same bundle comes in."""

import datetime as dt

from sync_helpers import site_id

from faults import fill_up, small_disk
from vanskapshuset.app import open_app
from vanskapshuset.domain.errors import UserError

DAY = dt.date(2026, 6, 16)


def test_a_full_disk_refuses_the_import_and_leaves_nothing(laptops, tmp_path, team_clock):
    (source,) = laptops(1)
    for _ in range(40):
        source.visits.add(site_id(source), "girl", "7-9", 100)
    bundle = tmp_path / "stor.vhsync"
    source.sync.export_bundle(bundle)
    code = source.sync.status().code
    assert code is not None

    with small_disk(tmp_path / "liten", megabytes=16) as disk:
        target = open_app(disk / "data", clock=team_clock, actor="Ledare")
        try:
            target.setup.first_setup([("Vänskapshuset", "indoor")], "Ledare")
            target.sync.join_team(code, "Laptop")
            filler = fill_up(disk)
            before = sorted(path.name for path in (disk / "data").iterdir())
            try:
                target.sync.import_file(bundle)
            except UserError as refusal:
                assert "inte plats på disken" in str(refusal), refusal
            else:
                raise AssertionError("imported on a full disk")
            assert target.statistics.period(DAY, DAY).as_json()["visits"] == 0
            assert sorted(path.name for path in (disk / "data").iterdir()) == before

            filler.unlink()
            assert target.sync.import_file(bundle).visits_new == 4000
        finally:
            target.close()
