"""The release files are well formed: workflow, PyInstaller spec, NSIS script, dmg settings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

import esms_desktop

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_release_workflow_has_both_jobs_and_runs_the_frozen_self_test() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    triggers = workflow.get("on") or workflow.get(True)  # YAML 1.1 reads "on" as True
    assert triggers["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    assert set(jobs) == {"windows", "macos"}
    assert jobs["windows"]["runs-on"].startswith("windows")
    assert jobs["macos"]["runs-on"].startswith("macos")
    for job in jobs.values():
        script = "\n".join(str(step.get("run", "")) for step in job["steps"])
        assert "packaging/esms_desktop.spec" in script
        assert "--self-test" in script
        assert any(
            step.get("uses", "").startswith("actions/upload-artifact") for step in job["steps"]
        )
    mac = "\n".join(str(s.get("run", "")) for s in jobs["macos"]["steps"])
    assert "dmgbuild" in mac and "notarytool" in mac and "codesign" in mac
    signing = [s for s in jobs["macos"]["steps"] if "codesign" in str(s.get("run", ""))]
    assert all("MACOS_CERTIFICATE" in str(s.get("if", "")) for s in signing)


def test_spec_is_valid_python_with_one_version_source() -> None:
    spec = (PACKAGING / "esms_desktop.spec").read_text()
    compile(spec, "esms_desktop.spec", "exec")
    assert "console=False" in spec and "COLLECT(" in spec and "BUNDLE(" in spec
    assert 'copy_metadata("keyring")' in spec and "keyring.backends.Windows" in spec
    assert "keyring.backends.macOS" in spec and "bundle_identifier=BUNDLE_ID" in spec
    assert "__version__" in spec and "0.1" not in spec  # the version is read, not written


def test_dmg_settings_link_applications() -> None:
    namespace: dict[str, object] = {"defines": {"app": "dist/eSMS Desktop.app"}}
    exec((PACKAGING / "macos" / "dmg_settings.py").read_text(), namespace)
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert namespace["files"] == ["dist/eSMS Desktop.app"]


def test_nsis_script_is_per_user_and_bilingual() -> None:
    script = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'MUI_LANGUAGE "Vietnamese"' in script and 'MUI_LANGUAGE "English"' in script
    assert "$SMPROGRAMS" in script and "$DESKTOP" in script and "WriteUninstaller" in script


def test_the_installer_replaces_the_bundle_of_any_version_installed_before() -> None:
    """Installed over another version (an upgrade, or an older installer run again), the
    files that version shipped and this one does not stayed in the program's folder and
    were loaded beside this version's: the old bundle goes first, the data folder stays."""
    script = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")
    install = script.split('Section "Install"', 1)[1].split("SectionEnd", 1)[0]
    lines = [line.strip() for line in install.splitlines()]
    removed = lines.index('RMDir /r "$INSTDIR\\_internal"')
    assert removed < lines.index('File /r "${SOURCE}\\*.*"')
    assert lines.index("closed:") < removed  # after the check that the app is not running
    assert not [line for line in lines if line.startswith("RMDir") and "_internal" not in line]
    assert "$APPDATA" not in script and "$LOCALAPPDATA\\${APPNAME}" not in script


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) is not installed")
def test_nsis_script_compiles(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    payload.mkdir()
    (payload / "esms-desktop.exe").write_bytes(b"MZ placeholder")
    # The script finds the icon at ..\..\resources from packaging\windows: same layout here.
    nested = tmp_path / "packaging" / "windows"
    nested.mkdir(parents=True)
    shutil.copy(PACKAGING / "windows" / "installer.nsi", nested / "installer.nsi")
    shutil.copytree(ROOT / "resources" / "icons", tmp_path / "resources" / "icons")
    result = subprocess.run(
        ["makensis", f"-DVERSION={esms_desktop.__version__}", f"-DSOURCE={payload}",
         "installer.nsi"],
        cwd=nested, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert (nested / f"eSMS-Desktop-{esms_desktop.__version__}-setup.exe").exists()


def test_the_frozen_app_leaves_out_httpxs_command_line() -> None:
    """The build environment has click, rich and pygments (the developers' tools): httpx's
    command line brought them into the frozen app, 400 modules loaded on the first call to
    eSMS."""
    spec = (ROOT / "packaging" / "esms_desktop.spec").read_text(encoding="utf-8")
    for name in ("httpx._main", "click", "rich", "pygments"):
        assert f'"{name}",' in spec.split("excludes = [", 1)[1].split("]", 1)[0], name


def _spec_parts() -> dict[str, object]:
    """The spec's ``datas`` and its ``_wanted`` filter, run as written (the rest of the spec
    needs PyInstaller, which the tests do not install)."""
    import ast

    tree = ast.parse((PACKAGING / "esms_desktop.spec").read_text(encoding="utf-8"))
    names = {"_UNNEEDED", "_GTK_ONLY", "_PLATFORMS_KEEP"}
    wanted = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "_wanted")
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in names | {"datas"} for t in node.targets)
        )
    ]
    namespace: dict[str, object] = {"ROOT": ROOT, "str": str}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "spec", "exec"), namespace)
    return namespace


def test_the_spec_collects_every_file_the_app_reads_at_run_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen app lays the spec's data files out under ``sys._MEIPASS``: each file the app
    looks up there (``app.resources``: translations, Qt's own Vietnamese, both samples, the
    window's icon) must be collected, and kept by the spec's filter of Qt's files."""
    import sys

    from esms_desktop.app import resources

    parts = _spec_parts()
    datas, wanted = parts["datas"], parts["_wanted"]
    assert isinstance(datas, list) and callable(wanted)
    bundle = tmp_path / "bundle"
    for pattern, dest in datas:
        for source in Path(pattern).parent.glob(Path(pattern).name):
            target = f"{dest}/{source.name}"
            if wanted((target, str(source), "DATA")):
                (bundle / dest).mkdir(parents=True, exist_ok=True)
                shutil.copy(source, bundle / target)
    # Every file of resources/ but the translation sources and the Windows icon (the
    # installer's and the .exe's, not read by the app).
    needed = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".ico")
    }
    collected = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert needed <= collected, needed - collected
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    looked_up = [
        resources.sample_file(),
        resources.appointments_sample(),
        resources.resource_dir() / "icons" / "esms-desktop.png",
        *(resources.translations_dir() / f"esms_desktop_{lang}.qm" for lang in ("vi", "en")),
        resources.translations_dir() / "qt_vi.qm",
    ]
    assert all(p.is_file() and p.is_relative_to(bundle) for p in looked_up), looked_up
    spec = (PACKAGING / "esms_desktop.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("qtawesome", includes=["fonts/*"])' in spec


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("imageformats/qgif.dll", False),
        ("imageformats/libqgif.so", False),
        ("imageformats/libqgif.dylib", False),
        ("imageformats/libqjpeg.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("imageformats/libqico.so", True),
        ("imageformats/qico.dll", True),
        ("platforms/libqxcb.so", True),
        ("platforms/qwindows.dll", True),
        ("platforms/libqcocoa.dylib", True),
    ],
)
def test_the_spec_leaves_out_the_same_qt_plugins_on_every_system(name: str, kept: bool) -> None:
    """The image plugins the app never reads were left out on Windows only: on Linux and
    macOS their names start with "lib", and the spec's filter did not see them."""
    wanted = _spec_parts()["_wanted"]
    assert callable(wanted)
    assert wanted((f"PySide6/Qt/plugins/{name}", name, "BINARY")) is kept
