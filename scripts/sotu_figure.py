"""The README's figure: "Iran" and "Soviet" in the State of the Union addresses, 1945-2006, and
the tone of each president's addresses.  Run from the project folder:

    python scripts/sotu_figure.py            # writes docs/img/sotu_trends.png

and prints the counts behind the lines, which match a grep of seeds/state_union/.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import toolkit as tk  # noqa: E402
from toolkit import plots  # noqa: E402


def main(out: Path = ROOT / "docs" / "img" / "sotu_trends.png") -> Path:
    from matplotlib.figure import Figure

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the Big5 and cp1252 files say they are not UTF-8
        sotu = tk.load_corpus(ROOT / "seeds" / "state_union", meta="speeches")
    trend = tk.term_trend(sotu, ["iran", "soviet*"], by="year")
    tone = tk.sentiment_trend(sotu, by="president")
    fig = Figure(figsize=(10, 8.4), dpi=100)
    iran, soviet, bottom = fig.subplots(3, 1, gridspec_kw={"height_ratios": [0.8, 0.8, 1.2]})
    for ax, term in ((iran, "iran"), (soviet, "soviet*")):
        plots.plot_term_trend(trend[trend["term"] == term], measure="per_10k", ax=ax,
                              title=f"“{term}” in the State of the Union, 1945–2006, per 10,000 words, by year")
        ax.set_ylabel("per 10,000 words", fontsize=9)
        ax.set_xlim(1944, 2007)
    plots.plot_sentiment_trend(tone, ax=bottom)
    bottom.set_title("Tone of each president's addresses (VADER, per sentence)", loc="left", fontsize=10, pad=22)
    bottom.set_ylim(-0.5, 0.8)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.96, bottom=0.11, hspace=0.6)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, facecolor="white")
    counts = trend.pivot(index="period", columns="term", values="count")
    print(counts[(counts > 0).any(axis=1)].T.to_string())
    print(tone[["period", "documents", "mean_compound", "share_positive", "share_negative"]].round(3).to_string(index=False))
    print(f"wrote {out.relative_to(ROOT)}")
    return out


if __name__ == "__main__":
    main()
