"""Peak memory of `sync folder` over a sealed zip bomb (issue 14, part 5).

A coordinator's laptop and a second laptop of one team are made in a temporary folder; the
second's team key encrypts a bundle whose visit.json unpacks to `--unpacked` MB of JSON whitespace
(about 1 MB packed), zipped and encrypted as the writer does. `vanskapshuset sync folder` then runs
in a child process on the coordinator's data folder, and its peak resident size (ru_maxrss of the
children) is printed with its exit code and stderr. The bomb needs the team key: every chunk is
authenticated before anything is unpacked.

    PYTHONPATH=src python -m benchmarks.bench_zip_bomb [--unpacked 1024] [--declared BYTES]
"""

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from vanskapshuset.app import open_app
from vanskapshuset.sync.bundle_reader import open_bundle
from vanskapshuset.sync.bundle_writer import encrypt
from vanskapshuset.sync.team_code import key_from_code, team_id


def bomb(real: bytes, key: bytes, unpacked_mb: int, declared: int | None) -> bytes:
    """A real bundle's members, its visit.json replaced by `unpacked_mb` MB of whitespace; with
    `declared`, the zip's central directory claims visit.json unpacks to that many bytes."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(open_bundle(real, "real", key, team_id(key)))) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
    ):
        for info in source.infolist():
            if info.filename != "visit.json":
                archive.writestr(info.filename, source.read(info))
        with archive.open("visit.json", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(chunk)
        if declared is not None:
            archive.getinfo("visit.json").file_size = declared
    return encrypt(buffer.getvalue(), key, team_id(key))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unpacked", type=int, default=1024, help="MB the bomb unpacks to")
    parser.add_argument("--declared", type=int, help="bytes the zip says visit.json unpacks to")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        apps = [open_app(root / f"laptop{n}", actor=f"Ledare {n}") for n in range(2)]
        for number, app in enumerate(apps):
            app.setup.first_setup([("Vänskapshuset", "indoor")], f"Ledare {number}")
        code = apps[0].sync.create_team("Koordinator").code
        assert code is not None
        apps[1].sync.join_team(code, "Laptop 1")
        apps[1].sync.export_bundle(root / "real.vhsync")
        for app in apps:
            app.close()
        shared = root / "usb"
        shared.mkdir()
        real = (root / "real.vhsync").read_bytes()
        data = bomb(real, key_from_code(code), args.unpacked, args.declared)
        (shared / "Laptop-1-bomb.vhsync").write_bytes(data)
        command = [sys.executable, "-m", "vanskapshuset", "--data-dir", str(root / "laptop0")]
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "sync", "folder", str(shared)], capture_output=True, text=True
        )
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    print(f"bomb: {len(data) / 1e6:.1f} MB packed, {args.unpacked} MB unpacked")
    print(f"sync folder: exit {done.returncode}, {seconds:.1f} s, peak RSS {peak:.0f} MB")
    print("stderr:", done.stderr.strip())


if __name__ == "__main__":
    main()
