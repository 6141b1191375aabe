//! The Markdown report: a pull-request comment.

use super::parts::{
    accepted_line, detail_lines, document_lines, power_lines, reading_labels, reading_lines,
    sources, status_line, status_word, summary_line,
};
use crate::check::Report;
use crate::lang::Lang;
use crate::verdict::{Clause, Status, Verdict};
use std::fmt::Write as _;

/// The Markdown report of several models, for a pull-request comment: per model, what its
/// verdicts rest on, a table of verdicts, and the counterexamples and proofs in folded
/// sections.
pub fn markdown(reports: &[Report]) -> String {
    let mut out = String::new();
    for report in reports {
        let _ = writeln!(
            out,
            "### toets: `{}` — {}\n",
            report.model,
            cell(&report.title)
        );
        let _ = writeln!(out, "**{}**\n", summary_line(report));
        let _ = writeln!(out, "{}\n", cell(&status_line(report)));
        write_table(&mut out, report);
        write_counterexamples(&mut out, report);
        write_proofs(&mut out, report);
        write_sources(&mut out, report);
        out.push('\n');
    }
    out
}

/// The verdicts as a table; with a column of the readings each rests on when the model has
/// readings.
fn write_table(out: &mut String, report: &Report) {
    let lang = report.lang;
    let with_readings = !report.readings.is_empty();
    let (header, rule) = match (with_readings, lang) {
        (false, _) => (
            lang.pick(
                "| | rule | subject | finding |",
                "| | regel | onderwerp | bevinding |",
            ),
            "|---|---|---|---|",
        ),
        (true, Lang::En) => (
            "| | rule | subject | finding | readings |",
            "|---|---|---|---|---|",
        ),
        (true, Lang::Nl) => (
            "| | regel | onderwerp | bevinding | lezingen |",
            "|---|---|---|---|---|",
        ),
    };
    let _ = writeln!(out, "{header}\n{rule}");
    for verdict in &report.verdicts {
        let (mark, finding) = match (&verdict.counterexample, &verdict.reason) {
            (Some(cx), _) if verdict.accepted.is_some() => (
                "☑️",
                format!(
                    "{} {}",
                    cell(&accepted_line(verdict, lang).unwrap_or_default()),
                    cell(&cx.summary)
                ),
            ),
            (Some(cx), _) => ("❌", cell(&cx.summary)),
            (None, Some(reason)) => ("❓", cell(reason)),
            (None, None) => ("✅", status_word(Status::Holds, lang).to_string()),
        };
        let subject = verdict
            .subject
            .as_deref()
            .map_or("(model)".to_string(), |s| format!("`{}`", cell(s)));
        let _ = write!(
            out,
            "| {mark} | `{}` | {subject} | {finding} |",
            verdict.rule
        );
        if with_readings {
            let readings = match verdict.readings.is_empty() {
                true => "—".to_string(),
                false => reading_labels(&verdict.readings),
            };
            let _ = write!(out, " {readings} |");
        }
        out.push('\n');
    }
}

/// Each violation: its scenario, the details, the clauses and readings it rests on.
fn write_counterexamples(out: &mut String, report: &Report) {
    let lang = report.lang;
    let violations: Vec<&Verdict> = report
        .verdicts
        .iter()
        .filter(|v| v.counterexample.is_some())
        .collect();
    if violations.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n<details><summary>{}</summary>\n",
        lang.pick("Counterexamples", "Tegenvoorbeelden")
    );
    for verdict in violations {
        let cx = verdict.counterexample.as_ref().expect("filtered");
        let subject = verdict.subject.as_deref().unwrap_or("(model)");
        let _ = writeln!(out, "#### `{}` — `{subject}`\n", verdict.rule);
        let _ = writeln!(out, "{}\n", cx.summary);
        if let Some(accepted) = accepted_line(verdict, lang) {
            let _ = writeln!(out, "*{accepted}*\n");
        }
        for (label, value) in detail_lines(cx, lang) {
            let _ = writeln!(out, "- {label}: {value}");
        }
        for line in power_lines(verdict) {
            let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
        }
        markdown_clauses(out, lang.pick("clause", "bepaling"), &cx.clauses, lang);
        write_dependence(out, verdict, lang);
        out.push('\n');
    }
    let _ = writeln!(out, "</details>");
}

/// What each proof rests on, and each commissioner's power.
fn write_proofs(out: &mut String, report: &Report) {
    let lang = report.lang;
    let proofs: Vec<&Verdict> = report
        .verdicts
        .iter()
        .filter(|v| v.counterexample.is_none() && (!v.rests_on.is_empty() || !v.power.is_empty()))
        .collect();
    if proofs.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n<details><summary>{}</summary>\n",
        lang.pick("What the proofs rest on", "Waar de bewijzen op steunen")
    );
    for verdict in proofs {
        let subject = verdict.subject.as_deref().unwrap_or("(model)");
        let _ = writeln!(out, "#### `{}` — `{subject}`\n", verdict.rule);
        markdown_clauses(
            out,
            lang.pick("rests on", "steunt op"),
            &verdict.rests_on,
            lang,
        );
        for line in power_lines(verdict) {
            let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
        }
        write_dependence(out, verdict, lang);
        out.push('\n');
    }
    let _ = writeln!(out, "</details>");
}

/// The readings a verdict rests on, and how it depends on them.
fn write_dependence(out: &mut String, verdict: &Verdict, lang: Lang) {
    if !verdict.readings.is_empty() {
        let _ = writeln!(
            out,
            "- {}: {}",
            lang.pick("readings", "lezingen"),
            reading_labels(&verdict.readings)
        );
    }
    if let Some(sensitivity) = &verdict.sensitivity {
        let _ = writeln!(
            out,
            "- {}: {}",
            lang.pick("sensitivity", "gevoeligheid"),
            sensitivity.summary
        );
    }
}

/// The documents the model cites and the modeller's readings, folded.
fn write_sources(out: &mut String, report: &Report) {
    let lang = report.lang;
    let (documents, readings) = (document_lines(report), reading_lines(report));
    if documents.is_empty() && readings.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n<details><summary>{}</summary>\n",
        lang.pick("Documents and readings", "Documenten en lezingen")
    );
    for line in documents {
        let _ = writeln!(out, "- {line}");
    }
    if !readings.is_empty() {
        out.push('\n');
    }
    for line in readings {
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(out, "\n</details>");
}

/// Cited elements as a Markdown list, each with its source and its line in the model.
fn markdown_clauses(out: &mut String, label: &str, clauses: &[Clause], lang: Lang) {
    for clause in clauses {
        let _ = writeln!(
            out,
            "- {label}: {} — {} (`{}`)",
            clause.element,
            sources(clause, lang),
            clause.location
        );
    }
}

/// Text fit for one cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}
