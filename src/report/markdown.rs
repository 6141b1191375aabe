//! The Markdown report: a pull-request comment.

use super::parts::{detail_lines, power_lines, status_word, summary_line};
use crate::check::Report;
use crate::verdict::{Clause, Status, Verdict};
use std::fmt::Write as _;

/// The Markdown report of several models, for a pull-request comment: a table of verdicts per
/// model, and the counterexamples and unknowns in a folded section.
pub fn markdown(reports: &[Report]) -> String {
    let mut out = String::new();
    for report in reports {
        let lang = report.lang;
        let _ = writeln!(
            out,
            "### toets: `{}` — {}\n",
            report.model,
            cell(&report.title)
        );
        let _ = writeln!(out, "**{}**\n", summary_line(report));
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "| | rule | subject | finding |",
                "| | regel | onderwerp | bevinding |"
            )
        );
        let _ = writeln!(out, "|---|---|---|---|");
        for verdict in &report.verdicts {
            let (mark, finding) = match (&verdict.counterexample, &verdict.reason) {
                (Some(cx), _) => ("❌", cell(&cx.summary)),
                (None, Some(reason)) => ("❓", cell(reason)),
                (None, None) => ("✅", status_word(Status::Holds, lang).to_string()),
            };
            let subject = verdict
                .subject
                .as_deref()
                .map_or("(model)".to_string(), |s| format!("`{}`", cell(s)));
            let _ = writeln!(
                out,
                "| {mark} | `{}` | {subject} | {finding} |",
                verdict.rule
            );
        }
        let violations: Vec<&Verdict> = report
            .verdicts
            .iter()
            .filter(|v| v.counterexample.is_some())
            .collect();
        if !violations.is_empty() {
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
                for (label, value) in detail_lines(cx, lang) {
                    let _ = writeln!(out, "- {label}: {value}");
                }
                for line in power_lines(verdict) {
                    let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
                }
                markdown_clauses(&mut out, lang.pick("clause", "bepaling"), &cx.clauses);
                out.push('\n');
            }
            let _ = writeln!(out, "</details>");
        }
        let proofs: Vec<&Verdict> = report
            .verdicts
            .iter()
            .filter(|v| {
                v.counterexample.is_none() && (!v.rests_on.is_empty() || !v.power.is_empty())
            })
            .collect();
        if !proofs.is_empty() {
            let _ = writeln!(
                out,
                "\n<details><summary>{}</summary>\n",
                lang.pick("What the proofs rest on", "Waar de bewijzen op rusten")
            );
            for verdict in proofs {
                let subject = verdict.subject.as_deref().unwrap_or("(model)");
                let _ = writeln!(out, "#### `{}` — `{subject}`\n", verdict.rule);
                markdown_clauses(
                    &mut out,
                    lang.pick("rests on", "rust op"),
                    &verdict.rests_on,
                );
                for line in power_lines(verdict) {
                    let _ = writeln!(out, "- {}: {line}", lang.pick("power", "macht"));
                }
                out.push('\n');
            }
            let _ = writeln!(out, "</details>");
        }
        out.push('\n');
    }
    out
}

/// Cited elements as a Markdown list, each with its source and its line in the model.
fn markdown_clauses(out: &mut String, label: &str, clauses: &[Clause]) {
    for clause in clauses {
        let _ = writeln!(
            out,
            "- {label}: {} — {} (`{}`)",
            clause.element, clause.source, clause.location
        );
    }
}

/// Text fit for one cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}
