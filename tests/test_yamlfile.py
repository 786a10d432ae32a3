"""The one way the project reads its YAML files (radar.yamlfile): safe_load's data, but a key
written twice in a mapping is an error naming both lines instead of the first value lost."""

from __future__ import annotations

import pytest
import yaml

from radar.yamlfile import load


def test_reads_what_safe_load_reads() -> None:
    text = (
        "a: 1\nb: [x, y]\nc: {d: 2}\nanchor: &l [1, 2]\nalias: *l\n"
        "base: &b {k: 1}\nmerged:\n  <<: *b\n  k: 2\n"
    )
    assert load(text) == yaml.safe_load(text)


def test_a_repeated_key_is_refused_with_both_lines() -> None:
    with pytest.raises(
        yaml.YAMLError, match=r"found the key 'rules' twice \(first on line 1\)"
    ) as err:
        load("rules: [a]\nother: 1\nrules: [b]\n")
    assert "line 3" in str(err.value)


def test_a_repeated_key_in_a_nested_mapping_is_refused() -> None:
    with pytest.raises(yaml.YAMLError, match="exception_patterns"):
        load("rules:\n  - id: A\n    exception_patterns: [x]\n    exception_patterns: [y]\n")


def test_python_objects_stay_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        load("!!python/object/apply:os.system ['true']\n")
