//! The parts of a report that the text and Markdown formats share: the summary line, the
//! words for a status, what the verdicts rest on (the status of the text, the documents, the
//! modeller's readings, each citation with whether its quote was verified), each
//! commissioner's power, and the lines under a counterexample.

use crate::check::Report;
use crate::lang::{Lang, say};
use crate::model::{TextStatus, Verification};
use crate::rules;
use crate::verdict::{Clause, Counterexample, Detail, Status, Verdict};

/// "2 violated, 9 hold, 0 unknown; 3 rest on readings; provisional".
pub(crate) fn summary_line(report: &Report) -> String {
    let crate::check::Summary {
        holds,
        violated,
        unknown,
        on_readings,
        accepted,
    } = report.summary;
    let accepted = match accepted {
        0 => String::new(),
        n => say!(report.lang, " ({n} accepted)", " ({n} aanvaard)"),
    };
    let mut line = say!(
        report.lang,
        "{violated} violated{accepted}, {holds} hold, {unknown} unknown",
        "{violated} niet voldaan{accepted}, {holds} voldaan, {unknown} onbeslist",
    );
    if on_readings > 0 {
        line.push_str(&say!(
            report.lang,
            "; {on_readings} rest on readings",
            "; {on_readings} steunen op lezingen"
        ));
    }
    if report.provisional {
        line.push_str(report.lang.pick("; provisional", "; voorlopig"));
    }
    line
}

/// A status as reports print it; a violation stands out.
pub(crate) fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => lang.pick("holds", "voldaan"),
        Status::Violated => lang.pick("VIOLATED", "NIET VOLDAAN"),
        Status::Unknown => lang.pick("unknown", "onbeslist"),
    }
}

/// How far the structure has come, and what that means for the verdicts.
pub(crate) fn status_line(report: &Report) -> String {
    let lang = report.lang;
    let status = match report.status {
        TextStatus::Draft => lang.pick("draft", "ontwerp"),
        TextStatus::Agreed => lang.pick("agreed, not ratified", "overeengekomen, niet bekrachtigd"),
        TextStatus::Ratified => lang.pick("ratified", "bekrachtigd"),
    };
    let mut line = match report.provisional {
        true => say!(
            lang,
            "status: {status}; the verdicts are provisional",
            "status: {status}; de oordelen zijn voorlopig"
        ),
        false => say!(lang, "status: {status}", "status: {status}"),
    };
    if report.without_readings {
        line.push_str(lang.pick(
            "; decided on the texts alone, every reading taken back",
            "; beoordeeld op de teksten alleen, elke lezing teruggenomen",
        ));
    }
    line
}

/// The documents the model cites, one line each: id, title, author, date, identifier, and
/// whether its quotes could be verified.
pub(crate) fn document_lines(report: &Report) -> Vec<String> {
    let lang = report.lang;
    report
        .documents
        .iter()
        .map(|d| {
            let mut line = format!("`{}`: {} — {}, {}", d.id, d.title, d.author, d.date);
            if let Some(identifier) = &d.identifier {
                line.push_str(&format!("; {identifier}"));
            }
            if !d.text {
                line.push_str(lang.pick(
                    " (its text is not available: its quotes are not verified)",
                    " (de tekst is niet beschikbaar: de citaten zijn niet gecontroleerd)",
                ));
            }
            line
        })
        .collect()
}

/// The modeller's readings, one line each: `R1`, the element (and field), what it says, the
/// other reading, where it is written.
pub(crate) fn reading_lines(report: &Report) -> Vec<String> {
    let lang = report.lang;
    report
        .readings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut line = format!("R{} {}", i + 1, r.element);
            if let Some(field) = &r.field {
                line.push_str(&format!(", `{field}`"));
            }
            line.push_str(&format!(": {}", r.says));
            if let Some(otherwise) = &r.otherwise {
                line.push_str(&say!(
                    lang,
                    " (otherwise: {otherwise})",
                    " (anders: {otherwise})"
                ));
            }
            line.push_str(&format!(" ({})", r.location));
            line
        })
        .collect()
}

/// Readings by their labels: "R1, R3".
pub(crate) fn reading_labels(readings: &[usize]) -> String {
    readings
        .iter()
        .map(|r| format!("R{}", r + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A clause's citations in words, each quote marked with whether it was found in its
/// document's text.
pub(crate) fn sources(clause: &Clause, lang: Lang) -> String {
    if clause.citations.is_empty() {
        return clause.source.clone();
    }
    clause
        .citations
        .iter()
        .map(|c| match c.verified {
            Verification::Verified => format!(
                "{} [{}]",
                c.words,
                lang.pick("quote verified", "citaat gecontroleerd")
            ),
            Verification::NoText => format!(
                "{} [{}]",
                c.words,
                lang.pick(
                    "quote not verified: no text",
                    "citaat niet gecontroleerd: geen tekst"
                )
            ),
            Verification::NoQuote | Verification::NoDocument => c.words.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
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

/// An accepted violation in words: "accepted by J. Jansen until 2027-01-01: the money is
/// negotiated separately (toets-accept.toml:3:1)".
pub(crate) fn accepted_line(verdict: &Verdict, lang: Lang) -> Option<String> {
    let accepted = verdict.accepted.as_ref()?;
    let (by, reason, at) = (&accepted.accepted_by, &accepted.reason, &accepted.location);
    Some(match &accepted.until {
        Some(until) => say!(
            lang,
            "accepted by {by} until {until}: {reason} ({at})",
            "aanvaard door {by} tot en met {until}: {reason} ({at})"
        ),
        None => say!(
            lang,
            "accepted by {by}: {reason} ({at})",
            "aanvaard door {by}: {reason} ({at})"
        ),
    })
}

/// `path:line:column` split into its parts.
pub(crate) fn position(location: &str) -> Option<(&str, u64, u64)> {
    let mut parts = location.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line, column))
}

/// Where a verdict is best shown: the first clause of its counterexample, else the first its
/// proof rests on, else the model file; as `(path, line, column)`, line and column 1-based
/// (1 when only the file is known).
pub(crate) fn finding_place<'r>(report: &'r Report, verdict: &'r Verdict) -> (&'r str, u64, u64) {
    verdict
        .counterexample
        .iter()
        .flat_map(|c| &c.clauses)
        .chain(&verdict.rests_on)
        .find_map(|clause| position(&clause.location))
        .unwrap_or((report.model.as_str(), 1, 1))
}

/// The subject of a verdict as reports name it: its id, or `(model)`.
pub(crate) fn subject_of(verdict: &Verdict) -> &str {
    verdict.subject.as_deref().unwrap_or("(model)")
}

/// The one line that says what a verdict found: the counterexample's summary, the solver's
/// reason, or that it holds.
pub(crate) fn finding_text(verdict: &Verdict, lang: Lang) -> String {
    match (&verdict.counterexample, &verdict.reason) {
        (Some(cx), _) => cx.summary.clone(),
        (None, Some(reason)) => say!(lang, "unknown: {reason}", "onbeslist: {reason}"),
        (None, None) => status_word(Status::Holds, lang).to_string(),
    }
}
