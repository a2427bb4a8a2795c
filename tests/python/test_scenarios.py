"""Scenarios from files and dicts, and parameter overrides."""

import numpy as np
import pytest

import groeipad


def test_file_scenario_facts(short_file):
    scenario = groeipad.load(short_file)
    assert (scenario.name, scenario.start, scenario.months) == ("short", "2011-06", 24)
    assert scenario.seed == 20111025 and scenario.replications == 1
    assert scenario.parameters_label == "provisional-2011"
    assert scenario.text == short_file.read_text()
    costs = scenario.costs()
    assert list(costs["programme"]) == ["BW", "SW", "INV_DC", "INV_NDC", "LDE", "AZ"]
    assert (costs["cost_per_vte_eur"] > 0).all()


def test_override_changes_the_outcome(short_file):
    scenario = groeipad.load(short_file)
    faster = scenario.with_overrides({"programmes": {"SW": {"exit_hazard_monthly": 0.05}}})
    assert faster.name == scenario.name and faster.months == 24
    assert "exit_hazard_monthly = 0.05" in faster.text

    def sw_leavers(result):
        frame = result.monthly
        return frame[(frame["programme"] == "SW") & (frame["metric"] == "uitstroom")]["mean"].sum()

    base = groeipad.run(scenario, seed=1, replications=2)
    more_exits = groeipad.run(faster, seed=1, replications=2)
    # The file's hazard is about 1.5 % a month: over three times as many leave.
    assert sw_leavers(more_exits) > 2.5 * sw_leavers(base)


def test_overrides_of_a_dict_merge(short_file):
    document = {"name": "d", "parameters": str(
        short_file.parent / "../../../calibration/params/provisional-2011.toml"),
                "start": "2011-06", "months": 12,
                "overrides": {"job_finding": {"other_exit_hazard_monthly": 0.02}}}
    scenario = groeipad.Scenario.from_dict(document)
    twice = scenario.with_overrides({"job_finding": {"duration_resumes": True}})
    assert "other_exit_hazard_monthly = 0.02" in twice.text
    assert "duration_resumes = true" in twice.text
    assert document["overrides"] == {"job_finding": {"other_exit_hazard_monthly": 0.02}}


def test_dict_with_capacity_steps(short_file):
    document = {"base": str(short_file), "name": "more-sw",
                "capacity": {"SW": {"steps": [{"from": "2011-09", "vte": 200}]}}}
    scenario = groeipad.Scenario.from_dict(document)
    result = groeipad.run(scenario, replications=1)
    sw = result.monthly[(result.monthly["programme"] == "SW")
                        & (result.monthly["metric"] == "capaciteit_vte")]
    assert sw["mean"].iloc[-1] - sw["mean"].iloc[0] == pytest.approx(200)


def test_run_accepts_a_path_and_a_dict(short_file):
    by_path = groeipad.run(str(short_file), seed=4, replications=1)
    by_dict = groeipad.run({"base": str(short_file), "name": "short"}, seed=4, replications=1)
    np.testing.assert_array_equal(by_path.values("yearly"), by_dict.values("yearly"))
