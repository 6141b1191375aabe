//! The parts of a report that the text and Markdown formats share: the summary line, the
//! words for a status, each commissioner's power, and the lines under a counterexample.

use crate::check::Report;
use crate::lang::{Lang, say};
use crate::rules;
use crate::verdict::{Counterexample, Detail, Status, Verdict};

/// "2 violated, 9 hold, 0 unknown".
pub(crate) fn summary_line(report: &Report) -> String {
    let crate::check::Summary {
        holds,
        violated,
        unknown,
    } = report.summary;
    say!(
        report.lang,
        "{violated} violated, {holds} hold, {unknown} unknown",
        "{violated} geschonden, {holds} voldaan, {unknown} onbeslist",
    )
}

/// A status as reports print it; a violation stands out.
pub(crate) fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => lang.pick("holds", "voldaan"),
        Status::Violated => lang.pick("VIOLATED", "GESCHONDEN"),
        Status::Unknown => lang.pick("unknown", "onbeslist"),
    }
}

/// Each commissioner's voting power, one line each: swings, Banzhaf, Shapley–Shubik.
pub(crate) fn power_lines(verdict: &Verdict) -> Vec<String> {
    verdict
        .power
        .iter()
        .map(|p| {
            format!(
                "`{}` {} {} (Banzhaf {}), Shapley–Shubik {}",
                p.party,
                p.swings,
                if p.swings == "1" { "swing" } else { "swings" },
                p.banzhaf,
                p.shapley_shubik
            )
        })
        .collect()
}

/// The lines under a counterexample's summary, as `(label, text)`: the money stream and the
/// vote, or the steps of a chain. Text and Markdown reports both show these, and then the
/// clauses.
pub(crate) fn detail_lines(
    counterexample: &Counterexample,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    match &counterexample.detail {
        Detail::Vote {
            stream,
            consents,
            refuses,
            absent,
            ..
        } => {
            if let Some(stream) = stream {
                lines.push((lang.pick("paid from", "betaald uit"), stream.to_string()));
            }
            lines.push((
                lang.pick("consents", "stemt in"),
                rules::list(consents, lang),
            ));
            lines.push((lang.pick("refuses", "weigert"), rules::list(refuses, lang)));
            if !absent.is_empty() {
                lines.push((lang.pick("absent", "afwezig"), rules::list(absent, lang)));
            }
        }
        Detail::Power { coalition, .. } => {
            lines.push((
                lang.pick("coalition", "coalitie"),
                rules::list(coalition, lang),
            ));
        }
        Detail::Path { path, .. } => {
            for step in path {
                lines.push((
                    lang.pick("path", "keten"),
                    format!("`{}` {} `{}`", step.from, step.relation, step.to),
                ));
            }
        }
        Detail::Run { missing, done, .. } => {
            lines.push((lang.pick("run", "verloop"), done.join(" → ")));
            lines.push((lang.pick("missing", "ontbreekt"), missing.to_string()));
        }
        Detail::Infeasible { constraints } => {
            for constraint in constraints {
                lines.push((
                    lang.pick("constraint", "voorwaarde"),
                    constraint.text.clone(),
                ));
            }
        }
        // The summary already says every finding, and every amount.
        Detail::Facts { .. } | Detail::Money { .. } => {}
    }
    lines
}
