"""The pre-commit hook, end to end with the real `pre-commit` tool and real `git commit`s.

pre-commit installs a hook repository by cloning it at a commit. Pointing it
at this checkout's HEAD would test the last commit, not the code under test
(and would miss an uncommitted .pre-commit-hooks.yaml); `pre-commit try-repo`
does see uncommitted edits but builds a fresh hook environment (spaCy and all)
on every call. So the module snapshots the working tree (tracked and untracked,
not ignored) into a throwaway repository, commits it, and installs the hook
environment from that once; each test then commits into its own fresh repo.
Installing needs PyPI (about a minute); PRE_COMMIT_HOME is a temp dir.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RISKY = "Our exosome treatment has no side effects.\n"
CLEAN = "Side effects are usually mild and temporary.\n"
REVIEWED = "<!-- claimlint-disable-next-line no-side-effects -- reviewed -->\n" + RISKY


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """No user or system git config, no inherited GIT_* variables, a private pre-commit store."""
    home = tmp_path_factory.mktemp("home")
    (home / "gitconfig").write_text("", encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    return clean | {"PRE_COMMIT_HOME": str(home / "pre-commit"), "GIT_CONFIG_GLOBAL": str(home / "gitconfig"),
                    "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
                    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"}


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A one-commit copy of the working tree: (path, sha) for `repo:` and `rev:`."""
    snapshot = tmp_path_factory.mktemp("claimlint-snapshot")
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT, env=env)
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, snapshot / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, target)
    _git("init", "-q", cwd=snapshot, env=env)
    _git("add", "-A", cwd=snapshot, env=env)
    _git("commit", "-q", "-m", "snapshot", cwd=snapshot, env=env)
    return snapshot, _git("rev-parse", "HEAD", cwd=snapshot, env=env).strip()


@pytest.fixture(scope="module")
def config(hook_repo: tuple[Path, str], env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> str:
    """The .pre-commit-config.yaml text, its hook environment installed once for the module."""
    path, sha = hook_repo
    text = f"repos:\n  - repo: {path}\n    rev: {sha}\n    hooks:\n      - id: claimlint\n"
    warmup = _new_repo(tmp_path_factory.mktemp("warmup"), text, env)
    installed = _pre_commit("install-hooks", cwd=warmup, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return text


def _new_repo(path: Path, config_text: str, env: dict[str, str]) -> Path:
    _git("init", "-q", cwd=path, env=env)
    (path / ".pre-commit-config.yaml").write_text(config_text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path, config: str, env: dict[str, str]) -> Path:
    """A fresh git repository with the claimlint hook installed as its pre-commit hook."""
    _new_repo(tmp_path, config, env)
    installed = _pre_commit("install", cwd=tmp_path, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return tmp_path


def _commit(repo: Path, env: dict[str, str], **files: str) -> subprocess.CompletedProcess[str]:
    """Stage the config and `files` (name with "_" for "."), then `git commit`, hooks and all."""
    names = [name.replace("_", ".") for name in files]
    for name, text in zip(names, files.values()):
        (repo / name).write_text(text, encoding="utf-8")
    _git("add", ".pre-commit-config.yaml", *names, cwd=repo, env=env)
    return subprocess.run(["git", "commit", "-m", "copy"], cwd=repo, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # git shows hook output on stderr


def _commits(repo: Path, env: dict[str, str]) -> int:
    probe = subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=repo, env=env, capture_output=True, text=True)
    return int(probe.stdout) if probe.returncode == 0 else 0


def test_manifest_is_valid() -> None:
    checked = _pre_commit("validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"), cwd=ROOT, env=dict(os.environ))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_risky_claim_blocks_the_commit_and_is_printed(repo: Path, env: dict[str, str]) -> None:
    result = _commit(repo, env, services_md=RISKY)
    assert result.returncode != 0
    assert "claimlint" in result.stdout and "Failed" in result.stdout
    assert "services.md:1:27: error [no-side-effects]" in result.stdout
    assert _commits(repo, env) == 0
    assert (repo / "services.md").read_text(encoding="utf-8") == RISKY  # reported, never rewritten


@pytest.mark.parametrize("files", [{"services_md": CLEAN}, {"services_md": REVIEWED},
                                   {"about_html": f"<p>{CLEAN}</p>"}, {"notes_py": f"# {RISKY}"}])
def test_clean_reviewed_or_unlinted_copy_commits(repo: Path, env: dict[str, str], files: dict[str, str]) -> None:
    result = _commit(repo, env, **files)
    assert result.returncode == 0, result.stdout
    assert _commits(repo, env) == 1


def test_html_and_text_files_are_checked_too(repo: Path, env: dict[str, str]) -> None:
    result = _commit(repo, env, about_html=f"<p>{RISKY}</p>", email_txt=RISKY)
    assert result.returncode != 0
    assert "about.html:1:" in result.stdout and "email.txt:1:27: error [no-side-effects]" in result.stdout


def test_mdx_and_template_files_are_checked(repo: Path, env: dict[str, str]) -> None:
    """The hook's types_or (identify's tags) reaches MDX and templates, read by their own readers."""
    mdx = f'import Hero from "./no side effects.jsx"\n\n# Exosomes\n\n{RISKY}'
    njk = f"{{# no side effects #}}\n<p>{{{{ clinic.name }}}} {RISKY}</p>\n"
    result = _commit(repo, env, page_mdx=mdx, about_njk=njk)
    assert result.returncode != 0
    assert "page.mdx:5:27: error [no-side-effects]" in result.stdout
    assert "about.njk:2:48: error [no-side-effects]" in result.stdout
    assert "2 findings in 3 files" in result.stdout  # .pre-commit-config.yaml is read too (a YAML file)
