"""Scenarios: read from a file, or written as a dict and read by the same reader.

A dict is turned into the text of a TOML document and parsed exactly as a file with
that text would be, so the same checks apply and an error names the same key
("<dict>:3: months: expected an integer in 1..1200, found 0"; the line is that of
Scenario.text). Paths in a dict (parameters, base) are relative to the directory of
its `path`, as in a file.
"""

import copy
import os

import pandas as pd

from . import _groeipad


def _merged(base, over):
    """`over` laid over `base`, tables key by key, as the reader merges [overrides]."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


class Scenario:
    """A scenario as the engine runs it; build one with load() or Scenario.from_dict()."""

    def __init__(self, scenario_input, document=None):
        self._input = scenario_input
        self._document = document  # the dict it was written as; None for a file

    @classmethod
    def from_file(cls, path):
        """Reads a scenario file (scenarios/*.toml) and the parameters file it names."""
        return cls(_groeipad.read_scenario(os.fspath(path)))

    @classmethod
    def from_dict(cls, document, path="<dict>"):
        """Reads a scenario given as a dict with the keys of a scenario file."""
        if not isinstance(document, dict):
            raise TypeError(f"expected a dict, found {type(document).__name__}")
        text = _groeipad.toml_text(document)
        return cls(_groeipad.read_scenario_text(text, os.fspath(path)),
                   copy.deepcopy(document))

    def with_overrides(self, overrides):
        """A new scenario with `overrides` laid over this one's [overrides] table.

        Keys are those of the parameters file, e.g. {"job_finding":
        {"other_exit_hazard_monthly": 0.02}}. A file scenario is inherited from
        (base = its file), so its own settings and overrides stay and errors in the new
        overrides are reported at DIR/<overrides>.
        """
        if self._document is not None:
            document = _merged(self._document,
                               {"overrides": overrides})
            return Scenario.from_dict(document, self.file)
        folder, name = os.path.split(self.file)
        document = {"base": name, "name": self.name,
                    "description": self.description, "overrides": overrides}
        return Scenario.from_dict(document, os.path.join(folder, "<overrides>"))

    name = property(lambda self: self._input.name)
    description = property(lambda self: self._input.description)
    start = property(lambda self: self._input.start, doc="first month, 'YYYY-MM'")
    months = property(lambda self: self._input.months)
    seed = property(lambda self: self._input.seed)
    replications = property(lambda self: self._input.replications)
    population_scale = property(lambda self: self._input.population_scale)
    parameters_file = property(lambda self: os.fspath(self._input.parameters_file))
    parameters_label = property(lambda self: self._input.parameters_label)
    file = property(lambda self: os.fspath(self._input.scenario_file),
                    doc="the file it was read from, or the path a dict was given")
    text = property(lambda self: self._input.text.decode(),
                    doc="the TOML text that was parsed")

    def costs(self):
        """Euro per VTE per programme, and per VTE added by growth money."""
        return pd.DataFrame(self._input.costs(), columns=[
            "programme", "cost_per_vte_eur", "growth_cost_per_vte_eur"])

    def __repr__(self):
        return (f"<groeipad.Scenario {self.name!r}: {self.months} months from "
                f"{self.start}, parameters {self.parameters_label!r}>")


def load(path):
    """Reads a scenario file; the same as Scenario.from_file(path)."""
    return Scenario.from_file(path)


def as_scenario(scenario):
    """A Scenario as it is, a dict read as one, or a path read as a scenario file."""
    if isinstance(scenario, Scenario):
        return scenario
    if isinstance(scenario, dict):
        return Scenario.from_dict(scenario)
    return Scenario.from_file(scenario)
