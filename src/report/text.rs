//! The text report: for people, in a terminal.

use super::parts::{
    accepted_line, detail_lines, document_lines, power_lines, reading_labels, reading_lines,
    sources, status_line, status_word, summary_line,
};
use crate::check::Report;
use crate::lang::Lang;
use crate::rules;
use crate::verdict::{Clause, Verdict};
use std::fmt::Write as _;

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&text(self))
    }
}

/// The text report of one model, in the report's language.
pub fn text(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", report.model, report.title);
    let _ = writeln!(out, "{}", status_line(report));
    let documents = document_lines(report);
    if !documents.is_empty() {
        let _ = writeln!(out, "{}", lang.pick("documents:", "documenten:"));
        for line in documents {
            let _ = writeln!(out, "  {line}");
        }
    }
    let readings = reading_lines(report);
    if !readings.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "readings (the modeller's, where the texts are silent or ambiguous):",
                "lezingen (van de modelleur, waar de teksten zwijgen of meer lezingen toelaten):"
            )
        );
        for line in readings {
            let _ = writeln!(out, "  {line}");
        }
    }
    let mut family = None;
    for rule in rules::ALL {
        if family != Some(rule.family) {
            family = Some(rule.family);
            let _ = writeln!(out, "\n{}", rule.family.title(lang));
        }
        let mut verdicts = report
            .verdicts
            .iter()
            .filter(|v| v.rule == rule.id)
            .peekable();
        if report.not_applied.contains(&rule.id) {
            let _ = writeln!(
                out,
                "  {:<10} {:<20} {}",
                "-",
                rule.id,
                lang.pick(
                    "not applied: `rules` leaves it out",
                    "niet toegepast: `rules` laat hem weg"
                )
            );
            continue;
        }
        if verdicts.peek().is_none() {
            // A rule with no subject in this model is said to have nothing to check, so that
            // a missing verdict is never read as a pass.
            let _ = writeln!(
                out,
                "  {:<10} {:<20} {}",
                "-",
                rule.id,
                lang.pick(
                    "nothing to check in this model",
                    "niets te toetsen in dit model"
                )
            );
        }
        for verdict in verdicts {
            write_verdict(&mut out, verdict, lang);
        }
    }
    let _ = writeln!(out, "\n{}", summary_line(report));
    out
}

fn write_verdict(out: &mut String, verdict: &Verdict, lang: Lang) {
    // An accepted violation is still a violation, shown as accepted.
    let status = match verdict.accepted {
        Some(_) => lang.pick("accepted", "aanvaard"),
        None => status_word(verdict.status, lang),
    };
    let subject = verdict.subject.as_deref().unwrap_or("(model)");
    let _ = writeln!(out, "  {status:<10} {:<20} {subject}", verdict.rule);
    let indent = "             ";
    if let Some(reason) = &verdict.reason {
        let _ = writeln!(out, "{indent}{reason}");
    }
    if let Some(accepted) = accepted_line(verdict, lang) {
        let _ = writeln!(out, "{indent}{accepted}");
    }
    // What a proof rests on, one line each; a counterexample's clauses, with their lines.
    let rests_on = format!("{}:", lang.pick("rests on", "steunt op"));
    for clause in &verdict.rests_on {
        let _ = writeln!(
            out,
            "{indent}{rests_on:<13}{} — {} ({})",
            clause.element,
            sources(clause, lang),
            clause.location
        );
    }
    for line in power_lines(verdict) {
        let _ = writeln!(out, "{indent}{:<13}{line}", lang.pick("power:", "macht:"));
    }
    let planned = format!("{}:", lang.pick("schedule", "planning"));
    for s in &verdict.schedule {
        let _ = writeln!(
            out,
            "{indent}{planned:<13}`{}` {} – {}",
            s.step, s.start, s.end
        );
    }
    if let Some(counterexample) = &verdict.counterexample {
        let _ = writeln!(out, "{indent}{}", counterexample.summary);
        for (label, value) in detail_lines(counterexample, lang) {
            let _ = writeln!(out, "{indent}{:<13}{value}", format!("{label}:"));
        }
        for clause in &counterexample.clauses {
            write_clause(out, lang.pick("clause", "bepaling"), clause, lang);
        }
    }
    if !verdict.readings.is_empty() {
        let label = lang.pick("readings:", "lezingen:");
        let _ = writeln!(
            out,
            "{indent}{label:<13}{}",
            reading_labels(&verdict.readings)
        );
    }
    if let Some(sensitivity) = &verdict.sensitivity {
        let label = lang.pick("sensitivity:", "gevoeligheid:");
        // The Dutch label is as wide as the column: a space keeps it apart.
        let _ = writeln!(out, "{indent}{label:<12} {}", sensitivity.summary);
    }
}

/// A cited element: what it is and its source, then its place in the model file.
fn write_clause(out: &mut String, label: &str, clause: &Clause, lang: Lang) {
    let indent = "             ";
    let _ = writeln!(
        out,
        "{indent}{:<13}{} — {}",
        format!("{label}:"),
        clause.element,
        sources(clause, lang)
    );
    for line in clause.excerpt.lines() {
        let _ = writeln!(out, "{indent}{:<13}{line}", "");
    }
}
