#!/usr/bin/env python3
"""Provisional job-finding coefficients for calibration/params/provisional-2011.toml.

A stand-in until `groeipad calibrate` (the Eigen-based calibration) writes the
parameters: it fits the logit of docs/model.md to the Table 4 marginals of one year on
the June 2011 start profile, with the long-term shares of section 3.2 and the attribute
shares derived from Table 4 itself, by Gauss-Newton on plain Python lists.

    python3 calibration/provisional/fit_job_finding.py 2010
"""
import math
import sys

# Table 3 (NWWZ, June 2011): flags A, H, O, K -> count.
CELLS = {"AHO": 216, "AHOK": 501, "AH": 668, "AHK": 2068, "HO": 2106, "AO": 2170,
         "AOK": 2818, "H": 4007, "HOK": 7282, "HK": 11132, "O": 16998, "A": 17492,
         "OK": 19227, "AK": 19560, "K": 31243, "": 45022}
# Section 3.2: more than two years unemployed (no_group corrected from the printed 677).
LONG = {"A": 9707, "H": 14879, "O": 29469, "K": 31618, "any": 47125, "none": 4677}
K5, KH5 = 13356, 5748

TABLE4 = {
    2009: dict(total=9.4, men=9.6, women=9.3, low=7.0, mid=10.8, high=14.5, young=15.8,
               middle=9.8, old=2.7, h=3.7, not_h=10.5, eu=10.0, non_eu=7.3, short=13.0,
               long=3.8),
    2010: dict(total=10.7, men=11.4, women=10.0, low=8.2, mid=12.3, high=15.6, young=17.9,
               middle=11.4, old=3.0, h=4.4, not_h=11.8, eu=11.2, non_eu=9.1, short=14.6,
               long=5.6),
}


def shares(t):
    n = sum(CELLS.values())
    s_k = sum(c for f, c in CELLS.items() if "K" in f) / n
    s_o = sum(c for f, c in CELLS.items() if "O" in f) / n
    male = (t["total"] - t["women"]) / (t["men"] - t["women"])
    s_high = (t["total"] - s_k * t["low"] - (1 - s_k) * t["mid"]) / (t["high"] - t["mid"])
    s_young = (t["total"] - s_o * t["old"] - (1 - s_o) * t["middle"]) / (t["young"] - t["middle"])
    short = (t["total"] - t["long"]) / (t["short"] - t["long"])
    return dict(male=male, high_among_non_k=s_high / (1 - s_k),
                young_among_non_o=s_young / (1 - s_o), under_one_year=short)


def rake_long():
    groups = [(lambda f, g=g: g in f, LONG[g]) for g in "AHOK"]
    groups += [(lambda f: f != "", LONG["any"]), (lambda f: f == "", LONG["none"])]
    total = sum(CELLS.values())
    overall = (LONG["any"] + LONG["none"]) / total
    lp = {f: c * overall for f, c in CELLS.items()}
    sp = {f: c - lp[f] for f, c in CELLS.items()}
    for _ in range(10000):
        for member, target in groups:
            size = sum(c for f, c in CELLS.items() if member(f))
            cur = sum(lp[f] for f in CELLS if member(f))
            for f in CELLS:
                if member(f):
                    lp[f] *= target / cur
                    sp[f] *= (size - target) / (size - cur)
        for f, c in CELLS.items():
            lp[f] *= c / (lp[f] + sp[f])
            sp[f] = c - lp[f]
    return lp


def population(sh):
    """(weight, features dict) per profile x duration band."""
    lp = rake_long()
    total = sum(CELLS.values())
    long_k = sum(v for f, v in lp.items() if "K" in f)
    long_kh = sum(v for f, v in lp.items() if "K" in f and "H" in f)
    five_k, five_kh = K5 / long_k, KH5 / long_kh
    five_k_not_h = (K5 - KH5) / (long_k - long_kh)
    short_total = total - sum(lp.values())
    r = sh["under_one_year"] * total / short_total
    rows = []
    for f, c in CELLS.items():
        ls = lp[f] / c
        five = five_k if "K" not in f else (five_kh if "H" in f else five_k_not_h)
        bands = [(1 - ls) * r, (1 - ls) * (1 - r), ls * (1 - five), ls * five]
        edus = [("low", 1.0)] if "K" in f else [("mid", 1 - sh["high_among_non_k"]),
                                                 ("high", sh["high_among_non_k"])]
        ages = [("old", 1.0)] if "O" in f else [("young", sh["young_among_non_o"]),
                                                 ("middle", 1 - sh["young_among_non_o"])]
        for male, wm in ((1, sh["male"]), (0, 1 - sh["male"])):
            for edu, we in edus:
                for age, wa in ages:
                    for band, wb in enumerate(bands):
                        rows.append((c * wm * we * wa * wb,
                                     dict(A="A" in f, H="H" in f, male=male, edu=edu, age=age,
                                          band=band)))
    return rows


NAMES = ["b0", "b_a", "b_h", "b_young", "b_old", "b_mid", "b_high", "b_male", "b_long"]


def design(x):
    return [1, x["A"], x["H"], x["age"] == "young", x["age"] == "old", x["edu"] == "mid",
            x["edu"] == "high", x["male"], x["band"]]  # equal steps: b12 = b24 = b60


CATEGORIES = {
    "total": lambda x: True, "men": lambda x: x["male"], "women": lambda x: not x["male"],
    "low": lambda x: x["edu"] == "low", "mid": lambda x: x["edu"] == "mid",
    "high": lambda x: x["edu"] == "high", "young": lambda x: x["age"] == "young",
    "middle": lambda x: x["age"] == "middle", "old": lambda x: x["age"] == "old",
    "h": lambda x: x["H"], "not_h": lambda x: not x["H"], "eu": lambda x: not x["A"],
    "non_eu": lambda x: x["A"], "short": lambda x: x["band"] == 0,
    "long": lambda x: x["band"] > 0,
}


def rates(b, rows):
    out = {}
    for name, member in CATEGORIES.items():
        w = sum(wt for wt, x in rows if member(x))
        p = sum(wt / (1 + math.exp(-sum(bi * di for bi, di in zip(b, design(x)))))
                for wt, x in rows if member(x))
        out[name] = 100 * p / w
    return out


def fit(year):
    t = TABLE4[year]
    sh = shares(t)
    rows = population(sh)
    b = [math.log(0.1 / 0.9)] + [0.0] * (len(NAMES) - 1)
    names = list(CATEGORIES)
    for _ in range(30):
        r0 = rates(b, rows)
        res = [r0[n] - t[n] for n in names]
        jac = []
        for j in range(len(b)):
            bj = list(b)
            bj[j] += 1e-6
            rj = rates(bj, rows)
            jac.append([(rj[n] - r0[n]) / 1e-6 for n in names])
        # normal equations J^T J d = -J^T r
        m = len(b)
        a = [[sum(jac[i][k] * jac[j][k] for k in range(len(names))) for j in range(m)]
             for i in range(m)]
        g = [-sum(jac[i][k] * res[k] for k in range(len(names))) for i in range(m)]
        for i in range(m):  # Gauss-Jordan
            piv = a[i][i]
            for j in range(m):
                a[i][j] /= piv
            g[i] /= piv
            for r in range(m):
                if r != i:
                    f = a[r][i]
                    for j in range(m):
                        a[r][j] -= f * a[i][j]
                    g[r] -= f * g[i]
        b = [bi + di for bi, di in zip(b, g)]
    final = rates(b, rows)
    return sh, dict(zip(NAMES, b)), {n: (t[n], final[n]) for n in names}


if __name__ == "__main__":
    year = int(sys.argv[1]) if len(sys.argv) > 1 else 2010
    sh, coef, check = fit(year)
    print("shares", {k: round(v, 4) for k, v in sh.items()})
    print("coefficients", {k: round(v, 4) for k, v in coef.items()})
    for n, (target, fitted) in check.items():
        print(f"  {n:8s} target {target:5.1f} fitted {fitted:6.2f}")
