#!/usr/bin/env python3
"""Tables of the 2010 backtest and forecast against the source, for calibration/README.md.

Runs scenarios/backtest-2010.toml and scenarios/forecast-2010.toml with the groeipad
program and prints, per scenario, a Markdown table: the source figure (Tabel 5 and
Tabel 8 of 2010, from calibration/data), the model's mean and 5-95 % range over the
replications, and the error of the mean.

    python3 calibration/backtest_table.py [build/release/groeipad]
"""
import csv
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# programme code -> (Tabel 5 row, Tabel 8 row)
PROGRAMMES = {
    "SW": ("Sociale werkplaatsen", "Programma=SW (doelgroep);Jaar=2010"),
    "LDE": ("Lokale Diensteconomie", "Programma=Lokale Diensteneconomie.;Jaar=2010"),
    "AZ": ("Arbeidszorg", "Programma=Arbeidszorg;Jaar=2010"),
    "INV_DC": ("Dienstencheque", "Programma=Invoeg Dienstencheque;Jaar=2010"),
    "INV_NDC": ("Niet-dienstencheque", "Programma=Invoeg Niet-Dienstencheque;Jaar=2010"),
}
INVOEG = ("Commerciële invoeg", "Programma=Invoeg (Totaal) (excl.collect. Invoeg);Jaar=2010")
# model metric -> (table, column)
METRICS = [
    ("instroom", "Tabel 5", "instroom"),
    ("uitstroom", "Tabel 5", "uitstroom"),
    ("personen_eind", "Tabel 5", "31/12/2010"),
    ("bereik", "Tabel 8", "A"),
    ("B1", "Tabel 8", "B1**"),
    ("C", "Tabel 8", "C"),
]


def source_figures():
    figures = {}
    data = os.path.join(ROOT, "calibration", "data")
    for name in sorted(os.listdir(data)):
        if name.endswith(".csv"):
            with open(os.path.join(data, name), newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    figures[(row["table"], row["row"], row["column"])] = float(row["value"])
    return figures


def run(groeipad, scenario, out):
    subprocess.run([groeipad, "run", os.path.join(ROOT, "scenarios", scenario), "--out", out,
                    "--quiet", "--no-db"], check=True, stdout=subprocess.DEVNULL)
    values = {}
    with open(os.path.join(out, "yearly.csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["year"] == "2010":
                values[(row["programme"], row["metric"])] = row
    return values


def table(values, figures):
    lines = ["| programme | figure | source | model mean | 5-95 % | error |",
             "| --- | --- | ---: | ---: | --- | ---: |"]
    for code, (row5, row8) in PROGRAMMES.items():
        for metric, table_name, column in METRICS:
            source = figures.get((table_name, row5 if table_name == "Tabel 5" else row8, column))
            model = values[(code, metric)]
            if source is None:
                continue
            mean = float(model["mean"])
            lines.append(f"| {code} | {metric} ({table_name} {column}) | {source:,.0f} | {mean:,.0f} | "
                         f"{float(model['p05']):,.0f}-{float(model['p95']):,.0f} | "
                         f"{100 * (mean - source) / source:+.1f} % |")
    for metric, table_name, column in METRICS:
        source = figures.get((table_name, INVOEG[0] if table_name == "Tabel 5" else INVOEG[1], column))
        mean = sum(float(values[(c, metric)]["mean"]) for c in ("INV_DC", "INV_NDC"))
        lines.append(f"| invoeg (DC + NDC) | {metric} ({table_name} {column}) | {source:,.0f} | "
                     f"{mean:,.0f} | | {100 * (mean - source) / source:+.1f} % |")
    return "\n".join(lines)


def main():
    groeipad = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "release", "groeipad")
    figures = source_figures()
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in ("backtest-2010.toml", "forecast-2010.toml"):
            print(f"### {scenario}\n")
            print(table(run(groeipad, scenario, os.path.join(tmp, scenario)), figures))
            print()


if __name__ == "__main__":
    main()
